package mvsrpc_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"testing"

	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/mvsrpc"
	"github.com/tokendroplet/droplet/mvsdevnet"
)

// recorder keeps every request body the client sends.
type recorder struct {
	mu     sync.Mutex
	bodies [][]byte
	next   http.Handler
}

func (r *recorder) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	b, _ := io.ReadAll(req.Body)
	r.mu.Lock()
	r.bodies = append(r.bodies, b)
	r.mu.Unlock()
	req.Body = io.NopCloser(bytes.NewReader(b))
	r.next.ServeHTTP(w, req)
}

type devnet struct {
	node   *mvsdevnet.Node
	client *mvsrpc.Client
	rec    *recorder
}

// startDevnet runs a devnet node over loopback HTTP; blocks are mined on demand.
func startDevnet(t testing.TB) *devnet {
	t.Helper()
	cfg := mvsdevnet.Default()
	cfg.Dir = t.TempDir()
	cfg.BlockInterval = 0
	node, err := mvsdevnet.Open(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	rec := &recorder{next: node.Handler()}
	srv := httptest.NewServer(rec)
	t.Cleanup(func() {
		srv.Close()
		node.Close()
	})
	return &devnet{node: node, client: must[*mvsrpc.Client](t)(mvsrpc.New(srv.URL + "/rpc/v3")), rec: rec}
}

func (d *devnet) mine(t testing.TB, n int) []mvs.Hash {
	t.Helper()
	return must[[]mvs.Hash](t)(d.node.Mine(n))
}

// TestBridgeFlow walks what the bridge's Metaverse side does, through the client only: the
// bridge registers its avatar, an issuer issues an MST, a user sends it to the avatar with an
// Ethereum memo and the bounty, and a watcher finds the deposit in the block, confirmed.
func TestBridgeFlow(t *testing.T) {
	ctx := context.Background()
	d := startDevnet(t)
	c := d.client
	pay := must[mvs.Output](t)
	genesis := mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("genesis"))
	issuer := mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("issuer"))
	bridge := mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("droplet"))
	user := mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("user"))
	community := mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("developer-community"))
	const fee = mvsdevnet.DefaultMinFee
	const symbol = "ERC20.EDU"

	funding := must[*mvs.Tx](t)(genesis.Send(ctx, c, []mvs.Output{
		pay(mvsdevnet.PayETP(issuer.Address(), 100*mvsdevnet.ETP)),
		pay(mvsdevnet.PayETP(bridge.Address(), 100*mvsdevnet.ETP)),
		pay(mvsdevnet.PayETP(user.Address(), 100*mvsdevnet.ETP)),
		pay(mvsdevnet.PayETP(community.Address(), 100*mvsdevnet.ETP)),
	}, fee))
	// In the pool: gettx finds it at height 0.
	if tx := must[*mvsrpc.Tx](t)(c.Tx(ctx, funding.Hash())); tx.Height != 0 || len(tx.Outputs) != 5 {
		t.Fatalf("pooled funding: height %d, %d outputs", tx.Height, len(tx.Outputs))
	}
	d.mine(t, 1)
	must[*mvs.Tx](t)(bridge.Send(ctx, c, []mvs.Output{pay(mvsdevnet.RegisterAvatar(bridge.Address(), "droplet"))}, fee))
	must[*mvs.Tx](t)(issuer.Send(ctx, c, []mvs.Output{pay(mvsdevnet.RegisterAvatar(issuer.Address(), "issuer"))}, fee))
	must[*mvs.Tx](t)(community.Send(ctx, c, []mvs.Output{pay(mvsdevnet.RegisterAvatar(community.Address(), "developer-community"))}, fee))
	d.mine(t, 1)
	must[*mvs.Tx](t)(issuer.Send(ctx, c, []mvs.Output{pay(mvsdevnet.IssueMST(issuer.Address(), mvsdevnet.Issue{
		Symbol: symbol, Issuer: "issuer", Supply: 21_000_000_00000000, Decimals: 8, Description: "EDU on Metaverse",
	}))}, fee))
	d.mine(t, 1)
	must[*mvs.Tx](t)(issuer.Send(ctx, c, []mvs.Output{pay(mvsdevnet.PayMST(user.Address(), symbol, 500_000_000))}, fee))
	d.mine(t, 1)

	// The user's wallet resolves the bridge's avatar, then sends.
	dropletAddr := must[string](t)(c.ResolveDID(ctx, "droplet"))
	if dropletAddr != bridge.Address() {
		t.Fatalf("droplet resolves to %s, want %s", dropletAddr, bridge.Address())
	}
	communityAddr := must[string](t)(c.ResolveDID(ctx, "developer-community"))
	memo := mvsdevnet.EthMemo("0x8bB10939a8a36765a082905d4BfE8680F86eBF95")
	swap := must[*mvs.Tx](t)(user.Send(ctx, c, []mvs.Output{
		pay(mvsdevnet.PayMSTToAvatar("droplet", dropletAddr, symbol, 123_400_000)),
		pay(mvsdevnet.PayETP(communityAddr, mvsdevnet.ETP)),
		pay(mvsdevnet.Message(user.Address(), memo)),
	}, fee))
	// The node reads the raw transaction the way the codec wrote it.
	decoded := must[*mvsrpc.Tx](t)(c.DecodeRawTx(ctx, swap))
	if decoded.Outputs[0].Attachment.ToDID != "droplet" || decoded.Outputs[2].Attachment.Content != memo {
		t.Errorf("decoderawtx: %+v", decoded.Outputs)
	}
	blockHash := d.mine(t, 1)[0]
	d.mine(t, 11) // 12 confirmations, as the original bridge waited

	// The watcher's view.
	height := must[uint64](t)(c.Height(ctx))
	if height != 16 {
		t.Fatalf("height %d, want 16", height)
	}
	var found *mvsrpc.Block
	for h := uint64(0); h <= height; h++ {
		b := must[*mvsrpc.Block](t)(c.BlockByHeight(ctx, h))
		if h > 0 {
			prev := must[*mvsrpc.Header](t)(c.HeaderByHeight(ctx, h-1))
			if b.PreviousHash != prev.Hash {
				t.Fatalf("block %d does not link to block %d", h, h-1)
			}
		}
		for _, tx := range b.Transactions {
			if tx.Hash == swap.Hash() {
				found = b
			}
		}
	}
	if found == nil || found.Hash != blockHash || height-found.Number+1 != 12 {
		t.Fatalf("swap block: %+v", found)
	}
	byHash := must[*mvsrpc.Block](t)(c.BlockByHash(ctx, blockHash))
	if byHash.Number != found.Number || len(byHash.Transactions) != 2 {
		t.Errorf("block by hash: %d with %d transactions", byHash.Number, len(byHash.Transactions))
	}
	tx := byHash.Transactions[1]
	deposit := tx.Outputs[0]
	if deposit.Index != 0 || deposit.Address != dropletAddr || deposit.Attachment.Type != mvsrpc.AttachAssetTransfer ||
		deposit.Attachment.Symbol != symbol || deposit.Attachment.Quantity != 123_400_000 || deposit.Attachment.ToDID != "droplet" {
		t.Errorf("deposit output %+v", deposit)
	}
	if m := tx.Outputs[2]; m.Attachment.Type != mvsrpc.AttachMessage || m.Attachment.Content != memo {
		t.Errorf("memo output %+v", m)
	}
	if tx.Inputs[0].Address != user.Address() {
		t.Errorf("sender %s", tx.Inputs[0].Address)
	}
	script := must[[]byte](t)(deposit.ScriptBytes())
	if mvs.ClassifyScript(script) != mvs.ClassP2PKH {
		t.Errorf("deposit script %s", deposit.Script)
	}
	confirmed := must[*mvsrpc.Tx](t)(c.Tx(ctx, swap.Hash()))
	if confirmed.Height != found.Number {
		t.Errorf("gettx height %d, want %d", confirmed.Height, found.Number)
	}
	if raw := must[[]byte](t)(c.RawTx(ctx, swap.Hash())); !bytes.Equal(raw, swap.Encode()) {
		t.Errorf("gettx --json=false: %x", raw)
	}

	// Balances and UTXOs, by address and by avatar.
	assets := must[[]mvsrpc.AssetBalance](t)(c.AddressAssets(ctx, "droplet"))
	if len(assets) != 1 || assets[0].Symbol != symbol || assets[0].Quantity != 123_400_000 || assets[0].Decimals != 8 || assets[0].Issuer != "issuer" {
		t.Errorf("bridge assets %+v", assets)
	}
	// mvsd counts the blocks on top of the output's: 11 for a block 12 deep.
	utxos := must[[]mvsrpc.UTXO](t)(c.AddressAssetUTXOs(ctx, dropletAddr, symbol, 11))
	if len(utxos) != 1 || utxos[0].OutPoint != (mvs.OutPoint{Hash: swap.Hash(), Index: 0}) || utxos[0].Balance != 123_400_000 {
		t.Errorf("bridge asset utxos %+v", utxos)
	}
	if u := must[[]mvsrpc.UTXO](t)(c.AddressAssetUTXOs(ctx, dropletAddr, symbol, 12)); len(u) != 0 {
		t.Errorf("utxos with 12 blocks on top: %+v", u)
	}
	bal := must[*mvsrpc.ETPBalance](t)(c.AddressETP(ctx, "developer-community"))
	if bal.Address != communityAddr || bal.Unspent != 101*mvsdevnet.ETP-fee || bal.Received != 201*mvsdevnet.ETP-fee {
		t.Errorf("community balance %+v", bal)
	}
	etp := must[[]mvsrpc.UTXO](t)(c.AddressETPUTXOs(ctx, communityAddr))
	if len(etp) != 2 || etp[0].Balance < etp[1].Balance {
		t.Errorf("community utxos %+v", etp)
	}
	hist := must[[]mvsrpc.DIDAddress](t)(c.DID(ctx, dropletAddr))
	if len(hist) != 1 || hist[0] != (mvsrpc.DIDAddress{Symbol: "droplet", Address: dropletAddr, Status: "current"}) {
		t.Errorf("getdid by address %+v", hist)
	}

	// Every request the client sent used only methods that need no account, with string params.
	allowed := []string{"getheight", "getblock", "getblockheader", "gettx", "sendrawtx", "decoderawtx", "getaddressetp", "getaddressasset", "getdid"}
	d.rec.mu.Lock()
	defer d.rec.mu.Unlock()
	for _, b := range d.rec.bodies {
		var req struct {
			Method string `json:"method"`
			Params []any  `json:"params"`
		}
		if err := json.Unmarshal(b, &req); err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(allowed, req.Method) {
			t.Errorf("the client called %s", req.Method)
		}
		for _, p := range req.Params {
			if _, ok := p.(string); !ok {
				t.Errorf("%s: param %v is not a string", req.Method, p)
			}
		}
	}
}

// TestErrors checks that the node's error answers come back as *Error matching the sentinels.
func TestErrors(t *testing.T) {
	ctx := context.Background()
	d := startDevnet(t)
	c := d.client
	var e *mvsrpc.Error

	_, err := c.Tx(ctx, mvs.Hash{9})
	if !errors.Is(err, mvsrpc.ErrTxNotFound) || !errors.As(err, &e) || e.Code != 5306 || e.Message != "transaction does not exist!" || e.Method != "gettx" {
		t.Errorf("gettx unknown: %v", err)
	}
	if _, err := c.BlockByHeight(ctx, 5); !errors.Is(err, mvsrpc.ErrBlockNotFound) {
		t.Errorf("getblock beyond: %v", err)
	}
	if _, err := c.BlockByHash(ctx, mvs.Hash{7}); !errors.Is(err, mvsrpc.ErrBlockNotFound) {
		t.Errorf("getblock unknown hash: %v", err)
	}
	if _, err := c.HeaderByHeight(ctx, 5); err == nil {
		t.Error("getblockheader beyond: no error")
	}
	if _, err := c.ResolveDID(ctx, "nobody"); !errors.Is(err, mvsrpc.ErrDIDNotFound) {
		t.Errorf("getdid unknown: %v", err)
	}
	genesis := mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("genesis"))
	if _, err := c.DID(ctx, genesis.Address()); !errors.Is(err, mvsrpc.ErrDIDNotFound) {
		t.Errorf("getdid of an address without avatar: %v", err)
	}
	if _, err := c.ResolveDID(ctx, "not an avatar"); !errors.Is(err, mvsrpc.ErrInvalidArgument) {
		t.Errorf("invalid avatar: %v", err)
	}
	if _, err := c.AddressETP(ctx, "no such avatar!"); !errors.Is(err, mvsrpc.ErrInvalidArgument) {
		t.Errorf("getaddressetp of nonsense: %v", err)
	}
	if errors.Is(err, mvsrpc.ErrTxRejected) || errors.Is(err, mvsrpc.ErrBadAnswer) {
		t.Errorf("%v matches unrelated sentinels", err)
	}
}
