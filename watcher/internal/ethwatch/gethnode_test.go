package ethwatch

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/beacon"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/tokendroplet/droplet/contracts"
	"github.com/tokendroplet/droplet/contracts/bindings"
	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/watcher/internal/attest"
)

// gethnet is go-ethereum's own node run in process and served over JSON-RPC on a loopback HTTP
// port (the simulated backend's node, without its beacon), holding a chain made in one go with
// core.GenerateChain and inserted with InsertChain: the contracts of newEthnet at the same
// addresses, then a stretch of blocks with one deposit every few blocks. anvil mines about 55
// blocks/s, so a chain of 100,000 blocks takes it half an hour; this one about three minutes.
type gethnet struct {
	url      string
	routes   *transfer.Routes
	bridge   common.Address
	usdt     common.Address
	mvsUsers []string
	start    uint64 // first block of the stretch
	end      uint64 // its last block; the head is two blocks further (Confirmations: 2)
	deposits []gethDeposit
	made     time.Duration // generating, inserting and indexing the chain
}

// gethDeposit is one deposit the chain holds and a scan must find.
type gethDeposit struct {
	block     uint64
	tx        common.Hash
	kind      byte // 'a' deposit(), 'b' transfer with a memo, 'c' transfer by a linked account
	recipient string
	amount    *big.Int
}

// gethTx is a transaction of the chain's setup.
type gethTx struct {
	key  *ecdsa.PrivateKey
	to   *common.Address // nil creates a contract
	data []byte
	gas  uint64
}

// newGethnet builds the chain and starts the node: blocks blocks from start, a deposit in the
// first of every every blocks (in turn deposit(), a transfer with a memo, a transfer by an
// account whose link() call is in block start), then two empty blocks.
func newGethnet(t testing.TB, blocks, every uint64) *gethnet {
	t.Helper()
	began := time.Now()
	var keys []*ecdsa.PrivateKey
	for _, k := range anvilKeys {
		key, err := crypto.HexToECDSA(k)
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, key)
	}
	deployer, users := keys[0], keys[1:]
	from := crypto.PubkeyToAddress(deployer.PublicKey)
	g := &gethnet{bridge: crypto.CreateAddress(from, 0), usdt: crypto.CreateAddress(from, 1)}
	fee, other := crypto.CreateAddress(from, 2), crypto.CreateAddress(from, 3)
	mvsBridge := mvs.PubKeyAddress(mvs.Testnet, mustKey(t).PubKey()).String()
	var err error
	if g.routes, err = transfer.ParseRoutes(fmt.Appendf(nil, testRoutes, g.bridge.Hex(), mvsBridge, g.usdt.Hex(), fee.Hex())); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		g.mvsUsers = append(g.mvsUsers, mvs.PubKeyAddress(mvs.Testnet, mustKey(t).PubKey()).String())
	}

	// The setup, in newEthnet's order so that the deployer's nonces give the same addresses.
	qx, qy, err := contracts.P256PublicKey(devP256(t))
	if err != nil {
		t.Fatal(err)
	}
	watchers := []common.Address{common.HexToAddress("0x01"), common.HexToAddress("0x02"), common.HexToAddress("0x03")}
	gov := bindings.BridgeGovernance{Delay: new(big.Int), Proposers: []common.Address{from}, Executors: []common.Address{{}},
		Pausers: []common.Address{from}, AdminTransferDelay: new(big.Int)}
	var routes []bindings.BridgeInitialRoute
	for _, id := range []string{"usdt", "fee"} {
		rt, _ := g.routes.Route(id)
		routes = append(routes, bindings.BridgeInitialRoute{Route: rt.Key(), Token: rt.ERC20(), Mode: contracts.ModeLock,
			DailyCap: new(big.Int).Lsh(big.NewInt(1), 100), Enabled: true})
	}
	args, err := bindings.NewBridge().GetABI().Pack("", gov, qx, qy, watchers, uint8(2), uint8(3), g.routes.Hash(), routes)
	if err != nil {
		t.Fatal(err)
	}
	creation := func(bin string, args []byte) []byte { return append(common.FromHex(bin), args...) }
	call := func(key *ecdsa.PrivateKey, to common.Address, data []byte) gethTx {
		return gethTx{key: key, to: &to, data: data, gas: 1_000_000}
	}
	setup := []gethTx{
		{key: deployer, data: creation(bindings.BridgeMetaData.Bin, args), gas: 12_000_000},
		{key: deployer, data: creation(bindings.TestTokenMetaData.Bin, tokenABI.PackConstructor("Tether USD", "USDT", 6)), gas: 12_000_000},
		{key: deployer, data: creation(bindings.FeeTokenMetaData.Bin, feeABI.PackConstructor(big.NewInt(100))), gas: 12_000_000},
		{key: deployer, data: creation(bindings.TestTokenMetaData.Bin, tokenABI.PackConstructor("Dai", "DAI", 18)), gas: 12_000_000},
	}
	for _, u := range users {
		a := crypto.PubkeyToAddress(u.PublicKey)
		setup = append(setup,
			call(deployer, g.usdt, tokenABI.PackMint(a, big.NewInt(1e12))),
			call(deployer, fee, feeABI.PackMint(a, new(big.Int).Mul(big.NewInt(1e6), big.NewInt(1e18)))),
			call(deployer, other, tokenABI.PackMint(a, new(big.Int).Mul(big.NewInt(1e6), big.NewInt(1e18)))))
	}
	a, c, m := users[0], users[1], users[2]
	setup = append(setup, call(a, g.usdt, tokenABI.PackApprove(g.bridge, new(big.Int).Lsh(big.NewInt(1), 200))))

	alloc := core.SystemContractAllocs()
	for _, k := range keys {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether))}
	}
	genesis := &core.Genesis{Config: params.AllDevChainProtocolChanges, GasLimit: 30_000_000, Alloc: alloc}
	signer := types.LatestSigner(genesis.Config)
	sign := func(bg *core.BlockGen, key *ecdsa.PrivateKey, to *common.Address, data []byte, gas uint64) *types.Transaction {
		tx, err := types.SignNewTx(key, signer, &types.DynamicFeeTx{ChainID: genesis.Config.ChainID,
			Nonce: bg.TxNonce(crypto.PubkeyToAddress(key.PublicKey)), To: to, Data: data, Gas: gas,
			GasFeeCap: big.NewInt(100 * params.GWei), GasTipCap: big.NewInt(1)})
		if err != nil {
			t.Fatal(err)
		}
		bg.AddTx(tx) // panics if the block cannot take it
		return tx
	}
	g.start = uint64(len(setup)) + 1 // one block each, from block 1
	g.end = g.start + blocks - 1
	amount := big.NewInt(2e6)
	// GenerateChain calls gen from one goroutine, block after block.
	_, chain, receipts := core.GenerateChainWithGenesis(genesis, beacon.New(ethash.NewFaker()), int(g.end+2), func(i int, bg *core.BlockGen) {
		if i < len(setup) {
			s := setup[i]
			sign(bg, s.key, s.to, s.data, s.gas)
			return
		}
		n := bg.Number().Uint64()
		if n == g.start {
			// In the scanned blocks: the watcher learns links from its own scan.
			sign(bg, c, &g.bridge, bridgeABIv.PackLink(g.mvsUsers[0]), 1_000_000)
		}
		if n > g.end || (n-g.start)%every != 0 {
			return
		}
		d := gethDeposit{block: n, amount: amount}
		var tx *types.Transaction
		switch k := len(g.deposits) % 3; k {
		case 0:
			d.kind, d.recipient = 'a', g.mvsUsers[1]
			tx = sign(bg, a, &g.bridge, bridgeABIv.PackDeposit(g.usdt, amount, d.recipient), 200_000)
		case 1:
			d.kind, d.recipient = 'b', g.mvsUsers[2]
			tx = sign(bg, m, &g.usdt, append(tokenABI.PackTransfer(g.bridge, amount), d.recipient...), 200_000)
		default:
			d.kind, d.recipient = 'c', g.mvsUsers[0]
			tx = sign(bg, c, &g.usdt, tokenABI.PackTransfer(g.bridge, amount), 200_000)
		}
		d.tx = tx.Hash()
		g.deposits = append(g.deposits, d)
	})
	generated := time.Now()
	for i, rs := range receipts {
		for _, r := range rs {
			if r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("block %d: transaction %s failed", chain[i].NumberU64(), r.TxHash)
			}
		}
	}
	if addr := receipts[3][0].ContractAddress; addr != other {
		t.Fatalf("token at %s, want %s", addr, other)
	}

	// The node, as go-ethereum's simulated backend assembles it, with HTTP on a free loopback port.
	nc := node.DefaultConfig
	// On disk, not in memory: past 90,000 blocks geth's freezer moves the oldest blocks to its
	// ancient store, and on the in-memory database each block moved scans every key (minutes of
	// CPU at 100,000 blocks, in this process, while the benchmark runs).
	nc.DataDir = t.TempDir()
	nc.P2P = p2p.Config{NoDiscovery: true}
	nc.HTTPHost, nc.HTTPPort, nc.HTTPModules = "127.0.0.1", 0, []string{"eth", "net", "web3"}
	nc.WSHost, nc.IPCPath = "", ""
	stack, err := node.New(&nc)
	if err != nil {
		t.Fatal(err)
	}
	ec := ethconfig.Defaults
	ec.Genesis = genesis
	ec.SyncMode = ethconfig.FullSync
	ec.TxPool.NoLocals = true
	// No log index (FilterMaps), as in go-ethereum's simulated backend: eth_getLogs searches
	// every block by its header's bloom filter. The index is built in the background after the
	// blocks are inserted, and for 100,000 blocks that takes longer than the rest of the chain
	// (over 4 minutes on 2 cores); a half-built one would make the benchmark measure whatever
	// part was done.
	ec.LogNoHistory = true
	backend, err := eth.New(stack, &ec)
	if err != nil {
		stack.Close()
		t.Fatal(err)
	}
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filters.NewFilterSystem(backend.APIBackend, filters.Config{}))}})
	if err := stack.Start(); err != nil {
		stack.Close()
		t.Fatal(err)
	}
	t.Cleanup(func() { stack.Close() })
	for part := range slices.Chunk(chain, 10_000) {
		if n, err := backend.BlockChain().InsertChain(part); err != nil {
			t.Fatalf("insert block %d: %v", part[n].NumberU64(), err)
		}
	}
	if head := backend.BlockChain().CurrentBlock(); head.Hash() != chain[len(chain)-1].Hash() {
		t.Fatalf("head is block %d %s, want %d", head.Number, head.Hash(), chain[len(chain)-1].NumberU64())
	}
	g.url = stack.HTTPEndpoint()
	g.made = time.Since(began)
	t.Logf("geth chain of %d blocks: generated in %s, inserted in %s", len(chain),
		generated.Sub(began).Round(time.Millisecond), time.Since(generated).Round(time.Millisecond))
	return g
}

// TestGethnetScan checks the benchmark's chain: a backfill over a few hundred blocks of the geth
// node finds every deposit, of each kind, with its recipient and amount, and nothing else.
func TestGethnetScan(t *testing.T) {
	const blocks, every = 300, 10
	g := newGethnet(t, blocks, every)
	if len(g.deposits) != blocks/every {
		t.Fatalf("chain has %d deposits, want %d", len(g.deposits), blocks/every)
	}
	var (
		mu    sync.Mutex
		found []attest.Item
	)
	bc := backfillChain{url: g.url, routes: g.routes, start: g.start, end: g.end}
	r, done := bc.runner(t, 4, 100, func(_ context.Context, it attest.Item) error {
		mu.Lock()
		defer mu.Unlock()
		found = append(found, it)
		return nil
	})
	defer done()
	if err := scanAll(context.Background(), r); err != nil {
		t.Fatal(err)
	}
	byTx := map[common.Hash]gethDeposit{}
	for _, d := range g.deposits {
		byTx[d.tx] = d
	}
	rt, _ := g.routes.Route("usdt")
	for _, it := range found {
		tr := it.Transfer
		d, ok := byTx[common.Hash(tr.SourceTx)]
		if !ok {
			t.Errorf("found transfer of tx %x that is no deposit", tr.SourceTx)
			continue
		}
		delete(byTx, d.tx)
		q := rt.Quote(transfer.EthToMvs, d.amount)
		if it.Route != "usdt" || !bytes.Equal(tr.Recipient, []byte(d.recipient)) || tr.Amount.Cmp(q.Amount) != 0 || tr.Fee.Cmp(q.Fee) != 0 ||
			tr.DestChain != g.routes.MetaverseChainID() {
			t.Errorf("deposit (%c) in block %d: route %s recipient %q amount %s fee %s dest %d, want usdt %q %s %s %d", d.kind, d.block,
				it.Route, tr.Recipient, tr.Amount, tr.Fee, tr.DestChain, d.recipient, q.Amount, q.Fee, g.routes.MetaverseChainID())
		}
	}
	for _, d := range byTx {
		t.Errorf("deposit (%c) of tx %s in block %d not found", d.kind, d.tx, d.block)
	}
}
