package mvswatch

import (
	"fmt"
	"os"
	"strconv"
	"testing"

	"github.com/tokendroplet/droplet/mvsdevnet"
)

// BenchmarkScan measures Scan over a devnet chain of 1,000 blocks (MVS_SCAN_BLOCKS sets another
// multiple of 1,000, e.g. 50000), after the setup's, read over loopback HTTP in ranges of 1,000 as
// the runner reads them: one block in ten holds a bridge deposit (MST to the avatar, the bounty, a
// memo, change), the others only their coinbase. Reported: blocks scanned per second.
func BenchmarkScan(b *testing.B) {
	const every, rangeSize = 10, 1000
	blocks := uint64(1000)
	if v, err := strconv.ParseUint(os.Getenv("MVS_SCAN_BLOCKS"), 10, 64); err == nil && v >= rangeSize && v%rangeSize == 0 {
		blocks = v
	}
	d := newDevnet(b)
	start, err := d.client.Height(d.ctx)
	if err != nil {
		b.Fatal(err)
	}
	deposits := blocks / every
	d.send(d.genesis, d.out(mvsdevnet.PayETP(d.user.Address(), (2*deposits+10)*mvsdevnet.ETP))) // the bounties and fees
	d.send(d.bridge, d.out(mvsdevnet.PayMST(d.user.Address(), usdt, deposits*(1e6+1))))
	d.mine(1)
	start++
	for range deposits {
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
				for lo := from; lo <= to; lo += rangeSize {
					r, err := c.Scan(d.ctx, lo, lo+rangeSize-1)
					if err != nil || len(r.Blocks) != rangeSize || len(r.Transfers) != rangeSize/every {
						b.Fatalf("scan %d: %v", lo, err)
					}
				}
				n += int(blocks)
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "blocks/s")
			b.ReportMetric(0, "ns/op")
		})
	}
}
