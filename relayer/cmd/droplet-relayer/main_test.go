package main

import (
	"encoding/json"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tokendroplet/droplet/internal/devnet"
	"github.com/tokendroplet/droplet/internal/testenv"
)

// TestEthereumEndpoints: the relayer pays through the first Ethereum endpoint that answers for the
// routes' chain: a dead endpoint and one of another chain are passed over (and named in the log);
// with none usable it does not start, and says why for each.
func TestEthereumEndpoints(t *testing.T) {
	anvil := testenv.StartAnvil(t)
	dir := t.TempDir()
	if err := devnet.Write(dir, "postgres://unused@127.0.0.1:1/x", devnet.Addrs{Signer: testenv.FreeAddr(t), Admin: testenv.FreeAddr(t)}); err != nil {
		t.Fatal(err)
	}
	gasKey := filepath.Join(dir, "gas.hex")
	// anvil's second development account: funded, and no other test's.
	if err := os.WriteFile(gasKey, []byte("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "droplet-relayer")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	pki := filepath.Join(dir, "pki")
	config := func(rpc ...string) (string, string) {
		listen := testenv.FreeAddr(t)
		cfg := map[string]any{
			"database": testenv.Postgres(t), "routes": filepath.Join(dir, "routes.json"),
			"listen": listen, "metrics_listen": testenv.FreeAddr(t),
			"tls": map[string]string{"cert": filepath.Join(pki, "relayer-api.crt"), "key": filepath.Join(pki, "relayer-api.key"),
				"client_ca": filepath.Join(pki, "admin-ca.crt")},
			"admins": []string{"ops-admin"},
			"signer": map[string]string{"address": testenv.FreeAddr(t), "ca": filepath.Join(pki, "ca.crt"),
				"cert": filepath.Join(pki, "relayer.crt"), "key": filepath.Join(pki, "relayer.key")},
			"ethereum": map[string]any{"rpc": rpc, "gas_key_file": gasKey, "max_fee_gwei": 100, "confirmations": 1,
				"rpc_timeout": "500ms"},
		}
		b, err := json.Marshal(cfg)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(t.TempDir(), "relayer.json")
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return p, listen
	}
	dead := "http://" + testenv.FreeAddr(t)

	other := testenv.StartAnvil(t, "--chain-id", "1") // another chain: never to be paid on
	t.Run("dead and other chain passed over, third used", func(t *testing.T) {
		path, listen := config(dead, other.URL, anvil.URL)
		var out testenv.Buffer
		cmd := exec.Command(bin, "-config", path)
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		defer func() { _ = cmd.Process.Kill(); <-exited }()
		deadline := time.Now().Add(time.Minute)
		for {
			if c, err := net.Dial("tcp", listen); err == nil {
				c.Close()
				break
			}
			select {
			case err := <-exited:
				exited <- err
				t.Fatalf("the relayer exited (%v):\n%s", err, out.String())
			default:
			}
			if time.Now().After(deadline) {
				t.Fatalf("the relayer did not listen:\n%s", out.String())
			}
			time.Sleep(50 * time.Millisecond)
		}
		if n := strings.Count(out.String(), "ethereum endpoint unusable; trying the next"); n != 2 {
			t.Fatalf("%d unusable endpoints reported, want 2:\n%s", n, out.String())
		}
		if !strings.Contains(out.String(), "serves chain 1, the routes name 1337") {
			t.Fatalf("the other chain's endpoint was not refused for its chain:\n%s", out.String())
		}
	})
	t.Run("none usable", func(t *testing.T) {
		path, _ := config(dead, dead)
		out, err := exec.Command(bin, "-config", path).CombinedOutput()
		if err == nil {
			t.Fatalf("the relayer started with no usable endpoint:\n%s", out)
		}
		for _, want := range []string{"ethereum.rpc[0]", "ethereum.rpc[1]"} {
			if !strings.Contains(string(out), want) {
				t.Errorf("output lacks %q:\n%s", want, out)
			}
		}
	})
}
