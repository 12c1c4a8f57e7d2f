package opkey

import (
	"context"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
	vault "github.com/hashicorp/vault/api"

	"github.com/tokendroplet/droplet/internal/testenv"
	"github.com/tokendroplet/droplet/watcher/config"
)

// TestVault: the key is read from the operator's Vault with a token or an AppRole (whose token
// is revoked after the read); every way it can be wrong is a clear error.
func TestVault(t *testing.T) {
	ctx := context.Background()
	root := testenv.Vault(t)
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	want := crypto.PubkeyToAddress(key.PublicKey)
	base := testenv.RandomName("watcher-")
	put := func(name string, data map[string]any) string {
		p := base + "/" + name
		if _, err := root.KVv2("secret").Put(ctx, p, data); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := put("good", map[string]any{"private_key": "0x" + hex.EncodeToString(crypto.FromECDSA(key))})

	// An AppRole allowed to read the secret, and nothing else.
	policy := testenv.RandomName("watcherpol")
	if err := root.Sys().PutPolicy(policy, `path "secret/data/`+base+`/*" { capabilities = ["read"] }`); err != nil {
		t.Fatal(err)
	}
	approle := testenv.RandomName("approle")
	if err := root.Sys().EnableAuthWithOptions(approle, &vault.EnableAuthOptions{Type: "approle"}); err != nil {
		t.Fatal(err)
	}
	if _, err := root.Logical().Write("auth/"+approle+"/role/watcher", map[string]any{"token_policies": policy}); err != nil {
		t.Fatal(err)
	}
	s, err := root.Logical().Read("auth/" + approle + "/role/watcher/role-id")
	if err != nil {
		t.Fatal(err)
	}
	roleID := s.Data["role_id"].(string)
	s, err = root.Logical().Write("auth/"+approle+"/role/watcher/secret-id", nil)
	if err != nil {
		t.Fatal(err)
	}
	secretFile := filepath.Join(t.TempDir(), "secret-id")
	if err := os.WriteFile(secretFile, []byte(s.Data["secret_id"].(string)+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	addr := root.Address()
	token := root.Token()

	for _, tc := range []struct {
		name string
		v    config.Vault
		err  string
	}{
		{"token", config.Vault{Address: addr, Token: token, KVPath: good}, ""},
		{"approle", config.Vault{Address: addr, RoleID: roleID, SecretIDFile: secretFile, ApproleMount: approle, KVPath: good}, ""},
		{"approle, path not allowed", config.Vault{Address: addr, RoleID: roleID, SecretIDFile: secretFile, ApproleMount: approle, KVPath: "elsewhere/key"}, "403"},
		{"bad secret id", config.Vault{Address: addr, RoleID: roleID, SecretIDFile: writeFile(t, uuid.NewString()), ApproleMount: approle, KVPath: good}, "approle login"},
		{"bad token", config.Vault{Address: addr, Token: "nope", KVPath: good}, "403"},
		{"no such secret", config.Vault{Address: addr, Token: token, KVPath: base + "/missing"}, "secret not found"},
		{"no private_key field", config.Vault{Address: addr, Token: token, KVPath: put("nofield", map[string]any{"key": "x"})}, "no string field private_key"},
		{"not hex", config.Vault{Address: addr, Token: token, KVPath: put("nothex", map[string]any{"private_key": "zz"})}, "not a hex secp256k1"},
		{"number", config.Vault{Address: addr, Token: token, KVPath: put("number", map[string]any{"private_key": 12})}, "no string field"},
		{"zero key", config.Vault{Address: addr, Token: token, KVPath: put("zero", map[string]any{"private_key": strings.Repeat("0", 64)})}, "not a hex secp256k1"},
		{"vault down", config.Vault{Address: "http://127.0.0.1:1", Token: token, KVPath: good}, "connection refused"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Load(ctx, config.Key{Vault: &tc.v})
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("%v, want an error saying %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if crypto.PubkeyToAddress(got.PublicKey) != want {
				t.Fatal("another key")
			}
		})
	}
	// The AppRole's token is revoked after the read; the role logs in afresh on the next start.
	if _, err := Load(ctx, config.Key{Vault: &config.Vault{Address: addr, RoleID: roleID, SecretIDFile: secretFile, ApproleMount: approle, KVPath: good}}); err != nil {
		t.Fatal(err)
	}
}

func writeFile(t *testing.T, s string) string {
	p := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(p, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestFiles: the keystore and hex forms, and their errors.
func TestFiles(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	ks := keystore.NewKeyStore(dir, keystore.LightScryptN, keystore.LightScryptP)
	acc, err := ks.NewAccount("pass word")
	if err != nil {
		t.Fatal(err)
	}
	pw := writeFile(t, "pass word\n")
	got, err := Load(ctx, config.Key{Keystore: acc.URL.Path, PasswordFile: pw})
	if err != nil || crypto.PubkeyToAddress(got.PublicKey) != acc.Address {
		t.Fatalf("keystore: %v", err)
	}
	if _, err := Load(ctx, config.Key{Keystore: acc.URL.Path, PasswordFile: writeFile(t, "wrong")}); err == nil || !strings.Contains(err.Error(), "could not decrypt") {
		t.Fatalf("wrong password: %v", err)
	}
	key, _ := crypto.GenerateKey()
	got, err = Load(ctx, config.Key{HexFile: writeFile(t, "0x"+hex.EncodeToString(crypto.FromECDSA(key))+"\n")})
	if err != nil || got.D.Cmp(key.D) != 0 {
		t.Fatalf("hex: %v", err)
	}
	if _, err := Load(ctx, config.Key{HexFile: writeFile(t, "hello")}); err == nil || !strings.Contains(err.Error(), "not a hex") {
		t.Fatalf("bad hex: %v", err)
	}
	if _, err := Load(ctx, config.Key{}); err == nil {
		t.Fatal("no key: no error")
	}
}
