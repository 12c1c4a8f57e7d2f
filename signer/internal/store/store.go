// Package store is the signer's PostgreSQL database: transfers and their attestations, pauses,
// limit overrides and their pending approvals, watchers' conflicts and exclusions, and the
// hash-chained audit log. Callers run their logic inside InTx, where a
// transfer's row is locked, so two signer replicas on one database act on a transfer one at a time.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"hash/fnv"
	"math/big"
	"strings"
	"time"

	"github.com/lib/pq"

	"github.com/tokendroplet/droplet/internal/pgmigrate"
)

//go:embed migrations/*.sql
var migrations embed.FS

const migrateLockKey = 0x64726f706c657400

// ErrNotFound is returned when a transfer is unknown.
var ErrNotFound = errors.New("not found")

// States of a transfer, as stored.
const (
	StateAttested    = "attested"
	StateQuorum      = "quorum"
	StateHeld        = "held"
	StateSigned      = "signed"
	StateQuarantined = "quarantined"
	StateRejected    = "rejected"
)

// Store is the signer's database.
type Store struct {
	db *sql.DB
}

// Open connects and applies migrations as the signer's own role, which then owns every table: the
// insert-only tables (audit, mvs_payouts) are guarded by triggers it could drop. OpenAs with an
// owner role is what production uses.
func Open(ctx context.Context, url string) (*Store, error) { return OpenAs(ctx, url, "") }

// OpenAs connects as the signer's role (url). When ownerURL is set, the migrations run as that
// other role, which owns the tables and grants the signer's role what it needs: SELECT, INSERT,
// UPDATE and DELETE on its working tables, but only SELECT and INSERT on the audit log and the
// Metaverse payouts, so the signer's role (and whoever holds its password) can neither edit nor
// delete a stored payout or audit entry, nor drop the triggers that forbid it.
func OpenAs(ctx context.Context, url, ownerURL string) (*Store, error) {
	db, err := sql.Open("postgres", withBinaryParameters(url))
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	db.SetMaxOpenConns(32)
	db.SetMaxIdleConns(32)
	db.SetConnMaxIdleTime(5 * time.Minute)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connect database: %w", err)
	}
	if ownerURL == "" {
		if err := pgmigrate.Apply(ctx, db, migrations, "migrations", migrateLockKey); err != nil {
			db.Close()
			return nil, err
		}
		return &Store{db: db}, nil
	}
	if err := migrateAsOwner(ctx, db, ownerURL); err != nil {
		db.Close()
		return nil, err
	}
	return &Store{db: db}, nil
}

// insertOnly are the tables whose rows the signer's role may add but never change.
var insertOnly = []string{"audit", "mvs_payouts", "mvs_payout_inputs"}

func migrateAsOwner(ctx context.Context, signer *sql.DB, ownerURL string) error {
	var role string
	if err := signer.QueryRowContext(ctx, `SELECT current_user`).Scan(&role); err != nil {
		return fmt.Errorf("database role: %w", err)
	}
	owner, err := sql.Open("postgres", withBinaryParameters(ownerURL))
	if err != nil {
		return fmt.Errorf("open database as owner: %w", err)
	}
	defer owner.Close()
	var ownerRole string
	if err := owner.QueryRowContext(ctx, `SELECT current_user`).Scan(&ownerRole); err != nil {
		return fmt.Errorf("connect database as owner: %w", err)
	}
	if ownerRole == role {
		return fmt.Errorf("database_owner connects as %q, the signer's own role: it must be another role", role)
	}
	if err := pgmigrate.Apply(ctx, owner, migrations, "migrations", migrateLockKey); err != nil {
		return err
	}
	r := pq.QuoteIdentifier(role)
	stmts := []string{
		`GRANT USAGE ON SCHEMA public TO ` + r,
		`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ` + r,
		`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ` + r,
		`REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON ` + strings.Join(insertOnly, ", ") + ` FROM ` + r,
		`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_migrations FROM ` + r,
	}
	for _, q := range stmts {
		if _, err := owner.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("grant the signer's role: %w", err)
		}
	}
	return nil
}

// PayoutsProtected reports whether the signer's role is unable to change or delete stored
// Metaverse payouts: it neither owns (nor is a member of the owner of) mvs_payouts nor holds
// UPDATE, DELETE or TRUNCATE on it.
func (s *Store) PayoutsProtected(ctx context.Context) (bool, error) {
	var writable bool
	err := s.db.QueryRowContext(ctx, `SELECT pg_has_role(t.tableowner, 'MEMBER')
		OR has_table_privilege('mvs_payouts', 'UPDATE') OR has_table_privilege('mvs_payouts', 'DELETE')
		OR has_table_privilege('mvs_payouts', 'TRUNCATE')
		FROM pg_tables t WHERE t.schemaname = 'public' AND t.tablename = 'mvs_payouts'`).Scan(&writable)
	if err != nil {
		return false, fmt.Errorf("payouts table privileges: %w", err)
	}
	return !writable, nil
}

// withBinaryParameters lets lib/pq send a query and its parameters in one round trip.
func withBinaryParameters(url string) string {
	if strings.Contains(url, "binary_parameters=") {
		return url
	}
	if strings.Contains(url, "://") {
		if strings.Contains(url, "?") {
			return url + "&binary_parameters=yes"
		}
		return url + "?binary_parameters=yes"
	}
	return url + " binary_parameters=yes"
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Record is a transfer's row.
type Record struct {
	ID          []byte
	Digest      []byte
	Transfer    []byte // protobuf
	Route       string
	Lane        string
	DestChain   uint64
	Amount      *big.Int
	State       string
	Reason      string
	HoldUntil   sql.NullTime
	FirstSeen   time.Time
	QuorumAt    sql.NullTime
	SignedAt    sql.NullTime
	EthR, EthS  []byte
	WatcherSigs [][]byte
	MvsRaw      []byte
	MvsTxid     []byte
}

// Attestation is one watcher's signature over a digest.
type Attestation struct {
	TransferID []byte
	Watcher    string
	Digest     []byte
	Transfer   []byte
	Signature  []byte
	Address    []byte // the key the signature recovered to when it was verified
}

// Tx is a database transaction of the signer.
type Tx struct {
	tx *sql.Tx
}

// InTx runs fn in a transaction and commits when fn returns nil.
func (s *Store) InTx(ctx context.Context, fn func(*Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(&Tx{tx: tx}); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

const recordColumns = `id, digest, transfer, route, lane, dest_chain, amount, state, reason, hold_until, first_seen,
	quorum_at, signed_at, eth_r, eth_s, watcher_sigs, mvs_raw, mvs_txid`

func scanRecord(row interface{ Scan(...any) error }) (*Record, error) {
	var r Record
	var amount string
	var sigs pq.ByteaArray
	err := row.Scan(&r.ID, &r.Digest, &r.Transfer, &r.Route, &r.Lane, &r.DestChain, &amount, &r.State, &r.Reason,
		&r.HoldUntil, &r.FirstSeen, &r.QuorumAt, &r.SignedAt, &r.EthR, &r.EthS, &sigs, &r.MvsRaw, &r.MvsTxid)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	r.Amount, _ = new(big.Int).SetString(amount, 10)
	r.WatcherSigs = sigs
	return &r, nil
}

// InsertTransfer adds a transfer first seen now; it does nothing if the id exists.
func (t *Tx) InsertTransfer(ctx context.Context, r *Record) error {
	_, err := t.tx.ExecContext(ctx, `INSERT INTO transfers (id, digest, transfer, route, lane, dest_chain, amount, state)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING`,
		r.ID, r.Digest, r.Transfer, r.Route, r.Lane, r.DestChain, r.Amount.String(), StateAttested)
	if err != nil {
		return fmt.Errorf("insert transfer: %w", err)
	}
	return nil
}

// LockTransfer reads a transfer and locks its row until the transaction ends.
func (t *Tx) LockTransfer(ctx context.Context, id []byte) (*Record, error) {
	r, err := scanRecord(t.tx.QueryRowContext(ctx, `SELECT `+recordColumns+` FROM transfers WHERE id = $1 FOR UPDATE`, id))
	if err != nil && !errors.Is(err, ErrNotFound) {
		return nil, fmt.Errorf("lock transfer: %w", err)
	}
	return r, err
}

// InsertAttestation records an attestation; a repeat is ignored. It reports whether it was new.
func (t *Tx) InsertAttestation(ctx context.Context, a *Attestation) (bool, error) {
	res, err := t.tx.ExecContext(ctx, `INSERT INTO attestations (transfer_id, watcher, digest, transfer, signature, address)
		VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`, a.TransferID, a.Watcher, a.Digest, a.Transfer, a.Signature, a.Address)
	if err != nil {
		return false, fmt.Errorf("insert attestation: %w", err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// Attestations returns the attestations of a transfer of the given digest, or of every digest
// when digest is nil.
func (t *Tx) Attestations(ctx context.Context, id, digest []byte) ([]Attestation, error) {
	return attestations(ctx, t.tx, id, digest)
}

type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func attestations(ctx context.Context, q querier, id, digest []byte) ([]Attestation, error) {
	rows, err := q.QueryContext(ctx, `SELECT watcher, digest, transfer, signature, address FROM attestations
		WHERE transfer_id = $1 AND ($2::bytea IS NULL OR digest = $2) ORDER BY watcher`, id, digest)
	if err != nil {
		return nil, fmt.Errorf("read attestations: %w", err)
	}
	defer rows.Close()
	var out []Attestation
	for rows.Next() {
		a := Attestation{TransferID: id}
		if err := rows.Scan(&a.Watcher, &a.Digest, &a.Transfer, &a.Signature, &a.Address); err != nil {
			return nil, fmt.Errorf("read attestations: %w", err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// SetState moves a transfer to state with a reason; holdUntil may be zero.
func (t *Tx) SetState(ctx context.Context, id []byte, state, reason string, holdUntil time.Time) error {
	hold := sql.NullTime{Time: holdUntil, Valid: !holdUntil.IsZero()}
	_, err := t.tx.ExecContext(ctx, `UPDATE transfers SET state = $2, reason = $3, hold_until = $4,
		quorum_at = CASE WHEN $2 IN ('quorum', 'held') AND quorum_at IS NULL THEN now() ELSE quorum_at END
		WHERE id = $1`, id, state, reason, hold)
	if err != nil {
		return fmt.Errorf("set state: %w", err)
	}
	return nil
}

// SetDigest replaces the agreed digest and transfer, with every column derived from it (an
// operator resolving a quarantine).
func (t *Tx) SetDigest(ctx context.Context, r *Record) error {
	_, err := t.tx.ExecContext(ctx, `UPDATE transfers SET digest = $2, transfer = $3, route = $4, lane = $5, dest_chain = $6,
		amount = $7 WHERE id = $1`, r.ID, r.Digest, r.Transfer, r.Route, r.Lane, r.DestChain, r.Amount.String())
	if err != nil {
		return fmt.Errorf("set digest: %w", err)
	}
	return nil
}

// LockLane serialises cap checks of one route and direction until the transaction ends.
func (t *Tx) LockLane(ctx context.Context, lane string) error {
	h := fnv.New64a()
	h.Write([]byte("lane:" + lane))
	if _, err := t.tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(h.Sum64())); err != nil {
		return fmt.Errorf("lock lane: %w", err)
	}
	return nil
}

// LaneUsage is the amount signed in lane since the given time.
func (t *Tx) LaneUsage(ctx context.Context, lane string, since time.Time) (*big.Int, error) {
	var s string
	err := t.tx.QueryRowContext(ctx, `SELECT COALESCE(sum(amount), 0)::text FROM transfers
		WHERE lane = $1 AND signed_at IS NOT NULL AND signed_at > $2`, lane, since).Scan(&s)
	if err != nil {
		return nil, fmt.Errorf("lane usage: %w", err)
	}
	v, _ := new(big.Int).SetString(s, 10)
	return v, nil
}

// SaveEthereum records the Ethereum authorisation, with the lane and amount it was counted under,
// and marks the transfer signed.
func (t *Tx) SaveEthereum(ctx context.Context, id []byte, lane string, amount *big.Int, r, s []byte, watcherSigs [][]byte) error {
	_, err := t.tx.ExecContext(ctx, `UPDATE transfers SET state = 'signed', reason = '', signed_at = now(), lane = $5, amount = $6,
		eth_r = $2, eth_s = $3, watcher_sigs = $4 WHERE id = $1`, id, r, s, pq.ByteaArray(watcherSigs), lane, amount.String())
	if err != nil {
		return fmt.Errorf("save signature: %w", err)
	}
	return nil
}

// SaveMetaverse records the signed Metaverse payout in the insert-only payouts table, with the
// outputs it spends, and marks the transfer signed with the lane and amount it was counted under.
// ErrOutputSpent: a stored payout of another transfer already spends one of them.
func (t *Tx) SaveMetaverse(ctx context.Context, id []byte, lane string, amount *big.Int, raw, txid []byte, spends []string) error {
	var taken int
	if err := t.tx.QueryRowContext(ctx, `SELECT count(*) FROM mvs_payout_inputs WHERE outpoint = ANY($1)`, pq.StringArray(spends)).Scan(&taken); err != nil {
		return fmt.Errorf("save payout: %w", err)
	}
	if taken > 0 {
		return ErrOutputSpent
	}
	// Security-critical: the primary key makes this the transfer's only payout, ever.
	if _, err := t.tx.ExecContext(ctx, `INSERT INTO mvs_payouts (transfer_id, raw, txid) VALUES ($1, $2, $3)`, id, raw, txid); err != nil {
		return fmt.Errorf("save payout: %w", err)
	}
	for _, o := range spends {
		if _, err := t.tx.ExecContext(ctx, `INSERT INTO mvs_payout_inputs (outpoint, transfer_id) VALUES ($1, $2)`, o, id); err != nil {
			return fmt.Errorf("save payout: %w", err)
		}
	}
	_, err := t.tx.ExecContext(ctx, `UPDATE transfers SET state = 'signed', reason = '', signed_at = now(), lane = $4, amount = $5,
		mvs_raw = $2, mvs_txid = $3 WHERE id = $1`, id, raw, txid, lane, amount.String())
	if err != nil {
		return fmt.Errorf("save payout: %w", err)
	}
	return nil
}

// MetaversePayout returns the transfer's stored Metaverse payout and its txid, from the
// insert-only table; ErrNotFound when it has none.
func (t *Tx) MetaversePayout(ctx context.Context, id []byte) (raw, txid []byte, err error) {
	err = t.tx.QueryRowContext(ctx, `SELECT raw, txid FROM mvs_payouts WHERE transfer_id = $1`, id).Scan(&raw, &txid)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, ErrNotFound
	}
	if err != nil {
		return nil, nil, fmt.Errorf("read payout: %w", err)
	}
	return raw, txid, nil
}

// ErrOutputSpent is a Metaverse payout that spends an output another transfer's payout spends.
var ErrOutputSpent = errors.New("a stored payout of another transfer spends the same output")

// LockAudit takes the audit chain's lock until the transaction ends: policy changes commit before
// or after a signing batch, never in its middle.
func (t *Tx) LockAudit(ctx context.Context) error {
	if _, err := t.tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, auditLockKey); err != nil {
		return fmt.Errorf("audit lock: %w", err)
	}
	return nil
}

// Audit appends an entry to the audit chain.
func (t *Tx) Audit(ctx context.Context, e *AuditEntry) error { return appendAudit(ctx, t.tx, e) }

// Get reads a transfer without locking it.
func (s *Store) Get(ctx context.Context, id []byte) (*Record, error) {
	r, err := scanRecord(s.db.QueryRowContext(ctx, `SELECT `+recordColumns+` FROM transfers WHERE id = $1`, id))
	if err != nil && !errors.Is(err, ErrNotFound) {
		return nil, fmt.Errorf("get transfer: %w", err)
	}
	return r, err
}

// Attestations reads a transfer's attestations of digest (all digests when nil).
func (s *Store) Attestations(ctx context.Context, id, digest []byte) ([]Attestation, error) {
	return attestations(ctx, s.db, id, digest)
}

// Cursor is a position in the list of transfers.
type Cursor struct {
	FirstSeen time.Time
	ID        []byte
}

// List pages through transfers in (first_seen, id) order, optionally of some states.
func (s *Store) List(ctx context.Context, states []string, after *Cursor, limit int) ([]*Record, error) {
	var afterTime time.Time
	var afterID []byte
	if after != nil {
		afterTime, afterID = after.FirstSeen, after.ID
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+recordColumns+` FROM transfers
		WHERE (coalesce(cardinality($1::text[]), 0) = 0 OR state = ANY($1))
		  AND ($2::bytea IS NULL OR (first_seen, id) > ($3, $2))
		ORDER BY first_seen, id LIMIT $4`, pq.StringArray(states), afterID, afterTime, limit)
	if err != nil {
		return nil, fmt.Errorf("list transfers: %w", err)
	}
	defer rows.Close()
	var out []*Record
	for rows.Next() {
		r, err := scanRecord(rows)
		if err != nil {
			return nil, fmt.Errorf("list transfers: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Limits is an operator's override of a route's limits.
type Limits struct {
	Route        string
	Enabled      bool
	Max          string
	DailyCap     string
	BigThreshold string
	BigDelay     string
}

// Policy is the pauses and overrides in force.
type Policy struct {
	GlobalPause  bool
	PausedRoutes map[string]string // route -> reason
	Limits       map[string]Limits
	Excluded     map[string]Exclusion // watchers whose attestations do not count
}

// Policy reads the pauses, limit overrides and watcher exclusions.
func (t *Tx) Policy(ctx context.Context) (*Policy, error) { return readPolicy(ctx, t.tx) }

// Policy reads the pauses, limit overrides and watcher exclusions.
func (s *Store) Policy(ctx context.Context) (*Policy, error) { return readPolicy(ctx, s.db) }

func readPolicy(ctx context.Context, q querier) (*Policy, error) {
	p := &Policy{PausedRoutes: map[string]string{}, Limits: map[string]Limits{}}
	rows, err := q.QueryContext(ctx, `SELECT route, reason FROM pauses`)
	if err != nil {
		return nil, fmt.Errorf("read pauses: %w", err)
	}
	for rows.Next() {
		var route, reason string
		if err := rows.Scan(&route, &reason); err != nil {
			rows.Close()
			return nil, fmt.Errorf("read pauses: %w", err)
		}
		if route == "" {
			p.GlobalPause = true
		} else {
			p.PausedRoutes[route] = reason
		}
	}
	rows.Close()
	rows, err = q.QueryContext(ctx, `SELECT route, enabled, max, daily_cap, big_threshold, big_delay FROM limits`)
	if err != nil {
		return nil, fmt.Errorf("read limits: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var l Limits
		if err := rows.Scan(&l.Route, &l.Enabled, &l.Max, &l.DailyCap, &l.BigThreshold, &l.BigDelay); err != nil {
			return nil, fmt.Errorf("read limits: %w", err)
		}
		p.Limits[l.Route] = l
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read limits: %w", err)
	}
	if p.Excluded, err = readExclusions(ctx, q); err != nil {
		return nil, err
	}
	return p, nil
}

// Pause pauses a route ("" for all).
func (t *Tx) Pause(ctx context.Context, route, reason string) error {
	_, err := t.tx.ExecContext(ctx, `INSERT INTO pauses (route, reason) VALUES ($1, $2)
		ON CONFLICT (route) DO UPDATE SET reason = $2, at = now()`, route, reason)
	if err != nil {
		return fmt.Errorf("pause: %w", err)
	}
	return nil
}

// Unpause lifts a pause; it reports whether there was one.
func (t *Tx) Unpause(ctx context.Context, route string) (bool, error) {
	res, err := t.tx.ExecContext(ctx, `DELETE FROM pauses WHERE route = $1`, route)
	if err != nil {
		return false, fmt.Errorf("unpause: %w", err)
	}
	n, _ := res.RowsAffected()
	return n > 0, nil
}

// SetLimits stores a route's override.
func (t *Tx) SetLimits(ctx context.Context, l Limits) error {
	_, err := t.tx.ExecContext(ctx, `INSERT INTO limits (route, enabled, max, daily_cap, big_threshold, big_delay)
		VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (route) DO UPDATE
		SET enabled = $2, max = $3, daily_cap = $4, big_threshold = $5, big_delay = $6, at = now()`,
		l.Route, l.Enabled, l.Max, l.DailyCap, l.BigThreshold, l.BigDelay)
	if err != nil {
		return fmt.Errorf("set limits: %w", err)
	}
	return nil
}
