package pipeline_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"encoding/hex"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/tokendroplet/droplet/contracts"
	"github.com/tokendroplet/droplet/contracts/bindings"
	"github.com/tokendroplet/droplet/internal/devnet"
	"github.com/tokendroplet/droplet/internal/testenv"
	"github.com/tokendroplet/droplet/internal/transfer"
	signerv1 "github.com/tokendroplet/droplet/proto/droplet/signer/v1"
	"github.com/tokendroplet/droplet/relayer/internal/ethchain"
	"github.com/tokendroplet/droplet/relayer/internal/store"
)

// anvil's well-known development accounts 0 (deployer: the devnet's routes name its first two
// contracts) and 1 (the relayer's gas key here).
const (
	anvilDeployerKey = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
	anvilGasKey      = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"
)

// An ethAnswer decides what the proxy answers to one JSON-RPC request of the faulted method.
// forward asks the node and returns its answer; an ethAnswer that never calls it keeps the
// request from the node. A nil ethAnswer hangs until the client gives up.
type ethAnswer func(id json.RawMessage, forward func() []byte) []byte

// Answers of a broken Ethereum node.
var (
	// garbage: bytes that are not JSON, the node not asked.
	ethGarbage ethAnswer = func(json.RawMessage, func() []byte) []byte { return []byte("\x1f\x8b\x08 not json at all") }
	// truncated: JSON cut short, the node not asked.
	ethTruncated ethAnswer = func(id json.RawMessage, _ func() []byte) []byte {
		return []byte(`{"jsonrpc":"2.0","id":` + string(id) + `,"result":"0x4f2a`)
	}
	// answerLost: the node does the work; its answer is cut in half on the way back.
	ethAnswerLost ethAnswer = func(_ json.RawMessage, forward func() []byte) []byte {
		b := forward()
		return b[:len(b)/2]
	}
	// garbledResult: the node's answer with its result's fields corrupted (a receipt whose status
	// and block hash are not hex).
	ethGarbledResult ethAnswer = func(id json.RawMessage, forward func() []byte) []byte {
		var resp struct {
			Result map[string]any `json:"result"`
		}
		_ = json.Unmarshal(forward(), &resp)
		if resp.Result == nil {
			resp.Result = map[string]any{}
		}
		resp.Result["status"], resp.Result["blockHash"] = "yes", "0xbad"
		b, _ := json.Marshal(resp.Result)
		return []byte(`{"jsonrpc":"2.0","id":` + string(id) + `,"result":` + string(b) + `}`)
	}
)

// ethRejected answers with a JSON-RPC error as geth and anvil word it, the node not asked.
func ethRejected(code int, msg string) ethAnswer {
	return func(id json.RawMessage, _ func() []byte) []byte {
		b, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": id, "error": map[string]any{"code": code, "message": msg}})
		return b
	}
}

// ethProxy is a real HTTP server in front of anvil's JSON-RPC endpoint that answers one method
// as an ethAnswer says.
type ethProxy struct {
	target  string
	srv     *httptest.Server
	closing chan struct{}
	mu      sync.Mutex
	method  string
	answer  ethAnswer
	hang    bool
	hits    int
}

func newEthProxy(t testing.TB, target string) *ethProxy {
	t.Helper()
	p := &ethProxy{target: target, closing: make(chan struct{})}
	p.srv = httptest.NewServer(p)
	t.Cleanup(p.srv.Close)
	t.Cleanup(func() { close(p.closing) }) // runs first: hung requests end before Close waits for them
	return p
}

// set makes method answer so from now on; "" forwards everything.
func (p *ethProxy) set(method string, answer ethAnswer) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.method, p.answer, p.hang, p.hits = method, answer, method != "" && answer == nil, 0
}

// faulted is how many requests were answered by the fault since set.
func (p *ethProxy) faulted() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.hits
}

func (p *ethProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var req struct {
		ID     json.RawMessage `json:"id"`
		Method string          `json:"method"`
	}
	_ = json.Unmarshal(body, &req) // a batch is forwarded as is
	p.mu.Lock()
	answer, hang := ethAnswer(nil), false
	if p.method != "" && req.Method == p.method {
		answer, hang = p.answer, p.hang
		p.hits++
	}
	p.mu.Unlock()
	forward := func() []byte {
		resp, err := http.Post(p.target, "application/json", bytes.NewReader(body))
		if err != nil {
			return []byte(err.Error())
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return b
	}
	w.Header().Set("Content-Type", "application/json")
	switch {
	case hang:
		select {
		case <-r.Context().Done():
		case <-p.closing:
		}
		return
	case answer != nil:
		_, _ = w.Write(answer(req.ID, forward))
		return
	}
	_, _ = w.Write(forward())
}

// ethEnv is a real anvil (mining only when the test says) with the Bridge and a token on the
// devnet's addresses, the bridge holding a float of it, the devnet configuration and the real
// signer process.
type ethEnv struct {
	dir     string
	routes  *transfer.Routes
	addrs   devnet.Addrs
	anvil   *testenv.Anvil
	rpc     *rpc.Client
	client  *ethclient.Client // straight to anvil, not through any proxy
	wkeys   map[string]string
	gasKey  *ecdsa.PrivateKey
	gasAddr common.Address
	bridge  common.Address
	token   common.Address
	route   *transfer.Route
}

func newEthEnv(t testing.TB) *ethEnv {
	t.Helper()
	ctx := context.Background()
	e := &ethEnv{dir: t.TempDir(), addrs: devnet.Addrs{Signer: testenv.FreeAddr(t), Admin: testenv.FreeAddr(t)}}
	if err := devnet.Write(e.dir, testenv.Postgres(t), e.addrs); err != nil {
		t.Fatal(err)
	}
	e.routes = must[*transfer.Routes](t)(transfer.ParseRoutes(must[[]byte](t)(os.ReadFile(filepath.Join(e.dir, "routes.json")))))
	var sk struct {
		P256 string `json:"ethereum_p256"`
	}
	if err := json.Unmarshal(must[[]byte](t)(os.ReadFile(filepath.Join(e.dir, "signer-keys.json"))), &sk); err != nil {
		t.Fatal(err)
	}
	signerKey := must[*ecdsa.PrivateKey](t)(ecdsa.ParseRawPrivateKey(elliptic.P256(), must[[]byte](t)(hex.DecodeString(sk.P256))))
	if err := json.Unmarshal(must[[]byte](t)(os.ReadFile(filepath.Join(e.dir, "watcher-keys.json"))), &e.wkeys); err != nil {
		t.Fatal(err)
	}

	e.anvil = testenv.StartAnvil(t, "--no-mining")
	e.rpc = must[*rpc.Client](t)(rpc.DialContext(ctx, e.anvil.URL))
	t.Cleanup(e.rpc.Close)
	e.client = ethclient.NewClient(e.rpc)
	deployer := must[*ecdsa.PrivateKey](t)(crypto.HexToECDSA(anvilDeployerKey))
	e.gasKey = must[*ecdsa.PrivateKey](t)(crypto.HexToECDSA(anvilGasKey))
	e.gasAddr = crypto.PubkeyToAddress(e.gasKey.PublicKey)
	from := crypto.PubkeyToAddress(deployer.PublicKey)
	opts := bind.NewKeyedTransactor(deployer, big.NewInt(1337))
	opts.Context = ctx
	mined := func(tx *types.Transaction, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		e.mine(t)
		if r := must[*types.Receipt](t)(e.client.TransactionReceipt(ctx, tx.Hash())); r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("setup transaction %s failed", tx.Hash())
		}
	}
	var watchers []common.Address
	for _, k := range e.wkeys {
		watchers = append(watchers, crypto.PubkeyToAddress(must[*ecdsa.PrivateKey](t)(crypto.HexToECDSA(k)).PublicKey))
	}
	e.route, _ = e.routes.Route("usdt")
	bridge, tx, err := contracts.DeployBridge(opts, e.client, contracts.BridgeConfig{
		Governance: contracts.Governance{Proposers: []common.Address{from}, Pausers: []common.Address{from}},
		SignerKey:  &signerKey.PublicKey, Watchers: watchers, Threshold: 2, MinWatchers: 3, RoutesHash: e.routes.Hash(),
		Routes: []contracts.Route{{Key: e.route.Key(), Token: e.route.ERC20(), Mode: contracts.ModeLock, DailyCap: new(big.Int).Lsh(big.NewInt(1), 100), Enabled: true}}})
	mined(tx, err)
	token, tx, err := bind.DeployContract(opts, common.FromHex(bindings.TestTokenMetaData.Bin), e.client,
		bindings.NewTestToken().PackConstructor("Tether USD", "USDT", 6))
	mined(tx, err)
	if bridge != e.routes.EthereumBridge() || token != e.route.ERC20() {
		t.Fatalf("deployed at %s and %s, the devnet routes name %x and %x", bridge, token, e.routes.EthereumBridge(), e.route.ERC20())
	}
	e.bridge, e.token = bridge, token
	raw := func(to common.Address, data []byte) {
		mined(bind.NewBoundContract(to, abi.ABI{}, e.client, e.client, e.client).RawTransact(opts, data))
	}
	raw(token, bindings.NewTestToken().PackMint(bridge, big.NewInt(1_000_000_000_000)))
	testenv.StartSigner(t, e.dir, e.addrs.Signer)
	return e
}

// mine mines one block on anvil.
func (e *ethEnv) mine(t testing.TB) {
	t.Helper()
	if err := e.rpc.CallContext(context.Background(), nil, "evm_mine"); err != nil {
		t.Fatal(err)
	}
}

// deposit has watchers b and c attest a Metaverse deposit of usdt whole USDT for a new Ethereum
// recipient derived from seed; it returns the transfer.
func (e *ethEnv) deposit(t testing.TB, seed string, usdt int64) *transfer.Transfer {
	t.Helper()
	q := e.route.Quote(transfer.MvsToEth, big.NewInt(usdt*1_000_000))
	tr := &transfer.Transfer{SourceChain: e.routes.MetaverseChainID(), SourceTx: crypto.Keccak256Hash([]byte("mvs deposit " + seed)),
		SourceBlock: crypto.Keccak256Hash([]byte("mvs block " + seed)), Route: e.route.Key(), DestChain: e.routes.Ethereum.ChainID,
		DestToken: e.route.DestToken(transfer.MvsToEth), Recipient: crypto.Keccak256([]byte("recipient " + seed))[12:],
		Amount: q.Amount, Fee: q.Fee}
	digest := tr.Digest(must[transfer.Domain](t)(e.routes.Domain(tr.DestChain)))
	for _, w := range []string{"watcher-b", "watcher-c"} {
		sig := must[[]byte](t)(crypto.Sign(digest[:], must[*ecdsa.PrivateKey](t)(crypto.HexToECDSA(e.wkeys[w]))))
		sig[64] += 27
		if _, err := testenv.SignerClient(t, e.dir, e.addrs.Signer, w).SubmitAttestation(context.Background(), &signerv1.SubmitAttestationRequest{
			Signature: sig, Transfer: &signerv1.Transfer{SourceChain: tr.SourceChain, SourceTx: tr.SourceTx[:], SourceIndex: tr.SourceIndex,
				SourceBlock: tr.SourceBlock[:], Route: "usdt", DestChain: tr.DestChain, DestToken: tr.DestToken[:],
				Recipient: tr.Recipient, Amount: tr.Amount.String(), Fee: tr.Fee.String()}}); err != nil {
			t.Fatal(err)
		}
	}
	return tr
}

// balance is what addr holds of the route's token.
func (e *ethEnv) balance(t testing.TB, addr common.Address) *big.Int {
	t.Helper()
	out := must[[]byte](t)(e.client.CallContract(context.Background(), ethereum.CallMsg{To: &e.token,
		Data: bindings.NewTestToken().PackBalanceOf(addr)}, nil))
	return new(big.Int).SetBytes(out)
}

// payouts are the bridge's Released logs of transfer id.
func (e *ethEnv) payouts(t testing.TB, id [32]byte) []types.Log {
	t.Helper()
	return must[[]types.Log](t)(e.client.FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{e.bridge},
		Topics: [][]common.Hash{{crypto.Keccak256Hash([]byte("Released(bytes32,address,address,uint256)"))}, {id}}}))
}

// consumed asks the bridge whether id is paid.
func (e *ethEnv) consumed(t testing.TB, id [32]byte) bool {
	t.Helper()
	b := bindings.NewBridge()
	out := must[[]byte](t)(e.client.CallContract(context.Background(), ethereum.CallMsg{To: &e.bridge, Data: b.PackConsumed(id)}, nil))
	return must[bool](t)(b.UnpackConsumed(out))
}

// ethFault is one way the Ethereum node misbehaves, from the moment a transfer is in state at.
type ethFault struct {
	name   string
	at     string
	method string
	answer ethAnswer // nil: the node hangs
	// stage is the step that fails ("": the transfer must be paid without failing); reason is
	// what its stored reason must say about the cause.
	stage, reason string
}

// ethCallTimeout is the relayer's per-call timeout in these tests.
const ethCallTimeout = 300 * time.Millisecond

// TestEthereumNodeFaults puts a proxy between the relayer and a real anvil that hangs, answers
// garbage or cut-short JSON, rejects the payout transaction, or garbles the receipt. The transfer is
// retried with backoff, then failed with the step and the cause (in the store, the ops API and
// /metrics) after the configured number of attempts; an operator's retry through the API then pays
// it, exactly once: consumed on the bridge, one Released log, the recipient paid once, one nonce
// of the gas key used and recorded in the relayer's database.
func TestEthereumNodeFaults(t *testing.T) {
	env := newEthEnv(t)
	proxy := newEthProxy(t, env.anvil.URL)
	cases := []ethFault{
		{name: "consumed_timeout", at: store.StateSigned, method: "eth_call", stage: "submit", reason: "eth_call: no answer from the Ethereum node within 300ms"},
		{name: "send_timeout", at: store.StateSigned, method: "eth_sendRawTransaction", stage: "submit", reason: "no answer from the Ethereum node within 300ms"},
		{name: "send_garbage", at: store.StateSigned, method: "eth_sendRawTransaction", answer: ethGarbage, stage: "submit", reason: "invalid character"},
		{name: "send_truncated", at: store.StateSigned, method: "eth_sendRawTransaction", answer: ethTruncated, stage: "submit", reason: "unexpected EOF"},
		{name: "send_insufficient_funds", at: store.StateSigned, method: "eth_sendRawTransaction",
			answer: ethRejected(-32003, "insufficient funds for gas * price + value"), stage: "submit", reason: "insufficient funds"},
		{name: "send_nonce_too_low", at: store.StateSigned, method: "eth_sendRawTransaction",
			answer: ethRejected(-32003, "nonce too low"), stage: "submit", reason: "nonce too low"},
		{name: "send_answer_lost", at: store.StateSigned, method: "eth_sendRawTransaction", answer: ethAnswerLost},
		{name: "receipt_timeout", at: store.StateSubmitted, method: "eth_getTransactionReceipt", stage: "follow", reason: "no answer from the Ethereum node within 300ms"},
		{name: "receipt_garbled", at: store.StateSubmitted, method: "eth_getTransactionReceipt", answer: ethGarbledResult, stage: "follow", reason: "receipt"},
		{name: "receipt_truncated", at: store.StateSubmitted, method: "eth_getTransactionReceipt", answer: ethAnswerLost, stage: "follow", reason: "receipt"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { runEthFault(t, env, proxy, c) })
	}
}

func runEthFault(t *testing.T, env *ethEnv, proxy *ethProxy, c ethFault) {
	ctx := context.Background()
	st := must[*store.Store](t)(store.Open(ctx, testenv.Postgres(t)))
	t.Cleanup(func() { st.Close() })
	proxy.set("", nil)
	t.Cleanup(func() { proxy.set("", nil) })
	rc := must[*rpc.Client](t)(rpc.DialContext(ctx, proxy.srv.URL))
	t.Cleanup(rc.Close)
	chain := must[*ethchain.Chain](t)(ethchain.New(ctx, ethchain.Config{Client: ethclient.NewClient(rc), Routes: env.routes,
		GasKey: env.gasKey, MaxFee: big.NewInt(100_000_000_000), Confirmations: 2, DB: st.DB(), ReplaceAfter: time.Hour,
		CallTimeout: ethCallTimeout}))
	r := newFaultRelayer(t, env.dir, env.addrs.Signer, env.routes, st, chain)

	tr := env.deposit(t, t.Name(), 30)
	id := tr.ID()
	recipient := common.BytesToAddress(tr.Recipient)
	floatBefore := env.balance(t, env.bridge)
	nonceBefore := must[uint64](t)(env.client.NonceAt(ctx, env.gasAddr, nil))
	tick := func(state string) {
		if state == store.StateSubmitted {
			env.mine(t)
		}
	}
	got := driveEth(t, r, id[:], func(state string) {
		if state == c.at && proxy.faulted() == 0 {
			proxy.set(c.method, c.answer)
		}
		tick(state)
	})
	if proxy.faulted() == 0 {
		t.Fatalf("the proxy never failed %s", c.method)
	}
	if c.stage == "" {
		if got.State != store.StateConfirmed {
			t.Fatalf("transfer is %s: %s%s", got.State, got.Reason, history(r.st, id[:]))
		}
	} else {
		checkEthFailed(t, r, c, got)
		proxy.set("", nil)
		got = driveEth(t, r, id[:], tick)
		if got.State != store.StateConfirmed {
			t.Fatalf("after the retry the transfer is %s: %s%s", got.State, got.Reason, history(r.st, id[:]))
		}
	}

	// Paid exactly once.
	if !env.consumed(t, id) {
		t.Error("the bridge does not record the transfer as consumed")
	}
	if logs := env.payouts(t, id); len(logs) != 1 || logs[0].TxHash != common.BytesToHash(got.DestTx) {
		t.Errorf("the bridge logged %d releases of the transfer, want one by %x", len(logs), got.DestTx)
	}
	if bal := env.balance(t, recipient); bal.Cmp(tr.Amount) != 0 {
		t.Errorf("the recipient holds %s, want exactly %s", bal, tr.Amount)
	}
	if drop := new(big.Int).Sub(floatBefore, env.balance(t, env.bridge)); drop.Cmp(tr.Amount) != 0 {
		t.Errorf("the bridge's float dropped by %s, want %s", drop, tr.Amount)
	}
	if subs := submissions(t, r.st, id[:]); len(subs) != 1 || !bytes.Equal(subs[0], got.DestTx) {
		t.Errorf("store records submissions %x, want the one payout %x%s", subs, got.DestTx, history(r.st, id[:]))
	}
	// One nonce of the gas key used, and that one recorded: nothing burnt, no gap left behind.
	if after := must[uint64](t)(env.client.NonceAt(ctx, env.gasAddr, nil)); after != nonceBefore+1 {
		t.Errorf("the gas key's nonce went from %d to %d, want one transaction", nonceBefore, after)
	}
	if p := must[uint64](t)(env.client.PendingNonceAt(ctx, env.gasAddr)); p != nonceBefore+1 {
		t.Errorf("the node holds the gas key's transactions up to nonce %d, want none pending after %d", p, nonceBefore)
	}
	rows := must[[]nonceRow](t)(queryNonces(ctx, st, id[:]))
	if len(rows) != 1 || rows[0].state != "mined" || rows[0].nonce != nonceBefore {
		t.Errorf("the relayer's database records nonces %+v for the transfer, want nonce %d mined", rows, nonceBefore)
	}
}

// driveEth steps the pipeline until the transfer is confirmed or failed, calling tick with the
// stored state before each step; it gives up after a bound (a hung test, not a speed check).
func driveEth(t *testing.T, r *faultRelayer, id []byte, tick func(state string)) *store.Transfer {
	t.Helper()
	ctx := context.Background()
	if err := r.p.DiscoverOnce(ctx); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(45 * time.Second)
	for {
		got := must[*store.Transfer](t)(r.st.Get(ctx, id))
		if got.State == store.StateConfirmed || got.State == store.StateFailed {
			return got
		}
		if time.Now().After(deadline) {
			t.Fatalf("the transfer is still %s after 45s:%s", got.State, history(r.st, id))
		}
		tick(got.State)
		if _, err := r.p.StepOnce(ctx); err != nil {
			t.Fatal(err)
		}
		time.Sleep(2 * time.Millisecond) // the 1ms backoff
	}
}

// checkEthFailed checks a transfer failed by a fault: after the configured attempts, with a reason
// naming the step and the cause, visible through the store, the ops API and /metrics; then an
// operator's retry through the API puts it back.
func checkEthFailed(t *testing.T, r *faultRelayer, c ethFault, got *store.Transfer) {
	t.Helper()
	t.Logf("failed: %s", got.Reason)
	if !strings.Contains(got.Reason, c.reason) {
		t.Errorf("reason %q does not name %q", got.Reason, c.reason)
	}
	checkFailedVisible(t, r, got, "gave up after 3 attempts: "+c.stage+": ", `reason="chain",stage="`+c.stage+`"} 1`)
}

// nonceRow is the ethchain ledger's record of one nonce of a transfer.
type nonceRow struct {
	nonce uint64
	state string
}

// queryNonces reads the nonces the relayer's database records for transfer id.
func queryNonces(ctx context.Context, st *store.Store, id []byte) ([]nonceRow, error) {
	rows, err := st.DB().QueryContext(ctx, `SELECT nonce, state FROM eth_nonces WHERE transfer_id = $1 ORDER BY nonce`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []nonceRow
	for rows.Next() {
		var r nonceRow
		if err := rows.Scan(&r.nonce, &r.state); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
