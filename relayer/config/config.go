// Package config is the relayer's configuration: JSON, unknown keys refused, secrets from the
// environment, String redacts them, Validate names the key that is wrong.
package config

import (
	"fmt"
	"os"
	"regexp"
	"time"

	"github.com/tokendroplet/droplet/internal/strictjson"
)

// Config of droplet-relayer.
type Config struct {
	// Database is the relayer's own PostgreSQL URL (the reporter reads it). Environment:
	// DROPLET_RELAYER_DATABASE.
	Database      string `json:"database"`
	Routes        string `json:"routes"`
	Listen        string `json:"listen"` // RelayerService, mTLS
	MetricsListen string `json:"metrics_listen"`
	TLS           TLS    `json:"tls"`
	// Admins are the certificate names allowed to retry and resolve transfers (and to read).
	Admins []string `json:"admins"`
	// Ops are the certificate names allowed to read (status, transfers); no other certificate
	// of the client CA is answered.
	Ops []string `json:"ops"`

	Signer Signer `json:"signer"`

	Ethereum  *Ethereum  `json:"ethereum,omitempty"`
	Metaverse *Metaverse `json:"metaverse,omitempty"`

	Workers     int      `json:"workers"`
	MaxAttempts int      `json:"max_attempts"`
	Poll        Duration `json:"poll"`
}

// TLS of the RelayerService listener.
type TLS struct {
	Cert     string `json:"cert"`
	Key      string `json:"key"`
	ClientCA string `json:"client_ca"`
}

// Signer is the signer's address and this relayer's client certificate.
type Signer struct {
	Address string `json:"address"`
	CA      string `json:"ca"`
	Cert    string `json:"cert"`
	Key     string `json:"key"`
}

// Ethereum payouts.
type Ethereum struct {
	RPC           []string `json:"rpc"`
	GasKeyFile    string   `json:"gas_key_file"` // hex secp256k1 key, or a keystore with password_file
	PasswordFile  string   `json:"password_file,omitempty"`
	MaxFeeGwei    uint64   `json:"max_fee_gwei"` // the most a payout pays per gas, replacements included
	Confirmations uint64   `json:"confirmations"`
	// ReplaceAfter is how long a payout may stay unmined before it is re-sent with the same nonce
	// and higher fees; "3m" if absent.
	ReplaceAfter Duration `json:"replace_after,omitempty"`
	// FeeBumpPercent is how much a replacement raises both the tip and the fee cap: at least 10
	// (what node pools require), 12 if absent.
	FeeBumpPercent uint64 `json:"fee_bump_percent,omitempty"`
	// RPCTimeout bounds each call to the node: one that takes a request and never answers fails
	// that call and the step is retried. "10s" if absent; 100ms to 30s.
	RPCTimeout Duration `json:"rpc_timeout,omitempty"`
}

// Metaverse payouts.
type Metaverse struct {
	RPC           string `json:"rpc"`
	FeeBits       uint64 `json:"fee_bits"` // the ETP fee of a payout
	Confirmations uint64 `json:"confirmations"`
}

// Duration is a JSON string such as "200ms".
type Duration = strictjson.Duration

// Default is the configuration before the file.
func Default() Config {
	return Config{Listen: "127.0.0.1:7450", Workers: 8, MaxAttempts: 20, Poll: Duration{Duration: 200 * time.Millisecond}}
}

// Load reads the file and the environment.
func Load(path string) (Config, error) {
	c := Default()
	if err := strictjson.Load(path, &c); err != nil {
		return c, err
	}
	if v := os.Getenv("DROPLET_RELAYER_DATABASE"); v != "" {
		c.Database = v
	}
	return c, nil
}

// KeyError names the key that is wrong.
type KeyError struct{ Key, Reason string }

func (e *KeyError) Error() string { return fmt.Sprintf("config: %s: %s", e.Key, e.Reason) }

// Validate checks every key.
func (c *Config) Validate() error {
	for _, r := range []struct{ k, v string }{{"database", c.Database}, {"routes", c.Routes}, {"listen", c.Listen},
		{"tls.cert", c.TLS.Cert}, {"tls.key", c.TLS.Key}, {"tls.client_ca", c.TLS.ClientCA}, {"signer.address", c.Signer.Address},
		{"signer.ca", c.Signer.CA}, {"signer.cert", c.Signer.Cert}, {"signer.key", c.Signer.Key}} {
		if r.v == "" {
			return &KeyError{r.k, "required"}
		}
	}
	if c.Ethereum == nil && c.Metaverse == nil {
		return &KeyError{"ethereum", "configure at least one payout chain"}
	}
	if e := c.Ethereum; e != nil {
		switch {
		case len(e.RPC) == 0:
			return &KeyError{"ethereum.rpc", "at least one endpoint"}
		case e.GasKeyFile == "":
			return &KeyError{"ethereum.gas_key_file", "required"}
		case e.MaxFeeGwei == 0:
			return &KeyError{"ethereum.max_fee_gwei", "required: the most the relayer pays per gas"}
		case e.MaxFeeGwei > 1_000_000:
			return &KeyError{"ethereum.max_fee_gwei", "at most 1000000 (it is in gwei, not wei)"}
		case e.Confirmations == 0:
			return &KeyError{"ethereum.confirmations", "required: blocks on top of a payout before it counts"}
		case e.ReplaceAfter.Duration < 0 || (e.ReplaceAfter.Duration > 0 && e.ReplaceAfter.Duration < time.Second):
			return &KeyError{"ethereum.replace_after", "at least 1s (a replacement needs the first transaction to have had a chance)"}
		case e.FeeBumpPercent != 0 && (e.FeeBumpPercent < 10 || e.FeeBumpPercent > 100):
			return &KeyError{"ethereum.fee_bump_percent", "between 10 (what node pools require of a replacement) and 100"}
		case e.RPCTimeout.Duration != 0 && (e.RPCTimeout.Duration < 100*time.Millisecond || e.RPCTimeout.Duration > 30*time.Second):
			return &KeyError{"ethereum.rpc_timeout", "between 100ms and 30s (a step's own budget is 30s)"}
		}
	}
	if m := c.Metaverse; m != nil {
		switch {
		case m.RPC == "":
			return &KeyError{"metaverse.rpc", "required"}
		case m.FeeBits == 0:
			return &KeyError{"metaverse.fee_bits", "required"}
		case m.Confirmations == 0:
			return &KeyError{"metaverse.confirmations", "required"}
		}
	}
	if c.Workers < 1 || c.Workers > 256 {
		return &KeyError{"workers", "between 1 and 256"}
	}
	if c.MaxAttempts < 1 {
		return &KeyError{"max_attempts", "at least 1"}
	}
	if c.Poll.Duration <= 0 {
		return &KeyError{"poll", "must be positive"}
	}
	return nil
}

var passwordRe = regexp.MustCompile(`(://[^:/@]*:)[^@]*@`)

// String redacts the database password.
func (c Config) String() string {
	return fmt.Sprintf("{database=%s routes=%s listen=%s signer=%s ethereum=%t metaverse=%t workers=%d}",
		passwordRe.ReplaceAllString(c.Database, "${1}REDACTED@"), c.Routes, c.Listen, c.Signer.Address,
		c.Ethereum != nil, c.Metaverse != nil, c.Workers)
}
