package mvsrpc

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strconv"

	"github.com/tokendroplet/droplet/internal/mvs"
)

// This file reads mvsd's JSON. The wire types record whether a field was present, so that a
// missing field is an error rather than a silent zero.

// num is an unsigned integer that mvsd prints as a JSON number or, depending on the version and
// the method, as a decimal string ("lock_time":"0", "transaction_count":"0").
type num struct {
	v   uint64
	set bool
}

func (n *num) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	s := string(b)
	if len(b) > 0 && b[0] == '"' {
		var err error
		if s, err = jsonString(b); err != nil {
			return err
		}
	}
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return fmt.Errorf("%.40s is not an unsigned integer", b)
	}
	n.v, n.set = v, true
	return nil
}

// jsonString reads a JSON string token; the common case, without escapes, skips the decoder.
func jsonString(b []byte) (string, error) {
	if len(b) >= 2 && b[0] == '"' && b[len(b)-1] == '"' && bytes.IndexByte(b[1:len(b)-1], '\\') < 0 && bytes.IndexByte(b[1:len(b)-1], '"') < 0 {
		return string(b[1 : len(b)-1]), nil
	}
	var s string
	err := json.Unmarshal(b, &s)
	return s, err
}

// text is a string that some versions print as a number ("bits", "nonce").
type text struct {
	s   string
	set bool
}

func (t *text) UnmarshalJSON(b []byte) error {
	switch {
	case string(b) == "null":
		return nil
	case len(b) > 0 && b[0] == '"':
		if err := json.Unmarshal(b, &t.s); err != nil {
			return err
		}
	default:
		var n json.Number
		if err := json.Unmarshal(b, &n); err != nil {
			return fmt.Errorf("%.40s is neither a string nor a number", b)
		}
		t.s = n.String()
	}
	t.set = true
	return nil
}

// flag is a boolean that might come as "true"/"false".
type flag struct {
	v   bool
	set bool
}

func (f *flag) UnmarshalJSON(b []byte) error {
	switch string(b) {
	case "null":
		return nil
	case "true", `"true"`, "1", `"1"`:
		f.v = true
	case "false", `"false"`, "0", `"0"`:
		f.v = false
	default:
		return fmt.Errorf("%.40s is not a boolean", b)
	}
	f.set = true
	return nil
}

// hashText is a 32-byte hash in mvsd's display hex.
type hashText struct {
	h   mvs.Hash
	set bool
}

func (h *hashText) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	if len(b) == 0 || b[0] != '"' {
		return fmt.Errorf("hash: %.40s is not a string", b)
	}
	s, err := jsonString(b)
	if err != nil {
		return fmt.Errorf("hash: %w", err)
	}
	v, err := mvs.ParseHash(s)
	if err != nil {
		return err
	}
	h.h, h.set = v, true
	return nil
}

// fields collects the first missing or out-of-range field of a conversion.
type fields struct {
	where string
	err   error
}

func (f *fields) fail(format string, args ...any) {
	if f.err == nil {
		f.err = fmt.Errorf("%w: %s: %s", ErrBadAnswer, f.where, fmt.Sprintf(format, args...))
	}
}

func (f *fields) u64(n num, name string) uint64 {
	if !n.set {
		f.fail("missing %q", name)
	}
	return n.v
}

func (f *fields) u32(n num, name string) uint32 {
	v := f.u64(n, name)
	if v > math.MaxUint32 {
		f.fail("%q = %d does not fit 32 bits", name, v)
	}
	return uint32(v)
}

func (f *fields) u8(n num, name string) uint8 {
	if !n.set {
		return 0 // optional wherever it is used
	}
	if n.v > math.MaxUint8 {
		f.fail("%q = %d does not fit 8 bits", name, n.v)
	}
	return uint8(n.v)
}

func (f *fields) hash(h hashText, name string) mvs.Hash {
	if !h.set {
		f.fail("missing %q", name)
	}
	return h.h
}

// unmarshal decodes a result strictly enough to refuse trailing garbage.
func unmarshal(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%w: %v", ErrBadAnswer, err)
	}
	if dec.More() {
		return fmt.Errorf("%w: data after the JSON value", ErrBadAnswer)
	}
	return nil
}

type wireHeader struct {
	Bits              text     `json:"bits"`
	Hash              hashText `json:"hash"`
	MerkleTreeHash    hashText `json:"merkle_tree_hash"`
	MixHash           text     `json:"mixhash"`
	Nonce             text     `json:"nonce"`
	Number            num      `json:"number"`
	PreviousBlockHash hashText `json:"previous_block_hash"`
	Timestamp         num      `json:"timestamp"`
	TimeStampV2       num      `json:"time_stamp"` // API v2 and older
	TransactionCount  num      `json:"transaction_count"`
	Version           num      `json:"version"`
}

func (w *wireHeader) header(f *fields) Header {
	h := Header{
		Hash:         f.hash(w.Hash, "hash"),
		PreviousHash: f.hash(w.PreviousBlockHash, "previous_block_hash"),
		MerkleRoot:   f.hash(w.MerkleTreeHash, "merkle_tree_hash"),
		Number:       f.u64(w.Number, "number"),
		Version:      f.u32(w.Version, "version"),
		TxCount:      f.u64(w.TransactionCount, "transaction_count"),
		Bits:         w.Bits.s,
		Nonce:        w.Nonce.s,
		MixHash:      w.MixHash.s,
	}
	ts := w.Timestamp
	if !ts.set {
		ts = w.TimeStampV2
	}
	h.Timestamp = f.u64(ts, "timestamp")
	return h
}

type wireBlock struct {
	wireHeader
	Transactions *[]wireTx `json:"transactions"`
	BlockSig     text      `json:"blocksig"`
	PublicKey    text      `json:"public_key"`
}

func (w *wireBlock) block() (*Block, error) {
	f := &fields{where: "block"}
	b := &Block{Header: w.header(f), BlockSig: w.BlockSig.s, PublicKey: w.PublicKey.s}
	if f.err != nil {
		return nil, f.err
	}
	if w.Transactions == nil {
		return nil, fmt.Errorf("%w: block %d: no transactions (not a JSON block)", ErrBadAnswer, b.Number)
	}
	if uint64(len(*w.Transactions)) != b.TxCount {
		return nil, fmt.Errorf("%w: block %d: transaction_count %d but %d transactions",
			ErrBadAnswer, b.Number, b.TxCount, len(*w.Transactions))
	}
	b.Transactions = make([]Tx, len(*w.Transactions))
	for i := range *w.Transactions {
		tx, err := (*w.Transactions)[i].tx(false)
		if err != nil {
			return nil, fmt.Errorf("block %d, transaction %d: %w", b.Number, i, err)
		}
		b.Transactions[i] = *tx
	}
	return b, nil
}

type wirePoint struct {
	Hash  hashText `json:"hash"`
	Index num      `json:"index"`
}

type wireInput struct {
	Address        string    `json:"address"`
	PreviousOutput wirePoint `json:"previous_output"`
	Script         string    `json:"script"`
	Sequence       num       `json:"sequence"`
}

type wireAttachment struct {
	Address                 string `json:"address"`
	Cert                    string `json:"cert"`
	Content                 string `json:"content"`
	DecimalNumber           num    `json:"decimal_number"`
	Description             string `json:"description"`
	FromDID                 string `json:"from_did"`
	IsSecondaryIssue        flag   `json:"is_secondaryissue"`
	Issuer                  string `json:"issuer"`
	Owner                   string `json:"owner"`
	Quantity                num    `json:"quantity"`
	SecondaryIssueThreshold num    `json:"secondaryissue_threshold"`
	Status                  string `json:"status"`
	Symbol                  string `json:"symbol"`
	ToDID                   string `json:"to_did"`
	Type                    string `json:"type"`
}

type wireOutput struct {
	Address           string         `json:"address"`
	Attachment        wireAttachment `json:"attachment"`
	Index             num            `json:"index"`
	LockedHeightRange num            `json:"locked_height_range"`
	Script            string         `json:"script"`
	Value             num            `json:"value"`
}

type wireTx struct {
	Hash     hashText     `json:"hash"`
	Height   num          `json:"height"`
	Inputs   []wireInput  `json:"inputs"`
	LockTime num          `json:"lock_time"`
	Outputs  []wireOutput `json:"outputs"`
	Version  num          `json:"version"`
}

// tx converts a transaction; withHeight requires gettx's "height".
func (w *wireTx) tx(withHeight bool) (*Tx, error) {
	f := &fields{where: "transaction"}
	tx := &Tx{
		Hash:     f.hash(w.Hash, "hash"),
		Version:  f.u32(w.Version, "version"),
		LockTime: f.u32(w.LockTime, "lock_time"),
	}
	if withHeight {
		tx.Height = f.u64(w.Height, "height")
	}
	if f.err != nil {
		return nil, f.err
	}
	f.where = "transaction " + tx.Hash.String()
	if len(w.Inputs) == 0 || len(w.Outputs) == 0 {
		f.fail("%d inputs and %d outputs", len(w.Inputs), len(w.Outputs))
		return nil, f.err
	}
	tx.Inputs = make([]Input, len(w.Inputs))
	for i := range w.Inputs {
		in := &w.Inputs[i]
		tx.Inputs[i] = Input{
			PrevOut: mvs.OutPoint{
				Hash:  f.hash(in.PreviousOutput.Hash, "previous_output.hash"),
				Index: f.u32(in.PreviousOutput.Index, "previous_output.index"),
			},
			Script:   in.Script,
			Sequence: f.u32(in.Sequence, "sequence"),
			Address:  in.Address,
		}
	}
	tx.Outputs = make([]Output, len(w.Outputs))
	for i := range w.Outputs {
		out := &w.Outputs[i]
		a := &out.Attachment
		o := Output{
			Index:             f.u32(out.Index, "index"),
			Address:           out.Address,
			Script:            out.Script,
			Value:             f.u64(out.Value, "value"),
			LockedHeightRange: out.LockedHeightRange.v, // absent in old versions: 0
			Attachment: Attachment{
				Type: a.Type, Symbol: a.Symbol, Quantity: a.Quantity.v, Content: a.Content,
				Address: a.Address, ToDID: a.ToDID, FromDID: a.FromDID,
				Issuer: a.Issuer, Description: a.Description,
				Decimals:                f.u8(a.DecimalNumber, "decimal_number"),
				SecondaryIssueThreshold: f.u8(a.SecondaryIssueThreshold, "secondaryissue_threshold"),
				IsSecondaryIssue:        a.IsSecondaryIssue.v,
				Cert:                    a.Cert, Owner: a.Owner, Status: a.Status,
			},
		}
		// The watcher names a transfer by output index: an answer whose indexes are not the
		// positions would make two nodes disagree on ids, so it is refused.
		if f.err == nil && o.Index != uint32(i) {
			f.fail("output %d says index %d", i, o.Index)
		}
		switch {
		case a.Type == "":
			f.fail("output %d: attachment without type", i)
		case (a.Type == AttachAssetTransfer || a.Type == AttachAssetIssue) && (!a.Quantity.set || a.Symbol == ""):
			f.fail("output %d: %s without symbol or quantity", i, a.Type)
		}
		tx.Outputs[i] = o
	}
	if f.err != nil {
		return nil, f.err
	}
	return tx, nil
}

type wireETPBalance struct {
	Address   string `json:"address"`
	Available num    `json:"available"`
	Confirmed num    `json:"confirmed"`
	Frozen    num    `json:"frozen"`
	Received  num    `json:"received"`
	Unspent   num    `json:"unspent"`
}

type wireUTXO struct {
	Available num      `json:"available"`
	Balance   num      `json:"balance"`
	Frozen    num      `json:"frozen"`
	Symbol    string   `json:"symbol"`
	UTXOBlock num      `json:"utxo_block"`
	UTXOHash  hashText `json:"utxo_hash"`
	UTXOIndex num      `json:"utxo_index"`
}

type wireAssetBalance struct {
	Address                 string `json:"address"`
	DecimalNumber           num    `json:"decimal_number"`
	Description             string `json:"description"`
	Issuer                  string `json:"issuer"`
	LockedQuantity          num    `json:"locked_quantity"`
	Quantity                num    `json:"quantity"`
	SecondaryIssueThreshold num    `json:"secondaryissue_threshold"`
	Status                  string `json:"status"`
	Symbol                  string `json:"symbol"`
}

type wireDID struct {
	Address string `json:"address"`
	Status  string `json:"status"`
	Symbol  string `json:"symbol"`
}
