// Package config is droplet-reporter's configuration: a typed struct with defaults, read from a
// JSON file, then the environment (secrets belong there), then flags, and validated once.
package config

import (
	"encoding/json"
	"errors"
	"fmt"
	"github.com/tokendroplet/droplet/internal/strictjson"
	"net"
	"net/url"
	"regexp"
	"strings"
	"time"
)

// Config of the reporter.
type Config struct {
	Database    string   `json:"database"` // the relayer's PostgreSQL URL; a read-only role is enough
	Routes      string   `json:"routes"`   // the routes file
	Out         string   `json:"out"`      // output directory
	StuckAfter  Duration `json:"stuck_after"`
	Largest     int      `json:"largest"`
	RunAt       Duration `json:"run_at"` // how long after midnight UTC the previous day's report is made
	Backfill    int      `json:"backfill_days"`
	MetricsAddr string   `json:"metrics_addr"` // empty: no metrics server
	EthereumRPC string   `json:"ethereum_rpc"` // empty: Ethereum balances unavailable
	// MetaverseRPC is mvsd's JSON-RPC v3 endpoint; empty: Metaverse balances unavailable.
	MetaverseRPC string `json:"metaverse_rpc"`
	// MetaverseSupply is, per MST symbol the bridge mints on Metaverse, the supply its avatar
	// issued, in whole tokens ("1000000000"): what circulates is that less the bridge's float.
	MetaverseSupply map[string]string `json:"metaverse_supply"`
	Retry           Retry             `json:"retry"`
	SMTP            *SMTP             `json:"smtp,omitempty"`
	Webhook         *Webhook          `json:"webhook,omitempty"`
	// WatcherDatabases are the watchers' own databases, read (read only) for the deposits they
	// recorded as unsupported; none: the report says that it lists none.
	WatcherDatabases []WatcherDatabase `json:"watcher_databases,omitempty"`
}

// WatcherDatabase is one watcher's PostgreSQL database.
type WatcherDatabase struct {
	Name string `json:"name"` // the watcher, as the report names it: lower-case letters, digits and '-'
	// URL of the database; a read-only role is enough. WatcherEnv(Name) replaces it, so the
	// password need not be in the file.
	URL string `json:"url"`
}

// watcherName is what a watcher database's name may be: it maps one-to-one onto its
// environment variable.
var watcherName = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,62}$`)

// WatcherEnv is the environment variable that gives the URL of the watcher database name:
// DROPLET_REPORTER_WATCHER_DATABASE_ and the name upper-cased, '-' written '_'
// ("watcher-a": DROPLET_REPORTER_WATCHER_DATABASE_WATCHER_A).
func WatcherEnv(name string) string {
	return "DROPLET_REPORTER_WATCHER_DATABASE_" + strings.ToUpper(strings.ReplaceAll(name, "-", "_"))
}

// Retry of a delivery.
type Retry struct {
	Attempts int      `json:"attempts"`
	First    Duration `json:"first"`
	Max      Duration `json:"max"`
}

// SMTP delivery.
type SMTP struct {
	Addr     string   `json:"addr"` // host:port
	From     string   `json:"from"`
	To       []string `json:"to"`
	Username string   `json:"username"`
	Password string   `json:"-"` // DROPLET_REPORTER_SMTP_PASSWORD only
	StartTLS bool     `json:"starttls"`
}

// Webhook delivery.
type Webhook struct {
	URL   string `json:"url"`
	Token string `json:"-"` // DROPLET_REPORTER_WEBHOOK_TOKEN only
}

// Duration is a time.Duration written as "1h30m".
type Duration struct{ time.Duration }

// UnmarshalJSON reads "1h30m".
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return errors.New(`a duration is a string such as "1h30m"`)
	}
	v, err := time.ParseDuration(s)
	d.Duration = v
	return err
}

// MarshalJSON writes "1h30m0s".
func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// Default is the configuration before any file, environment or flag.
func Default() Config {
	return Config{
		Out: "reports", StuckAfter: Duration{time.Hour}, Largest: 10, RunAt: Duration{30 * time.Minute}, Backfill: 7,
		Retry: Retry{Attempts: 6, First: Duration{30 * time.Second}, Max: Duration{8 * time.Minute}},
	}
}

// Load reads a JSON file over c; unknown keys and anything after the object are errors.
func (c *Config) Load(path string) error {
	return strictjson.Load(path, c)
}

// Env takes values from the environment (getenv is os.Getenv in production).
func (c *Config) Env(getenv func(string) string) {
	if v := getenv("DROPLET_REPORTER_DATABASE"); v != "" {
		c.Database = v
	}
	if v := getenv("DROPLET_REPORTER_ETHEREUM_RPC"); v != "" {
		c.EthereumRPC = v
	}
	if v := getenv("DROPLET_REPORTER_METAVERSE_RPC"); v != "" {
		c.MetaverseRPC = v
	}
	for i := range c.WatcherDatabases {
		if v := getenv(WatcherEnv(c.WatcherDatabases[i].Name)); v != "" {
			c.WatcherDatabases[i].URL = v
		}
	}
	if c.SMTP != nil {
		c.SMTP.Password = getenv("DROPLET_REPORTER_SMTP_PASSWORD")
	}
	if c.Webhook != nil {
		c.Webhook.Token = getenv("DROPLET_REPORTER_WEBHOOK_TOKEN")
	}
}

// Validate checks the whole configuration.
func (c *Config) Validate() error {
	var errs []error
	bad := func(key, format string, a ...any) {
		errs = append(errs, fmt.Errorf("%s: "+format, append([]any{key}, a...)...))
	}
	if c.Database == "" {
		bad("database", "missing (or DROPLET_REPORTER_DATABASE)")
	}
	if c.Routes == "" {
		bad("routes", "missing")
	}
	if c.Out == "" {
		bad("out", "missing")
	}
	if c.StuckAfter.Duration <= 0 {
		bad("stuck_after", "must be positive")
	}
	if c.Largest < 1 || c.Largest > 1000 {
		bad("largest", "must be between 1 and 1000")
	}
	if c.RunAt.Duration < 0 || c.RunAt.Duration >= 24*time.Hour {
		bad("run_at", "must be between 0 and 24h")
	}
	if c.Backfill < 1 || c.Backfill > 366 {
		bad("backfill_days", "must be between 1 and 366")
	}
	if c.Retry.Attempts < 1 || c.Retry.First.Duration <= 0 || c.Retry.Max.Duration < c.Retry.First.Duration {
		bad("retry", "want attempts >= 1 and 0 < first <= max")
	}
	if s := c.SMTP; s != nil {
		if _, _, err := net.SplitHostPort(s.Addr); err != nil {
			bad("smtp.addr", "%v", err)
		}
		if s.From == "" || len(s.To) == 0 {
			bad("smtp", "from and to are required")
		}
		if s.Username != "" && s.Password == "" {
			bad("smtp.username", "set, but DROPLET_REPORTER_SMTP_PASSWORD is empty")
		}
	}
	if w := c.Webhook; w != nil {
		if u, err := url.Parse(w.URL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			bad("webhook.url", "%q is not an http(s) URL", w.URL)
		}
	}
	names := map[string]int{}
	for i, w := range c.WatcherDatabases {
		key := fmt.Sprintf("watcher_databases[%d]", i)
		if !watcherName.MatchString(w.Name) {
			bad(key+".name", "%q: want 1 to 63 lower-case letters, digits and '-', starting with a letter or digit", w.Name)
		} else if j, dup := names[w.Name]; dup {
			bad(key+".name", "%q is also watcher_databases[%d]", w.Name, j)
		} else {
			names[w.Name] = i
		}
		switch u, err := url.Parse(w.URL); {
		case w.URL == "" && watcherName.MatchString(w.Name):
			bad(key+".url", "missing (or %s)", WatcherEnv(w.Name))
		case w.URL == "":
			bad(key+".url", "missing")
		case err != nil:
			bad(key+".url", "not a URL: %v", errors.Unwrap(err))
		case (u.Scheme != "postgres" && u.Scheme != "postgresql") || u.Host == "":
			bad(key+".url", "%q is not a postgres:// URL with a host", redactURL(w.URL))
		}
	}
	return errors.Join(errs...)
}

// String is the configuration with its secrets redacted.
func (c Config) String() string {
	cp := c
	cp.Database = redactURL(cp.Database)
	cp.EthereumRPC = redactURL(cp.EthereumRPC)
	cp.MetaverseRPC = redactURL(cp.MetaverseRPC)
	cp.WatcherDatabases = make([]WatcherDatabase, len(c.WatcherDatabases))
	for i, w := range c.WatcherDatabases {
		cp.WatcherDatabases[i] = WatcherDatabase{Name: w.Name, URL: redactURL(w.URL)}
	}
	b, _ := json.Marshal(cp) // Password and Token are never marshalled
	return string(b)
}

func redactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || s == "" {
		return s
	}
	if _, has := u.User.Password(); has {
		u.User = url.UserPassword(u.User.Username(), "redacted")
	}
	q := u.Query()
	for k := range q {
		if k == "password" || k == "apikey" || k == "key" || k == "token" {
			q.Set(k, "redacted")
		}
	}
	u.RawQuery = q.Encode()
	return u.String()
}
