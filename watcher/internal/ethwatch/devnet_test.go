package ethwatch

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"database/sql"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/tokendroplet/droplet/contracts"
	"github.com/tokendroplet/droplet/contracts/bindings"
	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/testenv"
	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/watcher/internal/scan"
)

// anvil's well-known development accounts 0 to 3.
var anvilKeys = []string{
	"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
	"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
}

// testRoutes maps two tokens: usdt (a plain ERC20, lock) and fee (a fee-on-transfer token, lock).
// The addresses are those anvil's first account deploys at its nonces 0, 1 and 2.
const testRoutes = `{
  "version": 1,
  "ethereum": {"chain_id": 1337, "bridge": "%s"},
  "metaverse": {"network": "devnet", "bridge_address": "%s", "bridge_avatar": "droplet"},
  "routes": [
    {"id": "usdt", "enabled": true,
     "ethereum": {"token": "%s", "decimals": 6, "mode": "lock"},
     "metaverse": {"symbol": "ERC20.USDT", "decimals": 6, "mode": "mint"},
     "min": "1", "max": "100000", "daily_cap": "1000000", "big_threshold": "50000", "big_delay": "2m",
     "fee": {"flat": "0.5", "bps": 10}},
    {"id": "fee", "enabled": true,
     "ethereum": {"token": "%s", "decimals": 18, "mode": "lock"},
     "metaverse": {"symbol": "ERC20.FEE", "decimals": 8, "mode": "mint"},
     "min": "1", "max": "100000", "daily_cap": "1000000", "big_threshold": "50000", "big_delay": "2m",
     "fee": {"flat": "0", "bps": 0}}
  ]
}
`

// ethnet is a real anvil node with the bridge, two routed tokens and an unrouted one deployed,
// and funded users.
type ethnet struct {
	t        testing.TB
	ctx      context.Context
	anvil    *testenv.Anvil
	client   *ethclient.Client
	rpc      *rpc.Client
	chainID  *big.Int
	deployer *ecdsa.PrivateKey
	users    []*ecdsa.PrivateKey
	routes   *transfer.Routes
	routesJS string
	bridge   common.Address
	usdt     common.Address
	fee      common.Address
	other    common.Address // no route maps it
	mvsNet   mvs.Network
	mvsUsers []string // Metaverse addresses for memos
}

var (
	bridgeABIv = bindings.NewBridge()
	tokenABI   = bindings.NewTestToken()
	feeABI     = bindings.NewFeeToken()
)

// newEthnet starts anvil with args and deploys the contracts. watchers are the bridge's watcher
// set (any addresses will do for the watcher side; the signer's tests check the set).
func newEthnet(t testing.TB, mvsBridge string, watchers []common.Address, args ...string) *ethnet {
	t.Helper()
	e := &ethnet{t: t, ctx: context.Background(), mvsNet: mvs.Testnet}
	e.anvil = testenv.StartAnvil(t, args...)
	var err error
	if e.rpc, err = rpc.Dial(e.anvil.URL); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.rpc.Close)
	e.client = ethclient.NewClient(e.rpc)
	if e.chainID, err = e.client.ChainID(e.ctx); err != nil {
		t.Fatal(err)
	}
	for i, k := range anvilKeys {
		key, err := crypto.HexToECDSA(k)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			e.deployer = key
		} else {
			e.users = append(e.users, key)
		}
	}
	from := crypto.PubkeyToAddress(e.deployer.PublicKey)
	e.bridge = crypto.CreateAddress(from, 0)
	e.usdt = crypto.CreateAddress(from, 1)
	e.fee = crypto.CreateAddress(from, 2)
	e.other = crypto.CreateAddress(from, 3)
	if mvsBridge == "" {
		mvsBridge = mvs.PubKeyAddress(mvs.Testnet, mustKey(t).PubKey()).String()
	}
	e.routesJS = fmt.Sprintf(testRoutes, e.bridge.Hex(), mvsBridge, e.usdt.Hex(), e.fee.Hex())
	if e.routes, err = transfer.ParseRoutes([]byte(e.routesJS)); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		e.mvsUsers = append(e.mvsUsers, mvs.PubKeyAddress(mvs.Testnet, mustKey(t).PubKey()).String())
	}

	if len(watchers) == 0 {
		watchers = []common.Address{common.HexToAddress("0x01"), common.HexToAddress("0x02"), common.HexToAddress("0x03")}
	}
	opts := e.opts(e.deployer)
	var routes []contracts.Route
	for _, id := range []string{"usdt", "fee"} {
		rt, _ := e.routes.Route(id)
		routes = append(routes, contracts.Route{Key: rt.Key(), Token: rt.ERC20(), Mode: contracts.ModeLock, DailyCap: new(big.Int).Lsh(big.NewInt(1), 100), Enabled: true})
	}
	addr, tx, err := contracts.DeployBridge(opts, e.client, contracts.BridgeConfig{
		Governance: contracts.Governance{Proposers: []common.Address{from}, Pausers: []common.Address{from}}, SignerKey: devP256(t),
		Watchers: watchers, Threshold: 2, MinWatchers: 3, RoutesHash: e.routes.Hash(), Routes: routes})
	e.mined(tx, err)
	if addr != e.bridge {
		t.Fatalf("bridge at %s, want %s", addr, e.bridge)
	}
	addr, tx, err = bind.DeployContract(opts, common.FromHex(bindings.TestTokenMetaData.Bin), e.client, tokenABI.PackConstructor("Tether USD", "USDT", 6))
	e.mined(tx, err)
	addr, tx, err = bind.DeployContract(opts, common.FromHex(bindings.FeeTokenMetaData.Bin), e.client, feeABI.PackConstructor(big.NewInt(100)))
	e.mined(tx, err)
	addr, tx, err = bind.DeployContract(opts, common.FromHex(bindings.TestTokenMetaData.Bin), e.client, tokenABI.PackConstructor("Dai", "DAI", 18))
	e.mined(tx, err)
	if addr != e.other {
		t.Fatalf("token at %s, want %s", addr, e.other)
	}
	for _, u := range e.users {
		a := crypto.PubkeyToAddress(u.PublicKey)
		e.send(e.deployer, e.usdt, tokenABI.PackMint(a, big.NewInt(1e12)))
		e.send(e.deployer, e.fee, feeABI.PackMint(a, new(big.Int).Mul(big.NewInt(1e6), big.NewInt(1e18))))
		e.send(e.deployer, e.other, tokenABI.PackMint(a, new(big.Int).Mul(big.NewInt(1e6), big.NewInt(1e18))))
	}
	return e
}

func mustKey(t testing.TB) *secp256k1.PrivateKey {
	t.Helper()
	k, err := secp256k1.GeneratePrivateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// devP256 is a throwaway signer key: the watcher never checks payouts.
func devP256(t testing.TB) *ecdsa.PublicKey {
	t.Helper()
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return &k.PublicKey
}

func (e *ethnet) opts(key *ecdsa.PrivateKey) *bind.TransactOpts {
	o := bind.NewKeyedTransactor(key, e.chainID)
	o.Context = e.ctx
	return o
}

// mined waits for tx and fails the test unless it succeeded.
func (e *ethnet) mined(tx *types.Transaction, err error) *types.Receipt {
	e.t.Helper()
	if err != nil {
		e.t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(e.ctx, 30*time.Second)
	defer cancel()
	r, err := bind.WaitMined(ctx, e.client, tx.Hash())
	if err != nil {
		e.t.Fatal(err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("transaction %s failed", tx.Hash())
	}
	return r
}

// send makes key call to with data and waits for it.
func (e *ethnet) send(key *ecdsa.PrivateKey, to common.Address, data []byte) *types.Receipt {
	e.t.Helper()
	return e.mined(bind.NewBoundContract(to, abi.ABI{}, e.client, e.client, e.client).RawTransact(e.opts(key), data))
}

// deposit: approve and deposit(token, amount, recipient).
func (e *ethnet) deposit(key *ecdsa.PrivateKey, token common.Address, amount *big.Int, recipient string) *types.Receipt {
	e.t.Helper()
	e.send(key, token, tokenABI.PackApprove(e.bridge, amount))
	return e.send(key, e.bridge, bridgeABIv.PackDeposit(token, amount, recipient))
}

// transferMemo: a plain transfer(bridge, amount) with memo after the 68 bytes.
func (e *ethnet) transferMemo(key *ecdsa.PrivateKey, token common.Address, amount *big.Int, memo []byte) *types.Receipt {
	e.t.Helper()
	return e.send(key, token, append(tokenABI.PackTransfer(e.bridge, amount), memo...))
}

func (e *ethnet) link(key *ecdsa.PrivateKey, recipient string) *types.Receipt {
	e.t.Helper()
	return e.send(key, e.bridge, bridgeABIv.PackLink(recipient))
}

// mine mines n empty blocks.
func (e *ethnet) mine(n int) {
	e.t.Helper()
	if err := e.rpc.CallContext(e.ctx, nil, "anvil_mine", fmt.Sprintf("0x%x", n)); err != nil {
		e.t.Fatal(err)
	}
}

func (e *ethnet) head() uint64 {
	e.t.Helper()
	n, err := e.client.BlockNumber(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

func (e *ethnet) writeRoutes(dir string) string {
	e.t.Helper()
	p := filepath.Join(dir, "routes.json")
	if err := os.WriteFile(p, []byte(e.routesJS), 0o644); err != nil {
		e.t.Fatal(err)
	}
	return p
}

func openDB(t testing.TB) *sql.DB {
	t.Helper()
	db, err := sql.Open("postgres", testenv.Postgres(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := scan.Open(context.Background(), db); err != nil {
		t.Fatal(err)
	}
	if err := Open(context.Background(), db); err != nil {
		t.Fatal(err)
	}
	return db
}
