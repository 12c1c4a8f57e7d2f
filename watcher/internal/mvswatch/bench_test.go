package mvswatch

import (
	"fmt"
	"testing"

	"github.com/tokendroplet/droplet/mvsdevnet"
)

// BenchmarkScan measures Scan over a devnet chain of 1,000 blocks (after the setup's) read over
// loopback HTTP: one block in ten holds a bridge deposit (MST to the avatar, the bounty, a
// memo, change), the others only their coinbase. Reported: blocks scanned per second.
func BenchmarkScan(b *testing.B) {
	const blocks, every = 1000, 10
	d := newDevnet(b)
	start, err := d.client.Height(d.ctx)
	if err != nil {
		b.Fatal(err)
	}
	d.send(d.genesis, d.out(mvsdevnet.PayETP(d.user.Address(), 200*mvsdevnet.ETP))) // the bounties
	d.mine(1)
	start++
	for range blocks / every {
		d.send(d.user, d.toAvatar(usdt, 1e6+1), d.bounty(), d.memo(`{"type":"ETH","address":"0x00000000000000000000000000000000deadbeef"}`))
		d.mine(every)
	}
	from, to := start+1, start+blocks
	for _, par := range []int{1, 4, 8} {
		b.Run(fmt.Sprintf("parallel=%d", par), func(b *testing.B) {
			c, err := New(Config{Node: d.client, Routes: d.routes, Confirmations: 1, Parallel: par})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				r, err := c.Scan(d.ctx, from, to)
				if err != nil || len(r.Blocks) != blocks || len(r.Transfers) != blocks/every {
					b.Fatalf("scan: %v", err)
				}
				n += blocks
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "blocks/s")
			b.ReportMetric(0, "ns/op")
		})
	}
}
