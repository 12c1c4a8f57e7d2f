package scan_test

import (
	"context"
	"database/sql"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/tokendroplet/droplet/internal/testenv"
	"github.com/tokendroplet/droplet/watcher/internal/scan"
)

// TestUnsupportedColumnsForReporter: the reporter (reporter/internal/report, unsupported.go)
// reads the table unsupported of every watcher's database, and its tests build that table from
// this package's migrations. A migration that renames, drops or retypes one of the columns it
// reads must fail here, and the reporter be changed with it.
func TestUnsupportedColumnsForReporter(t *testing.T) {
	db, err := sql.Open("postgres", testenv.Postgres(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := scan.Open(context.Background(), db); err != nil {
		t.Fatal(err)
	}
	rows, err := db.Query(`SELECT column_name, data_type, coalesce(numeric_precision, 0), is_nullable
		FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'unsupported'`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	got := map[string]string{}
	for rows.Next() {
		var name, typ, nullable string
		var precision int
		if err := rows.Scan(&name, &typ, &precision, &nullable); err != nil {
			t.Fatal(err)
		}
		if typ == "numeric" && precision != 78 {
			typ += " (precision too small for a uint256)"
		}
		if nullable == "YES" {
			typ += " null"
		}
		got[name] = typ
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"chain":        "bigint",
		"source_tx":    "bytea",
		"source_index": "bigint",
		"block":        "bigint",
		"token":        "text",
		"amount":       "numeric",
		"sender":       "text",
		"reason":       "text",
		"at":           "timestamp with time zone",
	}
	for _, name := range slices.Sorted(maps.Keys(want)) {
		if got[name] != want[name] {
			t.Errorf("unsupported.%s: %q, the reporter reads it as %q not null", name, got[name], want[name])
		}
	}
	// The reporter merges the watchers' rows on this key.
	var key string
	if err := db.QueryRow(`SELECT string_agg(a.attname, ',' ORDER BY array_position(i.indkey, a.attnum))
		FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
		WHERE i.indrelid = 'unsupported'::regclass AND i.indisprimary`).Scan(&key); err != nil {
		t.Fatal(err)
	}
	if key != "chain,source_tx,source_index" {
		t.Errorf("unsupported's primary key is (%s), the reporter deduplicates on (chain, source_tx, source_index)", strings.ReplaceAll(key, ",", ", "))
	}
}
