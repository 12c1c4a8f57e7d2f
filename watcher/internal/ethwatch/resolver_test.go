package ethwatch

import (
	"context"
	"errors"
	"net/http/httptest"
	"testing"

	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/mvsrpc"
	"github.com/tokendroplet/droplet/mvsdevnet"
)

// TestNodeResolver: through the Metaverse devnet node, a registered avatar resolves to its
// address, an unknown one is ErrUnknownAvatar (a refund), and a node that does not answer is
// a failure to ask (retried), never a refund.
func TestNodeResolver(t *testing.T) {
	ctx := context.Background()
	cfg := mvsdevnet.Default()
	cfg.Dir, cfg.BlockInterval = t.TempDir(), 0
	node, err := mvsdevnet.Open(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(node.Handler())
	t.Cleanup(func() { srv.Close(); node.Close() })
	c, err := mvsrpc.New(srv.URL + "/rpc/v3")
	if err != nil {
		t.Fatal(err)
	}
	genesis := mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("genesis"))
	reg, err := mvsdevnet.RegisterAvatar(genesis.Address(), "alice")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := genesis.Send(ctx, c, []mvs.Output{reg}, mvsdevnet.DefaultMinFee); err != nil {
		t.Fatal(err)
	}
	if _, err := node.Mine(1); err != nil {
		t.Fatal(err)
	}
	r := NodeResolver{Client: c}
	if a, err := r.ResolveAvatar(ctx, "alice"); err != nil || a != genesis.Address() {
		t.Fatalf("alice: %q %v, want %s", a, err, genesis.Address())
	}
	if _, err := r.ResolveAvatar(ctx, "nobody"); !errors.Is(err, ErrUnknownAvatar) {
		t.Fatalf("unknown avatar: %v", err)
	}
	srv.Close()
	if _, err := r.ResolveAvatar(ctx, "alice"); err == nil || errors.Is(err, ErrUnknownAvatar) {
		t.Fatalf("node down: %v, want a failure to ask", err)
	}
}
