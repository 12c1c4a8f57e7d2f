package ethchain

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Nonce states (the eth_nonces table documents them).
const (
	slotPending    = "pending"
	slotMined      = "mined"
	slotReverted   = "reverted"
	slotSuperseded = "superseded"
	slotOrphaned   = "orphaned"
)

// slot is one nonce of the gas account and every transaction signed for it.
type slot struct {
	Nonce       uint64
	Transfer    []byte
	State       string
	Reason      string
	BroadcastAt time.Time
	CapReported bool
	Txs         []*types.Transaction // oldest first; the last one is the one that counts
}

// last is the newest transaction of the slot.
func (s *slot) last() *types.Transaction { return s.Txs[len(s.Txs)-1] }

// has reports whether h is one of the slot's transactions.
func (s *slot) has(h common.Hash) bool {
	return slices.ContainsFunc(s.Txs, func(tx *types.Transaction) bool { return tx.Hash() == h })
}

// ledger records the gas account's nonces and every transaction before it is broadcast.
type ledger interface {
	// pending returns the transfer's pending slot, or nil.
	pending(ctx context.Context, id []byte) (*slot, error)
	// byHash returns the slot holding transaction h, or nil.
	byHash(ctx context.Context, h common.Hash) (*slot, error)
	// allocate gives transfer id the next nonce, at least floor (the node's pending nonce), signs
	// its transaction with sign and records both, under a lock that serialises every allocation of
	// the account. If the transfer already holds a pending slot, that one is returned instead.
	allocate(ctx context.Context, id []byte, floor uint64, sign func(nonce uint64) (*types.Transaction, error)) (*slot, error)
	// replace records tx, signed for s's nonce, as its newest transaction. s must still be pending.
	replace(ctx context.Context, s *slot, tx *types.Transaction) error
	// settle moves s from pending to state; it reports false when s was no longer pending.
	settle(ctx context.Context, s *slot, state, reason string) (bool, error)
	// touch records a rebroadcast of s, and that its fee cap was reported if capReported.
	touch(ctx context.Context, s *slot, capReported bool) error
	// unmined returns the slots with nonces in [from, to) that still wait for the chain (pending
	// or orphaned), in nonce order.
	unmined(ctx context.Context, from, to uint64) ([]*slot, error)
	// next is the next nonce the ledger would give, without the node's floor.
	next(ctx context.Context) (uint64, error)
	// raise lifts the next nonce to at least floor (the node's pending nonce: the key was used
	// elsewhere) and returns it.
	raise(ctx context.Context, floor uint64) (uint64, error)
}

// errNotPending: another worker settled or replaced the slot first.
var errNotPending = errors.New("the nonce is no longer pending")

// pgLedger keeps the ledger in the relayer's PostgreSQL (migration 0003_eth_nonces.sql).
type pgLedger struct {
	db      *sql.DB
	chainID int64
	addr    []byte
}

var _ ledger = (*pgLedger)(nil)

const slotColumns = `nonce, transfer_id, state, reason, broadcast_at, cap_reported`

func (l *pgLedger) load(ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, where string, args ...any) ([]*slot, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+slotColumns+` FROM eth_nonces WHERE chain_id = $1 AND address = $2 AND `+where+` ORDER BY nonce`,
		append([]any{l.chainID, l.addr}, args...)...)
	if err != nil {
		return nil, fmt.Errorf("read nonces: %w", err)
	}
	var out []*slot
	for rows.Next() {
		var s slot
		var n int64
		if err := rows.Scan(&n, &s.Transfer, &s.State, &s.Reason, &s.BroadcastAt, &s.CapReported); err != nil {
			rows.Close()
			return nil, fmt.Errorf("read nonces: %w", err)
		}
		s.Nonce = uint64(n)
		out = append(out, &s)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read nonces: %w", err)
	}
	for _, s := range out {
		txs, err := q.QueryContext(ctx, `SELECT raw FROM eth_txs WHERE chain_id = $1 AND address = $2 AND nonce = $3 ORDER BY seq`,
			l.chainID, l.addr, int64(s.Nonce))
		if err != nil {
			return nil, fmt.Errorf("read transactions: %w", err)
		}
		for txs.Next() {
			var raw []byte
			if err := txs.Scan(&raw); err != nil {
				txs.Close()
				return nil, fmt.Errorf("read transactions: %w", err)
			}
			tx := new(types.Transaction)
			if err := tx.UnmarshalBinary(raw); err != nil {
				txs.Close()
				return nil, fmt.Errorf("recorded transaction of nonce %d: %w", s.Nonce, err)
			}
			s.Txs = append(s.Txs, tx)
		}
		txs.Close()
		if err := txs.Err(); err != nil {
			return nil, fmt.Errorf("read transactions: %w", err)
		}
		if len(s.Txs) == 0 {
			return nil, fmt.Errorf("nonce %d has no recorded transaction", s.Nonce)
		}
	}
	return out, nil
}

func (l *pgLedger) one(ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, where string, args ...any) (*slot, error) {
	ss, err := l.load(ctx, q, where, args...)
	if err != nil || len(ss) == 0 {
		return nil, err
	}
	return ss[0], nil
}

func (l *pgLedger) pending(ctx context.Context, id []byte) (*slot, error) {
	return l.one(ctx, l.db, `transfer_id = $3 AND state = 'pending'`, id)
}

func (l *pgLedger) byHash(ctx context.Context, h common.Hash) (*slot, error) {
	return l.one(ctx, l.db, `nonce = (SELECT nonce FROM eth_txs WHERE hash = $3 AND chain_id = $1 AND address = $2)`, h.Bytes())
}

func insertTx(ctx context.Context, tx *sql.Tx, chainID int64, addr []byte, seq int, t *types.Transaction) error {
	raw, err := t.MarshalBinary()
	if err != nil {
		return fmt.Errorf("encode transaction: %w", err)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO eth_txs (hash, chain_id, address, nonce, seq, tip_cap, fee_cap, gas, raw)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, t.Hash().Bytes(), chainID, addr, int64(t.Nonce()), seq,
		t.GasTipCap().String(), t.GasFeeCap().String(), int64(t.Gas()), raw)
	if err != nil {
		return fmt.Errorf("record transaction: %w", err)
	}
	return nil
}

func (l *pgLedger) allocate(ctx context.Context, id []byte, floor uint64, sign func(uint64) (*types.Transaction, error)) (*slot, error) {
	tx, err := l.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("allocate nonce: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // no-op after Commit
	if _, err := tx.ExecContext(ctx, `INSERT INTO eth_accounts (chain_id, address, next_nonce) VALUES ($1, $2, $3)
		ON CONFLICT DO NOTHING`, l.chainID, l.addr, int64(floor)); err != nil {
		return nil, fmt.Errorf("allocate nonce: %w", err)
	}
	// Security-critical: this row lock serialises every replica's allocation on the account.
	var next int64
	if err := tx.QueryRowContext(ctx, `SELECT next_nonce FROM eth_accounts WHERE chain_id = $1 AND address = $2 FOR UPDATE`,
		l.chainID, l.addr).Scan(&next); err != nil {
		return nil, fmt.Errorf("allocate nonce: %w", err)
	}
	if s, err := l.one(ctx, tx, `transfer_id = $3 AND state = 'pending'`, id); err != nil || s != nil {
		return s, err
	}
	nonce := max(uint64(next), floor)
	signed, err := sign(nonce)
	if err != nil {
		return nil, err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO eth_nonces (chain_id, address, nonce, transfer_id, state) VALUES ($1, $2, $3, $4, 'pending')`,
		l.chainID, l.addr, int64(nonce), id); err != nil {
		return nil, fmt.Errorf("record nonce %d: %w", nonce, err)
	}
	if err := insertTx(ctx, tx, l.chainID, l.addr, 0, signed); err != nil {
		return nil, err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE eth_accounts SET next_nonce = $3 WHERE chain_id = $1 AND address = $2`,
		l.chainID, l.addr, int64(nonce+1)); err != nil {
		return nil, fmt.Errorf("allocate nonce: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("allocate nonce: %w", err)
	}
	return &slot{Nonce: nonce, Transfer: bytes.Clone(id), State: slotPending, BroadcastAt: time.Now(), Txs: []*types.Transaction{signed}}, nil
}

func (l *pgLedger) replace(ctx context.Context, s *slot, t *types.Transaction) error {
	tx, err := l.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("record replacement: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // no-op after Commit
	var state string
	var seq int
	if err := tx.QueryRowContext(ctx, `SELECT state, (SELECT count(*) FROM eth_txs x WHERE x.chain_id = n.chain_id AND x.address = n.address AND x.nonce = n.nonce)
		FROM eth_nonces n WHERE chain_id = $1 AND address = $2 AND nonce = $3 FOR UPDATE`, l.chainID, l.addr, int64(s.Nonce)).Scan(&state, &seq); err != nil {
		return fmt.Errorf("record replacement: %w", err)
	}
	if state != slotPending {
		return fmt.Errorf("nonce %d: %w (%s)", s.Nonce, errNotPending, state)
	}
	if err := insertTx(ctx, tx, l.chainID, l.addr, seq, t); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE eth_nonces SET broadcast_at = now(), updated_at = now() WHERE chain_id = $1 AND address = $2 AND nonce = $3`,
		l.chainID, l.addr, int64(s.Nonce)); err != nil {
		return fmt.Errorf("record replacement: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("record replacement: %w", err)
	}
	s.Txs = append(s.Txs, t)
	s.BroadcastAt = time.Now()
	return nil
}

func (l *pgLedger) settle(ctx context.Context, s *slot, state, reason string) (bool, error) {
	res, err := l.db.ExecContext(ctx, `UPDATE eth_nonces SET state = $4, reason = $5, updated_at = now()
		WHERE chain_id = $1 AND address = $2 AND nonce = $3 AND state = 'pending'`, l.chainID, l.addr, int64(s.Nonce), state, reason)
	if err != nil {
		return false, fmt.Errorf("settle nonce %d: %w", s.Nonce, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("settle nonce %d: %w", s.Nonce, err)
	}
	if n == 1 {
		s.State, s.Reason = state, reason
	}
	return n == 1, nil
}

func (l *pgLedger) touch(ctx context.Context, s *slot, capReported bool) error {
	if _, err := l.db.ExecContext(ctx, `UPDATE eth_nonces SET broadcast_at = now(), cap_reported = cap_reported OR $4, updated_at = now()
		WHERE chain_id = $1 AND address = $2 AND nonce = $3`, l.chainID, l.addr, int64(s.Nonce), capReported); err != nil {
		return fmt.Errorf("record rebroadcast of nonce %d: %w", s.Nonce, err)
	}
	s.BroadcastAt = time.Now()
	s.CapReported = s.CapReported || capReported
	return nil
}

func (l *pgLedger) unmined(ctx context.Context, from, to uint64) ([]*slot, error) {
	return l.load(ctx, l.db, `nonce >= $3 AND nonce < $4 AND state IN ('pending', 'orphaned')`, int64(from), int64(to))
}

func (l *pgLedger) next(ctx context.Context) (uint64, error) {
	var n int64
	err := l.db.QueryRowContext(ctx, `SELECT next_nonce FROM eth_accounts WHERE chain_id = $1 AND address = $2`, l.chainID, l.addr).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read next nonce: %w", err)
	}
	return uint64(n), nil
}

func (l *pgLedger) raise(ctx context.Context, floor uint64) (uint64, error) {
	var n int64
	if err := l.db.QueryRowContext(ctx, `INSERT INTO eth_accounts (chain_id, address, next_nonce) VALUES ($1, $2, $3)
		ON CONFLICT (chain_id, address) DO UPDATE SET next_nonce = GREATEST(eth_accounts.next_nonce, EXCLUDED.next_nonce)
		RETURNING next_nonce`, l.chainID, l.addr, int64(floor)).Scan(&n); err != nil {
		return 0, fmt.Errorf("resync nonce: %w", err)
	}
	return uint64(n), nil
}

// memLedger keeps the ledger in memory: for a Chain without a database (tests of other packages
// that run one Chain for their whole life). Nothing survives the process.
type memLedger struct {
	mu    sync.Mutex
	nonce uint64
	slots []*slot
}

var _ ledger = (*memLedger)(nil)

func copySlot(s *slot) *slot {
	c := *s
	c.Txs = slices.Clone(s.Txs)
	return &c
}

func (m *memLedger) find(f func(*slot) bool) *slot {
	for _, s := range m.slots {
		if f(s) {
			return s
		}
	}
	return nil
}

func (m *memLedger) pending(_ context.Context, id []byte) (*slot, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if s := m.find(func(s *slot) bool { return s.State == slotPending && bytes.Equal(s.Transfer, id) }); s != nil {
		return copySlot(s), nil
	}
	return nil, nil
}

func (m *memLedger) byHash(_ context.Context, h common.Hash) (*slot, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if s := m.find(func(s *slot) bool { return s.has(h) }); s != nil {
		return copySlot(s), nil
	}
	return nil, nil
}

func (m *memLedger) allocate(_ context.Context, id []byte, floor uint64, sign func(uint64) (*types.Transaction, error)) (*slot, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if s := m.find(func(s *slot) bool { return s.State == slotPending && bytes.Equal(s.Transfer, id) }); s != nil {
		return copySlot(s), nil
	}
	nonce := max(m.nonce, floor)
	tx, err := sign(nonce)
	if err != nil {
		return nil, err
	}
	s := &slot{Nonce: nonce, Transfer: bytes.Clone(id), State: slotPending, BroadcastAt: time.Now(), Txs: []*types.Transaction{tx}}
	m.slots = append(m.slots, s)
	m.nonce = nonce + 1
	return copySlot(s), nil
}

func (m *memLedger) at(nonce uint64) *slot {
	return m.find(func(s *slot) bool { return s.Nonce == nonce })
}

func (m *memLedger) replace(_ context.Context, s *slot, tx *types.Transaction) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	in := m.at(s.Nonce)
	if in == nil || in.State != slotPending {
		return fmt.Errorf("nonce %d: %w", s.Nonce, errNotPending)
	}
	in.Txs = append(in.Txs, tx)
	in.BroadcastAt = time.Now()
	s.Txs, s.BroadcastAt = slices.Clone(in.Txs), in.BroadcastAt
	return nil
}

func (m *memLedger) settle(_ context.Context, s *slot, state, reason string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	in := m.at(s.Nonce)
	if in == nil || in.State != slotPending {
		return false, nil
	}
	in.State, in.Reason = state, reason
	s.State, s.Reason = state, reason
	return true, nil
}

func (m *memLedger) touch(_ context.Context, s *slot, capReported bool) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if in := m.at(s.Nonce); in != nil {
		in.BroadcastAt = time.Now()
		in.CapReported = in.CapReported || capReported
		s.BroadcastAt, s.CapReported = in.BroadcastAt, in.CapReported
	}
	return nil
}

func (m *memLedger) unmined(_ context.Context, from, to uint64) ([]*slot, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []*slot
	for _, s := range m.slots {
		if s.Nonce >= from && s.Nonce < to && (s.State == slotPending || s.State == slotOrphaned) {
			out = append(out, copySlot(s))
		}
	}
	slices.SortFunc(out, func(a, b *slot) int { return int(a.Nonce) - int(b.Nonce) })
	return out, nil
}

func (m *memLedger) next(context.Context) (uint64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.nonce, nil
}

func (m *memLedger) raise(_ context.Context, floor uint64) (uint64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.nonce = max(m.nonce, floor)
	return m.nonce, nil
}
