package service

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/tokendroplet/droplet/internal/transfer"
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

func fixed32(field string, b []byte) ([32]byte, error) {
	var out [32]byte
	if len(b) != 32 {
		return out, &transfer.FieldError{Field: field, Reason: fmt.Sprintf("%d bytes, want 32", len(b))}
	}
	copy(out[:], b)
	return out, nil
}

func parseAmount(field, s string) (*big.Int, error) {
	if s == "" || len(s) > 78 || strings.TrimLeft(s, "0123456789") != "" || (len(s) > 1 && s[0] == '0') {
		return nil, &transfer.FieldError{Field: field, Reason: fmt.Sprintf("%.90q is not a decimal integer", s)}
	}
	v, _ := new(big.Int).SetString(s, 10)
	return v, nil
}

// parseTransfer turns the wire form into a transfer and checks it against the routes. Every
// error is a *transfer.FieldError naming the field.
func (s *Service) parseTransfer(m *signerv1.Transfer) (*parsed, error) {
	if m == nil {
		return nil, &transfer.FieldError{Field: "transfer", Reason: "missing"}
	}
	var p parsed
	var err error
	t := &p.t
	t.SourceChain, t.SourceIndex, t.DestChain = m.GetSourceChain(), m.GetSourceIndex(), m.GetDestChain()
	if t.SourceTx, err = fixed32("transfer.source_tx", m.GetSourceTx()); err != nil {
		return nil, err
	}
	if t.SourceBlock, err = fixed32("transfer.source_block", m.GetSourceBlock()); err != nil {
		return nil, err
	}
	if t.DestToken, err = fixed32("transfer.dest_token", m.GetDestToken()); err != nil {
		return nil, err
	}
	if t.Amount, err = parseAmount("transfer.amount", m.GetAmount()); err != nil {
		return nil, err
	}
	if t.Fee, err = parseAmount("transfer.fee", m.GetFee()); err != nil {
		return nil, err
	}
	t.Recipient = m.GetRecipient()
	rt, ok := s.routes.Route(m.GetRoute())
	if !ok {
		return nil, &transfer.FieldError{Field: "transfer.route", Reason: fmt.Sprintf("unknown route %.40q", m.GetRoute())}
	}
	p.route = rt
	t.Route = rt.Key()
	if err := t.Validate(); err != nil {
		if fe, ok := err.(*transfer.FieldError); ok {
			fe.Field = "transfer." + fe.Field
		}
		return nil, err
	}

	eth, mvs := s.routes.Ethereum.ChainID, s.routes.MetaverseChainID()
	chainOK := func(c uint64) bool { return c == eth || c == mvs }
	if !chainOK(t.SourceChain) {
		return nil, &transfer.FieldError{Field: "transfer.source_chain", Reason: fmt.Sprintf("unknown chain %d", t.SourceChain)}
	}
	if !chainOK(t.DestChain) {
		return nil, &transfer.FieldError{Field: "transfer.dest_chain", Reason: fmt.Sprintf("unknown chain %d", t.DestChain)}
	}
	// The destination's token of the route (a refund's destination is its source chain).
	wantToken := rt.DestToken(transfer.MvsToEth)
	if t.DestChain == mvs {
		wantToken = rt.DestToken(transfer.EthToMvs)
	}
	if t.DestToken != wantToken {
		return nil, &transfer.FieldError{Field: "transfer.dest_token", Reason: "not the route's token on the destination chain"}
	}
	if t.DestChain == mvs {
		p.destDecimals = rt.Metaverse.Decimals
		if s.metaverse != nil {
			if err := s.metaverse.CheckRecipient(string(t.Recipient)); err != nil {
				return nil, &transfer.FieldError{Field: "transfer.recipient", Reason: err.Error()}
			}
		}
	} else {
		p.destDecimals = rt.Ethereum.Decimals
	}
	d, err := s.routes.Domain(t.DestChain)
	if err != nil {
		return nil, &transfer.FieldError{Field: "transfer.dest_chain", Reason: err.Error()}
	}
	p.digest = t.Digest(d)
	return &p, nil
}

// toProto is the wire form of a transfer.
func toProto(t *transfer.Transfer, route string) *signerv1.Transfer {
	return &signerv1.Transfer{
		SourceChain: t.SourceChain, SourceTx: t.SourceTx[:], SourceIndex: t.SourceIndex,
		SourceBlock: t.SourceBlock[:], Route: route, DestChain: t.DestChain, DestToken: t.DestToken[:],
		Recipient: t.Recipient, Amount: t.Amount.String(), Fee: t.Fee.String(),
	}
}
