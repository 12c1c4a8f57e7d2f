package stack

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"slices"
	"time"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/tokendroplet/droplet/contracts"
	"github.com/tokendroplet/droplet/contracts/bindings"
	"github.com/tokendroplet/droplet/internal/devnet"
	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/mvsrpc"
	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/mvsdevnet"
)

// AnvilDeployer is anvil's first development account, which deploys the contracts: its first two
// transactions create the addresses the devnet's routes name. Anyone knows this key.
const AnvilDeployer = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"

// setupState records which chain is set up, in setup.json.
type setupState struct {
	Ethereum  bool `json:"ethereum"`
	Metaverse bool `json:"metaverse"`
}

func loadSetup(l *devnet.Layout) (setupState, error) {
	var s setupState
	b, err := os.ReadFile(l.Path("setup.json"))
	if errors.Is(err, os.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return s, err
	}
	return s, json.Unmarshal(b, &s)
}

func saveSetup(l *devnet.Layout, s setupState) error {
	b, _ := json.Marshal(s)
	return os.WriteFile(l.Path("setup.json"), b, 0o644)
}

// signerKeys reads the devnet's signer keys (the file backend's file).
func signerKeys(l *devnet.Layout) (*ecdsa.PrivateKey, *secp256k1.PrivateKey, error) {
	var f struct {
		P256      string `json:"ethereum_p256"`
		Metaverse string `json:"metaverse_secp256k1"`
	}
	b, err := os.ReadFile(l.Path("signer-keys.json"))
	if err != nil {
		return nil, nil, err
	}
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, nil, fmt.Errorf("signer-keys.json: %w", err)
	}
	pb, err := hex.DecodeString(f.P256)
	if err != nil {
		return nil, nil, fmt.Errorf("signer-keys.json: ethereum_p256: %w", err)
	}
	p256, err := ecdsa.ParseRawPrivateKey(elliptic.P256(), pb)
	if err != nil {
		return nil, nil, fmt.Errorf("signer-keys.json: ethereum_p256: %w", err)
	}
	mb, err := hex.DecodeString(f.Metaverse)
	if err != nil || len(mb) != 32 {
		return nil, nil, errors.New("signer-keys.json: metaverse_secp256k1: want 32 bytes of hex")
	}
	return p256, secp256k1.PrivKeyFromBytes(mb), nil
}

func watcherAddresses(l *devnet.Layout) ([]common.Address, error) {
	var keys map[string]string
	b, err := os.ReadFile(l.Path("watcher-keys.json"))
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(b, &keys); err != nil {
		return nil, fmt.Errorf("watcher-keys.json: %w", err)
	}
	var out []common.Address
	for _, w := range devnet.Watchers {
		k, err := crypto.HexToECDSA(keys[w])
		if err != nil {
			return nil, fmt.Errorf("watcher-keys.json: %s: %w", w, err)
		}
		out = append(out, crypto.PubkeyToAddress(k.PublicKey))
	}
	return out, nil
}

// GovernanceDelay is the devnet bridge's timelock delay: long enough to cancel a proposal by
// hand, short enough for the demo and the tests to wait out.
const GovernanceDelay = 5 * time.Second

// Eth is 10^18 wei.
var Eth = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// setupEthereum deploys the bridge and the test token where the routes say, opens the route, and
// funds the relayer's gas key and the test users with ETH and tokens.
func setupEthereum(ctx context.Context, l *devnet.Layout, routes *transfer.Routes) error {
	ec, err := ethclient.DialContext(ctx, l.EthereumURL())
	if err != nil {
		return err
	}
	defer ec.Close()
	deployer, _ := crypto.HexToECDSA(AnvilDeployer)
	from := crypto.PubkeyToAddress(deployer.PublicKey)
	nonce, err := ec.PendingNonceAt(ctx, from)
	if err != nil {
		return err
	}
	if nonce != 0 {
		return fmt.Errorf("the deployer has sent %d transactions on this chain already, so the contracts cannot land where %s says: remove %s to start afresh", nonce, devnet.RoutesFile, l.Dir)
	}
	signerKey, _, err := signerKeys(l)
	if err != nil {
		return err
	}
	watchers, err := watcherAddresses(l)
	if err != nil {
		return err
	}
	chainID, err := ec.ChainID(ctx)
	if err != nil {
		return err
	}
	opts := bind.NewKeyedTransactor(deployer, chainID)
	opts.Context = ctx
	var txs []*types.Transaction
	send := func(tx *types.Transaction, err error) error {
		if err != nil {
			return err
		}
		txs = append(txs, tx)
		opts.Nonce = new(big.Int).SetUint64(tx.Nonce() + 1)
		return nil
	}
	opts.Nonce = new(big.Int)
	rt, ok := routes.Route("usdt")
	if !ok {
		return errors.New("routes: no usdt route")
	}
	// The deployer is the devnet's only proposer and pauser; a real deployment names a multisig
	// (docs/governance.md). The route is open from the start, so no proposal is needed.
	bridge, tx, err := contracts.DeployBridge(opts, ec, contracts.BridgeConfig{
		Governance: contracts.Governance{Delay: GovernanceDelay, Proposers: []common.Address{from},
			Pausers: []common.Address{from}, AdminTransferDelay: GovernanceDelay},
		SignerKey: &signerKey.PublicKey, Watchers: watchers, Threshold: 2, MinWatchers: 3, RoutesHash: routes.Hash(),
		Routes: []contracts.Route{{Key: rt.Key(), Token: rt.ERC20(), Mode: contracts.ModeLock, DailyCap: new(big.Int).Lsh(big.NewInt(1), 100), Enabled: true}}})
	if err := send(tx, err); err != nil {
		return err
	}
	tokenABI := bindings.NewTestToken()
	token, tx, err := bind.DeployContract(opts, common.FromHex(bindings.TestTokenMetaData.Bin), ec, tokenABI.PackConstructor("Tether USD (devnet)", "USDT", 6))
	if err := send(tx, err); err != nil {
		return err
	}
	if bridge != routes.EthereumBridge() || token != rt.ERC20() {
		return fmt.Errorf("contracts deployed at %s and %s, but %s names %x and %x", bridge, token, devnet.RoutesFile, routes.EthereumBridge(), rt.ERC20())
	}
	raw := func(to common.Address, data []byte) error {
		return send(bind.NewBoundContract(to, abi.ABI{}, ec, ec, ec).RawTransact(opts, data))
	}
	users, err := l.LoadUsers()
	if err != nil {
		return err
	}
	gas, err := l.RelayerGasAddress()
	if err != nil {
		return err
	}
	fund := []common.Address{gas}
	for _, name := range []string{"alice", "bob"} {
		k, err := crypto.HexToECDSA(users.Ethereum[name])
		if err != nil {
			return fmt.Errorf("%s: %s: %w", devnet.UsersFile, name, err)
		}
		a := crypto.PubkeyToAddress(k.PublicKey)
		fund = append(fund, a)
		if err := raw(token, tokenABI.PackMint(a, big.NewInt(1_000_000*1_000_000))); err != nil {
			return err
		}
	}
	for _, a := range fund {
		price, err := ec.SuggestGasPrice(ctx)
		if err != nil {
			return err
		}
		t := types.NewTx(&types.LegacyTx{Nonce: opts.Nonce.Uint64(), To: &a, Value: new(big.Int).Mul(big.NewInt(100), Eth), Gas: 21_000, GasPrice: price})
		signed, err := types.SignTx(t, types.LatestSignerForChainID(chainID), deployer)
		if err != nil {
			return err
		}
		if err := ec.SendTransaction(ctx, signed); err != nil {
			return err
		}
		if err := send(signed, nil); err != nil {
			return err
		}
	}
	for _, tx := range txs {
		r, err := bind.WaitMined(ctx, ec, tx.Hash())
		if err != nil {
			return err
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("setup transaction %s failed", tx.Hash())
		}
	}
	return nil
}

// setupMetaverse funds the bridge and the test users with ETP, registers the bridge's avatar and
// issues the MST from it: the bridge holds the whole supply as its float.
func setupMetaverse(ctx context.Context, l *devnet.Layout, routes *transfer.Routes) error {
	rpc, err := mvsrpc.New(l.MetaverseURL())
	if err != nil {
		return err
	}
	_, bridgeKey, err := signerKeys(l)
	if err != nil {
		return err
	}
	bridge := mvsdevnet.NewWallet(mvs.Testnet, bridgeKey)
	if bridge.Address() != routes.Metaverse.BridgeAddress {
		return fmt.Errorf("the bridge's key is for %s, %s names %s", bridge.Address(), devnet.RoutesFile, routes.Metaverse.BridgeAddress)
	}
	genesis := mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("genesis"))
	users, err := l.LoadUsers()
	if err != nil {
		return err
	}
	outs := []mvs.Output{}
	add := func(o mvs.Output, err error) error {
		outs = append(outs, o)
		return err
	}
	if err := add(mvsdevnet.PayETP(bridge.Address(), 1_000*mvsdevnet.ETP)); err != nil {
		return err
	}
	for _, u := range users.Metaverse {
		if err := add(mvsdevnet.PayETP(devnet.MetaverseUser(u).Address(), 100*mvsdevnet.ETP)); err != nil {
			return err
		}
	}
	const fee = mvsdevnet.DefaultMinFee
	// Each step is skipped when the chain shows it done, so a setup cut short resumes.
	funded := func(ctx context.Context) bool {
		b, err := rpc.AddressETP(ctx, bridge.Address())
		return err == nil && b.Unspent > 0
	}
	registered := func(ctx context.Context) bool {
		a, err := rpc.ResolveDID(ctx, devnet.Avatar)
		return err == nil && a == bridge.Address()
	}
	issued := func(ctx context.Context) bool {
		assets, err := rpc.AddressAssets(ctx, bridge.Address())
		return err == nil && slices.ContainsFunc(assets, func(a mvsrpc.AssetBalance) bool { return a.Symbol == devnet.MST })
	}
	steps := []struct {
		w    *mvsdevnet.Wallet
		done func(context.Context) bool
		out  func() ([]mvs.Output, error)
	}{
		{genesis, funded, func() ([]mvs.Output, error) { return outs, nil }},
		{bridge, registered, func() ([]mvs.Output, error) {
			o, err := mvsdevnet.RegisterAvatar(bridge.Address(), devnet.Avatar)
			return []mvs.Output{o}, err
		}},
		{bridge, issued, func() ([]mvs.Output, error) {
			o, err := mvsdevnet.IssueMST(bridge.Address(), mvsdevnet.Issue{Symbol: devnet.MST, Issuer: devnet.Avatar,
				Supply: devnet.MSTSupply, Decimals: 6, Description: "USDT bridged by TokenDroplet (devnet)"})
			return []mvs.Output{o}, err
		}},
	}
	for _, s := range steps {
		if s.done(ctx) {
			continue
		}
		o, err := s.out()
		if err != nil {
			return err
		}
		tx, err := s.w.Send(ctx, rpc, o, fee)
		if err != nil {
			return err
		}
		if err := MineMetaverse(ctx, l.MetaverseURL(), 1); err != nil {
			return err
		}
		if err := WaitMetaverseTx(ctx, rpc, tx.Hash()); err != nil {
			return err
		}
	}
	return nil
}

// MineMetaverse asks the Metaverse devnet node to mine count blocks now (devnet_mine).
func MineMetaverse(ctx context.Context, url string, count int) error {
	body, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": "devnet_mine", "params": []string{fmt.Sprint(count)}})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("devnet_mine: %w", err)
	}
	defer resp.Body.Close()
	var a struct {
		Error *struct{ Message string } `json:"error"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&a); err != nil {
		return fmt.Errorf("devnet_mine: %w", err)
	}
	if a.Error != nil {
		return fmt.Errorf("devnet_mine: %s", a.Error.Message)
	}
	return nil
}

// WaitMetaverseTx waits until the transaction is in a block.
func WaitMetaverseTx(ctx context.Context, rpc *mvsrpc.Client, h mvs.Hash) error {
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
	for {
		tx, err := rpc.Tx(ctx, h)
		if err == nil && tx.Height > 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("metaverse transaction %s not mined: %w", h, ctx.Err())
		case <-tick.C:
		}
	}
}
