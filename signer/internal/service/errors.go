package service

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/signer/internal/keys"
	"github.com/tokendroplet/droplet/signer/internal/payout"
	"github.com/tokendroplet/droplet/signer/internal/policy"
	"github.com/tokendroplet/droplet/signer/internal/quorum"
	"github.com/tokendroplet/droplet/signer/internal/store"
)

var (
	errPermission      = errors.New("permission denied")
	errUnauthenticated = errors.New("no verified client certificate")
)

// quorumError is SignTransfer before quorum.
type quorumError struct{ have, threshold, watchers int }

func (e *quorumError) Error() string {
	return fmt.Sprintf("quorum not reached: %d of %d attestations (%d watchers)", e.have, e.threshold, e.watchers)
}

// stateError is a transfer whose state forbids signing.
type stateError struct{ state, reason string }

func (e *stateError) Error() string { return e.reason }

const errorDomain = "signer.droplet"

// toStatus converts an error to a gRPC status; internal and key-backend details go to the log
// under a reference, not to the caller.
func (s *Service) toStatus(err error) error {
	st := statusOf(err)
	if c := status.Code(st); c == codes.Internal || c == codes.Unavailable && !errors.Is(err, context.Canceled) {
		var ref [6]byte
		_, _ = rand.Read(ref[:])
		s.log.Error("request failed", "ref", hex.EncodeToString(ref[:]), "err", err)
		return status.Errorf(c, "%s (see the signer's log, ref %x)", map[codes.Code]string{
			codes.Internal: "internal error", codes.Unavailable: "key backend unavailable"}[c], ref)
	}
	return st
}

// statusOf converts an error to a gRPC status. It is the one place where that happens.
func statusOf(err error) error {
	if err == nil {
		return nil
	}
	if _, ok := status.FromError(err); ok {
		return err
	}
	var (
		fe  *transfer.FieldError
		qe  *quorumError
		se  *stateError
		rej *policy.Rejection
	)
	withInfo := func(c codes.Code, msg, reason string, meta map[string]string) error {
		st := status.New(c, msg)
		if d, err := st.WithDetails(&errdetails.ErrorInfo{Reason: reason, Domain: errorDomain, Metadata: meta}); err == nil {
			return d.Err()
		}
		return st.Err()
	}
	switch {
	case errors.As(err, &fe):
		st := status.New(codes.InvalidArgument, fe.Error())
		if d, derr := st.WithDetails(&errdetails.BadRequest{FieldViolations: []*errdetails.BadRequest_FieldViolation{
			{Field: fe.Field, Description: fe.Reason}}}); derr == nil {
			return d.Err()
		}
		return st.Err()
	case errors.As(err, &qe):
		return withInfo(codes.FailedPrecondition, qe.Error(), "QUORUM_NOT_REACHED", map[string]string{
			"attestations": strconv.Itoa(qe.have), "threshold": strconv.Itoa(qe.threshold), "watchers": strconv.Itoa(qe.watchers)})
	case errors.As(err, &rej):
		return withInfo(codes.FailedPrecondition, "policy: "+rej.Error(), "POLICY_"+reasonLabel(rej.Err), nil)
	case errors.As(err, &se):
		return withInfo(codes.FailedPrecondition, se.reason, "STATE_"+se.state, nil)
	case errors.Is(err, payout.ErrRejected):
		return status.Error(codes.InvalidArgument, err.Error())
	case errors.Is(err, store.ErrNotExcluded):
		return withInfo(codes.FailedPrecondition, err.Error(), "WATCHER_NOT_EXCLUDED", nil)
	case errors.Is(err, store.ErrNotFound):
		return status.Error(codes.NotFound, "transfer not found")
	case errors.Is(err, quorum.ErrKeyMismatch), errors.Is(err, quorum.ErrUnknownWatcher), errors.Is(err, errPermission):
		return status.Error(codes.PermissionDenied, err.Error())
	case errors.Is(err, quorum.ErrSignature):
		return status.Error(codes.InvalidArgument, "signature: "+err.Error())
	case errors.Is(err, errUnauthenticated):
		return status.Error(codes.Unauthenticated, err.Error())
	case errors.Is(err, keys.ErrVault), errors.Is(err, keys.ErrBadSignature):
		return status.Error(codes.Unavailable, "key backend: "+err.Error())
	case errors.Is(err, context.Canceled):
		return status.Error(codes.Canceled, err.Error())
	case errors.Is(err, context.DeadlineExceeded):
		return status.Error(codes.DeadlineExceeded, err.Error())
	}
	return status.Error(codes.Internal, err.Error())
}

// reasonLabel is a metric label and error reason for a sentinel.
func reasonLabel(err error) string {
	switch {
	case errors.Is(err, policy.ErrPaused):
		return "PAUSED"
	case errors.Is(err, policy.ErrRoutePaused):
		return "ROUTE_PAUSED"
	case errors.Is(err, policy.ErrRouteDisabled):
		return "ROUTE_DISABLED"
	case errors.Is(err, policy.ErrOverMax):
		return "OVER_MAX"
	case errors.Is(err, policy.ErrOverCap):
		return "OVER_CAP"
	case errors.Is(err, policy.ErrHeld):
		return "HELD"
	case errors.Is(err, quorum.ErrKeyMismatch):
		return "KEY_MISMATCH"
	case errors.Is(err, quorum.ErrUnknownWatcher):
		return "UNKNOWN_WATCHER"
	case errors.Is(err, quorum.ErrSignature):
		return "BAD_SIGNATURE"
	}
	return "OTHER"
}
