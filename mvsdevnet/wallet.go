package mvsdevnet

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"math/bits"
	"slices"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"

	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/mvsrpc"
)

// This file builds and signs transactions for tests and the devnet: funding an address,
// registering an avatar, issuing an MST from it, and sending an MST to an avatar with a memo,
// the way wallets did for the original bridge. Its keys are derived from names: nothing here is
// for value on a real chain.

// DevKey derives a private key from a name. Devnet and tests only: anyone can derive it.
func DevKey(name string) *secp256k1.PrivateKey {
	h := sha256.Sum256([]byte("mvsdevnet key: " + name))
	return secp256k1.PrivKeyFromBytes(h[:])
}

// Wallet holds one key and spends the pay-to-key-hash outputs of its address.
type Wallet struct {
	key    *secp256k1.PrivateKey
	addr   mvs.Address
	script []byte
}

// NewWallet returns the wallet of key on net.
func NewWallet(net mvs.Network, key *secp256k1.PrivateKey) *Wallet {
	addr := mvs.PubKeyAddress(net, key.PubKey())
	return &Wallet{key: key, addr: addr, script: addr.Script()}
}

// Address is the wallet's address.
func (w *Wallet) Address() string { return w.addr.String() }

// Coin is an unspent output the wallet can spend: its ETP value and the MST it carries, if any.
type Coin struct {
	OutPoint mvs.OutPoint
	Value    uint64
	Symbol   string
	Quantity uint64
}

// Coins asks a node for the wallet's confirmed unspent outputs.
func (w *Wallet) Coins(ctx context.Context, c *mvsrpc.Client) ([]Coin, error) {
	etp, err := c.AddressETPUTXOs(ctx, w.Address())
	if err != nil {
		return nil, err
	}
	assets, err := c.AddressAssetUTXOs(ctx, w.Address(), "", 0)
	if err != nil {
		return nil, err
	}
	byPoint := map[mvs.OutPoint]int{}
	var coins []Coin
	for _, u := range etp {
		byPoint[u.OutPoint] = len(coins)
		coins = append(coins, Coin{OutPoint: u.OutPoint, Value: u.Balance})
	}
	for _, u := range assets {
		if i, ok := byPoint[u.OutPoint]; ok { // an asset output that also holds ETP
			coins[i].Symbol, coins[i].Quantity = u.Symbol, u.Balance
			continue
		}
		coins = append(coins, Coin{OutPoint: u.OutPoint, Symbol: u.Symbol, Quantity: u.Balance})
	}
	return coins, nil
}

// ErrInsufficient: the coins do not cover the outputs and the fee.
var ErrInsufficient = errors.New("mvsdevnet: insufficient funds")

// Build makes a signed transaction that pays outs and the fee from coins: it takes the coins of
// each MST the outputs transfer until the quantity is covered, then plain ETP coins until the
// values and the fee are, and returns the change (ETP and each MST) to the wallet's address.
// Coins are taken in the order given.
func (w *Wallet) Build(coins []Coin, outs []mvs.Output, fee uint64) (*mvs.Tx, error) {
	needAsset := map[string]uint64{}
	var needETP uint64
	for i := range outs {
		var carry uint64
		if needETP, carry = bits.Add64(needETP, outs[i].Value, 0); carry != 0 {
			return nil, errors.New("mvsdevnet: output values overflow")
		}
		if a := &outs[i].Attachment; a.IsAssetTransfer() {
			needAsset[a.Symbol] += a.Quantity
		}
	}
	needETP += fee

	var used []Coin
	var haveETP uint64
	haveAsset := map[string]uint64{}
	take := func(c Coin) {
		used = append(used, c)
		haveETP += c.Value
		if c.Symbol != "" {
			haveAsset[c.Symbol] += c.Quantity
		}
	}
	symbols := make([]string, 0, len(needAsset))
	for s := range needAsset {
		symbols = append(symbols, s)
	}
	slices.Sort(symbols) // deterministic transactions
	for _, sym := range symbols {
		for _, c := range coins {
			if haveAsset[sym] >= needAsset[sym] {
				break
			}
			if c.Symbol == sym && !slices.Contains(used, c) {
				take(c)
			}
		}
		if haveAsset[sym] < needAsset[sym] {
			return nil, fmt.Errorf("%w: %d %s of %d", ErrInsufficient, haveAsset[sym], sym, needAsset[sym])
		}
	}
	for _, c := range coins {
		if haveETP >= needETP {
			break
		}
		if c.Symbol == "" && c.Value > 0 && !slices.Contains(used, c) {
			take(c)
		}
	}
	if haveETP < needETP {
		return nil, fmt.Errorf("%w: %d ETP bits of %d", ErrInsufficient, haveETP, needETP)
	}

	tx := &mvs.Tx{Version: mvs.TxVersionNova, Outputs: slices.Clone(outs)}
	for _, c := range used {
		tx.Inputs = append(tx.Inputs, mvs.Input{PrevOut: c.OutPoint, Sequence: mvs.SequenceFinal})
	}
	if change := haveETP - needETP; change > 0 {
		tx.Outputs = append(tx.Outputs, mvs.Output{Value: change, Script: w.script, Attachment: mvs.ETPAttachment()})
	}
	held := make([]string, 0, len(haveAsset))
	for s := range haveAsset {
		held = append(held, s)
	}
	slices.Sort(held)
	for _, sym := range held {
		if change := haveAsset[sym] - needAsset[sym]; change > 0 {
			tx.Outputs = append(tx.Outputs, mvs.Output{Script: w.script, Attachment: mvs.AssetTransferAttachment(sym, change)})
		}
	}
	if err := tx.Validate(); err != nil {
		return nil, err
	}
	for i := range tx.Inputs {
		if err := mvs.SignInput(tx, i, w.script, w.key); err != nil {
			return nil, err
		}
	}
	return tx, nil
}

// Send builds a transaction from the wallet's confirmed coins and sends it through c.
func (w *Wallet) Send(ctx context.Context, c *mvsrpc.Client, outs []mvs.Output, fee uint64) (*mvs.Tx, error) {
	coins, err := w.Coins(ctx, c)
	if err != nil {
		return nil, err
	}
	tx, err := w.Build(coins, outs, fee)
	if err != nil {
		return nil, err
	}
	if _, err := c.SendRawTx(ctx, tx); err != nil {
		return nil, err
	}
	return tx, nil
}

// p2pkh is the output script paying addr: pay-to-key-hash, or pay-to-script-hash for a
// multisig address such as the bridge's.
func p2pkh(addr string) ([]byte, error) {
	a, err := mvs.ParseAddress(addr)
	if err != nil {
		return nil, err
	}
	return a.Script(), nil
}

// PayETP is an output paying value ETP bits to addr.
func PayETP(addr string, value uint64) (mvs.Output, error) {
	s, err := p2pkh(addr)
	return mvs.Output{Value: value, Script: s, Attachment: mvs.ETPAttachment()}, err
}

// PayMST is an output moving quantity units of an MST to addr.
func PayMST(addr, symbol string, quantity uint64) (mvs.Output, error) {
	s, err := p2pkh(addr)
	return mvs.Output{Script: s, Attachment: mvs.AssetTransferAttachment(symbol, quantity)}, err
}

// PayMSTToAvatar is an output moving an MST to an avatar (to_did), which must be addressed to
// the avatar's current address: what MyETPWallet sent to the bridge's avatar "droplet".
func PayMSTToAvatar(avatar, avatarAddr, symbol string, quantity uint64) (mvs.Output, error) {
	if err := mvs.ValidAvatar(avatar); err != nil {
		return mvs.Output{}, err
	}
	o, err := PayMST(avatarAddr, symbol, quantity)
	o.Attachment = o.Attachment.WithDIDs(avatar, "")
	return o, err
}

// Message is an output of value 0 carrying a text message, addressed to addr (wallets address
// it to the sender).
func Message(addr, content string) (mvs.Output, error) {
	s, err := p2pkh(addr)
	return mvs.Output{Script: s, Attachment: mvs.MessageAttachment(content)}, err
}

// EthMemo is the memo of a swap to Ethereum: {"type":"ETH","address":"0x..."}.
func EthMemo(ethAddress string) string {
	b, _ := json.Marshal(struct {
		Type    string `json:"type"`
		Address string `json:"address"`
	}{"ETH", ethAddress})
	return string(b)
}

// RegisterAvatar is the output registering avatar for addr (a did-register attachment).
func RegisterAvatar(addr, avatar string) (mvs.Output, error) {
	if err := mvs.ValidAvatar(avatar); err != nil {
		return mvs.Output{}, err
	}
	s, err := p2pkh(addr)
	return mvs.Output{Script: s, Attachment: mvs.Attachment{
		Version: mvs.AttachmentVersionDefault, Type: mvs.AttachmentDID,
		Status: mvs.DIDStatusRegister, Symbol: avatar, Address: addr,
	}}, err
}

// Issue describes a new MST.
type Issue struct {
	Symbol      string // upper case, e.g. "ERC20.EDU"
	Issuer      string // the issuing avatar; the supply goes to its address
	Supply      uint64 // in the smallest unit
	Decimals    uint8
	Description string
}

// IssueMST is the output issuing an MST to the issuer avatar's address (an asset-issue
// attachment holding the whole supply).
func IssueMST(issuerAddr string, is Issue) (mvs.Output, error) {
	s, err := p2pkh(issuerAddr)
	return mvs.Output{Script: s, Attachment: mvs.Attachment{
		Version: mvs.AttachmentVersionDefault, Type: mvs.AttachmentAsset, Status: mvs.AssetStatusIssue,
		Symbol: is.Symbol, Quantity: is.Supply, Decimals: is.Decimals,
		Issuer: is.Issuer, Address: issuerAddr, Description: is.Description,
	}}, err
}
