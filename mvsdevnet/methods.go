package mvsdevnet

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/tokendroplet/droplet/internal/mvs"
)

// JSON views of API v3 answers; fields are in the order of their keys, which mvsd prints sorted.

type headerView struct {
	Bits              string `json:"bits"`
	Hash              string `json:"hash"`
	MerkleTreeHash    string `json:"merkle_tree_hash"`
	MixHash           string `json:"mixhash"`
	Nonce             string `json:"nonce"`
	Number            uint64 `json:"number"`
	PreviousBlockHash string `json:"previous_block_hash"`
	Timestamp         uint32 `json:"timestamp"`
	TransactionCount  int    `json:"transaction_count"`
	Version           uint32 `json:"version"`
}

type blockView struct {
	Bits              string `json:"bits"`
	Hash              string `json:"hash"`
	MerkleTreeHash    string `json:"merkle_tree_hash"`
	MixHash           string `json:"mixhash"`
	Nonce             string `json:"nonce"`
	Number            uint64 `json:"number"`
	PreviousBlockHash string `json:"previous_block_hash"`
	Timestamp         uint32 `json:"timestamp"`
	TransactionCount  int    `json:"transaction_count"`
	Transactions      []any  `json:"transactions"`
	Version           uint32 `json:"version"`
}

// txView is gettx's answer: decoderawtx's with the block height.
type txView struct {
	Hash     string           `json:"hash"`
	Height   uint64           `json:"height"`
	Inputs   []mvs.InputView  `json:"inputs"`
	LockTime string           `json:"lock_time"`
	Outputs  []mvs.OutputView `json:"outputs"`
	Version  string           `json:"version"`
}

type etpBalanceView struct {
	Address   string `json:"address"`
	Available uint64 `json:"available"`
	Confirmed uint64 `json:"confirmed"`
	Frozen    uint64 `json:"frozen"`
	Received  uint64 `json:"received"`
	Unspent   uint64 `json:"unspent"`
}

type utxoView struct {
	Available uint64 `json:"available"`
	Balance   uint64 `json:"balance"`
	Frozen    uint64 `json:"frozen"`
	Symbol    string `json:"symbol,omitempty"`
	UTXOBlock uint64 `json:"utxo_block"`
	UTXOHash  string `json:"utxo_hash"`
	UTXOIndex uint32 `json:"utxo_index"`
}

type assetBalanceView struct {
	Address                 string `json:"address"`
	DecimalNumber           uint8  `json:"decimal_number"`
	Description             string `json:"description"`
	Issuer                  string `json:"issuer"`
	LockedQuantity          uint64 `json:"locked_quantity"`
	Quantity                uint64 `json:"quantity"`
	SecondaryIssueThreshold uint8  `json:"secondaryissue_threshold"`
	Status                  string `json:"status"`
	Symbol                  string `json:"symbol"`
}

type certView struct {
	Address string `json:"address"`
	Cert    string `json:"cert"`
	Owner   string `json:"owner"`
	Symbol  string `json:"symbol"`
}

type didView struct {
	Address string `json:"address"`
	Status  string `json:"status"`
	Symbol  string `json:"symbol"`
}

type validateView struct {
	AddressType string `json:"address_type"`
	IsValid     bool   `json:"is_valid"`
	Message     string `json:"message"`
	Testnet     bool   `json:"testnet"`
}

func (b *block) header() headerView {
	return headerView{
		Bits: "1", Hash: b.hash.String(), MerkleTreeHash: b.merkle.String(), MixHash: "0", Nonce: "0",
		Number: b.number, PreviousBlockHash: b.prev.String(), Timestamp: b.timestamp,
		TransactionCount: len(b.txs), Version: blockVersion,
	}
}

func (n *Node) rpcGetHeight(*args) (any, *Error) {
	return n.Height(), nil
}

func (n *Node) rpcGetBlock(a *args) (any, *Error) {
	asJSON, e := boolOption(a, "json")
	if e != nil {
		return nil, e
	}
	txJSON, e := boolOption(a, "tx_json")
	if e != nil {
		return nil, e
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	key := a.pos[0]
	var b *block
	// mvsd reads an argument shorter than 18 characters as a height, anything longer as a hash.
	if len(key) < 18 {
		h, err := strconv.ParseUint(key, 10, 64)
		if err != nil {
			return nil, &Error{Code: codeGeneric, Message: fmt.Sprintf("wrong block height! Convert %s to uint64_t caught exception: stoull", key)}
		}
		if h <= n.chain.height() {
			b = n.chain.blocks[h]
		}
	} else {
		h, err := mvs.ParseHash(key)
		if err != nil {
			return nil, &Error{Code: codeGeneric, Message: fmt.Sprintf("the argument ('%s') for option is invalid", key)}
		}
		if num, ok := n.chain.byHash[h]; ok {
			b = n.chain.blocks[num]
		}
	}
	if b == nil {
		return nil, &Error{Code: codeBlockNotFound, Message: "object does not exist"}
	}
	if !asJSON {
		return b.raw(), nil
	}
	hv := b.header()
	v := blockView{
		Bits: hv.Bits, Hash: hv.Hash, MerkleTreeHash: hv.MerkleTreeHash, MixHash: hv.MixHash, Nonce: hv.Nonce,
		Number: hv.Number, PreviousBlockHash: hv.PreviousBlockHash, Timestamp: hv.Timestamp,
		TransactionCount: hv.TransactionCount, Version: hv.Version,
		Transactions: make([]any, len(b.txs)),
	}
	for i, tx := range b.txs {
		if txJSON {
			v.Transactions[i] = mvs.NewTxView(tx, n.net)
		} else {
			v.Transactions[i] = tx.EncodeHex()
		}
	}
	return v, nil
}

func (n *Node) rpcGetBlockHeader(a *args) (any, *Error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	b := n.chain.tip()
	switch {
	case a.has("hash"):
		h, err := mvs.ParseHash(a.opts["hash"])
		if err != nil {
			return nil, badArgument("the argument ('%s') for option '--hash' is invalid", a.opts["hash"])
		}
		num, ok := n.chain.byHash[h]
		if !ok {
			return nil, &Error{Code: codeHeaderNotFound, Message: "object does not exist"}
		}
		b = n.chain.blocks[num]
	case a.has("height"):
		h, e := uintOption(a, "height")
		if e != nil {
			return nil, e
		}
		if h > n.chain.height() {
			return nil, &Error{Code: codeHeaderNotFound, Message: "object does not exist"}
		}
		b = n.chain.blocks[h]
	}
	return b.header(), nil
}

func (n *Node) rpcGetTx(a *args) (any, *Error) {
	asJSON, e := boolOption(a, "json")
	if e != nil {
		return nil, e
	}
	h, err := mvs.ParseHash(a.pos[0])
	if err != nil {
		return nil, badArgument("the argument ('%s') for option '--HASH' is invalid", a.pos[0])
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	var tx *mvs.Tx
	var height uint64 // 0 for the pool, as mvsd answers
	if rec, ok := n.chain.txs[h]; ok {
		tx, height = rec.tx, rec.height
	} else if ptx, ok := n.pool.byHash[h]; ok {
		tx = ptx
	} else {
		return nil, &Error{Code: codeTxNotFound, Message: "transaction does not exist!"}
	}
	if !asJSON {
		return tx.EncodeHex(), nil
	}
	v := mvs.NewTxView(tx, n.net)
	return txView{Hash: v.Hash, Height: height, Inputs: v.Inputs, LockTime: v.LockTime, Outputs: v.Outputs, Version: v.Version}, nil
}

// invalidTx is mvsd's answer to an argument that is not a transaction; like mvsd it echoes the
// whole argument (a request is at most maxRequestBytes).
func invalidTx(arg string) *Error {
	return badArgument("the argument ('%s') for option '--TRANSACTION' is invalid", arg)
}

func (n *Node) rpcSendRawTx(a *args) (any, *Error) {
	tx, err := rawTx(a.pos[0])
	if err != nil {
		return nil, invalidTx(a.pos[0])
	}
	h, err := n.Submit(tx)
	if err != nil {
		return nil, err.(*Error)
	}
	return h.String(), nil
}

func (n *Node) rpcDecodeRawTx(a *args) (any, *Error) {
	tx, err := rawTx(a.pos[0])
	if err != nil {
		return nil, invalidTx(a.pos[0])
	}
	return mvs.NewTxView(tx, n.net), nil
}

func (n *Node) rpcValidateAddress(a *args) (any, *Error) {
	v := validateView{AddressType: "none", Message: "invalid address!", Testnet: n.net == mvs.Testnet}
	addr, err := mvs.ParseAddressFor(a.pos[0], n.net)
	if err == nil {
		v.IsValid, v.Message = true, "valid address"
		switch {
		case addr.Kind() == mvs.KindP2SH:
			v.AddressType = "p2sh(multi-signature)"
		case n.net == mvs.Testnet:
			v.AddressType = "p2kh(test-net)"
		default:
			v.AddressType = "p2kh(main-net)"
		}
	}
	return v, nil
}

// resolveAddress is mvsd's get_address: an address of this network, or else an avatar's.
// Called with n.mu held.
func (n *Node) resolveAddress(s string) (string, *Error) {
	if _, err := mvs.ParseAddressFor(s, n.net); err == nil {
		return s, nil
	}
	if mvs.ValidAvatar(s) != nil {
		return "", &Error{Code: codeDIDSymbolInvalid, Message: fmt.Sprintf("Did symbol %s is not valid.", s)}
	}
	addr, ok := n.chain.dids[s]
	if !ok {
		return "", &Error{Code: codeDIDNotFound, Message: fmt.Sprintf("did %s does not exist on the blockchain", s)}
	}
	return addr, nil
}

// valueRange is mvsd's --range "begin:end", a half-open interval; absent is everything.
type valueRange struct{ lo, hi uint64 }

func parseRange(a *args) (valueRange, *Error) {
	r := valueRange{0, math.MaxUint64}
	s, ok := a.opts["range"]
	if !ok {
		return r, nil
	}
	lo, hi, found := strings.Cut(s, ":")
	var err1, err2 error
	r.lo, err1 = strconv.ParseUint(lo, 10, 64)
	if found && hi != "" {
		r.hi, err2 = strconv.ParseUint(hi, 10, 64)
	}
	if err1 != nil || err2 != nil || r.lo >= r.hi {
		return r, &Error{Code: codeArgumentLegality, Message: "invalid range option! " + s}
	}
	return r, nil
}

func (r valueRange) has(v uint64) bool { return v >= r.lo && v < r.hi }

// unspentAt lists the confirmed unspent outputs paid to addr, in chain order. Called with n.mu held.
func (n *Node) unspentAt(addr string) []mvs.OutPoint {
	var ops []mvs.OutPoint
	for _, op := range n.chain.history[addr] {
		if _, ok := n.chain.unspent[op]; ok {
			ops = append(ops, op)
		}
	}
	return ops
}

func (n *Node) rpcGetAddressETP(a *args) (any, *Error) {
	rng, e := parseRange(a)
	if e != nil {
		return nil, e
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	addr, e := n.resolveAddress(a.pos[0])
	if e != nil {
		return nil, e
	}
	switch {
	case a.has("deposited"):
		return []any{}, nil // deposits (locked ETP with interest) are not modelled
	case a.has("utxo"):
		list := []utxoView{}
		for _, op := range n.unspentAt(addr) {
			out, height, _ := n.chain.output(op)
			if out.Value == 0 || !rng.has(out.Value) {
				continue
			}
			list = append(list, utxoView{Available: out.Value, Balance: out.Value, UTXOBlock: height, UTXOHash: op.Hash.String(), UTXOIndex: op.Index})
		}
		sort.SliceStable(list, func(i, j int) bool { return list[i].Balance > list[j].Balance })
		return list, nil
	}
	v := etpBalanceView{Address: addr}
	for _, op := range n.chain.history[addr] {
		out, _, _ := n.chain.output(op)
		v.Received += out.Value
		if _, ok := n.chain.unspent[op]; ok {
			v.Unspent += out.Value
		}
	}
	v.Confirmed, v.Available = v.Unspent, v.Unspent // nothing is frozen: no maturity, no locks
	return v, nil
}

func (n *Node) rpcGetAddressAsset(a *args) (any, *Error) {
	rng, e := parseRange(a)
	if e != nil {
		return nil, e
	}
	minConf, e := uintOption(a, "utxominimumconfirmations")
	if e != nil {
		return nil, e
	}
	symbol := strings.ToUpper(a.opts["symbol"]) // mvsd upper-cases asset symbols
	if a.has("symbol") && !validAssetSymbol(symbol) {
		return nil, &Error{Code: 5011, Message: "Asset symbol length must be less than 64."}
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	addr, e := n.resolveAddress(a.pos[0])
	if e != nil {
		return nil, e
	}
	tip := n.chain.height()
	switch {
	case a.has("cert"):
		list := []certView{}
		for _, op := range n.unspentAt(addr) {
			out, _, _ := n.chain.output(op)
			at := &out.Attachment
			if at.Type != mvs.AttachmentCert || symbol != "" && at.Symbol != symbol {
				continue
			}
			list = append(list, certView{Address: addr, Cert: certName(at.CertType), Owner: at.Owner, Symbol: at.Symbol})
		}
		return list, nil
	case a.has("deposited"):
		return []any{}, nil
	case a.has("utxo"):
		list := []utxoView{}
		for _, op := range n.unspentAt(addr) {
			out, height, _ := n.chain.output(op)
			at := &out.Attachment
			if at.Type != mvs.AttachmentAsset || at.Quantity == 0 || symbol != "" && at.Symbol != symbol {
				continue
			}
			if tip-height < minConf || !rng.has(at.Quantity) {
				continue
			}
			list = append(list, utxoView{Available: at.Quantity, Balance: at.Quantity, Symbol: at.Symbol,
				UTXOBlock: height, UTXOHash: op.Hash.String(), UTXOIndex: op.Index})
		}
		sort.SliceStable(list, func(i, j int) bool { return list[i].Balance > list[j].Balance })
		return list, nil
	}
	sums := map[string]uint64{}
	for _, op := range n.unspentAt(addr) {
		out, _, _ := n.chain.output(op)
		if at := &out.Attachment; at.Type == mvs.AttachmentAsset {
			sums[at.Symbol] += at.Quantity
		}
	}
	list := []assetBalanceView{}
	for sym, q := range sums {
		rec, ok := n.chain.assets[sym]
		if !ok || symbol != "" && sym != symbol {
			continue
		}
		list = append(list, assetBalanceView{
			Address: addr, DecimalNumber: rec.issue.Decimals, Description: rec.issue.Description,
			Issuer: rec.issue.Issuer, Quantity: q, SecondaryIssueThreshold: rec.issue.SecondaryIssueThreshold &^ 0x80,
			Status: "unspent", Symbol: sym,
		})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Symbol < list[j].Symbol })
	return list, nil
}

func certName(t uint32) string {
	switch t {
	case 1:
		return "issue"
	case 2:
		return "domain"
	case 3:
		return "naming"
	}
	return "0x" + strconv.FormatUint(uint64(t), 16)
}

func (n *Node) rpcGetDID(a *args) (any, *Error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	s := ""
	if len(a.pos) > 0 {
		s = a.pos[0]
	}
	if s == "" {
		list := make([]string, 0, len(n.chain.dids))
		for sym := range n.chain.dids {
			list = append(list, sym)
		}
		sort.Strings(list)
		return list, nil
	}
	if _, err := mvs.ParseAddressFor(s, n.net); err == nil {
		sym, ok := n.chain.didOf[s]
		if !ok {
			return nil, &Error{Code: codeAddressNotBoundDID, Message: "address is not binded with some did on the blockchain"}
		}
		s = sym
	}
	if mvs.ValidAvatar(s) != nil {
		return nil, &Error{Code: codeDIDSymbolInvalid, Message: fmt.Sprintf("Did symbol %s is not valid.", s)}
	}
	addr, ok := n.chain.dids[s]
	if !ok {
		return nil, &Error{Code: codeDIDNotFound, Message: "did symbol does not exist on the blockchain"}
	}
	// Avatars never move on the devnet (no did-transfer), so the history is one address.
	return []didView{{Address: addr, Status: "current", Symbol: s}}, nil
}

// rpcMine is the devnet's own method: devnet_mine [COUNT] mines COUNT blocks (1 by default,
// at most 1000) and answers their hashes.
func (n *Node) rpcMine(a *args) (any, *Error) {
	count := uint64(1)
	if len(a.pos) > 0 {
		c, err := strconv.ParseUint(a.pos[0], 10, 64)
		if err != nil || c == 0 || c > 1000 {
			return nil, badArgument("the argument ('%s') for option '--COUNT' is invalid", a.pos[0])
		}
		count = c
	}
	hashes, err := n.Mine(int(count))
	out := make([]string, len(hashes))
	for i, h := range hashes {
		out[i] = h.String()
	}
	if err != nil {
		return nil, &Error{Code: codeGeneric, Message: err.Error()}
	}
	return out, nil
}
