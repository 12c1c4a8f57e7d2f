// Package pipeline turns quorum-approved transfers into confirmed payouts: it learns of them from
// the signer, asks for the signature, submits through the destination chain's package and follows
// the transaction to confirmation. Every step is a transition persisted with its history before the
// next one starts; a crash at any point resumes from the stored state, and the chain packages
// re-check the chain before any resubmission, so nothing is paid twice.
package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/internal/wire"
	signerv1 "github.com/tokendroplet/droplet/proto/droplet/signer/v1"
	"github.com/tokendroplet/droplet/relayer/internal/store"
)

// Signer is the part of the signer's client the relayer uses.
type Signer interface {
	ListTransfers(ctx context.Context, in *signerv1.ListTransfersRequest, opts ...grpc.CallOption) (*signerv1.ListTransfersResponse, error)
	SignTransfer(ctx context.Context, in *signerv1.SignTransferRequest, opts ...grpc.CallOption) (*signerv1.SignTransferResponse, error)
}

// Follow is what a chain says of a submitted payout.
type Follow int

const (
	// Pending: not yet confirmed deep enough.
	Pending Follow = iota
	// Confirmed: the payout has its confirmations.
	Confirmed
	// Dropped: the transaction is gone; submit again (the chain package re-checks first).
	Dropped
)

// Chain pays out on one destination chain.
type Chain interface {
	ChainID() uint64
	// Propose returns what SignTransfer needs besides the id: for Metaverse the unsigned payout
	// and the previous transactions it spends; nothing for Ethereum.
	Propose(ctx context.Context, t *store.Transfer) (payout []byte, previous [][]byte, err error)
	// Submit sends the signed payout and returns its transaction hash. It must be harmless to
	// call again for a transfer already paid (it checks the chain first).
	Submit(ctx context.Context, t *store.Transfer) (tx []byte, err error)
	// Follow checks the submitted payout.
	Follow(ctx context.Context, t *store.Transfer) (Follow, error)
}

// Config of the pipeline.
type Config struct {
	Store       *store.Store
	Signer      Signer
	Chains      map[uint64]Chain
	Routes      *transfer.Routes
	Log         *slog.Logger
	Metrics     *Metrics
	Workers     int           // transfers worked on at once; default 8
	Poll        time.Duration // signer discovery and idle wait; default 200ms
	FollowEvery time.Duration // between confirmation checks; default 2s
	MaxAttempts int           // failed attempts before a transfer is failed; default 20
	Backoff     time.Duration // first retry delay, doubling to 5 minutes; default 1s
	BusyWait    time.Duration // wait after ErrBusy; default 250ms
}

// ErrBusy is a chain's answer when the payout cannot be made yet for a reason that clears by
// itself, such as the bridge's outputs all being spent by payouts in flight whose change is not
// confirmed yet. The transfer is tried again shortly; it is not a failed attempt.
var ErrBusy = errors.New("busy: try again shortly")

// SignedHook is implemented by chains that must learn of a signed payout before it is stored
// (Metaverse: reserve the outputs it spends).
type SignedHook interface {
	Signed(ctx context.Context, t *store.Transfer, raw []byte) error
}

// Pipeline runs the relayer's work.
type Pipeline struct {
	c Config
	// wire reads every message from the signer, strictly (package wire, shared with the
	// signer's own parsing); wireErr is why there is none (routes it cannot read).
	wire    *wire.Checker
	wireErr error
}

// New makes a pipeline.
func New(c Config) *Pipeline {
	if c.Workers == 0 {
		c.Workers = 8
	}
	if c.Poll == 0 {
		c.Poll = 200 * time.Millisecond
	}
	if c.FollowEvery == 0 {
		c.FollowEvery = 2 * time.Second
	}
	if c.MaxAttempts == 0 {
		c.MaxAttempts = 20
	}
	if c.Backoff == 0 {
		c.Backoff = time.Second
	}
	if c.BusyWait == 0 {
		c.BusyWait = 250 * time.Millisecond
	}
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	if c.Metrics == nil {
		c.Metrics = NewMetrics(nil)
	}
	c.Metrics.register(c.Store, c.Chains, c.Log)
	w, err := wire.NewChecker(c.Routes)
	return &Pipeline{c: c, wire: w, wireErr: err}
}

// Run discovers and works until ctx ends.
func (p *Pipeline) Run(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() { p.discover(ctx) })
	for i := 0; i < p.c.Workers; i++ {
		wg.Go(func() { p.work(ctx) })
	}
	wg.Wait()
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// discover asks the signer for transfers at quorum or held and records the new ones.
func (p *Pipeline) discover(ctx context.Context) {
	for ctx.Err() == nil {
		if err := p.DiscoverOnce(ctx); err != nil && ctx.Err() == nil {
			p.c.Log.Warn("discovery failed", "err", err)
			p.c.Metrics.errors.WithLabelValues("discover").Inc()
		}
		sleep(ctx, p.c.Poll)
	}
}

// DiscoverOnce pages through the signer's transfers at quorum and held.
func (p *Pipeline) DiscoverOnce(ctx context.Context) error {
	for _, st := range []signerv1.State{signerv1.State_STATE_QUORUM, signerv1.State_STATE_HELD} {
		tok := ""
		for {
			resp, err := p.c.Signer.ListTransfers(ctx, &signerv1.ListTransfersRequest{State: st, PageSize: 500, PageToken: tok})
			if err != nil {
				return fmt.Errorf("list %s: %w", st, err)
			}
			for _, q := range resp.GetTransfers() {
				t, err := p.fromQuorum(q)
				if err != nil {
					p.c.Log.Error("signer reported a transfer the relayer cannot read", "transfer_id", fmt.Sprintf("0x%x", q.GetTransferId()), "err", err)
					p.c.Metrics.errors.WithLabelValues("signer_answer").Inc()
					continue
				}
				isNew, err := p.c.Store.Insert(ctx, t)
				if err != nil {
					return err
				}
				if isNew {
					p.c.Metrics.discovered.Inc()
				}
			}
			tok = resp.GetNextPageToken()
			if tok == "" {
				break
			}
		}
	}
	return nil
}

func (p *Pipeline) fromQuorum(q *signerv1.QuorumState) (*store.Transfer, error) {
	if p.wireErr != nil {
		return nil, p.wireErr
	}
	// Security-critical: what the signer says is read strictly, once, here: a short field is an
	// error, never a panic later.
	w, err := p.wire.Quorum(q)
	if err != nil {
		return nil, err
	}
	tr, m := &w.Transfer, q.GetTransfer()
	t := &store.Transfer{ID: bytes.Clone(w.ID[:]), State: store.StateQuorum, Route: w.Route.ID, SourceChain: tr.SourceChain,
		SourceTx: bytes.Clone(tr.SourceTx[:]), SourceIndex: tr.SourceIndex, SourceBlock: bytes.Clone(tr.SourceBlock[:]), DestChain: tr.DestChain,
		DestToken: bytes.Clone(tr.DestToken[:]), Recipient: bytes.Clone(m.GetRecipient()), Amount: tr.Amount, Fee: tr.Fee, Digest: bytes.Clone(w.Digest[:]),
		QuorumAt: q.GetFirstSeen().AsTime(), Direction: direction(p.c.Routes, tr.SourceChain, tr.DestChain)}
	if w.State == signerv1.State_STATE_HELD && q.GetHoldUntil() != nil {
		t.State = store.StateHeld
		t.HoldUntil.Time, t.HoldUntil.Valid = q.GetHoldUntil().AsTime(), true
	}
	if _, ok := p.c.Chains[t.DestChain]; !ok {
		return nil, fmt.Errorf("no payout chain %d", t.DestChain)
	}
	return t, nil
}

func direction(r *transfer.Routes, src, dst uint64) string {
	eth := r.Ethereum.ChainID
	switch {
	case src == eth && dst != eth:
		return "eth_to_mvs"
	case src != eth && dst == eth:
		return "mvs_to_eth"
	case dst == eth:
		return "refund_eth"
	}
	return "refund_mvs"
}

// work claims due transfers and moves each one step.
func (p *Pipeline) work(ctx context.Context) {
	for ctx.Err() == nil {
		did, err := p.StepOnce(ctx)
		if err != nil && ctx.Err() == nil {
			p.c.Log.Error("pipeline step failed", "err", err)
			p.c.Metrics.errors.WithLabelValues("step").Inc()
		}
		if !did {
			sleep(ctx, p.c.Poll)
		}
	}
}

// StepOnce claims one due transfer and moves it one step; it reports whether there was one.
func (p *Pipeline) StepOnce(ctx context.Context) (bool, error) {
	tx, err := p.c.Store.Claim(ctx)
	if err != nil || tx == nil {
		return false, err
	}
	t := tx.T
	chain := p.c.Chains[t.DestChain]
	if chain == nil {
		return true, tx.Apply(ctx, store.Change{To: store.StateFailed, Reason: fmt.Sprintf("no payout chain %d configured", t.DestChain),
			Err: errors.New("no chain")})
	}
	var c store.Change
	switch t.State {
	case store.StateQuorum, store.StateHeld:
		c = p.sign(ctx, chain, t)
	case store.StateSigned:
		c = p.submit(ctx, chain, t)
	case store.StateSubmitted:
		c = p.follow(ctx, chain, t)
	default:
		tx.Release()
		return true, nil
	}
	switch {
	case c.Err != nil && c.To == "" && errors.Is(c.Err, ErrBusy):
		// Not the transfer's fault and not a node's: no attempt counted, no backoff.
		c.NextAttempt, c.Reason = time.Now().Add(p.c.BusyWait), c.Err.Error()
	case c.Err != nil && c.To == "":
		c = p.retry(t, c)
	}
	if err := tx.Apply(ctx, c); err != nil {
		return true, err
	}
	if c.To != "" && c.To != t.State {
		p.c.Metrics.transitions.WithLabelValues(t.State, c.To).Inc()
		if c.To == store.StateSubmitted {
			p.c.Metrics.quorumToBroadcast.Observe(time.Since(t.QuorumAt).Seconds())
		}
		if c.To == store.StateConfirmed {
			p.c.Metrics.latency.Observe(time.Since(t.QuorumAt).Seconds())
		}
	}
	return true, nil
}

// retry schedules the next attempt with exponential backoff, or fails the transfer for an
// operator once it ran out of attempts.
func (p *Pipeline) retry(t *store.Transfer, c store.Change) store.Change {
	c.Attempt = true
	if t.Attempts+1 >= p.c.MaxAttempts {
		c.To = store.StateFailed
		c.Reason = fmt.Sprintf("gave up after %d attempts: %v", t.Attempts+1, c.Err)
		p.c.Metrics.failed.WithLabelValues(c.Detail, reasonOf(c.Err)).Inc()
		p.c.Log.Error("transfer failed: needs an operator", "transfer_id", fmt.Sprintf("0x%x", t.ID), "err", c.Err)
		return c
	}
	wait := p.c.Backoff << min(t.Attempts, 10)
	c.NextAttempt = time.Now().Add(min(wait, 5*time.Minute))
	c.Reason = c.Err.Error()
	return c
}

func reasonOf(err error) string {
	if st, ok := status.FromError(err); ok && st.Code() != codes.Unknown {
		for _, d := range st.Details() {
			if info, ok := d.(*errdetails.ErrorInfo); ok {
				return info.Reason
			}
		}
		return st.Code().String()
	}
	return "chain"
}

func (p *Pipeline) sign(ctx context.Context, chain Chain, t *store.Transfer) store.Change {
	if t.State == store.StateHeld && t.HoldUntil.Valid && time.Now().Before(t.HoldUntil.Time) {
		return store.Change{NextAttempt: t.HoldUntil.Time}
	}
	req := &signerv1.SignTransferRequest{TransferId: t.ID}
	if transfer.IsMetaverse(t.DestChain) {
		payout, prev, err := chain.Propose(ctx, t)
		if err != nil {
			return store.Change{Err: fmt.Errorf("propose payout: %w", err), Detail: "propose"}
		}
		req.MetaversePayout, req.MetaversePrevious = payout, prev
	}
	cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	resp, err := p.c.Signer.SignTransfer(cctx, req)
	if err != nil {
		if hold, ok := heldUntil(err); ok {
			return store.Change{To: store.StateHeld, NextAttempt: hold, HoldUntil: hold, Detail: "held by the signer"}
		}
		return store.Change{Err: fmt.Errorf("sign: %w", err), Detail: "sign"}
	}
	c := store.Change{To: store.StateSigned, NextAttempt: time.Now(), Detail: "signed"}
	switch pl := resp.GetPayout().(type) {
	case *signerv1.SignTransferResponse_Ethereum:
		a, err := wire.Ethereum(pl.Ethereum)
		if err != nil {
			return store.Change{Err: fmt.Errorf("sign: the signer's answer: %w", err), Detail: "sign"}
		}
		c.EthR, c.EthS, c.WatcherSigs = bytes.Clone(a.R[:]), bytes.Clone(a.S[:]), a.Watcher
	case *signerv1.SignTransferResponse_Metaverse:
		m, err := wire.Metaverse(pl.Metaverse)
		if err != nil {
			return store.Change{Err: fmt.Errorf("sign: the signer's answer: %w", err), Detail: "sign"}
		}
		c.MvsRaw = m.Raw
		c.Tx = bytes.Clone(m.TxID[:])
		if h, ok := chain.(SignedHook); ok {
			if err := h.Signed(ctx, t, c.MvsRaw); err != nil {
				return store.Change{Err: fmt.Errorf("record signed payout: %w", err), Detail: "sign"}
			}
		}
	default:
		return store.Change{Err: errors.New("sign: the signer answered without a payout"), Detail: "sign"}
	}
	return c
}

// heldUntil reads the signer's big-transfer delay from its error.
func heldUntil(err error) (time.Time, bool) {
	st, ok := status.FromError(err)
	if !ok || st.Code() != codes.FailedPrecondition {
		return time.Time{}, false
	}
	for _, d := range st.Details() {
		if info, ok := d.(*errdetails.ErrorInfo); ok && info.Reason == "POLICY_HELD" {
			// The signer's message ends with "until <RFC3339>".
			msg := st.Message()
			if t, err := time.Parse(time.RFC3339, msg[strings.LastIndexByte(msg, ' ')+1:]); err == nil {
				return t, true
			}
			return time.Now().Add(time.Minute), true
		}
	}
	return time.Time{}, false
}

func (p *Pipeline) submit(ctx context.Context, chain Chain, t *store.Transfer) store.Change {
	cctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	h, err := chain.Submit(cctx, t)
	if err != nil {
		return store.Change{Err: fmt.Errorf("submit: %w", err), Detail: "submit"}
	}
	return store.Change{To: store.StateSubmitted, Tx: h, NextAttempt: time.Now().Add(p.c.FollowEvery), Detail: "submitted"}
}

func (p *Pipeline) follow(ctx context.Context, chain Chain, t *store.Transfer) store.Change {
	cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	f, err := chain.Follow(cctx, t)
	switch {
	case err != nil:
		return store.Change{Err: fmt.Errorf("follow: %w", err), Detail: "follow"}
	case f == Confirmed:
		return store.Change{To: store.StateConfirmed, Detail: "confirmed"}
	case f == Dropped:
		return store.Change{To: store.StateSigned, Detail: "dropped: submitting again", NextAttempt: time.Now()}
	}
	return store.Change{NextAttempt: time.Now().Add(p.c.FollowEvery)}
}
