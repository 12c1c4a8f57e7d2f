package app

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/tokendroplet/droplet/internal/transfer"
	signerv1 "github.com/tokendroplet/droplet/proto/droplet/signer/v1"
)

// BenchmarkSignTransfer measures the signer end to end, on real PostgreSQL and Vault, over mTLS
// gRPC on loopback: each transfer gets its m attestations (one watcher connection each), then the
// relayer's SignTransfer. It reports transfers signed per second and the latency from the m-th
// attestation's answer to SignTransfer's.
//
//	scripts/bench-signer.sh
func BenchmarkSignTransfer(b *testing.B) {
	for _, c := range []struct{ n, m int }{{5, 3}, {19, 13}} {
		b.Run(fmt.Sprintf("%d-of-%d", c.m, c.n), func(b *testing.B) {
			// Caps lifted in the routes file (an override may only tighten it): the benchmark
			// signs far more than a day's limit.
			routes := strings.Replace(strings.Replace(strings.Replace(testRoutes, `"daily_cap": "1500"`, `"daily_cap": "1000000000000"`, 1),
				`"big_threshold": "500"`, `"big_threshold": "1000"`, 1), `"big_delay": "1h"`, `"big_delay": "0s"`, 1)
			s := newStack(b, stackOpts{watchers: c.n, threshold: c.m, devnetKeys: os.Getenv("BENCH_FILE_KEYS") != "", routes: routes})
			clients := make([]signerv1.SignerServiceClient, c.m)
			for i := range clients {
				clients[i] = s.client(s.watchers[i].name)
			}
			relayer := s.client("relayer")
			type job struct {
				id   transfer.ID
				reqs []*signerv1.SubmitAttestationRequest
			}
			jobs := make([]job, b.N)
			for i := range jobs {
				tr := s.mvsToEth(1_000_000+i, 1_000_000)
				tr.SourceTx[0], tr.SourceTx[1], tr.SourceTx[2] = byte(i>>16), byte(i>>8), byte(i)
				j := job{id: tr.ID()}
				for w := 0; w < c.m; w++ {
					j.reqs = append(j.reqs, s.attestation(s.watchers[w], tr))
				}
				jobs[i] = j
			}
			const workers = 32 // transfers in flight, as from several watchers' backfills at once
			latencies := make([]time.Duration, b.N)
			var next atomic.Int64
			var wg sync.WaitGroup
			ctx := context.Background()
			b.ResetTimer()
			start := time.Now()
			for w := 0; w < workers; w++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for {
						i := int(next.Add(1)) - 1
						if i >= b.N {
							return
						}
						for k, req := range jobs[i].reqs {
							if _, err := clients[k].SubmitAttestation(ctx, req); err != nil {
								b.Error(err)
								return
							}
						}
						t0 := time.Now()
						if _, err := relayer.SignTransfer(ctx, &signerv1.SignTransferRequest{TransferId: jobs[i].id[:]}); err != nil {
							b.Error(err)
							return
						}
						latencies[i] = time.Since(t0)
					}
				}()
			}
			wg.Wait()
			elapsed := time.Since(start)
			b.StopTimer()
			sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
			pct := func(p float64) float64 {
				return float64(latencies[int(p*float64(len(latencies)-1))].Microseconds()) / 1000
			}
			b.ReportMetric(float64(b.N)/elapsed.Seconds(), "transfers/s")
			b.ReportMetric(pct(0.5), "p50-ms")
			b.ReportMetric(pct(0.99), "p99-ms")
			b.ReportMetric(0, "ns/op")
		})
	}
}
