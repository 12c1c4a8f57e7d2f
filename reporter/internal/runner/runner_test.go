package runner_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/xuri/excelize/v2"

	"github.com/tokendroplet/droplet/reporter/internal/deliver"
	"github.com/tokendroplet/droplet/reporter/internal/render"
	"github.com/tokendroplet/droplet/reporter/internal/report"
	"github.com/tokendroplet/droplet/reporter/internal/reportertest"
	"github.com/tokendroplet/droplet/reporter/internal/runner"
)

// chainTable gives every route balances that reconcile only if the database is ignored: the
// runner test checks the plumbing (the mismatch is flagged, gauged and first), the report
// package's test checks the arithmetic.
func chainTable() reportertest.Balances {
	b := reportertest.Balances{}
	for _, id := range []string{"usdt", "dai", "dna"} {
		b[id] = reportertest.Balance{Locked: big.NewInt(1_000_000), Circulating: big.NewInt(1_000_000)}
	}
	return b
}

// until is a log handler that closes a channel when a message is logged.
type until struct {
	slog.Handler
	msg  string
	done chan struct{}
	once atomic.Bool
}

func (u *until) Enabled(context.Context, slog.Level) bool { return true }

func (u *until) Handle(ctx context.Context, r slog.Record) error {
	if r.Message == u.msg && u.once.CompareAndSwap(false, true) {
		close(u.done)
	}
	return u.Handler.Handle(ctx, r)
}

func readCells(t *testing.T, path, sheet string) [][]string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func rat(t *testing.T, s string) *big.Rat {
	t.Helper()
	v, ok := new(big.Rat).SetString(s)
	if !ok {
		t.Fatalf("not a number: %q", s)
	}
	return v
}

func TestRunner(t *testing.T) {
	db, _ := reportertest.RelayerDB(t)
	routes := reportertest.Routes(t)
	reportertest.GenerateDay(t, db, routes, 3000)
	out := t.TempDir()

	var hookCalls atomic.Int32
	var hookDown atomic.Bool
	hookDown.Store(true)
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hookCalls.Add(1)
		if hookDown.Load() {
			http.Error(w, "down for maintenance", http.StatusBadGateway)
		}
	}))
	defer hook.Close()

	reg := prometheus.NewRegistry()
	m := runner.NewMetrics(reg)
	now := reportertest.Now
	cfg := runner.Config{DB: db, Routes: routes, Out: out, Balances: chainTable(),
		Channels: []deliver.Channel{&deliver.Webhook{URL: hook.URL}},
		Retry:    deliver.Policy{Attempts: 3, First: time.Millisecond, Max: 2 * time.Millisecond},
		RunAt:    15 * time.Minute, Backfill: 3, Metrics: m, Now: func() time.Time { return now }}
	r, err := runner.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()

	if _, err := r.Day(ctx, reportertest.Day.Add(24*time.Hour), runner.Options{}); !errors.Is(err, report.ErrDayNotOver) {
		t.Errorf("the next day, not over yet: %v", err)
	}

	res, err := r.Day(ctx, reportertest.Day, runner.Options{})
	if err == nil || !strings.Contains(err.Error(), "webhook: gave up after 3 attempts") || !strings.Contains(err.Error(), "502") {
		t.Fatalf("a webhook that is down must be reported: %v", err)
	}
	if res == nil || hookCalls.Load() != 3 {
		t.Fatalf("result %v, %d webhook calls", res, hookCalls.Load())
	}
	dir := filepath.Join(out, "2026-11-20")
	want := []string{"failed.csv", "hourly.csv", "largest.csv", "latency.csv", "reconciliation.csv", "report.html",
		"report.xlsx", "stuck.csv", "summary.csv", "summary.json", "unsupported.csv"}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if strings.Join(names, ",") != strings.Join(want, ",") {
		t.Errorf("files %v, want %v", names, want)
	}
	if got := metric(t, reg, "droplet_reporter_delivery_failures_total", "webhook"); got != 1 {
		t.Errorf("delivery failures metric %v", got)
	}

	t.Run("the workbook's figures match the database", func(t *testing.T) {
		rows := readCells(t, filepath.Join(dir, "report.xlsx"), "summary")
		if len(rows) != 7 {
			t.Fatalf("%d summary rows", len(rows))
		}
		for _, row := range rows[1:] {
			route, dir := row[0], row[1]
			rt, _ := routes.Route(route)
			var n int
			var sum string
			if err := db.QueryRow(`SELECT count(*), coalesce(sum(amount), 0)::text FROM transfers
				WHERE route = $1 AND direction = $2 AND quorum_at >= $3 AND quorum_at < $4`,
				route, dir, reportertest.Day, reportertest.Day.Add(24*time.Hour)).Scan(&n, &sum); err != nil {
				t.Fatal(err)
			}
			wantVol := new(big.Rat).SetFrac(rat(t, sum).Num(), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(report.DestDecimals(rt, dir))), nil))
			if row[2] != itoa(n) || rat(t, row[3]).Cmp(wantVol) != 0 {
				t.Errorf("%s %s: %s transfers, volume %s; database %d, %s", route, dir, row[2], row[3], n, wantVol.FloatString(18))
			}
		}
		var failed int
		if err := db.QueryRow(`SELECT count(*) FROM transfers t WHERE quorum_at < $1 AND
			(SELECT e.to_state FROM events e WHERE e.transfer_id = t.id AND e.at <= $1 ORDER BY e.id DESC LIMIT 1) = 'failed'`,
			reportertest.Day.Add(24*time.Hour)).Scan(&failed); err != nil {
			t.Fatal(err)
		}
		if rows := readCells(t, filepath.Join(dir, "report.xlsx"), "failed"); len(rows)-1 != failed || failed == 0 {
			t.Errorf("failed sheet has %d rows, database %d", len(rows)-1, failed)
		}
		rec := readCells(t, filepath.Join(dir, "report.xlsx"), "reconciliation")
		if rec[1][1] != "mismatch" {
			t.Errorf("first reconciliation row: %v", rec[1])
		}
	})

	t.Run("the mismatch raises the gauge", func(t *testing.T) {
		for _, rc := range res.Report.Reconciliation {
			if rc.Status != report.StatusMismatch {
				t.Fatalf("%s: %s, want a mismatch (the chain table ignores the database)", rc.Route, rc.Status)
			}
			if got := metric(t, reg, "droplet_reporter_reconciliation_mismatch", rc.Route); got != 1 {
				t.Errorf("%s: mismatch gauge %v", rc.Route, got)
			}
		}
	})

	first := map[string][]byte{}
	for _, n := range want {
		first[n], _ = os.ReadFile(filepath.Join(dir, n))
	}

	t.Run("the daemon delivers what failed, and backfills", func(t *testing.T) {
		hookDown.Store(false)
		now = now.Add(2 * 24 * time.Hour) // two more days have passed
		due, err := r.Due()
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, d := range due {
			got = append(got, d.Format("2006-01-02"))
		}
		if strings.Join(got, ",") != "2026-11-20,2026-11-21,2026-11-22" {
			t.Errorf("due %v", got)
		}
		u := &until{Handler: slog.DiscardHandler, msg: "next run", done: make(chan struct{})}
		cfg := cfg
		cfg.Log = slog.New(u)
		cfg.Metrics = runner.NewMetrics(prometheus.NewRegistry())
		d, err := runner.New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(ctx)
		errc := make(chan error, 1)
		go func() { errc <- d.Run(ctx) }()
		select {
		case <-u.done:
		case <-time.After(2 * time.Minute):
			t.Fatal("the daemon did not finish its catch-up")
		}
		cancel()
		if err := <-errc; !errors.Is(err, context.Canceled) {
			t.Errorf("Run: %v", err)
		}
		if due, _ := r.Due(); len(due) != 0 {
			t.Errorf("still due: %v", due)
		}
		var st runner.State
		data, _ := os.ReadFile(filepath.Join(out, runner.StateFile))
		if err := json.Unmarshal(data, &st); err != nil {
			t.Fatal(err)
		}
		hd := st.Days["2026-11-20"].Deliveries["webhook"]
		if !hd.OK || hd.Attempts != 4 || hd.LastError != "" {
			t.Errorf("webhook record %+v", hd)
		}
	})

	t.Run("the same day again gives the same files", func(t *testing.T) {
		// Long after, with the relayer's tables changed since and the chains too: the day's
		// transfers are taken as they were, the balances as recorded.
		cfg := cfg
		cfg.Balances = reportertest.Balances{}
		r2, err := runner.New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`UPDATE transfers SET state = 'resolved', updated_at = $1 WHERE state = 'failed'`, now); err != nil {
			t.Fatal(err)
		}
		if _, err := r2.Day(ctx, reportertest.Day, runner.Options{Redeliver: true}); err != nil {
			t.Fatal(err)
		}
		for _, n := range want {
			again, _ := os.ReadFile(filepath.Join(dir, n))
			if !bytes.Equal(again, first[n]) {
				t.Errorf("%s differs on a second run", n)
			}
		}
		var s render.Summary
		if err := json.Unmarshal(first["summary.json"], &s); err != nil || len(s.Mismatches) != 3 {
			t.Errorf("summary %+v, %v", s, err)
		}
	})
}

func itoa(n int) string { return big.NewInt(int64(n)).String() }

// metric is the value of the named metric whose one label has this value.
func metric(t *testing.T, reg *prometheus.Registry, name, label string) float64 {
	t.Helper()
	fams, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fams {
		if f.GetName() != name {
			continue
		}
		for _, m := range f.GetMetric() {
			if len(m.GetLabel()) == 1 && m.GetLabel()[0].GetValue() == label {
				if m.GetGauge() != nil {
					return m.GetGauge().GetValue()
				}
				return m.GetCounter().GetValue()
			}
		}
	}
	t.Fatalf("no metric %s{%s}", name, label)
	return 0
}
