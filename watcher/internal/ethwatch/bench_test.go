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

	"github.com/tokendroplet/droplet/watcher/internal/attest"
	"github.com/tokendroplet/droplet/watcher/internal/scan"
)

// BenchmarkBackfill measures a watcher's backfill: scan.Runner over ETH_BACKFILL_BLOCKS blocks
// (default 10,000; the figure is 100,000) of a real anvil chain, one block in ten holding
// a deposit (in turn deposit(), a transfer with a memo, a transfer by a linked account), read
// over loopback HTTP in ranges of 2,000 and written to PostgreSQL as the watcher does; the
// attestations go to a counter, so the signer is not measured. Reported: blocks/s and
// deposits/s.
func BenchmarkBackfill(b *testing.B) {
	const every = 10
	blocks := uint64(10_000)
	if v, err := strconv.ParseUint(os.Getenv("ETH_BACKFILL_BLOCKS"), 10, 64); err == nil && v >= every {
		blocks = v
	}
	e := newEthnet(b, "", nil)
	ctx := context.Background()
	a, c, m := e.users[0], e.users[1], e.users[2]
	e.send(a, e.usdt, tokenABI.PackApprove(e.bridge, new(big.Int).Lsh(big.NewInt(1), 200)))
	e.link(c, e.mvsUsers[0])
	start := e.head() + 1
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
	to := e.head() - 2
	b.Logf("%d blocks with %d deposits from block %d, made in %s", to-start+1, deposits, start, time.Since(made))

	for _, par := range []int{4, 8} {
		b.Run(fmt.Sprintf("parallel=%d", par), func(b *testing.B) {
			b.ReportAllocs()
			var n, found uint64
			for b.Loop() {
				b.StopTimer()
				db := openDB(b)
				ch, err := New(Config{Endpoints: []string{e.anvil.URL}, Routes: e.routes, Resolver: MapResolver{}, DB: db,
					Confirmations: 2, Parallel: par})
				if err != nil {
					b.Fatal(err)
				}
				var count uint64
				r := scan.New(scan.Config{Chain: ch, DB: db, Start: start, Batch: 2000,
					Submit: func(context.Context, attest.Item) error { count++; return nil }, Parallel: 1})
				b.StartTimer()
				for {
					adv, err := r.Step(ctx)
					if err != nil {
						b.Fatal(err)
					}
					if !adv {
						break
					}
				}
				b.StopTimer()
				ch.Close()
				if count != deposits {
					b.Fatalf("found %d deposits, want %d", count, deposits)
				}
				n += to - start + 1
				found += count
				b.StartTimer()
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "blocks/s")
			b.ReportMetric(float64(found)/b.Elapsed().Seconds(), "deposits/s")
			b.ReportMetric(0, "ns/op")
		})
	}
}
