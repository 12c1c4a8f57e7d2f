package keys

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	vault "github.com/hashicorp/vault/api"

	"github.com/tokendroplet/droplet/internal/testenv"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// vaultFixture makes a transit key, a KV secret and an AppRole allowed to use exactly those.
type vaultFixture struct {
	root     *vault.Client
	cfg      VaultConfig
	mvsKey   *secp256k1.PrivateKey
	roleID   string
	secretID string
}

func newVaultFixture(t *testing.T) *vaultFixture {
	t.Helper()
	root := testenv.Vault(t)
	ctx := context.Background()
	f := &vaultFixture{root: root}
	transit := testenv.RandomName("transit")
	if err := root.Sys().Mount(transit, &vault.MountInput{Type: "transit"}); err != nil {
		t.Fatal(err)
	}
	if _, err := root.Logical().Write(transit+"/keys/eth", map[string]any{"type": "ecdsa-p256"}); err != nil {
		t.Fatal(err)
	}
	if _, err := root.Logical().Write(transit+"/keys/rsa", map[string]any{"type": "rsa-2048"}); err != nil {
		t.Fatal(err)
	}
	if _, err := root.Logical().Write(transit+"/keys/exportable", map[string]any{"type": "ecdsa-p256", "exportable": true}); err != nil {
		t.Fatal(err)
	}
	f.mvsKey, _ = secp256k1.GeneratePrivateKey()
	kvPath := testenv.RandomName("droplet/mvs-")
	if _, err := root.KVv2("secret").Put(ctx, kvPath, map[string]any{"private_key": hex.EncodeToString(f.mvsKey.Serialize())}); err != nil {
		t.Fatal(err)
	}
	f.cfg = VaultConfig{Address: root.Address(), TransitMount: transit, TransitKey: "eth", KVMount: "secret", KVPath: kvPath}

	approle := testenv.RandomName("approle")
	if err := root.Sys().EnableAuthWithOptions(approle, &vault.EnableAuthOptions{Type: "approle"}); err != nil {
		t.Fatal(err)
	}
	policy := testenv.RandomName("signer")
	rules := `path "` + transit + `/sign/eth" { capabilities = ["update"] }
path "` + transit + `/keys/eth" { capabilities = ["read"] }
path "secret/data/` + kvPath + `" { capabilities = ["read"] }`
	if err := root.Sys().PutPolicy(policy, rules); err != nil {
		t.Fatal(err)
	}
	if _, err := root.Logical().Write("auth/"+approle+"/role/signer", map[string]any{
		"token_policies": policy, "token_ttl": "2s", "token_max_ttl": "4s", "secret_id_num_uses": 0}); err != nil {
		t.Fatal(err)
	}
	s, err := root.Logical().Read("auth/" + approle + "/role/signer/role-id")
	if err != nil || s == nil {
		t.Fatal("role id:", err)
	}
	f.roleID = s.Data["role_id"].(string)
	s, err = root.Logical().Write("auth/"+approle+"/role/signer/secret-id", nil)
	if err != nil || s == nil {
		t.Fatal("secret id:", err)
	}
	f.secretID = s.Data["secret_id"].(string)
	f.cfg.ApproleMount = approle
	return f
}

// TestTransitSignsLowS: the signature verifies against the published key and is low-s, over
// many digests (about half of raw ECDSA signatures are high-s).
func TestTransitSignsLowS(t *testing.T) {
	f := newVaultFixture(t)
	ctx := context.Background()
	cfg := f.cfg
	cfg.Token = f.root.Token()
	v, err := ConnectVault(ctx, cfg, quiet)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := NewTransit(ctx, v)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 40; i++ {
		var d [32]byte
		d[0], d[1] = byte(i), 0xd1
		r, s, err := tr.SignDigest(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		rb, sb := new(big.Int).SetBytes(r[:]), new(big.Int).SetBytes(s[:])
		if !ecdsa.Verify(tr.PublicKey(), d[:], rb, sb) {
			t.Fatal("does not verify")
		}
		if sb.Cmp(p256HalfN) > 0 {
			t.Fatal("high s")
		}
	}
}

// TestAppRole: the signer logs in with AppRole, keeps its short-lived token alive past its
// maximum TTL (by logging in again), and reads both keys.
func TestAppRole(t *testing.T) {
	f := newVaultFixture(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cfg := f.cfg
	cfg.RoleID, cfg.SecretID = f.roleID, f.secretID
	v, err := ConnectVault(ctx, cfg, quiet)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := NewTransit(ctx, v)
	if err != nil {
		t.Fatal(err)
	}
	k, err := NewKVKey(ctx, v)
	if err != nil {
		t.Fatal(err)
	}
	if !k.PrivateKey().PubKey().IsEqual(f.mvsKey.PubKey()) {
		t.Fatal("KV key differs")
	}
	// The token's max TTL is 4 s: signing keeps working past it only if the signer logs in again.
	first := v.client.Token()
	deadline := timeNow().Add(7 * time.Second)
	for timeNow().Before(deadline) {
		if _, _, err := tr.SignDigest(ctx, [32]byte{1}); err != nil {
			t.Fatalf("sign after %v: %v", deadline.Sub(timeNow()), err)
		}
		sleepCtx(ctx, 200*time.Millisecond)
	}
	if v.client.Token() == first {
		t.Fatal("the token was never replaced")
	}
	if strings.Contains(cfg.String(), f.secretID) {
		t.Fatal("String shows the secret id")
	}
}

// TestVaultErrors: missing keys, wrong key types, empty secrets and bad credentials are errors,
// never a nil key.
func TestVaultErrors(t *testing.T) {
	f := newVaultFixture(t)
	ctx := context.Background()
	connect := func(edit func(*VaultConfig)) (*Vault, error) {
		cfg := f.cfg
		cfg.Token = f.root.Token()
		edit(&cfg)
		return ConnectVault(ctx, cfg, quiet)
	}
	cases := []struct {
		name string
		edit func(*VaultConfig)
		use  func(*Vault) error
	}{
		{"bad token", func(c *VaultConfig) { c.Token = "nope" }, nil},
		{"no credentials", func(c *VaultConfig) { c.Token = "" }, nil},
		{"bad secret id", func(c *VaultConfig) { c.Token, c.RoleID, c.SecretID = "", f.roleID, "wrong" }, nil},
		{"unreachable", func(c *VaultConfig) { c.Address = "http://127.0.0.1:1" }, nil},
		{"missing transit key", func(c *VaultConfig) { c.TransitKey = "absent" }, func(v *Vault) error { _, err := NewTransit(ctx, v); return err }},
		{"rsa transit key", func(c *VaultConfig) { c.TransitKey = "rsa" }, func(v *Vault) error { _, err := NewTransit(ctx, v); return err }},
		{"exportable transit key", func(c *VaultConfig) { c.TransitKey = "exportable" }, func(v *Vault) error { _, err := NewTransit(ctx, v); return err }},
		{"missing kv secret", func(c *VaultConfig) { c.KVPath = "droplet/absent" }, func(v *Vault) error { _, err := NewKVKey(ctx, v); return err }},
		{"kv without private_key", func(c *VaultConfig) {
			p := testenv.RandomName("droplet/empty-")
			_, _ = f.root.KVv2("secret").Put(ctx, p, map[string]any{"other": "x"})
			c.KVPath = p
		}, func(v *Vault) error { _, err := NewKVKey(ctx, v); return err }},
		{"kv with a bad key", func(c *VaultConfig) {
			p := testenv.RandomName("droplet/bad-")
			_, _ = f.root.KVv2("secret").Put(ctx, p, map[string]any{"private_key": strings.Repeat("f", 64)})
			c.KVPath = p
		}, func(v *Vault) error { _, err := NewKVKey(ctx, v); return err }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v, err := connect(c.edit)
			if err == nil && c.use != nil {
				err = c.use(v)
			}
			if !errors.Is(err, ErrVault) {
				t.Fatalf("got %v, want an ErrVault", err)
			}
		})
	}
}

func TestDevnetFileRefusedOutsideDevnet(t *testing.T) {
	if _, _, err := LoadDevnetFile("/dev/null", false); !errors.Is(err, ErrNotDevnet) {
		t.Fatalf("got %v", err)
	}
}

func timeNow() time.Time { return time.Now() }

func sleepCtx(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}
