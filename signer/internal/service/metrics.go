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
	}
	if reg != nil {
		reg.MustRegister(m.attestations, m.quarantined, m.signatures, m.rejected, m.admin, m.tampered)
	}
	return m
}
