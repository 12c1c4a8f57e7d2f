package mvsrpc_test

import (
	"context"
	"testing"

	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/mvsdevnet"
)

// BenchmarkBlockByHeight measures getblock end to end against the devnet over loopback HTTP:
// the node's encoding, the transfer and the client's decoding of a block of 100 transactions.
func BenchmarkBlockByHeight(b *testing.B) {
	ctx := context.Background()
	d := startDevnet(b)
	genesis := mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("genesis"))
	bob := mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("bob"))
	coins, err := genesis.Coins(ctx, d.client)
	if err != nil {
		b.Fatal(err)
	}
	// Chain 100 payments through the pool, each spending the previous one's change.
	coin := coins[0]
	for range 100 {
		out, _ := mvsdevnet.PayETP(bob.Address(), mvsdevnet.ETP)
		tx, err := genesis.Build([]mvsdevnet.Coin{coin}, []mvs.Output{out}, mvsdevnet.DefaultMinFee)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := d.client.SendRawTx(ctx, tx); err != nil {
			b.Fatal(err)
		}
		coin = mvsdevnet.Coin{OutPoint: mvs.OutPoint{Hash: tx.Hash(), Index: 1}, Value: tx.Outputs[1].Value}
	}
	d.mine(b, 1)
	b.ReportAllocs()
	for b.Loop() {
		blk, err := d.client.BlockByHeight(ctx, 1)
		if err != nil || len(blk.Transactions) != 101 {
			b.Fatal(err)
		}
	}
}
