package pipeline_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"

	"github.com/tokendroplet/droplet/internal/devpki"
	"github.com/tokendroplet/droplet/internal/mtls"
	"github.com/tokendroplet/droplet/internal/mvsrpc"
	"github.com/tokendroplet/droplet/internal/testenv"
	"github.com/tokendroplet/droplet/internal/transfer"
	relayerv1 "github.com/tokendroplet/droplet/proto/droplet/relayer/v1"
	"github.com/tokendroplet/droplet/relayer/internal/api"
	"github.com/tokendroplet/droplet/relayer/internal/mvschain"
	"github.com/tokendroplet/droplet/relayer/internal/pipeline"
	"github.com/tokendroplet/droplet/relayer/internal/store"
)

// Faults a proxy injects into one JSON-RPC method.
const (
	faultNone = ""
	// faultHang holds the request until the client gives up (an RPC node that times out).
	faultHang = "hang"
	// faultGarbage answers with broken JSON, without asking the node.
	faultGarbage = "garbage"
	// faultReject answers with a JSON-RPC error, without asking the node.
	faultReject = "reject"
	// faultLostAnswer forwards the request to the node and garbles its answer: the node did the
	// work, the relayer cannot know.
	faultLostAnswer = "lost_answer"
)

// faultProxy is a real HTTP server in front of a real node's JSON-RPC endpoint that can fail
// one method in one of the ways above.
type faultProxy struct {
	target string
	mu     sync.Mutex
	method string
	fault  string
	hits   int
	srv    *httptest.Server
}

func newFaultProxy(t testing.TB, target string) *faultProxy {
	t.Helper()
	f := &faultProxy{target: target}
	f.srv = httptest.NewServer(f)
	t.Cleanup(f.srv.Close)
	return f
}

// set makes method fail with fault from now on (faultNone: forward everything).
func (f *faultProxy) set(method, fault string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.method, f.fault, f.hits = method, fault, 0
}

// faulted is how many requests were failed since set.
func (f *faultProxy) faulted() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.hits
}

func (f *faultProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var req struct {
		ID     json.RawMessage `json:"id"`
		Method string          `json:"method"`
	}
	_ = json.Unmarshal(body, &req) // a batch or anything else is forwarded as is
	f.mu.Lock()
	fault := faultNone
	if f.fault != faultNone && req.Method == f.method {
		fault = f.fault
		f.hits++
	}
	f.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	switch fault {
	case faultHang:
		<-r.Context().Done()
		return
	case faultGarbage:
		_, _ = w.Write([]byte(`{"jsonrpc":"2.0","id":` + string(req.ID) + `,"result":{"unterminated`))
		return
	case faultReject:
		_, _ = w.Write([]byte(`{"jsonrpc":"2.0","id":` + string(req.ID) +
			`,"error":{"code":-32000,"message":"injected by the test: transaction rejected"}}`))
		return
	}
	resp, err := http.Post(f.target, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	answer, _ := io.ReadAll(resp.Body)
	if fault == faultLostAnswer {
		answer = []byte(`<html>502 Bad Gateway</html>`)
	}
	w.WriteHeader(resp.StatusCode)
	_, _ = w.Write(answer)
}

// opsAPI serves the relayer's API with mTLS as droplet-relayer does and returns a client with
// the devnet's administrator certificate.
func opsAPI(t testing.TB, dir string, st *store.Store) relayerv1.RelayerServiceClient {
	t.Helper()
	pki := filepath.Join(dir, "pki")
	ca := must[*devpki.CA](t)(devpki.NewCA("relayer test API CA"))
	caPath := filepath.Join(t.TempDir(), "api-ca.crt")
	if err := os.WriteFile(caPath, ca.PEM, 0o644); err != nil {
		t.Fatal(err)
	}
	crt, key, err := must[devpki.Issued](t)(ca.Issue("relayer-api", "127.0.0.1")).WriteFiles(t.TempDir(), "api")
	if err != nil {
		t.Fatal(err)
	}
	g := grpc.NewServer(grpc.Creds(must[credentials.TransportCredentials](t)(mtls.Server(crt, key, filepath.Join(pki, "admin-ca.crt")))))
	relayerv1.RegisterRelayerServiceServer(g, api.New(st, nil, api.Roles{Admins: []string{"ops-admin"}}, nil))
	lis := must[net.Listener](t)(net.Listen("tcp", "127.0.0.1:0"))
	go func() { _ = g.Serve(lis) }()
	t.Cleanup(g.Stop)
	creds := must[credentials.TransportCredentials](t)(mtls.Client(filepath.Join(pki, "ops-admin.crt"), filepath.Join(pki, "ops-admin.key"), caPath))
	conn := must[*grpc.ClientConn](t)(grpc.NewClient(lis.Addr().String(), grpc.WithTransportCredentials(creds)))
	t.Cleanup(func() { conn.Close() })
	return relayerv1.NewRelayerServiceClient(conn)
}

// rpcFault is one way a chain's node misbehaves, from the moment a transfer is in state at.
type rpcFault struct {
	name   string
	at     string // the stored state from which the node fails
	method string
	fault  string
	// stage is the step that fails ("": the transfer must be paid without failing).
	stage string
}

// faultRelayer is an in-process pipeline with fast retries, its /metrics and the ops API.
type faultRelayer struct {
	st      *store.Store
	p       *pipeline.Pipeline
	ops     relayerv1.RelayerServiceClient
	metrics string // URL of /metrics
}

// maxAttempts is the configured limit of the fault tests.
const maxAttempts = 3

func newFaultRelayer(t testing.TB, dir, signer string, routes *transfer.Routes, st *store.Store, chain pipeline.Chain) *faultRelayer {
	t.Helper()
	reg := prometheus.NewRegistry()
	ms := httptest.NewServer(promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	t.Cleanup(ms.Close)
	p := pipeline.New(pipeline.Config{Store: st, Signer: testenv.SignerClient(t, dir, signer, "relayer"), Routes: routes,
		Chains: map[uint64]pipeline.Chain{chain.ChainID(): chain}, Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
		Metrics: pipeline.NewMetrics(reg), FollowEvery: time.Millisecond, MaxAttempts: maxAttempts, Backoff: time.Millisecond})
	return &faultRelayer{st: st, p: p, ops: opsAPI(t, dir, st), metrics: ms.URL + "/metrics"}
}

// drive steps the pipeline until the transfer is confirmed or failed; before each step it
// calls tick with the stored state.
func (r *faultRelayer) drive(t testing.TB, id []byte, tick func(state string)) *store.Transfer {
	t.Helper()
	ctx := context.Background()
	if err := r.p.DiscoverOnce(ctx); err != nil {
		t.Fatal(err)
	}
	var got *store.Transfer
	waitFor(t, "the transfer to be confirmed or failed", func() bool {
		got = must[*store.Transfer](t)(r.st.Get(ctx, id))
		if got.State == store.StateConfirmed || got.State == store.StateFailed {
			return true
		}
		tick(got.State)
		if _, err := r.p.StepOnce(ctx); err != nil {
			t.Fatal(err)
		}
		return false
	})
	return got
}

// TestMetaverseNodeFaults puts a proxy between the relayer and the Metaverse devnet node that
// hangs, answers garbage or rejects the transaction at one step. The transfer is retried with
// backoff, then failed with its reason (in the store, the ops API and /metrics) after the
// configured number of attempts; an operator's retry through the API then pays it, once.
func TestMetaverseNodeFaults(t *testing.T) {
	env := newMvsEnv(t, "", 1)
	proxy := newFaultProxy(t, env.rpcURL)
	rpc := must[*mvsrpc.Client](t)(mvsrpc.New(proxy.srv.URL, mvsrpc.WithTimeout(300*time.Millisecond)))
	cases := []rpcFault{
		{name: "outputs_garbage", at: store.StateQuorum, method: "getaddressasset", fault: faultGarbage, stage: "propose"},
		{name: "outputs_timeout", at: store.StateQuorum, method: "getaddressetp", fault: faultHang, stage: "propose"},
		{name: "broadcast_rejected", at: store.StateSigned, method: "sendrawtx", fault: faultReject, stage: "submit"},
		{name: "broadcast_garbage", at: store.StateSigned, method: "sendrawtx", fault: faultGarbage, stage: "submit"},
		{name: "broadcast_timeout", at: store.StateSigned, method: "sendrawtx", fault: faultHang, stage: "submit"},
		{name: "broadcast_answer_lost", at: store.StateSigned, method: "sendrawtx", fault: faultLostAnswer},
		{name: "follow_garbage", at: store.StateSubmitted, method: "gettx", fault: faultGarbage, stage: "follow"},
		{name: "follow_timeout", at: store.StateSubmitted, method: "getheight", fault: faultHang, stage: "follow"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { runMvsFault(t, env, proxy, rpc, c) })
	}
}

func runMvsFault(t *testing.T, env *mvsEnv, proxy *faultProxy, rpc *mvsrpc.Client, c rpcFault) {
	ctx := context.Background()
	st := must[*store.Store](t)(store.Open(ctx, testenv.Postgres(t)))
	t.Cleanup(func() { st.Close() })
	chain := must[*mvschain.Chain](t)(mvschain.New(mvschain.Config{RPC: rpc, Routes: env.routes, DB: st.DB(), FeeBits: 20_000, Confirmations: 3}))
	r := newFaultRelayer(t, env.dir, env.addrs.Signer, env.routes, st, chain)
	floatBefore := env.usdt(t, env.bridge)
	tr, user := env.deposit(t, t.Name(), 30)
	id := tr.ID()
	proxy.set("", faultNone)
	t.Cleanup(func() { proxy.set("", faultNone) })
	got := r.drive(t, id[:], func(state string) {
		if state == c.at && proxy.faulted() == 0 {
			proxy.set(c.method, c.fault)
		}
		if state == store.StateSubmitted {
			env.mine(t)
		}
	})
	checkFault(t, r, c, got, proxy)
	if c.stage != "" {
		proxy.set("", faultNone)
		got = r.drive(t, id[:], func(state string) {
			if state == store.StateSubmitted {
				env.mine(t)
			}
		})
	}
	if got.State != store.StateConfirmed {
		t.Fatalf("after the retry the transfer is %s:%s", got.State, history(r.st, id[:]))
	}
	if n := env.usdt(t, user); n != tr.Amount.Uint64() {
		t.Errorf("the user holds %d ERC20.USDT units, want exactly %s", n, tr.Amount)
	}
	if after := env.usdt(t, env.bridge); floatBefore-after != tr.Amount.Uint64() {
		t.Errorf("the bridge's float dropped by %d, want %s", floatBefore-after, tr.Amount)
	}
	if subs := submissions(t, r.st, id[:]); len(subs) != 1 || !bytes.Equal(subs[0], got.DestTx) {
		t.Errorf("store records submissions %x, want the one payout %x%s", subs, got.DestTx, history(r.st, id[:]))
	}
}

// checkFault checks a faulted transfer: failed after the configured attempts with its reason,
// visible through the store, the ops API and /metrics, and put back by an operator's retry; or,
// for a fault the relayer recovers from alone, paid without failing.
func checkFault(t *testing.T, r *faultRelayer, c rpcFault, got *store.Transfer, proxy *faultProxy) {
	t.Helper()
	if proxy.faulted() == 0 {
		t.Fatalf("the proxy never failed %s", c.method)
	}
	if c.stage == "" {
		if got.State != store.StateConfirmed {
			t.Fatalf("transfer is %s: %s%s", got.State, got.Reason, history(r.st, got.ID))
		}
		return
	}
	wantReason := "gave up after 3 attempts: " + map[string]string{"propose": "propose payout", "submit": "submit", "follow": "follow"}[c.stage] + ":"
	checkFailedVisible(t, r, got, wantReason, `stage="`+c.stage+`"`)
}

// checkFailedVisible checks a transfer a fault made fail: failed after the configured attempts,
// its reason starting with wantReason, every attempt's error in its history, the same state and
// reason through the ops API, its failure in /metrics (a line holding droplet_relayer_failed_total
// and wantMetric); then an operator's retry through the API puts it back.
func checkFailedVisible(t *testing.T, r *faultRelayer, got *store.Transfer, wantReason, wantMetric string) {
	t.Helper()
	ctx := context.Background()
	if got.State != store.StateFailed || got.Attempts != maxAttempts {
		t.Fatalf("transfer is %s after %d attempts, want failed after %d:%s", got.State, got.Attempts, maxAttempts, history(r.st, got.ID))
	}
	if !strings.HasPrefix(got.Reason, wantReason) {
		t.Errorf("reason %q, want it to start with %q", got.Reason, wantReason)
	}
	var errs int
	for _, e := range must[[]store.Event](t)(r.st.History(ctx, got.ID)) {
		if e.Error != "" {
			errs++
		}
	}
	if errs != maxAttempts {
		t.Errorf("history holds %d failed attempts, want %d:%s", errs, maxAttempts, history(r.st, got.ID))
	}
	resp, err := r.ops.GetTransfer(ctx, &relayerv1.GetTransferRequest{Key: &relayerv1.GetTransferRequest_Id{Id: got.ID}})
	if err != nil {
		t.Fatal(err)
	}
	if tr := resp.GetTransfers(); len(tr) != 1 || tr[0].GetTransfer().GetState() != relayerv1.State_STATE_FAILED ||
		tr[0].GetTransfer().GetReason() != got.Reason {
		t.Errorf("the ops API shows %v", resp)
	}
	found := false
	body := scrapeURL(t, r.metrics)
	for _, line := range strings.Split(body, "\n") {
		if strings.HasPrefix(line, "droplet_relayer_failed_total{") && strings.Contains(line, wantMetric) {
			found = true
		}
	}
	if !found {
		t.Errorf("/metrics lacks a failure with %s:\n%s", wantMetric, body)
	}
	if _, err := r.ops.RetryTransfer(ctx, &relayerv1.RetryTransferRequest{Id: got.ID, Reason: "node fixed"}); err != nil {
		t.Fatal(err)
	}
}

// scrapeURL reads a /metrics URL.
func scrapeURL(t testing.TB, u string) string {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}
