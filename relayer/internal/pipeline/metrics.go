package pipeline

import (
	"context"
	"log/slog"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	relayerv1 "github.com/tokendroplet/droplet/proto/droplet/relayer/v1"
	"github.com/tokendroplet/droplet/relayer/internal/store"
)

// Metrics of the pipeline.
type Metrics struct {
	reg               prometheus.Registerer
	discovered        prometheus.Counter
	transitions       *prometheus.CounterVec
	failed            *prometheus.CounterVec
	errors            *prometheus.CounterVec
	quorumToBroadcast prometheus.Histogram
	latency           prometheus.Histogram
}

// NewMetrics registers the pipeline's metrics with reg (nil: unregistered). The pipeline made
// with these metrics (New) also registers the gauges read at each scrape: queue depth per state,
// the oldest pending transfer's age, and each payout chain's head, gas balance and float.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		reg: reg,
		discovered: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "droplet", Subsystem: "relayer",
			Name: "discovered_total", Help: "Transfers learned from the signer at quorum."}),
		transitions: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "droplet", Subsystem: "relayer",
			Name: "transitions_total", Help: "State transitions."}, []string{"from", "to"}),
		failed: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "droplet", Subsystem: "relayer",
			Name: "failed_total", Help: "Transfers that ran out of attempts and need an operator, by the step that failed and the reason."},
			[]string{"stage", "reason"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "droplet", Subsystem: "relayer",
			Name: "errors_total", Help: "Failed discovery or pipeline steps (retried)."}, []string{"stage"}),
		quorumToBroadcast: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "droplet", Subsystem: "relayer",
			Name: "quorum_to_broadcast_seconds", Help: "From the signer's first sight of a transfer to the payout's broadcast.",
			Buckets: prometheus.ExponentialBuckets(0.05, 2, 14)}),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "droplet", Subsystem: "relayer",
			Name: "finality_to_confirmation_seconds", Help: "From the signer's first sight of a transfer (source finality) to the payout's confirmation.",
			Buckets: prometheus.ExponentialBuckets(1, 2, 14)}),
	}
	if reg != nil {
		reg.MustRegister(m.discovered, m.transitions, m.failed, m.errors, m.quorumToBroadcast, m.latency)
	}
	return m
}

// StatusSource is a payout chain that reports its head, the relayer's gas balance and the
// bridge's float (both chain packages do); the pipeline exports them as gauges.
type StatusSource interface {
	Status(ctx context.Context) (*relayerv1.ChainStatus, error)
}

// statusTimeout bounds a scrape's database and chain queries, below Prometheus's default
// scrape timeout of 10s.
const statusTimeout = 5 * time.Second

var (
	descQueue = prometheus.NewDesc("droplet_relayer_queue_transfers",
		"Transfers per state (active states are the queue).", []string{"state"}, nil)
	descOldest = prometheus.NewDesc("droplet_relayer_oldest_pending_age_seconds",
		"Age of the oldest transfer in an active state; 0 when none is pending.", nil, nil)
	descUp = prometheus.NewDesc("droplet_relayer_chain_up",
		"1 when the payout chain's node answered the status query of this scrape.", []string{"chain"}, nil)
	descHead = prometheus.NewDesc("droplet_relayer_chain_head",
		"The payout chain's newest block.", []string{"chain"}, nil)
	descGas = prometheus.NewDesc("droplet_relayer_gas_balance_wei",
		"The relayer's gas account balance on the payout chain, in wei.", []string{"chain"}, nil)
	descFloat = prometheus.NewDesc("droplet_relayer_float",
		"The bridge's float on the payout chain in the token's base units, by symbol.", []string{"chain", "symbol"}, nil)
)

// collector reads the queue and the chains at each scrape, so the values are never stale.
type collector struct {
	store  *store.Store
	chains map[uint64]Chain
	log    *slog.Logger
}

func (c *collector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descQueue, descOldest, descUp, descHead, descGas, descFloat} {
		ch <- d
	}
}

func (c *collector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), statusTimeout)
	defer cancel()
	if c.store != nil {
		q, oldest, err := c.store.Queue(ctx)
		if err != nil {
			c.log.Warn("metrics: queue", "err", err)
		} else {
			for _, st := range append(append([]string{}, store.Active...), store.StateConfirmed, store.StateFailed, store.StateResolved) {
				ch <- prometheus.MustNewConstMetric(descQueue, prometheus.GaugeValue, float64(q[st]), st)
			}
			age := 0.0
			if !oldest.IsZero() {
				age = time.Since(oldest).Seconds()
			}
			ch <- prometheus.MustNewConstMetric(descOldest, prometheus.GaugeValue, age)
		}
	}
	for id, chain := range c.chains {
		src, ok := chain.(StatusSource)
		if !ok {
			continue
		}
		label := strconv.FormatUint(id, 10)
		st, err := src.Status(ctx)
		if err != nil {
			c.log.Warn("metrics: chain status", "chain", id, "err", err)
			ch <- prometheus.MustNewConstMetric(descUp, prometheus.GaugeValue, 0, label)
			continue
		}
		ch <- prometheus.MustNewConstMetric(descUp, prometheus.GaugeValue, 1, label)
		ch <- prometheus.MustNewConstMetric(descHead, prometheus.GaugeValue, float64(st.GetHead()), label)
		if g := st.GetGasBalance(); g != "" {
			if v, err := strconv.ParseFloat(g, 64); err == nil {
				ch <- prometheus.MustNewConstMetric(descGas, prometheus.GaugeValue, v, label)
			}
		}
		for sym, amount := range st.GetFloat() {
			if v, err := strconv.ParseFloat(amount, 64); err == nil {
				ch <- prometheus.MustNewConstMetric(descFloat, prometheus.GaugeValue, v, label, sym)
			}
		}
	}
}

// register adds the scrape-time gauges of this pipeline's store and chains to the registry the
// metrics were made with (once: a second pipeline on the same metrics keeps the first's).
func (m *Metrics) register(st *store.Store, chains map[uint64]Chain, log *slog.Logger) {
	if m.reg == nil {
		return
	}
	if err := m.reg.Register(&collector{store: st, chains: chains, log: log}); err != nil {
		log.Warn("metrics: queue and chain gauges not registered", "err", err)
	}
}
