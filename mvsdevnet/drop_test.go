package mvsdevnet_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/mvsrpc"
	"github.com/tokendroplet/droplet/mvsdevnet"
)

// TestDropTx drops a pool transaction with devnet_droptx: it goes with the pool transaction that
// spends its output, an unrelated one stays, the drop survives a restart, and the same signed
// transaction sent again is accepted (same hash) and mined.
func TestDropTx(t *testing.T) {
	h := newHarness(t, testConfig(t.TempDir()))
	pay := must[mvs.Output](t)
	bob := mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("bob"))
	carol := mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("carol"))
	h.send(h.genesis, mvsdevnet.DefaultMinFee, pay(mvsdevnet.PayETP(bob.Address(), 10*mvsdevnet.ETP)),
		pay(mvsdevnet.PayETP(carol.Address(), 10*mvsdevnet.ETP)))
	h.mine(1)
	// dropped: bob pays carol; child spends that output while it is still in the pool.
	dropped := h.send(bob, mvsdevnet.DefaultMinFee, pay(mvsdevnet.PayETP(carol.Address(), 4*mvsdevnet.ETP)))
	child := must[*mvs.Tx](t)(carol.Build([]mvsdevnet.Coin{{OutPoint: mvs.OutPoint{Hash: dropped.Hash(), Index: 0},
		Value: 4 * mvsdevnet.ETP}}, []mvs.Output{pay(mvsdevnet.PayETP(bob.Address(), mvsdevnet.ETP))}, mvsdevnet.DefaultMinFee))
	if _, err := h.client.SendRawTx(h.ctx, child); err != nil {
		t.Fatal(err)
	}
	unrelated := h.send(carol, mvsdevnet.DefaultMinFee, pay(mvsdevnet.PayETP(bob.Address(), 2*mvsdevnet.ETP)))
	if n := h.node.PoolSize(); n != 3 {
		t.Fatalf("pool holds %d transactions, want 3", n)
	}

	got := h.rpc(`{"jsonrpc":"2.0","id":1,"method":"devnet_droptx","params":["` + dropped.Hash().String() + `"]}`)
	want := []any{dropped.Hash().String(), child.Hash().String()}
	if !reflect.DeepEqual(got["result"], want) {
		t.Fatalf("devnet_droptx answered %v, want result %v", got, want)
	}
	check := func(h *harness) {
		t.Helper()
		for _, tx := range []*mvs.Tx{dropped, child} {
			if _, err := h.client.Tx(h.ctx, tx.Hash()); !errors.Is(err, mvsrpc.ErrTxNotFound) {
				t.Errorf("gettx %s after the drop: %v", tx.Hash(), err)
			}
		}
		if tx, err := h.client.Tx(h.ctx, unrelated.Hash()); err != nil || tx.Height != 0 {
			t.Errorf("the unrelated transaction: %+v, %v", tx, err)
		}
		if n := h.node.PoolSize(); n != 1 {
			t.Errorf("pool holds %d transactions, want 1", n)
		}
	}
	check(h)
	h.close()
	h = newHarness(t, h.cfg) // the drop is in the log
	check(h)

	again := must[mvs.Hash](t)(h.client.SendRawTx(h.ctx, dropped))
	if again != dropped.Hash() {
		t.Fatalf("sent again as %s, was %s", again, dropped.Hash())
	}
	h.mine(1)
	for _, tx := range []*mvs.Tx{dropped, unrelated} {
		if got, err := h.client.Tx(h.ctx, tx.Hash()); err != nil || got.Height != h.node.Height() {
			t.Errorf("%s after a block: %+v, %v", tx.Hash(), got, err)
		}
	}
}

// TestDropTxRejects: devnet_droptx refuses what it cannot drop, by mvsd's error codes, and
// changes nothing.
func TestDropTxRejects(t *testing.T) {
	h := newHarness(t, testConfig(t.TempDir()))
	bob := mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("bob"))
	mined := h.send(h.genesis, mvsdevnet.DefaultMinFee, must[mvs.Output](t)(mvsdevnet.PayETP(bob.Address(), mvsdevnet.ETP)))
	h.mine(1)
	pending := h.send(h.genesis, mvsdevnet.DefaultMinFee, must[mvs.Output](t)(mvsdevnet.PayETP(bob.Address(), mvsdevnet.ETP)))
	for _, tc := range []struct {
		name, params string
		code         json.Number
	}{
		{"no hash", `[]`, "1021"},
		{"not a hash", `["xyz"]`, "1021"},
		{"unknown", `["` + mvs.Hash{1}.String() + `"]`, "5306"},
		{"already mined", `["` + mined.Hash().String() + `"]`, "5304"},
	} {
		got := h.rpc(`{"jsonrpc":"2.0","id":1,"method":"devnet_droptx","params":` + tc.params + `}`)
		e, _ := got["error"].(map[string]any)
		if e == nil || e["code"] != tc.code || got["result"] != nil {
			t.Errorf("%s: %v, want error code %s", tc.name, got, tc.code)
		}
	}
	if tx, err := h.client.Tx(h.ctx, pending.Hash()); err != nil || tx.Height != 0 || h.node.PoolSize() != 1 {
		t.Errorf("the pending transaction after the refusals: %+v, %v, pool %d", tx, err, h.node.PoolSize())
	}
}
