package mvsrpc

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/tokendroplet/droplet/internal/mvs"
)

// Height returns the height of the node's best block (getheight).
func (c *Client) Height(ctx context.Context) (uint64, error) {
	res, err := c.call(ctx, "getheight")
	if err != nil {
		return 0, err
	}
	return decodeHeight(res)
}

func decodeHeight(res json.RawMessage) (uint64, error) {
	var n num
	if err := unmarshal(res, &n); err != nil {
		return 0, fmt.Errorf("getheight: %w", err)
	}
	if !n.set {
		return 0, fmt.Errorf("%w: getheight: null", ErrBadAnswer)
	}
	return n.v, nil
}

// BlockByHeight returns the block at height with its transactions (getblock HEIGHT). A height
// above the best block's gives an error matching ErrBlockNotFound.
func (c *Client) BlockByHeight(ctx context.Context, height uint64) (*Block, error) {
	res, err := c.call(ctx, "getblock", itoa(height))
	if err != nil {
		return nil, err
	}
	b, err := decodeBlock(res)
	if err != nil {
		return nil, fmt.Errorf("getblock %d: %w", height, err)
	}
	if b.Number != height {
		return nil, fmt.Errorf("%w: getblock %d: got block %d", ErrBadAnswer, height, b.Number)
	}
	return b, nil
}

// BlockByHash returns the block with the given hash (getblock HASH).
func (c *Client) BlockByHash(ctx context.Context, hash mvs.Hash) (*Block, error) {
	res, err := c.call(ctx, "getblock", hash.String())
	if err != nil {
		return nil, err
	}
	b, err := decodeBlock(res)
	if err != nil {
		return nil, fmt.Errorf("getblock %s: %w", hash, err)
	}
	if b.Hash != hash {
		return nil, fmt.Errorf("%w: getblock %s: got block %s", ErrBadAnswer, hash, b.Hash)
	}
	return b, nil
}

func decodeBlock(res json.RawMessage) (*Block, error) {
	var w wireBlock
	if err := unmarshal(res, &w); err != nil {
		return nil, err
	}
	return w.block()
}

// HeaderByHeight returns the header of the block at height (getblockheader --height).
func (c *Client) HeaderByHeight(ctx context.Context, height uint64) (*Header, error) {
	res, err := c.call(ctx, "getblockheader", "--height", itoa(height))
	if err != nil {
		return nil, err
	}
	h, err := decodeHeader(res)
	if err != nil {
		return nil, fmt.Errorf("getblockheader %d: %w", height, err)
	}
	if h.Number != height {
		return nil, fmt.Errorf("%w: getblockheader %d: got header %d", ErrBadAnswer, height, h.Number)
	}
	return h, nil
}

// BestHeader returns the header of the node's best block (getblockheader).
func (c *Client) BestHeader(ctx context.Context) (*Header, error) {
	res, err := c.call(ctx, "getblockheader")
	if err != nil {
		return nil, err
	}
	h, err := decodeHeader(res)
	if err != nil {
		return nil, fmt.Errorf("getblockheader: %w", err)
	}
	return h, nil
}

func decodeHeader(res json.RawMessage) (*Header, error) {
	var w wireHeader
	if err := unmarshal(res, &w); err != nil {
		return nil, err
	}
	f := &fields{where: "header"}
	h := w.header(f)
	if f.err != nil {
		return nil, f.err
	}
	return &h, nil
}

// Tx returns a transaction from a block or the memory pool (gettx). An unknown hash gives an
// error matching ErrTxNotFound.
func (c *Client) Tx(ctx context.Context, hash mvs.Hash) (*Tx, error) {
	res, err := c.call(ctx, "gettx", hash.String())
	if err != nil {
		return nil, err
	}
	tx, err := decodeTx(res, true)
	if err != nil {
		return nil, fmt.Errorf("gettx %s: %w", hash, err)
	}
	if tx.Hash != hash {
		return nil, fmt.Errorf("%w: gettx %s: got transaction %s", ErrBadAnswer, hash, tx.Hash)
	}
	return tx, nil
}

func decodeTx(res json.RawMessage, withHeight bool) (*Tx, error) {
	var w wireTx
	if err := unmarshal(res, &w); err != nil {
		return nil, err
	}
	return w.tx(withHeight)
}

// SendRawTx broadcasts a signed transaction (sendrawtx) and returns its hash, after checking that
// the node names the same hash. A refusal is an *Error matching ErrTxRejected and, where mvsd's
// message says which, ErrMissingInputs, ErrDoubleSpend, ErrDuplicateTx or ErrFeeOutOfRange.
func (c *Client) SendRawTx(ctx context.Context, tx *mvs.Tx) (mvs.Hash, error) {
	want := tx.Hash()
	res, err := c.call(ctx, "sendrawtx", tx.EncodeHex())
	if err != nil {
		return mvs.Hash{}, err
	}
	got, err := decodeSendResult(res)
	if err != nil {
		return mvs.Hash{}, fmt.Errorf("sendrawtx %s: %w", want, err)
	}
	if got != want {
		return mvs.Hash{}, fmt.Errorf("%w: sendrawtx %s: node says %s", ErrBadAnswer, want, got)
	}
	return got, nil
}

// decodeSendResult reads API v3's bare hash string, or v2's {"hash": ...}.
func decodeSendResult(res json.RawMessage) (mvs.Hash, error) {
	var h hashText
	if err := unmarshal(res, &h); err != nil {
		var v2 struct {
			Hash hashText `json:"hash"`
		}
		if err2 := unmarshal(res, &v2); err2 != nil {
			return mvs.Hash{}, err
		}
		h = v2.Hash
	}
	if !h.set {
		return mvs.Hash{}, fmt.Errorf("%w: no transaction hash", ErrBadAnswer)
	}
	return h.h, nil
}

// DecodeRawTx has the node decode a raw transaction (decoderawtx), which shows how the node
// reads it: addresses, attachments, scripts.
func (c *Client) DecodeRawTx(ctx context.Context, tx *mvs.Tx) (*Tx, error) {
	res, err := c.call(ctx, "decoderawtx", tx.EncodeHex())
	if err != nil {
		return nil, err
	}
	got, err := decodeTx(res, false)
	if err != nil {
		return nil, fmt.Errorf("decoderawtx: %w", err)
	}
	if want := tx.Hash(); got.Hash != want {
		return nil, fmt.Errorf("%w: decoderawtx %s: node says %s", ErrBadAnswer, want, got.Hash)
	}
	return got, nil
}

// AddressETP returns the ETP balance of an address or avatar (getaddressetp). The answer's
// Address is the address an avatar resolved to.
func (c *Client) AddressETP(ctx context.Context, addressOrAvatar string) (*ETPBalance, error) {
	res, err := c.call(ctx, "getaddressetp", addressOrAvatar)
	if err != nil {
		return nil, err
	}
	b, err := decodeETPBalance(res)
	if err != nil {
		return nil, fmt.Errorf("getaddressetp %s: %w", addressOrAvatar, err)
	}
	return b, nil
}

func decodeETPBalance(res json.RawMessage) (*ETPBalance, error) {
	var w wireETPBalance
	if err := unmarshal(res, &w); err != nil {
		return nil, err
	}
	f := &fields{where: "balance"}
	b := &ETPBalance{
		Address:   w.Address,
		Available: f.u64(w.Available, "available"),
		Confirmed: f.u64(w.Confirmed, "confirmed"),
		Frozen:    f.u64(w.Frozen, "frozen"),
		Received:  f.u64(w.Received, "received"),
		Unspent:   f.u64(w.Unspent, "unspent"),
	}
	if w.Address == "" {
		f.fail("missing \"address\"")
	}
	if f.err != nil {
		return nil, f.err
	}
	return b, nil
}

// AddressETPUTXOs lists the unspent outputs with ETP of an address or avatar
// (getaddressetp --utxo), largest first as mvsd sorts them. Outputs of value 0 (most asset and
// message outputs) are not listed.
func (c *Client) AddressETPUTXOs(ctx context.Context, addressOrAvatar string) ([]UTXO, error) {
	res, err := c.call(ctx, "getaddressetp", addressOrAvatar, "--utxo")
	if err != nil {
		return nil, err
	}
	u, err := decodeUTXOs(res, false)
	if err != nil {
		return nil, fmt.Errorf("getaddressetp --utxo %s: %w", addressOrAvatar, err)
	}
	return u, nil
}

// AddressAssets returns the MST holdings of an address or avatar, one entry per symbol
// (getaddressasset).
func (c *Client) AddressAssets(ctx context.Context, addressOrAvatar string) ([]AssetBalance, error) {
	res, err := c.call(ctx, "getaddressasset", addressOrAvatar)
	if err != nil {
		return nil, err
	}
	a, err := decodeAssetBalances(res)
	if err != nil {
		return nil, fmt.Errorf("getaddressasset %s: %w", addressOrAvatar, err)
	}
	return a, nil
}

func decodeAssetBalances(res json.RawMessage) ([]AssetBalance, error) {
	var ws []wireAssetBalance
	if err := unmarshal(res, &ws); err != nil {
		return nil, err
	}
	out := make([]AssetBalance, len(ws))
	f := &fields{where: "asset balance"}
	for i, w := range ws {
		out[i] = AssetBalance{
			Address: w.Address, Symbol: w.Symbol,
			Quantity:                f.u64(w.Quantity, "quantity"),
			LockedQuantity:          w.LockedQuantity.v,
			Decimals:                f.u8(w.DecimalNumber, "decimal_number"),
			Issuer:                  w.Issuer,
			Description:             w.Description,
			SecondaryIssueThreshold: f.u8(w.SecondaryIssueThreshold, "secondaryissue_threshold"),
			Status:                  w.Status,
		}
		if w.Symbol == "" {
			f.fail("entry %d: missing \"symbol\"", i)
		}
	}
	if f.err != nil {
		return nil, f.err
	}
	return out, nil
}

// AddressAssetUTXOs lists the unspent outputs carrying an MST of an address or avatar
// (getaddressasset --utxo) with at least minConfirmations blocks on top of theirs (mvsd's own
// default is 3). An empty symbol lists every asset.
func (c *Client) AddressAssetUTXOs(ctx context.Context, addressOrAvatar, symbol string, minConfirmations uint64) ([]UTXO, error) {
	params := []string{addressOrAvatar, "--utxo", "--utxominimumconfirmations", itoa(minConfirmations)}
	if symbol != "" {
		params = append(params, "--symbol", symbol)
	}
	res, err := c.call(ctx, "getaddressasset", params...)
	if err != nil {
		return nil, err
	}
	u, err := decodeUTXOs(res, true)
	if err != nil {
		return nil, fmt.Errorf("getaddressasset --utxo %s: %w", addressOrAvatar, err)
	}
	return u, nil
}

func decodeUTXOs(res json.RawMessage, asset bool) ([]UTXO, error) {
	var ws []wireUTXO // mvsd prints an empty list as null: that decodes to none
	if err := unmarshal(res, &ws); err != nil {
		return nil, err
	}
	out := make([]UTXO, len(ws))
	f := &fields{where: "utxo"}
	for i, w := range ws {
		out[i] = UTXO{
			OutPoint: mvs.OutPoint{
				Hash:  f.hash(w.UTXOHash, "utxo_hash"),
				Index: f.u32(w.UTXOIndex, "utxo_index"),
			},
			Height:    f.u64(w.UTXOBlock, "utxo_block"),
			Balance:   f.u64(w.Balance, "balance"),
			Available: w.Available.v,
			Frozen:    w.Frozen.v,
			Symbol:    w.Symbol,
		}
		if asset && w.Symbol == "" {
			f.fail("entry %d: missing \"symbol\"", i)
		}
	}
	if f.err != nil {
		return nil, f.err
	}
	return out, nil
}

// DID returns the address history of an avatar, or of the avatar bound to an address (getdid).
// An unknown avatar, or an address with none, gives an error matching ErrDIDNotFound.
func (c *Client) DID(ctx context.Context, avatarOrAddress string) ([]DIDAddress, error) {
	if avatarOrAddress == "" {
		return nil, fmt.Errorf("mvsrpc: getdid: %w: empty avatar", ErrInvalidArgument)
	}
	res, err := c.call(ctx, "getdid", avatarOrAddress)
	if err != nil {
		return nil, err
	}
	d, err := decodeDIDs(res)
	if err != nil {
		return nil, fmt.Errorf("getdid %s: %w", avatarOrAddress, err)
	}
	return d, nil
}

func decodeDIDs(res json.RawMessage) ([]DIDAddress, error) {
	var ws []wireDID
	if err := unmarshal(res, &ws); err != nil {
		return nil, err
	}
	out := make([]DIDAddress, len(ws))
	for i, w := range ws {
		if w.Address == "" || w.Status == "" {
			return nil, fmt.Errorf("%w: entry %d lacks address or status", ErrBadAnswer, i)
		}
		out[i] = DIDAddress{Symbol: w.Symbol, Address: w.Address, Status: w.Status}
	}
	return out, nil
}

// ResolveDID returns the address an avatar points at now: the one of status "current" in
// getdid's answer. Payouts to an avatar go to this address with to_did set.
func (c *Client) ResolveDID(ctx context.Context, avatar string) (string, error) {
	if err := mvs.ValidAvatar(avatar); err != nil {
		return "", fmt.Errorf("mvsrpc: getdid: %w: %v", ErrInvalidArgument, err)
	}
	hist, err := c.DID(ctx, avatar)
	if err != nil {
		return "", err
	}
	var cur string
	for _, d := range hist {
		if d.Symbol != "" && d.Symbol != avatar {
			return "", fmt.Errorf("%w: getdid %s: entry of avatar %q", ErrBadAnswer, avatar, d.Symbol)
		}
		if d.Status == "current" {
			if cur != "" && cur != d.Address {
				return "", fmt.Errorf("%w: getdid %s: two current addresses", ErrBadAnswer, avatar)
			}
			cur = d.Address
		}
	}
	if cur == "" {
		return "", fmt.Errorf("%w: getdid %s: no current address", ErrBadAnswer, avatar)
	}
	if _, err := mvs.ParseAddress(cur); err != nil {
		return "", fmt.Errorf("%w: getdid %s: %v", ErrBadAnswer, avatar, err)
	}
	return cur, nil
}

// RawTx returns a transaction's serialised bytes (gettx --json=false), checked against its hash:
// what a payout's signer needs to see an input's owner and value.
func (c *Client) RawTx(ctx context.Context, hash mvs.Hash) ([]byte, error) {
	res, err := c.call(ctx, "gettx", hash.String(), "--json=false")
	if err != nil {
		return nil, err
	}
	var s string
	if err := unmarshal(res, &s); err != nil {
		return nil, fmt.Errorf("gettx --json=false %s: %w", hash, err)
	}
	raw, err := hex.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("%w: gettx --json=false %s: not hex", ErrBadAnswer, hash)
	}
	tx, err := mvs.Decode(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: gettx --json=false %s: %v", ErrBadAnswer, hash, err)
	}
	if got := tx.Hash(); got != hash {
		return nil, fmt.Errorf("%w: gettx --json=false %s: got transaction %s", ErrBadAnswer, hash, got)
	}
	return raw, nil
}
