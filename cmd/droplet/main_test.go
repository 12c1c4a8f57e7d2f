package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tokendroplet/droplet/internal/devnet"
)

func TestConfigCheck(t *testing.T) {
	dir := t.TempDir()
	if err := devnet.Write(dir, "postgres://postgres@127.0.0.1:1/signer", devnet.DefaultAddrs); err != nil {
		t.Fatal(err)
	}
	routes, signer := filepath.Join(dir, "routes.json"), filepath.Join(dir, "signer.json")
	var out bytes.Buffer
	if code := run([]string{"config", "check", "-routes", routes, "-signer", signer}, &out, &out); code != 0 {
		t.Fatalf("exit %d: %s", code, out.String())
	}
	b, _ := os.ReadFile(signer)
	broken := filepath.Join(dir, "broken.json")
	if err := os.WriteFile(broken, []byte(strings.Replace(string(b), `"threshold": 2`, `"threshold": 1`, 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if code := run([]string{"config", "check", "-signer", broken}, &out, &out); code != 1 ||
		!strings.Contains(out.String(), "broken.json: config: threshold: 1 of 3 watchers") {
		t.Fatalf("broken threshold: exit %d: %s", code, out.String())
	}
	rb, _ := os.ReadFile(routes)
	if err := os.WriteFile(broken, []byte(strings.Replace(string(rb), `"decimals": 6, "mode": "lock"`, `"decimals": 6, "mode": "burn"`, 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if code := run([]string{"config", "check", "-routes", broken}, &out, &out); code != 1 || !strings.Contains(out.String(), "routes[0].ethereum.mode") {
		t.Fatalf("broken routes: exit %d: %s", code, out.String())
	}
}
