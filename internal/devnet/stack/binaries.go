package stack

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// module is the repository's Go module: the devnet builds its components from it.
const module = "github.com/tokendroplet/droplet"

// components are the binaries the devnet runs, by their package in the module.
var components = map[string]string{
	"droplet-signer":   "./signer/cmd/droplet-signer",
	"droplet-watcher":  "./watcher/cmd/droplet-watcher",
	"droplet-relayer":  "./relayer/cmd/droplet-relayer",
	"droplet-reporter": "./reporter/cmd/droplet-reporter",
	"mvs-devnet":       "./mvsdevnet/cmd/mvs-devnet",
}

// moduleRoot finds the repository around dir: the directory whose go.mod declares the module.
func moduleRoot(dir string) (string, bool) {
	for d := dir; ; d = filepath.Dir(d) {
		if f, err := os.Open(filepath.Join(d, "go.mod")); err == nil {
			s := bufio.NewScanner(f)
			ok := s.Scan() && strings.TrimSpace(s.Text()) == "module "+module
			f.Close()
			if ok {
				return d, true
			}
		}
		if d == filepath.Dir(d) {
			return "", false
		}
	}
}

// binaries builds the components into binDir when run inside the repository (go build is quick
// when nothing changed), or else finds them already built in binDir, next to this executable, or
// on PATH.
func binaries(ctx context.Context, binDir string, build bool, logf func(string, ...any)) (map[string]string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	root, inRepo := moduleRoot(wd)
	if build && inRepo {
		if err := os.MkdirAll(binDir, 0o755); err != nil {
			return nil, err
		}
		args := []string{"build", "-o", binDir + string(filepath.Separator)}
		for _, name := range sortedNames() {
			args = append(args, components[name])
		}
		logf("building the components into %s", binDir)
		cmd := exec.CommandContext(ctx, "go", args...)
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			return nil, fmt.Errorf("go build: %w\n%s", err, out)
		}
	}
	exe, _ := os.Executable()
	found := map[string]string{}
	for name := range components {
		for _, dir := range []string{binDir, filepath.Dir(exe)} {
			p := filepath.Join(dir, name)
			if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
				found[name] = p
				break
			}
		}
		if found[name] == "" {
			if p, err := exec.LookPath(name); err == nil {
				found[name] = p
			}
		}
		if found[name] == "" {
			return nil, fmt.Errorf("%s not found: run `droplet devnet` from the repository, which builds it, or put it on PATH", name)
		}
	}
	return found, nil
}

func sortedNames() []string {
	return []string{"droplet-relayer", "droplet-reporter", "droplet-signer", "droplet-watcher", "mvs-devnet"}
}

// ErrNoAnvil: no anvil to run the Ethereum dev chain.
var ErrNoAnvil = errors.New("anvil (Foundry's Ethereum dev node) not found")

// findAnvil returns anvil: $DROPLET_ANVIL, PATH, or the repository's pinned one, installed by
// scripts/anvil.sh (from npm, in seconds) when run inside the repository.
func findAnvil(ctx context.Context) (string, error) {
	if p := os.Getenv("DROPLET_ANVIL"); p != "" {
		return p, nil
	}
	if p, err := exec.LookPath("anvil"); err == nil {
		return p, nil
	}
	wd, _ := os.Getwd()
	if root, ok := moduleRoot(wd); ok {
		cmd := exec.CommandContext(ctx, "bash", filepath.Join(root, "scripts", "anvil.sh"))
		cmd.Stderr = os.Stderr
		out, err := cmd.Output()
		if err == nil {
			return strings.TrimSpace(string(out)), nil
		}
		return "", fmt.Errorf("%w: scripts/anvil.sh failed: %v", ErrNoAnvil, err)
	}
	return "", fmt.Errorf("%w: install it with `bash scripts/anvil.sh` in the repository (or Foundry's foundryup) and put it on PATH or in DROPLET_ANVIL", ErrNoAnvil)
}

// FindVault returns the Vault binary scripts/build-vault.sh leaves in the cache, or vault on PATH;
// "" when there is none, and the devnet's signer uses the file key backend.
func FindVault() string {
	if p := os.Getenv("DROPLET_VAULT_BIN"); p != "" {
		return p
	}
	if home, err := os.UserHomeDir(); err == nil {
		p := filepath.Join(home, ".cache", "tokendroplet", "vault-v1.14.10", "vault")
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath("vault"); err == nil {
		return p
	}
	return ""
}
