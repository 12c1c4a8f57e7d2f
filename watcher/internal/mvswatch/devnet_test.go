package mvswatch

import (
	"context"
	"fmt"
	"net/http/httptest"
	"testing"

	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/mvsrpc"
	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/mvsdevnet"
)

// The test routes: USDT (6 decimals on both sides, minimum 1, flat fee 0.5 plus 10 bps) and, in
// the unit tests' routes only, ETP. %s is the bridge's Metaverse address.
const routesTmpl = `{
  "version": 1,
  "ethereum": {"chain_id": 1337, "bridge": "0x5FbDB2315678afecb367f032d93F642f64180aa3"},
  "metaverse": {"network": "devnet", "bridge_address": "%s", "bridge_avatar": "droplet"},
  "routes": [
    {"id": "usdt", "enabled": true,
     "ethereum": {"token": "0xdAC17F958D2ee523a2206206994597C13D831ec7", "decimals": 6, "mode": "lock"},
     "metaverse": {"symbol": "ERC20.USDT", "decimals": 6, "mode": "mint"},
     "min": "1", "max": "1000", "daily_cap": "1500", "big_threshold": "500", "big_delay": "1h",
     "fee": {"flat": "0.5", "bps": 10}}%s
  ]
}`

const etpRoute = `,
    {"id": "etp", "enabled": true,
     "ethereum": {"token": "0x6B175474E89094C44Da98b954EedeAC495271d0F", "decimals": 18, "mode": "mint"},
     "metaverse": {"symbol": "ETP", "decimals": 8, "mode": "lock"},
     "min": "1", "max": "1000", "daily_cap": "1500", "big_threshold": "500", "big_delay": "1h",
     "fee": {"flat": "0", "bps": 0}}`

const (
	usdt    = "ERC20.USDT"
	unknown = "ERC20.UNK"
	fee     = mvsdevnet.DefaultMinFee
)

func testRoutes(t testing.TB, bridge string, withETP bool) *transfer.Routes {
	t.Helper()
	extra := ""
	if withETP {
		extra = etpRoute
	}
	r, err := transfer.ParseRoutes(fmt.Appendf(nil, routesTmpl, bridge, extra))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// devnet is a devnet node over loopback HTTP with the bridge's setup: the bridge holds the avatar
// "droplet" and issued ERC20.USDT (as the original bridge did); "other" issued ERC20.UNK, which
// no route maps; the user holds 1,000 of each and 5 coins of 10 ETP.
type devnet struct {
	t                          testing.TB
	ctx                        context.Context
	node                       *mvsdevnet.Node
	client                     *mvsrpc.Client
	genesis, bridge, user, oth *mvsdevnet.Wallet
	community                  *mvsdevnet.Wallet
	routes                     *transfer.Routes
}

func newDevnet(t testing.TB) *devnet {
	t.Helper()
	cfg := mvsdevnet.Default()
	cfg.Dir = t.TempDir()
	cfg.BlockInterval = 0
	node, err := mvsdevnet.Open(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(node.Handler())
	t.Cleanup(func() {
		srv.Close()
		node.Close()
	})
	client, err := mvsrpc.New(srv.URL + "/rpc/v3")
	if err != nil {
		t.Fatal(err)
	}
	w := func(name string) *mvsdevnet.Wallet { return mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey(name)) }
	d := &devnet{
		t: t, ctx: context.Background(), node: node, client: client,
		genesis: w("genesis"), bridge: w("droplet"), user: w("user"), oth: w("other"), community: w("developer-community"),
	}
	d.routes = testRoutes(t, d.bridge.Address(), false)

	var outs []mvs.Output
	for range 5 {
		outs = append(outs, d.out(mvsdevnet.PayETP(d.user.Address(), 10*mvsdevnet.ETP)))
	}
	outs = append(outs, d.out(mvsdevnet.PayETP(d.bridge.Address(), 10*mvsdevnet.ETP)),
		d.out(mvsdevnet.PayETP(d.oth.Address(), 10*mvsdevnet.ETP)))
	d.send(d.genesis, outs...)
	d.mine(1)
	d.send(d.bridge, d.out(mvsdevnet.RegisterAvatar(d.bridge.Address(), "droplet")))
	d.send(d.oth, d.out(mvsdevnet.RegisterAvatar(d.oth.Address(), "other")))
	d.mine(1)
	d.send(d.bridge, d.out(mvsdevnet.IssueMST(d.bridge.Address(), mvsdevnet.Issue{Symbol: usdt, Issuer: "droplet", Supply: 1e12, Decimals: 6})))
	d.send(d.oth, d.out(mvsdevnet.IssueMST(d.oth.Address(), mvsdevnet.Issue{Symbol: unknown, Issuer: "other", Supply: 1e12, Decimals: 6})))
	d.mine(1)
	// The bridge's own transaction: its MST and ETP change come back to its address and must
	// not count as deposits.
	d.send(d.bridge, d.out(mvsdevnet.PayMST(d.user.Address(), usdt, 1000e6)))
	d.send(d.oth, d.out(mvsdevnet.PayMST(d.user.Address(), unknown, 1000e6)))
	d.mine(1)
	return d
}

func (d *devnet) out(o mvs.Output, err error) mvs.Output {
	d.t.Helper()
	if err != nil {
		d.t.Fatal(err)
	}
	return o
}

func (d *devnet) send(w *mvsdevnet.Wallet, outs ...mvs.Output) *mvs.Tx {
	d.t.Helper()
	tx, err := w.Send(d.ctx, d.client, outs, fee)
	if err != nil {
		d.t.Fatalf("send: %v", err)
	}
	return tx
}

func (d *devnet) mine(n int) []mvs.Hash {
	d.t.Helper()
	h, err := d.node.Mine(n)
	if err != nil {
		d.t.Fatal(err)
	}
	return h
}

// toAvatar is an MST output to the bridge's avatar; toAddr to its address.
func (d *devnet) toAvatar(symbol string, q uint64) mvs.Output {
	return d.out(mvsdevnet.PayMSTToAvatar("droplet", d.bridge.Address(), symbol, q))
}

func (d *devnet) toAddr(symbol string, q uint64) mvs.Output {
	return d.out(mvsdevnet.PayMST(d.bridge.Address(), symbol, q))
}

func (d *devnet) memo(content string) mvs.Output {
	return d.out(mvsdevnet.Message(d.user.Address(), content))
}

func (d *devnet) bounty() mvs.Output {
	return d.out(mvsdevnet.PayETP(d.community.Address(), mvsdevnet.ETP))
}
