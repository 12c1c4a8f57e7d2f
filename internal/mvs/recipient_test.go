package mvs

import (
	"errors"
	"strings"
	"testing"
)

// TestRecipientRule: every recipient the bridge must not pay is refused, and with a reason;
// the bridge itself (by address or avatar, in any case) is ErrBridgeRecipient.
func TestRecipientRule(t *testing.T) {
	bridge := NewP2PKHAddress(Mainnet, [20]byte{1})
	user := NewP2PKHAddress(Mainnet, [20]byte{2})
	testnetUser := NewP2PKHAddress(Testnet, [20]byte{2})
	script := NewP2SHAddress([20]byte{3})
	rule, err := NewRecipientRule("mainnet", bridge.String(), "droplet")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, in string
		bridge   bool   // wants ErrBridgeRecipient
		want     string // part of the error; "" accepts
	}{
		{"address", user.String(), false, ""},
		{"avatar", "alice@" + user.String(), false, ""},
		{"avatar with @", "a@b@" + user.String(), false, ""},
		{"the bridge's address", bridge.String(), true, "bridge itself"},
		{"an avatar of the bridge's address", "alice@" + bridge.String(), true, "bridge itself"},
		{"the bridge's avatar", "droplet@" + user.String(), true, "bridge itself"},
		{"the bridge's avatar, other case", "DropLet@" + user.String(), true, "bridge itself"},
		{"another network", testnetUser.String(), false, "address"},
		{"pay-to-script-hash", script.String(), false, "pay-to-key-hash"},
		{"bad avatar", "al ice@" + user.String(), false, "avatar"},
		{"empty avatar", "@" + user.String(), false, "avatar"},
		{"empty", "", false, "address"},
		{"garbage", "not an address", false, "address"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := rule.Parse(c.in)
			switch {
			case c.want == "" && err != nil:
				t.Fatalf("Parse(%q): %v", c.in, err)
			case c.want == "":
				if r.String() != c.in {
					t.Fatalf("Parse(%q) = %q", c.in, r.String())
				}
			case err == nil || !strings.Contains(err.Error(), c.want):
				t.Fatalf("Parse(%q): %v, want an error with %q", c.in, err, c.want)
			case errors.Is(err, ErrBridgeRecipient) != c.bridge:
				t.Fatalf("Parse(%q): %v: ErrBridgeRecipient %v, want %v", c.in, err, !c.bridge, c.bridge)
			}
		})
	}
	if _, err := NewRecipientRule("moon", bridge.String(), ""); err == nil {
		t.Error("an unknown network accepted")
	}
	if _, err := NewRecipientRule("testnet", bridge.String(), ""); err == nil {
		t.Error("a mainnet bridge accepted for testnet")
	}
}

// FuzzRecipientRule: whatever a transfer carries, Parse returns an error or a recipient that
// is not the bridge and writes back to the same string.
func FuzzRecipientRule(f *testing.F) {
	bridge := NewP2PKHAddress(Mainnet, [20]byte{1})
	user := NewP2PKHAddress(Mainnet, [20]byte{2})
	rule := RecipientRule{Net: Mainnet, Bridge: bridge, BridgeAvatar: "droplet"}
	for _, s := range []string{user.String(), "alice@" + user.String(), bridge.String(), "droplet@" + user.String(), "@", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := rule.Parse(s)
		if err != nil {
			return
		}
		if r.Address == bridge || strings.EqualFold(r.Avatar, "droplet") {
			t.Fatalf("Parse(%q) accepted the bridge", s)
		}
		if r.String() != s {
			t.Fatalf("Parse(%q) = %q", s, r.String())
		}
	})
}
