package contracts

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"encoding/asn1"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Errors returned by the signature helpers.
var (
	ErrSignatureLength  = errors.New("watcher signature is not 65 bytes")
	ErrInvalidSignature = errors.New("invalid signature")
	ErrDuplicateSigner  = errors.New("two signatures by the same watcher")
)

var (
	secp256k1N     = crypto.S256().Params().N
	secp256k1HalfN = new(big.Int).Rsh(secp256k1N, 1)
	p256N          = elliptic.P256().Params().N
	p256HalfN      = new(big.Int).Rsh(p256N, 1)
)

// WatcherSignature is a watcher's secp256k1 signature as the bridge takes it, with the address it
// recovers to.
type WatcherSignature struct {
	Signer common.Address
	Sig    []byte // r ‖ s ‖ v, low s, v in {27, 28}
}

// EncodeWatcherSignatures turns watcher signatures over digest into the bridge's watcherSigs
// argument: each one 65 bytes (r ‖ s ‖ v, v either 0/1 or 27/28), normalised to low s and
// v in {27, 28}, sorted by the recovered address as the contract requires. It refuses a signature
// that does not recover and two signatures by the same key; it does not know who the watchers are.
func EncodeWatcherSignatures(digest [32]byte, sigs [][]byte) ([][]byte, error) {
	ws, err := RecoverWatcherSignatures(digest, sigs)
	if err != nil {
		return nil, err
	}
	out := make([][]byte, len(ws))
	for i, w := range ws {
		out[i] = w.Sig
	}
	return out, nil
}

// RecoverWatcherSignatures is EncodeWatcherSignatures that also returns who signed.
func RecoverWatcherSignatures(digest [32]byte, sigs [][]byte) ([]WatcherSignature, error) {
	ws := make([]WatcherSignature, 0, len(sigs))
	for i, sig := range sigs {
		norm, err := normaliseSecp256k1(sig)
		if err != nil {
			return nil, fmt.Errorf("signature %d: %w", i, err)
		}
		pub, err := crypto.Ecrecover(digest[:], append(norm[:64:64], norm[64]-27))
		if err != nil {
			return nil, fmt.Errorf("signature %d: %w: %w", i, ErrInvalidSignature, err)
		}
		ws = append(ws, WatcherSignature{Signer: common.BytesToAddress(crypto.Keccak256(pub[1:])[12:]), Sig: norm})
	}
	slices.SortFunc(ws, func(a, b WatcherSignature) int { return bytes.Compare(a.Signer[:], b.Signer[:]) })
	for i := 1; i < len(ws); i++ {
		if ws[i].Signer == ws[i-1].Signer {
			return nil, fmt.Errorf("%w: %s", ErrDuplicateSigner, ws[i].Signer)
		}
	}
	return ws, nil
}

// normaliseSecp256k1 returns a copy of sig with low s and v in {27, 28}. Flipping s to n-s and the
// parity of v gives the same signer, so this changes no signature's meaning.
func normaliseSecp256k1(sig []byte) ([]byte, error) {
	if len(sig) != 65 {
		return nil, fmt.Errorf("%w: %d bytes", ErrSignatureLength, len(sig))
	}
	out := bytes.Clone(sig)
	v := out[64]
	if v >= 27 {
		v -= 27
	}
	if v > 1 {
		return nil, fmt.Errorf("%w: v = %d", ErrInvalidSignature, sig[64])
	}
	r := new(big.Int).SetBytes(out[:32])
	s := new(big.Int).SetBytes(out[32:64])
	if r.Sign() == 0 || r.Cmp(secp256k1N) >= 0 || s.Sign() == 0 || s.Cmp(secp256k1N) >= 0 {
		return nil, fmt.Errorf("%w: r or s out of range", ErrInvalidSignature)
	}
	if s.Cmp(secp256k1HalfN) > 0 {
		s.Sub(secp256k1N, s)
		s.FillBytes(out[32:64])
		v ^= 1
	}
	out[64] = v + 27
	return out, nil
}

// P256Signature is the signer's signature as release and mint take it.
type P256Signature struct {
	R, S [32]byte
}

// NewP256Signature makes the bridge's form of a P-256 signature (r, s): s is replaced by n-s when
// above n/2, which the contract requires and which verifies the same.
func NewP256Signature(r, s *big.Int) (P256Signature, error) {
	if r.Sign() <= 0 || r.Cmp(p256N) >= 0 || s.Sign() <= 0 || s.Cmp(p256N) >= 0 {
		return P256Signature{}, fmt.Errorf("%w: P-256 r or s out of range", ErrInvalidSignature)
	}
	if s.Cmp(p256HalfN) > 0 {
		s = new(big.Int).Sub(p256N, s)
	}
	var sig P256Signature
	r.FillBytes(sig.R[:])
	s.FillBytes(sig.S[:])
	return sig, nil
}

// ParseP256SignatureASN1 reads a DER ECDSA-Sig-Value (what Vault transit and crypto/ecdsa's
// SignASN1 return) into the bridge's form.
func ParseP256SignatureASN1(der []byte) (P256Signature, error) {
	var v struct{ R, S *big.Int }
	rest, err := asn1.Unmarshal(der, &v)
	if err != nil {
		return P256Signature{}, fmt.Errorf("%w: %w", ErrInvalidSignature, err)
	}
	if len(rest) != 0 {
		return P256Signature{}, fmt.Errorf("%w: trailing data after the DER signature", ErrInvalidSignature)
	}
	return NewP256Signature(v.R, v.S)
}

// P256PublicKey returns the (qx, qy) the bridge's setSignerKey and constructor take.
func P256PublicKey(pub *ecdsa.PublicKey) (qx, qy [32]byte, err error) {
	if pub.Curve != elliptic.P256() {
		return qx, qy, errors.New("not a P-256 key")
	}
	b, err := pub.Bytes() // 0x04 ‖ x ‖ y
	if err != nil {
		return qx, qy, fmt.Errorf("p-256 key: %w", err)
	}
	copy(qx[:], b[1:33])
	copy(qy[:], b[33:65])
	return qx, qy, nil
}

// VerifyP256 checks sig over digest against pub the way the contract does (low s required).
func VerifyP256(pub *ecdsa.PublicKey, digest [32]byte, sig P256Signature) bool {
	s := new(big.Int).SetBytes(sig.S[:])
	if s.Cmp(p256HalfN) > 0 {
		return false
	}
	return ecdsa.Verify(pub, digest[:], new(big.Int).SetBytes(sig.R[:]), s)
}
