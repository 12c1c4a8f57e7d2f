package service

import (
	"context"
	"errors"

	"github.com/tokendroplet/droplet/internal/mtls"
)

// callerName is the CommonName of the caller's verified client certificate.
func callerName(ctx context.Context) (string, error) {
	name, err := mtls.PeerName(ctx)
	if errors.Is(err, mtls.ErrNoPeer) {
		return "", errUnauthenticated
	}
	return name, err
}
