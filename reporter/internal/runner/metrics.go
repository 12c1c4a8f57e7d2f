package runner

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/tokendroplet/droplet/reporter/internal/report"
)

// Metrics are the reporter's Prometheus metrics.
type Metrics struct {
	unexplained  *prometheus.GaugeVec
	mismatch     *prometheus.GaugeVec
	unavailable  *prometheus.GaugeVec
	failed       prometheus.Gauge
	stuck        prometheus.Gauge
	lastDay      prometheus.Gauge
	runs         *prometheus.CounterVec
	attempts     *prometheus.CounterVec
	failures     *prometheus.CounterVec
	undelivered  *prometheus.GaugeVec
	buildSeconds prometheus.Histogram
	unsupported  *prometheus.GaugeVec
	unreadable   *prometheus.GaugeVec
}

// NewMetrics registers the metrics on reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		unexplained: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "droplet_reporter_reconciliation_unexplained_tokens",
			Help: "Locked minus circulating tokens that no transfer explains, per route, in the latest report (0 when reconciled)."}, []string{"route"}),
		mismatch: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "droplet_reporter_reconciliation_mismatch",
			Help: "1 when the route's locked and circulating tokens do not reconcile in the latest report."}, []string{"route"}),
		unavailable: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "droplet_reporter_reconciliation_unavailable",
			Help: "1 when the route's balances could not be read for the latest report."}, []string{"route"}),
		failed: prometheus.NewGauge(prometheus.GaugeOpts{Name: "droplet_reporter_failed_transfers",
			Help: "Transfers failed at the end of the latest reported day."}),
		stuck: prometheus.NewGauge(prometheus.GaugeOpts{Name: "droplet_reporter_stuck_transfers",
			Help: "Transfers stuck at the end of the latest reported day."}),
		lastDay: prometheus.NewGauge(prometheus.GaugeOpts{Name: "droplet_reporter_last_report_day_timestamp_seconds",
			Help: "Start of the latest day whose report was written (Unix time)."}),
		runs: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "droplet_reporter_runs_total",
			Help: "Report runs by outcome (ok, undelivered, error)."}, []string{"result"}),
		attempts: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "droplet_reporter_delivery_attempts_total",
			Help: "Delivery attempts by channel and result."}, []string{"channel", "result"}),
		failures: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "droplet_reporter_delivery_failures_total",
			Help: "Deliveries that failed every retry, by channel."}, []string{"channel"}),
		undelivered: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "droplet_reporter_delivery_outstanding",
			Help: "1 while the channel's latest delivery has failed."}, []string{"channel"}),
		buildSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "droplet_reporter_build_seconds",
			Help: "Time to build and render one report.", Buckets: prometheus.ExponentialBuckets(0.05, 2, 12)}),
		unsupported: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "droplet_reporter_unsupported_deposits",
			Help: "Unsupported deposits for manual handling in the latest report: first seen that day (new), and all (open)."}, []string{"state"}),
		unreadable: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "droplet_reporter_watcher_unreadable",
			Help: "1 when the watcher's database could not be read for the latest report."}, []string{"watcher"}),
	}
	reg.MustRegister(m.unexplained, m.mismatch, m.unavailable, m.failed, m.stuck, m.lastDay, m.runs, m.attempts,
		m.failures, m.undelivered, m.buildSeconds, m.unsupported, m.unreadable)
	return m
}

// observeReport sets the gauges from a report. Days are made oldest first, so the gauges end
// on the newest.
func (m *Metrics) observeReport(r *report.Report) {
	for _, rc := range r.Reconciliation {
		var mm, un, diff float64
		switch rc.Status {
		case report.StatusMismatch:
			mm, diff = 1, rc.Unexplained.Float()
		case report.StatusUnavailable:
			un = 1
		}
		m.mismatch.WithLabelValues(rc.Route).Set(mm)
		m.unavailable.WithLabelValues(rc.Route).Set(un)
		m.unexplained.WithLabelValues(rc.Route).Set(diff)
	}
	m.failed.Set(float64(len(r.Failed)))
	m.stuck.Set(float64(len(r.Stuck)))
	m.lastDay.Set(float64(r.Day.Unix()))
	m.unsupported.WithLabelValues("new").Set(float64(r.NewUnsupported()))
	m.unsupported.WithLabelValues("open").Set(float64(len(r.Unsupported)))
	unreadable := map[string]bool{}
	for _, e := range r.WatcherErrors {
		unreadable[e.Watcher] = true
	}
	for _, w := range r.Watchers {
		v := 0.0
		if unreadable[w] {
			v = 1
		}
		m.unreadable.WithLabelValues(w).Set(v)
	}
}
