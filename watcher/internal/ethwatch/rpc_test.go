package ethwatch

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/tokendroplet/droplet/watcher/internal/attest"
	"github.com/tokendroplet/droplet/watcher/internal/scan"
)

// proxy stands between the watcher and a real node and spoils its answers.
type proxy struct {
	t       *testing.T
	target  string
	spoil   atomic.Pointer[spoiler]
	srv     *httptest.Server
	spoiled atomic.Int64
}

// spoiler changes one answer: it gets the request's methods and the node's answer, and returns
// the status and body to send instead (ok false: pass the answer through).
type spoiler func(methods []string, body []byte) (status int, out []byte, ok bool)

func newProxy(t *testing.T, target string) *proxy {
	p := &proxy{t: t, target: target}
	p.srv = httptest.NewServer(http.HandlerFunc(p.serve))
	t.Cleanup(p.srv.Close)
	return p
}

func (p *proxy) set(s spoiler) { p.spoil.Store(&s) }

func (p *proxy) serve(w http.ResponseWriter, r *http.Request) {
	req, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	var methods []string
	var one struct {
		Method string `json:"method"`
	}
	var many []struct {
		Method string `json:"method"`
	}
	if json.Unmarshal(req, &many) == nil {
		for _, m := range many {
			methods = append(methods, m.Method)
		}
	} else if json.Unmarshal(req, &one) == nil {
		methods = []string{one.Method}
	}
	resp, err := http.Post(p.target, "application/json", bytes.NewReader(req))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	status := resp.StatusCode
	if s := p.spoil.Load(); s != nil && *s != nil {
		if st, out, ok := (*s)(methods, body); ok {
			p.spoiled.Add(1)
			status, body = st, out
			if status == 0 { // hang until the client gives up
				<-r.Context().Done()
				return
			}
		}
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// editResults applies f to every JSON object inside the results of an answer (single or batch)
// whose request method is method; the answer is spoiled only when f changed something.
func editResults(method string, f func(obj map[string]any) bool) spoiler {
	return func(methods []string, body []byte) (int, []byte, bool) {
		if !contains(methods, method) {
			return 0, nil, false
		}
		var batch []map[string]any
		single := false
		if err := json.Unmarshal(body, &batch); err != nil {
			var one map[string]any
			if json.Unmarshal(body, &one) != nil {
				return 0, nil, false
			}
			batch, single = []map[string]any{one}, true
		}
		changed := false
		for i, msg := range batch {
			if i < len(methods) && methods[i] != method && !single {
				continue
			}
			changed = walk(msg["result"], f) || changed
		}
		if !changed {
			return 0, nil, false
		}
		var out []byte
		if single {
			out, _ = json.Marshal(batch[0])
		} else {
			out, _ = json.Marshal(batch)
		}
		return http.StatusOK, out, true
	}
}

func walk(v any, f func(map[string]any) bool) bool {
	changed := false
	switch x := v.(type) {
	case map[string]any:
		changed = f(x)
		for _, e := range x {
			changed = walk(e, f) || changed
		}
	case []any:
		for _, e := range x {
			changed = walk(e, f) || changed
		}
	}
	return changed
}

func contains(ms []string, m string) bool {
	for _, x := range ms {
		if x == m {
			return true
		}
	}
	return false
}

func always(status int, body string) spoiler {
	return func([]string, []byte) (int, []byte, bool) { return status, []byte(body), true }
}

// badAnswers are the ways a node's answer can be wrong, each with what the error must say.
var badAnswers = []struct {
	name  string
	spoil spoiler
	want  string
}{
	{"block without hash", editResults("eth_getBlockByNumber", func(o map[string]any) bool {
		_, ok := o["parentHash"]
		delete(o, "hash")
		return ok
	}), "missing hash"},
	{"block number as a JSON number", editResults("eth_getBlockByNumber", func(o map[string]any) bool {
		if _, ok := o["parentHash"]; !ok {
			return false
		}
		o["number"] = 12
		return true
	}), "block"},
	{"another block than asked", editResults("eth_getBlockByNumber", func(o map[string]any) bool {
		if _, ok := o["parentHash"]; !ok {
			return false
		}
		o["number"] = "0x1"
		return true
	}), "answer is block 1"},
	{"block is null", func(methods []string, body []byte) (int, []byte, bool) {
		if !contains(methods, "eth_getBlockByNumber") {
			return 0, nil, false
		}
		return http.StatusOK, bytes.ReplaceAll(body, []byte(`"result":{`), []byte(`"result":null,"x":{`)), true
	}, "null"},
	{"log without transactionHash", editResults("eth_getLogs", func(o map[string]any) bool {
		_, ok := o["logIndex"]
		delete(o, "transactionHash")
		return ok
	}), "missing transactionHash"},
	{"log of another block hash", editResults("eth_getLogs", func(o map[string]any) bool {
		if _, ok := o["logIndex"]; !ok {
			return false
		}
		o["blockHash"] = "0x1111111111111111111111111111111111111111111111111111111111111111"
		return true
	}), "block hash"},
	{"removed log", editResults("eth_getLogs", func(o map[string]any) bool {
		_, ok := o["logIndex"]
		o["removed"] = true
		return ok
	}), "removed"},
	{"logs as a string", func(methods []string, body []byte) (int, []byte, bool) {
		if !contains(methods, "eth_getLogs") {
			return 0, nil, false
		}
		return http.StatusOK, bytes.ReplaceAll(body, []byte(`"result":[`), []byte(`"result":"oops","x":[`)), true
	}, "eth_getLogs"},
	{"transaction without input", editResults("eth_getTransactionByHash", func(o map[string]any) bool {
		_, ok := o["input"]
		delete(o, "input")
		return ok
	}), "missing input"},
	{"transaction in another block", editResults("eth_getTransactionByHash", func(o map[string]any) bool {
		if _, ok := o["input"]; !ok {
			return false
		}
		o["blockHash"] = "0x2222222222222222222222222222222222222222222222222222222222222222"
		return true
	}), "its logs are in"},
	{"another chain", editResults("eth_chainId", func(map[string]any) bool { return false }), ""}, // replaced below
	{"garbage", always(http.StatusOK, "<html>bad gateway</html>"), "invalid character"},
	{"truncated JSON", func(_ []string, body []byte) (int, []byte, bool) { return http.StatusOK, body[:len(body)/2], true }, "unexpected EOF"},
	{"HTTP 502", always(http.StatusBadGateway, "upstream down"), "502"},
	{"JSON-RPC error", always(http.StatusOK, `{"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"node is syncing"}}`), ""},
	{"hangs", always(0, ""), "no answer within"},
}

func init() {
	for i := range badAnswers {
		if badAnswers[i].name == "another chain" {
			badAnswers[i].spoil = func(methods []string, body []byte) (int, []byte, bool) {
				if len(methods) != 1 || methods[0] != "eth_chainId" {
					return 0, nil, false
				}
				return http.StatusOK, []byte(`{"jsonrpc":"2.0","id":1,"result":"0x1"}`), true
			}
			badAnswers[i].want = "serves chain 1, want 1337"
		}
	}
}

// rpcNet is a chain with deposits of the three kinds, for the answer tests.
func rpcNet(t *testing.T) (*ethnet, uint64, uint64) {
	e := newEthnet(t, "", nil)
	from := e.head() + 1
	a, b, c := e.users[0], e.users[1], e.users[2]
	e.deposit(a, e.usdt, big.NewInt(10e6), e.mvsUsers[0])
	e.transferMemo(b, e.usdt, big.NewInt(5e6), []byte(e.mvsUsers[1]))
	e.link(c, e.mvsUsers[2])
	e.send(c, e.usdt, tokenABI.PackTransfer(e.bridge, big.NewInt(7e6)))
	e.transferMemo(b, e.usdt, big.NewInt(3e6), []byte("bad memo"))
	e.mine(3)
	return e, from, e.head() - 2
}

func ids(r *scan.Range) []string {
	var out []string
	for _, f := range r.Transfers {
		id := f.Transfer.ID()
		out = append(out, id.String())
	}
	return out
}

// TestBadAnswers: every kind of bad answer from the first endpoint is caught and the scan fails
// over to the second, which gives the same range as a good node alone; with the bad endpoint
// alone the scan fails with a clear error, the runner does not move its checkpoint, and it
// scans the range in full once the node is good again.
func TestBadAnswers(t *testing.T) {
	e, from, to := rpcNet(t)
	ctx := context.Background()
	db := openDB(t)
	good, err := New(Config{Endpoints: []string{e.anvil.URL}, Routes: e.routes, Resolver: MapResolver{}, DB: db, Confirmations: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer good.Close()
	want, err := good.Scan(ctx, from, to)
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Transfers) != 4 { // deposit, memo, linked, bad memo
		t.Fatalf("a good node gives %d transfers, want 4", len(want.Transfers))
	}
	for _, tc := range badAnswers {
		t.Run(tc.name, func(t *testing.T) {
			p := newProxy(t, e.anvil.URL)
			p.set(tc.spoil)
			var logs bytes.Buffer
			log := slog.New(slog.NewTextHandler(&logs, nil))
			cfg := Config{Endpoints: []string{p.srv.URL, e.anvil.URL}, Routes: e.routes, Resolver: MapResolver{}, DB: db,
				Confirmations: 2, Timeout: 300 * time.Millisecond, Log: log, LogRange: 3, HeaderBatch: 4}
			ch, err := New(cfg)
			if err != nil {
				t.Fatal(err)
			}
			defer ch.Close()
			got, err := ch.Scan(ctx, from, to)
			if err != nil {
				t.Fatalf("with a good second endpoint: %v", err)
			}
			if p.spoiled.Load() == 0 {
				t.Fatal("the proxy spoiled no answer: the case tests nothing")
			}
			if g, w := strings.Join(ids(got), ","), strings.Join(ids(want), ","); g != w {
				t.Fatalf("after failover: %s, want %s", g, w)
			}
			if !strings.Contains(logs.String(), "failover") {
				t.Errorf("no failover logged:\n%s", logs.String())
			}

			// The bad endpoint alone.
			cfg.Endpoints = cfg.Endpoints[:1]
			bad, err := New(cfg)
			if err != nil {
				t.Fatal(err)
			}
			defer bad.Close()
			rdb := openDB(t)
			var submitted atomic.Int64
			r := scan.New(scan.Config{Chain: bad, DB: rdb, Start: from, Batch: to - from + 1,
				Submit: func(context.Context, attest.Item) error { submitted.Add(1); return nil }})
			_, err = r.Step(ctx)
			if err == nil {
				// The chain id or the final block may pass; the range itself must not.
				t.Fatal("a scan through a bad node succeeded")
			}
			if tc.want != "" && !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not say %q", err, tc.want)
			}
			if cp, err := scan.LoadCheckpoint(ctx, rdb, 1337); err != nil || cp.Set {
				t.Fatalf("checkpoint moved after a failed scan: %+v %v", cp, err)
			}
			if submitted.Load() != 0 {
				t.Fatalf("%d attestations submitted from a range that failed to scan", submitted.Load())
			}
			p.set(nil) // the node heals
			steps(t, r)
			if submitted.Load() < int64(len(want.Transfers)) {
				t.Fatalf("after healing: %d submitted, want %d", submitted.Load(), len(want.Transfers))
			}
			if cp, _ := scan.LoadCheckpoint(ctx, rdb, 1337); cp.Number != to {
				t.Fatalf("checkpoint %d after healing, want %d", cp.Number, to)
			}
		})
	}
}

// TestWebSocket: a ws:// endpoint gives the same range as http://, and a WebSocket whose node
// goes away gives an error within the call timeout, not a hang.
func TestWebSocket(t *testing.T) {
	e, from, to := rpcNet(t)
	ctx := context.Background()
	db := openDB(t)
	scanWith := func(url string) (*scan.Range, error) {
		ch, err := New(Config{Endpoints: []string{url}, Routes: e.routes, Resolver: MapResolver{}, DB: db, Confirmations: 2, Timeout: 2 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		defer ch.Close()
		return ch.Scan(ctx, from, to)
	}
	want, err := scanWith(e.anvil.URL)
	if err != nil {
		t.Fatal(err)
	}
	got, err := scanWith(e.anvil.WS)
	if err != nil {
		t.Fatal(err)
	}
	if g, w := strings.Join(ids(got), ","), strings.Join(ids(want), ","); g != w || len(got.Blocks) != len(want.Blocks) {
		t.Fatalf("over WebSocket: %s, want %s", g, w)
	}

	ch, err := New(Config{Endpoints: []string{e.anvil.WS}, Routes: e.routes, Resolver: MapResolver{}, DB: db, Confirmations: 2, Timeout: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	if _, err := ch.Scan(ctx, from, to); err != nil {
		t.Fatal(err)
	}
	e.anvil.Stop()
	if _, err := ch.Scan(ctx, from, to); err == nil {
		t.Fatal("a scan with the node down succeeded")
	}
}
