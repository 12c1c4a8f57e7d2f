package service

import (
	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/internal/wire"
	signerv1 "github.com/tokendroplet/droplet/proto/droplet/signer/v1"
)

// maxRequestBytes bounds every byte field we accept, far above any legitimate value.
const maxMetaverseTxBytes = 100_000

// parsed is a transfer that passed every check that needs no database.
type parsed struct {
	t      transfer.Transfer
	route  *transfer.Route
	digest [32]byte
	// destDecimals are the decimals of the route's token on the destination chain.
	destDecimals uint8
}

// lane is what the rolling cap counts: the route and the chain paid out on. Refunds share their
// destination's lane, so they cannot double a route's daily outflow.
func (p *parsed) lane() string {
	if transfer.IsMetaverse(p.t.DestChain) {
		return p.route.ID + ":to_mvs"
	}
	return p.route.ID + ":to_eth"
}

// fixed32 is wire.Fixed32: one strict reading of every message, shared with the relayer.
func fixed32(field string, b []byte) ([32]byte, error) { return wire.Fixed32(field, b) }

// parseTransfer turns the wire form into a transfer and checks it against the routes (package
// wire, which the relayer uses for what the signer answers): among others, no zero amount and
// no recipient that is either chain's bridge. Every error is a *transfer.FieldError naming the
// field.
func (s *Service) parseTransfer(m *signerv1.Transfer) (*parsed, error) {
	w, err := s.wire.Transfer(m)
	if err != nil {
		return nil, err
	}
	p := &parsed{t: w.Transfer, route: w.Route, digest: w.Digest, destDecimals: w.Route.Ethereum.Decimals}
	if p.t.DestChain == s.routes.MetaverseChainID() {
		p.destDecimals = w.Route.Metaverse.Decimals
	}
	return p, nil
}

// toProto is the wire form of a transfer.
func toProto(t *transfer.Transfer, route string) *signerv1.Transfer {
	return wire.FromTransfer(t, route)
}
