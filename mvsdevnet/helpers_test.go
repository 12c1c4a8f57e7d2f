package mvsdevnet_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/mvsrpc"
	"github.com/tokendroplet/droplet/mvsdevnet"
)

// harness is a devnet node served over loopback HTTP, with a client and the genesis wallet.
type harness struct {
	t       testing.TB
	ctx     context.Context
	cfg     mvsdevnet.Config
	node    *mvsdevnet.Node
	srv     *httptest.Server
	client  *mvsrpc.Client
	genesis *mvsdevnet.Wallet
}

func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
}

type tWriter struct{ t testing.TB }

func (w tWriter) Write(p []byte) (int, error) {
	w.t.Log(string(bytes.TrimSpace(p)))
	return len(p), nil
}

func testConfig(dir string) mvsdevnet.Config {
	cfg := mvsdevnet.Default()
	cfg.Dir = dir
	cfg.BlockInterval = 0 // tests mine on demand
	return cfg
}

func newHarness(t testing.TB, cfg mvsdevnet.Config) *harness {
	t.Helper()
	node, err := mvsdevnet.Open(cfg, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(node.Handler())
	client, err := mvsrpc.New(srv.URL + "/rpc/v3")
	if err != nil {
		t.Fatal(err)
	}
	h := &harness{
		t: t, ctx: context.Background(), cfg: cfg, node: node, srv: srv, client: client,
		genesis: mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("genesis")),
	}
	t.Cleanup(h.close)
	return h
}

func (h *harness) close() {
	h.srv.Close()
	if err := h.node.Close(); err != nil {
		h.t.Error(err)
	}
}

func (h *harness) mine(n int) []mvs.Hash {
	h.t.Helper()
	hashes, err := h.node.Mine(n)
	if err != nil {
		h.t.Fatal(err)
	}
	return hashes
}

// send builds, signs and sends a transaction from w's confirmed coins.
func (h *harness) send(w *mvsdevnet.Wallet, fee uint64, outs ...mvs.Output) *mvs.Tx {
	h.t.Helper()
	tx, err := w.Send(h.ctx, h.client, outs, fee)
	if err != nil {
		h.t.Fatalf("send: %v", err)
	}
	return tx
}

func (h *harness) coins(w *mvsdevnet.Wallet) []mvsdevnet.Coin {
	h.t.Helper()
	c, err := w.Coins(h.ctx, h.client)
	if err != nil {
		h.t.Fatal(err)
	}
	return c
}

// rpc posts a raw request body and returns the decoded answer.
func (h *harness) rpc(body string) map[string]any {
	h.t.Helper()
	resp, err := http.Post(h.srv.URL+"/rpc/v3", "application/json", bytes.NewBufferString(body))
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		h.t.Fatalf("HTTP %s", resp.Status)
	}
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		h.t.Fatal(err)
	}
	var m map[string]any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&m); err != nil {
		h.t.Fatalf("answer %s: %v", raw, err)
	}
	return m
}

func must[T any](t testing.TB) func(T, error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

// fixture is a chain with funded wallets, two avatars and an MST:
// alice holds 5 coins of 10 ETP, the avatar "alice" and 1,000,000 units of ALICE.COIN;
// the bridge holds the avatar "droplet".
type fixture struct {
	*harness
	alice, bridge *mvsdevnet.Wallet
}

const fixtureSymbol = "ALICE.COIN"

func newFixture(t testing.TB) *fixture {
	t.Helper()
	h := newHarness(t, testConfig(t.TempDir()))
	f := &fixture{
		harness: h,
		alice:   mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("alice")),
		bridge:  mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("droplet")),
	}
	pay := must[mvs.Output](t)
	var outs []mvs.Output
	for range 5 {
		outs = append(outs, pay(mvsdevnet.PayETP(f.alice.Address(), 10*mvsdevnet.ETP)))
	}
	outs = append(outs, pay(mvsdevnet.PayETP(f.bridge.Address(), 10*mvsdevnet.ETP)))
	h.send(h.genesis, mvsdevnet.DefaultMinFee, outs...)
	h.mine(1)
	h.send(f.alice, mvsdevnet.DefaultMinFee, pay(mvsdevnet.RegisterAvatar(f.alice.Address(), "alice")))
	h.send(f.bridge, mvsdevnet.DefaultMinFee, pay(mvsdevnet.RegisterAvatar(f.bridge.Address(), "droplet")))
	h.mine(1)
	h.send(f.alice, mvsdevnet.DefaultMinFee, pay(mvsdevnet.IssueMST(f.alice.Address(), mvsdevnet.Issue{
		Symbol: fixtureSymbol, Issuer: "alice", Supply: 1_000_000, Decimals: 4, Description: "test coin",
	})))
	h.mine(1)
	return f
}
