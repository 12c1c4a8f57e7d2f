package scan

import (
	"context"
	"database/sql"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tokendroplet/droplet/internal/testenv"
	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/watcher/internal/attest"
)

// scripted is a chain whose blocks the test writes: block n holds transfers n*10 .. n*10+k.
type scripted struct {
	mu     sync.Mutex
	hashes map[uint64][32]byte
	final  uint64
	per    int
}

func (c *scripted) hash(n uint64) [32]byte {
	if h, ok := c.hashes[n]; ok {
		return h
	}
	return crypto.Keccak256Hash([]byte{byte(n >> 8), byte(n)})
}

func (c *scripted) ChainID() uint64 { return 1337 }

func (c *scripted) Final(context.Context) (Block, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return Block{Number: c.final, Hash: c.hash(c.final), Parent: c.hash(c.final - 1)}, nil
}

func (c *scripted) Scan(_ context.Context, from, to uint64) (*Range, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	r := &Range{}
	for n := from; n <= to; n++ {
		r.Blocks = append(r.Blocks, Block{Number: n, Hash: c.hash(n), Parent: c.hash(n - 1)})
		for i := 0; i < c.per; i++ {
			r.Transfers = append(r.Transfers, Found{Block: n, Item: attest.Item{Route: "usdt", Transfer: transfer.Transfer{
				SourceChain: 1337, SourceTx: c.hash(n), SourceIndex: uint32(i), SourceBlock: c.hash(n),
				Amount: big.NewInt(1), Fee: big.NewInt(0)}}})
		}
		if n%5 == 0 {
			r.Unsupported = append(r.Unsupported, Unsupported{SourceTx: c.hash(n), Block: n, Token: "0xabc", Amount: "5", Sender: "0xdef", Reason: "no route"})
		}
	}
	return r, nil
}

type recorder struct {
	mu     sync.Mutex
	seen   map[transfer.ID]int
	failOn map[uint64]int // block -> transient failures left
	refuse map[uint64]bool
}

func (r *recorder) submit(_ context.Context, it attest.Item) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := blockOf(it)
	if r.failOn[n] > 0 {
		r.failOn[n]--
		return errors.New("signer unavailable")
	}
	if r.refuse[n] {
		return attest.ErrRefused
	}
	r.seen[it.Transfer.ID()]++
	return nil
}

var blockIndex sync.Map // source tx -> block, filled by the test chain's hash

func blockOf(it attest.Item) uint64 {
	v, _ := blockIndex.Load(it.Transfer.SourceTx)
	n, _ := v.(uint64)
	return n
}

func newRunner(t *testing.T, db *sql.DB, c *scripted, rec *recorder) *Runner {
	t.Helper()
	for n := uint64(0); n < 200; n++ {
		blockIndex.Store(c.hash(n), n)
	}
	return New(Config{Chain: c, DB: db, Submit: rec.submit, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Start: 1, Batch: 7})
}

func openDB(t *testing.T) *sql.DB {
	t.Helper()
	db, err := sql.Open("postgres", testenv.Postgres(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := Open(context.Background(), db); err != nil {
		t.Fatal(err)
	}
	return db
}

// TestCheckpointAfterAcknowledgement: a range whose attestation fails is not checkpointed and is
// scanned again; every transfer is submitted until acknowledged, none skipped.
func TestCheckpointAfterAcknowledgement(t *testing.T) {
	db := openDB(t)
	ctx := context.Background()
	c := &scripted{hashes: map[uint64][32]byte{}, final: 30, per: 3}
	rec := &recorder{seen: map[transfer.ID]int{}, failOn: map[uint64]int{9: 1, 20: 2}, refuse: map[uint64]bool{25: true}}
	r := newRunner(t, db, c, rec)
	var errs int
	for i := 0; i < 20; i++ {
		adv, err := r.Step(ctx)
		if err != nil {
			errs++
			cp, _ := LoadCheckpoint(ctx, db, 1337)
			if cp.Number >= 9 && cp.Number < 15 && errs == 1 {
				t.Fatalf("checkpoint %d moved past the failed block 9", cp.Number)
			}
			continue
		}
		if !adv {
			break
		}
	}
	cp, _ := LoadCheckpoint(ctx, db, 1337)
	if cp.Number != 30 || cp.Hash != c.hash(30) {
		t.Fatalf("checkpoint %d", cp.Number)
	}
	if errs != 2 { // block 9's range, and block 20's (both of its failures land in one step)
		t.Fatalf("%d failed steps, want 2", errs)
	}
	if got, want := len(rec.seen), 30*3-3; got != want { // block 25's three were refused
		t.Fatalf("%d transfers acknowledged, want %d", got, want)
	}
	var refused, unsupported, attested int
	must(t, db.QueryRow(`SELECT (SELECT count(*) FROM refused), (SELECT count(*) FROM unsupported), (SELECT count(*) FROM attested)`).Scan(&refused, &unsupported, &attested))
	if refused != 3 || unsupported != 6 || attested != 90 {
		t.Fatalf("refused %d unsupported %d attested %d", refused, unsupported, attested)
	}
}

// TestReorgBelowFinality: a final block whose hash changes stops the scan with an alert, and the
// blocks after it are never attested.
func TestReorgBelowFinality(t *testing.T) {
	db := openDB(t)
	ctx := context.Background()
	c := &scripted{hashes: map[uint64][32]byte{}, final: 7, per: 1}
	rec := &recorder{seen: map[transfer.ID]int{}}
	r := newRunner(t, db, c, rec)
	if _, err := r.Step(ctx); err != nil {
		t.Fatal(err)
	}
	c.mu.Lock()
	c.hashes[7] = crypto.Keccak256Hash([]byte("fork"))
	c.final = 12
	c.mu.Unlock()
	before := len(rec.seen)
	if _, err := r.Step(ctx); !errors.Is(err, ErrReorg) {
		t.Fatalf("got %v, want ErrReorg", err)
	}
	if len(rec.seen) != before {
		t.Fatal("attested blocks after a changed final block")
	}
	var n int
	must(t, db.QueryRow(`SELECT count(*) FROM reorgs`).Scan(&n))
	if n != 1 {
		t.Fatalf("%d reorgs recorded", n)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
