package ethwatch

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/tokendroplet/droplet/watcher/internal/attest"
	"github.com/tokendroplet/droplet/watcher/internal/scan"
)

// TestReorgBelowFinality: blocks the watcher took as final are replaced on a real anvil node
// (evm_revert to a snapshot, then other blocks): the runner stops with ErrReorg, records the
// change for the alert, and attests nothing of the new branch, however often it retries.
func TestReorgBelowFinality(t *testing.T) {
	ctx := context.Background()
	e := newEthnet(t, "", nil)
	start := e.head() + 1
	var snap string
	if err := e.rpc.CallContext(ctx, &snap, "evm_snapshot"); err != nil {
		t.Fatal(err)
	}
	e.deposit(e.users[0], e.usdt, big.NewInt(10e6), e.mvsUsers[0])
	e.mine(3)
	db := openDB(t)
	ch, err := New(Config{Endpoints: []string{e.anvil.URL}, Routes: e.routes, Resolver: MapResolver{}, DB: db, Confirmations: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	var submitted []attest.Item
	metrics := scan.NewMetrics(nil)
	r := scan.New(scan.Config{Chain: ch, DB: db, Start: start, Metrics: metrics,
		Submit: func(_ context.Context, it attest.Item) error { submitted = append(submitted, it); return nil }})
	steps(t, r)
	if len(submitted) != 1 {
		t.Fatalf("%d attested before the reorg, want 1", len(submitted))
	}
	cp, err := scan.LoadCheckpoint(ctx, db, 1337)
	if err != nil || !cp.Set {
		t.Fatal(cp, err)
	}

	// The chain below the checkpoint changes: another deposit, more blocks.
	var ok bool
	if err := e.rpc.CallContext(ctx, &ok, "evm_revert", snap); err != nil || !ok {
		t.Fatalf("evm_revert: %v %v", ok, err)
	}
	e.deposit(e.users[1], e.usdt, big.NewInt(20e6), e.mvsUsers[1])
	e.mine(6)
	for range 3 {
		if _, err := r.Step(ctx); !errors.Is(err, scan.ErrReorg) {
			t.Fatalf("after the reorg: %v, want ErrReorg", err)
		}
	}
	if len(submitted) != 1 {
		t.Fatalf("%d attested after the reorg, want none more", len(submitted)-1)
	}
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM reorgs WHERE chain = 1337`).Scan(&n); err != nil || n == 0 {
		t.Fatalf("reorgs recorded: %d %v", n, err)
	}
	if cp2, _ := scan.LoadCheckpoint(ctx, db, 1337); cp2 != cp {
		t.Fatalf("checkpoint moved: %+v -> %+v", cp, cp2)
	}
}
