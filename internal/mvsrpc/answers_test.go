package mvsrpc_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/mvsrpc"
)

func must[T any](t testing.TB) func(T, error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

type answerFunc func(id int64, method string) (status int, body string)

// scripted is a server that answers every request with what answer builds from the request's
// id and method.
func scripted(t testing.TB, answer answerFunc, opts ...mvsrpc.Option) *mvsrpc.Client {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID     int64  `json:"id"`
			Method string `json:"method"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			t.Errorf("request: %v", err)
		}
		status, body := answer(req.ID, req.Method)
		w.WriteHeader(status)
		io.WriteString(w, body)
	}))
	t.Cleanup(srv.Close)
	return must[*mvsrpc.Client](t)(mvsrpc.New(srv.URL+"/rpc/v3", opts...))
}

// withID answers body with its id set to the request's, as a node does.
func withID(body string) answerFunc {
	return func(id int64, _ string) (int, string) {
		var m map[string]json.RawMessage
		if err := json.Unmarshal([]byte(body), &m); err != nil {
			panic(fmt.Sprintf("test fixture is not JSON: %v", err)) // a broken test, not a result
		}
		m["id"] = json.RawMessage(fmt.Sprint(id))
		b, _ := json.Marshal(m)
		return http.StatusOK, string(b)
	}
}

// result answers {"result": res} with the request's id.
func result(res string) answerFunc {
	return withID(`{"jsonrpc":"2.0","id":0,"result":` + res + `}`)
}

// raw answers exactly body.
func raw(status int, body string) answerFunc {
	return func(int64, string) (int, string) { return status, body }
}

func fixture(t testing.TB, name string) string {
	t.Helper()
	return string(must[[]byte](t)(os.ReadFile("testdata/" + name)))
}

func height(c *mvsrpc.Client) error {
	_, err := c.Height(context.Background())
	return err
}

func block0(c *mvsrpc.Client) error {
	_, err := c.BlockByHeight(context.Background(), 0)
	return err
}

// the hash of the transaction in the gettx fixture
var docTxHash = func() mvs.Hash {
	h, err := mvs.ParseHash("18908d2035f40a9d4f1e07c1a3f16ace0882afbd31a7dfa3176843dd620abe9d")
	if err != nil {
		panic(err)
	}
	return h
}()

func getDocTx(c *mvsrpc.Client) error {
	_, err := c.Tx(context.Background(), docTxHash)
	return err
}

// TestMalformedAnswers feeds the client answers no node should give and checks that each is an
// error wrapping ErrBadAnswer, never a value.
func TestMalformedAnswers(t *testing.T) {
	genesis := fixture(t, "observed-getblock-0.json")
	gettx := fixture(t, "doc-gettx.json")
	edit := func(doc, from, to string) answerFunc {
		if !strings.Contains(doc, from) {
			t.Fatalf("fixture lacks %q", from)
		}
		return withID(strings.Replace(doc, from, to, 1))
	}
	cases := []struct {
		name   string
		answer answerFunc
		call   func(c *mvsrpc.Client) error
	}{
		{"garbage", raw(200, "<html>502 Bad Gateway</html>"), height},
		{"empty", raw(200, ""), height},
		{"truncated", raw(200, `{"id":1,"jsonrpc":"2.0","result":{"bits":"1","hash":"ab`), block0},
		{"truncated block", func(id int64, m string) (int, string) {
			_, b := withID(genesis)(id, m)
			return 200, b[:len(b)/2]
		}, block0},
		{"trailing data", raw(200, `{"id":1,"jsonrpc":"2.0","result":3} {"id":1}`), height},
		{"not an object", raw(200, `[1,2,3]`), height},
		{"HTTP 500", raw(500, `{"id":1,"jsonrpc":"2.0","result":3}`), height},
		{"another request's id", raw(200, `{"id":999,"jsonrpc":"2.0","result":3}`), height},
		{"no id", raw(200, `{"jsonrpc":"2.0","result":3}`), height},
		{"neither result nor error", withID(`{"jsonrpc":"2.0","id":0}`), height},
		{"error without code", withID(`{"jsonrpc":"2.0","id":0,"error":{"message":"x"}}`), height},
		{"null height", result(`null`), height},
		{"negative height", result(`-1`), height},
		{"fractional height", result(`1.5`), height},
		{"height beyond 64 bits", result(`18446744073709551616`), height},
		{"height as an object", result(`{"height":1}`), height},
		{"block of another height", edit(genesis, `"number" : 0`, `"number" : 1`), block0},
		{"block without hash", edit(genesis, `"hash" : "c359a1cc3dfb8b97111c3e602f1f6de31306926f9ec779cb9ea002edbee91741",`, ``), block0},
		{"block hash too short", edit(genesis, `"hash" : "c359a1cc`, `"hash" : "`), block0},
		{"block without transactions", result(`{"bits":"1","hash":"` + strings.Repeat("1", 64) + `","merkle_tree_hash":"` + strings.Repeat("2", 64) + `","mixhash":"0","nonce":"0","number":0,"previous_block_hash":"` + strings.Repeat("0", 64) + `","timestamp":1,"transaction_count":1,"version":1}`), block0},
		{"transaction count disagrees", edit(genesis, `"transaction_count" : 1`, `"transaction_count" : 2`), block0},
		{"output index is not its position", edit(genesis, `"index" : 0`, `"index" : 1`), block0},
		{"value with a fraction", edit(genesis, `"value" : 5000000000000000`, `"value" : 50000000.5`), block0},
		{"value negative", edit(genesis, `"value" : 5000000000000000`, `"value" : -5`), block0},
		{"version beyond 32 bits", edit(genesis, `"version" : "0"`, `"version" : "4294967296"`), block0},
		{"lock time not a number", edit(genesis, `"lock_time" : "0"`, `"lock_time" : "zero"`), block0},
		{"attachment without type", edit(genesis, `"type" : "etp"`, `"kind" : "etp"`), block0},
		{"transaction of another hash", edit(gettx, `"hash" : "18908d20`, `"hash" : "28908d20`), getDocTx},
		{"transaction without outputs", edit(gettx, `"outputs"`, `"outputs_"`), getDocTx},
		{"asset transfer without quantity", edit(gettx, `"type" : "etp"`, `"type" : "asset-transfer", "symbol" : "X"`), getDocTx},
		{"sendrawtx names another hash", result(`"` + strings.Repeat("a", 64) + `"`), sendAny},
		{"sendrawtx answers a number", result(`12`), sendAny},
		{"balance without fields", result(`{"address":"tJYz6PJtVoqWEqrRF3nWP6mZQ7dbxTK3dS"}`), func(c *mvsrpc.Client) error {
			_, err := c.AddressETP(context.Background(), "x")
			return err
		}},
		{"utxo without hash", result(`[{"available":1,"balance":1,"frozen":0,"utxo_block":3,"utxo_index":0}]`), func(c *mvsrpc.Client) error {
			_, err := c.AddressETPUTXOs(context.Background(), "x")
			return err
		}},
		{"avatar with two current addresses", result(`[{"address":"tJYz6PJtVoqWEqrRF3nWP6mZQ7dbxTK3dS","status":"current","symbol":"droplet"},{"address":"tUrQ6VXMEvrdWJLJin7rGtLgKsRMzpnu3G","status":"current","symbol":"droplet"}]`), resolve},
		{"avatar without a current address", result(`[{"address":"tJYz6PJtVoqWEqrRF3nWP6mZQ7dbxTK3dS","status":"history","symbol":"droplet"}]`), resolve},
		{"another avatar", result(`[{"address":"tJYz6PJtVoqWEqrRF3nWP6mZQ7dbxTK3dS","status":"current","symbol":"dropIet"}]`), resolve},
		{"avatar at no address", result(`[{"address":"nonsense","status":"current","symbol":"droplet"}]`), resolve},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call(scripted(t, tc.answer))
			if !errors.Is(err, mvsrpc.ErrBadAnswer) {
				t.Errorf("got %v, want ErrBadAnswer", err)
			}
			t.Log(err)
		})
	}
}

func sendAny(c *mvsrpc.Client) error {
	_, err := c.SendRawTx(context.Background(), sampleTx())
	return err
}

func resolve(c *mvsrpc.Client) error {
	_, err := c.ResolveDID(context.Background(), "droplet")
	return err
}

// sampleTx is any well-formed transaction.
func sampleTx() *mvs.Tx {
	return &mvs.Tx{
		Version: mvs.TxVersionNova,
		Inputs:  []mvs.Input{{PrevOut: mvs.OutPoint{Hash: mvs.Hash{1}}, Sequence: mvs.SequenceFinal}},
		Outputs: []mvs.Output{{Value: 1, Script: []byte{mvs.OpReturn}, Attachment: mvs.ETPAttachment()}},
	}
}

// TestTolerantAnswers feeds answers in the forms real nodes and their docs print and checks
// the values read.
func TestTolerantAnswers(t *testing.T) {
	ctx := context.Background()
	genesis := fixture(t, "observed-getblock-0.json")

	b := must[*mvsrpc.Block](t)(scripted(t, withID(genesis)).BlockByHeight(ctx, 0))
	if b.Number != 0 || b.Hash.String() != "c359a1cc3dfb8b97111c3e602f1f6de31306926f9ec779cb9ea002edbee91741" ||
		b.Timestamp != 1479881397 || b.TxCount != 1 || len(b.Transactions) != 1 || b.Bits != "1" {
		t.Errorf("observed genesis block: %+v", b.Header)
	}
	tx := b.Transactions[0]
	if !tx.Inputs[0].IsCoinbase() || tx.Version != 0 || tx.LockTime != 0 || tx.Outputs[0].Value != 5_000_000_000_000_000 ||
		tx.Outputs[0].Address != "tPd41bKLJGf1C5RRvaiV2mytqZB6WfM1vR" || tx.Outputs[0].Attachment.Type != mvsrpc.AttachETP {
		t.Errorf("observed genesis transaction: %+v", tx)
	}

	// Numbers as numbers where v3 prints strings (API v4), strings where it prints numbers
	// (the docs' getblockheader and getmemorypool), and API v2's "time_stamp".
	variant := strings.NewReplacer(`"lock_time" : "0"`, `"lock_time" : 0`, `"version" : "0"`, `"version" : 0`,
		`"timestamp" : 1479881397`, `"time_stamp" : "1479881397"`, `"value" : 5000000000000000`, `"value" : "5000000000000000"`,
		`"index" : 0`, `"index" : "0"`, `"sequence" : 0`, `"sequence" : "0"`).Replace(genesis)
	v := must[*mvsrpc.Block](t)(scripted(t, withID(variant)).BlockByHeight(ctx, 0))
	if v.Timestamp != b.Timestamp || v.Transactions[0].Outputs[0].Value != tx.Outputs[0].Value {
		t.Errorf("variant: %+v", v)
	}

	hdr := fixture(t, "doc-getblockheader.json")
	h := must[*mvsrpc.Header](t)(scripted(t, withID(hdr)).HeaderByHeight(ctx, 1))
	if h.Timestamp != 1509096803 || h.TxCount != 0 || h.Nonce != "7722496578557022359" ||
		h.MixHash != "47597797143417045886903555345346333109819709284889931755188005936950690907038" {
		t.Errorf("doc header: %+v", h)
	}

	dtx := must[*mvsrpc.Tx](t)(scripted(t, withID(fixture(t, "doc-gettx.json"))).Tx(ctx, docTxHash))
	if dtx.Height != 953885 || dtx.Version != 2 || len(dtx.Inputs) != 2 || dtx.Outputs[1].Value != 20839206 ||
		dtx.Inputs[1].PrevOut.Index != 1 || dtx.Inputs[0].Address != "MPVYH9GQGZkJc4rZ4ZEx9bnV1mpa3M4whw" {
		t.Errorf("doc gettx: %+v", dtx)
	}

	// sendrawtx: v3's bare hash and v2's object.
	stx := sampleTx()
	for _, res := range []string{`"` + stx.Hash().String() + `"`, `{"hash":"` + stx.Hash().String() + `"}`} {
		if got := must[mvs.Hash](t)(scripted(t, result(res)).SendRawTx(ctx, stx)); got != stx.Hash() {
			t.Errorf("sendrawtx %s: %s", res, got)
		}
	}
	// An empty list is printed as null by some methods.
	if u := must[[]mvsrpc.UTXO](t)(scripted(t, result(`null`)).AddressETPUTXOs(ctx, "x")); len(u) != 0 {
		t.Errorf("null utxo list: %v", u)
	}
}

// TestErrorObjects checks that error answers become *Error matching the right sentinels, also
// when the node could not read the request's id.
func TestErrorObjects(t *testing.T) {
	ctx := context.Background()
	cases := []struct {
		body string
		is   []error
		not  []error
	}{
		{`{"error":{"code":5306,"message":"transaction does not exist!"},"id":-1,"jsonrpc":"2.0"}`, []error{mvsrpc.ErrTxNotFound}, []error{mvsrpc.ErrTxRejected, mvsrpc.ErrBadAnswer}},
		{`{"error":{"code":5304,"message":"get transaction inputs etp value error!"},"id":2,"jsonrpc":"2.0"}`, []error{mvsrpc.ErrTxRejected, mvsrpc.ErrMissingInputs}, []error{mvsrpc.ErrDoubleSpend}},
		{`{"error":{"code":5304,"message":"validate transaction failure: double spend of input"},"id":2,"jsonrpc":"2.0"}`, []error{mvsrpc.ErrTxRejected, mvsrpc.ErrDoubleSpend}, []error{mvsrpc.ErrMissingInputs, mvsrpc.ErrDuplicateTx}},
		{`{"error":{"code":5304,"message":"validate transaction failure: matching previous object found"},"id":2,"jsonrpc":"2.0"}`, []error{mvsrpc.ErrDuplicateTx}, []error{mvsrpc.ErrDoubleSpend}},
		{`{"error":{"code":5005,"message":"fee must in [10000, 10000000000]"},"id":2,"jsonrpc":"2.0"}`, []error{mvsrpc.ErrTxRejected, mvsrpc.ErrFeeOutOfRange}, nil},
		{`{"error":{"code":5101,"message":"object does not exist"},"id":6,"jsonrpc":"2.0"}`, []error{mvsrpc.ErrBlockNotFound}, []error{mvsrpc.ErrTxNotFound}},
		{`{"error":{"code":1021,"message":"the argument ('deadbeef') for option '--TRANSACTION' is invalid"},"id":3,"jsonrpc":"2.0"}`, []error{mvsrpc.ErrInvalidArgument}, []error{mvsrpc.ErrTxRejected}},
		{`{"error":{"code":1020,"message":"'nosuch' is not a command. Enter 'help' for a list of commands."},"id":9,"jsonrpc":"2.0"}`, []error{mvsrpc.ErrUnknownMethod}, nil},
		{`{"error":{"code":-32600,"message":"jsonrpc invalid request"},"id":-1,"jsonrpc":"2.0"}`, nil, []error{mvsrpc.ErrUnknownMethod, mvsrpc.ErrBadAnswer}},
		{`{"error":{"code":7006,"message":"did symbol does not exist on the blockchain"},"id":1,"jsonrpc":"2.0"}`, []error{mvsrpc.ErrDIDNotFound}, nil},
	}
	for _, tc := range cases {
		_, err := scripted(t, raw(200, tc.body)).SendRawTx(ctx, sampleTx())
		var e *mvsrpc.Error
		if !errors.As(err, &e) || e.Method != "sendrawtx" {
			t.Errorf("%s: got %v", tc.body, err)
			continue
		}
		for _, s := range tc.is {
			if !errors.Is(err, s) {
				t.Errorf("%v does not match %v", err, s)
			}
		}
		for _, s := range tc.not {
			if errors.Is(err, s) {
				t.Errorf("%v matches %v", err, s)
			}
		}
	}
}

// TestHangingNode checks that a node that never answers, or stops in the middle of an answer,
// costs a call no more than its timeout, and that the caller's context also ends it.
func TestHangingNode(t *testing.T) {
	hang := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Reading the whole request lets the server notice when the client goes away.
		io.Copy(io.Discard, r.Body)
		if r.URL.Path == "/half" {
			w.WriteHeader(200)
			io.WriteString(w, `{"id":1,"jsonrpc":"2.0","result":{"bits":"1",`)
			w.(http.Flusher).Flush()
		}
		select {
		case <-r.Context().Done():
		case <-hang:
		}
	}))
	defer func() {
		close(hang) // first: Close waits for the handlers
		srv.Close()
	}()

	for _, path := range []string{"/rpc/v3", "/half"} {
		c := must[*mvsrpc.Client](t)(mvsrpc.New(srv.URL+path, mvsrpc.WithTimeout(50*time.Millisecond)))
		if _, err := c.Height(context.Background()); !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("%s: got %v, want a deadline error", path, err)
		}
	}

	c := must[*mvsrpc.Client](t)(mvsrpc.New(srv.URL+"/rpc/v3", mvsrpc.WithTimeout(0)))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := c.Height(ctx)
		done <- err
	}()
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled call: %v", err)
	}
}

func TestAnswerSizeLimit(t *testing.T) {
	big := `{"id":1,"jsonrpc":"2.0","result":"` + strings.Repeat("x", 4096) + `"}`
	c := scripted(t, raw(200, big), mvsrpc.WithMaxResponseBytes(1024))
	if err := height(c); !errors.Is(err, mvsrpc.ErrBadAnswer) || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("oversized answer: %v", err)
	}
}

func TestNewRefuses(t *testing.T) {
	for _, u := range []string{"", "127.0.0.1:8820", "ftp://x/rpc/v3", "http:///rpc/v3", "://"} {
		if _, err := mvsrpc.New(u); err == nil {
			t.Errorf("New(%q) accepted", u)
		}
	}
	if _, err := mvsrpc.New("http://127.0.0.1:8820/rpc/v3", mvsrpc.WithMaxResponseBytes(0)); err == nil {
		t.Error("a zero answer limit accepted")
	}
}
