package keys

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"encoding/asn1"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
)

// StaticKey is a secp256k1 key held in memory. It is never logged: it has no String of its key.
type StaticKey struct {
	key *secp256k1.PrivateKey
}

var _ MetaverseKey = (*StaticKey)(nil)

// PrivateKey returns the key.
func (k *StaticKey) PrivateKey() *secp256k1.PrivateKey { return k.key }

// String never shows the key.
func (k *StaticKey) String() string { return "secp256k1 key (redacted)" }

// ErrNotDevnet is returned when the file backend is asked for outside the devnet.
var ErrNotDevnet = errors.New("the file key backend is for the devnet only")

// DevnetFile is the file backend's content: both keys in hex. Devnet only.
type DevnetFile struct {
	EthereumP256       string `json:"ethereum_p256"`
	MetaverseSecp256k1 string `json:"metaverse_secp256k1"`
}

// FileSigner signs with a P-256 key held in memory. Devnet only.
type FileSigner struct {
	key *ecdsa.PrivateKey
}

var _ EthereumSigner = (*FileSigner)(nil)

// LoadDevnetFile reads the devnet key file. devnet must be true: the caller passes whether the
// configured network is the devnet, and anything else is refused.
func LoadDevnetFile(path string, devnet bool) (*FileSigner, *StaticKey, error) {
	if !devnet {
		return nil, nil, ErrNotDevnet
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("devnet keys: %w", err)
	}
	var f DevnetFile
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, nil, fmt.Errorf("devnet keys %s: %w", path, err)
	}
	p, err := parseP256(f.EthereumP256)
	if err != nil {
		return nil, nil, fmt.Errorf("devnet keys %s: ethereum_p256: %w", path, err)
	}
	k, err := ParseSecp256k1(f.MetaverseSecp256k1)
	if err != nil {
		return nil, nil, fmt.Errorf("devnet keys %s: metaverse_secp256k1: %w", path, err)
	}
	return &FileSigner{key: p}, &StaticKey{key: k}, nil
}

// GenerateDevnetFile creates fresh devnet keys.
func GenerateDevnetFile() (DevnetFile, error) {
	p, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return DevnetFile{}, err
	}
	k, err := secp256k1.GeneratePrivateKey()
	if err != nil {
		return DevnetFile{}, err
	}
	pb, err := p.Bytes()
	if err != nil {
		return DevnetFile{}, err
	}
	return DevnetFile{EthereumP256: hex.EncodeToString(pb), MetaverseSecp256k1: hex.EncodeToString(k.Serialize())}, nil
}

func parseP256(h string) (*ecdsa.PrivateKey, error) {
	b, err := hex.DecodeString(strings.TrimPrefix(h, "0x"))
	if err != nil {
		return nil, err
	}
	return ecdsa.ParseRawPrivateKey(elliptic.P256(), b)
}

// PublicKey is the P-256 public key.
func (f *FileSigner) PublicKey() *ecdsa.PublicKey { return &f.key.PublicKey }

// SignDigest signs the digest.
func (f *FileSigner) SignDigest(_ context.Context, digest [32]byte) (r, s [32]byte, err error) {
	der, err := ecdsa.SignASN1(rand.Reader, f.key, digest[:])
	if err != nil {
		return r, s, err
	}
	var parsed struct{ R, S *big.Int }
	if _, err := asn1.Unmarshal(der, &parsed); err != nil {
		return r, s, err
	}
	return lowS(&f.key.PublicKey, digest, parsed.R, parsed.S)
}

func readSecretFile(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	s := strings.TrimSpace(string(b))
	if s == "" {
		return "", fmt.Errorf("%s is empty", path)
	}
	return s, nil
}
