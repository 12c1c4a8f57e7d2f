package pipeline_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

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
	"github.com/tokendroplet/droplet/internal/devnet"
	"github.com/tokendroplet/droplet/internal/testenv"
	"github.com/tokendroplet/droplet/internal/transfer"
	signerv1 "github.com/tokendroplet/droplet/proto/droplet/signer/v1"
	"github.com/tokendroplet/droplet/relayer/internal/ethchain"
	"github.com/tokendroplet/droplet/relayer/internal/pipeline"
	"github.com/tokendroplet/droplet/relayer/internal/store"
)

// TestMetaverseToEthereum: a Metaverse deposit attested by two of three watchers is released on the
// Bridge contract (go-ethereum's simulated backend, mainnet rules) by the relayer, with the real
// signer process's authorisation and its payout nonce recorded in the relayer's database; the
// recipient holds the tokens, and a second submission of the same transfer sends nothing.
func TestMetaverseToEthereum(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	addrs := devnet.Addrs{Signer: testenv.FreeAddr(t), Admin: testenv.FreeAddr(t)}
	if err := devnet.Write(dir, testenv.Postgres(t), addrs); err != nil {
		t.Fatal(err)
	}
	routes := must[*transfer.Routes](t)(transfer.ParseRoutes(must[[]byte](t)(os.ReadFile(filepath.Join(dir, "routes.json")))))
	var sk struct {
		P256 string `json:"ethereum_p256"`
	}
	if err := json.Unmarshal(must[[]byte](t)(os.ReadFile(filepath.Join(dir, "signer-keys.json"))), &sk); err != nil {
		t.Fatal(err)
	}
	signerKey := must[*ecdsa.PrivateKey](t)(ecdsa.ParseRawPrivateKey(elliptic.P256(), must[[]byte](t)(hex.DecodeString(sk.P256))))
	var wkeys map[string]string
	if err := json.Unmarshal(must[[]byte](t)(os.ReadFile(filepath.Join(dir, "watcher-keys.json"))), &wkeys); err != nil {
		t.Fatal(err)
	}

	// The devnet's routes name the contracts anvil's first account deploys first: the same here.
	deployer := must[*ecdsa.PrivateKey](t)(crypto.HexToECDSA("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"))
	gasKey := must[*ecdsa.PrivateKey](t)(crypto.GenerateKey())
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	from := crypto.PubkeyToAddress(deployer.PublicKey)
	osaka := func(_ *node.Config, ec *ethconfig.Config) {
		cfg := *ec.Genesis.Config
		cfg.BogotaTime, cfg.AmsterdamTime = nil, nil
		ec.Genesis.Config = &cfg
	}
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Mul(big.NewInt(100), eth)},
		crypto.PubkeyToAddress(gasKey.PublicKey): {Balance: new(big.Int).Mul(big.NewInt(100), eth)}}, osaka)
	t.Cleanup(func() { _ = sim.Close() })
	client := sim.Client()
	chainID := must[*big.Int](t)(client.ChainID(ctx))
	opts := bind.NewKeyedTransactor(deployer, chainID)
	mined := func(tx *types.Transaction, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		sim.Commit()
		if r := must[*types.Receipt](t)(client.TransactionReceipt(ctx, tx.Hash())); r.Status != types.ReceiptStatusSuccessful {
			t.Fatal("setup transaction failed")
		}
	}
	var watchers []common.Address
	for _, k := range wkeys {
		watchers = append(watchers, crypto.PubkeyToAddress(must[*ecdsa.PrivateKey](t)(crypto.HexToECDSA(k)).PublicKey))
	}
	rt, _ := routes.Route("usdt")
	bridge, tx, err := contracts.DeployBridge(opts, client, contracts.BridgeConfig{
		Governance: contracts.Governance{Proposers: []common.Address{from}, Pausers: []common.Address{from}},
		SignerKey:  &signerKey.PublicKey, Watchers: watchers, Threshold: 2, MinWatchers: 3, RoutesHash: routes.Hash(),
		Routes: []contracts.Route{{Key: rt.Key(), Token: rt.ERC20(), Mode: contracts.ModeLock, DailyCap: new(big.Int).Lsh(big.NewInt(1), 100), Enabled: true}}})
	mined(tx, err)
	tokenABI := bindings.NewTestToken()
	token, tx, err := bind.DeployContract(opts, common.FromHex(bindings.TestTokenMetaData.Bin), client, tokenABI.PackConstructor("Tether USD", "USDT", 6))
	mined(tx, err)
	if bridge != routes.EthereumBridge() || token != rt.ERC20() {
		t.Fatalf("deployed at %s and %s, the devnet routes name %x and %x", bridge, token, routes.EthereumBridge(), rt.ERC20())
	}
	raw := func(to common.Address, data []byte) {
		mined(bind.NewBoundContract(to, abi.ABI{}, client, client, client).RawTransact(opts, data))
	}
	raw(token, tokenABI.PackMint(bridge, big.NewInt(1_000_000_000_000)))

	testenv.StartSigner(t, dir, addrs.Signer)

	recipient := common.HexToAddress("0x8bB10939a8a36765a082905d4BfE8680F86eBF95")
	q := rt.Quote(transfer.MvsToEth, big.NewInt(40_000_000))
	tr := &transfer.Transfer{SourceChain: routes.MetaverseChainID(), SourceTx: crypto.Keccak256Hash([]byte("mvs deposit")), SourceIndex: 0,
		SourceBlock: crypto.Keccak256Hash([]byte("mvs block")), Route: rt.Key(), DestChain: routes.Ethereum.ChainID,
		DestToken: rt.DestToken(transfer.MvsToEth), Recipient: recipient.Bytes(), Amount: q.Amount, Fee: q.Fee}
	digest := tr.Digest(must[transfer.Domain](t)(routes.Domain(tr.DestChain)))
	for _, w := range []string{"watcher-b", "watcher-c"} {
		sig := must[[]byte](t)(crypto.Sign(digest[:], must[*ecdsa.PrivateKey](t)(crypto.HexToECDSA(wkeys[w]))))
		sig[64] += 27
		if _, err := testenv.SignerClient(t, dir, addrs.Signer, w).SubmitAttestation(ctx, &signerv1.SubmitAttestationRequest{Signature: sig,
			Transfer: &signerv1.Transfer{SourceChain: tr.SourceChain, SourceTx: tr.SourceTx[:], SourceIndex: tr.SourceIndex,
				SourceBlock: tr.SourceBlock[:], Route: "usdt", DestChain: tr.DestChain, DestToken: tr.DestToken[:],
				Recipient: tr.Recipient, Amount: tr.Amount.String(), Fee: tr.Fee.String()}}); err != nil {
			t.Fatal(err)
		}
	}

	st := must[*store.Store](t)(store.Open(ctx, testenv.Postgres(t)))
	t.Cleanup(func() { st.Close() })
	chain := must[*ethchain.Chain](t)(ethchain.New(ctx, ethchain.Config{Client: client, Routes: routes, GasKey: gasKey,
		MaxFee: big.NewInt(100_000_000_000), Confirmations: 2, DB: st.DB()}))
	p := pipeline.New(pipeline.Config{Store: st, Signer: testenv.SignerClient(t, dir, addrs.Signer, "relayer"), Routes: routes,
		Chains: map[uint64]pipeline.Chain{chain.ChainID(): chain}, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), FollowEvery: time.Millisecond})
	if err := p.DiscoverOnce(ctx); err != nil {
		t.Fatal(err)
	}
	id := tr.ID()
	stepUntilConfirmed(t, p, st, id[:], func(string) { sim.Commit() })
	got := must[*store.Transfer](t)(st.Get(ctx, id[:]))
	out := must[[]byte](t)(client.CallContract(ctx, ethereum.CallMsg{To: &token, Data: tokenABI.PackBalanceOf(recipient)}, nil))
	if bal := new(big.Int).SetBytes(out); bal.Cmp(q.Amount) != 0 {
		t.Fatalf("recipient holds %s, want %s", bal, q.Amount)
	}
	// The payout's nonce and transaction are in the relayer's database, settled as mined.
	var nonces int
	var state string
	var recorded []byte
	if err := st.DB().QueryRowContext(ctx, `SELECT count(*) OVER (), n.state, t.hash FROM eth_nonces n
		JOIN eth_txs t ON t.chain_id = n.chain_id AND t.address = n.address AND t.nonce = n.nonce
		WHERE n.transfer_id = $1`, id[:]).Scan(&nonces, &state, &recorded); err != nil {
		t.Fatalf("the payout's nonce is not in the relayer's database: %v", err)
	}
	if nonces != 1 || state != "mined" || common.BytesToHash(recorded) != common.BytesToHash(got.DestTx) {
		t.Fatalf("the database records %d transactions for the transfer, %s, %x; the payout was %x", nonces, state, recorded, got.DestTx)
	}
	// Submitted again (a crash after sending, say): the contract's consumed() stops it, and the
	// payment found is the one already made.
	nonce := must[uint64](t)(client.PendingNonceAt(ctx, crypto.PubkeyToAddress(gasKey.PublicKey)))
	again := must[[]byte](t)(chain.Submit(ctx, got))
	if common.BytesToHash(again) != common.BytesToHash(got.DestTx) {
		t.Fatalf("resubmission gave %x, the payout was %x", again, got.DestTx)
	}
	if n := must[uint64](t)(client.PendingNonceAt(ctx, crypto.PubkeyToAddress(gasKey.PublicKey))); n != nonce {
		t.Fatal("a resubmission sent a transaction")
	}
}
