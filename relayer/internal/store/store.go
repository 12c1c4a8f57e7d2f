// Package store is the relayer's PostgreSQL database: each transfer's state, what the signer
// answered, the destination transaction, and the full history of every step. Work is claimed with
// FOR UPDATE SKIP LOCKED, so replicas on one database share it and never act on one transfer at
// once.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/lib/pq"

	"github.com/tokendroplet/droplet/internal/pgmigrate"
)

//go:embed migrations/*.sql
var migrations embed.FS

// States.
const (
	StateQuorum    = "quorum"
	StateHeld      = "held"
	StateSigned    = "signed"
	StateSubmitted = "submitted"
	StateConfirmed = "confirmed"
	StateFailed    = "failed"
	StateResolved  = "resolved"
)

// Active are the states the pipeline works on.
var Active = []string{StateQuorum, StateHeld, StateSigned, StateSubmitted}

// ErrNotFound is an unknown transfer.
var ErrNotFound = errors.New("transfer not found")

// Transfer is a transfer's row.
type Transfer struct {
	ID          []byte
	State       string
	Route       string
	Direction   string
	SourceChain uint64
	SourceTx    []byte
	SourceIndex uint32
	SourceBlock []byte
	DestChain   uint64
	DestToken   []byte
	Recipient   []byte
	Amount      *big.Int
	Fee         *big.Int
	Digest      []byte
	QuorumAt    time.Time
	HoldUntil   sql.NullTime
	EthR, EthS  []byte
	WatcherSigs [][]byte
	MvsRaw      []byte
	DestTx      []byte
	SubmittedAt sql.NullTime
	ConfirmedAt sql.NullTime
	Attempts    int
	NextAttempt time.Time
	Reason      string
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// Event is one step of a transfer's history.
type Event struct {
	At       time.Time
	From, To string
	Detail   string
	Tx       []byte
	Error    string
}

// Store is the relayer's database.
type Store struct {
	db *sql.DB
}

// Open connects and migrates.
func Open(ctx context.Context, url string) (*Store, error) {
	db, err := sql.Open("postgres", url)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	db.SetMaxOpenConns(24)
	db.SetMaxIdleConns(24)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connect database: %w", err)
	}
	if err := pgmigrate.Apply(ctx, db, migrations, "migrations", 0x64726f706c657420); err != nil {
		db.Close()
		return nil, err
	}
	return &Store{db: db}, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// DB is the database handle (for the reporter's tests and tools).
func (s *Store) DB() *sql.DB { return s.db }

const columns = `id, state, route, direction, source_chain, source_tx, source_index, source_block, dest_chain, dest_token,
	recipient, amount::text, fee::text, digest, quorum_at, hold_until, eth_r, eth_s, watcher_sigs, mvs_raw, dest_tx,
	submitted_at, confirmed_at, attempts, next_attempt_at, reason, created_at, updated_at`

func scan(row interface{ Scan(...any) error }) (*Transfer, error) {
	var t Transfer
	var amount, fee string
	var sigs pq.ByteaArray
	var srcIndex int64
	err := row.Scan(&t.ID, &t.State, &t.Route, &t.Direction, &t.SourceChain, &t.SourceTx, &srcIndex, &t.SourceBlock,
		&t.DestChain, &t.DestToken, &t.Recipient, &amount, &fee, &t.Digest, &t.QuorumAt, &t.HoldUntil, &t.EthR, &t.EthS,
		&sigs, &t.MvsRaw, &t.DestTx, &t.SubmittedAt, &t.ConfirmedAt, &t.Attempts, &t.NextAttempt, &t.Reason,
		&t.CreatedAt, &t.UpdatedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	t.SourceIndex = uint32(srcIndex)
	t.Amount, _ = new(big.Int).SetString(amount, 10)
	t.Fee, _ = new(big.Int).SetString(fee, 10)
	t.WatcherSigs = sigs
	return &t, nil
}

// Insert records a transfer the signer reports at quorum; it reports whether it was new.
func (s *Store) Insert(ctx context.Context, t *Transfer) (bool, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback() //nolint:errcheck // no-op after Commit
	res, err := tx.ExecContext(ctx, `INSERT INTO transfers (id, state, route, direction, source_chain, source_tx, source_index,
		source_block, dest_chain, dest_token, recipient, amount, fee, digest, quorum_at, hold_until, next_attempt_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, now()) ON CONFLICT (id) DO NOTHING`,
		t.ID, t.State, t.Route, t.Direction, int64(t.SourceChain), t.SourceTx, int64(t.SourceIndex), t.SourceBlock,
		int64(t.DestChain), t.DestToken, t.Recipient, t.Amount.String(), t.Fee.String(), t.Digest, t.QuorumAt, t.HoldUntil)
	if err != nil {
		return false, fmt.Errorf("insert transfer: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return false, nil
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO events (transfer_id, from_state, to_state, detail) VALUES ($1, '', $2, 'quorum reported by the signer')`,
		t.ID, t.State); err != nil {
		return false, fmt.Errorf("insert event: %w", err)
	}
	return true, tx.Commit()
}

// Tx is a claimed transfer's transaction: the row stays locked until Commit.
type Tx struct {
	tx *sql.Tx
	T  *Transfer
}

// Claim locks the active transfer that is due first and that no other replica holds. It returns
// nil, nil when there is none.
func (s *Store) Claim(ctx context.Context) (*Tx, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("claim: %w", err)
	}
	t, err := scan(tx.QueryRowContext(ctx, `SELECT `+columns+` FROM transfers
		WHERE state IN ('quorum', 'held', 'signed', 'submitted') AND next_attempt_at <= now()
		ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED`))
	if errors.Is(err, ErrNotFound) {
		_ = tx.Rollback()
		return nil, nil
	}
	if err != nil {
		_ = tx.Rollback()
		return nil, fmt.Errorf("claim: %w", err)
	}
	return &Tx{tx: tx, T: t}, nil
}

// LockByID locks one transfer (for the admin API).
func (s *Store) LockByID(ctx context.Context, id []byte) (*Tx, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	t, err := scan(tx.QueryRowContext(ctx, `SELECT `+columns+` FROM transfers WHERE id = $1 FOR UPDATE`, id))
	if err != nil {
		_ = tx.Rollback()
		return nil, err
	}
	return &Tx{tx: tx, T: t}, nil
}

// Change is a transition of a claimed transfer.
type Change struct {
	To          string
	Detail      string
	Tx          []byte // a destination transaction, recorded in the event and on the transfer
	Err         error  // the attempt's error, if it failed
	Attempt     bool   // count an attempt
	NextAttempt time.Time
	Reason      string
	// Set on reaching signed.
	EthR, EthS  []byte
	WatcherSigs [][]byte
	MvsRaw      []byte
	HoldUntil   time.Time
}

// Apply records c on the claimed transfer and its history, and commits.
func (t *Tx) Apply(ctx context.Context, c Change) error {
	defer t.tx.Rollback() //nolint:errcheck // no-op after Commit
	to := c.To
	if to == "" {
		to = t.T.State
	}
	next := c.NextAttempt
	if next.IsZero() {
		next = time.Now()
	}
	attempts := t.T.Attempts
	if c.Attempt {
		attempts++
	}
	errText := ""
	if c.Err != nil {
		errText = c.Err.Error()
	}
	hold := sql.NullTime{Time: c.HoldUntil, Valid: !c.HoldUntil.IsZero()}
	_, err := t.tx.ExecContext(ctx, `UPDATE transfers SET state = $2, attempts = $3, next_attempt_at = $4, reason = $5,
		eth_r = COALESCE($6, eth_r), eth_s = COALESCE($7, eth_s), watcher_sigs = COALESCE($8, watcher_sigs),
		mvs_raw = COALESCE($9, mvs_raw), dest_tx = COALESCE($10, dest_tx),
		submitted_at = CASE WHEN $2 = 'submitted' AND submitted_at IS NULL THEN now() ELSE submitted_at END,
		confirmed_at = CASE WHEN $2 = 'confirmed' THEN now() ELSE confirmed_at END,
		hold_until = COALESCE($11, hold_until), updated_at = now() WHERE id = $1`,
		t.T.ID, to, attempts, next, c.Reason, nilIfEmpty(c.EthR), nilIfEmpty(c.EthS), byteaArray(c.WatcherSigs),
		nilIfEmpty(c.MvsRaw), nilIfEmpty(c.Tx), hold)
	if err != nil {
		return fmt.Errorf("apply: %w", err)
	}
	if to != t.T.State || c.Err != nil || c.Tx != nil || c.Detail != "" {
		if _, err := t.tx.ExecContext(ctx, `INSERT INTO events (transfer_id, from_state, to_state, detail, tx, error)
			VALUES ($1, $2, $3, $4, $5, $6)`, t.T.ID, t.T.State, to, c.Detail, nilIfEmpty(c.Tx), errText); err != nil {
			return fmt.Errorf("apply: event: %w", err)
		}
	}
	if err := t.tx.Commit(); err != nil {
		return fmt.Errorf("apply: commit: %w", err)
	}
	return nil
}

// AdminAudit records an administrator's action in the claimed transaction (call before Apply).
func (t *Tx) AdminAudit(ctx context.Context, actor, action, reason string) error {
	_, err := t.tx.ExecContext(ctx, `INSERT INTO admin_audit (actor, action, transfer_id, reason) VALUES ($1, $2, $3, $4)`,
		actor, action, t.T.ID, reason)
	return err
}

// Release gives the claim up without a change.
func (t *Tx) Release() { _ = t.tx.Rollback() }

func nilIfEmpty(b []byte) []byte {
	if len(b) == 0 {
		return nil
	}
	return b
}

func byteaArray(b [][]byte) any {
	if b == nil {
		return nil
	}
	return pq.ByteaArray(b)
}

// Get reads a transfer.
func (s *Store) Get(ctx context.Context, id []byte) (*Transfer, error) {
	return scan(s.db.QueryRowContext(ctx, `SELECT `+columns+` FROM transfers WHERE id = $1`, id))
}

// BySourceTx returns every transfer of a source transaction.
func (s *Store) BySourceTx(ctx context.Context, sourceTx []byte) ([]*Transfer, error) {
	return s.query(ctx, `SELECT `+columns+` FROM transfers WHERE source_tx = $1 ORDER BY source_index`, sourceTx)
}

func (s *Store) query(ctx context.Context, q string, args ...any) ([]*Transfer, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*Transfer
	for rows.Next() {
		t, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// History is a transfer's events, oldest first.
func (s *Store) History(ctx context.Context, id []byte) ([]Event, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT at, from_state, to_state, detail, tx, error FROM events WHERE transfer_id = $1 ORDER BY id`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Event
	for rows.Next() {
		var e Event
		if err := rows.Scan(&e.At, &e.From, &e.To, &e.Detail, &e.Tx, &e.Error); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// Filter selects transfers for List.
type Filter struct {
	State, Route, Direction string
	Since, Until            time.Time
	Recipient               []byte
	// Cursor: transfers created before (CreatedAt, ID).
	BeforeAt time.Time
	BeforeID []byte
	Limit    int
}

// List returns transfers newest first.
func (s *Store) List(ctx context.Context, f Filter) ([]*Transfer, error) {
	var since, until, before sql.NullTime
	if !f.Since.IsZero() {
		since = sql.NullTime{Time: f.Since, Valid: true}
	}
	if !f.Until.IsZero() {
		until = sql.NullTime{Time: f.Until, Valid: true}
	}
	if !f.BeforeAt.IsZero() {
		before = sql.NullTime{Time: f.BeforeAt, Valid: true}
	}
	return s.query(ctx, `SELECT `+columns+` FROM transfers
		WHERE ($1 = '' OR state = $1) AND ($2 = '' OR route = $2) AND ($3 = '' OR direction = $3)
		  AND ($4::timestamptz IS NULL OR created_at >= $4) AND ($5::timestamptz IS NULL OR created_at < $5)
		  AND ($6::bytea IS NULL OR recipient = $6)
		  AND ($7::timestamptz IS NULL OR (created_at, id) < ($7, $8))
		ORDER BY created_at DESC, id DESC LIMIT $9`,
		f.State, f.Route, f.Direction, since, until, nilIfEmpty(f.Recipient), before, f.BeforeID, f.Limit)
}

// Queue counts transfers per state and gives the oldest active one's creation time.
func (s *Store) Queue(ctx context.Context) (map[string]int64, time.Time, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT state, count(*) FROM transfers GROUP BY state`)
	if err != nil {
		return nil, time.Time{}, err
	}
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		var st string
		var n int64
		if err := rows.Scan(&st, &n); err != nil {
			return nil, time.Time{}, err
		}
		out[st] = n
	}
	var oldest sql.NullTime
	if err := s.db.QueryRowContext(ctx, `SELECT min(created_at) FROM transfers WHERE state IN ('quorum', 'held', 'signed', 'submitted')`).Scan(&oldest); err != nil {
		return nil, time.Time{}, err
	}
	return out, oldest.Time, rows.Err()
}
