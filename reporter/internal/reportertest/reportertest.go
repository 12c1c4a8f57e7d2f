// Package reportertest gives the reporter's tests a relayer database and the routes they use:
// a fresh PostgreSQL database (from internal/testenv) with the relayer's own migration applied,
// read from the relayer's source tree so that the tests follow its schema, and an in-memory
// table of chain balances.
package reportertest

import (
	"context"
	"database/sql"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/tokendroplet/droplet/internal/pgmigrate"
	"github.com/tokendroplet/droplet/internal/testenv"
	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/reporter/internal/synth"
)

// relayerLockKey is the relayer's advisory lock key for its migrations (any value works for a
// throwaway database; this one is the relayer's).
const relayerLockKey = 0x64726f706c657420

// repoRoot is the module's root, found from this file's place in it.
func repoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..")
}

// Path is a path inside the repository.
func Path(elem ...string) string { return filepath.Join(append([]string{repoRoot()}, elem...)...) }

// RelayerDB is a fresh database with the relayer's schema; it returns the handle and its URL.
func RelayerDB(t testing.TB) (*sql.DB, string) {
	t.Helper()
	url := testenv.Postgres(t)
	db, err := sql.Open("postgres", url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	migrations := os.DirFS(Path("relayer", "internal", "store"))
	if err := pgmigrate.Apply(context.Background(), db, migrations, "migrations", relayerLockKey); err != nil {
		t.Fatalf("apply the relayer's migrations: %v", err)
	}
	return db, url
}

// Routes loads reporter/testdata/routes.json: usdt (6/6 decimals, Ethereum locks), dai (18 on
// Ethereum, 8 on Metaverse, Ethereum locks) and dna (4 on Metaverse, which locks; 18 on
// Ethereum, which mints).
func Routes(t testing.TB) *transfer.Routes {
	t.Helper()
	data, err := os.ReadFile(Path("reporter", "testdata", "routes.json"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := transfer.ParseRoutes(data)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Day is the generated day of the tests; Now is when its report is made (20 minutes after the
// day's end, with transfers of the day still finishing and the next day's arriving).
var (
	Day = time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	Now = Day.Add(24*time.Hour + 20*time.Minute)
)

// GenerateDay writes a generated day of n transfers (seed fixed) into db.
func GenerateDay(t testing.TB, db *sql.DB, routes *transfer.Routes, n int) synth.Stats {
	t.Helper()
	st, err := synth.Write(context.Background(), db, synth.Config{Routes: routes, Day: Day, Now: Now, Transfers: n, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// Balance is one route's figures in a Balances table.
type Balance struct {
	Locked, Circulating *big.Int // base units of the lock side and of the mint side
	Err                 error
}

// Balances is a table of chain balances by route id: the chain's side of a reconciliation, as
// test input.
type Balances map[string]Balance

// Locked implements report.Balances.
func (b Balances) Locked(_ context.Context, rt *transfer.Route) (*big.Int, error) {
	v, ok := b[rt.ID]
	if !ok {
		return nil, fmt.Errorf("no balance for route %s", rt.ID)
	}
	return v.Locked, v.Err
}

// Circulating implements report.Balances.
func (b Balances) Circulating(_ context.Context, rt *transfer.Route) (*big.Int, error) {
	v, ok := b[rt.ID]
	if !ok {
		return nil, fmt.Errorf("no balance for route %s", rt.ID)
	}
	return v.Circulating, v.Err
}

// watcherLockKey is the watchers' advisory lock key for their migrations (watcher/internal/scan).
const watcherLockKey = 0x64726f706c657410

// WatcherDB is a fresh database with a watcher's schema, from the watcher's own migrations read
// from its source tree (its package is internal to the watcher); it returns the handle and URL.
func WatcherDB(t testing.TB) (*sql.DB, string) {
	t.Helper()
	url := testenv.Postgres(t)
	db, err := sql.Open("postgres", url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	migrations := os.DirFS(Path("watcher", "internal", "scan"))
	if err := pgmigrate.Apply(context.Background(), db, migrations, "migrations", watcherLockKey); err != nil {
		t.Fatalf("apply the watcher's migrations: %v", err)
	}
	return db, url
}

// Unsupported is a row of a watcher's table unsupported.
type Unsupported struct {
	Chain       uint64
	SourceTx    [32]byte
	SourceIndex uint32
	Block       uint64
	Token       string
	Amount      string
	Sender      string
	Reason      string
	At          time.Time
}

// InsertUnsupported records deposits in a watcher database as the watcher does.
func InsertUnsupported(t testing.TB, db *sql.DB, rows ...Unsupported) {
	t.Helper()
	for _, u := range rows {
		if _, err := db.Exec(`INSERT INTO unsupported (chain, source_tx, source_index, block, token, amount, sender, reason, at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, int64(u.Chain), u.SourceTx[:], int64(u.SourceIndex), int64(u.Block),
			u.Token, u.Amount, u.Sender, u.Reason, u.At); err != nil {
			t.Fatalf("insert unsupported: %v", err)
		}
	}
}
