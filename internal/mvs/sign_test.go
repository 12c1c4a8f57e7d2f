package mvs

import (
	"errors"
	"testing"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/decred/dcrd/dcrec/secp256k1/v4/ecdsa"
)

func signedSingle(t *testing.T) (*Tx, []byte, *secp256k1.PrivateKey) {
	t.Helper()
	tx, err := DecodeHex(vecSingle)
	if err != nil {
		t.Fatal(err)
	}
	return tx, mustAddrScript(t, "MKXYH2MhpvA3GU7kMk8y3SoywGnyHEj5SB"), mustKey(t, "MKXYH2MhpvA3GU7kMk8y3SoywGnyHEj5SB")
}

func TestSignInputRejects(t *testing.T) {
	tx, prev, key := signedSingle(t)
	other := mustKey(t, "MV1HEd7A4bCnLXhxXLHgWB2rurtS7xVWJf")
	p2sh, _ := ParseAddress("35cY636TPTfFW8PxhqH3BNRL54g1T4mbR2")
	tests := []struct {
		name string
		i    int
		prev []byte
		key  *secp256k1.PrivateKey
		want error
	}{
		{"index too big", 1, prev, key, ErrInputIndex},
		{"negative index", -1, prev, key, ErrInputIndex},
		{"nil key", 0, prev, nil, ErrSigning},
		{"wrong key", 0, prev, other, ErrKeyMismatch},
		{"P2SH previous output", 0, p2sh.Script(), key, ErrUnsupportedScript},
		{"unparseable previous output", 0, []byte{0x4c}, key, ErrUnsupportedScript},
		{"burn previous output", 0, BlackholeScript(), key, ErrUnsupportedScript},
	}
	for _, tc := range tests {
		before := append([]byte(nil), tx.Inputs[0].Script...)
		err := SignInput(tx, tc.i, tc.prev, tc.key)
		if !errors.Is(err, ErrSigning) || !errors.Is(err, tc.want) {
			t.Errorf("%s: SignInput = %v, want %v", tc.name, err, tc.want)
		}
		if string(before) != string(tx.Inputs[0].Script) {
			t.Errorf("%s: a failed SignInput changed the script-sig", tc.name)
		}
	}
}

// derWithHighS returns the same signature with S replaced by N-S, which
// verifies just as well but is malleated.
func derWithHighS(t *testing.T, der []byte) []byte {
	t.Helper()
	rlen := int(der[3])
	r := der[4 : 4+rlen]
	s := der[6+rlen:]
	for len(s) > 0 && s[0] == 0 {
		s = s[1:]
	}
	var v secp256k1.ModNScalar
	v.SetByteSlice(s)
	v.Negate()
	sb := v.Bytes()
	hs := sb[:]
	for len(hs) > 0 && hs[0] == 0 {
		hs = hs[1:]
	}
	if hs[0]&0x80 != 0 {
		hs = append([]byte{0}, hs...)
	}
	out := []byte{0x30, byte(4 + len(r) + len(hs)), 0x02, byte(len(r))}
	out = append(out, r...)
	out = append(out, 0x02, byte(len(hs)))
	return append(out, hs...)
}

func TestVerifyInputRejects(t *testing.T) {
	tx, prev, key := signedSingle(t)
	if err := VerifyInput(tx, 0, prev); err != nil {
		t.Fatalf("published vector: %v", err)
	}
	ops, _ := ParseScript(tx.Inputs[0].Script)
	sig, pub := ops[0].Data, ops[1].Data
	der := sig[:len(sig)-1]
	high := derWithHighS(t, der)
	if _, err := ecdsa.ParseDERSignature(high); err != nil {
		t.Fatalf("high-S DER does not parse: %v", err)
	}
	otherPub := mustKey(t, "MV1HEd7A4bCnLXhxXLHgWB2rurtS7xVWJf").PubKey().SerializeCompressed()
	withScript := func(pushes ...[]byte) func(*Tx) {
		return func(tx *Tx) {
			var s []byte
			for _, p := range pushes {
				s = appendPush(s, p)
			}
			tx.Inputs[0].Script = s
		}
	}
	tests := []struct {
		name   string
		mutate func(*Tx)
		i      int
		prev   []byte
		want   error
	}{
		{"index", nil, 3, prev, ErrInputIndex},
		{"changed output", func(tx *Tx) { tx.Outputs[0].Value = 2 }, 0, prev, ErrBadSignature},
		{"changed attachment", func(tx *Tx) { tx.Outputs[0].Attachment = tx.Outputs[0].Attachment.WithDIDs("x", "") }, 0, prev, ErrBadSignature},
		{"changed sequence", func(tx *Tx) { tx.Inputs[0].Sequence = 0 }, 0, prev, ErrBadSignature},
		{"changed lock time", func(tx *Tx) { tx.LockTime = 1 }, 0, prev, ErrBadSignature},
		{"high S", withScript(append(high, SigHashAll), pub), 0, prev, ErrHighS},
		{"hash type 2", withScript(append(append([]byte(nil), der...), 0x02), pub), 0, prev, ErrBadHashType},
		{"hash type 0x81", withScript(append(append([]byte(nil), der...), 0x81), pub), 0, prev, ErrBadHashType},
		{"not DER", withScript([]byte{0x30, 0x01, SigHashAll}, pub), 0, prev, ErrBadSignature},
		{"empty signature", withScript([]byte{0}, pub), 0, prev, ErrBadSignature},
		{"other public key", withScript(sig, otherPub), 0, prev, ErrKeyMismatch},
		{"bad public key", withScript(sig, append([]byte{0x02}, make([]byte, 32)...)), 0, prev, ErrBadScriptSig},
		{"extra push", withScript(sig, pub, []byte{1}), 0, prev, ErrBadScriptSig},
		{"missing push", withScript(sig), 0, prev, ErrBadScriptSig},
		{"not push-only", func(tx *Tx) { tx.Inputs[0].Script = append(tx.Inputs[0].Script, OpDup) }, 0, prev, ErrBadScriptSig},
		{"empty script-sig", func(tx *Tx) { tx.Inputs[0].Script = nil }, 0, prev, ErrBadScriptSig},
		{"previous output is P2SH", nil, 0, p2shScript([20]byte{}), ErrUnsupportedScript},
		{"previous output of another key", nil, 0, p2pkhScript(Hash160(otherPub)), ErrKeyMismatch},
	}
	for _, tc := range tests {
		c := tx.Clone()
		if tc.mutate != nil {
			tc.mutate(c)
		}
		err := VerifyInput(c, tc.i, tc.prev)
		if !errors.Is(err, ErrVerify) || !errors.Is(err, tc.want) {
			t.Errorf("%s: VerifyInput = %v, want %v", tc.name, err, tc.want)
		}
	}
	_ = key
}

func TestVerifyLockHeightNeedsHeight(t *testing.T) {
	tx, err := DecodeHex(vecLockedFee)
	if err != nil {
		t.Fatal(err)
	}
	prev := mustScript(t, "[ 7062 ] numequalverify dup hash160 [ 4fd34a03c3e140700c9324202a335bda6b5fddc3 ] equalverify checksig")
	if err := VerifyInput(tx, 0, prev); err != nil {
		t.Fatal(err)
	}
	ops, _ := ParseScript(tx.Inputs[0].Script)
	var s []byte
	s = appendPush(s, ops[0].Data)
	s = appendPush(s, ops[1].Data)
	s = appendPush(s, []byte{0x71, 0x62})
	tx.Inputs[0].Script = s
	if err := VerifyInput(tx, 0, prev); !errors.Is(err, ErrBadScriptSig) {
		t.Errorf("wrong lock height: %v", err)
	}
}

func TestSigHashOutOfRange(t *testing.T) {
	tx, prev, _ := signedSingle(t)
	one := [32]byte{1}
	if SigHash(tx, 1, prev) != one || SigHash(tx, -1, prev) != one {
		t.Error("out-of-range SigHash is not the one-hash")
	}
}

// Signing one input must not depend on the other inputs' script-sigs.
func TestSigHashIgnoresOtherScriptSigs(t *testing.T) {
	tx, err := DecodeHex(vecMulti)
	if err != nil {
		t.Fatal(err)
	}
	prev := mustAddrScript(t, "MKXYH2MhpvA3GU7kMk8y3SoywGnyHEj5SB")
	h := SigHash(tx, 1, prev)
	tx.Inputs[0].Script = []byte{1, 2, 3}
	if SigHash(tx, 1, prev) != h {
		t.Error("SigHash of input 1 changed with input 0's script-sig")
	}
	tx.Inputs[1].Script = nil
	if SigHash(tx, 1, prev) != h {
		t.Error("SigHash changed with the input's own script-sig")
	}
}

func TestSignVerifyAllKeyHashPatterns(t *testing.T) {
	key := mustKey(t, "MKXYH2MhpvA3GU7kMk8y3SoywGnyHEj5SB")
	h := hexOf(func() []byte { x := Hash160(key.PubKey().SerializeCompressed()); return x[:] }())
	prevs := []string{
		"dup hash160 [ " + h + " ] equalverify checksig",
		"[ e02e ] numequalverify dup hash160 [ " + h + " ] equalverify checksig",
		"[ 14 ] checksequenceverify drop dup hash160 [ " + h + " ] equalverify checksig",
		"[ 504e3d30 ] [ " + hexOf(make([]byte, 36)) + " ] checkattenuationverify dup hash160 [ " + h + " ] equalverify checksig",
	}
	for _, p := range prevs {
		tx, err := DecodeHex(vecDocAssetV4)
		if err != nil {
			t.Fatal(err)
		}
		prev := mustScript(t, p)
		for i := range tx.Inputs {
			if err := SignInput(tx, i, prev, key); err != nil {
				t.Fatalf("%s: SignInput: %v", p, err)
			}
		}
		for i := range tx.Inputs {
			if err := VerifyInput(tx, i, prev); err != nil {
				t.Errorf("%s: VerifyInput(%d): %v", p, i, err)
			}
		}
		again, err := Decode(tx.Encode())
		if err != nil {
			t.Fatal(err)
		}
		if err := VerifyInput(again, 1, prev); err != nil {
			t.Errorf("after a round trip: %v", err)
		}
	}
}
