package quorum

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func sign(t testing.TB, digest [32]byte, k *ecdsaKey) []byte {
	t.Helper()
	sig, err := crypto.Sign(digest[:], k)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return sig
}

func TestNewSetRejects(t *testing.T) {
	a, b := common.HexToAddress("0x01"), common.HexToAddress("0x02")
	cases := []struct {
		name      string
		ws        []Watcher
		threshold int
	}{
		{"no watchers", nil, 1},
		{"threshold half", []Watcher{{"a", a}, {"b", b}}, 1},
		{"threshold above n", []Watcher{{"a", a}, {"b", b}}, 3},
		{"duplicate id", []Watcher{{"a", a}, {"a", b}}, 2},
		{"shared key", []Watcher{{"a", a}, {"b", a}}, 2},
		{"no id", []Watcher{{"", a}}, 1},
		{"zero address", []Watcher{{"a", common.Address{}}}, 1},
	}
	for _, c := range cases {
		if _, err := NewSet(c.ws, c.threshold); err == nil {
			t.Errorf("%s: accepted", c.name)
		}
	}
	if _, err := NewSet([]Watcher{{"a", a}, {"b", b}}, 2); err != nil {
		t.Fatal(err)
	}
}

func TestVerifyRejects(t *testing.T) {
	ka, _ := crypto.GenerateKey()
	kb, _ := crypto.GenerateKey()
	set, err := NewSet([]Watcher{{"a", crypto.PubkeyToAddress(ka.PublicKey)}, {"b", crypto.PubkeyToAddress(kb.PublicKey)}}, 2)
	if err != nil {
		t.Fatal(err)
	}
	d := crypto.Keccak256Hash([]byte("digest"))
	good := sign(t, d, ka)
	highS := bytes.Clone(good)
	s := new(big.Int).SetBytes(highS[32:64])
	new(big.Int).Sub(crypto.S256().Params().N, s).FillBytes(highS[32:64])
	highS[64] ^= 1 // the malleated twin recovers the same key with the other v
	other := crypto.Keccak256Hash([]byte("other"))
	cases := []struct {
		name string
		cert string
		dig  [32]byte
		sig  []byte
		want error
	}{
		{"unknown certificate", "c", d, good, ErrUnknownWatcher},
		{"key of another watcher", "b", d, good, ErrKeyMismatch},
		{"signature over another digest", "a", other, good, ErrKeyMismatch},
		{"short", "a", d, good[:64], ErrSignature},
		{"long", "a", d, append(bytes.Clone(good), 0), ErrSignature},
		{"bad v", "a", d, append(bytes.Clone(good[:64]), 29), ErrSignature},
		{"v 0 or 1 (the proto says 27 or 28)", "a", d, append(bytes.Clone(good[:64]), good[64]-27), ErrSignature},
		{"v 0", "a", d, append(bytes.Clone(good[:64]), 0), ErrSignature},
		{"v 1", "a", d, append(bytes.Clone(good[:64]), 1), ErrSignature},
		{"high s", "a", d, highS, ErrSignature},
		{"zero r", "a", d, append(make([]byte, 32), append(bytes.Clone(good[32:64]), good[64])...), ErrSignature},
	}
	for _, c := range cases {
		if err := set.Verify(c.cert, c.dig, c.sig); !errors.Is(err, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, err, c.want)
		}
	}
	if err := set.Verify("a", d, good); err != nil {
		t.Fatal(err)
	}
}

func TestCount(t *testing.T) {
	var ws []Watcher
	addr := map[string]common.Address{}
	for _, n := range []string{"a", "b", "c", "d", "e"} {
		k, _ := crypto.GenerateKey()
		addr[n] = crypto.PubkeyToAddress(k.PublicKey)
		ws = append(ws, Watcher{n, addr[n]})
	}
	set, _ := NewSet(ws, 3)
	other, _ := crypto.GenerateKey()
	atts := []Attestation{
		{Watcher: "c", Address: addr["c"], Signature: []byte{1}},
		{Watcher: "a", Address: addr["a"], Signature: []byte{2}},
		{Watcher: "a", Address: addr["a"], Signature: []byte{3}},                               // repeat
		{Watcher: "b", Address: addr["c"], Signature: []byte{4}},                               // recorded under another key
		{Watcher: "x", Address: addr["d"], Signature: []byte{5}},                               // removed watcher
		{Watcher: "e", Address: crypto.PubkeyToAddress(other.PublicKey), Signature: []byte{6}}, // key rotated since
		{Watcher: "d", Address: addr["d"], Signature: []byte{7}},
	}
	got := set.Count(atts)
	if len(got) != 3 {
		t.Fatalf("counted %d, want 3 (a, c, d)", len(got))
	}
	for i := 1; i < len(got); i++ {
		if bytes.Compare(got[i-1].Address[:], got[i].Address[:]) >= 0 {
			t.Fatal("not in increasing address order")
		}
	}
}

// TestCountingAndAgreed: who counts for a digest when watchers disagree, equivocate or are
// excluded, and which digest a quorum agrees on.
func TestCountingAndAgreed(t *testing.T) {
	var ws []Watcher
	addr := map[string]common.Address{}
	for _, n := range []string{"a", "b", "c"} {
		k, _ := crypto.GenerateKey()
		addr[n] = crypto.PubkeyToAddress(k.PublicKey)
		ws = append(ws, Watcher{n, addr[n]})
	}
	set, _ := NewSet(ws, 2)
	d1, d2 := crypto.Keccak256Hash([]byte("honest")), crypto.Keccak256Hash([]byte("liar"))
	att := func(w string, d [32]byte) Attestation { return Attestation{Watcher: w, Address: addr[w], Digest: d} }
	none := map[string]bool{}
	cases := []struct {
		name     string
		atts     []Attestation
		excluded map[string]bool
		count    int // for d1
		agreed   bool
	}{
		{"two of three", []Attestation{att("a", d1), att("b", d1), att("c", d2)}, none, 2, true},
		{"one honest, one liar", []Attestation{att("a", d1), att("c", d2)}, none, 1, false},
		// b signed both digests: it counts for neither, so a alone is no quorum.
		{"equivocator counts for neither", []Attestation{att("a", d1), att("b", d1), att("b", d2)}, none, 1, false},
		{"equivocator, and an honest third", []Attestation{att("a", d1), att("b", d1), att("b", d2), att("c", d1)}, none, 2, true},
		{"excluded watcher does not count", []Attestation{att("a", d1), att("b", d1)}, map[string]bool{"b": true}, 1, false},
		{"excluded liar, honest pair", []Attestation{att("c", d2), att("a", d1), att("b", d1)}, map[string]bool{"c": true}, 2, true},
		{"excluded pair cannot agree for the liar", []Attestation{att("a", d2), att("b", d2)}, map[string]bool{"a": true, "b": true}, 0, false},
	}
	for _, c := range cases {
		if got := len(set.Counting(d1, c.atts, c.excluded)); got != c.count {
			t.Errorf("%s: %d count for d1, want %d", c.name, got, c.count)
		}
		d, _, ok := set.Agreed(c.atts, c.excluded)
		if ok != c.agreed || ok && d != d1 {
			t.Errorf("%s: agreed %x %v, want d1 %v", c.name, d[:4], ok, c.agreed)
		}
	}
	if eq := Equivocators([]Attestation{att("a", d1), att("a", d1), att("b", d2)}); len(eq) != 0 {
		t.Errorf("equivocators %v, want none", eq)
	}
	if ids := set.IDs(); len(ids) != 3 || ids[0] != "a" || ids[2] != "c" {
		t.Errorf("IDs %v", ids)
	}
}

func FuzzRecover(f *testing.F) {
	k, _ := crypto.GenerateKey()
	d := crypto.Keccak256Hash([]byte("seed"))
	f.Add(d[:], sign(f, d, k))
	f.Add(make([]byte, 32), make([]byte, 65))
	f.Fuzz(func(t *testing.T, digest, sig []byte) {
		if len(digest) != 32 {
			return
		}
		addr, err := Recover([32]byte(digest), sig)
		if err == nil && addr == (common.Address{}) {
			t.Fatal("recovered the zero address without an error")
		}
	})
}

type ecdsaKey = ecdsa.PrivateKey
