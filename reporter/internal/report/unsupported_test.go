package report_test

import (
	"context"
	"database/sql"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/tokendroplet/droplet/internal/testenv"
	"github.com/tokendroplet/droplet/reporter/internal/report"
	"github.com/tokendroplet/droplet/reporter/internal/reportertest"
)

func hash(b byte) (h [32]byte) {
	for i := range h {
		h[i] = b
	}
	return h
}

// unsupportedFixture is two watchers' databases, with the watchers' own schema, holding
// deposits each saw, some both saw; the expected merged rows are written out by hand.
type unsupportedFixture struct {
	a, b *sql.DB
	want []report.Unsupported
}

func unsupportedWatchers(t *testing.T, mvs uint64) unsupportedFixture {
	t.Helper()
	a, _ := reportertest.WatcherDB(t)
	b, _ := reportertest.WatcherDB(t)
	day := reportertest.Day
	eth := reportertest.Unsupported{Chain: 1, SourceTx: hash(0xe1), SourceIndex: 3, Block: 100, Token: "0x00000000000000000000000000000000000000aa",
		Amount: "123456789012345678901234567890", Sender: "0x00000000000000000000000000000000000000bb", Reason: "no route for token"}
	mvsDep := reportertest.Unsupported{Chain: mvs, SourceTx: hash(0x5e), SourceIndex: 1, Block: 2000, Token: "ERC20.FOO",
		Amount: "500", Sender: "MSender", Reason: "no route for symbol ERC20.FOO"}
	// Seen by both watchers during the day, a first at 02:00: one new row.
	ethA, ethB := eth, eth
	ethA.At, ethB.At = day.Add(2*time.Hour), day.Add(3*time.Hour)
	// Seen by a the day before and by b during the day: open, not new.
	mvsA, mvsB := mvsDep, mvsDep
	mvsA.At, mvsB.At = day.Add(-5*time.Hour), day.Add(time.Hour)
	// The same transaction's other log, seen by b only: a row of its own.
	eth2 := eth
	eth2.SourceIndex, eth2.At = 4, day.Add(time.Hour)
	// Seen after the day's end: not in this day's report.
	late := eth
	late.SourceTx, late.At = hash(0xf0), day.Add(24*time.Hour+time.Minute)
	// Both saw it, but b recorded another amount: one row, flagged.
	odd := eth
	odd.SourceTx, odd.At = hash(0xd0), day.Add(-48*time.Hour)
	oddB := odd
	oddB.Amount = "1"
	// A chain the routes do not name.
	other := eth
	other.Chain, other.SourceTx, other.At = 99, hash(0x99), day.Add(23*time.Hour+59*time.Minute)
	reportertest.InsertUnsupported(t, a, ethA, mvsA, late, odd)
	reportertest.InsertUnsupported(t, b, ethB, mvsB, eth2, oddB, other)

	row := func(u reportertest.Unsupported, chain string, tx string, first time.Time, isNew bool, disagree string, watchers ...string) report.Unsupported {
		return report.Unsupported{Chain: u.Chain, ChainName: chain, SourceTx: tx, SourceIndex: u.SourceIndex, Block: u.Block,
			Token: u.Token, Amount: u.Amount, Sender: u.Sender, Reason: u.Reason, FirstSeen: first, New: isNew,
			Watchers: watchers, Disagree: disagree}
	}
	ethTx := "0x" + strings.Repeat("e1", 32)
	return unsupportedFixture{a: a, b: b, want: []report.Unsupported{
		// New ones first, oldest first; then the open ones, oldest first.
		row(eth2, "ethereum", ethTx, eth2.At, true, "", "watcher-b"),
		row(eth, "ethereum", ethTx, ethA.At, true, "", "watcher-a", "watcher-b"),
		row(other, "chain 99", strings.Repeat("99", 32), other.At, true, "", "watcher-b"),
		row(odd, "ethereum", "0x"+strings.Repeat("d0", 32), odd.At, false, "amount", "watcher-a", "watcher-b"),
		row(mvsDep, "metaverse", strings.Repeat("5e", 32), mvsA.At, false, "", "watcher-a", "watcher-b"),
	}}
}

func TestUnsupportedDeduplicatedAcrossWatchers(t *testing.T) {
	db, _ := reportertest.RelayerDB(t)
	routes := reportertest.Routes(t)
	reportertest.GenerateDay(t, db, routes, 200)
	f := unsupportedWatchers(t, routes.MetaverseChainID())
	// Given in another order than the names': the report sorts them.
	rep, err := report.Build(context.Background(), db, routes, report.Options{Day: reportertest.Day,
		Watchers: []report.Watcher{{Name: "watcher-b", DB: f.b}, {Name: "watcher-a", DB: f.a}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.WatcherErrors) != 0 {
		t.Fatalf("watcher errors: %+v", rep.WatcherErrors)
	}
	if !reflect.DeepEqual(rep.Watchers, []string{"watcher-a", "watcher-b"}) {
		t.Errorf("watchers %v", rep.Watchers)
	}
	if len(rep.Unsupported) != len(f.want) {
		t.Fatalf("%d rows, want %d: %+v", len(rep.Unsupported), len(f.want), rep.Unsupported)
	}
	for i := range f.want {
		if !reflect.DeepEqual(rep.Unsupported[i], f.want[i]) {
			t.Errorf("row %d:\n got %+v\nwant %+v", i, rep.Unsupported[i], f.want[i])
		}
	}
	if n := rep.NewUnsupported(); n != 3 {
		t.Errorf("%d new, want 3", n)
	}
	// The same day made again, after more deposits arrived, lists the same ones.
	reportertest.InsertUnsupported(t, f.a, reportertest.Unsupported{Chain: 1, SourceTx: hash(0x77), Block: 1, Token: "0x1",
		Amount: "1", Sender: "0x2", Reason: "later", At: reportertest.Day.Add(25 * time.Hour)})
	again, err := report.Build(context.Background(), db, routes, report.Options{Day: reportertest.Day,
		Watchers: []report.Watcher{{Name: "watcher-a", DB: f.a}, {Name: "watcher-b", DB: f.b}}})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(again.Unsupported, rep.Unsupported) {
		t.Errorf("the day made again differs:\n%+v\n%+v", again.Unsupported, rep.Unsupported)
	}
}

// TestUnsupportedWatcherUnreadable: a watcher database that cannot be read is named in the
// report, and the report is made from the others and the relayer's database all the same.
func TestUnsupportedWatcherUnreadable(t *testing.T) {
	db, _ := reportertest.RelayerDB(t)
	routes := reportertest.Routes(t)
	reportertest.GenerateDay(t, db, routes, 200)
	f := unsupportedWatchers(t, routes.MetaverseChainID())
	full, err := report.Build(context.Background(), db, routes, report.Options{Day: reportertest.Day})
	if err != nil {
		t.Fatal(err)
	}
	// Nothing listens on port 1; and a database without the watcher's schema.
	down, err := sql.Open("postgres", "postgres://reader@127.0.0.1:1/watcher?sslmode=disable&connect_timeout=10")
	if err != nil {
		t.Fatal(err)
	}
	defer down.Close()
	empty, err := sql.Open("postgres", testenv.Postgres(t))
	if err != nil {
		t.Fatal(err)
	}
	defer empty.Close()
	for _, c := range []struct {
		name string
		w    report.Watcher
		want string
	}{
		{"connection refused", report.Watcher{Name: "watcher-c", DB: down}, "connect"},
		{"no unsupported table", report.Watcher{Name: "watcher-c", DB: empty}, `relation "unsupported" does not exist`},
		{"no handle", report.Watcher{Name: "watcher-c"}, "no database handle"},
	} {
		t.Run(c.name, func(t *testing.T) {
			rep, err := report.Build(context.Background(), db, routes, report.Options{Day: reportertest.Day,
				Watchers: []report.Watcher{{Name: "watcher-a", DB: f.a}, c.w}})
			if err != nil {
				t.Fatal(err)
			}
			if len(rep.WatcherErrors) != 1 || rep.WatcherErrors[0].Watcher != "watcher-c" || !strings.Contains(rep.WatcherErrors[0].Error, c.want) {
				t.Fatalf("watcher errors %+v, want watcher-c: ...%s...", rep.WatcherErrors, c.want)
			}
			// watcher-a's deposits are listed, seen by watcher-a alone.
			if len(rep.Unsupported) != 3 {
				t.Errorf("%d unsupported rows, want watcher-a's 3: %+v", len(rep.Unsupported), rep.Unsupported)
			}
			for _, u := range rep.Unsupported {
				if !reflect.DeepEqual(u.Watchers, []string{"watcher-a"}) {
					t.Errorf("%+v: watchers %v", u, u.Watchers)
				}
			}
			// The rest of the report is whole.
			if !reflect.DeepEqual(rep.Rows, full.Rows) || len(rep.Failed) != len(full.Failed) || len(rep.Stuck) != len(full.Stuck) {
				t.Error("the report's transfers differ when a watcher database is unreadable")
			}
			if rep.Rows[0].Count == 0 {
				t.Error("the report has no transfers")
			}
		})
	}
}
