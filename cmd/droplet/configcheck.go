package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/tokendroplet/droplet/internal/transfer"
	relayerconfig "github.com/tokendroplet/droplet/relayer/config"
	reporterconfig "github.com/tokendroplet/droplet/reporter/config"
	signerconfig "github.com/tokendroplet/droplet/signer/config"
	watcherconfig "github.com/tokendroplet/droplet/watcher/config"
)

// A configuration file is checked in two passes. The first reads the JSON itself against the
// component's config struct and reports every problem it finds, each with its line: syntax
// errors, unknown keys (with the key meant when it is a near miss), keys written in another case
// or twice (encoding/json would silently take them), and values of the wrong type. Only a file
// that passes it goes to the component's own Load and Validate, whose error names the key; the
// line of that key is added when the file has it. Environment overrides (the database URLs, Vault
// secrets) apply as they do in the component, so run the check with the service's environment.

// component is a kind of file config check knows.
type component struct {
	flag   string       // the flag naming such files
	schema reflect.Type // the struct the file decodes into
	// check loads and validates the file as the component does, and returns a summary for "ok".
	check func(path string) (string, error)
}

var components = []component{
	{"routes", reflect.TypeFor[transfer.Routes](), checkRoutes},
	{"signer", reflect.TypeFor[signerconfig.Config](), checkSigner},
	{"watcher", reflect.TypeFor[watcherconfig.Config](), checkWatcher},
	{"relayer", reflect.TypeFor[relayerconfig.Config](), checkRelayer},
	{"reporter", reflect.TypeFor[reporterconfig.Config](), checkReporter},
}

// envHints name the environment variable that can supply a key the file leaves out.
var envHints = map[string]map[string]string{
	"signer":  {"database": "DROPLET_SIGNER_DATABASE", "vault": "VAULT_TOKEN", "vault.secret_id_file": "DROPLET_VAULT_SECRET_ID"},
	"watcher": {"database": "DROPLET_WATCHER_DATABASE"},
	"relayer": {"database": "DROPLET_RELAYER_DATABASE"},
	"reporter": {"database": "DROPLET_REPORTER_DATABASE", "smtp": "DROPLET_REPORTER_SMTP_PASSWORD",
		"webhook": "DROPLET_REPORTER_WEBHOOK_TOKEN"},
}

const configCheckUsage = `usage: droplet config check [-routes FILE]... [-signer FILE]... [-watcher FILE]... [-relayer FILE]... [-reporter FILE]...

Checks each file as its component would load it (environment overrides included) and prints
"FILE: ok" or one line per problem: "FILE:LINE: KEY: what is wrong". Exit 0 when every file is
right, 1 when one is not, 2 on bad usage.`

// configCheck validates configuration files and names, for each problem, the file, the line, the
// key and what is wrong. It exits 1 when any file is wrong.
func configCheck(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("droplet config check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprintln(stderr, configCheckUsage) }
	files := make([]multi, len(components))
	for i, c := range components {
		fs.Var(&files[i], c.flag, "a "+c.flag+" file (repeatable)")
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	n := 0
	for _, f := range files {
		n += len(f)
	}
	if n == 0 || fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	bad := 0
	for i, c := range components {
		for _, path := range files[i] {
			problems, summary := checkFile(c, path)
			if len(problems) == 0 {
				fmt.Fprintf(stdout, "%s: ok%s\n", path, summary)
				continue
			}
			bad++
			for _, p := range problems {
				fmt.Fprintln(stdout, p.format(path))
			}
		}
	}
	if bad > 0 {
		return 1
	}
	return 0
}

// problem is one thing wrong in a file.
type problem struct {
	line   int    // 0: the file has no line for it (a missing key)
	key    string // "" for the file as a whole
	reason string
}

func (p problem) format(path string) string {
	loc := path
	if p.line > 0 {
		loc += ":" + strconv.Itoa(p.line)
	}
	if p.key == "" {
		return loc + ": " + p.reason
	}
	return loc + ": " + p.key + ": " + p.reason
}

// checkFile runs both passes over one file.
func checkFile(c component, path string) ([]problem, string) {
	data, err := os.ReadFile(path)
	if err != nil {
		return []problem{{reason: fmt.Sprintf("cannot read: %v", errors.Unwrap(err))}}, ""
	}
	root, problems := checkJSON(data, c.schema)
	if len(problems) > 0 {
		return problems, ""
	}
	summary, err := c.check(path)
	if err == nil {
		return nil, summary
	}
	p := problem{reason: strings.TrimPrefix(err.Error(), "config: ")}
	if key, reason, ok := keyError(err); ok {
		p.key, p.reason = key, reason
		if n := root.find(key); n != nil {
			p.line = lineOf(data, n.off)
		} else if env := envHints[c.flag][key]; env != "" && reason == "required" {
			p.reason += " (in the file or " + env + ")"
		}
	}
	return []problem{p}, ""
}

// keyError takes the key and the reason out of a component's validation error.
func keyError(err error) (key, reason string, ok bool) {
	var s *signerconfig.KeyError
	var w *watcherconfig.KeyError
	var r *relayerconfig.KeyError
	var t *transfer.ConfigError
	switch {
	case errors.As(err, &s):
		return s.Key, s.Reason, true
	case errors.As(err, &w):
		return w.Key, w.Reason, true
	case errors.As(err, &r):
		return r.Key, r.Reason, true
	case errors.As(err, &t):
		return t.Key, t.Reason, true
	}
	return "", "", false
}

func checkRoutes(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	r, err := transfer.ParseRoutes(b)
	if err != nil {
		return "", err
	}
	h := r.Hash()
	// The hash is the EIP-712 salt: every component and the contract's routesHash must show it.
	return fmt.Sprintf(" (routes: %d, hash 0x%x)", len(r.Routes), h[:]), nil
}

func checkSigner(path string) (string, error) {
	c, err := signerconfig.Load(path)
	if err == nil {
		err = c.Validate()
	}
	if err != nil {
		return "", err
	}
	// The signer refuses these at start (its quorum set); say which entries clash.
	ids, addrs := map[string]int{}, map[string]int{}
	for i, w := range c.Watchers {
		if j, dup := ids[w.ID]; dup {
			return "", &signerconfig.KeyError{Key: fmt.Sprintf("watchers[%d].id", i), Reason: fmt.Sprintf("%q is also watchers[%d]", w.ID, j)}
		}
		a := strings.ToLower(w.Address)
		if j, dup := addrs[a]; dup {
			return "", &signerconfig.KeyError{Key: fmt.Sprintf("watchers[%d].address", i),
				Reason: fmt.Sprintf("the key of watchers[%d] too: one key would count twice toward the quorum", j)}
		}
		ids[w.ID], addrs[a] = i, i
	}
	return fmt.Sprintf(" (%d of %d watchers)", c.Threshold, len(c.Watchers)), nil
}

func checkWatcher(path string) (string, error) {
	c, err := watcherconfig.Load(path)
	if err == nil {
		err = c.Validate()
	}
	if err != nil {
		return "", err
	}
	return fmt.Sprintf(" (watcher %s)", c.ID), nil
}

func checkRelayer(path string) (string, error) {
	c, err := relayerconfig.Load(path)
	if err == nil {
		err = c.Validate()
	}
	return "", err
}

func checkReporter(path string) (string, error) {
	c := reporterconfig.Default()
	err := c.Load(path)
	if err == nil {
		c.Env(os.Getenv)
		err = c.Validate()
	}
	if err != nil {
		return "", err
	}
	return fmt.Sprintf(" (%d watcher databases)", len(c.WatcherDatabases)), nil
}

type multi []string

func (m *multi) String() string     { return fmt.Sprint(*m) }
func (m *multi) Set(v string) error { *m = append(*m, v); return nil }

// node is a JSON value with where it starts, keeping object members in file order (duplicates
// included), which encoding/json's decoding into a struct forgets.
type node struct {
	off     int64 // just after the value's first token
	kind    byte  // '{', '[' or 's' (a scalar)
	members []member
	elems   []*node
	scalar  any // string, json.Number, bool or nil
}

type member struct {
	key string
	off int64
	val *node
}

// errTrailing is a second value after the first.
type errTrailing struct{ off int64 }

func (e errTrailing) Error() string { return "JSON syntax: more after the value ends" }

// parseJSON reads one JSON value and nothing after it.
func parseJSON(data []byte) (*node, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	n, err := parseValue(dec)
	if err != nil {
		return nil, err
	}
	switch _, err := dec.Token(); {
	case err == io.EOF:
		return n, nil
	case err != nil:
		return nil, err
	}
	return nil, errTrailing{dec.InputOffset()}
}

func parseValue(dec *json.Decoder) (*node, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	n := &node{off: dec.InputOffset()}
	switch tok {
	case json.Delim('{'):
		n.kind = '{'
		for dec.More() {
			k, err := dec.Token()
			if err != nil {
				return nil, err
			}
			m := member{key: k.(string), off: dec.InputOffset()}
			if m.val, err = parseValue(dec); err != nil {
				return nil, err
			}
			n.members = append(n.members, m)
		}
	case json.Delim('['):
		n.kind = '['
		for dec.More() {
			e, err := parseValue(dec)
			if err != nil {
				return nil, err
			}
			n.elems = append(n.elems, e)
		}
	default:
		n.kind, n.scalar = 's', tok
		return n, nil
	}
	_, err = dec.Token() // the closing delimiter
	return n, err
}

// find returns the node at a validation error's key ("watchers[1].address", "tls.cert"), or nil.
func (n *node) find(key string) *node {
	for part := range strings.SplitSeq(key, ".") {
		name, idx, _ := strings.Cut(part, "[")
		var next *node
		if n == nil || n.kind != '{' {
			return nil
		}
		for _, m := range n.members {
			if m.key == name {
				next = m.val
			}
		}
		n = next
		for idx != "" {
			var i string
			i, idx, _ = strings.Cut(idx, "]")
			idx = strings.TrimPrefix(idx, "[")
			k, err := strconv.Atoi(i)
			if n == nil || n.kind != '[' || err != nil || k < 0 || k >= len(n.elems) {
				return nil
			}
			n = n.elems[k]
		}
	}
	return n
}

// lineOf is the 1-based line of a byte offset.
func lineOf(data []byte, off int64) int {
	off = min(max(off, 0), int64(len(data)))
	// The offset is just after a token; a token never spans lines, so step back onto it.
	if off > 0 {
		off--
	}
	return bytes.Count(data[:off], []byte{'\n'}) + 1
}

// checkJSON is the first pass: the file's JSON against the type it decodes into.
func checkJSON(data []byte, t reflect.Type) (*node, []problem) {
	root, err := parseJSON(data)
	if err != nil {
		var se *json.SyntaxError
		var tr errTrailing
		switch {
		case errors.As(err, &se):
			return nil, []problem{{line: lineOf(data, se.Offset), reason: "JSON syntax: " + se.Error()}}
		case errors.As(err, &tr):
			return nil, []problem{{line: lineOf(data, tr.off), reason: tr.Error()}}
		}
		if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
			return nil, []problem{{line: lineOf(data, int64(len(data))), reason: "JSON syntax: the file ends before the value does"}}
		}
		return nil, []problem{{reason: "JSON: " + err.Error()}}
	}
	var ps []problem
	walk(root, t, "", func(off int64, key, reason string) {
		ps = append(ps, problem{line: lineOf(data, off), key: key, reason: reason})
	})
	return root, ps
}

var unmarshalerType = reflect.TypeFor[json.Unmarshaler]()

// walk checks n against t; path is the key so far.
func walk(n *node, t reflect.Type, path string, bad func(off int64, key, reason string)) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if n.kind == 's' && n.scalar == nil {
		return // null leaves the default, as encoding/json does
	}
	if reflect.PointerTo(t).Implements(unmarshalerType) {
		raw, err := json.Marshal(n.plain())
		if err == nil {
			err = json.Unmarshal(raw, reflect.New(t).Interface())
		}
		if err != nil {
			bad(n.off, path, leafError(err, n))
		}
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		if n.kind != '{' {
			bad(n.off, path, "want an object, got "+n.what())
			return
		}
		fields := jsonKeys(t)
		walkObject(n, path, bad, func(key string) (reflect.Type, string) {
			if f, ok := fields[key]; ok {
				return f, ""
			}
			return nil, suggest(key, fields)
		})
	case reflect.Map:
		if n.kind != '{' {
			bad(n.off, path, "want an object, got "+n.what())
			return
		}
		walkObject(n, path, bad, func(string) (reflect.Type, string) { return t.Elem(), "" })
	case reflect.Slice, reflect.Array:
		if n.kind != '[' {
			bad(n.off, path, "want an array, got "+n.what())
			return
		}
		for i, e := range n.elems {
			walk(e, t.Elem(), fmt.Sprintf("%s[%d]", path, i), bad)
		}
	case reflect.String:
		if _, ok := n.scalar.(string); !ok {
			bad(n.off, path, "want a string, got "+n.what())
		}
	case reflect.Bool:
		if _, ok := n.scalar.(bool); !ok {
			bad(n.off, path, "want true or false, got "+n.what())
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		num, ok := n.scalar.(json.Number)
		if _, err := strconv.ParseInt(string(num), 10, t.Bits()); !ok || err != nil {
			bad(n.off, path, fmt.Sprintf("want an integer from %d to %d, got %s", int64(-1)<<(t.Bits()-1), uint64(1)<<(t.Bits()-1)-1, n.what()))
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		num, ok := n.scalar.(json.Number)
		if _, err := strconv.ParseUint(string(num), 10, t.Bits()); !ok || err != nil {
			bad(n.off, path, fmt.Sprintf("want an integer from 0 to %d, got %s", ^uint64(0)>>(64-t.Bits()), n.what()))
		}
	case reflect.Interface:
	default:
		bad(n.off, path, fmt.Sprintf("config check cannot read a %s here", t))
	}
}

// walkObject checks an object's keys: each known once, in its own case; lookup gives a key's
// type, or nil and a suggestion.
func walkObject(n *node, path string, bad func(int64, string, string), lookup func(string) (reflect.Type, string)) {
	seen := map[string]string{} // lower-cased key -> the key as first written
	for _, m := range n.members {
		key := m.key
		if path != "" {
			key = path + "." + m.key
		}
		if first, dup := seen[strings.ToLower(m.key)]; dup {
			if first == m.key {
				bad(m.off, key, "given twice; only the last would count")
			} else {
				bad(m.off, key, fmt.Sprintf("given twice (also as %q); only the last would count", first))
			}
			continue
		}
		seen[strings.ToLower(m.key)] = m.key
		ft, hint := lookup(m.key)
		if ft == nil {
			bad(m.off, key, "unknown key"+hint)
			continue
		}
		walk(m.val, ft, key, bad)
	}
}

// jsonKeys are the JSON keys of a struct type and their types, as encoding/json sees them: tagged
// names, untagged exported fields by name, embedded structs' fields promoted, "-" skipped.
func jsonKeys(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for f := range t.Fields() {
		if !f.IsExported() && !f.Anonymous {
			continue
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		ft := f.Type
		if f.Anonymous && name == "" {
			for ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				for k, v := range jsonKeys(ft) {
					if _, shadowed := out[k]; !shadowed {
						out[k] = v
					}
				}
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		out[name] = ft
	}
	return out
}

// suggest names the known key an unknown one most likely meant.
func suggest(key string, known map[string]reflect.Type) string {
	best, dist := "", 3 // at most two edits away
	for k := range known {
		if strings.EqualFold(k, key) {
			return fmt.Sprintf(" as written: spell it %q", k)
		}
		if d := editDistance(strings.ToLower(key), k); d < dist || (d == dist && k < best) {
			best, dist = k, d
		}
	}
	if best != "" {
		return fmt.Sprintf(" (did you mean %q?)", best)
	}
	names := make([]string, 0, len(known))
	for k := range known {
		names = append(names, k)
	}
	sort.Strings(names)
	return " (known: " + strings.Join(names, ", ") + ")"
}

// editDistance is the Levenshtein distance of two short strings.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

// leafError words a custom type's decoding error.
func leafError(err error, n *node) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return "wrong type: " + n.what()
	}
	return err.Error()
}

// plain is the node as a Go value for json.Marshal.
func (n *node) plain() any {
	switch n.kind {
	case '{':
		m := make(map[string]any, len(n.members))
		for _, mb := range n.members {
			m[mb.key] = mb.val.plain()
		}
		return m
	case '[':
		a := make([]any, len(n.elems))
		for i, e := range n.elems {
			a[i] = e.plain()
		}
		return a
	}
	return n.scalar
}

// what describes the node for an error message.
func (n *node) what() string {
	switch n.kind {
	case '{':
		return "an object"
	case '[':
		return "an array"
	}
	switch v := n.scalar.(type) {
	case string:
		return strconv.Quote(v)
	case json.Number:
		return "the number " + string(v)
	case bool:
		return strconv.FormatBool(v)
	}
	return "null"
}
