package service

import "github.com/prometheus/client_golang/prometheus"

// Metrics of the signer.
type Metrics struct {
	attestations prometheus.Counter
	quarantined  prometheus.Counter
	signatures   *prometheus.CounterVec
	rejected     *prometheus.CounterVec
	admin        *prometheus.CounterVec
	tampered     prometheus.Counter
	conflicts    *prometheus.CounterVec
	excluded     *prometheus.GaugeVec
}

// NewMetrics registers the signer's metrics with reg (nil: not registered).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		attestations: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "droplet", Subsystem: "signer",
			Name: "attestations_total", Help: "New attestations accepted."}),
		quarantined: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "droplet", Subsystem: "signer",
			Name: "conflicting_attestations_total", Help: "Attestations whose digest conflicts with the transfer's: each quarantines it. Alert on any increase."}),
		signatures: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "droplet", Subsystem: "signer",
			Name: "signatures_total", Help: "Signatures given, by lane (route:direction)."}, []string{"lane"}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "droplet", Subsystem: "signer",
			Name: "rejections_total", Help: "Requests refused, by reason."}, []string{"reason"}),
		admin: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "droplet", Subsystem: "signer",
			Name: "admin_actions_total", Help: "Administrative actions, by action."}, []string{"action"}),
		tampered: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "droplet", Subsystem: "signer",
			Name: "unverifiable_stored_attestations_total", Help: "Stored attestations whose signature no longer verifies (the database was edited): never counted. Alert on any."}),
		conflicts: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "droplet", Subsystem: "signer",
			Name: "watcher_conflicts_total", Help: "Attestations of a digest other than the one a quorum or an operator agreed on, by watcher."}, []string{"watcher"}),
		excluded: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: "droplet", Subsystem: "signer",
			Name: "watcher_excluded", Help: "1 while the watcher is excluded from counting (its attestations kept conflicting) until an administrator restores it."}, []string{"watcher"}),
	}
	if reg != nil {
		reg.MustRegister(m.attestations, m.quarantined, m.signatures, m.rejected, m.admin, m.tampered, m.conflicts, m.excluded)
	}
	return m
}
