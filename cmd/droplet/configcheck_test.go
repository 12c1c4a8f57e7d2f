package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tokendroplet/droplet/internal/devnet"
)

// The example configurations in deploy/examples are the fixtures: they must pass, and each
// rejection below is one edit of one of them.
const examples = "../../deploy/examples"

func exampleFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(examples, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestConfigCheckExamples(t *testing.T) {
	t.Setenv("DROPLET_REPORTER_SMTP_PASSWORD", "example")
	t.Setenv("DROPLET_REPORTER_WEBHOOK_TOKEN", "example")
	var out bytes.Buffer
	args := []string{"config", "check"}
	for _, c := range components {
		args = append(args, "-"+c.flag, filepath.Join(examples, c.flag+".json"))
	}
	if code := run(args, &out, &out); code != 0 {
		t.Fatalf("exit %d:\n%s", code, out.String())
	}
	for _, want := range []string{"routes.json: ok (routes: 2, hash 0x", "signer.json: ok (2 of 3 watchers)",
		"watcher.json: ok (watcher watcher-operator-a)", "relayer.json: ok", "reporter.json: ok (3 watcher databases)"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

// TestConfigCheckDevnet checks what devnet-init writes, so the devnet and the check agree.
func TestConfigCheckDevnet(t *testing.T) {
	dir := t.TempDir()
	if err := devnet.Write(dir, "postgres://postgres@127.0.0.1:1/signer", devnet.DefaultAddrs); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if code := run([]string{"config", "check", "-routes", filepath.Join(dir, "routes.json"), "-signer", filepath.Join(dir, "signer.json")}, &out, &out); code != 0 {
		t.Fatalf("exit %d: %s", code, out.String())
	}
}

func TestConfigCheckRejects(t *testing.T) {
	for _, c := range []struct {
		name, file string
		old, new   string // the edit; the expected line is the line of new in the result
		want       string // after "FILE:LINE: "
		noLine     bool   // the problem has no line (a key that is missing)
		plus       int    // the problem is this many lines below the edit's first line
		env        map[string]string
	}{
		// The JSON itself.
		{name: "syntax", file: "signer.json", old: `"threshold": 2,`, new: `"threshold": 2,,`, want: "JSON syntax: invalid character ','"},
		{name: "trailing value", file: "relayer.json", old: `"poll": "1s"
}`, new: `"poll": "1s"
} {}`, want: "JSON syntax: more after the value ends", plus: 1},
		{name: "truncated", file: "watcher.json", old: `"batch": 100
  }
}`, new: `"batch": 100`, want: "JSON syntax: the file ends before the value does"},
		{name: "not an object", file: "watcher.json", old: exampleFile(t, "watcher.json"), new: `["watcher"]`, want: "want an object, got an array"},
		// Keys.
		{name: "unknown key near a known one", file: "signer.json", old: `"threshold": 2`, new: `"treshold": 2`, want: `treshold: unknown key (did you mean "threshold"?)`},
		{name: "unknown nested key", file: "signer.json", old: `"kv_path": "droplet/mvs-payout"`, new: `"kv_paths": "droplet/mvs-payout"`, want: `vault.kv_paths: unknown key (did you mean "kv_path"?)`},
		{name: "unknown key far from any", file: "watcher.json", old: `"batch": 100
  }
}`, new: `"batch": 100, "colour": "red"
  }
}`, want: `metaverse.colour: unknown key (known: batch, confirmations, poll, rpc, start_block)`},
		{name: "key in another case", file: "relayer.json", old: `"workers": 8`, new: `"Workers": 8`, want: `Workers: unknown key as written: spell it "workers"`},
		{name: "key given twice", file: "signer.json", old: `"relayers": ["relayer"],`, new: `"relayers": ["relayer"], "threshold": 1,`, want: "threshold: given twice; only the last would count"},
		{name: "key twice in two cases", file: "signer.json", old: `"relayers": ["relayer"],`, new: `"relayers": ["relayer"], "Threshold": 1,`, want: `Threshold: given twice (also as "threshold")`},
		{name: "unknown key in a route", file: "routes.json", old: `"bps": 10}`, new: `"bps": 10, "percent": 1}`, want: `routes[0].fee.percent: unknown key`},
		{name: "unknown key in a watcher entry", file: "signer.json", old: `{"id": "watcher-operator-b", "address"`, new: `{"id": "watcher-operator-b", "adress"`, want: `watchers[1].adress: unknown key (did you mean "address"?)`},
		// Types.
		{name: "string wanted", file: "signer.json", old: `"cert": "/etc/droplet/signer/signer.crt"`, new: `"cert": 5`, want: "tls.cert: want a string, got the number 5"},
		{name: "string wanted in embedded struct", file: "signer.json", old: `"client_ca": "/etc/droplet/signer/admin-ca.crt"`, new: `"client_ca": ["a"]`, want: "admin_tls.client_ca: want a string, got an array"},
		{name: "integer wanted", file: "signer.json", old: `"threshold": 2`, new: `"threshold": "2"`, want: `threshold: want an integer from -9223372036854775808 to 9223372036854775807, got "2"`},
		{name: "negative unsigned", file: "watcher.json", old: `"confirmations": 12`, new: `"confirmations": -12`, want: "metaverse.confirmations: want an integer from 0 to 18446744073709551615, got the number -12"},
		{name: "fraction", file: "signer.json", old: `"min_fee": 10000`, new: `"min_fee": 0.5`, want: "metaverse.min_fee: want an integer from 0 to 18446744073709551615, got the number 0.5"},
		{name: "uint8 overflow", file: "routes.json", old: `"decimals": 18, "mode": "mint"`, new: `"decimals": 256, "mode": "mint"`, want: "routes[1].ethereum.decimals: want an integer from 0 to 255, got the number 256"},
		{name: "uint16 overflow", file: "routes.json", old: `"bps": 10`, new: `"bps": 70000`, want: "routes[0].fee.bps: want an integer from 0 to 65535, got the number 70000"},
		{name: "boolean wanted", file: "routes.json", old: `"enabled": false`, new: `"enabled": "no"`, want: `routes[1].enabled: want true or false, got "no"`},
		{name: "array wanted", file: "relayer.json", old: `"admins": ["ops-admin"]`, new: `"admins": "ops-admin"`, want: `admins: want an array, got "ops-admin"`},
		{name: "object wanted", file: "watcher.json", old: `"key": {`, new: `"key": "k", "unused": {`, want: `key: want an object, got "k"`},
		{name: "array element", file: "relayer.json", old: `"https://eth-node-2.droplet.example"`, new: `2`, want: "ethereum.rpc[1]: want a string, got the number 2"},
		{name: "reporter: unknown key", file: "reporter.json", old: `"largest": 10`, new: `"largst": 10`, want: `largst: unknown key (did you mean "largest"?)`},
		{name: "reporter: wrong type", file: "reporter.json", old: `"largest": 10`, new: `"largest": "10"`, want: `largest: want`},
		{name: "duration", file: "relayer.json", old: `"poll": "1s"`, new: `"poll": "1 parsec"`, want: `poll: time: unknown unit " parsec" in duration "1 parsec"`},
		{name: "duration as number", file: "relayer.json", old: `"poll": "1s"`, new: `"poll": 1`, want: `poll: want a duration string such as "200ms"`},
		{name: "amount as number", file: "routes.json", old: `"max": "100000"`, new: `"max": 100000`, want: `routes[0].max: amount must be a JSON string such as "1000.5"`},
		{name: "amount not a number", file: "routes.json", old: `"daily_cap": "3000000"`, new: `"daily_cap": "3e6"`, want: `routes[1].daily_cap: "3e6" is not a non-negative decimal number`},
		// The components' own validation, with the key's line.
		{name: "threshold too low", file: "signer.json", old: `"threshold": 2`, new: `"threshold": 1`, want: "threshold: 1 of 3 watchers: must be more than half and at most all"},
		{name: "watcher address", file: "signer.json", old: `"0x2222222222222222222222222222222222222222"`, new: `"0x22"`, want: `watchers[1].address: "0x22" is not a 0x address`},
		{name: "duplicate watcher id", file: "signer.json", old: `{"id": "watcher-operator-c"`, new: `{"id": "watcher-operator-a"`, want: `watchers[2].id: "watcher-operator-a" is also watchers[0]`},
		{name: "duplicate watcher key", file: "signer.json", old: `"0x3333333333333333333333333333333333333333"`, new: `"0x1111111111111111111111111111111111111111"`, want: "watchers[2].address: the key of watchers[0] too"},
		{name: "same CA for admins", file: "signer.json", old: `"/etc/droplet/signer/admin-ca.crt"`, new: `"/etc/droplet/signer/services-ca.crt"`, want: "admin_tls.client_ca: must not be the watchers' and relayers' CA"},
		{name: "vault without kv path", file: "signer.json", old: `"kv_path": "droplet/mvs-payout"`, new: `"kv_path": ""`, want: "vault.kv_path: required"},
		{name: "watcher id", file: "watcher.json", old: `"id": "watcher-operator-a"`, new: `"id": "operator a"`, want: `id: "operator a": want 1 to 64 of letters, digits, . _ -`},
		{name: "watcher without confirmations", file: "watcher.json", old: `"confirmations": 12`, new: `"confirmations": 0`, want: "metaverse.confirmations: required"},
		{name: "relayer workers", file: "relayer.json", old: `"workers": 8`, new: `"workers": 0`, want: "workers: between 1 and 256"},
		{name: "relayer gas fee cap", file: "relayer.json", old: `"max_fee_gwei": 200`, new: `"max_fee_gwei": 0`, want: "ethereum.max_fee_gwei: required"},
		{name: "route modes", file: "routes.json", old: `"decimals": 6, "mode": "mint"`, new: `"decimals": 6, "mode": "lock"`, want: `routes[0].ethereum.mode: "lock"/"lock": one side must lock and the other mint`, plus: -1},
		{name: "route max above cap", file: "routes.json", old: `"max": "1000000"`, new: `"max": "9000000"`, want: "routes[1].max: above daily_cap"},
		{name: "route amount too fine", file: "routes.json", old: `"min": "10",
      "max": "1000000"`, new: `"min": "10.00001",
      "max": "1000000"`, want: "routes[1].min: 10.00001 has more decimals than 4, the finer side's"},
		{name: "routes version", file: "routes.json", old: `"version": 1`, new: `"version": 2`, want: "version: 2 is not supported, want 1"},
		// A key that is missing has no line; where the environment can supply it, the check says so.
		{name: "missing database", file: "signer.json", old: `"database": "postgres://droplet_signer@127.0.0.1:5432/droplet_signer?sslmode=disable",`, new: "",
			want: "database: required (in the file or DROPLET_SIGNER_DATABASE)", noLine: true, env: map[string]string{"DROPLET_SIGNER_DATABASE": ""}},
		{name: "missing tls", file: "relayer.json", old: `"cert": "/etc/droplet/relayer/relayer-server.crt",`, new: "", want: "tls.cert: required", noLine: true},
	} {
		t.Run(c.name, func(t *testing.T) {
			for k, v := range c.env {
				t.Setenv(k, v)
			}
			orig := exampleFile(t, c.file)
			if !strings.Contains(orig, c.old) {
				t.Fatalf("%s has no %q", c.file, c.old)
			}
			edited := strings.Replace(orig, c.old, c.new, 1)
			path := filepath.Join(t.TempDir(), c.file)
			if err := os.WriteFile(path, []byte(edited), 0o600); err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			code := run([]string{"config", "check", "-" + strings.TrimSuffix(c.file, ".json"), path}, &out, &out)
			if code != 1 {
				t.Fatalf("exit %d, want 1: %s", code, out.String())
			}
			prefix := path + ": "
			if !c.noLine {
				at := strings.Index(orig, c.old) // the edit starts here in both files
				prefix = fmt.Sprintf("%s:%d: ", path, strings.Count(edited[:at], "\n")+1+c.plus)
			}
			if !strings.Contains(out.String(), prefix+c.want) {
				t.Errorf("got:\n%s\nwant a line starting %q", out.String(), prefix+c.want)
			}
		})
	}
}

func TestConfigCheckFiles(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(examples, "routes.json")
	for _, c := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no file", nil, 2, "usage: droplet config check"},
		{"stray argument", []string{"-routes", good, "extra"}, 2, "usage: droplet config check"},
		{"unknown flag", []string{"-mvs", good}, 2, "flag provided but not defined: -mvs"},
		{"missing file", []string{"-routes", filepath.Join(dir, "nope.json")}, 1, filepath.Join(dir, "nope.json") + ": cannot read: no such file or directory"},
		{"a directory", []string{"-watcher", dir}, 1, dir + ": cannot read: is a directory"},
		{"one bad of two", []string{"-routes", good, "-routes", filepath.Join(dir, "nope.json")}, 1, "routes.json: ok"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out bytes.Buffer
			if code := run(append([]string{"config", "check"}, c.args...), &out, &out); code != c.code || !strings.Contains(out.String(), c.want) {
				t.Errorf("exit %d (want %d):\n%s\nwant %q", code, c.code, out.String(), c.want)
			}
		})
	}
}

// TestConfigCheckEnvironment: the check sees what the component sees.
func TestConfigCheckEnvironment(t *testing.T) {
	orig := exampleFile(t, "relayer.json")
	path := filepath.Join(t.TempDir(), "relayer.json")
	edited := strings.Replace(orig, `"database": "postgres://droplet_relayer@db.droplet.example:5432/droplet_relayer?sslmode=verify-full",`, "", 1)
	if err := os.WriteFile(path, []byte(edited), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("DROPLET_RELAYER_DATABASE", "")
	var out bytes.Buffer
	if code := run([]string{"config", "check", "-relayer", path}, &out, &out); code != 1 ||
		!strings.Contains(out.String(), "database: required (in the file or DROPLET_RELAYER_DATABASE)") {
		t.Fatalf("without the environment: exit %d: %s", code, out.String())
	}
	t.Setenv("DROPLET_RELAYER_DATABASE", "postgres://relayer@127.0.0.1/relayer")
	out.Reset()
	if code := run([]string{"config", "check", "-relayer", path}, &out, &out); code != 0 {
		t.Fatalf("with DROPLET_RELAYER_DATABASE: exit %d: %s", code, out.String())
	}
}

func FuzzCheckJSON(f *testing.F) {
	for _, name := range []string{"routes.json", "signer.json", "watcher.json", "relayer.json"} {
		b, err := os.ReadFile(filepath.Join(examples, name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"a": [1, {"b": null}], "a": true}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, c := range components {
			root, problems := checkJSON(data, c.schema)
			for _, p := range problems {
				if p.line < 1 || p.line > bytes.Count(data, []byte{'\n'})+1 {
					t.Fatalf("line %d out of range: %+v", p.line, p)
				}
			}
			if root != nil {
				root.find("watchers[0].address")
				root.find("a[x].b[")
			}
		}
	})
}
