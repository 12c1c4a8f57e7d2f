// Package api serves droplet.relayer.v1.RelayerService: what ops query with grpcurl. Reading is
// for the configured ops roles and administrators only, retry and resolve for administrators
// only (their certificate names are configured) and audited. An internal error reaches the
// caller as a reference to the log, never as its text.
package api

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/tokendroplet/droplet/internal/mtls"
	"github.com/tokendroplet/droplet/internal/transfer"
	relayerv1 "github.com/tokendroplet/droplet/proto/droplet/relayer/v1"
	"github.com/tokendroplet/droplet/relayer/internal/store"
)

// StatusSource reports a chain's status for GetStatus.
type StatusSource interface {
	Status(ctx context.Context) (*relayerv1.ChainStatus, error)
}

// Server implements RelayerService.
type Server struct {
	relayerv1.UnimplementedRelayerServiceServer
	store   *store.Store
	chains  []StatusSource
	admins  map[string]bool
	readers map[string]bool // ops and admins
	log     *slog.Logger
}

// Roles are the certificate names the server answers: Ops may read, Admins may read, retry and
// resolve. Any other certificate of the CA is refused.
type Roles struct {
	Ops, Admins []string
}

// New makes the server.
func New(st *store.Store, chains []StatusSource, roles Roles, log *slog.Logger) *Server {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Server{store: st, chains: chains, admins: map[string]bool{}, readers: map[string]bool{}, log: log}
	for _, a := range roles.Admins {
		s.admins[a], s.readers[a] = true, true
	}
	for _, o := range roles.Ops {
		s.readers[o] = true
	}
	return s
}

// reader admits the ops roles and administrators.
func (s *Server) reader(ctx context.Context) error {
	name, err := mtls.PeerName(ctx)
	if err != nil {
		return status.Error(codes.Unauthenticated, err.Error())
	}
	if !s.readers[name] { // security-critical: a certificate of the CA is not a role
		return status.Errorf(codes.PermissionDenied, "%q is not an ops role of this relayer", name)
	}
	return nil
}

// internal logs err under a reference and returns only the reference: error texts can name
// databases, hosts and queries.
func (s *Server) internal(err error) error {
	var b [6]byte
	_, _ = rand.Read(b[:])
	ref := hex.EncodeToString(b[:])
	s.log.Error("ops API: internal error", "ref", ref, "err", err)
	return status.Errorf(codes.Internal, "internal error (reference %s in the relayer's log)", ref)
}

var stateOf = map[string]relayerv1.State{
	store.StateQuorum: relayerv1.State_STATE_QUORUM, store.StateHeld: relayerv1.State_STATE_HELD,
	store.StateSigned: relayerv1.State_STATE_SIGNED, store.StateSubmitted: relayerv1.State_STATE_SUBMITTED,
	store.StateConfirmed: relayerv1.State_STATE_CONFIRMED, store.StateFailed: relayerv1.State_STATE_FAILED,
	store.StateResolved: relayerv1.State_STATE_RESOLVED,
}

func stateName(s relayerv1.State) (string, bool) {
	for k, v := range stateOf {
		if v == s {
			return k, true
		}
	}
	return "", s == relayerv1.State_STATE_UNSPECIFIED
}

func ts(t time.Time) *timestamppb.Timestamp {
	if t.IsZero() {
		return nil
	}
	return timestamppb.New(t)
}

// Recipient renders a recipient as ops read it: 0x address or the Metaverse string.
func Recipient(destChain uint64, r []byte) string {
	if transfer.IsMetaverse(destChain) {
		return string(r)
	}
	return common.BytesToAddress(r).Hex()
}

func toProto(t *store.Transfer) *relayerv1.Transfer {
	return &relayerv1.Transfer{
		Id: t.ID, State: stateOf[t.State], Route: t.Route, Direction: t.Direction, SourceChain: t.SourceChain,
		SourceTx: t.SourceTx, SourceIndex: t.SourceIndex, DestChain: t.DestChain, Recipient: Recipient(t.DestChain, t.Recipient),
		Amount: t.Amount.String(), Fee: t.Fee.String(), DestTx: t.DestTx, Attempts: uint32(t.Attempts), Reason: t.Reason,
		CreatedAt: ts(t.CreatedAt), UpdatedAt: ts(t.UpdatedAt), ConfirmedAt: ts(t.ConfirmedAt.Time),
	}
}

// GetStatus reports chains, queues and the oldest pending transfer.
func (s *Server) GetStatus(ctx context.Context, _ *relayerv1.GetStatusRequest) (*relayerv1.GetStatusResponse, error) {
	if err := s.reader(ctx); err != nil {
		return nil, err
	}
	q, oldest, err := s.store.Queue(ctx)
	if err != nil {
		return nil, s.internal(err)
	}
	resp := &relayerv1.GetStatusResponse{Queue: q, OldestPending: ts(oldest)}
	for _, c := range s.chains {
		cs, err := c.Status(ctx)
		if err != nil {
			resp.LastError = err.Error()
			continue
		}
		resp.Chains = append(resp.Chains, cs)
	}
	return resp, nil
}

// ListTransfers pages through transfers, newest first.
func (s *Server) ListTransfers(ctx context.Context, req *relayerv1.ListTransfersRequest) (*relayerv1.ListTransfersResponse, error) {
	if err := s.reader(ctx); err != nil {
		return nil, err
	}
	size := int(req.GetPageSize())
	switch {
	case size < 0:
		return nil, status.Error(codes.InvalidArgument, "page_size: negative")
	case size == 0:
		size = 50
	case size > 1000:
		size = 1000
	}
	st, ok := stateName(req.GetState())
	if !ok {
		return nil, status.Error(codes.InvalidArgument, "state: unknown")
	}
	f := store.Filter{State: st, Route: req.GetRoute(), Direction: req.GetDirection(), Limit: size + 1}
	if req.GetSince() != nil {
		f.Since = req.GetSince().AsTime()
	}
	if req.GetUntil() != nil {
		f.Until = req.GetUntil().AsTime()
	}
	if a := req.GetAddress(); a != "" {
		if common.IsHexAddress(a) {
			f.Recipient = common.HexToAddress(a).Bytes()
		} else {
			f.Recipient = []byte(a)
		}
	}
	if tok := req.GetPageToken(); tok != "" {
		b, err := base64.RawURLEncoding.DecodeString(tok)
		if err != nil || len(b) != 40 {
			return nil, status.Error(codes.InvalidArgument, "page_token: malformed")
		}
		f.BeforeAt, f.BeforeID = time.UnixMicro(int64(binary.BigEndian.Uint64(b))), b[8:]
	}
	ts, err := s.store.List(ctx, f)
	if err != nil {
		return nil, s.internal(err)
	}
	resp := &relayerv1.ListTransfersResponse{}
	if len(ts) > size {
		ts = ts[:size]
		last := ts[len(ts)-1]
		b := binary.BigEndian.AppendUint64(nil, uint64(last.CreatedAt.UnixMicro()))
		resp.NextPageToken = base64.RawURLEncoding.EncodeToString(append(b, last.ID...))
	}
	for _, t := range ts {
		resp.Transfers = append(resp.Transfers, toProto(t))
	}
	return resp, nil
}

// GetTransfer returns transfers with their history, by id or by source transaction.
func (s *Server) GetTransfer(ctx context.Context, req *relayerv1.GetTransferRequest) (*relayerv1.GetTransferResponse, error) {
	if err := s.reader(ctx); err != nil {
		return nil, err
	}
	var ts []*store.Transfer
	switch k := req.GetKey().(type) {
	case *relayerv1.GetTransferRequest_Id:
		if len(k.Id) != 32 {
			return nil, status.Error(codes.InvalidArgument, "id: want 32 bytes")
		}
		t, err := s.store.Get(ctx, k.Id)
		if errors.Is(err, store.ErrNotFound) {
			return nil, status.Error(codes.NotFound, "transfer not found")
		}
		if err != nil {
			return nil, s.internal(err)
		}
		ts = []*store.Transfer{t}
	case *relayerv1.GetTransferRequest_SourceTx:
		if len(k.SourceTx) != 32 {
			return nil, status.Error(codes.InvalidArgument, "source_tx: want 32 bytes")
		}
		var err error
		if ts, err = s.store.BySourceTx(ctx, k.SourceTx); err != nil {
			return nil, s.internal(err)
		}
		if len(ts) == 0 {
			return nil, status.Error(codes.NotFound, "no transfer of that source transaction")
		}
	default:
		return nil, status.Error(codes.InvalidArgument, "set id or source_tx")
	}
	resp := &relayerv1.GetTransferResponse{}
	for _, t := range ts {
		evs, err := s.store.History(ctx, t.ID)
		if err != nil {
			return nil, s.internal(err)
		}
		h := &relayerv1.TransferHistory{Transfer: toProto(t)}
		for _, e := range evs {
			h.Events = append(h.Events, &relayerv1.Event{At: ts2(e.At), From: stateOf[e.From], To: stateOf[e.To],
				Detail: e.Detail, Tx: e.Tx, Error: e.Error})
		}
		resp.Transfers = append(resp.Transfers, h)
	}
	return resp, nil
}

func ts2(t time.Time) *timestamppb.Timestamp { return timestamppb.New(t) }

func (s *Server) admin(ctx context.Context) (string, error) {
	name, err := mtls.PeerName(ctx)
	if err != nil {
		return "", status.Error(codes.Unauthenticated, err.Error())
	}
	if !s.admins[name] {
		return "", status.Errorf(codes.PermissionDenied, "%q is not an administrator", name)
	}
	return name, nil
}

func (s *Server) adminChange(ctx context.Context, id []byte, reason, action string, from []string, c store.Change) (*relayerv1.Transfer, error) {
	actor, err := s.admin(ctx)
	if err != nil {
		return nil, err
	}
	if len(id) != 32 {
		return nil, status.Error(codes.InvalidArgument, "id: want 32 bytes")
	}
	if reason == "" {
		return nil, status.Error(codes.InvalidArgument, "reason: required")
	}
	tx, err := s.store.LockByID(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, status.Error(codes.NotFound, "transfer not found")
	}
	if err != nil {
		return nil, s.internal(err)
	}
	allowed := false
	for _, f := range from {
		allowed = allowed || tx.T.State == f
	}
	if !allowed {
		tx.Release()
		return nil, status.Errorf(codes.FailedPrecondition, "transfer is %s; %s takes %v", tx.T.State, action, from)
	}
	if err := tx.AdminAudit(ctx, actor, action, reason); err != nil {
		tx.Release()
		return nil, s.internal(err)
	}
	c.Detail = fmt.Sprintf("%s by %s: %s", action, actor, reason)
	if err := tx.Apply(ctx, c); err != nil {
		return nil, s.internal(err)
	}
	t, err := s.store.Get(ctx, id)
	if err != nil {
		return nil, s.internal(err)
	}
	return toProto(t), nil
}

// RetryTransfer puts a failed transfer back: it starts again from what was last stored (signed or
// submitted transfers keep their signature; the chain is re-checked before any resubmission).
func (s *Server) RetryTransfer(ctx context.Context, req *relayerv1.RetryTransferRequest) (*relayerv1.RetryTransferResponse, error) {
	t, err := s.store.Get(ctx, req.GetId())
	if err == nil {
		to := store.StateQuorum
		switch {
		case t.DestTx != nil && t.SubmittedAt.Valid:
			to = store.StateSubmitted
		case t.EthR != nil || t.MvsRaw != nil:
			to = store.StateSigned
		}
		out, err := s.adminChange(ctx, req.GetId(), req.GetReason(), "retry", []string{store.StateFailed},
			store.Change{To: to, NextAttempt: time.Now()})
		if err != nil {
			return nil, err
		}
		return &relayerv1.RetryTransferResponse{Transfer: out}, nil
	}
	if _, aerr := s.admin(ctx); aerr != nil {
		return nil, aerr
	}
	if errors.Is(err, store.ErrNotFound) {
		return nil, status.Error(codes.NotFound, "transfer not found")
	}
	return nil, s.internal(err)
}

// ResolveTransfer closes a failed transfer by hand.
func (s *Server) ResolveTransfer(ctx context.Context, req *relayerv1.ResolveTransferRequest) (*relayerv1.ResolveTransferResponse, error) {
	out, err := s.adminChange(ctx, req.GetId(), req.GetReason(), "resolve", []string{store.StateFailed},
		store.Change{To: store.StateResolved, Reason: req.GetReason()})
	if err != nil {
		return nil, err
	}
	return &relayerv1.ResolveTransferResponse{Transfer: out}, nil
}
