package pipeline

import "github.com/prometheus/client_golang/prometheus"

// Metrics of the pipeline.
type Metrics struct {
	discovered        prometheus.Counter
	transitions       *prometheus.CounterVec
	failed            *prometheus.CounterVec
	errors            *prometheus.CounterVec
	quorumToBroadcast prometheus.Histogram
	latency           prometheus.Histogram
}

// NewMetrics registers the pipeline's metrics with reg (nil: unregistered).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		discovered: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "droplet", Subsystem: "relayer",
			Name: "discovered_total", Help: "Transfers learned from the signer at quorum."}),
		transitions: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "droplet", Subsystem: "relayer",
			Name: "transitions_total", Help: "State transitions."}, []string{"from", "to"}),
		failed: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "droplet", Subsystem: "relayer",
			Name: "failed_total", Help: "Transfers that ran out of attempts and need an operator, by reason."}, []string{"reason"}),
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
