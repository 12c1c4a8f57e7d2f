package config_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tokendroplet/droplet/reporter/internal/config"
)

func TestLoadEnvValidate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.json")
	if err := os.WriteFile(path, []byte(`{"routes": "routes.json", "run_at": "45m",
		"smtp": {"addr": "mail.example:587", "from": "r@x", "to": ["ops@x"], "username": "r", "starttls": true},
		"webhook": {"url": "https://hooks.example/droplet"}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	c := config.Default()
	if err := c.Load(path); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"DROPLET_REPORTER_DATABASE": "postgres://reader:hunter2@db:5432/relayer",
		"DROPLET_REPORTER_SMTP_PASSWORD": "mailpass", "DROPLET_REPORTER_WEBHOOK_TOKEN": "hooktoken"}
	c.Env(func(k string) string { return env[k] })
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if c.RunAt.Duration != 45*time.Minute || c.SMTP.Password != "mailpass" || c.Webhook.Token != "hooktoken" {
		t.Errorf("%+v", c)
	}
	s := c.String()
	for _, secret := range []string{"hunter2", "mailpass", "hooktoken"} {
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
