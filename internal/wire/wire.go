// Package wire turns the signer API's messages (droplet.signer.v1) into TokenDroplet's canonical
// transfer, strictly and in one place: the signer parses with it what the watchers and the relayer
// send, and the relayer what the signer answers. Every fixed-size field must have its size, every
// amount must be a canonical decimal integer, every field must pass transfer.Validate and the
// routes, and no recipient may be either chain's bridge. Errors are *transfer.FieldError naming
// the field, never a panic.
//
// The package does no I/O.
package wire

import (
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/transfer"
	signerv1 "github.com/tokendroplet/droplet/proto/droplet/signer/v1"
)

// Parsed is a transfer that passed every check that needs no database.
type Parsed struct {
	Transfer transfer.Transfer
	Route    *transfer.Route
	Digest   [32]byte // the EIP-712 digest under the routes
}

// Checker parses messages against one routes file.
type Checker struct {
	routes *transfer.Routes
	rule   mvs.RecipientRule
}

// NewChecker makes the checker of routes.
func NewChecker(routes *transfer.Routes) (*Checker, error) {
	if routes == nil {
		return nil, errors.New("wire: no routes")
	}
	rule, err := mvs.NewRecipientRule(routes.Metaverse.Network, routes.Metaverse.BridgeAddress, routes.Metaverse.BridgeAvatar)
	if err != nil {
		return nil, fmt.Errorf("wire: routes' metaverse side: %w", err)
	}
	return &Checker{routes: routes, rule: rule}, nil
}

// Rule is the Metaverse recipient rule of the routes.
func (c *Checker) Rule() mvs.RecipientRule { return c.rule }

func fieldErr(field, format string, args ...any) error {
	return &transfer.FieldError{Field: field, Reason: fmt.Sprintf(format, args...)}
}

// Fixed32 is a 32-byte field: exactly 32 bytes.
func Fixed32(field string, b []byte) ([32]byte, error) {
	var out [32]byte
	if len(b) != 32 {
		return out, fieldErr(field, "%d bytes, want 32", len(b))
	}
	copy(out[:], b)
	return out, nil
}

// Amount is a decimal integer string: digits only, no sign, no leading zero, at most 78 digits.
func Amount(field, s string) (*big.Int, error) {
	if s == "" || len(s) > 78 || strings.TrimLeft(s, "0123456789") != "" || (len(s) > 1 && s[0] == '0') {
		return nil, fieldErr(field, "%.90q is not a decimal integer", s)
	}
	v, _ := new(big.Int).SetString(s, 10)
	return v, nil
}

// Transfer parses a transfer message and checks it against the routes: the route exists, both
// chains are the routes', the token is the route's on the destination chain, the amount is not
// zero (a zero payout costs the bridge a transaction and pays nobody), and the recipient is one
// the bridge may pay.
func (c *Checker) Transfer(m *signerv1.Transfer) (*Parsed, error) {
	if m == nil {
		return nil, fieldErr("transfer", "missing")
	}
	var p Parsed
	var err error
	t := &p.Transfer
	t.SourceChain, t.SourceIndex, t.DestChain = m.GetSourceChain(), m.GetSourceIndex(), m.GetDestChain()
	if t.SourceTx, err = Fixed32("transfer.source_tx", m.GetSourceTx()); err != nil {
		return nil, err
	}
	if t.SourceBlock, err = Fixed32("transfer.source_block", m.GetSourceBlock()); err != nil {
		return nil, err
	}
	if t.DestToken, err = Fixed32("transfer.dest_token", m.GetDestToken()); err != nil {
		return nil, err
	}
	if t.Amount, err = Amount("transfer.amount", m.GetAmount()); err != nil {
		return nil, err
	}
	if t.Fee, err = Amount("transfer.fee", m.GetFee()); err != nil {
		return nil, err
	}
	t.Recipient = m.GetRecipient()
	rt, ok := c.routes.Route(m.GetRoute())
	if !ok {
		return nil, fieldErr("transfer.route", "unknown route %.40q", m.GetRoute())
	}
	p.Route = rt
	t.Route = rt.Key()
	if err := t.Validate(); err != nil {
		var fe *transfer.FieldError
		if errors.As(err, &fe) {
			fe.Field = "transfer." + fe.Field
		}
		return nil, err
	}
	if t.Amount.Sign() == 0 {
		return nil, fieldErr("transfer.amount", "zero: a transfer that pays nothing is never attested or signed")
	}
	eth, mvsChain := c.routes.Ethereum.ChainID, c.routes.MetaverseChainID()
	chainOK := func(id uint64) bool { return id == eth || id == mvsChain }
	if !chainOK(t.SourceChain) {
		return nil, fieldErr("transfer.source_chain", "unknown chain %d", t.SourceChain)
	}
	if !chainOK(t.DestChain) {
		return nil, fieldErr("transfer.dest_chain", "unknown chain %d", t.DestChain)
	}
	// The destination's token of the route (a refund's destination is its source chain).
	wantToken := rt.DestToken(transfer.MvsToEth)
	if t.DestChain == mvsChain {
		wantToken = rt.DestToken(transfer.EthToMvs)
	}
	if t.DestToken != wantToken {
		return nil, fieldErr("transfer.dest_token", "not the route's token on the destination chain")
	}
	// Security-critical: neither bridge is ever a recipient (no self-payout loop).
	if t.DestChain == mvsChain {
		if _, err := c.rule.Parse(string(t.Recipient)); err != nil {
			return nil, fieldErr("transfer.recipient", "%v", err)
		}
	} else if err := c.routes.CheckEthereumRecipient([20]byte(t.Recipient)); err != nil {
		return nil, fieldErr("transfer.recipient", "%v", err)
	}
	d, err := c.routes.Domain(t.DestChain)
	if err != nil {
		return nil, fieldErr("transfer.dest_chain", "%v", err)
	}
	p.Digest = t.Digest(d)
	return &p, nil
}

// FromTransfer is the wire form of a transfer.
func FromTransfer(t *transfer.Transfer, route string) *signerv1.Transfer {
	return &signerv1.Transfer{
		SourceChain: t.SourceChain, SourceTx: t.SourceTx[:], SourceIndex: t.SourceIndex,
		SourceBlock: t.SourceBlock[:], Route: route, DestChain: t.DestChain, DestToken: t.DestToken[:],
		Recipient: t.Recipient, Amount: t.Amount.String(), Fee: t.Fee.String(),
	}
}

// Quorum is a QuorumState the signer reported, checked.
type Quorum struct {
	Parsed
	ID    transfer.ID
	State signerv1.State
}

// Quorum parses a transfer's quorum state: its transfer as Transfer does, its id the transfer's
// own (transfer.MakeID) and its digest the one the routes give, its state a known one, and its
// times valid when present.
func (c *Checker) Quorum(q *signerv1.QuorumState) (*Quorum, error) {
	if q == nil {
		return nil, fieldErr("quorum", "missing")
	}
	id, err := Fixed32("quorum.transfer_id", q.GetTransferId())
	if err != nil {
		return nil, err
	}
	digest, err := Fixed32("quorum.digest", q.GetDigest())
	if err != nil {
		return nil, err
	}
	p, err := c.Transfer(q.GetTransfer())
	if err != nil {
		return nil, err
	}
	out := &Quorum{Parsed: *p, ID: transfer.ID(id), State: q.GetState()}
	if got := p.Transfer.ID(); got != out.ID {
		return nil, fieldErr("quorum.transfer_id", "%s is not the transfer's id %s", out.ID, got)
	}
	if digest != p.Digest {
		return nil, fieldErr("quorum.digest", "%#x is not the transfer's digest under these routes %#x", digest, p.Digest)
	}
	if _, ok := signerv1.State_name[int32(out.State)]; !ok || out.State == signerv1.State_STATE_UNSPECIFIED {
		return nil, fieldErr("quorum.state", "unknown state %d", int32(out.State))
	}
	if h := q.GetHoldUntil(); h != nil {
		if err := h.CheckValid(); err != nil {
			return nil, fieldErr("quorum.hold_until", "%v", err)
		}
	}
	if f := q.GetFirstSeen(); f != nil {
		if err := f.CheckValid(); err != nil {
			return nil, fieldErr("quorum.first_seen", "%v", err)
		}
	}
	return out, nil
}

// EthereumAuthorization is what the contract's release and mint take, checked for size.
type EthereumAuthorization struct {
	R, S    [32]byte
	Watcher [][]byte // 65 bytes each
}

// Ethereum parses the signer's Ethereum authorization.
func Ethereum(a *signerv1.EthereumAuthorization) (*EthereumAuthorization, error) {
	if a == nil {
		return nil, fieldErr("ethereum", "missing")
	}
	var out EthereumAuthorization
	var err error
	if out.R, err = Fixed32("ethereum.r", a.GetR()); err != nil {
		return nil, err
	}
	if out.S, err = Fixed32("ethereum.s", a.GetS()); err != nil {
		return nil, err
	}
	if len(a.GetWatcherSignatures()) == 0 {
		return nil, fieldErr("ethereum.watcher_signatures", "none")
	}
	for i, s := range a.GetWatcherSignatures() {
		if len(s) != 65 {
			return nil, fieldErr(fmt.Sprintf("ethereum.watcher_signatures[%d]", i), "%d bytes, want 65", len(s))
		}
	}
	out.Watcher = a.GetWatcherSignatures()
	return &out, nil
}

// MetaverseTransaction is a signed Metaverse payout, checked: it decodes, and its txid is its
// hash in display order.
type MetaverseTransaction struct {
	Raw  []byte
	TxID [32]byte // display order
}

// Metaverse parses the signer's signed Metaverse payout.
func Metaverse(m *signerv1.MetaverseTransaction) (*MetaverseTransaction, error) {
	if m == nil {
		return nil, fieldErr("metaverse", "missing")
	}
	txid, err := Fixed32("metaverse.txid", m.GetTxid())
	if err != nil {
		return nil, err
	}
	tx, err := mvs.Decode(m.GetRaw())
	if err != nil {
		return nil, fieldErr("metaverse.raw", "%v", err)
	}
	h := tx.Hash()
	for i := range h {
		if txid[i] != h[31-i] {
			return nil, fieldErr("metaverse.txid", "not the transaction's hash")
		}
	}
	return &MetaverseTransaction{Raw: m.GetRaw(), TxID: txid}, nil
}
