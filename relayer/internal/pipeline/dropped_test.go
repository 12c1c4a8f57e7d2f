package pipeline_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/mvsrpc"
	"github.com/tokendroplet/droplet/internal/testenv"
	"github.com/tokendroplet/droplet/relayer/internal/mvschain"
	"github.com/tokendroplet/droplet/relayer/internal/store"
)

// TestMetaversePayoutDropped: a broadcast payout is dropped from the Metaverse devnet node's
// memory pool (devnet_droptx, as a node that evicts it would). The relayer sees it gone,
// broadcasts the same signed transaction again (same txid), and that one confirms: the user is
// paid once, the bridge's float drops once, the store records one payout transaction.
func TestMetaversePayoutDropped(t *testing.T) {
	ctx := context.Background()
	env := newMvsEnv(t, "", 1)
	st := must[*store.Store](t)(store.Open(ctx, testenv.Postgres(t)))
	t.Cleanup(func() { st.Close() })
	chain := must[*mvschain.Chain](t)(mvschain.New(mvschain.Config{RPC: env.rpc, Routes: env.routes, DB: st.DB(), FeeBits: 20_000, Confirmations: 3}))
	r := newFaultRelayer(t, env.dir, env.addrs.Signer, env.routes, st, chain)
	floatBefore := env.usdt(t, env.bridge)
	tr, user := env.deposit(t, t.Name(), 25)
	id := tr.ID()
	if err := r.p.DiscoverOnce(ctx); err != nil {
		t.Fatal(err)
	}
	// step moves the transfer until stop says so; nothing is mined meanwhile.
	step := func(what string, stop func(*store.Transfer) bool) *store.Transfer {
		t.Helper()
		for range 200 {
			got := must[*store.Transfer](t)(st.Get(ctx, id[:]))
			if stop(got) {
				return got
			}
			if got.State == store.StateFailed || got.State == store.StateConfirmed {
				t.Fatalf("waiting for %s the transfer is %s: %s%s", what, got.State, got.Reason, history(st, id[:]))
			}
			if _, err := r.p.StepOnce(ctx); err != nil {
				t.Fatal(err)
			}
			time.Sleep(2 * time.Millisecond) // the 1ms backoff and follow interval
		}
		t.Fatalf("the transfer never reached %s:%s", what, history(st, id[:]))
		return nil
	}
	first := step("submitted", func(got *store.Transfer) bool { return got.State == store.StateSubmitted })
	signed := must[*mvs.Tx](t)(mvs.Decode(first.MvsRaw))
	txid := signed.Hash()
	if _, err := env.rpc.Tx(ctx, txid); err != nil {
		t.Fatalf("the broadcast payout is not in the node: %v", err)
	}

	// The node drops it.
	body := `{"jsonrpc":"2.0","id":1,"method":"devnet_droptx","params":["` + txid.String() + `"]}`
	resp := must[*http.Response](t)(http.Post(env.rpcURL, "application/json", strings.NewReader(body)))
	var answer struct {
		Result []string `json:"result"`
	}
	err := json.NewDecoder(resp.Body).Decode(&answer)
	resp.Body.Close()
	if err != nil || len(answer.Result) != 1 || answer.Result[0] != txid.String() {
		t.Fatalf("devnet_droptx: %+v, %v", answer, err)
	}
	if _, err := env.rpc.Tx(ctx, txid); !errors.Is(err, mvsrpc.ErrTxNotFound) {
		t.Fatalf("the node still has the payout after the drop: %v", err)
	}

	// The relayer finds it gone and broadcasts it again: the same transaction, back in the pool.
	step("the payout dropped and submitted again", func(got *store.Transfer) bool {
		return got.State == store.StateSubmitted && hasEvent(t, st, id[:], "dropped: submitting again")
	})
	if got, err := env.rpc.Tx(ctx, txid); err != nil || got.Height != 0 {
		t.Fatalf("the same payout %s is not back in the pool: %+v, %v%s", txid, got, err, history(st, id[:]))
	}
	if n := env.node.PoolSize(); n != 1 {
		t.Fatalf("the node's pool holds %d transactions, want the one payout", n)
	}
	for range 3 {
		env.mine(t)
	}
	got := step("confirmed", func(got *store.Transfer) bool { return got.State == store.StateConfirmed })
	if !bytes.Equal(got.MvsRaw, first.MvsRaw) || !bytes.Equal(got.DestTx, first.DestTx) {
		t.Errorf("the confirmed payout %x is not the one first broadcast %x", got.DestTx, first.DestTx)
	}
	if mined, err := env.rpc.Tx(ctx, txid); err != nil || mined.Height == 0 {
		t.Errorf("payout %s: %+v, %v", txid, mined, err)
	}
	if subs := submissions(t, st, id[:]); len(subs) != 1 || !bytes.Equal(subs[0], first.DestTx) {
		t.Errorf("store records submissions %x, want the one payout %x%s", subs, first.DestTx, history(st, id[:]))
	}
	if n := env.usdt(t, user); n != tr.Amount.Uint64() {
		t.Errorf("the user holds %d ERC20.USDT units, want exactly %s", n, tr.Amount)
	}
	if after := env.usdt(t, env.bridge); floatBefore-after != tr.Amount.Uint64() {
		t.Errorf("the bridge's float dropped by %d, want %s", floatBefore-after, tr.Amount)
	}
	if got.Attempts != 0 {
		t.Errorf("a dropped payout counted %d failed attempts:%s", got.Attempts, history(st, id[:]))
	}
}

// hasEvent reports whether the transfer's history holds a transition with detail.
func hasEvent(t testing.TB, st *store.Store, id []byte, detail string) bool {
	t.Helper()
	for _, e := range must[[]store.Event](t)(st.History(context.Background(), id)) {
		if e.Detail == detail {
			return true
		}
	}
	return false
}
