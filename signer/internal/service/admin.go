package service

import (
	"bytes"
	"context"
	"fmt"
	"sort"
	"time"

	"google.golang.org/protobuf/proto"

	"github.com/tokendroplet/droplet/internal/transfer"
	signerv1 "github.com/tokendroplet/droplet/proto/droplet/signer/v1"
	"github.com/tokendroplet/droplet/signer/internal/policy"
	"github.com/tokendroplet/droplet/signer/internal/store"
)

// Admin serves AdminService. It is registered on its own listener, whose TLS configuration
// accepts only the administrators' CA; authorize checks the certificate's name as well.
type Admin struct {
	signerv1.UnimplementedAdminServiceServer
	s      *Service
	admins map[string]bool
}

// NewAdmin builds the admin service for the named administrators.
func NewAdmin(s *Service, admins []string) *Admin {
	a := &Admin{s: s, admins: map[string]bool{}}
	for _, n := range admins {
		a.admins[n] = true
	}
	return a
}

func (a *Admin) authorize(ctx context.Context) (string, error) {
	name, err := callerName(ctx)
	if err != nil {
		return "", err
	}
	if !a.admins[name] {
		return "", fmt.Errorf("%w: %q is not an administrator", errPermission, name)
	}
	return name, nil
}

func (a *Admin) audit(ctx context.Context, tx *store.Tx, actor, kind string, id, digest []byte, detail map[string]any) error {
	a.s.metrics.admin.WithLabelValues(kind).Inc()
	e := &store.AuditEntry{Kind: kind, Actor: actor, TransferID: id, Digest: digest, Detail: mustJSON(detail)}
	if err := tx.Audit(ctx, e); err != nil {
		return err
	}
	a.s.log.Warn("admin action", "action", kind, "actor", actor, "detail", e.Detail, "audit_seq", e.Seq,
		"audit_head", fmt.Sprintf("%x", e.Hash))
	return nil
}

func (a *Admin) checkRoute(route string) error {
	if route == "" {
		return nil
	}
	if _, ok := a.s.routes.Route(route); !ok {
		return &transfer.FieldError{Field: "route", Reason: fmt.Sprintf("unknown route %.40q", route)}
	}
	return nil
}

// Pause stops signing, globally or for one route.
func (a *Admin) Pause(ctx context.Context, req *signerv1.PauseRequest) (*signerv1.PauseResponse, error) {
	actor, err := a.authorize(ctx)
	if err != nil {
		return nil, a.s.toStatus(err)
	}
	if err := a.checkRoute(req.GetRoute()); err != nil {
		return nil, a.s.toStatus(err)
	}
	if req.GetReason() == "" {
		return nil, a.s.toStatus(&transfer.FieldError{Field: "reason", Reason: "required"})
	}
	err = a.s.store.InTx(ctx, func(tx *store.Tx) error {
		if err := tx.Pause(ctx, req.GetRoute(), req.GetReason()); err != nil {
			return err
		}
		return a.audit(ctx, tx, actor, "pause", nil, nil, map[string]any{"route": req.GetRoute(), "reason": req.GetReason()})
	})
	if err != nil {
		return nil, a.s.toStatus(err)
	}
	return &signerv1.PauseResponse{}, nil
}

// Unpause lifts a pause.
func (a *Admin) Unpause(ctx context.Context, req *signerv1.UnpauseRequest) (*signerv1.UnpauseResponse, error) {
	actor, err := a.authorize(ctx)
	if err != nil {
		return nil, a.s.toStatus(err)
	}
	if err := a.checkRoute(req.GetRoute()); err != nil {
		return nil, a.s.toStatus(err)
	}
	err = a.s.store.InTx(ctx, func(tx *store.Tx) error {
		if _, err := tx.Unpause(ctx, req.GetRoute()); err != nil {
			return err
		}
		return a.audit(ctx, tx, actor, "unpause", nil, nil, map[string]any{"route": req.GetRoute()})
	})
	if err != nil {
		return nil, a.s.toStatus(err)
	}
	return &signerv1.UnpauseResponse{}, nil
}

// ResolveQuarantine releases a quarantined transfer with a digest the operator confirmed, or
// rejects it. A released transfer still needs a quorum of attestations of that digest.
func (a *Admin) ResolveQuarantine(ctx context.Context, req *signerv1.ResolveQuarantineRequest) (*signerv1.ResolveQuarantineResponse, error) {
	actor, err := a.authorize(ctx)
	if err != nil {
		return nil, a.s.toStatus(err)
	}
	id, err := fixed32("transfer_id", req.GetTransferId())
	if err != nil {
		return nil, a.s.toStatus(err)
	}
	if req.GetReason() == "" {
		return nil, a.s.toStatus(&transfer.FieldError{Field: "reason", Reason: "required"})
	}
	var q *signerv1.QuorumState
	err = a.s.store.InTx(ctx, func(tx *store.Tx) error {
		rec, err := tx.LockTransfer(ctx, id[:])
		if err != nil {
			return err
		}
		if rec.State != store.StateQuarantined {
			return &stateError{rec.State, "transfer is not quarantined"}
		}
		switch r := req.GetResolution().(type) {
		case *signerv1.ResolveQuarantineRequest_Reject:
			if !r.Reject {
				return &transfer.FieldError{Field: "reject", Reason: "must be true"}
			}
			if err := tx.SetState(ctx, id[:], store.StateRejected, req.GetReason(), time.Time{}); err != nil {
				return err
			}
			if err := a.audit(ctx, tx, actor, "reject_quarantined", id[:], rec.Digest, map[string]any{"reason": req.GetReason()}); err != nil {
				return err
			}
		case *signerv1.ResolveQuarantineRequest_AcceptDigest:
			digest, err := fixed32("accept_digest", r.AcceptDigest)
			if err != nil {
				return err
			}
			atts, err := tx.Attestations(ctx, id[:], digest[:])
			if err != nil {
				return err
			}
			if len(atts) == 0 {
				return &transfer.FieldError{Field: "accept_digest", Reason: "no watcher attested this digest"}
			}
			var m signerv1.Transfer
			if err := proto.Unmarshal(atts[0].Transfer, &m); err != nil {
				return fmt.Errorf("stored attestation: %w", err)
			}
			p, err := a.s.parseTransfer(&m)
			if err != nil {
				return &stateError{rec.State, "the accepted transfer no longer matches the routes: " + err.Error()}
			}
			if !bytes.Equal(p.digest[:], digest[:]) {
				return &stateError{rec.State, "the accepted digest no longer matches the routes"}
			}
			// Security-critical: every column derived from the transfer follows the accepted
			// digest, so the cap counts what will be signed, in its lane.
			if err := tx.SetDigest(ctx, &store.Record{ID: id[:], Digest: digest[:], Transfer: atts[0].Transfer, Route: p.route.ID,
				Lane: p.lane(), DestChain: p.t.DestChain, Amount: p.t.Amount}); err != nil {
				return err
			}
			state, hold := store.StateAttested, time.Time{}
			if len(a.s.count(digest, atts)) >= a.s.watchers.Threshold() {
				limits, err := a.s.limits(ctx, tx, p.route)
				if err != nil {
					return err
				}
				now := a.s.now()
				state = store.StateQuorum
				if h := limits.HoldUntil(p.t.Amount, p.destDecimals, now); h.After(now) {
					state, hold = store.StateHeld, h
				}
			}
			if err := tx.SetState(ctx, id[:], state, "", hold); err != nil {
				return err
			}
			if err := a.audit(ctx, tx, actor, "accept_quarantined", id[:], digest[:], map[string]any{"reason": req.GetReason(), "previous_digest": fmt.Sprintf("%x", rec.Digest)}); err != nil {
				return err
			}
		default:
			return &transfer.FieldError{Field: "resolution", Reason: "set accept_digest or reject"}
		}
		rec, err = tx.LockTransfer(ctx, id[:])
		if err != nil {
			return err
		}
		atts, err := tx.Attestations(ctx, id[:], nil)
		if err != nil {
			return err
		}
		q, err = a.s.quorumState(rec, atts)
		return err
	})
	if err != nil {
		return nil, a.s.toStatus(err)
	}
	return &signerv1.ResolveQuarantineResponse{Quorum: q}, nil
}

// SetLimits overrides a route's limits.
func (a *Admin) SetLimits(ctx context.Context, req *signerv1.SetLimitsRequest) (*signerv1.SetLimitsResponse, error) {
	actor, err := a.authorize(ctx)
	if err != nil {
		return nil, a.s.toStatus(err)
	}
	l := req.GetLimits()
	if l == nil {
		return nil, a.s.toStatus(&transfer.FieldError{Field: "limits", Reason: "missing"})
	}
	rt, ok := a.s.routes.Route(l.GetRoute())
	if !ok || l.GetRoute() == "" {
		return nil, a.s.toStatus(&transfer.FieldError{Field: "limits.route", Reason: fmt.Sprintf("unknown route %.40q", l.GetRoute())})
	}
	if req.GetReason() == "" {
		return nil, a.s.toStatus(&transfer.FieldError{Field: "reason", Reason: "required"})
	}
	parsed, err := policy.Parse(rt, l.GetEnabled(), l.GetMax(), l.GetDailyCap(), l.GetBigThreshold(), l.GetBigDelay())
	if err != nil {
		return nil, a.s.toStatus(&transfer.FieldError{Field: "limits", Reason: err.Error()})
	}
	out := limitsProto(parsed)
	err = a.s.store.InTx(ctx, func(tx *store.Tx) error {
		if err := tx.SetLimits(ctx, store.Limits{Route: rt.ID, Enabled: parsed.Enabled, Max: out.Max, DailyCap: out.DailyCap,
			BigThreshold: out.BigThreshold, BigDelay: out.BigDelay}); err != nil {
			return err
		}
		return a.audit(ctx, tx, actor, "set_limits", nil, nil, map[string]any{"route": rt.ID, "enabled": parsed.Enabled,
			"max": out.Max, "daily_cap": out.DailyCap, "big_threshold": out.BigThreshold, "big_delay": out.BigDelay, "reason": req.GetReason()})
	})
	if err != nil {
		return nil, a.s.toStatus(err)
	}
	return &signerv1.SetLimitsResponse{Limits: out}, nil
}

func limitsProto(l policy.Limits) *signerv1.Limits {
	return &signerv1.Limits{Route: l.Route, Enabled: l.Enabled, Max: l.Max.String(), DailyCap: l.DailyCap.String(),
		BigThreshold: l.BigThreshold.String(), BigDelay: l.BigDelay.String()}
}

// GetPolicy shows pauses and limits in force.
func (a *Admin) GetPolicy(ctx context.Context, _ *signerv1.GetPolicyRequest) (*signerv1.GetPolicyResponse, error) {
	if _, err := a.authorize(ctx); err != nil {
		return nil, a.s.toStatus(err)
	}
	pol, err := a.s.store.Policy(ctx)
	if err != nil {
		return nil, a.s.toStatus(err)
	}
	resp := &signerv1.GetPolicyResponse{Paused: pol.GlobalPause}
	for r := range pol.PausedRoutes {
		resp.PausedRoutes = append(resp.PausedRoutes, r)
	}
	sort.Strings(resp.PausedRoutes)
	for i := range a.s.routes.Routes {
		rt := &a.s.routes.Routes[i]
		l, err := a.s.limitsFrom(pol, rt)
		if err != nil {
			return nil, a.s.toStatus(err)
		}
		resp.Limits = append(resp.Limits, limitsProto(l))
	}
	return resp, nil
}
