package pipeline_test

import (
	"context"
	"crypto/ecdsa"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tokendroplet/droplet/internal/devnet"
	"github.com/tokendroplet/droplet/internal/devpki"
	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/mvsrpc"
	"github.com/tokendroplet/droplet/internal/testenv"
	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/mvsdevnet"
	signerv1 "github.com/tokendroplet/droplet/proto/droplet/signer/v1"
	"github.com/tokendroplet/droplet/relayer/internal/store"
)

// mvsEnv is a devnet for Ethereum -> Metaverse payouts: the devnet configuration, the real
// signer process, and the Metaverse devnet node (mined only when the test says so) where the
// bridge holds ETP and a float of ERC20.USDT.
type mvsEnv struct {
	dir    string
	routes *transfer.Routes
	addrs  devnet.Addrs
	node   *mvsdevnet.Node
	rpcURL string
	rpc    *mvsrpc.Client
	wkeys  map[string]string
	bridge string
	// clients of the signer, by certificate name, closed when the test that made the env ends
	clients map[string]signerv1.SignerServiceClient
	tb      testing.TB
}

// newMvsEnv sets the devnet up. bigDelay, if set, replaces the route's delay for big transfers
// (above 50,000 USDT); outputs is how many separate USDT and ETP outputs the bridge receives
// (payouts in flight at once each need their own).
func newMvsEnv(t testing.TB, bigDelay string, outputs int) *mvsEnv {
	t.Helper()
	ctx := context.Background()
	e := &mvsEnv{dir: t.TempDir(), addrs: devnet.Addrs{Signer: testenv.FreeAddr(t), Admin: testenv.FreeAddr(t)},
		clients: map[string]signerv1.SignerServiceClient{}, tb: t}
	if err := devnet.Write(e.dir, testenv.Postgres(t), e.addrs); err != nil {
		t.Fatal(err)
	}
	routesPath := filepath.Join(e.dir, "routes.json")
	rb := must[[]byte](t)(os.ReadFile(routesPath))
	if bigDelay != "" {
		nb := strings.Replace(string(rb), `"big_delay": "2m"`, `"big_delay": "`+bigDelay+`"`, 1)
		if nb == string(rb) {
			t.Fatal("the devnet routes no longer have the big delay this test replaces")
		}
		rb = []byte(nb)
		if err := os.WriteFile(routesPath, rb, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	e.routes = must[*transfer.Routes](t)(transfer.ParseRoutes(rb))
	var sk struct {
		Metaverse string `json:"metaverse_secp256k1"`
	}
	if err := json.Unmarshal(must[[]byte](t)(os.ReadFile(filepath.Join(e.dir, "signer-keys.json"))), &sk); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(must[[]byte](t)(os.ReadFile(filepath.Join(e.dir, "watcher-keys.json"))), &e.wkeys); err != nil {
		t.Fatal(err)
	}
	bridgeKey := secp256k1.PrivKeyFromBytes(must[[]byte](t)(hex.DecodeString(sk.Metaverse)))

	cfg := mvsdevnet.Default()
	cfg.Dir, cfg.BlockInterval = t.TempDir(), 0
	e.node = must[*mvsdevnet.Node](t)(mvsdevnet.Open(cfg, nil))
	srv := httptest.NewServer(e.node.Handler())
	t.Cleanup(func() { srv.Close(); e.node.Close() })
	e.rpcURL = srv.URL + "/rpc/v3"
	e.rpc = must[*mvsrpc.Client](t)(mvsrpc.New(e.rpcURL))
	pay := must[mvs.Output](t)
	const fee = mvsdevnet.DefaultMinFee
	genesis := mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("genesis"))
	issuer := mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("issuer"))
	bridge := mvsdevnet.NewWallet(mvs.Testnet, bridgeKey)
	e.bridge = bridge.Address()
	if e.bridge != e.routes.Metaverse.BridgeAddress {
		t.Fatalf("bridge wallet %s, routes say %s", e.bridge, e.routes.Metaverse.BridgeAddress)
	}
	outputs = max(outputs, 1)
	etp := []mvs.Output{pay(mvsdevnet.PayETP(issuer.Address(), 100*mvsdevnet.ETP))}
	for range outputs {
		etp = append(etp, pay(mvsdevnet.PayETP(e.bridge, 10*mvsdevnet.ETP)))
	}
	must[*mvs.Tx](t)(genesis.Send(ctx, e.rpc, etp, fee))
	must[[]mvs.Hash](t)(e.node.Mine(1))
	must[*mvs.Tx](t)(issuer.Send(ctx, e.rpc, []mvs.Output{pay(mvsdevnet.RegisterAvatar(issuer.Address(), "issuer"))}, fee))
	must[[]mvs.Hash](t)(e.node.Mine(1))
	must[*mvs.Tx](t)(issuer.Send(ctx, e.rpc, []mvs.Output{pay(mvsdevnet.IssueMST(issuer.Address(), mvsdevnet.Issue{
		Symbol: "ERC20.USDT", Issuer: "issuer", Supply: 10_000_000_000_000, Decimals: 6}))}, fee))
	must[[]mvs.Hash](t)(e.node.Mine(1))
	var mst []mvs.Output
	for range outputs {
		mst = append(mst, pay(mvsdevnet.PayMST(e.bridge, "ERC20.USDT", 5_000_000_000_000/uint64(outputs))))
	}
	must[*mvs.Tx](t)(issuer.Send(ctx, e.rpc, mst, fee))
	must[[]mvs.Hash](t)(e.node.Mine(3))

	testenv.StartSigner(t, e.dir, e.addrs.Signer)
	return e
}

// deposit has two of the three watchers attest a deposit of usdt whole USDT made on Ethereum for
// a new Metaverse user; it returns the transfer and the user's address.
func (e *mvsEnv) deposit(t testing.TB, seed string, usdt int64) (*transfer.Transfer, string) {
	t.Helper()
	user := mvs.PubKeyAddress(mvs.Testnet, mvsdevnet.DevKey("user "+seed).PubKey()).String()
	rt, _ := e.routes.Route("usdt")
	q := rt.Quote(transfer.EthToMvs, big.NewInt(usdt*1_000_000))
	tr := &transfer.Transfer{SourceChain: e.routes.Ethereum.ChainID, SourceTx: crypto.Keccak256Hash([]byte("eth deposit " + seed)),
		SourceIndex: 1, SourceBlock: crypto.Keccak256Hash([]byte("eth block " + seed)), Route: rt.Key(),
		DestChain: e.routes.MetaverseChainID(), DestToken: rt.DestToken(transfer.EthToMvs), Recipient: []byte(user),
		Amount: q.Amount, Fee: q.Fee}
	e.attest(t, tr)
	return tr, user
}

// attest submits watcher-a's and watcher-b's attestations of tr to the signer.
func (e *mvsEnv) attest(t testing.TB, tr *transfer.Transfer) {
	t.Helper()
	digest := tr.Digest(must[transfer.Domain](t)(e.routes.Domain(tr.DestChain)))
	for _, w := range []string{"watcher-a", "watcher-b"} {
		k := must[*ecdsa.PrivateKey](t)(crypto.HexToECDSA(e.wkeys[w]))
		sig := must[[]byte](t)(crypto.Sign(digest[:], k))
		sig[64] += 27
		_, err := e.signer(t, w).SubmitAttestation(context.Background(), &signerv1.SubmitAttestationRequest{
			Signature: sig, Transfer: &signerv1.Transfer{SourceChain: tr.SourceChain, SourceTx: tr.SourceTx[:],
				SourceIndex: tr.SourceIndex, SourceBlock: tr.SourceBlock[:], Route: "usdt", DestChain: tr.DestChain,
				DestToken: tr.DestToken[:], Recipient: tr.Recipient, Amount: tr.Amount.String(), Fee: tr.Fee.String()}})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// signer is a client of the signer with the certificate of name.
func (e *mvsEnv) signer(t testing.TB, name string) signerv1.SignerServiceClient {
	if c, ok := e.clients[name]; ok {
		return c
	}
	c := testenv.SignerClient(e.tb, e.dir, e.addrs.Signer, name)
	e.clients[name] = c
	return c
}

// mine mines a block.
func (e *mvsEnv) mine(t testing.TB) {
	t.Helper()
	if _, err := e.node.Mine(1); err != nil {
		t.Fatal(err)
	}
}

// usdt is what addr holds of ERC20.USDT on the node.
func (e *mvsEnv) usdt(t testing.TB, addr string) uint64 {
	t.Helper()
	var n uint64
	for _, a := range must[[]mvsrpc.AssetBalance](t)(e.rpc.AddressAssets(context.Background(), addr)) {
		if a.Symbol == "ERC20.USDT" {
			n += a.Quantity
		}
	}
	return n
}

// relayerBinary builds droplet-relayer into a temporary directory.
func relayerBinary(t testing.TB) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "droplet-relayer")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/tokendroplet/droplet/relayer/cmd/droplet-relayer").CombinedOutput(); err != nil {
		t.Fatalf("build relayer: %v\n%s", err, out)
	}
	return bin
}

// withApp names the database connections of a replica, so pg_stat_activity tells whose
// backend is waiting where.
func withApp(t testing.TB, dbURL, name string) string {
	t.Helper()
	u := must[*url.URL](t)(url.Parse(dbURL))
	q := u.Query()
	q.Set("application_name", name)
	u.RawQuery = q.Encode()
	return u.String()
}

// relayerProc is a running droplet-relayer process.
type relayerProc struct {
	name    string
	cmd     *exec.Cmd
	log     string
	metrics string // host:port of /metrics
	done    chan struct{}
}

// startRelayer runs droplet-relayer as replica name on database db, paying out on the env's
// Metaverse node.
func (e *mvsEnv) startRelayer(t testing.TB, bin, name, db string) *relayerProc {
	t.Helper()
	dir := filepath.Join(e.dir, name)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	ca := must[*devpki.CA](t)(devpki.NewCA("relayer test API CA"))
	crt, key, err := must[devpki.Issued](t)(ca.Issue("relayer-api", "127.0.0.1")).WriteFiles(dir, "api")
	if err != nil {
		t.Fatal(err)
	}
	pki := filepath.Join(e.dir, "pki")
	p := &relayerProc{name: name, log: filepath.Join(dir, "relayer.log"), metrics: testenv.FreeAddr(t), done: make(chan struct{})}
	cfg := map[string]any{
		"database": withApp(t, db, name), "routes": filepath.Join(e.dir, "routes.json"), "listen": testenv.FreeAddr(t),
		"metrics_listen": p.metrics, "tls": map[string]string{"cert": crt, "key": key, "client_ca": filepath.Join(pki, "admin-ca.crt")},
		"admins": []string{"ops-admin"},
		"signer": map[string]string{"address": e.addrs.Signer, "ca": filepath.Join(pki, "ca.crt"),
			"cert": filepath.Join(pki, "relayer.crt"), "key": filepath.Join(pki, "relayer.key")},
		"metaverse": map[string]any{"rpc": e.rpcURL, "fee_bits": 20_000, "confirmations": 3},
		"workers":   4, "max_attempts": 20, "poll": "50ms",
	}
	cfgPath := filepath.Join(dir, "relayer.json")
	if err := os.WriteFile(cfgPath, must[[]byte](t)(json.Marshal(cfg)), 0o600); err != nil {
		t.Fatal(err)
	}
	logf := must[*os.File](t)(os.OpenFile(p.log, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600))
	p.cmd = exec.Command(bin, "-config", cfgPath)
	p.cmd.Stderr, p.cmd.Stdout = logf, logf
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { _ = p.cmd.Wait(); logf.Close(); close(p.done) }()
	t.Cleanup(func() { p.kill(t) })
	return p
}

// kill ends the process with SIGKILL: no deferred function, no graceful stop.
func (p *relayerProc) kill(t testing.TB) {
	t.Helper()
	select {
	case <-p.done:
		return
	default:
	}
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil && !errors.Is(err, os.ErrProcessDone) {
		t.Fatal(err)
	}
	<-p.done
}

// logs is what the process wrote.
func (p *relayerProc) logs() string {
	b, _ := os.ReadFile(p.log)
	return string(b)
}

// gate holds an EXCLUSIVE lock on the relayer's events table. Every transition the relayer
// stores inserts its event in the transaction that changes the transfer, after the step's work
// (the signer's answer, the broadcast, the confirmation) is done; so with the gate closed a
// replica stops there, its change not yet committed, and the test can kill it at exactly that
// point. Two holders hand the lock over so that a replica passes one step at a time:
// PostgreSQL queues lock requests in order, so the next holder's request, queued behind the
// waiting replica's, is granted before any later request of the replica.
type gate struct {
	db  *sql.DB
	cur *sql.Tx
}

const gateApp = "droplet-test-gate"

func newGate(t testing.TB, dbURL string) *gate {
	t.Helper()
	db := must[*sql.DB](t)(sql.Open("postgres", withApp(t, dbURL, gateApp)))
	t.Cleanup(func() { db.Close() })
	g := &gate{db: db}
	g.cur = g.lock(t)
	t.Cleanup(func() { g.open() })
	return g
}

func (g *gate) lock(t testing.TB) *sql.Tx {
	t.Helper()
	tx := must[*sql.Tx](t)(g.db.Begin())
	if _, err := tx.Exec(`LOCK TABLE events IN EXCLUSIVE MODE`); err != nil {
		t.Fatalf("gate: %v", err)
	}
	return tx
}

// waiter is the application name of the backend waiting for the events table, or "".
func (g *gate) waiter(t testing.TB) string {
	t.Helper()
	var name sql.NullString
	err := g.db.QueryRow(`SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
		WHERE NOT l.granted AND l.relation = 'events'::regclass AND a.application_name <> $1 LIMIT 1`, gateApp).Scan(&name)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		t.Fatal(err)
	}
	return name.String
}

// advance lets the waiting replica store its step and closes the gate again behind it.
func (g *gate) advance(t testing.TB) {
	t.Helper()
	next := make(chan *sql.Tx, 1)
	errc := make(chan error, 1)
	go func() {
		tx, err := g.db.Begin()
		if err == nil {
			_, err = tx.Exec(`LOCK TABLE events IN EXCLUSIVE MODE`)
		}
		if err != nil {
			errc <- err
			return
		}
		next <- tx
	}()
	waitFor(t, "the gate's next holder to queue", func() bool {
		var n int
		if err := g.db.QueryRow(`SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
			WHERE NOT l.granted AND l.relation = 'events'::regclass AND a.application_name = $1`, gateApp).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n == 1
	})
	_ = g.cur.Rollback()
	select {
	case g.cur = <-next:
	case err := <-errc:
		t.Fatalf("gate: %v", err)
	}
}

// open releases the lock for good.
func (g *gate) open() {
	if g.cur != nil {
		_ = g.cur.Rollback()
		g.cur = nil
	}
}

// waitFor polls cond until it holds; it fails the test after a generous bound (a hung test,
// not a speed check).
func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(3 * time.Minute)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// stateOf is the stored state of a transfer, "" when the relayer has not recorded it.
func stateOf(t testing.TB, st *store.Store, id []byte) string {
	t.Helper()
	got, err := st.Get(context.Background(), id)
	if errors.Is(err, store.ErrNotFound) {
		return ""
	}
	if err != nil {
		t.Fatal(err)
	}
	return got.State
}

// backends counts the database connections of a replica.
func backends(t testing.TB, st *store.Store, name string) int {
	t.Helper()
	var n int
	if err := st.DB().QueryRow(`SELECT count(*) FROM pg_stat_activity WHERE application_name = $1`, name).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// submissions are the distinct destination transactions the store records as submitted for a
// transfer (a rebroadcast of the same transaction counts once).
func submissions(t testing.TB, st *store.Store, id []byte) [][]byte {
	t.Helper()
	rows, err := st.DB().Query(`SELECT DISTINCT tx FROM events WHERE transfer_id = $1 AND to_state = 'submitted' AND tx IS NOT NULL`, id)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out [][]byte
	for rows.Next() {
		var b []byte
		if err := rows.Scan(&b); err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

// history renders a transfer's events for a failure message.
func history(st *store.Store, id []byte) string {
	evs, err := st.History(context.Background(), id)
	if err != nil {
		return err.Error()
	}
	var b strings.Builder
	for _, e := range evs {
		fmt.Fprintf(&b, "\n  %s -> %s %q tx=%x err=%q", e.From, e.To, e.Detail, e.Tx, e.Error)
	}
	return b.String()
}
