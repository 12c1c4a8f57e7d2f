package runner_test

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/tokendroplet/droplet/reporter/internal/report"
	"github.com/tokendroplet/droplet/reporter/internal/reportertest"
	"github.com/tokendroplet/droplet/reporter/internal/runner"
)

// TestUnsupportedDeposits makes a day's report from the relayer's database and three watcher
// databases: two with the watcher's schema that saw one deposit both, and one that is down. The
// files written list the deposit once with both watchers, and warn of the third in every format.
func TestUnsupportedDeposits(t *testing.T) {
	db, _ := reportertest.RelayerDB(t)
	routes := reportertest.Routes(t)
	reportertest.GenerateDay(t, db, routes, 300)
	a, _ := reportertest.WatcherDB(t)
	b, _ := reportertest.WatcherDB(t)
	var tx [32]byte
	tx[31] = 0x42
	dep := reportertest.Unsupported{Chain: 1, SourceTx: tx, SourceIndex: 7, Block: 123, Token: "0x00000000000000000000000000000000000000aa",
		Amount: "1000000000000000000000", Sender: "0x00000000000000000000000000000000000000bb", Reason: "no route for token",
		At: reportertest.Day.Add(9 * time.Hour)}
	reportertest.InsertUnsupported(t, a, dep)
	dep.At = dep.At.Add(time.Minute)
	reportertest.InsertUnsupported(t, b, dep)
	down, err := sql.Open("postgres", "postgres://reader@127.0.0.1:1/watcher?sslmode=disable&connect_timeout=10")
	if err != nil {
		t.Fatal(err)
	}
	defer down.Close()

	reg := prometheus.NewRegistry()
	out := t.TempDir()
	r, err := runner.New(runner.Config{DB: db, Routes: routes, Out: out, RunAt: 15 * time.Minute,
		Watchers: []report.Watcher{{Name: "watcher-a", DB: a}, {Name: "watcher-b", DB: b}, {Name: "watcher-c", DB: down}},
		Metrics:  runner.NewMetrics(reg), Now: func() time.Time { return reportertest.Now }})
	if err != nil {
		t.Fatal(err)
	}
	res, err := r.Day(context.Background(), reportertest.Day, runner.Options{})
	if err != nil {
		t.Fatalf("the report must go out with a watcher down: %v", err)
	}
	txHex := "0x" + strings.Repeat("00", 31) + "42"

	data, err := os.ReadFile(filepath.Join(res.Dir, "unsupported.csv"))
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 {
		t.Fatalf("unsupported.csv has %d lines, want the header, the warning and one deposit: %q", len(recs), recs)
	}
	if w := recs[1]; w[0] != "watcher unreadable" || w[11] != "watcher-c" || !strings.Contains(w[9], "watcher-c could not be read") {
		t.Errorf("warning line %q", w)
	}
	if d := recs[2]; d[0] != "new" || d[1] != "ethereum" || d[3] != txHex || d[4] != "7" || d[7] != dep.Amount ||
		d[10] != "2026-11-20T09:00:00Z" || d[11] != "watcher-a, watcher-b" {
		t.Errorf("deposit line %q", d)
	}

	rows := readCells(t, filepath.Join(res.Dir, "report.xlsx"), "unsupported")
	if len(rows) != 3 || rows[1][11] != "watcher-c" || rows[2][3] != txHex || rows[2][11] != "watcher-a, watcher-b" {
		t.Errorf("unsupported sheet %q", rows)
	}
	if sum := readCells(t, filepath.Join(res.Dir, "report.xlsx"), "summary"); len(sum) != 7 {
		t.Errorf("the rest of the report: %d summary rows", len(sum))
	}

	page, err := os.ReadFile(filepath.Join(res.Dir, "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Watcher database watcher-c could not be read", "Unsupported deposits (manual handling): 1 new, 1 open",
		txHex, "watcher-a, watcher-b", "Transfers by route and direction"} {
		if !bytes.Contains(page, []byte(want)) {
			t.Errorf("report.html lacks %q", want)
		}
	}
	summary, _ := os.ReadFile(filepath.Join(res.Dir, "summary.json"))
	if !bytes.Contains(summary, []byte(`"watchers_unreadable": [
    "watcher-c"
  ]`)) || !bytes.Contains(summary, []byte(`"unsupported_new": 1`)) {
		t.Errorf("summary.json:\n%s", summary)
	}
	for _, c := range []struct {
		name, label string
		want        float64
	}{
		{"droplet_reporter_unsupported_deposits", "new", 1},
		{"droplet_reporter_unsupported_deposits", "open", 1},
		{"droplet_reporter_watcher_unreadable", "watcher-c", 1},
		{"droplet_reporter_watcher_unreadable", "watcher-a", 0},
	} {
		if got := metric(t, reg, c.name, c.label); got != c.want {
			t.Errorf("%s{%s} = %v, want %v", c.name, c.label, got, c.want)
		}
	}
}
