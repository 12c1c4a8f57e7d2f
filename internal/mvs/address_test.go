package mvs

import (
	"encoding/hex"
	"errors"
	"strings"
	"testing"
)

func TestParseAddress(t *testing.T) {
	tests := []struct {
		addr string
		kind AddressKind
		net  Network // 0: either
		hash string  // optional
	}{
		{"MAwLwVGwJyFsTBfNj2j5nCUrQXGVRvHzPh", KindP2PKH, Mainnet, ""}, // developer-community bounty
		{"MSCHL3unfVqzsZbRVCJ3yVp7RgAmXiuGN3", KindP2PKH, Mainnet, ""},
		{"MGqHvbaH9wzdr6oUDFz4S1HptjoKQcjRve", KindP2PKH, Mainnet, "61fde3bd4e6955c99b16de2d71e2a369888a1c0b"}, // mainnet genesis
		{"tPd41bKLJGf1C5RRvaiV2mytqZB6WfM1vR", KindP2PKH, Testnet, "b72852b4c7195034304bcc90b07326e6e555dc60"}, // testnet genesis
		{"tCrRWkDBZQTqp3AdZc39DSMJ8FremrTinj", KindP2PKH, Testnet, "41064be4875b7a3608a891173540e534d4b89b6f"},
		{"tBELxsiiaMVGQcY2Apf7hmzAaipD4YWTTj", KindP2PKH, Testnet, ""},
		{"35cY636TPTfFW8PxhqH3BNRL54g1T4mbR2", KindP2SH, 0, ""},
	}
	for _, tc := range tests {
		a, err := ParseAddress(tc.addr)
		if err != nil {
			t.Errorf("ParseAddress(%s): %v", tc.addr, err)
			continue
		}
		if a.String() != tc.addr {
			t.Errorf("String() = %s, want %s", a, tc.addr)
		}
		if a.Kind() != tc.kind {
			t.Errorf("%s: Kind = %v, want %v", tc.addr, a.Kind(), tc.kind)
		}
		if tc.hash != "" {
			h := a.Hash()
			if hex.EncodeToString(h[:]) != tc.hash {
				t.Errorf("%s: hash %x, want %s", tc.addr, h, tc.hash)
			}
		}
		for _, net := range []Network{Mainnet, Testnet} {
			want := tc.net == 0 || tc.net == net
			if a.IsFor(net) != want {
				t.Errorf("%s: IsFor(%v) = %v", tc.addr, net, !want)
			}
			_, err := ParseAddressFor(tc.addr, net)
			if want != (err == nil) {
				t.Errorf("ParseAddressFor(%s, %v) = %v", tc.addr, net, err)
			}
			if !want && !errors.Is(err, ErrNetworkMismatch) {
				t.Errorf("ParseAddressFor(%s, %v) error %v is not ErrNetworkMismatch", tc.addr, net, err)
			}
		}
		// The address of an output paying it is the address itself.
		got, ok := ExtractAddress(a.Script(), netOr(tc.net))
		if !ok || got != tc.addr {
			t.Errorf("ExtractAddress(Script(%s)) = %q, %v", tc.addr, got, ok)
		}
	}
}

func netOr(n Network) Network {
	if n == 0 {
		return Mainnet
	}
	return n
}

func TestParseAddressRejects(t *testing.T) {
	valid := "MAwLwVGwJyFsTBfNj2j5nCUrQXGVRvHzPh"
	tests := []struct {
		name, addr string
		want       error
	}{
		{"empty", "", ErrBadLength},
		{"too long", strings.Repeat("M", 65), ErrBadLength},
		{"bad checksum", valid[:len(valid)-1] + "i", ErrBadChecksum},
		{"one char changed", "MAwLwVGwJyFsTBfNj2j5nCUrQXGVRvHzPj", ErrBadChecksum},
		{"zero is not base58", "M0wLwVGwJyFsTBfNj2j5nCUrQXGVRvHzPh", ErrBadBase58},
		{"capital O", "MOwLwVGwJyFsTBfNj2j5nCUrQXGVRvHzPh", ErrBadBase58},
		{"capital I", "MIwLwVGwJyFsTBfNj2j5nCUrQXGVRvHzPh", ErrBadBase58},
		{"lower l", "MlwLwVGwJyFsTBfNj2j5nCUrQXGVRvHzPh", ErrBadBase58},
		{"space", " " + valid, ErrBadBase58},
		{"too short", valid[:20], ErrBadLength},
		{"extra byte", base58Encode(append(mustHex(t, "32"+strings.Repeat("00", 24)), 0)), ErrBadLength},
		{"bitcoin version 0", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", ErrUnknownVersion},
		{"bitcoin testnet 0x6f", "mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn", ErrUnknownVersion},
		{"blackhole", BlackholeAddress, ErrUnknownVersion},
	}
	for _, tc := range tests {
		_, err := ParseAddress(tc.addr)
		if !errors.Is(err, ErrInvalidAddress) || !errors.Is(err, tc.want) {
			t.Errorf("%s: ParseAddress(%q) = %v, want %v", tc.name, tc.addr, err, tc.want)
		}
	}
}

func TestBlackholeAddressIsZeroHash(t *testing.T) {
	if got := (Address{}).String(); got != BlackholeAddress {
		t.Fatalf("version 0, zero hash encodes to %s, want %s", got, BlackholeAddress)
	}
	if got, ok := ExtractAddress(BlackholeScript(), Mainnet); !ok || got != BlackholeAddress {
		t.Fatalf("ExtractAddress(return) = %q, %v", got, ok)
	}
}

func TestP2PKHScript(t *testing.T) {
	a, err := ParseAddress("tCrRWkDBZQTqp3AdZc39DSMJ8FremrTinj")
	if err != nil {
		t.Fatal(err)
	}
	s, err := P2PKHScript(a)
	if err != nil {
		t.Fatal(err)
	}
	if got := FormatScript(s); got != "dup hash160 [ 41064be4875b7a3608a891173540e534d4b89b6f ] equalverify checksig" {
		t.Errorf("script %s", got)
	}
	p2sh, _ := ParseAddress("35cY636TPTfFW8PxhqH3BNRL54g1T4mbR2")
	if _, err := P2PKHScript(p2sh); !errors.Is(err, ErrInvalidAddress) {
		t.Errorf("P2PKHScript(P2SH) = %v, want ErrInvalidAddress", err)
	}
	if got := FormatScript(p2sh.Script()); !strings.HasPrefix(got, "hash160 [ ") || !strings.HasSuffix(got, " ] equal") {
		t.Errorf("P2SH script %s", got)
	}
	if (Address{}).Script() != nil {
		t.Error("zero address has a script")
	}
}

func TestPubKeyAddress(t *testing.T) {
	key := mustKey(t, "MKXYH2MhpvA3GU7kMk8y3SoywGnyHEj5SB")
	if got := PubKeyAddress(Mainnet, key.PubKey()).String(); got != "MKXYH2MhpvA3GU7kMk8y3SoywGnyHEj5SB" {
		t.Errorf("mainnet: %s", got)
	}
	// The same key on a testnet node, as mvsd showed it in decoderawtx.
	if got := PubKeyAddress(Testnet, key.PubKey()).String(); got != "tJYz6PJtVoqWEqrRF3nWP6mZQ7dbxTK3dS" {
		t.Errorf("testnet: %s", got)
	}
}

func TestParseNetwork(t *testing.T) {
	for name, want := range map[string]Network{"mainnet": Mainnet, "testnet": Testnet, "devnet": Testnet, "MainNet": Mainnet} {
		got, err := ParseNetwork(name)
		if err != nil || got != want {
			t.Errorf("ParseNetwork(%s) = %v, %v", name, got, err)
		}
	}
	if _, err := ParseNetwork("regtest"); err == nil {
		t.Error("ParseNetwork(regtest) succeeded")
	}
	if Mainnet.P2PKHVersion() != 0x32 || Testnet.P2PKHVersion() != 0x7f {
		t.Error("wrong version bytes")
	}
}

func TestValidAvatar(t *testing.T) {
	for _, ok := range []string{"droplet", "developer-community", "a", "a@b.c_d-E9", strings.Repeat("x", 64)} {
		if err := ValidAvatar(ok); err != nil {
			t.Errorf("ValidAvatar(%q) = %v", ok, err)
		}
	}
	for _, bad := range []string{"", strings.Repeat("x", 65), "with space", "ünicode", "a/b", "a:b", "tab\t", "nul\x00"} {
		if err := ValidAvatar(bad); !errors.Is(err, ErrInvalidAvatar) {
			t.Errorf("ValidAvatar(%q) = %v, want ErrInvalidAvatar", bad, err)
		}
	}
}

func TestBase58(t *testing.T) {
	for _, tc := range []struct{ hex, b58 string }{
		{"", ""},
		{"00", "1"},
		{"0000", "11"},
		{"61", "2g"},
		{"626262", "a3gV"},
		{"636363", "aPEr"},
		{"00000000000000000000", "1111111111"},
		{"73696d706c792061206c6f6e6720737472696e67", "2cFupjhnEsSn59qHXstmK2ffpLv2"},
	} {
		if got := base58Encode(mustHex(t, tc.hex)); got != tc.b58 {
			t.Errorf("encode %s = %s, want %s", tc.hex, got, tc.b58)
		}
		got, err := base58Decode(tc.b58)
		if err != nil || hex.EncodeToString(got) != tc.hex {
			t.Errorf("decode %s = %x, %v", tc.b58, got, err)
		}
	}
}
