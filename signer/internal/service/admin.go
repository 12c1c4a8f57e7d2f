package service

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"time"

	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"

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
	window time.Duration
}

// DefaultApprovalWindow is how long a first administrator's approval of a loosening waits for
// a second one when the configuration names no window.
const DefaultApprovalWindow = time.Hour

// AdminConfig is what the admin service needs.
type AdminConfig struct {
	// Admins are the administrators' certificate names.
	Admins []string
	// ApprovalWindow is how long an approval of limits that loosen those in force waits for a
	// second administrator; zero: DefaultApprovalWindow.
	ApprovalWindow time.Duration
}

// NewAdmin builds the admin service.
func NewAdmin(s *Service, c AdminConfig) *Admin {
	a := &Admin{s: s, admins: map[string]bool{}, window: c.ApprovalWindow}
	for _, n := range c.Admins {
		a.admins[n] = true
	}
	if a.window <= 0 {
		a.window = DefaultApprovalWindow
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
// rejects it. A released transfer still needs a quorum of counting attestations of that digest.
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
	var res resolution
	switch r := req.GetResolution().(type) {
	case *signerv1.ResolveQuarantineRequest_Reject:
		if !r.Reject {
			return nil, a.s.toStatus(&transfer.FieldError{Field: "reject", Reason: "must be true"})
		}
		res.reject = true
	case *signerv1.ResolveQuarantineRequest_AcceptDigest:
		digest, err := fixed32("accept_digest", r.AcceptDigest)
		if err != nil {
			return nil, a.s.toStatus(err)
		}
		res.digest = &digest
	default:
		return nil, a.s.toStatus(&transfer.FieldError{Field: "resolution", Reason: "set accept_digest or reject"})
	}
	res.reason = req.GetReason()
	var q *signerv1.QuorumState
	err = a.s.store.InTx(ctx, func(tx *store.Tx) error {
		rec, err := tx.LockTransfer(ctx, id[:])
		if err != nil {
			return err
		}
		excluded, err := tx.Exclusions(ctx)
		if err != nil {
			return err
		}
		q, err = a.resolve(ctx, tx, actor, rec, res, excluded)
		return err
	})
	if err != nil {
		return nil, a.s.toStatus(err)
	}
	return &signerv1.ResolveQuarantineResponse{Quorum: q}, nil
}

// resolution is what an operator decided for a quarantined transfer.
type resolution struct {
	reject bool
	digest *[32]byte // nil with !reject: the digest a quorum of counting watchers agree on
	reason string
	bulk   bool
}

// errNoQuorumDigest is a bulk acceptance of a transfer on whose digest no quorum agrees.
type errNoQuorumDigest struct{ best, threshold int }

func (e *errNoQuorumDigest) Error() string {
	return fmt.Sprintf("no digest has a quorum of counting watchers (best %d of %d): resolve it one by one", e.best, e.threshold)
}

// resolve applies res to rec, whose row tx holds, and audits it.
func (a *Admin) resolve(ctx context.Context, tx *store.Tx, actor string, rec *store.Record, res resolution,
	excluded map[string]store.Exclusion) (*signerv1.QuorumState, error) {
	id := rec.ID
	if rec.State != store.StateQuarantined {
		return nil, &stateError{rec.State, "transfer is not quarantined"}
	}
	all, err := tx.Attestations(ctx, id, nil)
	if err != nil {
		return nil, err
	}
	detail := map[string]any{"reason": res.reason}
	if res.bulk {
		detail["bulk"] = true
	}
	if res.reject {
		if err := tx.SetState(ctx, id, store.StateRejected, res.reason, time.Time{}); err != nil {
			return nil, err
		}
		if err := a.audit(ctx, tx, actor, "reject_quarantined", id, rec.Digest, detail); err != nil {
			return nil, err
		}
	} else {
		var digest [32]byte
		if res.digest != nil {
			digest = *res.digest
		} else {
			d, _, ok := a.s.watchers.Agreed(a.s.verified(all), excludedSet(excluded))
			if !ok {
				best := 0
				for _, at := range all {
					best = max(best, len(a.s.count([32]byte(at.Digest), all, excluded)))
				}
				return nil, &errNoQuorumDigest{best: best, threshold: a.s.watchers.Threshold()}
			}
			digest = d
		}
		var body []byte
		for _, at := range all {
			if bytes.Equal(at.Digest, digest[:]) {
				body = at.Transfer
				break
			}
		}
		if body == nil {
			return nil, &transfer.FieldError{Field: "accept_digest", Reason: "no watcher attested this digest"}
		}
		var m signerv1.Transfer
		if err := proto.Unmarshal(body, &m); err != nil {
			return nil, fmt.Errorf("stored attestation: %w", err)
		}
		p, err := a.s.parseTransfer(&m)
		if err != nil {
			return nil, &stateError{rec.State, "the accepted transfer no longer matches the routes: " + err.Error()}
		}
		if !bytes.Equal(p.digest[:], digest[:]) {
			return nil, &stateError{rec.State, "the accepted digest no longer matches the routes"}
		}
		// Security-critical: every column derived from the transfer follows the accepted
		// digest, so the cap counts what will be signed, in its lane.
		if err := tx.SetDigest(ctx, &store.Record{ID: id, Digest: digest[:], Transfer: body, Route: p.route.ID,
			Lane: p.lane(), DestChain: p.t.DestChain, Amount: p.t.Amount}); err != nil {
			return nil, err
		}
		state, hold := store.StateAttested, time.Time{}
		// Security-critical: the accepted digest still needs a quorum; a watcher that signed
		// two digests for this event, or an excluded one, counts for neither.
		if len(a.s.count(digest, all, excluded)) >= a.s.watchers.Threshold() {
			limits, err := a.s.limits(ctx, tx, p.route)
			if err != nil {
				return nil, err
			}
			now := a.s.now()
			state = store.StateQuorum
			if h := limits.HoldUntil(p.t.Amount, p.destDecimals, now); h.After(now) {
				state, hold = store.StateHeld, h
			}
		}
		if err := tx.SetState(ctx, id, state, "", hold); err != nil {
			return nil, err
		}
		detail["previous_digest"] = fmt.Sprintf("%x", rec.Digest)
		if err := a.audit(ctx, tx, actor, "accept_quarantined", id, digest[:], detail); err != nil {
			return nil, err
		}
		// The operator's digest is the agreed one: the others are their watchers' conflicts.
		if err := a.s.recordConflicts(ctx, tx, id, digest, all, excluded); err != nil {
			return nil, err
		}
	}
	rec, err = tx.LockTransfer(ctx, id)
	if err != nil {
		return nil, err
	}
	return a.s.quorumState(rec, all, excluded)
}

// maxBulk is the most transfers one ResolveQuarantines call resolves, so one call is one
// bounded database transaction.
const maxBulk = 1000

// ResolveQuarantines resolves many quarantined transfers in one transaction, each audited.
func (a *Admin) ResolveQuarantines(ctx context.Context, req *signerv1.ResolveQuarantinesRequest) (*signerv1.ResolveQuarantinesResponse, error) {
	actor, err := a.authorize(ctx)
	if err != nil {
		return nil, a.s.toStatus(err)
	}
	if req.GetReason() == "" {
		return nil, a.s.toStatus(&transfer.FieldError{Field: "reason", Reason: "required"})
	}
	res := resolution{reason: req.GetReason(), bulk: true}
	switch r := req.GetResolution().(type) {
	case *signerv1.ResolveQuarantinesRequest_Reject:
		if !r.Reject {
			return nil, a.s.toStatus(&transfer.FieldError{Field: "reject", Reason: "must be true"})
		}
		res.reject = true
	case *signerv1.ResolveQuarantinesRequest_AcceptQuorumDigest:
		if !r.AcceptQuorumDigest {
			return nil, a.s.toStatus(&transfer.FieldError{Field: "accept_quorum_digest", Reason: "must be true"})
		}
	default:
		return nil, a.s.toStatus(&transfer.FieldError{Field: "resolution", Reason: "set accept_quorum_digest or reject"})
	}
	ids := req.GetTransferIds()
	resp := &signerv1.ResolveQuarantinesResponse{}
	switch w := req.GetWatcher(); {
	case len(ids) > 0 && w != "":
		return nil, a.s.toStatus(&transfer.FieldError{Field: "watcher", Reason: "set transfer_ids or watcher, not both"})
	case len(ids) > maxBulk:
		return nil, a.s.toStatus(&transfer.FieldError{Field: "transfer_ids", Reason: fmt.Sprintf("%d ids: at most %d per call", len(ids), maxBulk)})
	case len(ids) > 0:
		for i, id := range ids {
			if _, err := fixed32(fmt.Sprintf("transfer_ids[%d]", i), id); err != nil {
				return nil, a.s.toStatus(err)
			}
		}
	case w != "":
		if !a.s.watchers.Known(w) {
			return nil, a.s.toStatus(&transfer.FieldError{Field: "watcher", Reason: fmt.Sprintf("unknown watcher %.64q", w)})
		}
		if ids, err = a.s.store.QuarantinedAttestedBy(ctx, w, maxBulk+1); err != nil {
			return nil, a.s.toStatus(err)
		}
		if len(ids) > maxBulk {
			ids, resp.More = ids[:maxBulk], true
		}
	default:
		return nil, a.s.toStatus(&transfer.FieldError{Field: "transfer_ids", Reason: "set transfer_ids or watcher"})
	}
	// Rows are locked in id order, all before the first audit entry takes the audit lock, so
	// this never waits in a cycle with a signing batch or an attestation.
	ids = slices.Clone(ids)
	slices.SortFunc(ids, bytes.Compare)
	ids = slices.CompactFunc(ids, bytes.Equal)
	err = a.s.store.InTx(ctx, func(tx *store.Tx) error {
		resp.Resolved, resp.Unresolved = nil, nil
		recs := make([]*store.Record, 0, len(ids))
		for _, id := range ids {
			rec, err := tx.LockTransfer(ctx, id)
			if errors.Is(err, store.ErrNotFound) {
				resp.Unresolved = append(resp.Unresolved, &signerv1.UnresolvedTransfer{TransferId: id, Reason: "transfer not found"})
				continue
			}
			if err != nil {
				return err
			}
			recs = append(recs, rec)
		}
		excluded, err := tx.Exclusions(ctx)
		if err != nil {
			return err
		}
		for _, rec := range recs {
			q, err := a.resolve(ctx, tx, actor, rec, res, excluded)
			var (
				se *stateError
				nq *errNoQuorumDigest
			)
			switch {
			case errors.As(err, &se), errors.As(err, &nq):
				resp.Unresolved = append(resp.Unresolved, &signerv1.UnresolvedTransfer{TransferId: rec.ID, Reason: err.Error()})
			case err != nil:
				return err
			default:
				resp.Resolved = append(resp.Resolved, q)
			}
		}
		return nil
	})
	if err != nil {
		return nil, a.s.toStatus(err)
	}
	return resp, nil
}

// RestoreWatcher lets an excluded watcher count again.
func (a *Admin) RestoreWatcher(ctx context.Context, req *signerv1.RestoreWatcherRequest) (*signerv1.RestoreWatcherResponse, error) {
	actor, err := a.authorize(ctx)
	if err != nil {
		return nil, a.s.toStatus(err)
	}
	w := req.GetWatcher()
	if !a.s.watchers.Known(w) {
		return nil, a.s.toStatus(&transfer.FieldError{Field: "watcher", Reason: fmt.Sprintf("unknown watcher %.64q", w)})
	}
	if req.GetReason() == "" {
		return nil, a.s.toStatus(&transfer.FieldError{Field: "reason", Reason: "required"})
	}
	err = a.s.store.InTx(ctx, func(tx *store.Tx) error {
		if err := tx.LockAudit(ctx); err != nil {
			return err
		}
		if err := tx.Restore(ctx, w, actor, a.s.now()); err != nil {
			return err
		}
		return a.audit(ctx, tx, actor, "restore_watcher", nil, nil, map[string]any{"watcher": w, "reason": req.GetReason()})
	})
	if err != nil {
		return nil, a.s.toStatus(err)
	}
	a.s.metrics.excluded.WithLabelValues(w).Set(0)
	return &signerv1.RestoreWatcherResponse{}, nil
}

// SetLimits overrides a route's limits. Security-critical: one administrator may only tighten;
// loosening needs a second, different administrator within the window, and nothing may exceed
// the routes file.
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
	file := policy.FromRoute(rt)
	if looser := parsed.Looser(file); len(looser) > 0 {
		f := looser[0]
		return nil, a.s.toStatus(&transfer.FieldError{Field: "limits." + f, Reason: fmt.Sprintf(
			"%s is looser than the routes file's %s: an override may only tighten the routes file", parsed.Field(f), file.Field(f))})
	}
	want := limitsProto(parsed)
	stored := store.Limits{Route: rt.ID, Enabled: parsed.Enabled, Max: want.Max, DailyCap: want.DailyCap,
		BigThreshold: want.BigThreshold, BigDelay: want.BigDelay}
	resp := &signerv1.SetLimitsResponse{}
	err = a.s.store.InTx(ctx, func(tx *store.Tx) error {
		// Policy changes serialise on the audit lock: two administrators' approvals on two
		// replicas see each other, and a signing batch sees a change wholly or not at all.
		if err := tx.LockAudit(ctx); err != nil {
			return err
		}
		now := a.s.now()
		since := now.Add(-a.window)
		if err := tx.DeleteExpiredApprovals(ctx, since); err != nil {
			return err
		}
		pol, err := tx.Policy(ctx)
		if err != nil {
			return err
		}
		current, err := a.s.limitsFrom(pol, rt)
		if err != nil {
			return err
		}
		detail := map[string]any{"route": rt.ID, "enabled": parsed.Enabled, "max": want.Max, "daily_cap": want.DailyCap,
			"big_threshold": want.BigThreshold, "big_delay": want.BigDelay, "reason": req.GetReason()}
		looser := parsed.Looser(current)
		approvedBy := []string{actor}
		if len(looser) > 0 {
			approvals, err := tx.Approvals(ctx, stored, since)
			if err != nil {
				return err
			}
			var first *store.Approval
			for i := range approvals {
				if approvals[i].Admin != actor {
					first = &approvals[i]
					break
				}
			}
			if first == nil {
				// The first approval (or the same administrator again: nothing changes).
				isNew, err := tx.AddApproval(ctx, store.Approval{Limits: stored, Admin: actor, Reason: req.GetReason(), At: now})
				if err != nil {
					return err
				}
				at := now
				for _, ap := range approvals {
					if ap.Admin == actor {
						at = ap.At
					}
				}
				resp.Limits, resp.Pending, resp.ApprovedBy = limitsProto(current), true, approvedBy
				resp.Expires = timestamppb.New(at.Add(a.window))
				if !isNew {
					return nil
				}
				detail["loosens"] = looser
				detail["expires"] = at.Add(a.window).UTC().Format(time.RFC3339)
				return a.audit(ctx, tx, actor, "approve_limits", nil, nil, detail)
			}
			approvedBy = []string{first.Admin, actor}
			detail["loosens"] = looser
			detail["first_reason"] = first.Reason
		}
		if err := tx.SetLimits(ctx, stored); err != nil {
			return err
		}
		if err := tx.DeleteApprovals(ctx, stored); err != nil {
			return err
		}
		detail["approved_by"] = approvedBy
		resp.Limits, resp.ApprovedBy = want, approvedBy
		return a.audit(ctx, tx, actor, "set_limits", nil, nil, detail)
	})
	if err != nil {
		return nil, a.s.toStatus(err)
	}
	return resp, nil
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
	approvals, err := a.s.store.PendingApprovals(ctx, a.s.now().Add(-a.window))
	if err != nil {
		return nil, a.s.toStatus(err)
	}
	for _, ap := range approvals {
		resp.PendingApprovals = append(resp.PendingApprovals, &signerv1.LimitsApproval{Limits: &signerv1.Limits{Route: ap.Route,
			Enabled: ap.Enabled, Max: ap.Max, DailyCap: ap.DailyCap, BigThreshold: ap.BigThreshold, BigDelay: ap.BigDelay},
			Administrator: ap.Admin, Reason: ap.Reason, Expires: timestamppb.New(ap.At.Add(a.window))})
	}
	for _, w := range a.s.watchers.IDs() {
		if e, ok := pol.Excluded[w]; ok {
			resp.ExcludedWatchers = append(resp.ExcludedWatchers, &signerv1.WatcherExclusion{Watcher: w,
				ExcludedAt: timestamppb.New(e.ExcludedAt), Conflicts: uint32(e.Conflicts), Reason: e.Reason})
		}
	}
	a.s.observeExclusions(pol.Excluded)
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
