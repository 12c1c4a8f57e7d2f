package mvsdevnet

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"sort"
	"strconv"
	"strings"
)

// maxRequestBytes bounds a request; a raw transaction is far smaller.
const maxRequestBytes = 4 << 20

// Handler serves mvsd's JSON-RPC v3 at POST /rpc/v3. Like mvsd it answers HTTP 200 with an error
// object for every failure of a call.
func (n *Node) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /rpc/v3", n.serveRPC)
	mux.HandleFunc("POST /rpc/v3/", n.serveRPC)
	return mux
}

// answer is the JSON-RPC answer, its keys in the order mvsd prints them.
type answer struct {
	Error   *Error `json:"error,omitempty"`
	ID      int64  `json:"id"`
	JSONRPC string `json:"jsonrpc"`
	Result  any    `json:"result,omitempty"`
}

func (e *Error) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Code    int64  `json:"code"`
		Message string `json:"message"`
	}{e.Code, e.Message})
}

func (n *Node) serveRPC(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, maxRequestBytes+1))
	var a answer
	switch {
	case err != nil || len(body) > maxRequestBytes:
		a = answer{ID: -1, Error: &Error{Code: codeParseError, Message: "jsonrpc parse error"}}
	default:
		a = n.dispatch(body)
	}
	a.JSONRPC = "2.0"
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // mvsd prints "<", ">" and "&" as they are
	if err := enc.Encode(a); err != nil {
		// A result this node built always encodes; say so rather than send half an answer.
		buf.Reset()
		fmt.Fprintf(&buf, `{"error":{"code":%d,"message":%q},"id":%d,"jsonrpc":"2.0"}`+"\n", codeGeneric, err.Error(), a.ID)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(buf.Len()))
	w.WriteHeader(http.StatusOK)
	w.Write(buf.Bytes())
}

// dispatch turns a request into mvsd's command line, as mvsd's HTTP server does, and runs it:
// the first object in params gives "--key value" options (a null or empty value makes a bare
// flag, an array repeats the option), then every other param, as a string, is an argument.
// Flags and options may also be written as string params ("--utxo"), as the docs do.
func (n *Node) dispatch(body []byte) answer {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var root map[string]json.RawMessage
	if err := dec.Decode(&root); err != nil || root == nil || dec.More() {
		return answer{ID: -1, Error: &Error{Code: codeParseError, Message: "jsonrpc parse error"}}
	}
	var method string
	if json.Unmarshal(root["method"], &method) != nil {
		method = ""
	}
	var params []json.RawMessage
	if p := root["params"]; len(p) > 0 && string(p) != "null" {
		if err := json.Unmarshal(p, &params); err != nil {
			return answer{ID: -1, Error: &Error{Code: codeInvalidParams, Message: "jsonrpc invalid params"}}
		}
	}
	var version string
	if json.Unmarshal(root["jsonrpc"], &version) != nil || version != "2.0" && version != "3.0" {
		return answer{ID: -1, Error: &Error{Code: codeInvalidRequest, Message: "jsonrpc invalid request"}}
	}
	id, e := parseID(root["id"])
	if e != nil {
		return answer{ID: -1, Error: e}
	}
	argv, e := toArgv(params)
	if e != nil {
		return answer{ID: id, Error: e}
	}
	cmd, ok := commands[method]
	if !ok {
		return answer{ID: id, Error: &Error{Code: codeUnknownCommand,
			Message: fmt.Sprintf("'%s' is not a command. Enter 'help' for a list of commands.", method)}}
	}
	args, e := cmd.parse(argv)
	if e != nil {
		return answer{ID: id, Error: e}
	}
	res, e := cmd.run(n, args)
	if e != nil {
		return answer{ID: id, Error: e}
	}
	return answer{ID: id, Result: res}
}

// parseID reads the request id as mvsd does: a number, or a string holding one; absent is 0.
func parseID(raw json.RawMessage) (int64, *Error) {
	if len(raw) == 0 || string(raw) == "null" {
		return 0, nil
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		v, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
		if err != nil {
			return 0, &Error{Code: codeGeneric, Message: "stol"}
		}
		return v, nil
	}
	var num json.Number
	if json.Unmarshal(raw, &num) != nil {
		return 0, &Error{Code: codeGeneric, Message: "Value is not convertible to Int64."}
	}
	if v, err := num.Int64(); err == nil {
		return v, nil
	}
	f, err := num.Float64()
	if err != nil || f < math.MinInt64 || f >= math.MaxInt64 {
		return 0, &Error{Code: codeGeneric, Message: "Value is not convertible to Int64."}
	}
	return int64(f), nil
}

func toArgv(params []json.RawMessage) ([]string, *Error) {
	var argv []string
	optionsDone := false
	for _, p := range params {
		if len(p) == 0 || p[0] != '{' || optionsDone {
			continue
		}
		optionsDone = true // only the first object gives options
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(p, &obj); err != nil {
			return nil, &Error{Code: codeInvalidParams, Message: "jsonrpc invalid params"}
		}
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		sort.Strings(keys) // mvsd's JSON library keeps object keys sorted
		for _, k := range keys {
			v := bytes.TrimSpace(obj[k])
			switch {
			case isEmptyJSON(v):
				argv = append(argv, "--"+k)
			case v[0] == '[':
				var items []json.RawMessage
				if err := json.Unmarshal(v, &items); err != nil {
					return nil, &Error{Code: codeInvalidParams, Message: "jsonrpc invalid params"}
				}
				for _, it := range items {
					s, e := jsonString(it)
					if e != nil {
						return nil, e
					}
					argv = append(argv, "--"+k, s)
				}
			default:
				s, e := jsonString(v)
				if e != nil {
					return nil, e
				}
				argv = append(argv, "--"+k, s)
			}
		}
	}
	for _, p := range params {
		if len(p) > 0 && p[0] == '{' {
			continue
		}
		s, e := jsonString(p)
		if e != nil {
			return nil, e
		}
		argv = append(argv, s)
	}
	return argv, nil
}

func isEmptyJSON(v []byte) bool {
	s := string(bytes.Join(bytes.Fields(v), nil))
	return s == "null" || s == "[]" || s == "{}"
}

// jsonString converts a scalar as mvsd's JSON library's asString does.
func jsonString(v json.RawMessage) (string, *Error) {
	v = bytes.TrimSpace(v)
	switch {
	case len(v) == 0 || string(v) == "null":
		return "", nil
	case v[0] == '"':
		var s string
		if err := json.Unmarshal(v, &s); err != nil {
			return "", &Error{Code: codeParseError, Message: "jsonrpc parse error"}
		}
		return s, nil
	case string(v) == "true" || string(v) == "false":
		return string(v), nil
	case v[0] == '[' || v[0] == '{':
		return "", &Error{Code: codeGeneric, Message: "Type is not convertible to string"}
	default:
		return string(v), nil // a number, as written
	}
}

// option describes one command-line option of a command.
type option struct {
	long  string
	short byte // 0: none
	value bool // takes a value; otherwise a flag
	def   string
}

// command is one RPC method: its positional arguments, options and implementation.
type command struct {
	positional []string // names, as mvsd shows them in errors
	required   int      // how many of them are required
	options    []option
	run        func(n *Node, a *args) (any, *Error)
}

type args struct {
	pos  []string
	opts map[string]string // by long name; flags map to ""
}

func (a *args) has(long string) bool {
	_, ok := a.opts[long]
	return ok
}

func badArgument(format string, v ...any) *Error {
	return &Error{Code: codeBadArgument, Message: fmt.Sprintf(format, v...)}
}

// parse reads argv like mvsd's option parser, with its messages.
func (c *command) parse(argv []string) (*args, *Error) {
	a := &args{opts: map[string]string{}}
	find := func(tok string) (*option, string, bool) {
		name, val, hasVal := strings.Cut(tok, "=")
		for i := range c.options {
			o := &c.options[i]
			if strings.HasPrefix(name, "--") && name[2:] == o.long || len(name) == 2 && name[0] == '-' && o.short != 0 && name[1] == o.short {
				return o, val, hasVal
			}
		}
		return nil, "", false
	}
	for i := 0; i < len(argv); i++ {
		tok := argv[i]
		if len(tok) < 2 || tok[0] != '-' || tok[1] >= '0' && tok[1] <= '9' {
			a.pos = append(a.pos, tok)
			continue
		}
		o, val, hasVal := find(tok)
		if o == nil {
			return nil, badArgument("unrecognised option '%s'", tok)
		}
		if _, dup := a.opts[o.long]; dup {
			return nil, badArgument("option '--%s' cannot be specified more than once", o.long)
		}
		switch {
		case !o.value && hasVal:
			return nil, badArgument("option '--%s' does not take any arguments", o.long)
		case !o.value:
			a.opts[o.long] = ""
		case hasVal:
			a.opts[o.long] = val
		case i+1 < len(argv):
			i++
			a.opts[o.long] = argv[i]
		default:
			return nil, badArgument("the required argument for option '--%s' is missing", o.long)
		}
	}
	if len(a.pos) > len(c.positional) {
		return nil, badArgument("too many positional options have been specified on the command line")
	}
	if len(a.pos) < c.required {
		return nil, badArgument("the option '--%s' is required but missing", c.positional[len(a.pos)])
	}
	for _, o := range c.options {
		if _, ok := a.opts[o.long]; !ok && o.value && o.def != "" {
			a.opts[o.long] = o.def
		}
	}
	return a, nil
}

// boolOption reads a true/false option value.
func boolOption(a *args, long string) (bool, *Error) {
	switch v := a.opts[long]; strings.ToLower(v) {
	case "true", "1", "yes", "on":
		return true, nil
	case "false", "0", "no", "off":
		return false, nil
	default:
		return false, badArgument("the argument ('%s') for option '--%s' is invalid", v, long)
	}
}

func uintOption(a *args, long string) (uint64, *Error) {
	v, err := strconv.ParseUint(a.opts[long], 10, 64)
	if err != nil {
		return 0, badArgument("the argument ('%s') for option '--%s' is invalid", a.opts[long], long)
	}
	return v, nil
}

// commands are the methods the node serves, with mvsd's option names.
var commands = map[string]*command{
	"getheight":       {run: (*Node).rpcGetHeight},
	"getblockheader":  {run: (*Node).rpcGetBlockHeader, options: []option{{long: "hash", short: 's', value: true}, {long: "height", short: 't', value: true}}},
	"sendrawtx":       {positional: []string{"TRANSACTION"}, required: 1, run: (*Node).rpcSendRawTx},
	"decoderawtx":     {positional: []string{"TRANSACTION"}, required: 1, run: (*Node).rpcDecodeRawTx},
	"validateaddress": {positional: []string{"PAYMENT_ADDRESS"}, required: 1, run: (*Node).rpcValidateAddress},
	"getdid":          {positional: []string{"SYMBOL"}, run: (*Node).rpcGetDID},
	"devnet_mine":     {positional: []string{"COUNT"}, run: (*Node).rpcMine},
	"devnet_droptx":   {positional: []string{"HASH"}, required: 1, run: (*Node).rpcDropTx},
	"getblock": {
		positional: []string{"HASH_OR_HEIGH"}, required: 1, run: (*Node).rpcGetBlock,
		options: []option{{long: "json", value: true, def: "true"}, {long: "tx_json", value: true, def: "true"}},
	},
	"gettx": {
		positional: []string{"HASH"}, required: 1, run: (*Node).rpcGetTx,
		options: []option{{long: "json", value: true, def: "true"}},
	},
	"getaddressetp": {
		positional: []string{"ADDRESS"}, required: 1, run: (*Node).rpcGetAddressETP,
		options: []option{{long: "deposited", short: 'd'}, {long: "range", short: 'r', value: true}, {long: "utxo", short: 'u'}},
	},
	"getaddressasset": {
		positional: []string{"ADDRESS"}, required: 1, run: (*Node).rpcGetAddressAsset,
		options: []option{
			{long: "cert", short: 'c'}, {long: "deposited", short: 'd'}, {long: "symbol", short: 's', value: true},
			{long: "range", short: 'r', value: true}, {long: "utxo", short: 'u'},
			{long: "utxominimumconfirmations", short: 'x', value: true, def: "3"},
		},
	},
}

// mvsd's aliases.
func init() {
	commands["fetch-height"] = commands["getheight"]
	commands["gettransaction"] = commands["gettx"]
	commands["getbestblockheader"] = commands["getblockheader"]
}
