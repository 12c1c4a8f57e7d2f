// Package quorum decides who may attest and whether enough have. A watcher is known by two
// things that must agree: the name in its mTLS client certificate and the secp256k1 key that
// signs its attestations.
package quorum

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Errors of Verify. Each is a rejection the signer answers with PERMISSION_DENIED or
// INVALID_ARGUMENT.
var (
	ErrUnknownWatcher = errors.New("unknown watcher")
	ErrKeyMismatch    = errors.New("attestation key does not belong to the certificate's watcher")
	ErrSignature      = errors.New("malformed attestation signature")
)

// Watcher is one configured operator.
type Watcher struct {
	ID      string         // the CommonName of its client certificate
	Address common.Address // of its attestation key
}

// Set is the configured watchers and the threshold.
type Set struct {
	threshold int
	byID      map[string]common.Address
}

// NewSet checks the configuration: unique ids and keys, and a threshold above half of them.
func NewSet(watchers []Watcher, threshold int) (*Set, error) {
	n := len(watchers)
	if n == 0 {
		return nil, errors.New("quorum: no watchers")
	}
	if threshold <= n/2 || threshold > n {
		return nil, fmt.Errorf("quorum: threshold %d of %d watchers: want more than half and at most all", threshold, n)
	}
	s := &Set{threshold: threshold, byID: make(map[string]common.Address, n)}
	keys := make(map[common.Address]string, n)
	for _, w := range watchers {
		if w.ID == "" {
			return nil, errors.New("quorum: watcher without id")
		}
		if _, dup := s.byID[w.ID]; dup {
			return nil, fmt.Errorf("quorum: watcher %q listed twice", w.ID)
		}
		if w.Address == (common.Address{}) {
			return nil, fmt.Errorf("quorum: watcher %q has no address", w.ID)
		}
		if other, dup := keys[w.Address]; dup {
			return nil, fmt.Errorf("quorum: watchers %q and %q share a key", other, w.ID)
		}
		s.byID[w.ID] = w.Address
		keys[w.Address] = w.ID
	}
	return s, nil
}

// Threshold is m of m-of-n.
func (s *Set) Threshold() int { return s.threshold }

// Size is n of m-of-n.
func (s *Set) Size() int { return len(s.byID) }

// Known reports whether id is a configured watcher.
func (s *Set) Known(id string) bool { _, ok := s.byID[id]; return ok }

var secp256k1HalfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// Recover returns the address that made sig over digest. sig is [r || s || v] with v 27 or 28
// and s in the lower half of the curve order, exactly as the proto states and as the contract's
// ecrecover takes it: a signature with v 0 or 1 is refused, so what the signer stores is what the
// contract accepts, byte for byte.
func Recover(digest [32]byte, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("%w: %d bytes, want 65", ErrSignature, len(sig))
	}
	if sig[64] != 27 && sig[64] != 28 {
		return common.Address{}, fmt.Errorf("%w: v is %d, want 27 or 28", ErrSignature, sig[64])
	}
	v := sig[64] - 27
	if new(big.Int).SetBytes(sig[32:64]).Cmp(secp256k1HalfN) > 0 {
		return common.Address{}, fmt.Errorf("%w: high s", ErrSignature)
	}
	rs := make([]byte, 65)
	copy(rs, sig[:64])
	rs[64] = v
	pub, err := crypto.SigToPub(digest[:], rs)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// Verify checks an attestation by the watcher whose certificate says certID. Security-critical:
// the key that signed and the certificate that connected must name the same watcher.
func (s *Set) Verify(certID string, digest [32]byte, sig []byte) error {
	want, ok := s.byID[certID]
	if !ok {
		return fmt.Errorf("%w: %q", ErrUnknownWatcher, certID)
	}
	got, err := Recover(digest, sig)
	if err != nil {
		return err
	}
	if got != want {
		return fmt.Errorf("%w: certificate %q, key %s", ErrKeyMismatch, certID, got.Hex())
	}
	return nil
}

// Attestation is a stored attestation as Count sees it: Verify accepted it when it arrived, and
// Address is the key it recovered to then.
type Attestation struct {
	Watcher   string
	Address   common.Address
	Digest    [32]byte
	Signature []byte
}

// Equivocators are the watchers that signed more than one digest among atts (the verified
// attestations of one source event).
func Equivocators(atts []Attestation) map[string]bool {
	first := make(map[string][32]byte, len(atts))
	out := map[string]bool{}
	for _, a := range atts {
		if d, ok := first[a.Watcher]; !ok {
			first[a.Watcher] = a.Digest
		} else if d != a.Digest {
			out[a.Watcher] = true
		}
	}
	return out
}

// Counting returns the attestations of digest that count now, as Count orders them, given every
// verified attestation of the transfer. Security-critical: a watcher that signed two digests for
// one event counts for neither, and an excluded watcher counts for nothing.
func (s *Set) Counting(digest [32]byte, atts []Attestation, excluded map[string]bool) []Attestation {
	equivocators := Equivocators(atts)
	in := make([]Attestation, 0, len(atts))
	for _, a := range atts {
		if a.Digest == digest && !equivocators[a.Watcher] && !excluded[a.Watcher] {
			in = append(in, a)
		}
	}
	return s.Count(in)
}

// Agreed is the digest a quorum of counting attestations agree on, with them. Because a watcher
// counts for one digest at most and the threshold is above half the watchers, there is at most
// one.
func (s *Set) Agreed(atts []Attestation, excluded map[string]bool) ([32]byte, []Attestation, bool) {
	tried := map[[32]byte]bool{}
	for _, a := range atts {
		if tried[a.Digest] {
			continue
		}
		tried[a.Digest] = true
		if c := s.Counting(a.Digest, atts, excluded); len(c) >= s.threshold {
			return a.Digest, c, true
		}
	}
	return [32]byte{}, nil, false
}

// IDs are the configured watchers' ids, sorted.
func (s *Set) IDs() []string {
	out := make([]string, 0, len(s.byID))
	for id := range s.byID {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

// Count returns the attestations that count now, one per watcher, ordered by signer address (the
// order the contract requires): those of watchers still configured with the same key. A watcher
// removed from the configuration, or whose key changed, no longer counts.
func (s *Set) Count(atts []Attestation) []Attestation {
	out := make([]Attestation, 0, len(atts))
	seen := make(map[string]bool, len(atts))
	for _, a := range atts {
		if seen[a.Watcher] || s.byID[a.Watcher] != a.Address || a.Address == (common.Address{}) {
			continue
		}
		seen[a.Watcher] = true
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return bytes.Compare(out[i].Address[:], out[j].Address[:]) < 0 })
	return out
}

// Address returns the configured address of a watcher.
func (s *Set) Address(id string) (common.Address, bool) { a, ok := s.byID[id]; return a, ok }
