package mvs

import (
	"crypto/sha256"
	"fmt"
	"strings"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"golang.org/x/crypto/ripemd160" // deprecated for new designs, but part of the address format
)

// Network selects the address prefixes. A devnet uses the testnet's.
type Network uint8

const (
	Mainnet Network = iota + 1
	Testnet
)

// Version bytes of base58check addresses. Metaverse keeps libbitcoin's single
// pay-to-script-hash version, 0x05, on every network, so multisig addresses start
// with '3' on the testnet too; only pay-to-key-hash addresses differ.
const (
	MainnetP2PKHVersion byte = 0x32 // 'M...'
	TestnetP2PKHVersion byte = 0x7f // 't...'
	P2SHVersion         byte = 0x05 // '3...'
)

// BlackholeAddress is what mvsd shows for a burn output (script "return"): the
// version-0 address of the all-zero hash. Nothing can spend from it, and
// ParseAddress rejects it so that nothing is paid to it by mistake.
const BlackholeAddress = "1111111111111111111114oLvT2"

// ParseNetwork maps a configuration name to a Network: "mainnet", "testnet", or
// "devnet" (which uses the testnet's prefixes).
func ParseNetwork(name string) (Network, error) {
	switch strings.ToLower(name) {
	case "mainnet":
		return Mainnet, nil
	case "testnet", "devnet":
		return Testnet, nil
	}
	return 0, fmt.Errorf("mvs: unknown network %q (want mainnet, testnet or devnet)", name)
}

func (n Network) String() string {
	switch n {
	case Mainnet:
		return "mainnet"
	case Testnet:
		return "testnet"
	}
	return fmt.Sprintf("network(%d)", uint8(n))
}

// P2PKHVersion is the version byte of the network's pay-to-key-hash addresses.
func (n Network) P2PKHVersion() byte {
	if n == Mainnet {
		return MainnetP2PKHVersion
	}
	return TestnetP2PKHVersion
}

// AddressKind says what an address pays to.
type AddressKind uint8

const (
	KindUnknown AddressKind = iota
	KindP2PKH
	KindP2SH
)

func (k AddressKind) String() string {
	switch k {
	case KindP2PKH:
		return "p2pkh"
	case KindP2SH:
		return "p2sh"
	}
	return "unknown"
}

// Address is a decoded base58check address: a version byte and a 20-byte hash.
// The zero value is not a valid address.
type Address struct {
	version byte
	hash    [20]byte
}

// NewP2PKHAddress returns the pay-to-key-hash address of hash on net.
func NewP2PKHAddress(net Network, hash [20]byte) Address {
	return Address{version: net.P2PKHVersion(), hash: hash}
}

// NewP2SHAddress returns the pay-to-script-hash address of a script hash.
func NewP2SHAddress(hash [20]byte) Address {
	return Address{version: P2SHVersion, hash: hash}
}

// PubKeyAddress returns the pay-to-key-hash address of a public key in its
// compressed form, the form this package signs with.
func PubKeyAddress(net Network, pub *secp256k1.PublicKey) Address {
	return NewP2PKHAddress(net, Hash160(pub.SerializeCompressed()))
}

// Version is the address's version byte.
func (a Address) Version() byte { return a.version }

// Hash is the 20-byte key hash or script hash.
func (a Address) Hash() [20]byte { return a.hash }

// Kind tells pay-to-key-hash from pay-to-script-hash addresses.
func (a Address) Kind() AddressKind {
	switch a.version {
	case MainnetP2PKHVersion, TestnetP2PKHVersion:
		return KindP2PKH
	case P2SHVersion:
		return KindP2SH
	}
	return KindUnknown
}

// IsFor reports whether the address may be used on net. Script-hash addresses
// share one version byte across networks and so belong to every network.
func (a Address) IsFor(net Network) bool {
	switch a.version {
	case P2SHVersion:
		return net == Mainnet || net == Testnet
	case MainnetP2PKHVersion:
		return net == Mainnet
	case TestnetP2PKHVersion:
		return net == Testnet
	}
	return false
}

// String is the base58check form.
func (a Address) String() string {
	payload := make([]byte, 0, 25)
	payload = append(payload, a.version)
	payload = append(payload, a.hash[:]...)
	sum := checksum(payload)
	return base58Encode(append(payload, sum[:]...))
}

// Script is the output script that pays to the address: pay-to-key-hash or
// pay-to-script-hash. It returns nil for an address of unknown kind.
func (a Address) Script() []byte {
	switch a.Kind() {
	case KindP2PKH:
		return p2pkhScript(a.hash)
	case KindP2SH:
		return p2shScript(a.hash)
	}
	return nil
}

// P2PKHScript returns "dup hash160 [ hash ] equalverify checksig" for a
// pay-to-key-hash address. It refuses a script-hash address: paying a script
// hash as if it were a key hash would make the output unspendable.
func P2PKHScript(addr Address) ([]byte, error) {
	if addr.Kind() != KindP2PKH {
		return nil, fmt.Errorf("%w: %s is not a pay-to-key-hash address", ErrInvalidAddress, addr)
	}
	return p2pkhScript(addr.hash), nil
}

// maxAddressLen bounds the work base58 decoding does on outside input; a
// 25-byte payload is 34 characters at most.
const maxAddressLen = 64

// ParseAddress decodes a base58check address of either network. Use
// ParseAddressFor to also require a network.
func ParseAddress(s string) (Address, error) {
	if len(s) == 0 || len(s) > maxAddressLen {
		return Address{}, fmt.Errorf("%w: %w: %d characters", ErrInvalidAddress, ErrBadLength, len(s))
	}
	raw, err := base58Decode(s)
	if err != nil {
		return Address{}, fmt.Errorf("%w: %w", ErrInvalidAddress, err)
	}
	if len(raw) != 25 {
		return Address{}, fmt.Errorf("%w: %w: %d bytes, want 25", ErrInvalidAddress, ErrBadLength, len(raw))
	}
	want := checksum(raw[:21])
	if [4]byte(raw[21:]) != want {
		return Address{}, fmt.Errorf("%w: %w", ErrInvalidAddress, ErrBadChecksum)
	}
	a := Address{version: raw[0], hash: [20]byte(raw[1:21])}
	if a.Kind() == KindUnknown {
		return Address{}, fmt.Errorf("%w: %w 0x%02x", ErrInvalidAddress, ErrUnknownVersion, raw[0])
	}
	return a, nil
}

// ParseAddressFor decodes an address and requires it to belong to net.
func ParseAddressFor(s string, net Network) (Address, error) {
	a, err := ParseAddress(s)
	if err != nil {
		return Address{}, err
	}
	if !a.IsFor(net) {
		return Address{}, fmt.Errorf("%w: %w: %s is not a %s address", ErrInvalidAddress, ErrNetworkMismatch, s, net)
	}
	return a, nil
}

// Hash160 is RIPEMD-160 of SHA-256, the hash in addresses.
func Hash160(b []byte) [20]byte {
	s := sha256.Sum256(b)
	h := ripemd160.New()
	h.Write(s[:])
	var out [20]byte
	copy(out[:], h.Sum(nil))
	return out
}

// DoubleSHA256 is SHA-256 applied twice, the hash of transactions and signatures.
func DoubleSHA256(b []byte) [32]byte {
	s := sha256.Sum256(b)
	return sha256.Sum256(s[:])
}

func checksum(b []byte) [4]byte {
	d := DoubleSHA256(b)
	return [4]byte(d[:4])
}

const maxAvatarLen = 64

// ValidAvatar checks an avatar (DID) name as mvsd does when one is registered:
// 1 to 64 characters, each an ASCII letter or digit or one of "@", ".", "_", "-".
// Names are case-sensitive. (mvsd also refuses some reserved words at
// registration; an avatar that exists on chain has passed that check.)
func ValidAvatar(name string) error {
	if name == "" {
		return fmt.Errorf("%w: empty", ErrInvalidAvatar)
	}
	if len(name) > maxAvatarLen {
		return fmt.Errorf("%w: %d bytes, at most %d", ErrInvalidAvatar, len(name), maxAvatarLen)
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
			c == '@' || c == '.' || c == '_' || c == '-'
		if !ok {
			return fmt.Errorf("%w: character %q at %d is not allowed", ErrInvalidAvatar, c, i)
		}
	}
	return nil
}

const base58Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

var base58Index = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	for i := 0; i < len(base58Alphabet); i++ {
		t[base58Alphabet[i]] = int8(i)
	}
	return t
}()

// base58Encode converts big-endian bytes to base58; each leading zero byte
// becomes a leading '1'.
func base58Encode(b []byte) string {
	zeros := 0
	for zeros < len(b) && b[zeros] == 0 {
		zeros++
	}
	// Little-endian base-58 digits of the number, built by repeated
	// multiply-and-add; log(256)/log(58) < 1.37.
	digits := make([]byte, 0, len(b)*137/100+1)
	for _, c := range b[zeros:] {
		carry := int(c)
		for i := range digits {
			carry += int(digits[i]) << 8
			digits[i] = byte(carry % 58)
			carry /= 58
		}
		for carry > 0 {
			digits = append(digits, byte(carry%58))
			carry /= 58
		}
	}
	out := make([]byte, zeros+len(digits))
	for i := 0; i < zeros; i++ {
		out[i] = '1'
	}
	for i, d := range digits {
		out[len(out)-1-i] = base58Alphabet[d]
	}
	return string(out)
}

func base58Decode(s string) ([]byte, error) {
	zeros := 0
	for zeros < len(s) && s[zeros] == '1' {
		zeros++
	}
	bytesLE := make([]byte, 0, len(s)*733/1000+1)
	for i := zeros; i < len(s); i++ {
		v := base58Index[s[i]]
		if v < 0 {
			return nil, fmt.Errorf("%w: character %q at %d", ErrBadBase58, s[i], i)
		}
		carry := int(v)
		for j := range bytesLE {
			carry += int(bytesLE[j]) * 58
			bytesLE[j] = byte(carry)
			carry >>= 8
		}
		for carry > 0 {
			bytesLE = append(bytesLE, byte(carry))
			carry >>= 8
		}
	}
	out := make([]byte, zeros+len(bytesLE))
	for i, c := range bytesLE {
		out[len(out)-1-i] = c
	}
	return out, nil
}
