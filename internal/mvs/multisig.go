package mvs

import (
	"bytes"
	"errors"
	"fmt"
	"slices"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/decred/dcrd/dcrec/secp256k1/v4/ecdsa"
)

// Multisig custody: a pay-to-script-hash output whose redeem script is the
// standard "m [ key1 ] ... [ keyn ] n checkmultisig". mvsd (getnewmultisig) keeps
// the cosigners' keys as hex strings and sorts them, which is the byte order of
// the compressed keys; NewMultisig sorts the same way. (metaversejs's
// multisig.generate sorts Buffers with Array.prototype.sort, which compares their
// UTF-8 decodings, and orders about a third of random key sets differently: its
// redeem script and address for the same keys may then differ from mvsd's. The
// tests show both.)
//
// The script-sig of a spend is "zero [ sig ]... [ redeem ]": a dummy for
// CHECKMULTISIG's extra pop, then the signatures in the redeem script's key order
// (CHECKMULTISIG walks signatures and keys forward together, so any other order
// fails), then the redeem script.

// MaxMultisigKeys is the largest key set of a standard multisig redeem script:
// the redeem script is pushed in the script-sig, and a push may hold at most
// MaxScriptElement bytes. With compressed keys a redeem script is 3 + 34n
// bytes: 15 keys make 513 bytes, 16 would make 547.
const (
	MaxMultisigKeys  = 15
	MaxScriptElement = 520
)

// Multisig errors (wrapped together with ErrInvalidScript, ErrSigning or ErrVerify).
var (
	ErrMultisigThreshold = errors.New("threshold out of range")
	ErrMultisigKeys      = errors.New("bad multisig key set")
	ErrNotCosigner       = errors.New("key is not a cosigner of the redeem script")
	ErrScriptHash        = errors.New("redeem script does not hash to the previous output's script hash")
	ErrMissingSignatures = errors.New("too few valid signatures")
	ErrSignatureOrder    = errors.New("signatures are not in the redeem script's key order")
)

// Multisig is an m-of-n key set in the order its redeem script lists the keys.
type Multisig struct {
	m    int
	keys [][]byte // 33-byte compressed keys (or 65-byte keys of a parsed script)
}

// NewMultisig builds the m-of-n key set of keys, sorted as mvsd sorts them.
// Keys must be distinct; 1 <= m <= n <= MaxMultisigKeys.
func NewMultisig(m int, keys []*secp256k1.PublicKey) (*Multisig, error) {
	raw := make([][]byte, len(keys))
	for i, k := range keys {
		if k == nil {
			return nil, fmt.Errorf("%w: %w: key %d is nil", ErrInvalidScript, ErrMultisigKeys, i)
		}
		raw[i] = k.SerializeCompressed()
	}
	slices.SortFunc(raw, bytes.Compare)
	for i := 1; i < len(raw); i++ {
		if bytes.Equal(raw[i-1], raw[i]) {
			return nil, fmt.Errorf("%w: %w: key %x appears twice", ErrInvalidScript, ErrMultisigKeys, raw[i])
		}
	}
	ms := &Multisig{m: m, keys: raw}
	if err := ms.check(); err != nil {
		return nil, err
	}
	return ms, nil
}

func (ms *Multisig) check() error {
	n := len(ms.keys)
	if n == 0 || n > MaxMultisigKeys {
		return fmt.Errorf("%w: %w: %d keys, want 1 to %d", ErrInvalidScript, ErrMultisigKeys, n, MaxMultisigKeys)
	}
	if ms.m < 1 || ms.m > n {
		return fmt.Errorf("%w: %w: %d of %d", ErrInvalidScript, ErrMultisigThreshold, ms.m, n)
	}
	return nil
}

// ParseRedeemScript reads a standard multisig redeem script as mvsd classifies
// it (pay_multisig), with every key a direct push of a valid public key and at
// most MaxMultisigKeys keys. Key order is kept as written.
func ParseRedeemScript(redeem []byte) (*Multisig, error) {
	if len(redeem) > MaxScriptElement {
		return nil, fmt.Errorf("%w: redeem script of %d bytes, at most %d", ErrInvalidScript, len(redeem), MaxScriptElement)
	}
	ops, err := ParseScript(redeem)
	if err != nil {
		return nil, err
	}
	if !isPayMultisig(ops) {
		return nil, fmt.Errorf("%w: not a multisig redeem script", ErrInvalidScript)
	}
	ms := &Multisig{m: int(ops[0].Code-Op1) + 1}
	seen := make(map[string]bool, len(ops)-3)
	for _, op := range ops[1 : len(ops)-2] {
		if !op.isDirectPush() {
			return nil, fmt.Errorf("%w: %w: a key is not a direct push", ErrInvalidScript, ErrMultisigKeys)
		}
		if _, err := secp256k1.ParsePubKey(op.Data); err != nil {
			return nil, fmt.Errorf("%w: %w: %w", ErrInvalidScript, ErrMultisigKeys, err)
		}
		if seen[string(op.Data)] {
			return nil, fmt.Errorf("%w: %w: key %x appears twice", ErrInvalidScript, ErrMultisigKeys, op.Data)
		}
		seen[string(op.Data)] = true
		ms.keys = append(ms.keys, bytes.Clone(op.Data))
	}
	if err := ms.check(); err != nil {
		return nil, err
	}
	// The script must be exactly what this package would write for the set.
	if !bytes.Equal(ms.RedeemScript(), redeem) {
		return nil, fmt.Errorf("%w: redeem script is not minimally encoded", ErrInvalidScript)
	}
	return ms, nil
}

// M is the number of signatures a spend needs.
func (ms *Multisig) M() int { return ms.m }

// N is the number of keys.
func (ms *Multisig) N() int { return len(ms.keys) }

// Keys returns the serialised public keys in redeem-script order.
func (ms *Multisig) Keys() [][]byte {
	out := make([][]byte, len(ms.keys))
	for i, k := range ms.keys {
		out[i] = bytes.Clone(k)
	}
	return out
}

// KeyIndex returns the position of a key in the redeem script, or -1.
func (ms *Multisig) KeyIndex(pub *secp256k1.PublicKey) int {
	c, u := pub.SerializeCompressed(), pub.SerializeUncompressed()
	for i, k := range ms.keys {
		if bytes.Equal(k, c) || bytes.Equal(k, u) {
			return i
		}
	}
	return -1
}

// RedeemScript is "m [ key ]... n checkmultisig".
func (ms *Multisig) RedeemScript() []byte {
	b := make([]byte, 0, 3+34*len(ms.keys))
	b = append(b, Op1+byte(ms.m-1))
	for _, k := range ms.keys {
		b = appendPush(b, k)
	}
	return append(b, Op1+byte(len(ms.keys)-1), OpCheckMultisig)
}

// Address is the pay-to-script-hash address of the redeem script; the version
// byte is P2SHVersion on every network.
func (ms *Multisig) Address() Address { return NewP2SHAddress(Hash160(ms.RedeemScript())) }

// Script is the output script that pays to the multisig address.
func (ms *Multisig) Script() []byte { return p2shScript(Hash160(ms.RedeemScript())) }

// String is mvsd's "multisig-script" form of the redeem script.
func (ms *Multisig) String() string { return FormatScript(ms.RedeemScript()) }

// MultisigSpend is a decoded multisig script-sig.
type MultisigSpend struct {
	Signatures [][]byte // DER + hash type, in script order
	Redeem     []byte
	Multisig   *Multisig
}

// DecodeMultisigScriptSig reads "zero [ sig ]... [ redeem ]" with a standard
// multisig redeem script and at most n signatures, each a direct push or
// pushdata1 of 9 to 73 bytes. A partly signed script-sig (fewer than m
// signatures, as cosigners pass it on) decodes too.
func DecodeMultisigScriptSig(script []byte) (*MultisigSpend, error) {
	ops, err := ParseScript(script)
	if err != nil {
		return nil, err
	}
	if len(ops) < 2 || ops[0].Code != OpZero || !pushOnly(ops) {
		return nil, fmt.Errorf("%w: %w: not \"zero [ sig ]... [ redeem ]\"", ErrInvalidScript, ErrBadScriptSig)
	}
	redeem := ops[len(ops)-1].Data
	ms, err := ParseRedeemScript(redeem)
	if err != nil {
		return nil, err
	}
	sigOps := ops[1 : len(ops)-1]
	if len(sigOps) > ms.N() {
		return nil, fmt.Errorf("%w: %d signatures for %d keys", ErrInvalidScript, len(sigOps), ms.N())
	}
	sp := &MultisigSpend{Redeem: bytes.Clone(redeem), Multisig: ms}
	for i, op := range sigOps {
		if len(op.Data) < 9 || len(op.Data) > 73 {
			return nil, fmt.Errorf("%w: signature %d has %d bytes", ErrInvalidScript, i, len(op.Data))
		}
		sp.Signatures = append(sp.Signatures, bytes.Clone(op.Data))
	}
	// Canonical pushes only: mvsd's form, or metaversejs's minimal push of a short redeem script.
	canonical := multisigScriptSig(sp.Signatures, redeem)
	if !bytes.Equal(canonical, script) && !bytes.Equal(minimalRedeemForm(canonical, redeem), script) {
		return nil, fmt.Errorf("%w: script-sig is not minimally encoded", ErrInvalidScript)
	}
	return sp, nil
}

// minimalRedeemForm is canonical with a direct push of a redeem script under
// 76 bytes, or nil.
func minimalRedeemForm(canonical, redeem []byte) []byte {
	if len(redeem) >= int(OpPushData1) {
		return nil
	}
	head := canonical[:len(canonical)-len(redeem)-2]
	return appendPush(bytes.Clone(head), redeem)
}

func multisigScriptSig(sigs [][]byte, redeem []byte) []byte {
	n := 1 + len(redeem) + 3
	for _, s := range sigs {
		n += len(s) + 2
	}
	b := make([]byte, 0, n)
	b = append(b, OpZero)
	for _, s := range sigs {
		b = appendPush(b, s)
	}
	return appendRedeemPush(b, redeem)
}

// appendRedeemPush pushes a redeem script as mvsd's signmultisigtx does: with
// pushdata1 even when a direct push would do (a 2-of-2 script of 71 bytes
// included), pushdata2 above 255 bytes. metaversejs pushes minimally, which
// differs only for redeem scripts under 76 bytes (one or two keys);
// DecodeMultisigScriptSig accepts both.
func appendRedeemPush(b, redeem []byte) []byte {
	if len(redeem) <= 0xff {
		b = append(b, OpPushData1, byte(len(redeem)))
		return append(b, redeem...)
	}
	return appendPush(b, redeem)
}

// SignMultisig returns key's signature (DER + SIGHASH_ALL) of input i of tx,
// which spends a pay-to-script-hash output of ms: the signature hash uses the
// redeem script as the script code, as mvsd's signmultisigtx and metaversejs's
// signMultisig do. The key must be one of ms's.
func SignMultisig(tx *Tx, i int, ms *Multisig, key *secp256k1.PrivateKey) ([]byte, error) {
	if i < 0 || i >= len(tx.Inputs) {
		return nil, fmt.Errorf("%w: %w: %d of %d", ErrSigning, ErrInputIndex, i, len(tx.Inputs))
	}
	if key == nil {
		return nil, fmt.Errorf("%w: nil key", ErrSigning)
	}
	if ms.KeyIndex(key.PubKey()) < 0 {
		return nil, fmt.Errorf("%w: input %d: %w", ErrSigning, i, ErrNotCosigner)
	}
	h := SigHash(tx, i, ms.RedeemScript())
	return append(ecdsa.Sign(key, h[:]).Serialize(), SigHashAll), nil
}

// parseSig checks a signature's hash type, strict DER and low S.
func parseSig(sig []byte) (*ecdsa.Signature, error) {
	if len(sig) < 2 {
		return nil, fmt.Errorf("%w: too short", ErrBadSignature)
	}
	if ht := sig[len(sig)-1]; ht != SigHashAll {
		return nil, fmt.Errorf("%w: 0x%02x", ErrBadHashType, ht)
	}
	der := sig[:len(sig)-1]
	s, err := ecdsa.ParseDERSignature(der)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadSignature, err)
	}
	if !lowS(der) {
		return nil, ErrHighS
	}
	return s, nil
}

// MultisigSigner returns the index of the key in ms whose signature sig is, for
// input i of tx, or an error when it is no cosigner's.
func MultisigSigner(tx *Tx, i int, ms *Multisig, sig []byte) (int, error) {
	if i < 0 || i >= len(tx.Inputs) {
		return -1, fmt.Errorf("%w: %d of %d", ErrInputIndex, i, len(tx.Inputs))
	}
	s, err := parseSig(sig)
	if err != nil {
		return -1, err
	}
	h := SigHash(tx, i, ms.RedeemScript())
	for k, raw := range ms.keys {
		pub, err := secp256k1.ParsePubKey(raw)
		if err != nil {
			return -1, fmt.Errorf("%w: key %d: %w", ErrMultisigKeys, k, err)
		}
		if s.Verify(h[:], pub) {
			return k, nil
		}
	}
	return -1, fmt.Errorf("%w: signs for no cosigner", ErrBadSignature)
}

// MergeMultisig adds sigs (each a cosigner's signature of input i) to what
// input i's script-sig already holds, and writes "zero [ sig ]... [ redeem ]"
// with the signatures in key order, at most one per key and at most m in all
// (the first m in key order are kept). Every signature is checked; one that
// is no cosigner's valid signature is an error. It returns how many
// signatures the script-sig now holds.
func MergeMultisig(tx *Tx, i int, ms *Multisig, sigs ...[]byte) (int, error) {
	if i < 0 || i >= len(tx.Inputs) {
		return 0, fmt.Errorf("%w: %w: %d of %d", ErrSigning, ErrInputIndex, i, len(tx.Inputs))
	}
	redeem := ms.RedeemScript()
	all := slices.Clone(sigs)
	if cur := tx.Inputs[i].Script; len(cur) > 0 {
		sp, err := DecodeMultisigScriptSig(cur)
		if err != nil {
			return 0, fmt.Errorf("%w: input %d: existing script-sig: %w", ErrSigning, i, err)
		}
		if !bytes.Equal(sp.Redeem, redeem) {
			return 0, fmt.Errorf("%w: input %d: existing script-sig has another redeem script", ErrSigning, i)
		}
		all = append(all, sp.Signatures...)
	}
	byKey := make([][]byte, ms.N())
	for _, sig := range all {
		k, err := MultisigSigner(tx, i, ms, sig)
		if err != nil {
			return 0, fmt.Errorf("%w: input %d: %w", ErrSigning, i, err)
		}
		byKey[k] = sig
	}
	var ordered [][]byte
	for _, sig := range byKey {
		if sig != nil && len(ordered) < ms.M() {
			ordered = append(ordered, sig)
		}
	}
	tx.Inputs[i].Script = multisigScriptSig(ordered, redeem)
	return len(ordered), nil
}

// VerifyMultisigInput checks input i's script-sig against prevScript, a
// pay-to-script-hash output script, as mvsd evaluates a standard multisig
// spend: the script-sig is "zero [ sig ]... [ redeem ]", the redeem script hashes
// to prevScript's hash, and exactly m signatures follow the dummy, each strict
// DER with a low S and SIGHASH_ALL, matched to the keys in order (a signature
// may skip keys but never go back).
func VerifyMultisigInput(tx *Tx, i int, prevScript []byte) error {
	if i < 0 || i >= len(tx.Inputs) {
		return fmt.Errorf("%w: %w: %d of %d", ErrVerify, ErrInputIndex, i, len(tx.Inputs))
	}
	fail := func(err error) error { return fmt.Errorf("%w: input %d: %w", ErrVerify, i, err) }
	ops, err := ParseScript(prevScript)
	if err != nil || classify(ops) != ClassP2SH {
		return fail(fmt.Errorf("%w: previous output is not pay-to-script-hash", ErrUnsupportedScript))
	}
	sp, err := DecodeMultisigScriptSig(tx.Inputs[i].Script)
	if err != nil {
		return fail(err)
	}
	if Hash160(sp.Redeem) != [20]byte(ops[1].Data) {
		return fail(ErrScriptHash)
	}
	ms := sp.Multisig
	if len(sp.Signatures) != ms.M() {
		return fail(fmt.Errorf("%w: %d signatures, the redeem script needs %d", ErrMissingSignatures, len(sp.Signatures), ms.M()))
	}
	h := SigHash(tx, i, sp.Redeem)
	k := 0
	for j, raw := range sp.Signatures {
		sig, err := parseSig(raw)
		if err != nil {
			return fail(fmt.Errorf("signature %d: %w", j, err))
		}
		matched := false
		for ; k < ms.N() && !matched; k++ {
			pub, err := secp256k1.ParsePubKey(ms.keys[k])
			if err != nil {
				return fail(fmt.Errorf("%w: key %d: %w", ErrMultisigKeys, k, err))
			}
			matched = sig.Verify(h[:], pub)
		}
		if !matched {
			if _, err := MultisigSigner(tx, i, ms, raw); err == nil {
				return fail(fmt.Errorf("%w: signature %d", ErrSignatureOrder, j))
			}
			return fail(fmt.Errorf("%w: signature %d does not verify for any remaining key", ErrBadSignature, j))
		}
	}
	return nil
}
