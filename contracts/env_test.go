package contracts_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"fmt"
	"math/big"
	"slices"
	"strings"
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
	"github.com/tokendroplet/droplet/internal/transfer"
)

// Test routes. Caps are large except where a test sets its own.
const (
	routeUSDT = "usdt" // lock route, TestToken with 6 decimals
	routeFee  = "fee"  // lock route, fee-on-transfer token
	routeETP  = "etp"  // mint route, WrappedToken with 8 decimals
)

var (
	bridgeABI   = bindings.NewBridge()
	tokenABI    = bindings.NewTestToken()
	wrapABI     = bindings.NewWrappedToken()
	feeABI      = bindings.NewFeeToken()
	timelockABI = bindings.NewTimelockController()
	bigCap      = new(big.Int).Lsh(big.NewInt(1), 128)
	oneEther    = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
)

type account struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	opts *bind.TransactOpts
}

// env is a simulated chain with a bridge, its three routes and the people around it.
type env struct {
	t       *testing.T
	sim     *simulated.Backend
	client  simulated.Client
	chainID *big.Int

	// admin deploys and is "the old admin key": it holds no role. proposer schedules timelocked
	// changes; pauser pauses and cancels; anybody executes a ready change.
	admin, proposer, relayer, user, pauser, outsider *account
	signerAsAccount                                  *account   // an Ethereum account made from the signer's P-256 scalar
	watcherAccounts                                  []*account // the watchers' keys as Ethereum accounts

	signer   *ecdsa.PrivateKey   // P-256
	watchers []*ecdsa.PrivateKey // secp256k1, sorted by address
	routes   [32]byte            // routes hash, the EIP-712 salt

	bridge   common.Address
	timelock common.Address
	salt     uint64 // tells apart proposals of the same calls
	usdt     common.Address
	fee      common.Address
	etp      common.Address
}

// key derives a reproducible secp256k1 key from a label, so gas figures do not wobble with key bytes.
func key(t testing.TB, label string) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("tokendroplet test key " + label)))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func newP256Key(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func sortedWatchers(t testing.TB, prefix string, n int) []*ecdsa.PrivateKey {
	ws := make([]*ecdsa.PrivateKey, n)
	for i := range ws {
		ws[i] = key(t, fmt.Sprintf("%s %d", prefix, i))
	}
	slices.SortFunc(ws, func(a, b *ecdsa.PrivateKey) int {
		x, y := crypto.PubkeyToAddress(a.PublicKey), crypto.PubkeyToAddress(b.PublicKey)
		return bytes.Compare(x[:], y[:])
	})
	return ws
}

func addrs(keys []*ecdsa.PrivateKey) []common.Address {
	out := make([]common.Address, len(keys))
	for i, k := range keys {
		out[i] = crypto.PubkeyToAddress(k.PublicKey)
	}
	return out
}

// fork is the set of protocol rules a test chain runs.
type fork int

const (
	osaka  fork = iota // Ethereum mainnet today: P-256 verification is the precompile at 0x100
	prague             // before EIP-7951: no precompile, so OpenZeppelin's Solidity fallback runs
	devnet             // the simulated backend's own default: every fork it knows, Amsterdam-era gas included
)

func (f fork) String() string { return [...]string{"osaka", "prague", "devnet"}[f] }

// option makes the simulated chain run fork f.
func (f fork) option() func(*node.Config, *ethconfig.Config) {
	return func(_ *node.Config, ec *ethconfig.Config) {
		cfg := *ec.Genesis.Config
		switch f {
		case osaka:
			cfg.BogotaTime, cfg.AmsterdamTime = nil, nil
		case prague:
			cfg.BogotaTime, cfg.AmsterdamTime, cfg.OsakaTime = nil, nil, nil
		}
		ec.Genesis.Config = &cfg
	}
}

// newEnv is a chain on today's mainnet rules with a bridge of nWatchers watchers.
func newEnv(t *testing.T, nWatchers int, threshold uint8) *env {
	t.Helper()
	return newEnvOn(t, osaka, nWatchers, threshold)
}

func newEnvOn(t *testing.T, f fork, nWatchers int, threshold uint8) *env {
	t.Helper()
	e := &env{t: t, signer: newP256Key(t), watchers: sortedWatchers(t, "watcher", nWatchers)}
	e.routes = crypto.Keccak256Hash([]byte("routes file"))

	signerScalar, err := e.signer.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	signerAsKey, err := crypto.ToECDSA(signerScalar) // P-256 n < secp256k1 n, so any P-256 scalar is a valid key
	if err != nil {
		t.Fatal(err)
	}
	alloc := types.GenesisAlloc{}
	var all []*account
	mk := func(k *ecdsa.PrivateKey) *account {
		a := &account{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
		alloc[a.addr] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), oneEther)}
		all = append(all, a)
		return a
	}
	e.admin, e.relayer, e.user = mk(key(t, "admin")), mk(key(t, "relayer")), mk(key(t, "user"))
	e.pauser, e.proposer, e.outsider = mk(key(t, "pauser")), mk(key(t, "proposer")), mk(key(t, "outsider"))
	e.signerAsAccount = mk(signerAsKey)
	for _, w := range e.watchers {
		e.watcherAccounts = append(e.watcherAccounts, mk(w))
	}

	e.sim = simulated.NewBackend(alloc, simulated.WithBlockGasLimit(30_000_000), f.option())
	t.Cleanup(func() { _ = e.sim.Close() })
	e.client = e.sim.Client()
	if e.chainID, err = e.client.ChainID(context.Background()); err != nil {
		t.Fatal(err)
	}
	for _, a := range all {
		a.opts = bind.NewKeyedTransactor(a.key, e.chainID)
	}

	// The tokens first, then the bridge with its routes; the wrapped token, which names the
	// bridge, right after it at the address the bridge's route already names.
	e.usdt = e.deploy(bindings.TestTokenMetaData.Bin, tokenABI.PackConstructor("Tether USD", "USDT", 6))
	e.fee = e.deploy(bindings.FeeTokenMetaData.Bin, feeABI.PackConstructor(big.NewInt(100))) // 1%
	nonce, err := e.client.PendingNonceAt(context.Background(), e.admin.addr)
	if err != nil {
		t.Fatal(err)
	}
	predictedETP := crypto.CreateAddress(e.admin.addr, nonce+1)
	addr, tx, err := contracts.DeployBridge(e.admin.opts, e.client, contracts.BridgeConfig{
		Governance: contracts.Governance{Delay: governanceDelay, Proposers: []common.Address{e.proposer.addr},
			Pausers: []common.Address{e.pauser.addr}, AdminTransferDelay: 2 * governanceDelay},
		SignerKey: &e.signer.PublicKey, Watchers: addrs(e.watchers),
		Threshold: threshold, MinWatchers: minWatchers(nWatchers), RoutesHash: e.routes,
		Routes: []contracts.Route{
			{Key: transfer.RouteKey(routeUSDT), Token: e.usdt, Mode: contracts.ModeLock, DailyCap: bigCap, Enabled: true},
			{Key: transfer.RouteKey(routeFee), Token: e.fee, Mode: contracts.ModeLock, DailyCap: bigCap, Enabled: true},
			{Key: transfer.RouteKey(routeETP), Token: predictedETP, Mode: contracts.ModeMint, DailyCap: bigCap, Enabled: true},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	e.mined(tx)
	e.bridge, e.timelock = addr, contracts.TimelockAddress(addr)
	addr, tx, err = contracts.DeployWrappedToken(e.admin.opts, e.client, "Metaverse ETP", "ETP", 8, e.bridge)
	if err != nil {
		t.Fatal(err)
	}
	e.mined(tx)
	if e.etp = addr; addr != predictedETP {
		t.Fatalf("wrapped token at %s, the route names %s", addr, predictedETP)
	}
	// The bridge's lock-route reserve.
	e.send(e.user, e.usdt, tokenABI.PackMint(e.bridge, big.NewInt(1_000_000_000_000)))
	return e
}

func (e *env) role(name string) [32]byte { return crypto.Keccak256Hash([]byte(name)) }

// timelockRole is a role of the timelock, read from it.
func (e *env) timelockRole(name string) [32]byte {
	e.t.Helper()
	var data []byte
	switch name {
	case "PROPOSER_ROLE":
		data = timelockABI.PackPROPOSERROLE()
	case "EXECUTOR_ROLE":
		data = timelockABI.PackEXECUTORROLE()
	case "CANCELLER_ROLE":
		data = timelockABI.PackCANCELLERROLE()
	default:
		e.t.Fatalf("no timelock role %s", name)
	}
	out := e.call(e.timelock, data)
	if len(out) != 32 {
		e.t.Fatalf("%s: %x", name, out)
	}
	return [32]byte(out)
}

// governanceDelay is the test bridges' timelock delay.
const governanceDelay = time.Hour

// minWatchers is the test bridges' smallest watcher set: 3, or n when fewer.
func minWatchers(n int) uint8 { return uint8(min(n, 3)) }

func (e *env) setRoute(id string, token common.Address, mode uint8, cap *big.Int, enabled bool) {
	e.t.Helper()
	e.govern(contracts.Call{Target: e.bridge, Data: bridgeABI.PackSetRoute(transfer.RouteKey(id), token, mode, cap, enabled)})
}

// proposal is a new proposal of calls, with a salt no other proposal of the test has.
func (e *env) proposal(calls ...contracts.Call) contracts.Proposal {
	e.salt++
	var salt [32]byte
	big.NewInt(int64(e.salt)).FillBytes(salt[:])
	return contracts.Proposal{Calls: calls, Salt: salt}
}

// schedule has the proposer schedule p with the timelock's delay.
func (e *env) schedule(p contracts.Proposal) *types.Receipt {
	e.t.Helper()
	data, err := p.ScheduleData(governanceDelay)
	if err != nil {
		e.t.Fatal(err)
	}
	return e.send(e.proposer, e.timelock, data)
}

// wait moves the chain's clock on by d.
func (e *env) wait(d time.Duration) {
	e.t.Helper()
	// An empty block first: Commit waits for the pool to forget the last mined transaction, which
	// AdjustTime does not, and it refuses to run while the pool still lists one.
	e.sim.Commit()
	if err := e.sim.AdjustTime(d); err != nil {
		e.t.Fatal(err)
	}
	e.sim.Commit()
}

func (e *env) executeData(p contracts.Proposal) []byte {
	e.t.Helper()
	data, err := p.ExecuteData()
	if err != nil {
		e.t.Fatal(err)
	}
	return data
}

// govern makes calls through the timelock: proposed, waited for, executed by an outsider (the
// test bridges let anybody execute a ready proposal).
func (e *env) govern(calls ...contracts.Call) *types.Receipt {
	e.t.Helper()
	p := e.proposal(calls...)
	e.schedule(p)
	e.wait(governanceDelay)
	return e.send(e.outsider, e.timelock, e.executeData(p))
}

// governReverts proposes calls and checks that executing them, once ready, reverts with want.
func (e *env) governReverts(want string, calls ...contracts.Call) {
	e.t.Helper()
	p := e.proposal(calls...)
	e.schedule(p)
	e.wait(governanceDelay)
	e.expectRevert(e.outsider, e.timelock, e.executeData(p), want)
}

func (e *env) deploy(bin string, ctor []byte) common.Address {
	e.t.Helper()
	addr, tx, err := bind.DeployContract(e.admin.opts, common.FromHex(bin), e.client, ctor)
	if err != nil {
		e.t.Fatal(err)
	}
	e.mined(tx)
	return addr
}

func (e *env) mined(tx *types.Transaction) *types.Receipt {
	e.t.Helper()
	e.sim.Commit()
	rcpt, err := e.client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		e.t.Fatal(err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("transaction %s failed", tx.Hash())
	}
	return rcpt
}

// send mines a transaction that must succeed and returns its receipt.
func (e *env) send(from *account, to common.Address, data []byte) *types.Receipt {
	e.t.Helper()
	tx, err := bind.NewBoundContract(to, abi.ABI{}, e.client, e.client, e.client).RawTransact(from.opts, data)
	if err != nil {
		e.t.Fatalf("send to %s: %s", to, describe(err))
	}
	return e.mined(tx)
}

// call runs a read-only call and returns its output.
func (e *env) call(to common.Address, data []byte) []byte {
	e.t.Helper()
	out, err := e.client.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		e.t.Fatalf("call %s: %s", to, describe(err))
	}
	return out
}

// revert runs data from `from` as a call that must revert, and returns the custom error's name.
func (e *env) revert(from *account, to common.Address, data []byte) string {
	e.t.Helper()
	_, err := e.client.CallContract(context.Background(), ethereum.CallMsg{From: from.addr, To: &to, Data: data}, nil)
	if err == nil {
		e.t.Fatalf("call to %s did not revert", to)
	}
	name, _, ok := strings.Cut(describe(err), "(")
	if !ok {
		e.t.Fatalf("call to %s reverted without a custom error: %v", to, err)
	}
	return name
}

// expectRevert checks that data reverts with the custom error want, and that sending it as a
// transaction fails too (the call alone could disagree with a mined transaction on state).
func (e *env) expectRevert(from *account, to common.Address, data []byte, want string) {
	e.t.Helper()
	if got := e.revert(from, to, data); got != want {
		e.t.Fatalf("reverted with %s, want %s", got, want)
	}
	opts := *from.opts
	opts.GasLimit = 5_000_000 // no estimate: it would refuse the failing transaction
	tx, err := bind.NewBoundContract(to, abi.ABI{}, e.client, e.client, e.client).RawTransact(&opts, data)
	if err != nil {
		e.t.Fatalf("send to %s: %v", to, err)
	}
	e.sim.Commit()
	rcpt, err := e.client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		e.t.Fatal(err)
	}
	if rcpt.Status != types.ReceiptStatusFailed {
		e.t.Fatalf("transaction expected to revert with %s succeeded", want)
	}
}

// describe renders an error from a call or gas estimate, decoding the contracts' custom errors.
func describe(err error) string { return contracts.DescribeError(err) }

func (e *env) domain() transfer.Domain {
	return transfer.Domain{ChainID: e.chainID.Uint64(), Contract: e.bridge, Salt: e.routes}
}

// payout is one release or mint call in the making.
type payout struct {
	t           *transfer.Transfer
	domain      transfer.Domain
	signer      *ecdsa.PrivateKey
	watchers    []*ecdsa.PrivateKey
	sig         contracts.P256Signature
	watcherSigs [][]byte
}

var payoutSeq uint32

// newPayout is a valid transfer of amount on route to recipient, to be signed by the signer and
// the first `threshold` watchers.
func (e *env) newPayout(route string, token common.Address, recipient common.Address, amount int64, threshold int) *payout {
	payoutSeq++
	return &payout{
		t: &transfer.Transfer{
			SourceChain: transfer.MetaverseDevnet,
			SourceTx:    crypto.Keccak256Hash([]byte(fmt.Sprintf("source tx %d", payoutSeq))),
			SourceIndex: payoutSeq,
			SourceBlock: crypto.Keccak256Hash([]byte("source block")),
			Route:       transfer.RouteKey(route),
			DestChain:   e.chainID.Uint64(),
			DestToken:   transfer.EthereumToken(token),
			Recipient:   recipient.Bytes(),
			Amount:      big.NewInt(amount),
			Fee:         big.NewInt(25),
		},
		domain:   e.domain(),
		signer:   e.signer,
		watchers: e.watchers[:threshold],
	}
}

// sign makes the signer's and the watchers' signatures over the payout's digest, as the signer
// and watchers would: EIP-712 digest from Go, P-256 low-s, watcher signatures sorted.
func (e *env) sign(p *payout) {
	e.t.Helper()
	digest := p.t.Digest(p.domain)
	r, s, err := ecdsa.Sign(rand.Reader, p.signer, digest[:])
	if err != nil {
		e.t.Fatal(err)
	}
	if p.sig, err = contracts.NewP256Signature(r, s); err != nil {
		e.t.Fatal(err)
	}
	raw := make([][]byte, len(p.watchers))
	for i, w := range p.watchers {
		if raw[i], err = crypto.Sign(digest[:], w); err != nil {
			e.t.Fatal(err)
		}
	}
	if p.watcherSigs, err = contracts.EncodeWatcherSignatures(digest, raw); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) packPayout(p *payout, mint bool) []byte {
	if mint {
		return bridgeABI.PackMint(contracts.TransferArg(p.t), p.sig.R, p.sig.S, p.watcherSigs)
	}
	return bridgeABI.PackRelease(contracts.TransferArg(p.t), p.sig.R, p.sig.S, p.watcherSigs)
}

func (e *env) balance(token, holder common.Address) *big.Int {
	e.t.Helper()
	v, err := tokenABI.UnpackBalanceOf(e.call(token, tokenABI.PackBalanceOf(holder)))
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

func (e *env) totalSupply(token common.Address) *big.Int {
	e.t.Helper()
	v, err := tokenABI.UnpackTotalSupply(e.call(token, tokenABI.PackTotalSupply()))
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

// findLog returns the one log of rcpt that unpack accepts.
func findLog[T any](t *testing.T, rcpt *types.Receipt, unpack func(*types.Log) (*T, error)) *T {
	t.Helper()
	var found *T
	for _, l := range rcpt.Logs {
		if v, err := unpack(l); err == nil {
			if found != nil {
				t.Fatal("two matching logs")
			}
			found = v
		}
	}
	if found == nil {
		t.Fatal("no matching log")
	}
	return found
}
