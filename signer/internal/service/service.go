// Package service implements the signer's gRPC services. Every signature the signer gives passes
// through SignTransfer here, after the quorum and the policy checks, inside a database transaction
// that holds the transfer's row, so no two replicas act on one transfer at once.
package service

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/internal/wire"
	signerv1 "github.com/tokendroplet/droplet/proto/droplet/signer/v1"
	"github.com/tokendroplet/droplet/signer/internal/keys"
	"github.com/tokendroplet/droplet/signer/internal/policy"
	"github.com/tokendroplet/droplet/signer/internal/quorum"
	"github.com/tokendroplet/droplet/signer/internal/store"
)

// Metaverse validates and signs proposed Metaverse payouts.
type Metaverse interface {
	// SignPayout validates the relayer's proposed payout for t against the previous
	// transactions it spends, and returns it signed with its txid.
	SignPayout(t *transfer.Transfer, route *transfer.Route, proposed []byte, previous [][]byte) (raw []byte, txid [32]byte, err error)
}

// Config is what a Service needs.
type Config struct {
	Routes    *transfer.Routes
	Watchers  *quorum.Set
	Relayers  []string // certificate names allowed to ask for signatures
	Ethereum  keys.EthereumSigner
	Metaverse Metaverse // nil: Metaverse payouts are refused
	Store     *store.Store
	Log       *slog.Logger
	Metrics   *Metrics
	Now       func() time.Time // nil: time.Now
	// Exclusion says when a watcher whose attestations keep conflicting stops counting; zero:
	// DefaultExclusion.
	Exclusion Exclusion
}

// Service implements SignerService.
type Service struct {
	signerv1.UnimplementedSignerServiceServer

	routes    *transfer.Routes
	wire      *wire.Checker
	watchers  *quorum.Set
	relayers  map[string]bool
	eth       keys.EthereumSigner
	metaverse Metaverse
	store     *store.Store
	log       *slog.Logger
	metrics   *Metrics
	now       func() time.Time
	exclusion Exclusion

	jobs      chan *signJob
	startOnce sync.Once
}

// New builds a Service. Call Start before serving.
func New(c Config) (*Service, error) {
	if c.Routes == nil || c.Watchers == nil || c.Ethereum == nil || c.Store == nil || c.Log == nil {
		return nil, errors.New("service: routes, watchers, ethereum key, store and log are required")
	}
	w, err := wire.NewChecker(c.Routes)
	if err != nil {
		return nil, fmt.Errorf("service: %w", err)
	}
	s := &Service{routes: c.Routes, wire: w, watchers: c.Watchers, relayers: map[string]bool{}, eth: c.Ethereum,
		metaverse: c.Metaverse, store: c.Store, log: c.Log, metrics: c.Metrics, now: c.Now, exclusion: c.Exclusion,
		jobs: make(chan *signJob, 4*maxBatch)}
	if s.exclusion == (Exclusion{}) {
		s.exclusion = DefaultExclusion
	}
	if s.exclusion.MaxConflicts < 0 || s.exclusion.Window <= 0 {
		return nil, fmt.Errorf("service: exclusion: max_conflicts %d must be at least 0 and window %s positive",
			s.exclusion.MaxConflicts, s.exclusion.Window)
	}
	for _, r := range c.Relayers {
		s.relayers[r] = true
	}
	if s.now == nil {
		s.now = time.Now
	}
	if s.metrics == nil {
		s.metrics = NewMetrics(nil)
	}
	return s, nil
}

// SubmitAttestation records one watcher's attestation.
func (s *Service) SubmitAttestation(ctx context.Context, req *signerv1.SubmitAttestationRequest) (*signerv1.SubmitAttestationResponse, error) {
	caller, err := callerName(ctx)
	if err != nil {
		return nil, s.toStatus(err)
	}
	if !s.watchers.Known(caller) {
		return nil, s.toStatus(fmt.Errorf("%w: %q", quorum.ErrUnknownWatcher, caller))
	}
	p, err := s.parseTransfer(req.GetTransfer())
	if err != nil {
		return nil, s.toStatus(err)
	}
	// Security-critical: the key must be the certificate's watcher's.
	if err := s.watchers.Verify(caller, p.digest, req.GetSignature()); err != nil {
		s.metrics.rejected.WithLabelValues("attestation_" + reasonLabel(err)).Inc()
		return nil, s.toStatus(err)
	}
	body, err := proto.Marshal(toProto(&p.t, p.route.ID))
	if err != nil {
		return nil, s.toStatus(err)
	}
	id := p.t.ID()
	var q *signerv1.QuorumState
	err = s.store.InTx(ctx, func(tx *store.Tx) error {
		if err := tx.InsertTransfer(ctx, &store.Record{ID: id[:], Digest: p.digest[:], Transfer: body, Route: p.route.ID,
			Lane: p.lane(), DestChain: p.t.DestChain, Amount: p.t.Amount}); err != nil {
			return err
		}
		rec, err := tx.LockTransfer(ctx, id[:])
		if err != nil {
			return err
		}
		addr, _ := s.watchers.Address(caller)
		// Stored as received: Verify took only v 27 or 28, the form the contract takes.
		sig := bytes.Clone(req.GetSignature())
		isNew, err := tx.InsertAttestation(ctx, &store.Attestation{TransferID: id[:], Watcher: caller, Digest: p.digest[:],
			Transfer: body, Signature: sig, Address: addr[:]})
		if err != nil {
			return err
		}
		atts, err := tx.Attestations(ctx, id[:], nil)
		if err != nil {
			return err
		}
		excluded, err := tx.Exclusions(ctx)
		if err != nil {
			return err
		}
		setState := func(state, reason string, hold time.Time) error {
			if err := tx.SetState(ctx, id[:], state, reason, hold); err != nil {
				return err
			}
			rec.State, rec.Reason = state, reason
			rec.HoldUntil = sql.NullTime{Time: hold, Valid: !hold.IsZero()}
			return nil
		}
		_, callerExcluded := excluded[caller]
		if !bytes.Equal(rec.Digest, p.digest[:]) && !callerExcluded && rec.State == store.StateAttested &&
			onlyExcluded(rec.Digest, atts, excluded) {
			// The transfer's digest so far is only excluded watchers' claim, which counts for
			// nothing: the first counting watcher's digest becomes the transfer's.
			if err := tx.SetDigest(ctx, &store.Record{ID: id[:], Digest: p.digest[:], Transfer: body, Route: p.route.ID,
				Lane: p.lane(), DestChain: p.t.DestChain, Amount: p.t.Amount}); err != nil {
				return err
			}
			rec.Digest, rec.Transfer = p.digest[:], body
		}
		switch {
		case !bytes.Equal(rec.Digest, p.digest[:]) && callerExcluded:
			// An excluded watcher's conflicting attestation is kept as evidence; it counts for
			// nothing and quarantines nothing, so one lying watcher cannot freeze the bridge.
			if isNew {
				s.log.Warn("conflicting attestation of an excluded watcher: not counted", "transfer_id", transfer.ID(id).String(),
					"watcher", caller, "digest", fmt.Sprintf("%x", p.digest), "agreed_digest", fmt.Sprintf("%x", rec.Digest))
			}
		case !bytes.Equal(rec.Digest, p.digest[:]):
			// Security-critical: two digests for one source event. Never signed until resolved.
			if isNew {
				s.metrics.quarantined.Inc()
				s.log.Error("conflicting attestation: transfer quarantined", "transfer_id", transfer.ID(id).String(),
					"watcher", caller, "digest", fmt.Sprintf("%x", p.digest), "agreed_digest", fmt.Sprintf("%x", rec.Digest))
			}
			switch rec.State {
			case store.StateSigned, store.StateRejected, store.StateQuarantined:
				// Paid, closed or already quarantined: the alert above is what matters.
			default:
				reason := fmt.Sprintf("watcher %s attested digest %x, others %x", caller, p.digest[:6], rec.Digest[:6])
				if err := setState(store.StateQuarantined, reason, time.Time{}); err != nil {
					return err
				}
			}
		case rec.State == store.StateAttested && len(s.count(p.digest, atts, excluded)) >= s.watchers.Threshold():
			limits, err := s.limits(ctx, tx, p.route)
			if err != nil {
				return err
			}
			now := s.now()
			state, hold := store.StateQuorum, time.Time{}
			if h := limits.HoldUntil(p.t.Amount, p.destDecimals, now); h.After(now) {
				state, hold = store.StateHeld, h
			}
			if err := setState(state, "", hold); err != nil {
				return err
			}
		}
		// A quorum of counting watchers agreeing on a digest makes every other digest attested
		// for this event a conflict of the watcher that signed it, quarantined or not.
		if agreed, _, ok := s.watchers.Agreed(s.verified(atts), excludedSet(excluded)); ok && isNew {
			if err := s.recordConflicts(ctx, tx, id[:], agreed, atts, excluded); err != nil {
				return err
			}
		}
		if isNew {
			s.metrics.attestations.Inc()
		}
		s.observeExclusions(excluded)
		q, err = s.quorumState(rec, atts, excluded)
		return err
	})
	if err != nil {
		return nil, s.toStatus(err)
	}
	return &signerv1.SubmitAttestationResponse{Quorum: q}, nil
}

// limits are the route's limits in force: the operator's override, else the routes file's.
func (s *Service) limits(ctx context.Context, tx *store.Tx, rt *transfer.Route) (policy.Limits, error) {
	pol, err := tx.Policy(ctx)
	if err != nil {
		return policy.Limits{}, err
	}
	return s.limitsFrom(pol, rt)
}

func (s *Service) limitsFrom(pol *store.Policy, rt *transfer.Route) (policy.Limits, error) {
	o, ok := pol.Limits[rt.ID]
	if !ok {
		return policy.FromRoute(rt), nil
	}
	l, err := policy.Parse(rt, o.Enabled, o.Max, o.DailyCap, o.BigThreshold, o.BigDelay)
	if err != nil {
		return l, fmt.Errorf("stored limits of route %s: %w", rt.ID, err)
	}
	return l, nil
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // only maps of strings and numbers reach here
	}
	return string(b)
}

// GetTransfer returns a transfer's quorum state.
func (s *Service) GetTransfer(ctx context.Context, req *signerv1.GetTransferRequest) (*signerv1.GetTransferResponse, error) {
	if err := s.reader(ctx); err != nil {
		return nil, s.toStatus(err)
	}
	id, err := fixed32("transfer_id", req.GetTransferId())
	if err != nil {
		return nil, s.toStatus(err)
	}
	rec, err := s.store.Get(ctx, id[:])
	if err != nil {
		return nil, s.toStatus(err)
	}
	atts, err := s.store.Attestations(ctx, id[:], nil)
	if err != nil {
		return nil, s.toStatus(err)
	}
	excluded, err := s.store.Exclusions(ctx)
	if err != nil {
		return nil, s.toStatus(err)
	}
	q, err := s.quorumState(rec, atts, excluded)
	if err != nil {
		return nil, s.toStatus(err)
	}
	return &signerv1.GetTransferResponse{Quorum: q}, nil
}

const (
	defaultPageSize = 100
	maxPageSize     = 1000
)

// ListTransfers pages through transfers, oldest first.
func (s *Service) ListTransfers(ctx context.Context, req *signerv1.ListTransfersRequest) (*signerv1.ListTransfersResponse, error) {
	if err := s.reader(ctx); err != nil {
		return nil, s.toStatus(err)
	}
	size := int(req.GetPageSize())
	switch {
	case size < 0:
		return nil, s.toStatus(&transfer.FieldError{Field: "page_size", Reason: "negative"})
	case size == 0:
		size = defaultPageSize
	case size > maxPageSize:
		size = maxPageSize
	}
	var states []string
	if req.GetState() != signerv1.State_STATE_UNSPECIFIED {
		st, ok := stateName[req.GetState()]
		if !ok {
			return nil, s.toStatus(&transfer.FieldError{Field: "state", Reason: "unknown state"})
		}
		states = []string{st}
	}
	after, err := decodePageToken(req.GetPageToken())
	if err != nil {
		return nil, s.toStatus(err)
	}
	recs, err := s.store.List(ctx, states, after, size+1)
	if err != nil {
		return nil, s.toStatus(err)
	}
	excluded, err := s.store.Exclusions(ctx)
	if err != nil {
		return nil, s.toStatus(err)
	}
	resp := &signerv1.ListTransfersResponse{}
	if len(recs) > size {
		recs = recs[:size]
		last := recs[len(recs)-1]
		resp.NextPageToken = encodePageToken(&store.Cursor{FirstSeen: last.FirstSeen, ID: last.ID})
	}
	for _, rec := range recs {
		atts, err := s.store.Attestations(ctx, rec.ID, nil)
		if err != nil {
			return nil, s.toStatus(err)
		}
		q, err := s.quorumState(rec, atts, excluded)
		if err != nil {
			return nil, s.toStatus(err)
		}
		resp.Transfers = append(resp.Transfers, q)
	}
	return resp, nil
}

func encodePageToken(c *store.Cursor) string {
	b := make([]byte, 8, 8+len(c.ID))
	binary.BigEndian.PutUint64(b, uint64(c.FirstSeen.UnixMicro()))
	return base64.RawURLEncoding.EncodeToString(append(b, c.ID...))
}

func decodePageToken(tok string) (*store.Cursor, error) {
	if tok == "" {
		return nil, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(tok)
	if err != nil || len(b) != 40 {
		return nil, &transfer.FieldError{Field: "page_token", Reason: "malformed"}
	}
	return &store.Cursor{FirstSeen: time.UnixMicro(int64(binary.BigEndian.Uint64(b))), ID: b[8:]}, nil
}

// reader allows watchers and relayers to read.
func (s *Service) reader(ctx context.Context) error {
	caller, err := callerName(ctx)
	if err != nil {
		return err
	}
	if !s.relayers[caller] && !s.watchers.Known(caller) {
		return fmt.Errorf("%w: %q", errPermission, caller)
	}
	return nil
}

var stateName = map[signerv1.State]string{
	signerv1.State_STATE_ATTESTED:    store.StateAttested,
	signerv1.State_STATE_QUORUM:      store.StateQuorum,
	signerv1.State_STATE_HELD:        store.StateHeld,
	signerv1.State_STATE_SIGNED:      store.StateSigned,
	signerv1.State_STATE_QUARANTINED: store.StateQuarantined,
	signerv1.State_STATE_REJECTED:    store.StateRejected,
}

var stateEnum = func() map[string]signerv1.State {
	m := make(map[string]signerv1.State, len(stateName))
	for k, v := range stateName {
		m[v] = k
	}
	return m
}()

// quorumState is the wire form of a transfer's standing.
func (s *Service) quorumState(rec *store.Record, atts []store.Attestation, excluded map[string]store.Exclusion) (*signerv1.QuorumState, error) {
	var m signerv1.Transfer
	if err := proto.Unmarshal(rec.Transfer, &m); err != nil {
		return nil, fmt.Errorf("stored transfer: %w", err)
	}
	digest, _ := fixed32("digest", rec.Digest)
	valid := s.count(digest, atts, excluded)
	by := make([]string, len(valid))
	for i, a := range valid {
		by[i] = a.Watcher
	}
	q := &signerv1.QuorumState{
		TransferId: rec.ID, Digest: rec.Digest, State: stateEnum[rec.State], Attestations: uint32(len(valid)),
		Threshold: uint32(s.watchers.Threshold()), Watchers: uint32(s.watchers.Size()), AttestedBy: by,
		Reason: rec.Reason, Transfer: &m, FirstSeen: timestamppb.New(rec.FirstSeen),
	}
	if rec.HoldUntil.Valid {
		q.HoldUntil = timestamppb.New(rec.HoldUntil.Time)
	}
	return q, nil
}
