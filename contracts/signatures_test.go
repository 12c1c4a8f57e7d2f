package contracts_test

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tokendroplet/droplet/contracts"
)

func TestEncodeWatcherSignatures(t *testing.T) {
	digest := crypto.Keccak256Hash([]byte("digest"))
	keys := []*ecdsa.PrivateKey{key(t, "a"), key(t, "b"), key(t, "c"), key(t, "d")}
	raw := make([][]byte, len(keys))
	for i, k := range keys {
		sig, err := crypto.Sign(digest[:], k)
		if err != nil {
			t.Fatal(err)
		}
		raw[i] = sig
	}
	// One signature in the 27/28 convention, one flipped to high s: both must come out canonical.
	raw[1] = bytes.Clone(raw[1])
	raw[1][64] += 27
	raw[2] = bytes.Clone(raw[2])
	n := crypto.S256().Params().N
	new(big.Int).Sub(n, new(big.Int).SetBytes(raw[2][32:64])).FillBytes(raw[2][32:64])
	raw[2][64] ^= 1

	ws, err := contracts.RecoverWatcherSignatures(digest, raw)
	if err != nil {
		t.Fatal(err)
	}
	halfN := new(big.Int).Rsh(n, 1)
	for i, w := range ws {
		if i > 0 && bytes.Compare(ws[i-1].Signer[:], w.Signer[:]) >= 0 {
			t.Errorf("not sorted at %d", i)
		}
		if v := w.Sig[64]; v != 27 && v != 28 {
			t.Errorf("signature %d: v = %d", i, v)
		}
		if new(big.Int).SetBytes(w.Sig[32:64]).Cmp(halfN) > 0 {
			t.Errorf("signature %d: high s", i)
		}
	}
	want := map[[20]byte]bool{}
	for _, k := range keys {
		want[crypto.PubkeyToAddress(k.PublicKey)] = true
	}
	for _, w := range ws {
		if !want[w.Signer] {
			t.Errorf("recovered %s, not one of the signers", w.Signer)
		}
	}
	// The flipped signature recovers the same signer as the original.
	orig, _ := crypto.Sign(digest[:], keys[2])
	if a, b := mustRecover(t, digest[:], orig), crypto.PubkeyToAddress(keys[2].PublicKey); a != b {
		t.Fatalf("sanity: %s != %s", a, b)
	}

	encoded, err := contracts.EncodeWatcherSignatures(digest, raw)
	if err != nil || len(encoded) != len(raw) {
		t.Fatalf("EncodeWatcherSignatures: %d, %v", len(encoded), err)
	}

	bad := []struct {
		name string
		sigs [][]byte
		want error
	}{
		{"short", [][]byte{raw[0][:64]}, contracts.ErrSignatureLength},
		{"duplicate", [][]byte{raw[0], raw[3], raw[0]}, contracts.ErrDuplicateSigner},
		{"bad v", [][]byte{append(bytes.Clone(raw[0][:64]), 5)}, contracts.ErrInvalidSignature},
		{"zero r", [][]byte{append(make([]byte, 32), raw[0][32:]...)}, contracts.ErrInvalidSignature},
	}
	for _, tc := range bad {
		if _, err := contracts.EncodeWatcherSignatures(digest, tc.sigs); !errors.Is(err, tc.want) {
			t.Errorf("%s: err = %v, want %v", tc.name, err, tc.want)
		}
	}
}

func mustRecover(t *testing.T, digest, sig []byte) [20]byte {
	t.Helper()
	pub, err := crypto.SigToPub(digest, sig)
	if err != nil {
		t.Fatal(err)
	}
	return crypto.PubkeyToAddress(*pub)
}

func TestP256Signature(t *testing.T) {
	k := newP256Key(t)
	digest := crypto.Keccak256Hash([]byte("digest"))
	n := elliptic.P256().Params().N
	for i := 0; i < 16; i++ {
		der, err := ecdsa.SignASN1(rand.Reader, k, digest[:])
		if err != nil {
			t.Fatal(err)
		}
		sig, err := contracts.ParseP256SignatureASN1(der)
		if err != nil {
			t.Fatal(err)
		}
		if new(big.Int).SetBytes(sig.S[:]).Cmp(new(big.Int).Rsh(n, 1)) > 0 {
			t.Fatal("high s after normalisation")
		}
		if !contracts.VerifyP256(&k.PublicKey, digest, sig) {
			t.Fatal("normalised signature does not verify")
		}
	}
	if _, err := contracts.ParseP256SignatureASN1([]byte{0x30, 0x00}); !errors.Is(err, contracts.ErrInvalidSignature) {
		t.Errorf("empty sequence: %v", err)
	}
	if _, err := contracts.NewP256Signature(big.NewInt(1), n); !errors.Is(err, contracts.ErrInvalidSignature) {
		t.Errorf("s = n: %v", err)
	}
	qx, qy, err := contracts.P256PublicKey(&k.PublicKey)
	if err != nil || new(big.Int).SetBytes(qx[:]).Cmp(k.X) != 0 || new(big.Int).SetBytes(qy[:]).Cmp(k.Y) != 0 {
		t.Errorf("P256PublicKey = %x, %x, %v", qx, qy, err)
	}
	if _, _, err := contracts.P256PublicKey(&key(t, "secp").PublicKey); err == nil {
		t.Error("P256PublicKey took a secp256k1 key")
	}
}

// FuzzParseP256SignatureASN1 feeds the parser of the signer's Vault answers arbitrary bytes.
func FuzzParseP256SignatureASN1(f *testing.F) {
	f.Add([]byte{0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01})
	f.Add([]byte{0x30, 0x00})
	f.Fuzz(func(t *testing.T, der []byte) {
		sig, err := contracts.ParseP256SignatureASN1(der)
		if err != nil {
			return
		}
		s := new(big.Int).SetBytes(sig.S[:])
		if s.Sign() == 0 || s.Cmp(new(big.Int).Rsh(elliptic.P256().Params().N, 1)) > 0 {
			t.Fatalf("accepted s = %x", sig.S)
		}
	})
}

// FuzzEncodeWatcherSignatures feeds the encoder signatures as they arrive from watchers.
func FuzzEncodeWatcherSignatures(f *testing.F) {
	digest := crypto.Keccak256Hash([]byte("digest"))
	sig, _ := crypto.Sign(digest[:], key(f, "a"))
	f.Add(sig, sig)
	f.Add(sig[:64], []byte{})
	f.Fuzz(func(t *testing.T, a, b []byte) {
		out, err := contracts.EncodeWatcherSignatures(digest, [][]byte{a, b})
		if err != nil {
			return
		}
		for _, s := range out {
			if len(s) != 65 || (s[64] != 27 && s[64] != 28) {
				t.Fatalf("bad output %x", s)
			}
		}
	})
}
