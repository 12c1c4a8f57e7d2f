// Package runner makes and delivers the reporter's daily reports: once for a given day, or as a
// daemon that writes each day's report at a set time after the day ends and, when it starts,
// catches up on the days it missed. What it did is recorded in the output directory's state
// file, which also keeps each day's chain balances so that a day made again comes out the same.
package runner

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/reporter/internal/deliver"
	"github.com/tokendroplet/droplet/reporter/internal/render"
	"github.com/tokendroplet/droplet/reporter/internal/report"
)

// Config of a Runner.
type Config struct {
	DB       *sql.DB // the relayer's database, read only
	Routes   *transfer.Routes
	Out      string          // output directory
	Balances report.Balances // nil: the reconciliation says the balances are unavailable
	// Watchers are the watcher databases unsupported deposits are listed from, read only.
	Watchers []report.Watcher
	Channels []deliver.Channel
	Retry    deliver.Policy

	StuckAfter time.Duration
	Largest    int
	// RunAt is how long after a day's end its report is made: late enough for the relayer to
	// have recorded the day's last transfers. It is also the least a day must be over.
	RunAt time.Duration
	// Backfill is how many days back the daemon looks for reports it has not delivered.
	Backfill int
	// RetryLater is how soon the daemon tries again a delivery that failed every attempt.
	RetryLater time.Duration

	Log     *slog.Logger
	Metrics *Metrics
	Now     func() time.Time
}

// Runner makes reports.
type Runner struct {
	c  Config
	mu sync.Mutex // one day at a time, and the state file with it
}

// New checks the configuration and makes a Runner.
func New(c Config) (*Runner, error) {
	if c.DB == nil || c.Routes == nil || c.Out == "" {
		return nil, errors.New("runner: database, routes and output directory are required")
	}
	if err := os.MkdirAll(c.Out, 0o755); err != nil {
		return nil, fmt.Errorf("runner: %w", err)
	}
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	if c.Metrics == nil {
		c.Metrics = NewMetrics(prometheus.NewRegistry())
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Retry.Attempts == 0 {
		c.Retry = deliver.DefaultPolicy
	}
	if c.Backfill <= 0 {
		c.Backfill = 7
	}
	if c.RetryLater <= 0 {
		c.RetryLater = time.Hour
	}
	return &Runner{c: c}, nil
}

// Options of one day's run.
type Options struct {
	RefreshBalances bool // read the chains again instead of the recorded balances
	Redeliver       bool // send on every channel, even those that delivered this day already
}

// Result says what a run did.
type Result struct {
	Dir    string
	Report *report.Report
}

// Day makes, writes and delivers the report of day. A delivery that fails after its retries is
// logged, counted and recorded, and returned as an error once every channel was tried.
func (r *Runner) Day(ctx context.Context, day time.Time, opt Options) (*Result, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	day = report.DayOf(day)
	name := day.Format("2006-01-02")
	log := r.c.Log.With("day", name)
	now := r.c.Now()
	if now.Before(day.Add(24*time.Hour + r.c.RunAt)) {
		return nil, fmt.Errorf("report %s: %w (it can be made from %s)", name, report.ErrDayNotOver,
			day.Add(24*time.Hour+r.c.RunAt).Format(time.RFC3339))
	}
	st, err := loadState(r.c.Out)
	if err != nil {
		return nil, err
	}
	ds := st.day(name)
	if r.c.Balances != nil && (ds.Balances == nil || opt.RefreshBalances) {
		ds.Balances = report.ReadBalances(ctx, r.c.Balances, r.c.Routes, now)
		for _, b := range ds.Balances.Routes {
			if b.Error != "" {
				log.Warn("balance unavailable", "route", b.Route, "err", b.Error)
			}
		}
		// Recorded before anything else, so a rerun reconciles against the same figures.
		if err := st.save(r.c.Out); err != nil {
			return nil, err
		}
	}
	start := time.Now()
	rep, err := report.Build(ctx, r.c.DB, r.c.Routes, report.Options{Day: day, StuckAfter: r.c.StuckAfter,
		Largest: r.c.Largest, Balances: ds.Balances, Watchers: r.c.Watchers})
	if err != nil {
		r.c.Metrics.runs.WithLabelValues("error").Inc()
		return nil, err
	}
	files, err := render.All(rep)
	if err != nil {
		r.c.Metrics.runs.WithLabelValues("error").Inc()
		return nil, err
	}
	out := &deliver.Report{Day: name, Summary: render.MakeSummary(rep), Files: files}
	dir, err := deliver.WriteDir(r.c.Out, out)
	if err != nil {
		r.c.Metrics.runs.WithLabelValues("error").Inc()
		return nil, err
	}
	r.c.Metrics.buildSeconds.Observe(time.Since(start).Seconds())
	r.c.Metrics.observeReport(rep)
	ds.Written = now.UTC().Format(time.RFC3339)
	if err := st.save(r.c.Out); err != nil {
		return nil, err
	}
	for _, rc := range rep.Reconciliation {
		switch rc.Status {
		case report.StatusMismatch:
			log.Error("reconciliation mismatch", "route", rc.Route, "unexplained", rc.Unexplained.String(),
				"locked", rc.Locked.String(), "circulating", rc.Circulating.String())
		case report.StatusUnavailable:
			log.Warn("reconciliation unavailable", "route", rc.Route, "err", rc.Error)
		}
	}
	for _, e := range rep.WatcherErrors {
		log.Error("watcher database unreadable: its unsupported deposits are missing from the report",
			"watcher", e.Watcher, "err", e.Error)
	}
	log.Info("report written", "dir", dir, "failed", len(rep.Failed), "stuck", len(rep.Stuck),
		"mismatches", len(rep.Mismatches()), "unsupported_new", rep.NewUnsupported(), "unsupported_open", len(rep.Unsupported))

	var failures []error
	for _, c := range r.c.Channels {
		prev := ds.Deliveries[c.Name()]
		if prev != nil && prev.OK && !opt.Redeliver {
			continue
		}
		n, err := deliver.Send(ctx, c, out, r.c.Retry, func(a deliver.Attempt) {
			result := "ok"
			if a.Err != nil {
				result = "error"
				log.Warn("delivery failed", "channel", a.Channel, "attempt", a.N, "final", a.Final, "err", a.Err)
			}
			r.c.Metrics.attempts.WithLabelValues(a.Channel, result).Inc()
		})
		rec := ds.Deliveries[c.Name()]
		if rec == nil {
			rec = &DeliveryState{}
			ds.Deliveries[c.Name()] = rec
		}
		rec.Attempts += n
		rec.At = r.c.Now().UTC().Format(time.RFC3339)
		rec.OK = err == nil
		rec.LastError = ""
		if err != nil {
			rec.LastError = err.Error()
			failures = append(failures, err)
			r.c.Metrics.failures.WithLabelValues(c.Name()).Inc()
			r.c.Metrics.undelivered.WithLabelValues(c.Name()).Set(1)
			log.Error("delivery gave up", "channel", c.Name(), "attempts", n, "err", err)
		} else {
			r.c.Metrics.undelivered.WithLabelValues(c.Name()).Set(0)
			log.Info("delivered", "channel", c.Name(), "attempts", n)
		}
		if err := st.save(r.c.Out); err != nil {
			return nil, err
		}
	}
	if len(failures) > 0 {
		r.c.Metrics.runs.WithLabelValues("undelivered").Inc()
		return &Result{Dir: dir, Report: rep}, errors.Join(failures...)
	}
	r.c.Metrics.runs.WithLabelValues("ok").Inc()
	return &Result{Dir: dir, Report: rep}, nil
}

// Due are the days, oldest first, within the backfill window whose report can be made and has
// not been written and delivered on every channel.
func (r *Runner) Due() ([]time.Time, error) {
	st, err := loadState(r.c.Out)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, c := range r.c.Channels {
		names = append(names, c.Name())
	}
	now := r.c.Now()
	last := report.DayOf(now.Add(-24*time.Hour - r.c.RunAt)) // the newest day whose time has come
	var out []time.Time
	for d := last.AddDate(0, 0, -(r.c.Backfill - 1)); !d.After(last); d = d.AddDate(0, 0, 1) {
		if !st.done(d.Format("2006-01-02"), names) {
			out = append(out, d)
		}
	}
	return out, nil
}

// Run is the daemon: it makes every due day's report, then sleeps until the next day's time
// (or, while a delivery is outstanding, for RetryLater), until ctx ends.
func (r *Runner) Run(ctx context.Context) error {
	for {
		due, err := r.Due()
		if err != nil {
			return err
		}
		pending := false
		for _, d := range due {
			if _, err := r.Day(ctx, d, Options{}); err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				pending = true
				r.c.Log.Error("report failed", "day", d.Format("2006-01-02"), "err", err)
			}
		}
		now := r.c.Now()
		next := report.DayOf(now).Add(r.c.RunAt)
		if !next.After(now) {
			next = next.Add(24 * time.Hour)
		}
		wait := next.Sub(now)
		if pending && r.c.RetryLater < wait {
			wait = r.c.RetryLater
		}
		r.c.Log.Info("next run", "at", now.Add(wait).UTC().Format(time.RFC3339))
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}
