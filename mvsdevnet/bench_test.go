package mvsdevnet_test

import (
	"testing"

	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/mvsdevnet"
)

// BenchmarkSendRawTxAndMine measures the node's throughput: signed transactions sent with
// sendrawtx over loopback HTTP (each validated, its signature verified, and synced to the log
// before the answer), with a block mined after every 100. Signing happens before the timer.
func BenchmarkSendRawTxAndMine(b *testing.B) {
	h := newHarness(b, testConfig(b.TempDir()))
	bob := mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("bob"))
	pay := must[mvs.Output](b)

	// Fan the genesis coin out into b.N coins, 1,000 per transaction, then mine them.
	const perFan = 1000
	coins := h.coins(h.genesis)
	var spend []mvsdevnet.Coin
	for len(spend) < b.N {
		k := min(perFan, b.N-len(spend))
		outs := make([]mvs.Output, k)
		for i := range outs {
			outs[i] = pay(mvsdevnet.PayETP(h.genesis.Address(), mvsdevnet.ETP))
		}
		tx := must[*mvs.Tx](b)(h.genesis.Build(coins, outs, mvsdevnet.DefaultMinFee))
		must[mvs.Hash](b)(h.client.SendRawTx(h.ctx, tx))
		for i := range k {
			spend = append(spend, mvsdevnet.Coin{OutPoint: mvs.OutPoint{Hash: tx.Hash(), Index: uint32(i)}, Value: mvsdevnet.ETP})
		}
		change := len(tx.Outputs) - 1
		coins = []mvsdevnet.Coin{{OutPoint: mvs.OutPoint{Hash: tx.Hash(), Index: uint32(change)}, Value: tx.Outputs[change].Value}}
	}
	h.mine(1)
	txs := make([]*mvs.Tx, b.N)
	for i, c := range spend {
		txs[i] = must[*mvs.Tx](b)(h.genesis.Build([]mvsdevnet.Coin{c}, []mvs.Output{pay(mvsdevnet.PayETP(bob.Address(), mvsdevnet.ETP-mvsdevnet.DefaultMinFee))}, mvsdevnet.DefaultMinFee))
	}

	b.ResetTimer()
	for i, tx := range txs {
		if _, err := h.client.SendRawTx(h.ctx, tx); err != nil {
			b.Fatal(err)
		}
		if i%100 == 99 {
			h.mine(1)
		}
	}
	h.mine(1)
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "tx/s")
	if h.node.PoolSize() != 0 {
		b.Fatalf("%d transactions left in the pool", h.node.PoolSize())
	}
}
