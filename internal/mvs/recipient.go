package mvs

import (
	"fmt"
	"strings"
)

// Recipient is where a bridge payout on Metaverse goes: a pay-to-key-hash address, and the avatar
// the user named when there is one. In a transfer it is written "address" or "avatar@address"
// (the watchers resolve the avatar at the source's finality, so every watcher signs the address).
type Recipient struct {
	Avatar  string // empty when paid to a bare address
	Address Address
}

// ParseRecipient reads "address" or "avatar@address" for network net.
func ParseRecipient(s string, net Network) (Recipient, error) {
	var r Recipient
	addr := s
	if i := strings.LastIndexByte(s, '@'); i >= 0 {
		r.Avatar, addr = s[:i], s[i+1:]
		if err := ValidAvatar(r.Avatar); err != nil {
			return r, err
		}
	}
	a, err := ParseAddressFor(addr, net)
	if err != nil {
		return r, err
	}
	if a.Kind() != KindP2PKH {
		return r, fmt.Errorf("address %s is not a pay-to-key-hash address", addr)
	}
	r.Address = a
	return r, nil
}

// String is the transfer form: "address" or "avatar@address".
func (r Recipient) String() string {
	if r.Avatar == "" {
		return r.Address.String()
	}
	return r.Avatar + "@" + r.Address.String()
}
