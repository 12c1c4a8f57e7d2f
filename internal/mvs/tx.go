package mvs

import (
	"encoding/hex"
	"fmt"
)

// Transaction versions. Decode accepts 0 (genesis) through 4; new transactions
// should use TxVersionNova.
const (
	TxVersionGenesis     uint32 = 0
	TxVersionFirst       uint32 = 1
	TxVersionCheckScript uint32 = 2 // outputs must be standard scripts
	TxVersionNovaTestnet uint32 = 3
	TxVersionNova        uint32 = 4
	maxTxVersion                = TxVersionNova
)

// SequenceFinal is the sequence number of an input with no relative lock.
const SequenceFinal uint32 = 0xffffffff

// Smallest encodings, used to bound counts read from outside input.
const (
	minInputSize  = 32 + 4 + 1 + 4 // outpoint, empty script, sequence
	minOutputSize = 8 + 1 + 4 + 4  // value, empty script, attachment version and type
)

// Hash is a transaction hash in internal byte order (as it is hashed and
// serialised). Its String is the reversed hex that mvsd and explorers show.
type Hash [32]byte

// String returns the hash in display (byte-reversed) hex.
func (h Hash) String() string {
	var r [32]byte
	for i := range h {
		r[i] = h[31-i]
	}
	return hex.EncodeToString(r[:])
}

// ParseHash reads a hash in display (byte-reversed) hex, as mvsd prints it.
func ParseHash(s string) (Hash, error) {
	var h Hash
	if len(s) != 64 {
		return h, fmt.Errorf("mvs: hash %q: want 64 hex characters, have %d", s, len(s))
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		return h, fmt.Errorf("mvs: hash %q: %w", s, err)
	}
	for i := range h {
		h[i] = b[31-i]
	}
	return h, nil
}

// OutPoint names the output an input spends.
type OutPoint struct {
	Hash  Hash
	Index uint32
}

// Input spends a previous output.
type Input struct {
	PrevOut  OutPoint
	Script   []byte // script-sig; empty before signing
	Sequence uint32
}

// Output pays Value (in ETP bits, 1e-8 ETP) to Script and carries an attachment.
type Output struct {
	Value      uint64
	Script     []byte
	Attachment Attachment
}

// Address returns the address the output pays to on net, as mvsd prints it,
// and false for scripts without one (multisig, null data, non-standard).
func (o *Output) Address(net Network) (string, bool) {
	return ExtractAddress(o.Script, net)
}

// Tx is a Metaverse transaction.
type Tx struct {
	Version  uint32
	Inputs   []Input
	Outputs  []Output
	LockTime uint32
}

// Decode parses a raw transaction. It rejects truncated data, trailing bytes,
// non-canonical integers, counts and lengths larger than the data left, and
// attachments of unknown version, type or status. Nothing in the result
// aliases raw.
func Decode(raw []byte) (*Tx, error) {
	r := &reader{b: raw}
	tx := &Tx{}
	var err error
	if tx.Version, err = r.u32("version"); err != nil {
		return nil, err
	}
	if tx.Version > maxTxVersion {
		r.off = 0
		return nil, r.fail(fmt.Sprintf("version %d", tx.Version), ErrUnsupportedTxVersion)
	}
	nIn, err := r.count("input count", minInputSize)
	if err != nil {
		return nil, err
	}
	tx.Inputs = make([]Input, nIn)
	for i := range tx.Inputs {
		r.sec, r.idx = "input", i
		if err := decodeInput(r, &tx.Inputs[i]); err != nil {
			return nil, err
		}
	}
	r.sec = ""
	nOut, err := r.count("output count", minOutputSize)
	if err != nil {
		return nil, err
	}
	tx.Outputs = make([]Output, nOut)
	for i := range tx.Outputs {
		r.sec, r.idx = "output", i
		if err := decodeOutput(r, &tx.Outputs[i]); err != nil {
			return nil, err
		}
	}
	r.sec = ""
	if tx.LockTime, err = r.u32("lock time"); err != nil {
		return nil, err
	}
	if n := r.remaining(); n != 0 {
		return nil, r.fail(fmt.Sprintf("%d bytes", n), ErrTrailingBytes)
	}
	return tx, nil
}

// DecodeHex is Decode of a hex string, the form mvsd's RPC uses.
func DecodeHex(s string) (*Tx, error) {
	raw, err := hex.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("%w: not hex: %w", ErrMalformedTx, err)
	}
	return Decode(raw)
}

func decodeInput(r *reader, in *Input) error {
	p, err := r.take(32, "previous output hash")
	if err != nil {
		return err
	}
	copy(in.PrevOut.Hash[:], p)
	if in.PrevOut.Index, err = r.u32("previous output index"); err != nil {
		return err
	}
	if in.Script, err = r.varBytes("script"); err != nil {
		return err
	}
	in.Sequence, err = r.u32("sequence")
	return err
}

func decodeOutput(r *reader, out *Output) error {
	var err error
	if out.Value, err = r.u64("value"); err != nil {
		return err
	}
	if out.Script, err = r.varBytes("script"); err != nil {
		return err
	}
	return decodeAttachment(r, &out.Attachment)
}

// Encode serialises the transaction. It is the exact inverse of Decode for
// every transaction Decode accepts. A transaction built by hand should pass
// Validate first: Encode writes what it is given and does not fail.
func (tx *Tx) Encode() []byte {
	return tx.appendTo(make([]byte, 0, tx.sizeHint()), -1, nil)
}

// EncodeHex is Encode in hex.
func (tx *Tx) EncodeHex() string { return hex.EncodeToString(tx.Encode()) }

// Hash is the transaction id: the double SHA-256 of its encoding. Its String
// is the hash mvsd reports.
func (tx *Tx) Hash() Hash { return Hash(DoubleSHA256(tx.Encode())) }

// appendTo serialises tx. When sigIndex >= 0 every input script is replaced:
// input sigIndex's by sigScript and all others by the empty script, which is
// the signature-hash preimage.
func (tx *Tx) appendTo(b []byte, sigIndex int, sigScript []byte) []byte {
	b = appendU32(b, tx.Version)
	b = appendVarInt(b, uint64(len(tx.Inputs)))
	for i := range tx.Inputs {
		in := &tx.Inputs[i]
		b = append(b, in.PrevOut.Hash[:]...)
		b = appendU32(b, in.PrevOut.Index)
		switch {
		case sigIndex < 0:
			b = appendVarBytes(b, in.Script)
		case i == sigIndex:
			b = appendVarBytes(b, sigScript)
		default:
			b = append(b, 0)
		}
		b = appendU32(b, in.Sequence)
	}
	b = appendVarInt(b, uint64(len(tx.Outputs)))
	for i := range tx.Outputs {
		out := &tx.Outputs[i]
		b = appendU64(b, out.Value)
		b = appendVarBytes(b, out.Script)
		b = out.Attachment.appendTo(b)
	}
	return appendU32(b, tx.LockTime)
}

func (tx *Tx) sizeHint() int {
	n := 4 + 9 + 9 + 4
	for i := range tx.Inputs {
		n += minInputSize + 8 + len(tx.Inputs[i].Script)
	}
	for i := range tx.Outputs {
		a := &tx.Outputs[i].Attachment
		n += minOutputSize + 8 + len(tx.Outputs[i].Script) + 32 +
			len(a.ToDID) + len(a.FromDID) + len(a.Symbol) + len(a.Content) + len(a.Address) +
			len(a.Issuer) + len(a.Description) + len(a.Owner)
	}
	return n
}

// Validate checks that the transaction can be encoded and decoded back
// unchanged: a supported version and representable attachments. It does not
// check consensus rules (amounts, signatures, standardness).
func (tx *Tx) Validate() error {
	if tx.Version > maxTxVersion {
		return fmt.Errorf("%w: version %d: %w", ErrMalformedTx, tx.Version, ErrUnsupportedTxVersion)
	}
	for i := range tx.Outputs {
		if err := tx.Outputs[i].Attachment.Validate(); err != nil {
			return fmt.Errorf("output %d: %w", i, err)
		}
	}
	return nil
}

// Clone returns a deep copy.
func (tx *Tx) Clone() *Tx {
	c := *tx
	c.Inputs = make([]Input, len(tx.Inputs))
	for i, in := range tx.Inputs {
		in.Script = append([]byte(nil), in.Script...)
		c.Inputs[i] = in
	}
	c.Outputs = make([]Output, len(tx.Outputs))
	for i, out := range tx.Outputs {
		out.Script = append([]byte(nil), out.Script...)
		c.Outputs[i] = out
	}
	return &c
}
