package config_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tokendroplet/droplet/reporter/config"
)

func TestLoadEnvValidate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.json")
	if err := os.WriteFile(path, []byte(`{"routes": "routes.json", "run_at": "45m",
		"smtp": {"addr": "mail.example:587", "from": "r@x", "to": ["ops@x"], "username": "r", "starttls": true},
		"webhook": {"url": "https://hooks.example/droplet"},
		"watcher_databases": [{"name": "watcher-a", "url": "postgres://reader:inthefile@wa:5432/watcher"},
			{"name": "watcher-b"}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	c := config.Default()
	if err := c.Load(path); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"DROPLET_REPORTER_DATABASE": "postgres://reader:hunter2@db:5432/relayer",
		"DROPLET_REPORTER_SMTP_PASSWORD": "mailpass", "DROPLET_REPORTER_WEBHOOK_TOKEN": "hooktoken",
		"DROPLET_REPORTER_WATCHER_DATABASE_WATCHER_B": "postgres://reader:fromtheenv@wb:5432/watcher"}
	c.Env(func(k string) string { return env[k] })
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if c.RunAt.Duration != 45*time.Minute || c.SMTP.Password != "mailpass" || c.Webhook.Token != "hooktoken" {
		t.Errorf("%+v", c)
	}
	if w := c.WatcherDatabases; len(w) != 2 || w[0].URL != "postgres://reader:inthefile@wa:5432/watcher" ||
		w[1].URL != "postgres://reader:fromtheenv@wb:5432/watcher" {
		t.Errorf("watcher databases %+v", w)
	}
	s := c.String()
	if !strings.Contains(s, "watcher-b") {
		t.Errorf("String lacks the watcher databases: %s", s)
	}
	for _, secret := range []string{"hunter2", "mailpass", "hooktoken", "inthefile", "fromtheenv"} {
		if strings.Contains(s, secret) {
			t.Errorf("String shows a secret: %s", s)
		}
	}
}

func TestValidateNamesEveryProblem(t *testing.T) {
	for _, c := range []struct {
		name string
		edit func(*config.Config)
		want string
	}{
		{"no database", func(c *config.Config) { c.Database = "" }, "database"},
		{"no routes", func(c *config.Config) { c.Routes = "" }, "routes"},
		{"run_at a day", func(c *config.Config) { c.RunAt.Duration = 24 * time.Hour }, "run_at"},
		{"retry", func(c *config.Config) { c.Retry.Attempts = 0 }, "retry"},
		{"smtp password", func(c *config.Config) {
			c.SMTP = &config.SMTP{Addr: "m:25", From: "a", To: []string{"b"}, Username: "u"}
		}, "DROPLET_REPORTER_SMTP_PASSWORD"},
		{"webhook url", func(c *config.Config) { c.Webhook = &config.Webhook{URL: "ftp://x"} }, "webhook.url"},
		{"watcher name empty", watchers(config.WatcherDatabase{URL: "postgres://w/db"}), "watcher_databases[0].name"},
		{"watcher name upper case", watchers(config.WatcherDatabase{Name: "Watcher-A", URL: "postgres://w/db"}), "watcher_databases[0].name"},
		{"watcher name underscore", watchers(config.WatcherDatabase{Name: "watcher_a", URL: "postgres://w/db"}), "watcher_databases[0].name"},
		{"watcher name twice", watchers(config.WatcherDatabase{Name: "a", URL: "postgres://w/db"},
			config.WatcherDatabase{Name: "a", URL: "postgres://v/db"}), `watcher_databases[1].name: "a" is also watcher_databases[0]`},
		{"watcher url missing", watchers(config.WatcherDatabase{Name: "watcher-a"}),
			"watcher_databases[0].url: missing (or DROPLET_REPORTER_WATCHER_DATABASE_WATCHER_A)"},
		{"watcher url not postgres", watchers(config.WatcherDatabase{Name: "a", URL: "mysql://w/db"}), "watcher_databases[0].url"},
		{"watcher url no host", watchers(config.WatcherDatabase{Name: "a", URL: "postgres:///db"}), "watcher_databases[0].url"},
		{"watcher url unparsable", watchers(config.WatcherDatabase{Name: "a", URL: "postgres://w:bad%zz@h/db"}), "watcher_databases[0].url: not a URL"},
	} {
		t.Run(c.name, func(t *testing.T) {
			cfg := config.Default()
			cfg.Database, cfg.Routes = "postgres://db/relayer", "routes.json"
			c.edit(&cfg)
			if err := cfg.Validate(); err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want an error naming %s", err, c.want)
			}
		})
	}
}

func watchers(w ...config.WatcherDatabase) func(*config.Config) {
	return func(c *config.Config) { c.WatcherDatabases = w }
}

// TestValidateRedactsWatcherURL: a rejected watcher URL is named without its password.
func TestValidateRedactsWatcherURL(t *testing.T) {
	cfg := config.Default()
	cfg.Database, cfg.Routes = "postgres://db/relayer", "routes.json"
	cfg.WatcherDatabases = []config.WatcherDatabase{{Name: "a", URL: "mysql://u:sekrit@w/db"}}
	err := cfg.Validate()
	if err == nil || strings.Contains(err.Error(), "sekrit") {
		t.Errorf("got %v, want an error without the password", err)
	}
}
