package mvs

import (
	"errors"
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

// ParseRecipient reads "address" or "avatar@address" for network net. It checks the form only;
// whether the bridge may pay it is RecipientRule's to say.
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

// ErrBridgeRecipient is a recipient that names the bridge itself. Paying the bridge would be
// read as a new deposit and paid back out again, round after round (a self-payout loop).
var ErrBridgeRecipient = errors.New("the recipient is the bridge itself")

// RecipientRule is the one rule a Metaverse payout recipient must meet. The Ethereum watcher
// applies it to what it attests, the signer to what it accepts and signs: if the two ever
// disagreed, a deposit would be attested, refused and neither paid nor refunded.
type RecipientRule struct {
	Net          Network
	Bridge       Address // the bridge's own address
	BridgeAvatar string  // the bridge's avatar; "" when it has none
}

// NewRecipientRule makes the rule of a bridge from the routes file's Metaverse side.
func NewRecipientRule(network, bridgeAddress, bridgeAvatar string) (RecipientRule, error) {
	net, err := ParseNetwork(network)
	if err != nil {
		return RecipientRule{}, err
	}
	bridge, err := ParseAddressFor(bridgeAddress, net)
	if err != nil {
		return RecipientRule{}, fmt.Errorf("bridge address: %w", err)
	}
	return RecipientRule{Net: net, Bridge: bridge, BridgeAvatar: bridgeAvatar}, nil
}

// CheckAddress is what the bridge may pay: a pay-to-key-hash address of the rule's network
// that is not the bridge's.
func (r RecipientRule) CheckAddress(a Address) error {
	switch {
	case !a.IsFor(r.Net):
		return fmt.Errorf("%s is not a %s address", a, r.Net)
	case a.Kind() != KindP2PKH:
		return fmt.Errorf("%s is not a pay-to-key-hash address", a)
	case a == r.Bridge: // security-critical: no self-payout loop
		return fmt.Errorf("%w (%s)", ErrBridgeRecipient, a)
	}
	return nil
}

// CheckAvatar is which avatars a user may name: a valid one that is not the bridge's (avatar
// names are compared without regard to case, the stricter reading).
func (r RecipientRule) CheckAvatar(avatar string) error {
	if err := ValidAvatar(avatar); err != nil {
		return err
	}
	if r.BridgeAvatar != "" && strings.EqualFold(avatar, r.BridgeAvatar) { // security-critical
		return fmt.Errorf("%w (avatar %s)", ErrBridgeRecipient, avatar)
	}
	return nil
}

// Parse reads a transfer's recipient ("address" or "avatar@address") and applies the rule.
func (r RecipientRule) Parse(s string) (Recipient, error) {
	rc, err := ParseRecipient(s, r.Net)
	if err != nil {
		return rc, err
	}
	if rc.Avatar != "" {
		if err := r.CheckAvatar(rc.Avatar); err != nil {
			return rc, err
		}
	}
	if err := r.CheckAddress(rc.Address); err != nil {
		return rc, err
	}
	return rc, nil
}
