package app

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/tokendroplet/droplet/contracts"
	"github.com/tokendroplet/droplet/contracts/bindings"
	"github.com/tokendroplet/droplet/internal/transfer"
	signerv1 "github.com/tokendroplet/droplet/proto/droplet/signer/v1"
)

// TestAuthorizationReleasesOnBridge: what the signer answers (its Vault transit P-256 signature
// and the watchers' signatures) is exactly what the Bridge contract's release accepts, once; the
// same answer replayed is refused by the contract.
func TestAuthorizationReleasesOnBridge(t *testing.T) {
	deployer, _ := crypto.ToECDSA(crypto.Keccak256([]byte("signer contract test deployer")))
	from := crypto.PubkeyToAddress(deployer.PublicKey)
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	osaka := func(_ *node.Config, ec *ethconfig.Config) { // mainnet rules: P-256 is the 0x100 precompile
		cfg := *ec.Genesis.Config
		cfg.BogotaTime, cfg.AmsterdamTime = nil, nil
		ec.Genesis.Config = &cfg
	}
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Mul(big.NewInt(100), eth)}}, osaka)
	t.Cleanup(func() { _ = sim.Close() })
	client := sim.Client()
	ctx := context.Background()
	chainID, err := client.ChainID(ctx)
	must(t, err)
	opts := bind.NewKeyedTransactor(deployer, chainID)

	// The routes file names the contracts before they exist: their addresses follow from the
	// deployer's nonces.
	token, bridge := crypto.CreateAddress(from, 0), crypto.CreateAddress(from, 1)
	routes := fmt.Sprintf(`{"version": 1,
	  "ethereum": {"chain_id": %d, "bridge": "%s"},
	  "metaverse": {"network": "devnet", "bridge_address": "%%s", "bridge_avatar": "droplet"},
	  "routes": [{"id": "usdt", "enabled": true,
	    "ethereum": {"token": "%s", "decimals": 6, "mode": "lock"},
	    "metaverse": {"symbol": "ERC20.USDT", "decimals": 6, "mode": "mint"},
	    "max": "1000", "daily_cap": "1500", "big_threshold": "500", "big_delay": "1h"}]}`, chainID, bridge.Hex(), token.Hex())
	s := newStack(t, stackOpts{watchers: 5, threshold: 3, routes: routes})

	mined := func(tx *types.Transaction, err error) *types.Receipt {
		t.Helper()
		must(t, err)
		sim.Commit()
		r, err := client.TransactionReceipt(ctx, tx.Hash())
		must(t, err)
		return r
	}
	send := func(to common.Address, data []byte) *types.Receipt {
		t.Helper()
		return mined(bind.NewBoundContract(to, abi.ABI{}, client, client, client).RawTransact(opts, data))
	}
	tokenABI, bridgeABI := bindings.NewTestToken(), bindings.NewBridge()
	got, tx, err := bind.DeployContract(opts, common.FromHex(bindings.TestTokenMetaData.Bin), client, tokenABI.PackConstructor("Tether USD", "USDT", 6))
	mined(tx, err)
	if got != token {
		t.Fatalf("token at %s, want %s", got, token)
	}
	var watchers []common.Address
	for _, w := range s.watchers {
		watchers = append(watchers, crypto.PubkeyToAddress(w.key.PublicKey))
	}
	got, tx, err = contracts.DeployBridge(opts, client, contracts.BridgeConfig{
		Governance: contracts.Governance{Proposers: []common.Address{from}, Pausers: []common.Address{from}},
		SignerKey:  s.signer.EthKey.PublicKey(), Watchers: watchers, Threshold: 3, MinWatchers: uint8(len(watchers)), RoutesHash: s.routes.Hash(),
		Routes: []contracts.Route{{Key: transfer.RouteKey("usdt"), Token: token, Mode: contracts.ModeLock, DailyCap: new(big.Int).Lsh(big.NewInt(1), 100), Enabled: true}}})
	mined(tx, err)
	if got != bridge {
		t.Fatalf("bridge at %s, want %s", got, bridge)
	}
	send(token, tokenABI.PackMint(bridge, big.NewInt(1_000_000_000)))

	tr := s.mvsToEth(42, 250_000_000)
	rt, _ := s.routes.Route("usdt")
	tr.DestToken = rt.DestToken(transfer.MvsToEth)
	recipient := common.BytesToAddress(tr.Recipient)
	for _, w := range s.watchers[1:4] {
		_, err := s.client(w.name).SubmitAttestation(ctx, s.attestation(w, tr))
		must(t, err)
	}
	id := tr.ID()
	resp, err := s.client("relayer").SignTransfer(ctx, &signerv1.SignTransferRequest{TransferId: id[:]})
	must(t, err)
	auth := resp.GetEthereum()
	release := bridgeABI.PackRelease(contracts.TransferArg(tr), [32]byte(auth.GetR()), [32]byte(auth.GetS()), auth.GetWatcherSignatures())
	if r := send(bridge, release); r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("release with the signer's authorization failed")
	}
	out, err := client.CallContract(ctx, ethereum.CallMsg{To: &token, Data: tokenABI.PackBalanceOf(recipient)}, nil)
	must(t, err)
	if bal := new(big.Int).SetBytes(out); bal.Int64() != 250_000_000 {
		t.Fatalf("recipient holds %s, want 250000000", bal)
	}
	// Replayed, the same authorization is refused.
	if _, err := client.CallContract(ctx, ethereum.CallMsg{From: from, To: &bridge, Data: release}, nil); err == nil {
		t.Fatal("a replayed release did not revert")
	}
}
