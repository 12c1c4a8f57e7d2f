package service

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

	"google.golang.org/protobuf/proto"

	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/transfer"
	signerv1 "github.com/tokendroplet/droplet/proto/droplet/signer/v1"
	"github.com/tokendroplet/droplet/signer/internal/payout"
	"github.com/tokendroplet/droplet/signer/internal/policy"
	"github.com/tokendroplet/droplet/signer/internal/store"
)

// Signing is batched: concurrent SignTransfer calls are gathered and decided in one database
// transaction, so the audit chain (which serialises every signature) costs one commit per batch,
// not one per signature. Within a batch each transfer is checked in turn (quorum, policy, the
// rolling cap counting what the batch already signed), then the approved ones are signed in
// parallel, then stored with their audit entries, then committed; only then is anything answered.

const maxBatch = 256

type signJob struct {
	caller string
	id     [32]byte
	req    *signerv1.SignTransferRequest
	done   chan signResult // buffered: the batcher never blocks on a caller that left
}

type signResult struct {
	resp *signerv1.SignTransferResponse
	err  error
}

// pending is a transfer approved in a batch, waiting for its signature.
type pending struct {
	job     *signJob
	rec     *store.Record
	p       *parsed
	valid   []string // watchers whose attestations count, in contract order
	sigs    [][]byte
	amount  *big.Int
	lane    string
	entry   *store.AuditEntry
	detail  map[string]any
	signErr error
	// the signature
	ethR, ethS [32]byte
	mvsRaw     []byte
	mvsTxid    [32]byte
}

// Start runs the signing batcher until ctx ends. SignTransfer fails while it is not running.
func (s *Service) Start(ctx context.Context) {
	s.startOnce.Do(func() {
		go func() {
			for {
				var first *signJob
				select {
				case <-ctx.Done():
					return
				case first = <-s.jobs:
				}
				batch := []*signJob{first}
			gather:
				for len(batch) < maxBatch {
					select {
					case j := <-s.jobs:
						batch = append(batch, j)
					default:
						break gather
					}
				}
				s.runBatch(ctx, batch)
			}
		}()
	})
}

// SignTransfer gives the signature of a transfer that has quorum and passes policy.
func (s *Service) SignTransfer(ctx context.Context, req *signerv1.SignTransferRequest) (*signerv1.SignTransferResponse, error) {
	caller, err := callerName(ctx)
	if err != nil {
		return nil, s.toStatus(err)
	}
	if !s.relayers[caller] {
		return nil, s.toStatus(fmt.Errorf("%w: %q may not ask for signatures", errPermission, caller))
	}
	id, err := fixed32("transfer_id", req.GetTransferId())
	if err != nil {
		return nil, s.toStatus(err)
	}
	if len(req.GetMetaversePayout()) > maxMetaverseTxBytes {
		return nil, s.toStatus(&transfer.FieldError{Field: "metaverse_payout", Reason: "too large"})
	}
	if len(req.GetMetaversePrevious()) > 1000 {
		return nil, s.toStatus(&transfer.FieldError{Field: "metaverse_previous", Reason: "too many"})
	}
	for _, p := range req.GetMetaversePrevious() {
		if len(p) > maxMetaverseTxBytes {
			return nil, s.toStatus(&transfer.FieldError{Field: "metaverse_previous", Reason: "a transaction is too large"})
		}
	}
	job := &signJob{caller: caller, id: id, req: req, done: make(chan signResult, 1)}
	select {
	case s.jobs <- job:
	case <-ctx.Done():
		return nil, s.toStatus(ctx.Err())
	}
	select {
	case r := <-job.done:
		if r.err != nil {
			var rej *policy.Rejection
			if errors.As(r.err, &rej) {
				s.metrics.rejected.WithLabelValues(reasonLabel(rej.Err)).Inc()
			}
			return nil, s.toStatus(r.err)
		}
		return r.resp, nil
	case <-ctx.Done():
		// The batch may still commit; a retry gets the stored answer.
		return nil, s.toStatus(ctx.Err())
	}
}

func (s *Service) runBatch(ctx context.Context, batch []*signJob) {
	results := make(map[*signJob]signResult, len(batch))
	var signed []*pending
	err := s.store.InTx(ctx, func(tx *store.Tx) error {
		clear(results)
		var err error
		signed, err = s.decide(ctx, tx, batch, results)
		return err
	})
	if err == nil {
		for _, pd := range signed {
			s.metrics.signatures.WithLabelValues(pd.lane).Inc()
			s.log.Info("transfer signed", "transfer_id", fmt.Sprintf("0x%x", pd.rec.ID), "lane", pd.lane,
				"audit_seq", pd.entry.Seq, "audit_head", fmt.Sprintf("%x", pd.entry.Hash))
		}
	}
	for _, j := range batch {
		r, ok := results[j]
		if err != nil {
			r = signResult{err: err}
		} else if !ok {
			r = signResult{err: errors.New("internal: no result")}
		}
		j.done <- r
	}
}

// decide runs one batch inside tx. Errors of one transfer go to its result; an error returned
// aborts the whole batch (every caller gets it and may retry).
func (s *Service) decide(ctx context.Context, tx *store.Tx, batch []*signJob, results map[*signJob]signResult) ([]*pending, error) {
	pol, err := tx.Policy(ctx)
	if err != nil {
		return nil, err
	}
	now := s.now()
	laneUsed := map[string]*big.Int{}
	byID := map[[32]byte]*signJob{}
	// Rows are locked in id order, so two replicas' batches never wait on each other in a cycle.
	order := slices.Clone(batch)
	slices.SortFunc(order, func(a, b *signJob) int { return bytes.Compare(a.id[:], b.id[:]) })
	var approved []*pending
	var dups []*signJob
	for _, j := range order {
		if byID[j.id] != nil {
			dups = append(dups, j) // answered like the first of its id, below
			continue
		}
		byID[j.id] = j
		rec, err := tx.LockTransfer(ctx, j.id[:])
		if errors.Is(err, store.ErrNotFound) {
			results[j] = signResult{err: err}
			continue
		}
		if err != nil {
			return nil, err
		}
		if rec.State == store.StateSigned {
			continue // answered from the stored record below
		}
		// Security-critical: a transfer with a stored Metaverse payout is never signed again,
		// whatever its (editable) state column says; it is answered with that payout below.
		if _, _, err := tx.MetaversePayout(ctx, j.id[:]); err == nil {
			continue
		} else if !errors.Is(err, store.ErrNotFound) {
			return nil, err
		}
		pd, err := s.approve(ctx, tx, j, rec, pol, laneUsed, now)
		if err != nil {
			if isBatchError(err) {
				return nil, err
			}
			results[j] = signResult{err: err}
			continue
		}
		approved = append(approved, pd)
	}

	// Sign in parallel: Vault round trips and payout validation overlap.
	var wg sync.WaitGroup
	sem := make(chan struct{}, 16)
	for _, pd := range approved {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			pd.signErr = s.signPending(ctx, pd)
		}()
	}
	wg.Wait()

	// Security-critical: a pause or a route disabled while this batch was signing wins. Policy
	// changes take the audit lock too, so they commit wholly before this point or after the batch.
	if len(approved) > 0 {
		if err := tx.LockAudit(ctx); err != nil {
			return nil, err
		}
		if pol, err = tx.Policy(ctx); err != nil {
			return nil, err
		}
	}
	var signed []*pending
	for _, pd := range approved {
		if pd.signErr != nil {
			results[pd.job] = signResult{err: pd.signErr}
			continue
		}
		if err := s.stillAllowed(pol, pd); err != nil {
			results[pd.job] = signResult{err: err}
			continue
		}
		if err := s.persist(ctx, tx, pd); errors.Is(err, store.ErrOutputSpent) {
			results[pd.job] = signResult{err: fmt.Errorf("%w: %v", payout.ErrRejected, err)}
			continue
		} else if err != nil {
			return nil, err
		}
		signed = append(signed, pd)
	}
	// Answer every job that has no error yet from the (now updated) record.
	for _, j := range batch {
		if _, done := results[j]; done {
			continue
		}
		first := byID[j.id]
		if r, ok := results[first]; ok && first != j && r.err != nil {
			results[j] = r
			continue
		}
		rec, err := tx.LockTransfer(ctx, j.id[:])
		if err != nil {
			return nil, err
		}
		payRaw, payTxid, err := tx.MetaversePayout(ctx, j.id[:])
		paid := err == nil
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return nil, err
		}
		if rec.State != store.StateSigned && !paid {
			continue // its error is set on the first job of its id
		}
		atts, err := tx.Attestations(ctx, rec.ID, nil)
		if err != nil {
			return nil, err
		}
		q, err := s.quorumState(rec, atts, pol.Excluded)
		if err != nil {
			return nil, err
		}
		resp := &signerv1.SignTransferResponse{Quorum: q}
		if paid {
			// The insert-only table's payout, not the transfers row's copy.
			resp.Payout = &signerv1.SignTransferResponse_Metaverse{Metaverse: &signerv1.MetaverseTransaction{Raw: payRaw, Txid: payTxid}}
		} else {
			resp.Payout = &signerv1.SignTransferResponse_Ethereum{Ethereum: &signerv1.EthereumAuthorization{
				R: rec.EthR, S: rec.EthS, WatcherSignatures: rec.WatcherSigs}}
		}
		results[j] = signResult{resp: resp}
	}
	for _, j := range dups {
		if _, ok := results[j]; !ok {
			results[j] = results[byID[j.id]]
		}
	}
	return signed, nil
}

// isBatchError says whether err is the database's (abort the batch) rather than a verdict on one
// transfer.
func isBatchError(err error) bool {
	var (
		qe  *quorumError
		se  *stateError
		rej *policy.Rejection
	)
	return !errors.As(err, &qe) && !errors.As(err, &se) && !errors.As(err, &rej)
}

// approve checks one transfer's quorum and policy, counting what the batch already approved.
func (s *Service) approve(ctx context.Context, tx *store.Tx, j *signJob, rec *store.Record, pol *store.Policy,
	laneUsed map[string]*big.Int, now time.Time) (*pending, error) {
	switch rec.State {
	case store.StateQuarantined:
		return nil, &stateError{rec.State, "quarantined: " + rec.Reason}
	case store.StateRejected:
		return nil, &stateError{rec.State, "rejected by an operator: " + rec.Reason}
	case store.StateQuorum, store.StateHeld, store.StateAttested:
	default:
		return nil, &stateError{rec.State, "not signable in state " + rec.State}
	}
	var m signerv1.Transfer
	if err := proto.Unmarshal(rec.Transfer, &m); err != nil {
		return nil, fmt.Errorf("stored transfer: %w", err)
	}
	// Parse again: the routes or their hash may have changed since the attestations.
	p, err := s.parseTransfer(&m)
	if err != nil {
		return nil, &stateError{rec.State, "the stored transfer no longer matches the routes: " + err.Error()}
	}
	if !bytes.Equal(p.digest[:], rec.Digest) {
		return nil, &stateError{rec.State, "the routes changed since the attestations: their digest no longer matches"}
	}
	atts, err := tx.Attestations(ctx, rec.ID, nil)
	if err != nil {
		return nil, err
	}
	// Security-critical: a quorum of distinct configured watchers signed this very digest, none
	// of them excluded, none of them having signed another digest for this event.
	valid := s.count(p.digest, atts, pol.Excluded)
	if len(valid) < s.watchers.Threshold() {
		return nil, &quorumError{have: len(valid), threshold: s.watchers.Threshold(), watchers: s.watchers.Size()}
	}
	limits, err := s.limitsFrom(pol, p.route)
	if err != nil {
		return nil, err
	}
	if rec.State == store.StateAttested {
		// Quorum reached without a new attestation (the configuration changed): the big-transfer
		// delay starts now, as it would have at the attestation.
		state, hold := store.StateQuorum, time.Time{}
		if h := limits.HoldUntil(p.t.Amount, p.destDecimals, now); h.After(now) {
			state, hold = store.StateHeld, h
		}
		if err := tx.SetState(ctx, rec.ID, state, "", hold); err != nil {
			return nil, err
		}
		rec.State, rec.HoldUntil = state, sql.NullTime{Time: hold, Valid: !hold.IsZero()}
	}
	lane := p.lane()
	used, ok := laneUsed[lane]
	if !ok {
		if err := tx.LockLane(ctx, lane); err != nil {
			return nil, err
		}
		if used, err = tx.LaneUsage(ctx, lane, now.Add(-policy.Window)); err != nil {
			return nil, err
		}
		laneUsed[lane] = used
	}
	_, routePaused := pol.PausedRoutes[p.route.ID]
	var hold time.Time
	if rec.HoldUntil.Valid {
		hold = rec.HoldUntil.Time
	}
	if err := limits.Check(policy.Request{GlobalPause: pol.GlobalPause, RoutePaused: routePaused, Amount: p.t.Amount,
		DestDecimals: p.destDecimals, Used: used, HoldUntil: hold, Now: now}); err != nil {
		return nil, err
	}
	used.Add(used, p.t.Amount)

	pd := &pending{job: j, rec: rec, p: p, amount: p.t.Amount}
	for _, a := range valid {
		pd.valid = append(pd.valid, a.Watcher)
		pd.sigs = append(pd.sigs, a.Signature)
	}
	pd.lane = lane
	pd.detail = map[string]any{"route": p.route.ID, "lane": lane, "amount": p.t.Amount.String(), "quorum": pd.valid,
		"dest_chain": p.t.DestChain}
	pd.entry = &store.AuditEntry{Actor: j.caller, TransferID: rec.ID, Digest: rec.Digest}
	return pd, nil
}

// stillAllowed re-checks the pauses, the route's switch and the watcher exclusions read under the
// audit lock.
func (s *Service) stillAllowed(pol *store.Policy, pd *pending) error {
	if pol.GlobalPause {
		return &policy.Rejection{Err: policy.ErrPaused, Detail: "all signing is paused"}
	}
	if _, paused := pol.PausedRoutes[pd.p.route.ID]; paused {
		return &policy.Rejection{Err: policy.ErrRoutePaused, Detail: "route " + pd.p.route.ID}
	}
	limits, err := s.limitsFrom(pol, pd.p.route)
	if err != nil {
		return err
	}
	if !limits.Enabled {
		return &policy.Rejection{Err: policy.ErrRouteDisabled, Detail: "route " + pd.p.route.ID}
	}
	// Security-critical: a watcher excluded while this batch was signing no longer counts.
	have := 0
	for _, w := range pd.valid {
		if _, out := pol.Excluded[w]; !out {
			have++
		}
	}
	if have < s.watchers.Threshold() {
		return &quorumError{have: have, threshold: s.watchers.Threshold(), watchers: s.watchers.Size()}
	}
	return nil
}

// signPending makes the signature. It touches no database: it runs in parallel.
func (s *Service) signPending(ctx context.Context, pd *pending) error {
	if transfer.IsMetaverse(pd.p.t.DestChain) {
		if s.metaverse == nil {
			return &stateError{pd.rec.State, "this signer has no Metaverse payout key"}
		}
		raw, txid, err := s.metaverse.SignPayout(&pd.p.t, pd.p.route, pd.job.req.GetMetaversePayout(), pd.job.req.GetMetaversePrevious())
		if err != nil {
			return err
		}
		pd.mvsRaw, pd.mvsTxid = raw, txid
		pd.detail["txid"] = fmt.Sprintf("%x", txid)
		pd.entry.Kind = "sign_metaverse"
		return nil
	}
	r, sig, err := s.eth.SignDigest(ctx, pd.p.digest)
	if err != nil {
		return err
	}
	pd.ethR, pd.ethS = r, sig
	pd.detail["r"], pd.detail["s"] = fmt.Sprintf("%x", r), fmt.Sprintf("%x", sig)
	pd.entry.Kind = "sign_ethereum"
	return nil
}

// persist stores a signature and its audit entry in the batch's transaction.
func (s *Service) persist(ctx context.Context, tx *store.Tx, pd *pending) error {
	pd.entry.Detail = mustJSON(pd.detail)
	var err error
	if pd.mvsRaw != nil {
		tx2, derr := mvs.Decode(pd.mvsRaw)
		if derr != nil {
			return derr
		}
		spends := make([]string, len(tx2.Inputs))
		for i, in := range tx2.Inputs {
			spends[i] = fmt.Sprintf("%s:%d", in.PrevOut.Hash, in.PrevOut.Index)
		}
		err = tx.SaveMetaverse(ctx, pd.rec.ID, pd.lane, pd.amount, pd.mvsRaw, pd.mvsTxid[:], spends)
	} else {
		err = tx.SaveEthereum(ctx, pd.rec.ID, pd.lane, pd.amount, pd.ethR[:], pd.ethS[:], pd.sigs)
	}
	if err != nil {
		return err
	}
	return tx.Audit(ctx, pd.entry)
}
