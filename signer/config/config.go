// Package config is the signer's configuration: a JSON file, then environment variables for the
// secrets, then flags. Validate names the key that is wrong; String redacts secrets.
package config

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tokendroplet/droplet/internal/strictjson"
	"github.com/tokendroplet/droplet/signer/internal/keys"
)

// Config of droplet-signer.
type Config struct {
	// Listen is the SignerService address (mTLS, watchers and relayers).
	Listen string `json:"listen"`
	// AdminListen is the AdminService address (mTLS, administrators' CA).
	AdminListen string `json:"admin_listen"`
	// MetricsListen serves /metrics over plain HTTP; empty disables it.
	MetricsListen string `json:"metrics_listen"`

	TLS      TLS      `json:"tls"`
	AdminTLS AdminTLS `json:"admin_tls"`

	// Database is the signer's own PostgreSQL URL. Environment: DROPLET_SIGNER_DATABASE.
	Database string `json:"database"`
	// DatabaseOwner, when set, is the PostgreSQL URL of another role that owns the signer's tables:
	// migrations run as it, and the signer's role may only insert into the audit log and the
	// Metaverse payouts. Environment: DROPLET_SIGNER_DATABASE_OWNER.
	DatabaseOwner string `json:"database_owner"`
	// Routes is the path of the routes file shared by every component.
	Routes string `json:"routes"`

	Threshold int       `json:"threshold"`
	Watchers  []Watcher `json:"watchers"`
	// Relayers are the certificate names that may ask for signatures.
	Relayers []string `json:"relayers"`

	// Keys: Vault, or (devnet only) a key file.
	Vault          *keys.VaultConfig `json:"vault,omitempty"`
	DevnetKeysFile string            `json:"devnet_keys_file,omitempty"`

	Metaverse MetaverseFees `json:"metaverse"`

	// LimitsApprovalWindow is how long one administrator's approval of limits that loosen those
	// in force waits for a second, different administrator.
	LimitsApprovalWindow strictjson.Duration `json:"limits_approval_window"`
	// WatcherExclusion says when a watcher whose attestations keep conflicting stops counting.
	WatcherExclusion WatcherExclusion `json:"watcher_exclusion"`
}

// WatcherExclusion: a watcher with more than MaxConflicts attestations conflicting with the
// agreed digest within Window is excluded from counting until an administrator restores it.
type WatcherExclusion struct {
	MaxConflicts int                 `json:"max_conflicts"`
	Window       strictjson.Duration `json:"window"`
}

// TLS of the SignerService listener.
type TLS struct {
	Cert     string `json:"cert"`
	Key      string `json:"key"`
	ClientCA string `json:"client_ca"` // the CA of watchers' and relayers' client certificates
}

// AdminTLS of the AdminService listener.
type AdminTLS struct {
	TLS
	Admins []string `json:"admins"` // certificate names of administrators
}

// Watcher is one operator's watcher.
type Watcher struct {
	ID      string `json:"id"`      // its client certificate's CommonName
	Address string `json:"address"` // of its attestation key
}

// MetaverseFees bound the ETP fee of a payout, in ETP base units.
type MetaverseFees struct {
	MinFee uint64 `json:"min_fee"`
	MaxFee uint64 `json:"max_fee"`
}

// Default is the configuration before the file is read.
func Default() Config {
	return Config{
		Listen:      "127.0.0.1:7443",
		AdminListen: "127.0.0.1:7444",
		Metaverse:   MetaverseFees{MinFee: 10_000, MaxFee: 1_000_000},

		LimitsApprovalWindow: strictjson.Duration{Duration: time.Hour},
		WatcherExclusion:     WatcherExclusion{MaxConflicts: 3, Window: strictjson.Duration{Duration: 24 * time.Hour}},
	}
}

// Load reads a JSON file over the defaults (unknown keys are errors), then the environment.
func Load(path string) (Config, error) {
	c := Default()
	if err := strictjson.Load(path, &c); err != nil {
		return c, err
	}
	if v := os.Getenv("DROPLET_SIGNER_DATABASE"); v != "" {
		c.Database = v
	}
	if v := os.Getenv("DROPLET_SIGNER_DATABASE_OWNER"); v != "" {
		c.DatabaseOwner = v
	}
	if c.Vault != nil {
		if v := os.Getenv("VAULT_TOKEN"); v != "" && c.Vault.RoleID == "" {
			c.Vault.Token = v
		}
		if v := os.Getenv("DROPLET_VAULT_SECRET_ID"); v != "" {
			c.Vault.SecretID = v
		}
	}
	return c, nil
}

// KeyError names the key that is wrong.
type KeyError struct {
	Key, Reason string
}

func (e *KeyError) Error() string { return fmt.Sprintf("config: %s: %s", e.Key, e.Reason) }

var addrRe = regexp.MustCompile(`^0x[0-9a-fA-F]{40}$`)

// Validate checks every key.
func (c *Config) Validate() error {
	req := []struct{ key, v string }{
		{"listen", c.Listen}, {"admin_listen", c.AdminListen}, {"tls.cert", c.TLS.Cert}, {"tls.key", c.TLS.Key},
		{"tls.client_ca", c.TLS.ClientCA}, {"admin_tls.cert", c.AdminTLS.Cert}, {"admin_tls.key", c.AdminTLS.Key},
		{"admin_tls.client_ca", c.AdminTLS.ClientCA}, {"database", c.Database}, {"routes", c.Routes},
	}
	for _, r := range req {
		if r.v == "" {
			return &KeyError{r.key, "required"}
		}
	}
	if c.Listen == c.AdminListen && !strings.HasSuffix(c.Listen, ":0") {
		return &KeyError{"admin_listen", "must differ from listen"}
	}
	if c.AdminTLS.ClientCA == c.TLS.ClientCA {
		return &KeyError{"admin_tls.client_ca", "must not be the watchers' and relayers' CA"}
	}
	if len(c.AdminTLS.Admins) == 0 {
		return &KeyError{"admin_tls.admins", "name at least one administrator"}
	}
	if len(c.Watchers) == 0 {
		return &KeyError{"watchers", "required"}
	}
	for i, w := range c.Watchers {
		if w.ID == "" {
			return &KeyError{fmt.Sprintf("watchers[%d].id", i), "required"}
		}
		if !addrRe.MatchString(w.Address) {
			return &KeyError{fmt.Sprintf("watchers[%d].address", i), fmt.Sprintf("%q is not a 0x address", w.Address)}
		}
	}
	if c.Threshold <= len(c.Watchers)/2 || c.Threshold > len(c.Watchers) {
		return &KeyError{"threshold", fmt.Sprintf("%d of %d watchers: must be more than half and at most all", c.Threshold, len(c.Watchers))}
	}
	if len(c.Relayers) == 0 {
		return &KeyError{"relayers", "name at least one relayer certificate"}
	}
	for _, r := range c.Relayers {
		for _, w := range c.Watchers {
			if r == w.ID {
				return &KeyError{"relayers", fmt.Sprintf("%q is also a watcher", r)}
			}
		}
	}
	switch {
	case c.Vault == nil && c.DevnetKeysFile == "":
		return &KeyError{"vault", "required (or devnet_keys_file on the devnet)"}
	case c.Vault != nil && c.DevnetKeysFile != "":
		return &KeyError{"devnet_keys_file", "set vault or devnet_keys_file, not both"}
	case c.Vault != nil:
		if c.Vault.TransitKey == "" {
			return &KeyError{"vault.transit_key", "required"}
		}
		if c.Vault.KVPath == "" {
			return &KeyError{"vault.kv_path", "required"}
		}
		if c.Vault.Token == "" && c.Vault.RoleID == "" {
			return &KeyError{"vault", "set role_id (AppRole) or a token (VAULT_TOKEN)"}
		}
		if c.Vault.RoleID != "" && c.Vault.SecretID == "" && c.Vault.SecretIDFile == "" {
			return &KeyError{"vault.secret_id_file", "AppRole needs a secret id (file or DROPLET_VAULT_SECRET_ID)"}
		}
	}
	if c.Metaverse.MinFee > c.Metaverse.MaxFee {
		return &KeyError{"metaverse.min_fee", "above max_fee"}
	}
	if c.LimitsApprovalWindow.Duration <= 0 {
		return &KeyError{"limits_approval_window", "must be positive"}
	}
	if c.WatcherExclusion.MaxConflicts < 0 {
		return &KeyError{"watcher_exclusion.max_conflicts", "must not be negative"}
	}
	if c.WatcherExclusion.Window.Duration <= 0 {
		return &KeyError{"watcher_exclusion.window", "must be positive"}
	}
	return nil
}

// WatcherAddresses returns the watchers' addresses (Validate first).
func (c *Config) WatcherAddresses() (map[string]common.Address, error) {
	out := make(map[string]common.Address, len(c.Watchers))
	for _, w := range c.Watchers {
		if _, dup := out[w.ID]; dup {
			return nil, errors.New("config: watcher " + w.ID + " listed twice")
		}
		out[w.ID] = common.HexToAddress(w.Address)
	}
	return out, nil
}

// String redacts secrets.
func (c Config) String() string {
	c.Database = redactURL(c.Database)
	c.DatabaseOwner = redactURL(c.DatabaseOwner)
	v := "none"
	if c.Vault != nil {
		v = c.Vault.String()
	}
	return fmt.Sprintf("{listen=%s admin_listen=%s database=%s database_owner=%s routes=%s threshold=%d watchers=%d relayers=%v vault=%s devnet_keys=%t}",
		c.Listen, c.AdminListen, c.Database, c.DatabaseOwner, c.Routes, c.Threshold, len(c.Watchers), c.Relayers, v, c.DevnetKeysFile != "")
}

var (
	passwordRe   = regexp.MustCompile(`(://[^:/@]*:)[^@]*@`)
	passwordKVRe = regexp.MustCompile(`(password\s*=\s*)('[^']*'|\S+)`)
)

// redactURL hides the password of a URL or of a key=value connection string.
func redactURL(u string) string {
	return passwordKVRe.ReplaceAllString(passwordRe.ReplaceAllString(u, "${1}REDACTED@"), "${1}REDACTED")
}
