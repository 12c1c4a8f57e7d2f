// Package attest is where a watcher's output leaves it: every transfer the chain packages find is
// signed here with the operator's own key and submitted to the signer, retried until the signer
// acknowledged it. Security-critical: nothing else in the watcher talks to the signer.
package attest

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/tokendroplet/droplet/internal/transfer"
	signerv1 "github.com/tokendroplet/droplet/proto/droplet/signer/v1"
)

// Signer is the part of the signer's client the watcher uses.
type Signer interface {
	SubmitAttestation(ctx context.Context, req *signerv1.SubmitAttestationRequest, opts ...grpc.CallOption) (*signerv1.SubmitAttestationResponse, error)
}

// ErrRefused is an attestation the signer refused for good (INVALID_ARGUMENT or
// PERMISSION_DENIED): retrying cannot help; an operator must look.
var ErrRefused = errors.New("attestation refused by the signer")

// Item is a transfer with the route id the signer needs.
type Item struct {
	Transfer transfer.Transfer
	Route    string
}

// Submitter signs and submits attestations.
type Submitter struct {
	signer  Signer
	key     *ecdsa.PrivateKey
	routes  *transfer.Routes
	log     *slog.Logger
	backoff Backoff
}

// Backoff bounds the retries of one attestation.
type Backoff struct {
	Initial, Max time.Duration
}

// New makes a Submitter.
func New(signer Signer, key *ecdsa.PrivateKey, routes *transfer.Routes, log *slog.Logger, b Backoff) *Submitter {
	if b.Initial <= 0 {
		b.Initial = 200 * time.Millisecond
	}
	if b.Max <= 0 {
		b.Max = 30 * time.Second
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Submitter{signer: signer, key: key, routes: routes, log: log, backoff: b}
}

// Sign returns the 65-byte attestation signature [r || s || v], v in {27, 28}, over t's digest.
func Sign(key *ecdsa.PrivateKey, digest [32]byte) ([]byte, error) {
	sig, err := crypto.Sign(digest[:], key) // low-s, as go-ethereum always produces
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

// Submit attests item and returns once the signer acknowledged it. Transient failures
// (unavailable, deadline, internal) are retried with exponential backoff until ctx ends. A refusal
// returns an error wrapping ErrRefused.
func (s *Submitter) Submit(ctx context.Context, it Item) (*signerv1.QuorumState, error) {
	t := &it.Transfer
	if err := t.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrRefused, err)
	}
	d, err := s.routes.Domain(t.DestChain)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrRefused, err)
	}
	digest := t.Digest(d)
	sig, err := Sign(s.key, digest)
	if err != nil {
		return nil, err
	}
	req := &signerv1.SubmitAttestationRequest{Signature: sig, Transfer: &signerv1.Transfer{
		SourceChain: t.SourceChain, SourceTx: t.SourceTx[:], SourceIndex: t.SourceIndex, SourceBlock: t.SourceBlock[:],
		Route: it.Route, DestChain: t.DestChain, DestToken: t.DestToken[:], Recipient: t.Recipient,
		Amount: t.Amount.String(), Fee: t.Fee.String(),
	}}
	wait := s.backoff.Initial
	for attempt := 1; ; attempt++ {
		cctx, cancel := context.WithTimeout(ctx, 15*time.Second)
		resp, err := s.signer.SubmitAttestation(cctx, req)
		cancel()
		if err == nil {
			return resp.GetQuorum(), nil
		}
		switch status.Code(err) {
		case codes.InvalidArgument, codes.PermissionDenied, codes.Unauthenticated:
			return nil, fmt.Errorf("%w: transfer %s: %v", ErrRefused, t.ID(), err)
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		s.log.Warn("attestation not acknowledged; retrying", "transfer_id", t.ID().String(), "attempt", attempt,
			"retry_in", wait, "err", err)
		timer := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			timer.Stop()
			return nil, ctx.Err()
		case <-timer.C:
		}
		wait = min(2*wait, s.backoff.Max)
	}
}
