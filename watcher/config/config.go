// Package config is a watcher's configuration: JSON, unknown keys refused, secrets from the
// environment, String redacts them, Validate names the key that is wrong.
package config

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/tokendroplet/droplet/internal/strictjson"
)

// Config of droplet-watcher. One process per operator watches both chains.
type Config struct {
	// ID is this watcher's name: its client certificate's CommonName, as the signer knows it.
	ID string `json:"id"`
	// Database is the watcher's own PostgreSQL URL. Environment: DROPLET_WATCHER_DATABASE.
	Database string `json:"database"`
	// Routes is the path of the routes file shared by every component.
	Routes        string `json:"routes"`
	MetricsListen string `json:"metrics_listen"`

	Signer Signer `json:"signer"`
	Key    Key    `json:"key"`

	Ethereum  *Ethereum  `json:"ethereum,omitempty"`
	Metaverse *Metaverse `json:"metaverse,omitempty"`
}

// Signer is where attestations go.
type Signer struct {
	Address string `json:"address"`
	CA      string `json:"ca"`   // the signer's server CA
	Cert    string `json:"cert"` // this watcher's client certificate (CommonName = id)
	Key     string `json:"key"`
}

// Key is the operator's attestation key (secp256k1): an encrypted keystore file with its
// password in a file, the operator's own Vault (KV version 2), or (devnet) a hex key file.
type Key struct {
	Keystore     string `json:"keystore,omitempty"`
	PasswordFile string `json:"password_file,omitempty"`
	HexFile      string `json:"hex_file,omitempty"`
	Vault        *Vault `json:"vault,omitempty"`
}

// Vault is where the operator's Vault keeps the attestation key: the field private_key (hex
// secp256k1) of a KV version 2 secret, read once at start. Log in with a token
// (DROPLET_WATCHER_VAULT_TOKEN) or an AppRole (role_id with secret_id_file).
type Vault struct {
	Address      string `json:"address"`
	CACert       string `json:"ca_cert,omitempty"`
	RoleID       string `json:"role_id,omitempty"`
	SecretIDFile string `json:"secret_id_file,omitempty"`
	ApproleMount string `json:"approle_mount,omitempty"` // default "approle"
	KVMount      string `json:"kv_mount,omitempty"`      // default "secret"
	KVPath       string `json:"kv_path"`
	Token        string `json:"-"` // DROPLET_WATCHER_VAULT_TOKEN only
}

// Ethereum is the Ethereum side.
type Ethereum struct {
	RPC []string `json:"rpc"` // endpoints in failover order, http(s):// or ws(s)://
	// Confirmations is used when the node has no "finalized" block; 0 means use "finalized".
	Confirmations uint64 `json:"confirmations"`
	StartBlock    uint64 `json:"start_block"`
	Batch         uint64 `json:"batch"`
	// Poll is how often the node is asked for a new final block once the watcher caught up.
	Poll strictjson.Duration `json:"poll"`
}

// Metaverse is the Metaverse side.
type Metaverse struct {
	RPC           string              `json:"rpc"`
	Confirmations uint64              `json:"confirmations"`
	StartBlock    uint64              `json:"start_block"`
	Batch         uint64              `json:"batch"`
	Poll          strictjson.Duration `json:"poll"`
}

// DefaultPoll is a chain's poll when the file sets none.
const DefaultPoll = 500 * time.Millisecond

// Load reads the file and the environment.
func Load(path string) (Config, error) {
	c := Config{MetricsListen: "127.0.0.1:0"}
	if err := strictjson.Load(path, &c); err != nil {
		return c, err
	}
	if v := os.Getenv("DROPLET_WATCHER_DATABASE"); v != "" {
		c.Database = v
	}
	if c.Key.Vault != nil {
		c.Key.Vault.Token = os.Getenv("DROPLET_WATCHER_VAULT_TOKEN")
	}
	if c.Ethereum != nil && c.Ethereum.Poll.Duration == 0 {
		c.Ethereum.Poll.Duration = DefaultPoll
	}
	if c.Metaverse != nil && c.Metaverse.Poll.Duration == 0 {
		c.Metaverse.Poll.Duration = DefaultPoll
	}
	return c, nil
}

// KeyError names the key that is wrong.
type KeyError struct{ Key, Reason string }

func (e *KeyError) Error() string { return fmt.Sprintf("config: %s: %s", e.Key, e.Reason) }

var idRe = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`)

// Validate checks every key.
func (c *Config) Validate() error {
	if !idRe.MatchString(c.ID) {
		return &KeyError{"id", fmt.Sprintf("%q: want 1 to 64 of letters, digits, . _ -", c.ID)}
	}
	for _, r := range []struct{ k, v string }{{"database", c.Database}, {"routes", c.Routes}, {"signer.address", c.Signer.Address},
		{"signer.ca", c.Signer.CA}, {"signer.cert", c.Signer.Cert}, {"signer.key", c.Signer.Key}} {
		if r.v == "" {
			return &KeyError{r.k, "required"}
		}
	}
	sources := 0
	for _, set := range []bool{c.Key.Keystore != "", c.Key.HexFile != "", c.Key.Vault != nil} {
		if set {
			sources++
		}
	}
	switch {
	case sources > 1:
		return &KeyError{"key", "set one of keystore, vault or hex_file"}
	case sources == 0:
		return &KeyError{"key", "set keystore (with password_file), vault or hex_file"}
	case c.Key.Keystore != "" && c.Key.PasswordFile == "":
		return &KeyError{"key.password_file", "required with a keystore"}
	case c.Key.Vault != nil:
		v := c.Key.Vault
		switch {
		case !rpcRe.MatchString(v.Address) || !strings.HasPrefix(v.Address, "http"):
			return &KeyError{"key.vault.address", "want an http:// or https:// URL"}
		case v.KVPath == "":
			return &KeyError{"key.vault.kv_path", "required"}
		case v.RoleID != "" && v.SecretIDFile == "":
			return &KeyError{"key.vault.secret_id_file", "required with role_id"}
		case v.RoleID == "" && v.Token == "":
			return &KeyError{"key.vault", "set role_id and secret_id_file, or DROPLET_WATCHER_VAULT_TOKEN in the environment"}
		case v.RoleID != "" && v.Token != "":
			return &KeyError{"key.vault", "DROPLET_WATCHER_VAULT_TOKEN and role_id are both set: choose one"}
		}
	}
	if c.Ethereum == nil && c.Metaverse == nil {
		return &KeyError{"ethereum", "watch at least one chain"}
	}
	if c.Ethereum != nil {
		if len(c.Ethereum.RPC) == 0 {
			return &KeyError{"ethereum.rpc", "at least one endpoint"}
		}
		for i, u := range c.Ethereum.RPC {
			if !rpcRe.MatchString(u) {
				return &KeyError{fmt.Sprintf("ethereum.rpc[%d]", i), "want an http://, https://, ws:// or wss:// URL"}
			}
		}
		if c.Metaverse == nil {
			return &KeyError{"metaverse", "required with ethereum: avatar memos are resolved through the Metaverse node"}
		}
		if p := c.Ethereum.Poll.Duration; p < 10*time.Millisecond || p > time.Minute {
			return &KeyError{"ethereum.poll", fmt.Sprintf("%s: want 10ms to 1m", p)}
		}
	}
	if c.Metaverse != nil {
		if c.Metaverse.RPC == "" {
			return &KeyError{"metaverse.rpc", "required"}
		}
		if c.Metaverse.Confirmations == 0 {
			return &KeyError{"metaverse.confirmations", "required (the original bridge waited 12)"}
		}
		if p := c.Metaverse.Poll.Duration; p < 10*time.Millisecond || p > time.Minute {
			return &KeyError{"metaverse.poll", fmt.Sprintf("%s: want 10ms to 1m", p)}
		}
	}
	return nil
}

var rpcRe = regexp.MustCompile(`^(https?|wss?)://[^\s/]+`)

var passwordRe = regexp.MustCompile(`(://[^:/@]*:)[^@]*@`)

// String redacts the database password.
func (c Config) String() string {
	return fmt.Sprintf("{id=%s database=%s routes=%s signer=%s ethereum=%t metaverse=%t}", c.ID,
		passwordRe.ReplaceAllString(c.Database, "${1}REDACTED@"), c.Routes, c.Signer.Address, c.Ethereum != nil, c.Metaverse != nil)
}

// MinMetaverseConfirmations is the fewest Metaverse confirmations a watcher may wait outside the
// devnet (the original bridge waited 12): below it a short reorganisation of the chain could
// undo a deposit the bridge already paid out.
const MinMetaverseConfirmations = 6

// CheckNetwork checks the safety belts that depend on the network the routes name: a hex_file
// key, an http:// Vault address and Metaverse confirmations below MinMetaverseConfirmations are
// for the devnet only (as the signer's file key backend is).
func (c *Config) CheckNetwork(metaverseNetwork string) error {
	if metaverseNetwork == "devnet" {
		return nil
	}
	switch {
	case c.Key.HexFile != "":
		return &KeyError{"key.hex_file", fmt.Sprintf("a key in a plain file is for the devnet only, and the routes name %s: use keystore or vault", metaverseNetwork)}
	case c.Key.Vault != nil && !strings.HasPrefix(c.Key.Vault.Address, "https://"):
		return &KeyError{"key.vault.address", fmt.Sprintf("%s: an http:// Vault sends the key and token in the clear; outside the devnet (the routes name %s) want https://", c.Key.Vault.Address, metaverseNetwork)}
	case c.Metaverse != nil && c.Metaverse.Confirmations < MinMetaverseConfirmations:
		return &KeyError{"metaverse.confirmations", fmt.Sprintf("%d is below the floor of %d outside the devnet (the routes name %s)", c.Metaverse.Confirmations, MinMetaverseConfirmations, metaverseNetwork)}
	}
	return nil
}
