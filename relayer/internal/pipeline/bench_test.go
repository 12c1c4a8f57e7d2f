package pipeline_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/lib/pq"

	"github.com/tokendroplet/droplet/internal/testenv"
	"github.com/tokendroplet/droplet/relayer/internal/mvschain"
	"github.com/tokendroplet/droplet/relayer/internal/pipeline"
	"github.com/tokendroplet/droplet/relayer/internal/store"
)

// benchRelayer is an in-process relayer paying out on the env's Metaverse devnet node through
// the real signer process.
func benchRelayer(b testing.TB, env *mvsEnv, workers int) (*store.Store, *pipeline.Pipeline) {
	b.Helper()
	st := must[*store.Store](b)(store.Open(context.Background(), testenv.Postgres(b)))
	b.Cleanup(func() { st.Close() })
	chain := must[*mvschain.Chain](b)(mvschain.New(mvschain.Config{RPC: env.rpc, Routes: env.routes, DB: st.DB(), FeeBits: 20_000, Confirmations: 3}))
	p := pipeline.New(pipeline.Config{Store: st, Signer: env.signer(b, "relayer"), Routes: env.routes,
		Chains: map[uint64]pipeline.Chain{chain.ChainID(): chain}, Workers: workers, Poll: 5 * time.Millisecond,
		FollowEvery: time.Millisecond})
	return st, p
}

// BenchmarkQuorumToBroadcast is the relayer's own overhead for one transfer, from the signer
// reporting it at quorum to its payout's broadcast: discovery, the payout's proposal from the
// bridge's outputs (node RPCs), the signer's signature (gRPC to the signer process, which
// validates and signs), the stored steps, the broadcast. Transfers come one at a time; p50 and
// p99 are reported. Run with -benchtime=Nx (each iteration needs attestations first, untimed).
func BenchmarkQuorumToBroadcast(b *testing.B) {
	env := newMvsEnv(b, "", 4)
	st, p := benchRelayer(b, env, 1)
	ctx := context.Background()
	var took []time.Duration
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		tr, _ := env.deposit(b, fmt.Sprintf("bench %d", i), 10)
		id := tr.ID()
		b.StartTimer()
		start := time.Now()
		if err := p.DiscoverOnce(ctx); err != nil {
			b.Fatal(err)
		}
		for {
			if _, err := p.StepOnce(ctx); err != nil {
				b.Fatal(err)
			}
			got := must[*store.Transfer](b)(st.Get(ctx, id[:]))
			if got.State == store.StateSubmitted {
				break
			}
			if got.State == store.StateFailed || got.Attempts > 0 {
				b.Fatalf("transfer %s: %s", got.State, got.Reason)
			}
		}
		took = append(took, time.Since(start))
		b.StopTimer()
		// Confirm it, so its change outputs are the next payout's inputs.
		for stateOf(b, st, id[:]) != store.StateConfirmed {
			env.mine(b)
			if _, err := p.StepOnce(ctx); err != nil {
				b.Fatal(err)
			}
		}
		b.StartTimer()
	}
	reportQuantiles(b, took)
}

func reportQuantiles(b *testing.B, took []time.Duration) {
	if len(took) == 0 {
		return
	}
	slices.Sort(took)
	q := func(f float64) time.Duration { return took[min(len(took)-1, int(f*float64(len(took))))] }
	b.ReportMetric(float64(q(0.50).Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(q(0.99).Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(took[len(took)-1].Microseconds())/1000, "max-ms")
}

// BenchmarkSustained is the relayer's sustained rate: a batch of 200 transfers at quorum at
// once, worked by 8 workers (the default), paid out on the Metaverse devnet node, which mines a
// block every 100ms meanwhile. It reports transfers per second to broadcast and to confirmation
// (3 blocks), and p50/p99 of each transfer's time from discovery to broadcast under that load.
// Run it with -benchtime=1x: each iteration is a whole batch.
func BenchmarkSustained(b *testing.B) {
	const (
		batch   = 200
		outputs = 32 // payouts in flight at once: one bridge output each until its change confirms
	)
	env := newMvsEnv(b, "", outputs)
	st, p := benchRelayer(b, env, 8)
	ctx := context.Background()
	rctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{}, 2)
	b.Cleanup(func() { cancel(); <-done; <-done })
	go func() {
		defer func() { done <- struct{}{} }()
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-rctx.Done():
				return
			case <-t.C:
				_, _ = env.node.Mine(1)
			}
		}
	}()
	go func() { p.Run(rctx); done <- struct{}{} }()
	var broadcast, confirmed float64
	var took []time.Duration
	round := 0
	for b.Loop() {
		b.StopTimer()
		var ids [][]byte
		for i := range batch {
			tr, _ := env.deposit(b, fmt.Sprintf("sustained %d %d", round, i), 10)
			id := tr.ID()
			ids = append(ids, id[:])
		}
		round++
		b.StartTimer()
		start := time.Now()
		var broadcastAt time.Duration
		waitFor(b, "every transfer to be confirmed", func() bool {
			var submitted, conf, failed int
			if err := st.DB().QueryRow(`SELECT count(*) FILTER (WHERE submitted_at IS NOT NULL), count(*) FILTER (WHERE state = 'confirmed'),
				count(*) FILTER (WHERE state = 'failed') FROM transfers WHERE id = ANY($1)`, pq.ByteaArray(ids)).Scan(&submitted, &conf, &failed); err != nil {
				b.Fatal(err)
			}
			if failed > 0 {
				b.Fatalf("%d transfers failed", failed)
			}
			if submitted == batch && broadcastAt == 0 {
				broadcastAt = time.Since(start)
			}
			return conf == batch
		})
		confirmedAt := time.Since(start)
		b.StopTimer()
		broadcast += batch / broadcastAt.Seconds()
		confirmed += batch / confirmedAt.Seconds()
		for _, id := range ids {
			var from, to time.Time
			for _, e := range must[[]store.Event](b)(st.History(ctx, id)) {
				if e.From == "" && from.IsZero() {
					from = e.At
				}
				if e.To == store.StateSubmitted && to.IsZero() {
					to = e.At
				}
			}
			took = append(took, to.Sub(from))
		}
		b.StartTimer()
	}
	b.ReportMetric(broadcast/float64(round), "broadcast/s")
	b.ReportMetric(confirmed/float64(round), "confirmed/s")
	reportQuantiles(b, took)
}
