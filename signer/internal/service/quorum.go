package service

import (
	"bytes"
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/signer/internal/quorum"
	"github.com/tokendroplet/droplet/signer/internal/store"
)

// Exclusion is when a watcher stops counting: after more than MaxConflicts conflicts with the
// agreed digest within Window. It counts again only when an administrator restores it.
type Exclusion struct {
	MaxConflicts int
	Window       time.Duration
}

// DefaultExclusion is the exclusion policy when the configuration names none.
var DefaultExclusion = Exclusion{MaxConflicts: 3, Window: 24 * time.Hour}

// verified returns the stored attestations whose signatures verify, in quorum's form.
// Security-critical: the database is not trusted to vouch for a signature. Every stored
// attestation is verified again each time it is counted; one that does not verify (an edited
// row) never counts, nor is it evidence against a watcher, and it is an alert.
func (s *Service) verified(atts []store.Attestation) []quorum.Attestation {
	out := make([]quorum.Attestation, 0, len(atts))
	for _, a := range atts {
		if len(a.Digest) != 32 {
			continue
		}
		digest := [32]byte(a.Digest)
		addr := common.BytesToAddress(a.Address)
		if got, err := quorum.Recover(digest, a.Signature); err != nil || got != addr {
			s.log.Error("ALERT: a stored attestation does not verify; it is not counted (database edited?)",
				"watcher", a.Watcher, "digest", fmt.Sprintf("%x", digest), "err", err)
			s.metrics.tampered.Inc()
			continue
		}
		out = append(out, quorum.Attestation{Watcher: a.Watcher, Address: addr, Digest: digest, Signature: a.Signature})
	}
	return out
}

// count returns the attestations that count for digest, given every stored attestation of the
// transfer: those of configured, non-excluded watchers that signed no other digest for it.
func (s *Service) count(digest [32]byte, atts []store.Attestation, excluded map[string]store.Exclusion) []quorum.Attestation {
	return s.watchers.Counting(digest, s.verified(atts), excludedSet(excluded))
}

func excludedSet(ex map[string]store.Exclusion) map[string]bool {
	out := make(map[string]bool, len(ex))
	for w := range ex {
		out[w] = true
	}
	return out
}

// observeExclusions sets the exclusion gauge of every configured watcher.
func (s *Service) observeExclusions(ex map[string]store.Exclusion) {
	for _, w := range s.watchers.IDs() {
		v := 0.0
		if _, ok := ex[w]; ok {
			v = 1
		}
		s.metrics.excluded.WithLabelValues(w).Set(v)
	}
}

// recordConflicts charges every watcher that attested a digest other than agreed for this
// transfer with one conflict, and excludes the ones that have more than MaxConflicts within the
// window. excluded is updated in place. It runs inside the transfer's transaction, its row locked.
func (s *Service) recordConflicts(ctx context.Context, tx *store.Tx, id []byte, agreed [32]byte, atts []store.Attestation,
	excluded map[string]store.Exclusion) error {
	now := s.now()
	for _, a := range s.verified(atts) {
		if a.Digest == agreed || !s.watchers.Known(a.Watcher) {
			continue
		}
		isNew, err := tx.AddConflict(ctx, store.Conflict{TransferID: id, Watcher: a.Watcher, Digest: a.Digest[:],
			AgreedDigest: agreed[:], At: now})
		if err != nil {
			return err
		}
		if !isNew {
			continue
		}
		s.metrics.conflicts.WithLabelValues(a.Watcher).Inc()
		s.log.Error("watcher attested a digest other than the agreed one", "watcher", a.Watcher,
			"transfer_id", transfer.ID(id).String(), "digest", fmt.Sprintf("%x", a.Digest), "agreed_digest", fmt.Sprintf("%x", agreed))
		if _, ok := excluded[a.Watcher]; ok {
			continue
		}
		// Exclusions change only under the audit lock: two replicas counting one watcher's
		// conflicts see each other's, and signing batches re-read exclusions consistently.
		if err := tx.LockAudit(ctx); err != nil {
			return err
		}
		current, err := tx.Exclusions(ctx)
		if err != nil {
			return err
		}
		if e, ok := current[a.Watcher]; ok {
			excluded[a.Watcher] = e
			continue
		}
		n, err := tx.RecentConflicts(ctx, a.Watcher, now.Add(-s.exclusion.Window))
		if err != nil {
			return err
		}
		if n <= s.exclusion.MaxConflicts {
			continue
		}
		e := store.Exclusion{Watcher: a.Watcher, Conflicts: n, ExcludedAt: now,
			Reason: fmt.Sprintf("%d conflicts with the agreed digest within %s (more than %d)", n, s.exclusion.Window, s.exclusion.MaxConflicts)}
		if err := tx.Exclude(ctx, e); err != nil {
			return err
		}
		entry := &store.AuditEntry{Kind: "exclude_watcher", Actor: "signer", TransferID: id, Digest: a.Digest[:],
			Detail: mustJSON(map[string]any{"watcher": a.Watcher, "conflicts": n, "window": s.exclusion.Window.String(),
				"max_conflicts": s.exclusion.MaxConflicts, "agreed_digest": fmt.Sprintf("%x", agreed)})}
		if err := tx.Audit(ctx, entry); err != nil {
			return err
		}
		excluded[a.Watcher] = e
		s.metrics.excluded.WithLabelValues(a.Watcher).Set(1)
		s.log.Error("ALERT: watcher excluded from counting until an administrator restores it", "watcher", a.Watcher,
			"conflicts", n, "window", s.exclusion.Window.String(), "audit_seq", entry.Seq, "audit_head", fmt.Sprintf("%x", entry.Hash))
	}
	return nil
}

// onlyExcluded reports whether every attestation of digest is by an excluded watcher.
func onlyExcluded(digest []byte, atts []store.Attestation, excluded map[string]store.Exclusion) bool {
	for _, a := range atts {
		if bytes.Equal(a.Digest, digest) {
			if _, ok := excluded[a.Watcher]; !ok {
				return false
			}
		}
	}
	return true
}
