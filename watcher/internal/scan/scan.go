// Package scan drives a chain package over final blocks: it reads ranges, checks that each
// range continues the last one, hands every transfer to the attestation submitter, and saves the
// checkpoint only after the signer acknowledged every transfer of the range. A crash anywhere
// rescans the range; attestations are idempotent, so nothing is lost and nothing counts twice.
package scan

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"log/slog"
	"time"

	_ "github.com/lib/pq" // the PostgreSQL driver
	"github.com/prometheus/client_golang/prometheus"
	"golang.org/x/sync/errgroup"

	"github.com/tokendroplet/droplet/internal/pgmigrate"
	"github.com/tokendroplet/droplet/watcher/internal/attest"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Block is a scanned block.
type Block struct {
	Number uint64
	Hash   [32]byte
	Parent [32]byte
}

// Found is a transfer found in a range, with what the watcher records of it.
type Found struct {
	attest.Item
	Block  uint64
	Refund bool
	Reason string // why a refund: bad memo, unknown recipient, below the minimum
}

// Unsupported is a deposit of a token no route maps: not attested, recorded for manual handling.
type Unsupported struct {
	SourceTx    [32]byte
	SourceIndex uint32
	Block       uint64
	Token       string
	Amount      string
	Sender      string
	Reason      string
}

// Range is what a chain package found in blocks [From, To].
type Range struct {
	Blocks      []Block // every block of the range, in order
	Transfers   []Found
	Unsupported []Unsupported
}

// Chain is implemented by each chain package.
type Chain interface {
	// ChainID is the transfer chain id of the chain.
	ChainID() uint64
	// Final is the newest block that is final (finalized, or n confirmations deep).
	Final(ctx context.Context) (Block, error)
	// Scan reads the final blocks from..to, inclusive.
	Scan(ctx context.Context, from, to uint64) (*Range, error)
}

// ErrReorg is a final block whose hash changed: the chain or the node is not what it claimed.
var ErrReorg = errors.New("final block changed")

// Config of a Runner.
type Config struct {
	Chain     Chain
	DB        *sql.DB
	Submit    func(ctx context.Context, it attest.Item) error
	Log       *slog.Logger
	Metrics   *Metrics
	Start     uint64        // first block to scan when there is no checkpoint
	Batch     uint64        // blocks per range; default 1000
	Poll      time.Duration // wait for new final blocks; default 2s
	Parallel  int           // attestations in flight; default 16
	RetryWait time.Duration // after an RPC error; default 1s, doubling to 30s
}

// Runner scans one chain.
type Runner struct {
	c Config
}

// Open applies the watcher's migrations to db.
func Open(ctx context.Context, db *sql.DB) error {
	return pgmigrate.Apply(ctx, db, migrations, "migrations", 0x64726f706c657410)
}

// New makes a Runner; Open the database first.
func New(c Config) *Runner {
	if c.Batch == 0 {
		c.Batch = 1000
	}
	if c.Poll == 0 {
		c.Poll = 2 * time.Second
	}
	if c.Parallel == 0 {
		c.Parallel = 16
	}
	if c.RetryWait == 0 {
		c.RetryWait = time.Second
	}
	if c.Metrics == nil {
		c.Metrics = NewMetrics(nil)
	}
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	return &Runner{c: c}
}

// Checkpoint is the last block whose every transfer the signer acknowledged.
type Checkpoint struct {
	Number uint64
	Hash   [32]byte
	Set    bool
}

// LoadCheckpoint reads a chain's checkpoint.
func LoadCheckpoint(ctx context.Context, db *sql.DB, chain uint64) (Checkpoint, error) {
	var cp Checkpoint
	var h []byte
	err := db.QueryRowContext(ctx, `SELECT number, hash FROM checkpoints WHERE chain = $1`, int64(chain)).Scan(&cp.Number, &h)
	if errors.Is(err, sql.ErrNoRows) {
		return cp, nil
	}
	if err != nil {
		return cp, fmt.Errorf("read checkpoint: %w", err)
	}
	copy(cp.Hash[:], h)
	cp.Set = true
	return cp, nil
}

// Run scans until ctx ends. RPC errors are retried with backoff; a reorg below finality stops the
// chain's progress (alert) and is retried, never skipped.
func (r *Runner) Run(ctx context.Context) error {
	wait := r.c.RetryWait
	for {
		advanced, err := r.Step(ctx)
		switch {
		case ctx.Err() != nil:
			return ctx.Err()
		case err != nil:
			r.c.Metrics.errors.Inc()
			r.c.Log.Error("scan step failed; retrying", "chain", r.c.Chain.ChainID(), "err", err, "retry_in", wait)
		case advanced:
			wait = r.c.RetryWait
			continue
		default:
			wait = r.c.RetryWait
		}
		d := r.c.Poll
		if err != nil {
			d = wait
			wait = min(2*wait, 30*time.Second)
		}
		t := time.NewTimer(d)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Step scans and attests one range; it reports whether it advanced.
func (r *Runner) Step(ctx context.Context) (bool, error) {
	chain := r.c.Chain.ChainID()
	cp, err := LoadCheckpoint(ctx, r.c.DB, chain)
	if err != nil {
		return false, err
	}
	from := r.c.Start
	if cp.Set {
		from = cp.Number + 1
	}
	final, err := r.c.Chain.Final(ctx)
	if err != nil {
		return false, fmt.Errorf("final block: %w", err)
	}
	r.c.Metrics.final.Set(float64(final.Number))
	if final.Number < from {
		return false, nil
	}
	to := min(final.Number, from+r.c.Batch-1)
	rng, err := r.c.Chain.Scan(ctx, from, to)
	if err != nil {
		return false, fmt.Errorf("scan %d-%d: %w", from, to, err)
	}
	if err := r.checkContinuity(ctx, cp, from, to, rng); err != nil {
		return false, err
	}

	// Security-critical: the checkpoint moves only after every transfer of the range was
	// acknowledged (or refused for good and recorded).
	var refused []Found
	var refusedErr []error
	results := make([]error, len(rng.Transfers))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(r.c.Parallel)
	for i := range rng.Transfers {
		g.Go(func() error {
			err := r.c.Submit(gctx, rng.Transfers[i].Item)
			if errors.Is(err, attest.ErrRefused) {
				results[i] = err
				return nil
			}
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return false, fmt.Errorf("attest %d-%d: %w", from, to, err)
	}
	for i, err := range results {
		if err != nil {
			refused = append(refused, rng.Transfers[i])
			refusedErr = append(refusedErr, err)
			r.c.Metrics.refused.Inc()
			r.c.Log.Error("attestation refused by the signer", "chain", chain, "transfer_id", rng.Transfers[i].Transfer.ID().String(), "err", err)
		}
	}
	last := rng.Blocks[len(rng.Blocks)-1]
	if err := r.save(ctx, chain, last, rng, refused, refusedErr); err != nil {
		return false, err
	}
	r.c.Metrics.checkpoint.Set(float64(last.Number))
	r.c.Metrics.transfers.Add(float64(len(rng.Transfers)))
	r.c.Metrics.unsupported.Add(float64(len(rng.Unsupported)))
	return true, nil
}

func (r *Runner) checkContinuity(ctx context.Context, cp Checkpoint, from, to uint64, rng *Range) error {
	if uint64(len(rng.Blocks)) != to-from+1 {
		return fmt.Errorf("scan %d-%d returned %d blocks", from, to, len(rng.Blocks))
	}
	prev, prevNum, havePrev := cp.Hash, cp.Number, cp.Set
	for _, b := range rng.Blocks {
		if havePrev && (b.Number != prevNum+1 || b.Parent != prev) {
			r.c.Metrics.reorgs.Inc()
			r.c.Log.Error("ALERT: a final block changed; its transfers are not attested", "chain", r.c.Chain.ChainID(),
				"block", b.Number, "parent", fmt.Sprintf("%x", b.Parent), "checkpoint_hash", fmt.Sprintf("%x", prev))
			_, _ = r.c.DB.ExecContext(ctx, `INSERT INTO reorgs (chain, number, old_hash, new_hash) VALUES ($1, $2, $3, $4)`,
				int64(r.c.Chain.ChainID()), int64(prevNum), prev[:], b.Parent[:])
			return fmt.Errorf("%w at block %d", ErrReorg, prevNum)
		}
		prev, prevNum, havePrev = b.Hash, b.Number, true
	}
	return nil
}

func (r *Runner) save(ctx context.Context, chain uint64, last Block, rng *Range, refused []Found, refusedErr []error) error {
	tx, err := r.c.DB.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("save: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // after Commit it is a no-op
	for _, f := range rng.Transfers {
		id := f.Transfer.ID()
		if _, err := tx.ExecContext(ctx, `INSERT INTO attested (transfer_id, chain, block, route, refund, reason)
			VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`, id[:], int64(chain), int64(f.Block), f.Route, f.Refund, f.Reason); err != nil {
			return fmt.Errorf("save: %w", err)
		}
	}
	for i, f := range refused {
		id := f.Transfer.ID()
		if _, err := tx.ExecContext(ctx, `INSERT INTO refused (transfer_id, chain, block, reason) VALUES ($1, $2, $3, $4)
			ON CONFLICT DO NOTHING`, id[:], int64(chain), int64(f.Block), refusedErr[i].Error()); err != nil {
			return fmt.Errorf("save: %w", err)
		}
	}
	for _, u := range rng.Unsupported {
		if _, err := tx.ExecContext(ctx, `INSERT INTO unsupported (chain, source_tx, source_index, block, token, amount, sender, reason)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`, int64(chain), u.SourceTx[:], int64(u.SourceIndex),
			int64(u.Block), u.Token, u.Amount, u.Sender, u.Reason); err != nil {
			return fmt.Errorf("save: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO checkpoints (chain, number, hash) VALUES ($1, $2, $3)
		ON CONFLICT (chain) DO UPDATE SET number = $2, hash = $3, updated_at = now()`, int64(chain), int64(last.Number), last.Hash[:]); err != nil {
		return fmt.Errorf("save checkpoint: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("save: %w", err)
	}
	return nil
}

// Metrics of a chain's scan.
type Metrics struct {
	final, checkpoint               prometheus.Gauge
	transfers, unsupported, refused prometheus.Counter
	reorgs, errors                  prometheus.Counter
}

// NewMetrics registers a chain's scan metrics (reg nil: unregistered).
func NewMetrics(reg prometheus.Registerer, labels ...string) *Metrics {
	cl := prometheus.Labels{}
	if len(labels) == 2 {
		cl[labels[0]] = labels[1]
	}
	g := func(name, help string) prometheus.Gauge {
		return prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "droplet", Subsystem: "watcher", Name: name, Help: help, ConstLabels: cl})
	}
	c := func(name, help string) prometheus.Counter {
		return prometheus.NewCounter(prometheus.CounterOpts{Namespace: "droplet", Subsystem: "watcher", Name: name, Help: help, ConstLabels: cl})
	}
	m := &Metrics{
		final:       g("final_block", "Newest final block seen."),
		checkpoint:  g("checkpoint_block", "Last block whose transfers the signer acknowledged."),
		transfers:   c("transfers_total", "Transfers attested (payouts and refunds)."),
		unsupported: c("unsupported_deposits_total", "Deposits of tokens no route maps: listed for manual handling."),
		refused:     c("refused_attestations_total", "Attestations the signer refused for good. Alert on any."),
		reorgs:      c("final_block_changes_total", "Final blocks whose hash changed. Alert on any."),
		errors:      c("scan_errors_total", "Failed scan steps (retried)."),
	}
	if reg != nil {
		reg.MustRegister(m.final, m.checkpoint, m.transfers, m.unsupported, m.refused, m.reorgs, m.errors)
	}
	return m
}
