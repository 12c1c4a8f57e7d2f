package service

import (
	"context"

	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/peer"
)

// callerName is the CommonName of the caller's verified client certificate. The listener
// requires and verifies client certificates, so an unverified caller never gets here; this
// refuses anything else all the same.
func callerName(ctx context.Context) (string, error) {
	p, ok := peer.FromContext(ctx)
	if !ok {
		return "", errUnauthenticated
	}
	ti, ok := p.AuthInfo.(credentials.TLSInfo)
	if !ok || len(ti.State.VerifiedChains) == 0 || len(ti.State.VerifiedChains[0]) == 0 {
		return "", errUnauthenticated
	}
	cn := ti.State.VerifiedChains[0][0].Subject.CommonName
	if cn == "" {
		return "", errUnauthenticated
	}
	return cn, nil
}
