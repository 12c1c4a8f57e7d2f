package pipeline_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"math/big"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tokendroplet/droplet/internal/devnet"
	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/mvsrpc"
	"github.com/tokendroplet/droplet/internal/testenv"
	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/mvsdevnet"
	signerv1 "github.com/tokendroplet/droplet/proto/droplet/signer/v1"
	"github.com/tokendroplet/droplet/relayer/internal/mvschain"
	"github.com/tokendroplet/droplet/relayer/internal/pipeline"
	"github.com/tokendroplet/droplet/relayer/internal/store"
)

func must[T any](t testing.TB) func(T, error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

// TestEthereumToMetaverse: a deposit on Ethereum, attested by two of three watchers, is paid out on
// the Metaverse devnet node by the relayer: proposed from the bridge's outputs, signed by the real
// signer process, broadcast, confirmed; the user holds the MST, and a second pipeline pass pays
// nothing more.
func TestEthereumToMetaverse(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	addrs := devnet.Addrs{Signer: testenv.FreeAddr(t), Admin: testenv.FreeAddr(t)}
	if err := devnet.Write(dir, testenv.Postgres(t), addrs); err != nil {
		t.Fatal(err)
	}
	routes := must[*transfer.Routes](t)(transfer.ParseRoutes(must[[]byte](t)(os.ReadFile(filepath.Join(dir, "routes.json")))))
	var sk struct {
		Metaverse string `json:"metaverse_secp256k1"`
	}
	if err := json.Unmarshal(must[[]byte](t)(os.ReadFile(filepath.Join(dir, "signer-keys.json"))), &sk); err != nil {
		t.Fatal(err)
	}
	bridgeKey := secp256k1.PrivKeyFromBytes(must[[]byte](t)(hex.DecodeString(sk.Metaverse)))

	// The Metaverse devnet: the bridge holds ETP and a float of ERC20.USDT.
	cfg := mvsdevnet.Default()
	cfg.Dir, cfg.BlockInterval = t.TempDir(), 0
	node := must[*mvsdevnet.Node](t)(mvsdevnet.Open(cfg, nil))
	srv := httptest.NewServer(node.Handler())
	t.Cleanup(func() { srv.Close(); node.Close() })
	rpc := must[*mvsrpc.Client](t)(mvsrpc.New(srv.URL + "/rpc/v3"))
	pay := must[mvs.Output](t)
	const fee = mvsdevnet.DefaultMinFee
	genesis := mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("genesis"))
	issuer := mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("issuer"))
	bridge := mvsdevnet.NewWallet(mvs.Testnet, bridgeKey)
	if bridge.Address() != routes.Metaverse.BridgeAddress {
		t.Fatalf("bridge wallet %s, routes say %s", bridge.Address(), routes.Metaverse.BridgeAddress)
	}
	must[*mvs.Tx](t)(genesis.Send(ctx, rpc, []mvs.Output{pay(mvsdevnet.PayETP(issuer.Address(), 100*mvsdevnet.ETP)),
		pay(mvsdevnet.PayETP(bridge.Address(), 100*mvsdevnet.ETP))}, fee))
	must[[]mvs.Hash](t)(node.Mine(1))
	must[*mvs.Tx](t)(issuer.Send(ctx, rpc, []mvs.Output{pay(mvsdevnet.RegisterAvatar(issuer.Address(), "issuer"))}, fee))
	must[[]mvs.Hash](t)(node.Mine(1))
	must[*mvs.Tx](t)(issuer.Send(ctx, rpc, []mvs.Output{pay(mvsdevnet.IssueMST(issuer.Address(), mvsdevnet.Issue{
		Symbol: "ERC20.USDT", Issuer: "issuer", Supply: 1_000_000_000_000, Decimals: 6}))}, fee))
	must[[]mvs.Hash](t)(node.Mine(1))
	must[*mvs.Tx](t)(issuer.Send(ctx, rpc, []mvs.Output{pay(mvsdevnet.PayMST(bridge.Address(), "ERC20.USDT", 500_000_000_000))}, fee))
	must[[]mvs.Hash](t)(node.Mine(3))

	testenv.StartSigner(t, dir, addrs.Signer)

	// Two watchers attest a deposit of 25 USDT made on Ethereum for a Metaverse user.
	userKey := mvsdevnet.DevKey("user")
	user := mvs.PubKeyAddress(mvs.Testnet, userKey.PubKey())
	rt, _ := routes.Route("usdt")
	q := rt.Quote(transfer.EthToMvs, big.NewInt(25_000_000))
	tr := &transfer.Transfer{SourceChain: routes.Ethereum.ChainID, SourceTx: crypto.Keccak256Hash([]byte("eth deposit")), SourceIndex: 2,
		SourceBlock: crypto.Keccak256Hash([]byte("eth block")), Route: rt.Key(), DestChain: routes.MetaverseChainID(),
		DestToken: rt.DestToken(transfer.EthToMvs), Recipient: []byte(user.String()), Amount: q.Amount, Fee: q.Fee}
	dom := must[transfer.Domain](t)(routes.Domain(tr.DestChain))
	digest := tr.Digest(dom)
	var wkeys map[string]string
	if err := json.Unmarshal(must[[]byte](t)(os.ReadFile(filepath.Join(dir, "watcher-keys.json"))), &wkeys); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"watcher-a", "watcher-b"} {
		k := must[*ecdsa.PrivateKey](t)(crypto.HexToECDSA(wkeys[w]))
		sig := must[[]byte](t)(crypto.Sign(digest[:], k))
		sig[64] += 27
		_, err := testenv.SignerClient(t, dir, addrs.Signer, w).SubmitAttestation(ctx, &signerv1.SubmitAttestationRequest{Signature: sig,
			Transfer: &signerv1.Transfer{SourceChain: tr.SourceChain, SourceTx: tr.SourceTx[:], SourceIndex: tr.SourceIndex,
				SourceBlock: tr.SourceBlock[:], Route: "usdt", DestChain: tr.DestChain, DestToken: tr.DestToken[:],
				Recipient: tr.Recipient, Amount: tr.Amount.String(), Fee: tr.Fee.String()}})
		if err != nil {
			t.Fatal(err)
		}
	}

	st := must[*store.Store](t)(store.Open(ctx, testenv.Postgres(t)))
	t.Cleanup(func() { st.Close() })
	chain := must[*mvschain.Chain](t)(mvschain.New(mvschain.Config{RPC: rpc, Routes: routes, DB: st.DB(), FeeBits: 20_000, Confirmations: 3}))
	p := pipeline.New(pipeline.Config{Store: st, Signer: testenv.SignerClient(t, dir, addrs.Signer, "relayer"), Routes: routes,
		Chains: map[uint64]pipeline.Chain{chain.ChainID(): chain}, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), FollowEvery: time.Millisecond})
	if err := p.DiscoverOnce(ctx); err != nil {
		t.Fatal(err)
	}
	id := tr.ID()
	stepUntilConfirmed(t, p, st, id[:], func(state string) {
		if state == store.StateSubmitted {
			must[[]mvs.Hash](t)(node.Mine(1))
		}
	})
	assets := must[[]mvsrpc.AssetBalance](t)(rpc.AddressAssets(ctx, user.String()))
	if len(assets) != 1 || assets[0].Symbol != "ERC20.USDT" || assets[0].Quantity != q.Amount.Uint64() {
		t.Fatalf("the user holds %+v, want %s ERC20.USDT", assets, q.Amount)
	}
	// Nothing is left to do, and a new discovery pays nothing twice.
	if err := p.DiscoverOnce(ctx); err != nil {
		t.Fatal(err)
	}
	if did, err := p.StepOnce(ctx); did || err != nil {
		t.Fatalf("a confirmed transfer was worked again: %v %v", did, err)
	}
	evs := must[[]store.Event](t)(st.History(ctx, id[:]))
	if len(evs) < 4 {
		t.Fatalf("history %+v", evs)
	}
}

// stepUntilConfirmed works the pipeline one step at a time until the transfer is confirmed,
// calling chain with its state after each step (to mine a block, say). A failed attempt fails the
// test: the end-to-end paths must not need one.
func stepUntilConfirmed(t *testing.T, p *pipeline.Pipeline, st *store.Store, id []byte, chain func(state string)) {
	t.Helper()
	ctx := context.Background()
	for range 50 {
		if _, err := p.StepOnce(ctx); err != nil {
			t.Fatal(err)
		}
		got := must[*store.Transfer](t)(st.Get(ctx, id))
		if got.State == store.StateConfirmed {
			return
		}
		if got.State == store.StateFailed || got.Attempts > 0 {
			evs, _ := st.History(ctx, id)
			t.Fatalf("transfer %s after %d attempts: %s (history %+v)", got.State, got.Attempts, got.Reason, evs)
		}
		chain(got.State)
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("transfer %x not confirmed after 50 steps:%s", id, history(st, id))
}
