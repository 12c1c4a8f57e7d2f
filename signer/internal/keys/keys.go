// Package keys holds the signer's two keys. The Ethereum authorisation key is a Vault transit
// ecdsa-p256 key that never leaves Vault; the Metaverse payout key (secp256k1, which transit lacks)
// is read from Vault KV v2 into memory only. A file backend exists for the devnet alone.
//
// Every Vault answer is checked: the client returns nil, nil for a missing path, which is an error
// here, and a signature is verified against the published key before it is handed out.
package keys

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
)

// EthereumSigner signs transfer digests with the P-256 authorisation key.
type EthereumSigner interface {
	// SignDigest returns a low-s P-256 signature over the 32-byte digest (signed as a prehash).
	SignDigest(ctx context.Context, digest [32]byte) (r, s [32]byte, err error)
	// PublicKey is the key the bridge contract is configured with.
	PublicKey() *ecdsa.PublicKey
}

// MetaverseKey gives the payout key.
type MetaverseKey interface {
	PrivateKey() *secp256k1.PrivateKey
}

var (
	// ErrVault is any failed or empty Vault answer.
	ErrVault = errors.New("vault")
	// ErrBadSignature is a signature that does not verify against the published key.
	ErrBadSignature = errors.New("signature does not verify")
)

var (
	p256N     = elliptic.P256().Params().N
	p256HalfN = new(big.Int).Rsh(p256N, 1)
)

// lowS finishes a P-256 signature: s is moved to the lower half (the contract rejects the upper
// half, so no signature is malleable) and the result is verified against pub.
func lowS(pub *ecdsa.PublicKey, digest [32]byte, r, s *big.Int) (rb, sb [32]byte, err error) {
	if r.Sign() <= 0 || s.Sign() <= 0 || r.Cmp(p256N) >= 0 || s.Cmp(p256N) >= 0 {
		return rb, sb, fmt.Errorf("%w: r or s out of range", ErrBadSignature)
	}
	if s.Cmp(p256HalfN) > 0 {
		s = new(big.Int).Sub(p256N, s)
	}
	if !ecdsa.Verify(pub, digest[:], r, s) { // security-critical: never hand out what does not verify
		return rb, sb, ErrBadSignature
	}
	r.FillBytes(rb[:])
	s.FillBytes(sb[:])
	return rb, sb, nil
}

// ParseSecp256k1 parses a 32-byte hex private key (with or without 0x).
func ParseSecp256k1(hexKey string) (*secp256k1.PrivateKey, error) {
	if len(hexKey) >= 2 && hexKey[:2] == "0x" {
		hexKey = hexKey[2:]
	}
	if len(hexKey) != 64 {
		return nil, errors.New("secp256k1 key: want 32 bytes of hex")
	}
	var b [32]byte
	if _, err := hex.Decode(b[:], []byte(hexKey)); err != nil {
		return nil, fmt.Errorf("secp256k1 key: %w", err)
	}
	var k secp256k1.ModNScalar
	if overflow := k.SetBytes(&b); overflow != 0 || k.IsZero() {
		return nil, errors.New("secp256k1 key: not a valid scalar")
	}
	return secp256k1.NewPrivateKey(&k), nil
}
