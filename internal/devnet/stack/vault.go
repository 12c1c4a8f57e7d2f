package stack

import (
	"context"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"strings"

	vault "github.com/hashicorp/vault/api"

	"github.com/tokendroplet/droplet/internal/devnet"
)

// vaultCommand is a Vault dev server: in memory, so each start gets the keys again (loadVault).
func vaultCommand(bin string, l *devnet.Layout) *exec.Cmd {
	return exec.Command(bin, "server", "-dev", "-dev-root-token-id="+devnet.VaultToken,
		"-dev-listen-address="+l.Vault, "-dev-no-store-token")
}

func vaultClient(l *devnet.Layout) (*vault.Client, error) {
	cfg := vault.DefaultConfig()
	cfg.Address = "http://" + l.Vault
	c, err := vault.NewClient(cfg)
	if err != nil {
		return nil, err
	}
	c.SetToken(devnet.VaultToken)
	return c, nil
}

func pingVault(l *devnet.Layout) func(context.Context) error {
	return func(ctx context.Context) error {
		c, err := vaultClient(l)
		if err != nil {
			return err
		}
		h, err := c.Sys().HealthWithContext(ctx)
		if err != nil {
			return err
		}
		if !h.Initialized || h.Sealed {
			return fmt.Errorf("vault initialized=%t sealed=%t", h.Initialized, h.Sealed)
		}
		return nil
	}
}

// loadVault puts the devnet's signer keys into the Vault dev server as the signer expects them:
// the P-256 key imported into transit (not exportable; Vault's CLI wraps it for the import), the
// Metaverse key in KV v2.
func loadVault(ctx context.Context, bin string, l *devnet.Layout) error {
	c, err := vaultClient(l)
	if err != nil {
		return err
	}
	p256, mvsKey, err := signerKeys(l)
	if err != nil {
		return err
	}
	mounts, err := c.Sys().ListMountsWithContext(ctx)
	if err != nil {
		return fmt.Errorf("vault: %w", err)
	}
	if _, ok := mounts["transit/"]; !ok {
		if err := c.Sys().MountWithContext(ctx, "transit", &vault.MountInput{Type: "transit"}); err != nil {
			return fmt.Errorf("vault: enable transit: %w", err)
		}
	}
	if s, err := c.Logical().ReadWithContext(ctx, "transit/keys/"+devnet.VaultTransitKey); err != nil {
		return fmt.Errorf("vault: %w", err)
	} else if s == nil {
		der, err := x509.MarshalPKCS8PrivateKey(p256)
		if err != nil {
			return err
		}
		// The key goes in a file beside signer-keys.json rather than on the command line.
		f, err := os.CreateTemp(l.Dir, ".transit-import-*")
		if err != nil {
			return err
		}
		defer os.Remove(f.Name())
		_, err = f.WriteString(base64.StdEncoding.EncodeToString(der))
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
		cmd := exec.CommandContext(ctx, bin, "transit", "import", "transit/keys/"+devnet.VaultTransitKey,
			"@"+f.Name(), "type=ecdsa-p256", "exportable=false", "allow_plaintext_backup=false")
		cmd.Env = append(cmd.Environ(), "VAULT_ADDR=http://"+l.Vault, "VAULT_TOKEN="+devnet.VaultToken)
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("vault transit import: %w: %s", err, strings.TrimSpace(string(out)))
		}
	}
	if _, err := c.KVv2("secret").Put(ctx, devnet.VaultKVPath, map[string]any{"private_key": hex.EncodeToString(mvsKey.Serialize())}); err != nil {
		return fmt.Errorf("vault: kv put: %w", err)
	}
	return nil
}
