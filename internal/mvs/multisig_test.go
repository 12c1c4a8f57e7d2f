package mvs

import (
	"bytes"
	"encoding/hex"
	"errors"
	"strings"
	"testing"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
)

// From mvsd's documentation of getnewmultisig, createmultisigtx and
// signmultisigtx (API v3): a 2-of-3 key set, its address, the transaction
// createmultisigtx made (signed by the first key) and what signmultisigtx made
// of it (the second signature added).
const (
	docMultisigAddress = "39hh1NY9xyTKzawD8zFKXgXa7XBwqck6BR"
	docMultisigScript  = "2 [ 02729cae0c16009f44440f306b76fafb7a7d2503741a619c15b41ff927c1afd6b9 ]  [ 03d29f0b96f332e50d6014cb91c334214ecb8caf2881a97e7d944bdf4e5fd6a39e ]  [ 03f97e079ccae21e1ee65d5ee64e5c27d7d6ce9a867cec75e9736ad5f258329e02 ] 3 checkmultisig"
	docMultisigPartial = "02000000016453713104d144387553bcb0fa457f40d2dc5fb916bd9e2256835a4b6de48d4c00000000b500483045022100cbfdda943648344dc03fd92a905072082af93dfd4f166e3d1bb258e3437069790220321ee22c6a2543392909e21cd347d009a6d32173c23700424b45b4592d4075e3014c69522102729cae0c16009f44440f306b76fafb7a7d2503741a619c15b41ff927c1afd6b92103d29f0b96f332e50d6014cb91c334214ecb8caf2881a97e7d944bdf4e5fd6a39e2103f97e079ccae21e1ee65d5ee64e5c27d7d6ce9a867cec75e9736ad5f258329e0253aeffffffff02100d0000000000001976a9146a20e940e8d7be0a49c598e91fa79c8b36e5353588ac0100000000000000d0fb01000000000017a91457e1a19e5ee4c0065f8fd76b0351fa145e44435a87010000000000000000000000"
	docMultisigFull    = "02000000016453713104d144387553bcb0fa457f40d2dc5fb916bd9e2256835a4b6de48d4c00000000fdfd0000483045022100cbfdda943648344dc03fd92a905072082af93dfd4f166e3d1bb258e3437069790220321ee22c6a2543392909e21cd347d009a6d32173c23700424b45b4592d4075e3014730440220018b6a113d89de18b6c3c7090758cf9e4ca24e7762a2796b872bf6d2d1015b96022046b4518aa9451e617dff9467db7fe0c0d45811d0884faed51e343fec2c4579ff014c69522102729cae0c16009f44440f306b76fafb7a7d2503741a619c15b41ff927c1afd6b92103d29f0b96f332e50d6014cb91c334214ecb8caf2881a97e7d944bdf4e5fd6a39e2103f97e079ccae21e1ee65d5ee64e5c27d7d6ce9a867cec75e9736ad5f258329e0253aeffffffff02100d0000000000001976a9146a20e940e8d7be0a49c598e91fa79c8b36e5353588ac0100000000000000d0fb01000000000017a91457e1a19e5ee4c0065f8fd76b0351fa145e44435a87010000000000000000000000"
)

func docKeys(t testing.TB) []*secp256k1.PublicKey {
	t.Helper()
	var keys []*secp256k1.PublicKey
	// Given in another order than the script's: NewMultisig sorts.
	for _, h := range []string{
		"03f97e079ccae21e1ee65d5ee64e5c27d7d6ce9a867cec75e9736ad5f258329e02",
		"02729cae0c16009f44440f306b76fafb7a7d2503741a619c15b41ff927c1afd6b9",
		"03d29f0b96f332e50d6014cb91c334214ecb8caf2881a97e7d944bdf4e5fd6a39e",
	} {
		k, err := secp256k1.ParsePubKey(mustHex(t, h))
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k)
	}
	return keys
}

func TestMultisigMatchesMvsd(t *testing.T) {
	ms, err := NewMultisig(2, docKeys(t))
	if err != nil {
		t.Fatal(err)
	}
	if got := ms.Address().String(); got != docMultisigAddress {
		t.Errorf("address %s, mvsd says %s", got, docMultisigAddress)
	}
	if got, want := ms.String(), strings.Join(strings.Fields(docMultisigScript), " "); got != want {
		t.Errorf("redeem script\n %s\nmvsd says\n %s", got, want)
	}
	a, err := ParseAddressFor(docMultisigAddress, Testnet)
	if err != nil || a.Kind() != KindP2SH || !bytes.Equal(a.Script(), ms.Script()) {
		t.Errorf("the address parses to %v (%v), its script differs from the multisig's", a, err)
	}

	// The fully signed spend verifies; the partly signed one has one signature and does not.
	full, err := DecodeHex(docMultisigFull)
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyMultisigInput(full, 0, ms.Script()); err != nil {
		t.Errorf("mvsd's signed spend: %v", err)
	}
	partial, err := DecodeHex(docMultisigPartial)
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyMultisigInput(partial, 0, ms.Script()); !errors.Is(err, ErrMissingSignatures) {
		t.Errorf("mvsd's half-signed spend: %v, want %v", err, ErrMissingSignatures)
	}
	// Merging the second cosigner's signature into the partial spend gives mvsd's bytes.
	sp, err := DecodeMultisigScriptSig(full.Inputs[0].Script)
	if err != nil {
		t.Fatal(err)
	}
	n, err := MergeMultisig(partial, 0, ms, sp.Signatures[1])
	if err != nil || n != 2 {
		t.Fatalf("MergeMultisig = %d, %v", n, err)
	}
	if got := partial.EncodeHex(); got != docMultisigFull {
		t.Errorf("merged spend differs from mvsd's:\n got %s\nwant %s", got, docMultisigFull)
	}
	// The signatures are the first and second keys'.
	for j, want := range []int{0, 1} {
		if k, err := MultisigSigner(full, 0, ms, sp.Signatures[j]); err != nil || k != want {
			t.Errorf("signature %d is key %d's (%v), want %d", j, k, err, want)
		}
	}

	// The other documented spend (2 of 2, fully signed by mvsd).
	doc, err := DecodeHex(vecDocMultisig)
	if err != nil {
		t.Fatal(err)
	}
	dsp, err := DecodeMultisigScriptSig(doc.Inputs[0].Script)
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyMultisigInput(doc, 0, p2shScript(Hash160(dsp.Redeem))); err != nil {
		t.Errorf("mvsd's 2-of-2 spend: %v", err)
	}
}

func testKeySet(t testing.TB, n int) []*secp256k1.PrivateKey {
	t.Helper()
	keys := make([]*secp256k1.PrivateKey, n)
	for i := range keys {
		var b [32]byte
		b[31] = byte(i + 1)
		b[0] = 0x5a
		keys[i] = secp256k1.PrivKeyFromBytes(b[:])
	}
	return keys
}

func pubs(keys []*secp256k1.PrivateKey) []*secp256k1.PublicKey {
	out := make([]*secp256k1.PublicKey, len(keys))
	for i, k := range keys {
		out[i] = k.PubKey()
	}
	return out
}

func TestNewMultisigRejects(t *testing.T) {
	keys := pubs(testKeySet(t, 16))
	tests := []struct {
		name string
		m    int
		keys []*secp256k1.PublicKey
		want error
	}{
		{"no keys", 1, nil, ErrMultisigKeys},
		{"zero threshold", 0, keys[:3], ErrMultisigThreshold},
		{"threshold above n", 4, keys[:3], ErrMultisigThreshold},
		{"duplicate key", 2, []*secp256k1.PublicKey{keys[0], keys[1], keys[0]}, ErrMultisigKeys},
		{"nil key", 1, []*secp256k1.PublicKey{keys[0], nil}, ErrMultisigKeys},
		{"16 keys exceed the 520-byte push", 9, keys, ErrMultisigKeys},
	}
	for _, tc := range tests {
		if _, err := NewMultisig(tc.m, tc.keys); !errors.Is(err, ErrInvalidScript) || !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
	ms, err := NewMultisig(8, keys[:MaxMultisigKeys])
	if err != nil {
		t.Fatal(err)
	}
	if n := len(ms.RedeemScript()); n != 513 || n > MaxScriptElement {
		t.Errorf("15-key redeem script is %d bytes", n)
	}
	if _, err := ParseRedeemScript(ms.RedeemScript()); err != nil {
		t.Errorf("15-key redeem script does not parse: %v", err)
	}
}

func TestParseRedeemScriptRejects(t *testing.T) {
	ms, err := NewMultisig(2, docKeys(t))
	if err != nil {
		t.Fatal(err)
	}
	good := ms.RedeemScript()
	mod := func(f func([]byte) []byte) []byte { return f(bytes.Clone(good)) }
	k0 := good[2:35]
	tests := []struct {
		name   string
		script []byte
	}{
		{"empty", nil},
		{"pay to key hash", mustAddrScript(t, "MKXYH2MhpvA3GU7kMk8y3SoywGnyHEj5SB")},
		{"truncated", good[:len(good)-1]},
		{"n does not match the keys", mod(func(b []byte) []byte { b[len(b)-2] = Op1 + 3; return b })},
		{"m above n", mod(func(b []byte) []byte { b[0] = Op1 + 3; return b })},
		{"not a point", mod(func(b []byte) []byte { b[2] ^= 0x01; b[3] = 0xff; b[4] = 0xff; return b })},
		{"duplicate key", append(append(append([]byte{Op1 + 1, 33}, k0...), append([]byte{33}, k0...)...), Op1+1, OpCheckMultisig)},
		{"key by pushdata1", append(append([]byte{Op1, OpPushData1, 33}, k0...), Op1, OpCheckMultisig)},
		{"checkmultisigverify", mod(func(b []byte) []byte { b[len(b)-1] = 0xaf; return b })},
	}
	for _, tc := range tests {
		if _, err := ParseRedeemScript(tc.script); !errors.Is(err, ErrInvalidScript) {
			t.Errorf("%s: %v, want %v", tc.name, err, ErrInvalidScript)
		}
	}
}

// spendFixture is a transaction spending two outputs of a 2-of-3 multisig.
func spendFixture(t *testing.T) (*Tx, *Multisig, []*secp256k1.PrivateKey) {
	t.Helper()
	keys := testKeySet(t, 3)
	ms, err := NewMultisig(2, pubs(keys))
	if err != nil {
		t.Fatal(err)
	}
	// Order the private keys like the redeem script.
	ordered := make([]*secp256k1.PrivateKey, 3)
	for _, k := range keys {
		ordered[ms.KeyIndex(k.PubKey())] = k
	}
	tx := &Tx{Version: TxVersionNova,
		Inputs: []Input{
			{PrevOut: OutPoint{Hash: Hash{1}, Index: 0}, Sequence: SequenceFinal},
			{PrevOut: OutPoint{Hash: Hash{2}, Index: 3}, Sequence: SequenceFinal},
		},
		Outputs: []Output{
			{Value: 5000, Script: mustAddrScript(t, "MKXYH2MhpvA3GU7kMk8y3SoywGnyHEj5SB"), Attachment: Attachment{Version: 1, Type: AttachmentETP}},
			{Value: 777, Script: ms.Script(), Attachment: Attachment{Version: 1, Type: AttachmentETP}},
		}}
	return tx, ms, ordered
}

func signAll(t *testing.T, tx *Tx, ms *Multisig, keys ...*secp256k1.PrivateKey) {
	t.Helper()
	for i := range tx.Inputs {
		for _, k := range keys {
			sig, err := SignMultisig(tx, i, ms, k)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := MergeMultisig(tx, i, ms, sig); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func TestMultisigSignAndVerify(t *testing.T) {
	for _, pair := range [][2]int{{0, 1}, {1, 0}, {0, 2}, {2, 1}} {
		tx, ms, keys := spendFixture(t)
		signAll(t, tx, ms, keys[pair[0]], keys[pair[1]])
		for i := range tx.Inputs {
			if err := VerifyMultisigInput(tx, i, ms.Script()); err != nil {
				t.Errorf("keys %v, input %d: %v", pair, i, err)
			}
		}
		round, err := Decode(tx.Encode())
		if err != nil || !bytes.Equal(round.Encode(), tx.Encode()) {
			t.Fatalf("round trip: %v", err)
		}
		// A third signature is not added: m are enough.
		sig, _ := SignMultisig(tx, 0, ms, keys[3-pair[0]-pair[1]])
		if n, err := MergeMultisig(tx, 0, ms, sig); err != nil || n != 2 {
			t.Errorf("third signature: %d, %v", n, err)
		}
	}
}

func TestVerifyMultisigInputRejects(t *testing.T) {
	tx, ms, keys := spendFixture(t)
	signAll(t, tx, ms, keys[0], keys[2])
	sp, err := DecodeMultisigScriptSig(tx.Inputs[0].Script)
	if err != nil {
		t.Fatal(err)
	}
	s0, s2 := sp.Signatures[0], sp.Signatures[1]
	redeem := ms.RedeemScript()
	other := testKeySet(t, 4)[3]
	outsider, _ := NewMultisig(2, []*secp256k1.PublicKey{keys[0].PubKey(), keys[1].PubKey(), other.PubKey()})
	outsiderSig, err := SignMultisig(tx, 0, outsider, other)
	if err != nil {
		t.Fatal(err)
	}
	wrongHash := append(bytes.Clone(s0[:len(s0)-1]), 0x02)
	tests := []struct {
		name   string
		script []byte
		prev   []byte
		want   error
	}{
		{"signatures out of key order", multisigScriptSig([][]byte{s2, s0}, redeem), nil, ErrSignatureOrder},
		{"one signature", multisigScriptSig([][]byte{s0}, redeem), nil, ErrMissingSignatures},
		{"the same signature twice", multisigScriptSig([][]byte{s0, s0}, redeem), nil, ErrSignatureOrder},
		{"three signatures for two", multisigScriptSig([][]byte{s0, s2, s2}, redeem), nil, ErrMissingSignatures},
		{"no dummy", appendPush(appendPush(appendPush(nil, s0), s2), redeem), nil, ErrBadScriptSig},
		{"a non-cosigner's signature", multisigScriptSig([][]byte{s0, outsiderSig}, redeem), nil, ErrBadSignature},
		{"input 1's signature on input 0", multisigScriptSig([][]byte{s0, mustSig(t, tx, 1, ms, keys[2])}, redeem), nil, ErrBadSignature},
		{"hash type not ALL", multisigScriptSig([][]byte{wrongHash, s2}, redeem), nil, ErrBadHashType},
		{"high S", multisigScriptSig([][]byte{append(derWithHighS(t, s0[:len(s0)-1]), SigHashAll), s2}, redeem), nil, ErrHighS},
		{"another redeem script", multisigScriptSig([][]byte{s0, s2}, outsider.RedeemScript()), nil, ErrScriptHash},
		{"a pay-to-key-hash previous output", tx.Inputs[0].Script, mustAddrScript(t, "MKXYH2MhpvA3GU7kMk8y3SoywGnyHEj5SB"), ErrUnsupportedScript},
		{"empty script-sig", nil, nil, ErrBadScriptSig},
	}
	for _, tc := range tests {
		c := tx.Clone()
		c.Inputs[0].Script = tc.script
		prev := tc.prev
		if prev == nil {
			prev = ms.Script()
		}
		err := VerifyMultisigInput(c, 0, prev)
		if !errors.Is(err, ErrVerify) || !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
	if err := VerifyMultisigInput(tx, 2, ms.Script()); !errors.Is(err, ErrInputIndex) {
		t.Errorf("index out of range: %v", err)
	}
}

func mustSig(t *testing.T, tx *Tx, i int, ms *Multisig, key *secp256k1.PrivateKey) []byte {
	t.Helper()
	sig, err := SignMultisig(tx, i, ms, key)
	if err != nil {
		t.Fatal(err)
	}
	return sig
}

func TestSignAndMergeMultisigRejects(t *testing.T) {
	tx, ms, keys := spendFixture(t)
	other := testKeySet(t, 4)[3]
	if _, err := SignMultisig(tx, 0, ms, other); !errors.Is(err, ErrNotCosigner) {
		t.Errorf("a non-cosigner signs: %v", err)
	}
	if _, err := SignMultisig(tx, 5, ms, keys[0]); !errors.Is(err, ErrInputIndex) {
		t.Errorf("index out of range: %v", err)
	}
	if _, err := SignMultisig(tx, 0, ms, nil); !errors.Is(err, ErrSigning) {
		t.Errorf("nil key: %v", err)
	}
	good := mustSig(t, tx, 0, ms, keys[0])
	bad := bytes.Clone(good)
	bad[10] ^= 1
	before := bytes.Clone(tx.Inputs[0].Script)
	if _, err := MergeMultisig(tx, 0, ms, good, bad); !errors.Is(err, ErrSigning) {
		t.Errorf("merging a bad signature: %v", err)
	}
	if !bytes.Equal(before, tx.Inputs[0].Script) {
		t.Error("a failed merge changed the script-sig")
	}
	tx.Inputs[0].Script = []byte{0x51}
	if _, err := MergeMultisig(tx, 0, ms, good); !errors.Is(err, ErrSigning) {
		t.Errorf("merging into a foreign script-sig: %v", err)
	}
	// A signature over another transaction is refused.
	c := tx.Clone()
	c.Inputs[0].Script = nil
	c.Outputs[0].Value++
	if _, err := MergeMultisig(c, 0, ms, good); !errors.Is(err, ErrBadSignature) {
		t.Errorf("a signature of another transaction: %v", err)
	}
}

func TestDecodeMultisigScriptSigRejects(t *testing.T) {
	tx, ms, keys := spendFixture(t)
	signAll(t, tx, ms, keys[0], keys[1])
	good := tx.Inputs[0].Script
	redeem := ms.RedeemScript()
	sig := mustSig(t, tx, 0, ms, keys[0])
	tests := map[string][]byte{
		"empty":                     {},
		"dummy only":                {0},
		"truncated":                 good[:len(good)-3],
		"not push only":             append([]byte{0, OpDup}, appendPush(nil, redeem)...),
		"short signature":           multisigScriptSig([][]byte{{1, 2, 3}}, redeem),
		"more signatures than keys": multisigScriptSig([][]byte{sig, sig, sig, sig}, redeem),
		"redeem by pushdata2":       append([]byte{0, OpPushData2, byte(len(redeem)), 0}, redeem...),
		"redeem not multisig":       multisigScriptSig([][]byte{sig}, mustAddrScript(t, "MKXYH2MhpvA3GU7kMk8y3SoywGnyHEj5SB")),
	}
	for name, s := range tests {
		if _, err := DecodeMultisigScriptSig(s); !errors.Is(err, ErrInvalidScript) {
			t.Errorf("%s: %v", name, err)
		}
	}
	sp, err := DecodeMultisigScriptSig(good)
	if err != nil || len(sp.Signatures) != 2 || !bytes.Equal(sp.Redeem, redeem) {
		t.Fatalf("good script-sig: %v", err)
	}
	if got := FormatScript(good); !strings.HasPrefix(got, "zero [ "+hex.EncodeToString(sp.Signatures[0])) {
		t.Errorf("FormatScript = %s", got)
	}
	if addr, ok := ExtractAddress(good, Testnet); !ok || addr != ms.Address().String() {
		t.Errorf("ExtractAddress = %s, %v", addr, ok)
	}
}
