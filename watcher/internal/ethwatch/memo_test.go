package ethwatch

import (
	"bytes"
	"context"
	"math/big"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/common"

	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/transfer"
)

// TestParseMemo: what wallets put after the 68 bytes, and what must be refused.
func TestParseMemo(t *testing.T) {
	addr := "tPWAdEdv8hxZvMv7zUKRtc6b3shCLChaDy"
	for _, tc := range []struct {
		name string
		in   string
		want string
		err  string
	}{
		{"empty", "", "", ""},
		{"NUL padding only", "\x00\x00\x00", "", ""},
		{"address", addr, addr, ""},
		{"NUL padded to 32 bytes", addr + strings.Repeat("\x00", 30), addr, ""},
		{"surrounding space", "  " + addr + "\n", addr, ""},
		{"avatar", "alice", "alice", ""},
		{"too long", strings.Repeat("a", transfer.MaxRecipientLen+1), "", "longer than any recipient"},
		{"not UTF-8", "\xff\xfe", "", "not UTF-8"},
		{"control character", "ali\x01ce", "", "non-printable"},
		{"NUL inside", "ali\x00ce", "", "non-printable"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseMemo([]byte(tc.in))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("ParseMemo(%q) = %q, %v; want an error saying %q", tc.in, got, err, tc.err)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("ParseMemo(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
			}
		})
	}
}

// TestResolve: every outcome of a memo: a recipient, or a refund with its reason, or (the
// resolver failing) an error that makes the scan retry.
func TestResolve(t *testing.T) {
	key := func() *secp256k1.PrivateKey {
		k, err := secp256k1.GeneratePrivateKey()
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	bridge := mvs.PubKeyAddress(mvs.Testnet, key().PubKey())
	user := mvs.PubKeyAddress(mvs.Testnet, key().PubKey()).String()
	mainnet := mvs.PubKeyAddress(mvs.Mainnet, key().PubKey()).String()
	// A checksum error: the last character changed.
	last := user[len(user)-1]
	alt := byte('a')
	if last == 'a' {
		alt = 'b'
	}
	badSum := user[:len(user)-1] + string(alt)
	r := recipients{rule: mvs.RecipientRule{Net: mvs.Testnet, Bridge: bridge, BridgeAvatar: "droplet"}, resolver: MapResolver{
		"alice": user,
		// The bridge's avatar, even if it were moved to a user's address: never a recipient.
		"droplet": user,
		"bridgy":  bridge.String(),
		"broken":  "not an address",
		"mainy":   mainnet,
	}}
	for _, tc := range []struct {
		memo, recipient, refund, err string
	}{
		{memo: user, recipient: user},
		{memo: "alice", recipient: "alice@" + user},
		{memo: mainnet, refund: "is not a"},
		{memo: bridge.String(), refund: "the bridge itself"},
		{memo: badSum, refund: "bad checksum"},
		{memo: "nobody", refund: "unknown avatar"},
		{memo: "bridgy", refund: "the bridge itself"},
		{memo: "droplet", refund: "the bridge itself"},
		{memo: "DROPLET", refund: "the bridge itself"},
		{memo: "no spaces allowed", refund: "neither an address"},
		{memo: "broken", err: "resolved to"},
		{memo: "mainy", err: "resolved to"},
	} {
		t.Run(tc.memo, func(t *testing.T) {
			cache := map[string]resolved{}
			got, err := r.resolve(context.Background(), tc.memo, cache)
			switch {
			case tc.err != "":
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("got %+v, %v; want an error saying %q", got, err, tc.err)
				}
				if _, cached := cache[tc.memo]; cached {
					t.Fatal("a failure to resolve was cached")
				}
			case err != nil:
				t.Fatal(err)
			case tc.refund != "":
				if got.recipient != "" || !strings.Contains(got.refund, tc.refund) {
					t.Fatalf("got %+v, want a refund saying %q", got, tc.refund)
				}
			default:
				if got.recipient != tc.recipient || got.refund != "" {
					t.Fatalf("got %+v, want recipient %q", got, tc.recipient)
				}
			}
		})
	}
}

// FuzzParseMemo: outside bytes never panic the parser, and what it accepts is printable UTF-8 a
// recipient can hold.
func FuzzParseMemo(f *testing.F) {
	for _, s := range []string{"", "tPWAdEdv8hxZvMv7zUKRtc6b3shCLChaDy\x00\x00", "alice", "\xff", " a b "} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := ParseMemo(b)
		if err != nil {
			return
		}
		if len(m) > transfer.MaxRecipientLen || !utf8.ValidString(m) || strings.TrimSpace(m) != m {
			t.Fatalf("accepted %q", m)
		}
	})
}

// FuzzMemoOf: any calldata gives a memo only when it is transfer(bridge, value) sent to the
// token itself, and the memo is what follows the call's 68 bytes.
func FuzzMemoOf(f *testing.F) {
	token, bridge := common.Address{9}, common.Address{1}
	f.Add([]byte{}, true)
	f.Add(append(tokenABI.PackTransfer(bridge, big.NewInt(5)), "memo"...), true)
	f.Add(append(tokenABI.PackTransfer(common.Address{2}, big.NewInt(5)), "memo"...), true)
	f.Fuzz(func(t *testing.T, in []byte, toToken bool) {
		to := token
		if !toToken {
			to = common.Address{8}
		}
		m := memoOf(chainTx{To: &to, Input: in}, token, bridge)
		if m == nil {
			return
		}
		if !toToken || len(in) < 68 || common.BytesToAddress(in[4:36]) != bridge || !bytes.Equal(m, in[68:]) {
			t.Fatalf("memo %x from %x", m, in)
		}
	})
}
