package ethchain

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/tokendroplet/droplet/contracts"
	"github.com/tokendroplet/droplet/contracts/bindings"
	"github.com/tokendroplet/droplet/internal/testenv"
	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/relayer/internal/pipeline"
	"github.com/tokendroplet/droplet/relayer/internal/store"
)

// anvil's well-known development accounts 0 (deployer, bridge admin, "someone else") and 1 (the
// relayer's gas key).
const (
	anvilKey0 = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
	anvilKey1 = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"
)

var (
	gwei      = big.NewInt(1_000_000_000)
	bridgeABI = bindings.NewBridge()
	tokenABI  = bindings.NewTestToken()
)

// env is a real anvil with mining off (blocks come from mine), a Bridge with one lock route
// holding tokens, and the relayer's database.
type env struct {
	t        *testing.T
	ctx      context.Context
	client   *ethclient.Client
	rpc      *rpc.Client
	routes   *transfer.Routes
	st       *store.Store
	deployer *ecdsa.PrivateKey
	opts     *bind.TransactOpts
	gasKey   *ecdsa.PrivateKey
	gasAddr  common.Address
	signer   *ecdsa.PrivateKey   // P-256
	watchers []*ecdsa.PrivateKey // 3, threshold 2
	bridge   common.Address
	token    common.Address
	seq      int
}

func newEnv(t *testing.T, anvilArgs ...string) *env {
	t.Helper()
	ctx := context.Background()
	a := testenv.StartAnvil(t, append([]string{"--no-mining"}, anvilArgs...)...)
	rc, err := rpc.DialContext(ctx, a.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rc.Close)
	e := &env{t: t, ctx: ctx, client: ethclient.NewClient(rc), rpc: rc}
	if e.deployer, err = crypto.HexToECDSA(anvilKey0); err != nil {
		t.Fatal(err)
	}
	if e.gasKey, err = crypto.HexToECDSA(anvilKey1); err != nil {
		t.Fatal(err)
	}
	e.gasAddr = crypto.PubkeyToAddress(e.gasKey.PublicKey)
	if e.signer, err = ecdsa.GenerateKey(elliptic.P256(), rand.Reader); err != nil {
		t.Fatal(err)
	}
	var watchers []common.Address
	for range 3 {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		e.watchers = append(e.watchers, k)
		watchers = append(watchers, crypto.PubkeyToAddress(k.PublicKey))
	}
	from := crypto.PubkeyToAddress(e.deployer.PublicKey)
	// The routes name the bridge and token before they exist: the deployer's first two creations.
	routesJSON := fmt.Sprintf(`{"version": 1, "ethereum": {"chain_id": 1337, "bridge": "%s"},
  "metaverse": {"network": "mainnet", "bridge_address": "MAwLwVGwJyFsTBfNj2j5nCUrQXGVRvHzPh", "bridge_avatar": "droplet"},
  "routes": [{"id": "usdt", "enabled": true, "ethereum": {"token": "%s", "decimals": 6, "mode": "lock"},
    "metaverse": {"symbol": "ERC20.USDT", "decimals": 6, "mode": "mint"}, "min": "1", "max": "100000",
    "daily_cap": "1000000", "big_threshold": "50000", "big_delay": "2m", "fee": {"flat": "0.5", "bps": 10}}]}`,
		crypto.CreateAddress(from, 0), crypto.CreateAddress(from, 1))
	if e.routes, err = transfer.ParseRoutes([]byte(routesJSON)); err != nil {
		t.Fatal(err)
	}
	e.opts = bind.NewKeyedTransactor(e.deployer, big.NewInt(1337))
	e.opts.Context = ctx
	bridge, tx, err := contracts.DeployBridge(e.opts, e.client, contracts.BridgeConfig{
		Governance: contracts.Governance{Proposers: []common.Address{from}, Pausers: []common.Address{from}},
		SignerKey:  &e.signer.PublicKey, Watchers: watchers, Threshold: 2, MinWatchers: 3, RoutesHash: e.routes.Hash(),
		Routes: []contracts.Route{{Key: e.mustRoute().Key(), Token: e.mustRoute().ERC20(), Mode: contracts.ModeLock, DailyCap: new(big.Int).Lsh(big.NewInt(1), 100), Enabled: true}}})
	e.setupMined(tx, err)
	token, tx, err := bind.DeployContract(e.opts, common.FromHex(bindings.TestTokenMetaData.Bin), e.client, tokenABI.PackConstructor("Tether USD", "USDT", 6))
	e.setupMined(tx, err)
	if bridge != e.routes.EthereumBridge() || [20]byte(token) != e.mustRoute().ERC20() {
		t.Fatalf("deployed at %s and %s, not where the routes say", bridge, token)
	}
	e.bridge, e.token = bridge, token
	e.setupMined(e.raw(token, tokenABI.PackMint(bridge, big.NewInt(1_000_000_000_000))))
	if e.st, err = store.Open(ctx, testenv.Postgres(t)); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.st.Close() })
	return e
}

func (e *env) mustRoute() *transfer.Route {
	rt, ok := e.routes.Route("usdt")
	if !ok {
		e.t.Fatal("no usdt route")
	}
	return rt
}

// raw sends data to `to` from the deployer, unmined.
func (e *env) raw(to common.Address, data []byte) (*types.Transaction, error) {
	return bind.NewBoundContract(to, abi.ABI{}, e.client, e.client, e.client).RawTransact(e.opts, data)
}

// toBridge sends data to the bridge with opts, unmined.
func (e *env) toBridge(opts *bind.TransactOpts, data []byte) (*types.Transaction, error) {
	return bind.NewBoundContract(e.bridge, abi.ABI{}, e.client, e.client, e.client).RawTransact(opts, data)
}

func (e *env) setupMined(tx *types.Transaction, err error) {
	e.t.Helper()
	if err != nil {
		e.t.Fatal(err)
	}
	e.mine()
	if r := e.receipt(tx.Hash()); r == nil || r.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("setup transaction %s failed", tx.Hash())
	}
}

// mine mines one block.
func (e *env) mine() {
	e.t.Helper()
	if err := e.rpc.CallContext(e.ctx, nil, "evm_mine"); err != nil {
		e.t.Fatal(err)
	}
}

// setBaseFee sets the next block's base fee.
func (e *env) setBaseFee(wei *big.Int) {
	e.t.Helper()
	if err := e.rpc.CallContext(e.ctx, nil, "anvil_setNextBlockBaseFeePerGas", hexutil.EncodeBig(wei)); err != nil {
		e.t.Fatal(err)
	}
}

// drop removes a transaction from anvil's pool, as a node that evicted it would.
func (e *env) drop(h common.Hash) {
	e.t.Helper()
	if err := e.rpc.CallContext(e.ctx, nil, "anvil_dropTransaction", h); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) receipt(h common.Hash) *types.Receipt {
	e.t.Helper()
	r, err := e.client.TransactionReceipt(e.ctx, h)
	if err == ethereum.NotFound {
		return nil
	}
	if err != nil {
		e.t.Fatal(err)
	}
	return r
}

// nonces are the gas key's mined and pending nonces.
func (e *env) nonces() (latest, pending uint64) {
	e.t.Helper()
	var err error
	if latest, err = e.client.NonceAt(e.ctx, e.gasAddr, nil); err != nil {
		e.t.Fatal(err)
	}
	if pending, err = e.client.PendingNonceAt(e.ctx, e.gasAddr); err != nil {
		e.t.Fatal(err)
	}
	return latest, pending
}

// outside sends a transaction with the gas key that is not the relayer's: value to itself.
func (e *env) outside(nonce uint64) *types.Transaction {
	e.t.Helper()
	tx, err := types.SignNewTx(e.gasKey, types.LatestSignerForChainID(big.NewInt(1337)), &types.DynamicFeeTx{ChainID: big.NewInt(1337),
		Nonce: nonce, GasTipCap: gwei, GasFeeCap: new(big.Int).Mul(gwei, big.NewInt(50)), Gas: 21000, To: &e.gasAddr, Value: big.NewInt(1)})
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.client.SendTransaction(e.ctx, tx); err != nil {
		e.t.Fatal(err)
	}
	return tx
}

// chain makes a Chain on the env's database; mod changes its config.
func (e *env) chain(mod func(*Config)) *Chain {
	e.t.Helper()
	c := Config{Client: e.client, Routes: e.routes, GasKey: e.gasKey, MaxFee: new(big.Int).Mul(gwei, big.NewInt(100)),
		Confirmations: 1, DB: e.st.DB(), ReplaceAfter: time.Hour}
	if mod != nil {
		mod(&c)
	}
	ch, err := New(e.ctx, c)
	if err != nil {
		e.t.Fatal(err)
	}
	return ch
}

// transfer is a new Metaverse -> Ethereum transfer with the signer's and two watchers'
// signatures, as the relayer's store holds it once signed.
func (e *env) transfer() *store.Transfer {
	e.t.Helper()
	e.seq++
	rt := e.mustRoute()
	recipient := common.BigToAddress(big.NewInt(int64(0xbeef00 + e.seq)))
	tr := &transfer.Transfer{SourceChain: e.routes.MetaverseChainID(), SourceTx: crypto.Keccak256Hash([]byte(fmt.Sprintf("source %d", e.seq))),
		SourceBlock: crypto.Keccak256Hash([]byte("block")), Route: rt.Key(), DestChain: 1337, DestToken: rt.DestToken(transfer.MvsToEth),
		Recipient: recipient.Bytes(), Amount: big.NewInt(1_000_000 + int64(e.seq)), Fee: big.NewInt(500_000)}
	d, err := e.routes.Domain(1337)
	if err != nil {
		e.t.Fatal(err)
	}
	digest := tr.Digest(d)
	r, s, err := ecdsa.Sign(rand.Reader, e.signer, digest[:])
	if err != nil {
		e.t.Fatal(err)
	}
	sig, err := contracts.NewP256Signature(r, s)
	if err != nil {
		e.t.Fatal(err)
	}
	var raw [][]byte
	for _, w := range e.watchers[:2] {
		ws, err := crypto.Sign(digest[:], w)
		if err != nil {
			e.t.Fatal(err)
		}
		raw = append(raw, ws)
	}
	wsigs, err := contracts.EncodeWatcherSignatures(digest, raw)
	if err != nil {
		e.t.Fatal(err)
	}
	id := tr.ID()
	return &store.Transfer{ID: id[:], State: store.StateSigned, Route: "usdt", SourceChain: tr.SourceChain, SourceTx: tr.SourceTx[:],
		SourceBlock: tr.SourceBlock[:], DestChain: 1337, DestToken: tr.DestToken[:], Recipient: tr.Recipient, Amount: tr.Amount,
		Fee: tr.Fee, EthR: sig.R[:], EthS: sig.S[:], WatcherSigs: wsigs}
}

// submit submits t and records the hash on it, as the pipeline does.
func (e *env) submit(c *Chain, t *store.Transfer) common.Hash {
	e.t.Helper()
	h, err := c.Submit(e.ctx, t)
	if err != nil {
		e.t.Fatalf("submit: %v", err)
	}
	t.DestTx = h
	return common.BytesToHash(h)
}

func (e *env) follow(c *Chain, t *store.Transfer) (pipeline.Follow, error) {
	e.t.Helper()
	return c.Follow(e.ctx, t)
}

// paid is the recipient's token balance equal to the transfer's amount (paid exactly once).
func (e *env) paid(t *store.Transfer) bool {
	e.t.Helper()
	out, err := e.client.CallContract(e.ctx, ethereum.CallMsg{To: &e.token, Data: tokenABI.PackBalanceOf(common.BytesToAddress(t.Recipient))}, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	bal := new(big.Int).SetBytes(out)
	if bal.Sign() != 0 && bal.Cmp(t.Amount) != 0 {
		e.t.Fatalf("recipient holds %s, the transfer is %s", bal, t.Amount)
	}
	return bal.Cmp(t.Amount) == 0
}

// slotOf reads the ledger's record of the nonce holding hash h.
func (e *env) slotOf(c *Chain, h common.Hash) *slot {
	e.t.Helper()
	s, err := c.l.byHash(e.ctx, h)
	if err != nil || s == nil {
		e.t.Fatalf("no recorded nonce for %s: %v", h, err)
	}
	return s
}

func (e *env) tx(h common.Hash) *types.Transaction {
	e.t.Helper()
	tx, _, err := e.client.TransactionByHash(e.ctx, h)
	if err != nil {
		e.t.Fatalf("transaction %s: %v", h, err)
	}
	return tx
}
