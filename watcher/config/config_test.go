package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const valid = `{
  "id": "watcher-a",
  "database": "postgres://watcher:secret@db.example:5432/watcher",
  "routes": "/etc/droplet/routes.json",
  "signer": {"address": "signer.example:7443", "ca": "ca.crt", "cert": "watcher-a.crt", "key": "watcher-a.key"},
  "key": {"keystore": "key.json", "password_file": "key.pass"},
  "ethereum": {"rpc": ["https://eth.example/v1/KEY", "wss://eth2.example"], "confirmations": 0},
  "metaverse": {"rpc": "http://mvs.example:8820/rpc/v3", "confirmations": 12}
}`

// TestValidate: a valid file passes; each broken key is named.
func TestValidate(t *testing.T) {
	for _, tc := range []struct {
		name, from, to, key string
	}{
		{"valid", "", "", ""},
		{"bad id", `"watcher-a"`, `"watcher a"`, "id"},
		{"no database", `"postgres://watcher:secret@db.example:5432/watcher"`, `""`, "database"},
		{"two keys", `"keystore": "key.json"`, `"keystore": "key.json", "hex_file": "k.hex"`, "key"},
		{"keystore and vault", `"keystore": "key.json"`, `"keystore": "key.json", "vault": {"address": "https://vault.example:8200", "kv_path": "watcher"}`, "key"},
		{"vault without address", `"keystore": "key.json", "password_file": "key.pass"`, `"vault": {"kv_path": "watcher", "role_id": "r", "secret_id_file": "s"}`, "key.vault.address"},
		{"vault without path", `"keystore": "key.json", "password_file": "key.pass"`, `"vault": {"address": "https://vault.example:8200", "role_id": "r", "secret_id_file": "s"}`, "key.vault.kv_path"},
		{"vault role without secret", `"keystore": "key.json", "password_file": "key.pass"`, `"vault": {"address": "https://vault.example:8200", "kv_path": "w", "role_id": "r"}`, "key.vault.secret_id_file"},
		{"vault without login", `"keystore": "key.json", "password_file": "key.pass"`, `"vault": {"address": "https://vault.example:8200", "kv_path": "w"}`, "key.vault"},
		{"vault approle", `"keystore": "key.json", "password_file": "key.pass"`, `"vault": {"address": "https://vault.example:8200", "kv_path": "w", "role_id": "r", "secret_id_file": "s"}`, ""},
		{"keystore without password", `, "password_file": "key.pass"`, ``, "key.password_file"},
		{"no ethereum endpoint", `["https://eth.example/v1/KEY", "wss://eth2.example"]`, `[]`, "ethereum.rpc"},
		{"endpoint not a URL", `"wss://eth2.example"`, `"eth2.example:8545"`, "ethereum.rpc[1]"},
		{"ethereum without metaverse", `,
  "metaverse": {"rpc": "http://mvs.example:8820/rpc/v3", "confirmations": 12}`, ``, "metaverse"},
		{"poll too short", `"confirmations": 0}`, `"confirmations": 0, "poll": "1ms"}`, "ethereum.poll"},
		{"metaverse without confirmations", `"confirmations": 12`, `"confirmations": 0`, "metaverse.confirmations"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := valid
			if tc.from != "" {
				if !strings.Contains(text, tc.from) {
					t.Fatalf("the case's text %q is not in the file", tc.from)
				}
				text = strings.Replace(text, tc.from, tc.to, 1)
			}
			p := filepath.Join(t.TempDir(), "watcher.json")
			if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
				t.Fatal(err)
			}
			c, err := Load(p)
			if err != nil {
				t.Fatal(err)
			}
			err = c.Validate()
			if tc.key == "" {
				if err != nil {
					t.Fatal(err)
				}
				if strings.Contains(c.String(), "secret") {
					t.Errorf("String shows the password: %s", c)
				}
				return
			}
			var ke *KeyError
			if !errors.As(err, &ke) || ke.Key != tc.key {
				t.Fatalf("error %v, want one naming %s", err, tc.key)
			}
		})
	}
}

// TestUnknownKey: a misspelt key is refused, not ignored.
func TestUnknownKey(t *testing.T) {
	p := filepath.Join(t.TempDir(), "watcher.json")
	if err := os.WriteFile(p, []byte(strings.Replace(valid, `"confirmations": 0`, `"confirmation": 0`, 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(p); err == nil || !strings.Contains(err.Error(), "confirmation") {
		t.Fatalf("unknown key: %v", err)
	}
}

// TestPoll: the default, and a value that is not a duration.
func TestPoll(t *testing.T) {
	p := filepath.Join(t.TempDir(), "watcher.json")
	if err := os.WriteFile(p, []byte(valid), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := Load(p)
	if err != nil || c.Ethereum.Poll.Duration != DefaultPoll || c.Metaverse.Poll.Duration != DefaultPoll {
		t.Fatalf("default poll: %+v %v", c, err)
	}
	if err := os.WriteFile(p, []byte(strings.Replace(valid, `"confirmations": 12`, `"confirmations": 12, "poll": "soon"`, 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(p); err == nil || !strings.Contains(err.Error(), `invalid duration "soon"`) {
		t.Fatalf("bad poll: %v", err)
	}
}

// TestCheckNetwork: the watcher's safety belts. A hex_file key, an http:// Vault and Metaverse
// confirmations below the floor are refused outside the devnet, naming the key; on the devnet
// they are allowed.
func TestCheckNetwork(t *testing.T) {
	base := func() Config {
		return Config{Key: Key{Keystore: "k.json", PasswordFile: "k.pass"}, Metaverse: &Metaverse{RPC: "http://mvs:8820/rpc/v3", Confirmations: 12}}
	}
	for _, tc := range []struct {
		name string
		edit func(*Config)
		key  string // "" accepted on mainnet
	}{
		{"keystore, 12 confirmations", func(*Config) {}, ""},
		{"https vault", func(c *Config) { c.Key = Key{Vault: &Vault{Address: "https://vault:8200", KVPath: "w"}} }, ""},
		{"at the floor", func(c *Config) { c.Metaverse.Confirmations = MinMetaverseConfirmations }, ""},
		{"ethereum only", func(c *Config) { c.Metaverse = nil }, ""},
		{"hex file", func(c *Config) { c.Key = Key{HexFile: "k.hex"} }, "key.hex_file"},
		{"http vault", func(c *Config) { c.Key = Key{Vault: &Vault{Address: "http://vault:8200", KVPath: "w"}} }, "key.vault.address"},
		{"below the floor", func(c *Config) { c.Metaverse.Confirmations = MinMetaverseConfirmations - 1 }, "metaverse.confirmations"},
		{"one confirmation", func(c *Config) { c.Metaverse.Confirmations = 1 }, "metaverse.confirmations"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := base()
			tc.edit(&c)
			for _, net := range []string{"mainnet", "testnet"} {
				err := c.CheckNetwork(net)
				var ke *KeyError
				switch {
				case tc.key == "" && err != nil:
					t.Fatalf("%s: %v", net, err)
				case tc.key != "" && (!errors.As(err, &ke) || ke.Key != tc.key):
					t.Fatalf("%s: %v, want an error naming %s", net, err, tc.key)
				}
			}
			if err := c.CheckNetwork("devnet"); err != nil {
				t.Fatalf("devnet: %v", err)
			}
		})
	}
}
