package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tokendroplet/droplet/internal/devnet"
)

// TestDevnetConfigPasses: every file a new devnet writes passes `droplet config check`, with
// either key backend; a second Init keeps the first layout.
func TestDevnetConfigPasses(t *testing.T) {
	for _, keys := range []string{devnet.KeysFile, devnet.KeysVault} {
		t.Run(keys, func(t *testing.T) {
			dir := t.TempDir()
			l, err := devnet.FreeLayout()
			if err != nil {
				t.Fatal(err)
			}
			l.Keys = keys
			got, err := devnet.Init(dir, l)
			if err != nil {
				t.Fatal(err)
			}
			args := []string{"config", "check", "-routes", got.Path(devnet.RoutesFile), "-signer", got.Path(devnet.SignerFile),
				"-relayer", got.Path(devnet.RelayerFile)}
			for _, w := range devnet.Watchers {
				args = append(args, "-watcher", got.Path(w+".json"))
			}
			var out bytes.Buffer
			if code := run(args, &out, &out); code != 0 {
				t.Fatalf("config check: exit %d\n%s", code, out.String())
			}
			again, err := devnet.Init(dir, devnet.DefaultLayout())
			if err != nil {
				t.Fatal(err)
			}
			if again.Relayer != l.Relayer || again.PostgresPort != l.PostgresPort || again.Keys != keys {
				t.Fatalf("a second Init changed the layout: %+v, was %+v", again, l)
			}
		})
	}
}

// TestDevnetCommandsReject: bad usage exits 2, a demo without a devnet says how to start one.
func TestDevnetCommandsReject(t *testing.T) {
	empty := t.TempDir()
	for _, c := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"devnet extra argument", []string{"devnet", "now"}, 2, "unexpected arguments"},
		{"devnet unknown flag", []string{"devnet", "-fast"}, 2, "flag provided but not defined"},
		{"demo extra argument", []string{"demo", "again"}, 2, "unexpected arguments"},
		{"demo bad wait", []string{"demo", "-wait", "soon"}, 2, "invalid value"},
		{"demo without a devnet", []string{"demo", "-dir", filepath.Join(empty, "none")}, 1, "start one with `droplet devnet`"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out bytes.Buffer
			if code := run(c.args, &out, &out); code != c.code || !strings.Contains(out.String(), c.want) {
				t.Fatalf("exit %d, want %d; output %q, want %q in it", code, c.code, out.String(), c.want)
			}
		})
	}
}
