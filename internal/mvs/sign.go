package mvs

import (
	"bytes"
	"fmt"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/decred/dcrd/dcrec/secp256k1/v4/ecdsa"
)

// SigHashAll is the only hash type this package signs with and accepts.
const SigHashAll byte = 0x01

// SigHash is the legacy SIGHASH_ALL signature hash of input i: the double
// SHA-256 of the transaction, attachments included, with every input script
// emptied except input i's, which is replaced by prevScript (the script of
// the output being spent), followed by the hash type as 4 little-endian bytes.
//
// For an index out of range it returns the value 1 (as a little-endian
// 256-bit number), as mvsd and bitcoind do; SignInput checks the index first
// and never signs that value.
func SigHash(tx *Tx, i int, prevScript []byte) [32]byte {
	if i < 0 || i >= len(tx.Inputs) {
		return [32]byte{1}
	}
	b := tx.appendTo(make([]byte, 0, tx.sizeHint()+len(prevScript)+4), i, prevScript)
	b = appendU32(b, uint32(SigHashAll))
	return DoubleSHA256(b)
}

// SignInput signs input i of tx, which spends an output whose script is
// prevScript, with key, and stores the script-sig
// "<DER signature + hash type> <compressed public key>" in the input. The
// previous script must pay to the key's hash: a plain pay-to-key-hash script,
// a stake lock or attenuation-locked asset, or a locked deposit, whose
// script-sig also repeats the lock height as mvsd expects. Signatures are
// deterministic (RFC 6979) and have a low S.
func SignInput(tx *Tx, i int, prevScript []byte, key *secp256k1.PrivateKey) error {
	if i < 0 || i >= len(tx.Inputs) {
		return fmt.Errorf("%w: %w: %d of %d", ErrSigning, ErrInputIndex, i, len(tx.Inputs))
	}
	if key == nil {
		return fmt.Errorf("%w: nil key", ErrSigning)
	}
	want, extra, err := keyHashOf(prevScript)
	if err != nil {
		return fmt.Errorf("%w: input %d: %w", ErrSigning, i, err)
	}
	pub := key.PubKey().SerializeCompressed()
	// Security-critical: never sign for a key hash that is not ours, so a
	// wrong UTXO or key shows up here instead of as an unspendable broadcast.
	if Hash160(pub) != want {
		return fmt.Errorf("%w: input %d: %w", ErrSigning, i, ErrKeyMismatch)
	}
	h := SigHash(tx, i, prevScript)
	sig := append(ecdsa.Sign(key, h[:]).Serialize(), SigHashAll)
	script := make([]byte, 0, 2+len(sig)+len(pub)+len(extra)+5)
	script = appendPush(script, sig)
	script = appendPush(script, pub)
	if extra != nil {
		script = appendPush(script, extra)
	}
	tx.Inputs[i].Script = script
	return nil
}

// VerifyInput checks input i's script-sig against prevScript, the script of
// the output it spends: the script-sig must be exactly
// "<signature + SIGHASH_ALL> <public key>" (plus the lock height for a locked
// deposit), the public key must hash to the key hash in prevScript, and the
// signature must be strict DER with a low S and valid for SigHash.
func VerifyInput(tx *Tx, i int, prevScript []byte) error {
	if i < 0 || i >= len(tx.Inputs) {
		return fmt.Errorf("%w: %w: %d of %d", ErrVerify, ErrInputIndex, i, len(tx.Inputs))
	}
	fail := func(err error, detail string) error {
		if detail != "" {
			return fmt.Errorf("%w: input %d: %w: %s", ErrVerify, i, err, detail)
		}
		return fmt.Errorf("%w: input %d: %w", ErrVerify, i, err)
	}
	want, extra, err := keyHashOf(prevScript)
	if err != nil {
		return fail(err, "")
	}
	ops, err := ParseScript(tx.Inputs[i].Script)
	if err != nil || !pushOnly(ops) {
		return fail(ErrBadScriptSig, "not push-only")
	}
	wantOps := 2
	if extra != nil {
		wantOps = 3
	}
	if len(ops) != wantOps {
		return fail(ErrBadScriptSig, fmt.Sprintf("%d pushes, want %d", len(ops), wantOps))
	}
	if extra != nil && !bytes.Equal(ops[2].Data, extra) {
		return fail(ErrBadScriptSig, "lock height differs from the previous output's")
	}
	sigBytes, pubBytes := ops[0].Data, ops[1].Data
	if len(sigBytes) < 2 {
		return fail(ErrBadSignature, "too short")
	}
	if ht := sigBytes[len(sigBytes)-1]; ht != SigHashAll {
		return fail(ErrBadHashType, fmt.Sprintf("0x%02x", ht))
	}
	der := sigBytes[:len(sigBytes)-1]
	sig, err := ecdsa.ParseDERSignature(der)
	if err != nil {
		return fail(ErrBadSignature, err.Error())
	}
	if !lowS(der) {
		return fail(ErrHighS, "")
	}
	pub, err := secp256k1.ParsePubKey(pubBytes)
	if err != nil {
		return fail(ErrBadScriptSig, "public key: "+err.Error())
	}
	if Hash160(pubBytes) != want {
		return fail(ErrKeyMismatch, "")
	}
	h := SigHash(tx, i, prevScript)
	if !sig.Verify(h[:], pub) {
		return fail(ErrBadSignature, "does not verify")
	}
	return nil
}

// lowS reports whether the S of a strict-DER signature (already checked by
// ParseDERSignature) is at most half the group order.
func lowS(der []byte) bool {
	// 0x30 len 0x02 rlen R 0x02 slen S
	rlen := int(der[3])
	slen := int(der[5+rlen])
	s := der[6+rlen : 6+rlen+slen]
	for len(s) > 0 && s[0] == 0 {
		s = s[1:]
	}
	var v secp256k1.ModNScalar
	if overflow := v.SetByteSlice(s); overflow {
		return false
	}
	return !v.IsOverHalfOrder()
}
