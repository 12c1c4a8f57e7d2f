package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/tokendroplet/droplet/internal/transfer"
	relayerv1 "github.com/tokendroplet/droplet/proto/droplet/relayer/v1"
)

// shared is the devnet the benchmark runs on: started once per test binary (the benchmark
// function runs more than once: b.N = 1 first) and stopped by TestMain.
var shared struct {
	once sync.Once
	b    *bridge
	dir  string
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if shared.b != nil {
		if err := shared.b.stop(); err != nil {
			fmt.Fprintf(os.Stderr, "devnet stop: %v\n", err)
		}
	}
	if shared.dir != "" {
		os.RemoveAll(shared.dir)
	}
	os.Exit(code)
}

func sharedBridge(tb testing.TB) *bridge {
	tb.Helper()
	needs(tb)
	shared.once.Do(func() {
		if shared.dir, shared.err = os.MkdirTemp("", "droplet-e2e-"); shared.err != nil {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		shared.b, shared.err = startBridge(ctx, shared.dir)
	})
	if shared.err != nil {
		tb.Fatal(shared.err)
	}
	return shared.b
}

// heights records when a poller first saw each height of a chain.
type heights struct {
	mu   sync.Mutex
	seen map[uint64]time.Time
	last uint64
	err  error
}

// track polls head every interval until ctx ends. A height is stamped with the time of the
// poll's answer, so its recorded time is late by at most interval plus one loopback round trip.
func track(ctx context.Context, interval time.Duration, head func(context.Context) (uint64, error)) *heights {
	h := &heights{seen: map[uint64]time.Time{}}
	go func() {
		t := time.NewTicker(interval)
		defer t.Stop()
		first := true
		for {
			n, err := head(ctx)
			now := time.Now()
			h.mu.Lock()
			switch {
			case err != nil:
				if ctx.Err() == nil {
					h.err = err
				}
			case first: // the heights up to the first answer were reached at unknown times
				h.last, first = n, false
			default:
				for ; h.last < n; h.last++ {
					h.seen[h.last+1] = now
				}
			}
			h.mu.Unlock()
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	return h
}

func (h *heights) at(n uint64) (time.Time, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	t, ok := h.seen[n]
	if !ok {
		return time.Time{}, fmt.Errorf("height %d not seen by the poller (last %d, error %v)", n, h.last, h.err)
	}
	return t, nil
}

// confirmations reads the confirmations watcher-a waits for on each chain.
func (b *bridge) confirmations() (eth, mvs uint64, err error) {
	var cfg struct {
		Ethereum  struct{ Confirmations uint64 } `json:"ethereum"`
		Metaverse struct{ Confirmations uint64 } `json:"metaverse"`
	}
	raw, err := os.ReadFile(b.l.Path("watcher-a.json"))
	if err != nil {
		return 0, 0, err
	}
	if err := json.Unmarshal(raw, &cfg); err != nil {
		return 0, 0, fmt.Errorf("watcher-a.json: %w", err)
	}
	if cfg.Ethereum.Confirmations == 0 || cfg.Metaverse.Confirmations == 0 {
		return 0, 0, fmt.Errorf("watcher-a.json: confirmations not set: %+v", cfg)
	}
	return cfg.Ethereum.Confirmations, cfg.Metaverse.Confirmations, nil
}

// BenchmarkBridgeOverhead measures, per transfer, the bridge's own overhead on the devnet: from
// the moment the source block became final by the watchers' rule to the relayer's broadcast of
// the payout on the other chain. b.N transfers go each way (run with -benchtime=30x, say), one
// about every block, and the metrics are per direction, in milliseconds:
//
//   - <dir>_p50_ms, <dir>_p99_ms: final -> broadcast, the bridge's overhead.
//   - <dir>_quorum_p50_ms, <dir>_quorum_p99_ms: final -> the relayer's record of the quorum:
//     the watchers noticing the final block (the devnet has them poll every 100 ms), reading
//     it, attesting to the signer, and the relayer polling the signer (every 100 ms too).
//
// What "final" is: the watchers treat an Ethereum block h as final when the head is h + n
// (ethereum.confirmations n, head minus n), a Metaverse block h when the height is h + n - 1
// (n blocks including itself). The benchmark polls both nodes' heads every 10 ms and takes the
// time it first saw that height: late by at most 10 ms and a loopback call, which makes the
// measured overhead that much smaller than the truth. The block interval spent reaching that
// height (1 s blocks on both devnet chains) is chain time, not the bridge's, and is excluded, as
// is everything before the deposit's block and the payout's own confirmations after it.
//
// What "broadcast" is: the relayer's event of the transfer's move to submitted, stamped by its
// PostgreSQL with now(), which is the start of the database transaction of the step that
// broadcasts; the step then builds and sends the transaction (Ethereum: nonce allocation and
// eth_sendRawTransaction; Metaverse: sendrawtx) and commits. So the time is the start of the
// broadcasting step, early by that step's own duration (milliseconds on loopback).
//
// ns/op is reported as 0: an iteration's wall time is block waiting, not a figure of the bridge.
func BenchmarkBridgeOverhead(b *testing.B) {
	br := sharedBridge(b)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	ethConf, mvsConf, err := br.confirmations()
	if err != nil {
		b.Fatal(err)
	}
	// Carol's Metaverse deposits need MST: one Ethereum deposit pays her enough first.
	_, mvsBal, err := br.balances(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if need := int64(b.N) * 1_000_000; mvsBal.Int64() < need {
		s, err := br.depositEth(ctx, usdt(int64(b.N)+2))
		if err != nil {
			b.Fatal(err)
		}
		if err := br.settle(ctx, s); err != nil {
			b.Fatal(err)
		}
		if _, err := br.paid(ctx, []*sent{s}); err != nil {
			b.Fatal(err)
		}
	}
	ethHeads := track(ctx, 10*time.Millisecond, br.eth.BlockNumber)
	mvsHeads := track(ctx, 10*time.Millisecond, br.mvs.Height)

	b.ResetTimer()
	var ss []*sent
	for range b.N {
		s, err := br.depositEth(ctx, usdt(2))
		if err != nil {
			b.Fatal(err)
		}
		ss = append(ss, s)
		// One Metaverse deposit a block: carol's next one spends this one's change.
		if s, err = br.depositMvs(ctx, 1_000_000); err != nil {
			b.Fatal(err)
		}
		ss = append(ss, s)
	}
	for _, s := range ss {
		if err := br.settle(ctx, s); err != nil {
			b.Fatal(err)
		}
	}
	wctx, wcancel := context.WithTimeout(ctx, 5*time.Minute)
	_, err = br.paid(wctx, ss)
	wcancel()
	if err != nil {
		b.Fatalf("%v (logs in %s)", err, br.l.Path("logs"))
	}
	b.StopTimer()

	overhead := map[transfer.Direction][]time.Duration{}
	toQuorum := map[transfer.Direction][]time.Duration{}
	for _, s := range ss {
		h, err := br.relayerTransfer(ctx, s)
		if err != nil || h == nil {
			b.Fatalf("%s: %v", s.sourceTx, err)
		}
		var finalAt time.Time
		if s.dir == transfer.EthToMvs {
			finalAt, err = ethHeads.at(s.block + ethConf)
		} else {
			finalAt, err = mvsHeads.at(s.block + mvsConf - 1)
		}
		if err != nil {
			b.Fatalf("%s: %v", s.sourceTx, err)
		}
		var quorumAt, submittedAt time.Time
		for _, e := range h.GetEvents() {
			if quorumAt.IsZero() && e.GetFrom() == relayerv1.State_STATE_UNSPECIFIED {
				quorumAt = e.GetAt().AsTime()
			}
			if submittedAt.IsZero() && e.GetTo() == relayerv1.State_STATE_SUBMITTED {
				submittedAt = e.GetAt().AsTime()
			}
		}
		if quorumAt.IsZero() || submittedAt.IsZero() {
			b.Fatalf("%s: no quorum or submitted event in %v", s.sourceTx, h.GetEvents())
		}
		overhead[s.dir] = append(overhead[s.dir], submittedAt.Sub(finalAt))
		toQuorum[s.dir] = append(toQuorum[s.dir], quorumAt.Sub(finalAt))
	}
	b.ReportMetric(0, "ns/op")
	for _, dir := range []transfer.Direction{transfer.EthToMvs, transfer.MvsToEth} {
		b.ReportMetric(ms(percentile(overhead[dir], 0.50)), dir.String()+"_p50_ms")
		b.ReportMetric(ms(percentile(overhead[dir], 0.99)), dir.String()+"_p99_ms")
		b.ReportMetric(ms(percentile(toQuorum[dir], 0.50)), dir.String()+"_quorum_p50_ms")
		b.ReportMetric(ms(percentile(toQuorum[dir], 0.99)), dir.String()+"_quorum_p99_ms")
	}
	if testing.Verbose() {
		for dir, ds := range overhead {
			b.Logf("%s final -> broadcast: %v", dir, ds)
		}
	}
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// percentile is the nearest-rank percentile q (0 < q <= 1) of ds.
func percentile(ds []time.Duration, q float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := int(math.Ceil(q*float64(len(s)))) - 1
	return s[max(i, 0)]
}
