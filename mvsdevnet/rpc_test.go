package mvsdevnet_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/mvsdevnet"
)

// shape describes a JSON value by its keys and types, not its values: what a client's decoding
// depends on.
func shape(v any) any {
	switch x := v.(type) {
	case map[string]any:
		m := map[string]any{}
		for k, e := range x {
			m[k] = shape(e)
		}
		return m
	case []any:
		if len(x) == 0 {
			return []any{}
		}
		return []any{shape(x[0])}
	case json.Number:
		return "number"
	case string:
		return "string"
	case bool:
		return "bool"
	case nil:
		return "null"
	}
	return fmt.Sprintf("%T", v)
}

func readJSON(t *testing.T, path string) map[string]any {
	t.Helper()
	var m map[string]any
	dec := json.NewDecoder(bytes.NewReader(must[[]byte](t)(os.ReadFile(path))))
	dec.UseNumber()
	if err := dec.Decode(&m); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestShapesMatchObserved compares the devnet's answers with answers a real mvsd gave
// (testdata/observed-*.json, from the reference notes): same keys, same JSON types.
func TestShapesMatchObserved(t *testing.T) {
	h := newHarness(t, testConfig(t.TempDir()))

	got := h.rpc(`{"jsonrpc":"2.0","method":"getblock","params":["0"],"id":5}`)
	want := readJSON(t, "testdata/observed-getblock-0.json")
	if !reflect.DeepEqual(shape(got), shape(want)) {
		t.Errorf("getblock 0:\ngot  %v\nwant %v", shape(got), shape(want))
	}

	// A transaction like the observed one: one input, two ETP outputs.
	bob := mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("bob"))
	coins := h.coins(h.genesis)[:1]
	tx := must[*mvs.Tx](t)(h.genesis.Build(coins, []mvs.Output{must[mvs.Output](t)(mvsdevnet.PayETP(bob.Address(), 1))}, mvsdevnet.DefaultMinFee))
	got = h.rpc(`{"jsonrpc":"2.0","method":"decoderawtx","params":["` + tx.EncodeHex() + `"],"id":1}`)
	want = readJSON(t, "testdata/observed-decoderawtx.json")
	if !reflect.DeepEqual(shape(got), shape(want)) {
		t.Errorf("decoderawtx:\ngot  %v\nwant %v", shape(got), shape(want))
	}

	// validateaddress as observed on a testnet node.
	got = h.rpc(`{"jsonrpc":"2.0","method":"validateaddress","params":["` + bob.Address() + `"],"id":11}`)
	wantRes := map[string]any{"address_type": "p2kh(test-net)", "is_valid": true, "message": "valid address", "testnet": true}
	if !reflect.DeepEqual(got["result"], wantRes) {
		t.Errorf("validateaddress: %v", got)
	}
	got = h.rpc(`{"jsonrpc":"2.0","method":"validateaddress","params":["MKXYH2MhpvA3GU7kMk8y3SoywGnyHEj5SB"],"id":7}`)
	wantRes = map[string]any{"address_type": "none", "is_valid": false, "message": "invalid address!", "testnet": true}
	if !reflect.DeepEqual(got["result"], wantRes) {
		t.Errorf("validateaddress of a mainnet address: %v", got)
	}
}

// TestErrorAnswers checks mvsd's error answers: code, message and id, with HTTP 200.
func TestErrorAnswers(t *testing.T) {
	h := newHarness(t, testConfig(t.TempDir()))
	zero := strings.Repeat("0", 64)
	cases := []struct {
		name, body string
		code       string
		msg        string
		id         string
	}{
		{"not JSON", `nonsense`, "-32700", "jsonrpc parse error", "-1"},
		{"truncated", `{"jsonrpc":"2.0","id":1,"method":"getheight"`, "-32700", "jsonrpc parse error", "-1"},
		{"bad version", `{"jsonrpc":"1.0","id":9,"method":"getheight","params":[]}`, "-32600", "jsonrpc invalid request", "-1"},
		{"params not an array", `{"jsonrpc":"2.0","id":9,"method":"getheight","params":{}}`, "-32602", "jsonrpc invalid params", "-1"},
		{"unknown method", `{"jsonrpc":"2.0","id":9,"method":"nosuch","params":[]}`, "1020", "'nosuch' is not a command. Enter 'help' for a list of commands.", "9"},
		{"unknown transaction", `{"jsonrpc":"2.0","id":4,"method":"gettx","params":["` + zero + `"]}`, "5306", "transaction does not exist!", "4"},
		{"bad transaction hash", `{"jsonrpc":"2.0","id":4,"method":"gettx","params":["xyz"]}`, "1021", "the argument ('xyz') for option '--HASH' is invalid", "4"},
		{"block beyond", `{"jsonrpc":"2.0","id":6,"method":"getblock","params":["99"]}`, "5101", "object does not exist", "6"},
		{"block beyond, number param", `{"jsonrpc":"2.0","id":6,"method":"getblock","params":[99]}`, "5101", "object does not exist", "6"},
		{"unknown block hash", `{"jsonrpc":"2.0","id":6,"method":"getblock","params":["` + zero + `"]}`, "5101", "object does not exist", "6"},
		{"header beyond", `{"jsonrpc":"2.0","id":6,"method":"getblockheader","params":[{"height":"99"}]}`, "5105", "object does not exist", "6"},
		{"unknown avatar", `{"jsonrpc":"2.0","id":2,"method":"getdid","params":["nobody"]}`, "7006", "did symbol does not exist on the blockchain", "2"},
		{"invalid avatar", `{"jsonrpc":"2.0","id":2,"method":"getdid","params":["no body"]}`, "7001", "Did symbol no body is not valid.", "2"},
		{"address without avatar", `{"jsonrpc":"2.0","id":2,"method":"getdid","params":["` + h.genesis.Address() + `"]}`, "4017", "address is not binded with some did on the blockchain", "2"},
		{"balance of an unknown avatar", `{"jsonrpc":"2.0","id":2,"method":"getaddressetp","params":["nobody"]}`, "7006", "did nobody does not exist on the blockchain", "2"},
		{"unknown option", `{"jsonrpc":"2.0","id":2,"method":"getaddressetp","params":["nobody","--bogus"]}`, "1021", "unrecognised option '--bogus'", "2"},
		{"bad range", `{"jsonrpc":"2.0","id":2,"method":"getaddressetp","params":["` + h.genesis.Address() + `",{"range":"9:1","utxo":null}]}`, "2003", "invalid range option! 9:1", "2"},
		{"too many arguments", `{"jsonrpc":"2.0","id":2,"method":"gettx","params":["a","b"]}`, "1021", "too many positional options have been specified on the command line", "2"},
		{"string id", `{"jsonrpc":"2.0","id":"7","method":"gettx","params":["` + zero + `"]}`, "5306", "transaction does not exist!", "7"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := h.rpc(tc.body)
			e, _ := a["error"].(map[string]any)
			if e == nil || fmt.Sprint(e["code"]) != tc.code || e["message"] != tc.msg || fmt.Sprint(a["id"]) != tc.id || a["jsonrpc"] != "2.0" {
				t.Errorf("got %v, want code %s %q id %s", a, tc.code, tc.msg, tc.id)
			}
			if _, ok := a["result"]; ok {
				t.Errorf("an error answer with a result: %v", a)
			}
		})
	}
}

// TestOptionForms checks that options work in each form mvsd accepts: in the options object
// (a null value for a flag), and as strings among the arguments (long or short).
func TestOptionForms(t *testing.T) {
	h := newHarness(t, testConfig(t.TempDir()))
	h.mine(2)
	addr := h.genesis.Address()
	var first string
	for _, params := range []string{
		`["` + addr + `",{"utxo":null}]`,
		`["` + addr + `","--utxo"]`,
		`["-u","` + addr + `"]`,
		`["` + addr + `","--utxo","--range","1:99999999999999999"]`,
	} {
		a := h.rpc(`{"jsonrpc":"2.0","id":1,"method":"getaddressetp","params":` + params + `}`)
		res, err := json.Marshal(a["result"])
		if err != nil || a["error"] != nil {
			t.Fatalf("%s: %v", params, a)
		}
		if first == "" {
			first = string(res)
		} else if string(res) != first {
			t.Errorf("%s: %s, want %s", params, res, first)
		}
	}
	if !strings.Contains(first, `"utxo_hash"`) {
		t.Errorf("not a UTXO list: %s", first)
	}

	raw := h.rpc(`{"jsonrpc":"2.0","id":1,"method":"getblock","params":["1",{"json":"false"}]}`)
	if s, ok := raw["result"].(string); !ok || len(s) < 200 {
		t.Errorf("getblock json=false: %v", raw)
	}
	txs := h.rpc(`{"jsonrpc":"2.0","id":1,"method":"getblock","params":["1",{"tx_json":"false"}]}`)
	list, _ := txs["result"].(map[string]any)["transactions"].([]any)
	if len(list) != 1 {
		t.Fatalf("getblock tx_json=false: %v", txs)
	}
	if _, err := mvs.DecodeHex(list[0].(string)); err != nil {
		t.Errorf("getblock tx_json=false: %v", err)
	}
	byOpt := h.rpc(`{"jsonrpc":"2.0","id":1,"method":"getblockheader","params":[{"height":1}]}`)
	byArg := h.rpc(`{"jsonrpc":"2.0","id":1,"method":"getblockheader","params":["-t","1"]}`)
	if !reflect.DeepEqual(byOpt, byArg) || byOpt["error"] != nil {
		t.Errorf("getblockheader:\n%v\n%v", byOpt, byArg)
	}
	mined := h.rpc(`{"jsonrpc":"2.0","id":1,"method":"devnet_mine","params":["3"]}`)
	if l, _ := mined["result"].([]any); len(l) != 3 || h.node.Height() != 5 {
		t.Errorf("devnet_mine 3: %v, height %d", mined, h.node.Height())
	}
	dids := h.rpc(`{"jsonrpc":"2.0","id":1,"method":"getdid","params":[]}`)
	if l, ok := dids["result"].([]any); !ok || len(l) != 0 {
		t.Errorf("getdid without avatars: %v", dids)
	}
}

// TestAvatarListing checks getdid's two forms once avatars exist.
func TestAvatarListing(t *testing.T) {
	f := newFixture(t)
	all := f.rpc(`{"jsonrpc":"2.0","id":1,"method":"getdid","params":[""]}`)
	var names []string
	for _, v := range all["result"].([]any) {
		names = append(names, v.(string))
	}
	sort.Strings(names)
	if !reflect.DeepEqual(names, []string{"alice", "droplet"}) {
		t.Errorf("getdid: %v", all)
	}
	one := f.rpc(`{"jsonrpc":"2.0","id":1,"method":"getdid","params":["` + f.bridge.Address() + `"]}`)
	want := []any{map[string]any{"address": f.bridge.Address(), "status": "current", "symbol": "droplet"}}
	if !reflect.DeepEqual(one["result"], want) {
		t.Errorf("getdid by address: %v", one)
	}
}
