package ethwatch

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/watcher/internal/attest"
	"github.com/tokendroplet/droplet/watcher/internal/scan"
)

// BenchmarkBackfill measures a watcher's backfill: scan.Runner over ETH_BACKFILL_BLOCKS blocks
// (default 100,000, the figure), one block in ten holding a deposit (in turn deposit(), a
// transfer with a memo, a transfer by a linked account; none refunded), read over loopback HTTP in ranges of
// 2,000 and written to PostgreSQL as the watcher does; the attestations go to a counter, so the
// signer is not measured. Reported: blocks/s and deposits/s.
//
// The chain is go-ethereum's node in process (gethnet), without a log index: its eth_getLogs
// checks every block's bloom filter, as go-ethereum's simulated backend does. Its work, and its
// allocations, count in the figures, as they share the process. ETH_BACKFILL_NODE=anvil takes a real anvil instead, mined block by block (about 55
// blocks/s, so its default is 10,000 blocks).
func BenchmarkBackfill(b *testing.B) {
	const every = 10
	anvil := os.Getenv("ETH_BACKFILL_NODE") == "anvil"
	blocks := uint64(100_000)
	if anvil {
		blocks = 10_000
	}
	if v, err := strconv.ParseUint(os.Getenv("ETH_BACKFILL_BLOCKS"), 10, 64); err == nil && v >= every {
		blocks = v
	}
	var bc backfillChain
	if anvil {
		bc = anvilBackfillChain(b, blocks, every)
	} else {
		g := newGethnet(b, blocks, every)
		bc = backfillChain{url: g.url, routes: g.routes, start: g.start, end: g.end, deposits: uint64(len(g.deposits)), made: g.made}
	}
	b.Logf("%s: %d blocks with %d deposits from block %d, made in %s", map[bool]string{true: "anvil", false: "geth"}[anvil],
		bc.end-bc.start+1, bc.deposits, bc.start, bc.made.Round(time.Millisecond))

	ctx := context.Background()
	for _, par := range []int{4, 8} {
		b.Run(fmt.Sprintf("parallel=%d", par), func(b *testing.B) {
			b.ReportAllocs()
			var n, found uint64
			for b.Loop() {
				b.StopTimer()
				var count uint64
				r, done := bc.runner(b, par, 2000, func(_ context.Context, it attest.Item) error {
					if it.Transfer.DestChain != bc.routes.MetaverseChainID() {
						return fmt.Errorf("deposit in tx %x refunded", it.Transfer.SourceTx)
					}
					count++
					return nil
				})
				b.StartTimer()
				if err := scanAll(ctx, r); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				done()
				if count != bc.deposits {
					b.Fatalf("found %d deposits, want %d", count, bc.deposits)
				}
				n += bc.end - bc.start + 1
				found += count
				b.StartTimer()
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "blocks/s")
			b.ReportMetric(float64(found)/b.Elapsed().Seconds(), "deposits/s")
			b.ReportMetric(0, "ns/op")
		})
	}
}

// backfillChain is a chain for a backfill: its endpoint and routes, and the blocks that hold
// the deposits.
type backfillChain struct {
	url        string
	routes     *transfer.Routes
	start, end uint64
	deposits   uint64
	made       time.Duration
}

// runner makes a scan runner over bc from its start, on a fresh database, with parallel requests
// in flight and batch blocks per range; Parallel 1 on the runner's side calls submit in order.
// done closes the chain.
func (bc backfillChain) runner(t testing.TB, parallel int, batch uint64, submit func(context.Context, attest.Item) error) (r *scan.Runner, done func()) {
	t.Helper()
	db := openDB(t)
	ch, err := New(Config{Endpoints: []string{bc.url}, Routes: bc.routes, Resolver: MapResolver{}, DB: db,
		Confirmations: 2, Parallel: parallel})
	if err != nil {
		t.Fatal(err)
	}
	return scan.New(scan.Config{Chain: ch, DB: db, Start: bc.start, Batch: batch, Submit: submit, Parallel: 1}), ch.Close
}

// scanAll steps r until it reaches the final block.
func scanAll(ctx context.Context, r *scan.Runner) error {
	for {
		adv, err := r.Step(ctx)
		if err != nil {
			return err
		}
		if !adv {
			return nil
		}
	}
}

// anvilBackfillChain makes the chain on anvil: the contracts of newEthnet, then blocks blocks
// with a deposit in every every-th, mined with anvil_mine.
func anvilBackfillChain(b *testing.B, blocks, every uint64) backfillChain {
	e := newEthnet(b, "", nil)
	ctx := context.Background()
	a, c, m := e.users[0], e.users[1], e.users[2]
	e.send(a, e.usdt, tokenABI.PackApprove(e.bridge, new(big.Int).Lsh(big.NewInt(1), 200)))
	// The link in the scanned blocks: the watcher learns links from its own scan.
	start := e.head() + 1
	e.link(c, e.mvsUsers[0])
	deposits := blocks / every
	made := time.Now()
	// Signed in advance and sent in batches with the empty blocks between them: one block each,
	// as anvil mines every transaction on arrival.
	nonces := map[*ecdsa.PrivateKey]uint64{}
	for _, k := range []*ecdsa.PrivateKey{a, c, m} {
		n, err := e.client.PendingNonceAt(ctx, crypto.PubkeyToAddress(k.PublicKey))
		if err != nil {
			b.Fatal(err)
		}
		nonces[k] = n
	}
	signer := types.LatestSignerForChainID(e.chainID)
	tx := func(k *ecdsa.PrivateKey, to common.Address, data []byte) string {
		t := types.NewTx(&types.DynamicFeeTx{ChainID: e.chainID, Nonce: nonces[k], To: &to, Data: data, Gas: 200_000,
			GasFeeCap: big.NewInt(100e9), GasTipCap: big.NewInt(1)})
		nonces[k]++
		st, err := types.SignTx(t, signer, k)
		if err != nil {
			b.Fatal(err)
		}
		raw, _ := st.MarshalBinary()
		return hexutil.Encode(raw)
	}
	var elems []rpc.BatchElem
	flush := func() {
		if err := e.rpc.BatchCallContext(ctx, elems); err != nil {
			b.Fatal(err)
		}
		for _, el := range elems {
			if el.Error != nil {
				b.Fatalf("%s: %v", el.Method, el.Error)
			}
		}
		elems = elems[:0]
	}
	for i := range deposits {
		var raw string
		switch i % 3 {
		case 0:
			raw = tx(a, e.bridge, bridgeABIv.PackDeposit(e.usdt, big.NewInt(2e6), e.mvsUsers[1]))
		case 1:
			raw = tx(m, e.usdt, append(tokenABI.PackTransfer(e.bridge, big.NewInt(2e6)), e.mvsUsers[2]...))
		default:
			raw = tx(c, e.usdt, tokenABI.PackTransfer(e.bridge, big.NewInt(2e6)))
		}
		elems = append(elems, rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{raw}, Result: new(common.Hash)},
			rpc.BatchElem{Method: "anvil_mine", Args: []any{hexutil.EncodeUint64(every - 1)}, Result: new(json.RawMessage)})
		if len(elems) >= 400 {
			flush()
		}
	}
	if len(elems) > 0 {
		flush()
	}
	// anvil may put a transaction into one of the blocks it mines on request: mine what is
	// missing at the end.
	if n := e.head() - start + 1; n < blocks {
		e.mine(int(blocks - n))
	}
	e.mine(2)
	return backfillChain{url: e.anvil.URL, routes: e.routes, start: start, end: e.head() - 2, deposits: deposits, made: time.Since(made)}
}
