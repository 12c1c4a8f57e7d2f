// Package testenv gives tests the real services that scripts/testenv.sh starts: a throwaway
// PostgreSQL and a Vault dev server. A test that needs one and does not find it is skipped on a
// developer's machine and fails in CI (CI=true), so CI can never pass by skipping.
package testenv

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	vault "github.com/hashicorp/vault/api"
	_ "github.com/lib/pq" // the PostgreSQL driver
)

func need(t testing.TB, env string) string {
	t.Helper()
	v := os.Getenv(env)
	if v != "" {
		return v
	}
	msg := env + " is not set: start the test services with `eval \"$(scripts/testenv.sh up)\"` or run scripts/test.sh"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// Postgres creates a fresh, empty database for this test, dropped when the test ends, and
// returns its URL.
func Postgres(t testing.TB) string {
	t.Helper()
	base := need(t, "DROPLET_TEST_POSTGRES")
	admin, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	var b [6]byte
	_, _ = rand.Read(b[:])
	name := "t_" + hex.EncodeToString(b[:])
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		admin, err := sql.Open("postgres", base)
		if err != nil {
			return
		}
		defer admin.Close()
		_, _ = admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

// Vault returns a client of the Vault dev server with its root token.
func Vault(t testing.TB) *vault.Client {
	t.Helper()
	addr := need(t, "DROPLET_TEST_VAULT_ADDR")
	cfg := vault.DefaultConfig()
	cfg.Address = addr
	c, err := vault.NewClient(cfg)
	if err != nil {
		t.Fatal(err)
	}
	c.SetToken(need(t, "DROPLET_TEST_VAULT_TOKEN"))
	return c
}

// RandomName is a short random name for Vault keys and mounts so tests do not collide.
func RandomName(prefix string) string {
	var b [5]byte
	_, _ = rand.Read(b[:])
	return prefix + hex.EncodeToString(b[:])
}

// PostgresRoles creates two login roles and a fresh database owned by the first, all dropped when
// the test ends, and returns the database's URL as each: owner (for migrations and grants) and
// user (a component's own role, with only what the owner grants it).
func PostgresRoles(t testing.TB) (ownerURL, userURL string) {
	t.Helper()
	base := need(t, "DROPLET_TEST_POSTGRES")
	admin, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	var b [6]byte
	_, _ = rand.Read(b[:])
	suffix := hex.EncodeToString(b[:])
	owner, user, name := "o_"+suffix, "u_"+suffix, "t_"+suffix
	for _, q := range []string{
		"CREATE ROLE " + owner + " LOGIN PASSWORD '" + suffix + "'",
		"CREATE ROLE " + user + " LOGIN PASSWORD '" + suffix + "'",
		"CREATE DATABASE " + name + " OWNER " + owner,
		"REVOKE ALL ON DATABASE " + name + " FROM PUBLIC",
		"GRANT CONNECT ON DATABASE " + name + " TO " + user,
	} {
		if _, err := admin.Exec(q); err != nil {
			t.Fatalf("create test roles: %v", err)
		}
	}
	t.Cleanup(func() {
		admin, err := sql.Open("postgres", base)
		if err != nil {
			return
		}
		defer admin.Close()
		_, _ = admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
		_, _ = admin.Exec("DROP ROLE IF EXISTS " + user)
		_, _ = admin.Exec("DROP ROLE IF EXISTS " + owner)
	})
	as := func(role string) string {
		u, err := url.Parse(base)
		if err != nil {
			t.Fatal(err)
		}
		u.Path = "/" + name
		u.User = url.UserPassword(role, suffix)
		return u.String()
	}
	return as(owner), as(user)
}
