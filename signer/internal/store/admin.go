package store

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Approval is one administrator's pending request for limits that loosen those in force.
type Approval struct {
	Limits
	Admin  string
	Reason string
	At     time.Time
}

// Approvals returns the approvals of the exact limits l made after since, oldest first.
func (t *Tx) Approvals(ctx context.Context, l Limits, since time.Time) ([]Approval, error) {
	rows, err := t.tx.QueryContext(ctx, `SELECT admin, reason, at FROM limit_approvals
		WHERE route = $1 AND enabled = $2 AND max = $3 AND daily_cap = $4 AND big_threshold = $5 AND big_delay = $6
		  AND at > $7 ORDER BY at, admin`, l.Route, l.Enabled, l.Max, l.DailyCap, l.BigThreshold, l.BigDelay, since)
	if err != nil {
		return nil, fmt.Errorf("read approvals: %w", err)
	}
	defer rows.Close()
	var out []Approval
	for rows.Next() {
		a := Approval{Limits: l}
		if err := rows.Scan(&a.Admin, &a.Reason, &a.At); err != nil {
			return nil, fmt.Errorf("read approvals: %w", err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// AddApproval records a's request; a repeat by the same administrator is ignored. It reports
// whether it was new.
func (t *Tx) AddApproval(ctx context.Context, a Approval) (bool, error) {
	res, err := t.tx.ExecContext(ctx, `INSERT INTO limit_approvals (route, enabled, max, daily_cap, big_threshold, big_delay, admin, reason, at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
		a.Route, a.Enabled, a.Max, a.DailyCap, a.BigThreshold, a.BigDelay, a.Admin, a.Reason, a.At)
	if err != nil {
		return false, fmt.Errorf("add approval: %w", err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// DeleteApprovals deletes the approvals of the exact limits l (they were applied).
func (t *Tx) DeleteApprovals(ctx context.Context, l Limits) error {
	_, err := t.tx.ExecContext(ctx, `DELETE FROM limit_approvals WHERE route = $1 AND enabled = $2 AND max = $3
		AND daily_cap = $4 AND big_threshold = $5 AND big_delay = $6`,
		l.Route, l.Enabled, l.Max, l.DailyCap, l.BigThreshold, l.BigDelay)
	if err != nil {
		return fmt.Errorf("delete approvals: %w", err)
	}
	return nil
}

// DeleteExpiredApprovals deletes every approval made at or before expired.
func (t *Tx) DeleteExpiredApprovals(ctx context.Context, expired time.Time) error {
	if _, err := t.tx.ExecContext(ctx, `DELETE FROM limit_approvals WHERE at <= $1`, expired); err != nil {
		return fmt.Errorf("delete expired approvals: %w", err)
	}
	return nil
}

// PendingApprovals lists the approvals made after since.
func (s *Store) PendingApprovals(ctx context.Context, since time.Time) ([]Approval, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT route, enabled, max, daily_cap, big_threshold, big_delay, admin, reason, at
		FROM limit_approvals WHERE at > $1 ORDER BY route, at, admin`, since)
	if err != nil {
		return nil, fmt.Errorf("read approvals: %w", err)
	}
	defer rows.Close()
	var out []Approval
	for rows.Next() {
		var a Approval
		if err := rows.Scan(&a.Route, &a.Enabled, &a.Max, &a.DailyCap, &a.BigThreshold, &a.BigDelay, &a.Admin, &a.Reason, &a.At); err != nil {
			return nil, fmt.Errorf("read approvals: %w", err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Exclusion is a watcher excluded from counting.
type Exclusion struct {
	Watcher    string
	Conflicts  int
	Reason     string
	ExcludedAt time.Time
}

func readExclusions(ctx context.Context, q querier) (map[string]Exclusion, error) {
	rows, err := q.QueryContext(ctx, `SELECT watcher, conflicts, reason, excluded_at FROM watcher_exclusions WHERE restored_at IS NULL`)
	if err != nil {
		return nil, fmt.Errorf("read exclusions: %w", err)
	}
	defer rows.Close()
	out := map[string]Exclusion{}
	for rows.Next() {
		var e Exclusion
		if err := rows.Scan(&e.Watcher, &e.Conflicts, &e.Reason, &e.ExcludedAt); err != nil {
			return nil, fmt.Errorf("read exclusions: %w", err)
		}
		out[e.Watcher] = e
	}
	return out, rows.Err()
}

// Exclusions returns the watchers excluded now.
func (s *Store) Exclusions(ctx context.Context) (map[string]Exclusion, error) {
	return readExclusions(ctx, s.db)
}

// Exclusions returns the watchers excluded now.
func (t *Tx) Exclusions(ctx context.Context) (map[string]Exclusion, error) {
	return readExclusions(ctx, t.tx)
}

// Conflict is a watcher's attestation of a digest other than the agreed one.
type Conflict struct {
	TransferID   []byte
	Watcher      string
	Digest       []byte
	AgreedDigest []byte
	At           time.Time
}

// AddConflict records c; one per transfer and watcher. It reports whether it was new.
func (t *Tx) AddConflict(ctx context.Context, c Conflict) (bool, error) {
	res, err := t.tx.ExecContext(ctx, `INSERT INTO watcher_conflicts (transfer_id, watcher, digest, agreed_digest, at)
		VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`, c.TransferID, c.Watcher, c.Digest, c.AgreedDigest, c.At)
	if err != nil {
		return false, fmt.Errorf("add conflict: %w", err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// RecentConflicts counts the watcher's conflicts after since and after its last restore.
func (t *Tx) RecentConflicts(ctx context.Context, watcher string, since time.Time) (int, error) {
	var n int
	err := t.tx.QueryRowContext(ctx, `SELECT count(*) FROM watcher_conflicts c WHERE c.watcher = $1 AND c.at > $2
		AND c.at > COALESCE((SELECT restored_at FROM watcher_exclusions e WHERE e.watcher = $1), '-infinity')`,
		watcher, since).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count conflicts: %w", err)
	}
	return n, nil
}

// Exclude excludes a watcher from counting (again, if it was restored). Take the audit lock
// first: exclusions change only under it.
func (t *Tx) Exclude(ctx context.Context, e Exclusion) error {
	_, err := t.tx.ExecContext(ctx, `INSERT INTO watcher_exclusions (watcher, conflicts, reason, excluded_at) VALUES ($1, $2, $3, $4)
		ON CONFLICT (watcher) DO UPDATE SET conflicts = $2, reason = $3, excluded_at = $4, restored_at = NULL, restored_by = NULL`,
		e.Watcher, e.Conflicts, e.Reason, e.ExcludedAt)
	if err != nil {
		return fmt.Errorf("exclude watcher: %w", err)
	}
	return nil
}

// ErrNotExcluded is a restore of a watcher that is not excluded.
var ErrNotExcluded = errors.New("watcher is not excluded")

// Restore lets an excluded watcher count again; conflicts before at no longer count towards its
// next exclusion. Take the audit lock first.
func (t *Tx) Restore(ctx context.Context, watcher, by string, at time.Time) error {
	res, err := t.tx.ExecContext(ctx, `UPDATE watcher_exclusions SET restored_at = $2, restored_by = $3
		WHERE watcher = $1 AND restored_at IS NULL`, watcher, at, by)
	if err != nil {
		return fmt.Errorf("restore watcher: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotExcluded
	}
	return nil
}

// QuarantinedAttestedBy lists, oldest first, up to limit ids of quarantined transfers the
// watcher attested.
func (s *Store) QuarantinedAttestedBy(ctx context.Context, watcher string, limit int) ([][]byte, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT t.id FROM transfers t WHERE t.state = $1
		AND EXISTS (SELECT 1 FROM attestations a WHERE a.transfer_id = t.id AND a.watcher = $2)
		ORDER BY t.first_seen, t.id LIMIT $3`, StateQuarantined, watcher, limit)
	if err != nil {
		return nil, fmt.Errorf("list quarantined: %w", err)
	}
	defer rows.Close()
	var out [][]byte
	for rows.Next() {
		var id []byte
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("list quarantined: %w", err)
		}
		out = append(out, id)
	}
	return out, rows.Err()
}
