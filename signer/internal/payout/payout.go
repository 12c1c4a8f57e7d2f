// Package payout validates and signs the Metaverse payouts the relayer proposes. The signer has no
// node, so the relayer also hands over the raw transactions the payout spends; their txids prove
// what each input is worth and who owns it. A payout is signed only when (DESIGN 3.7) every input
// is the bridge's, the first output pays exactly the attested recipient and amount, every other
// output returns change to the bridge, no asset is lost, and the ETP fee is within bounds.
package payout

import (
	"errors"
	"fmt"

	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/signer/internal/keys"
)

// Limits on a proposed payout.
const (
	MaxInputs  = 500
	MaxOutputs = 16
)

// ErrRejected wraps every reason a payout is refused.
var ErrRejected = errors.New("metaverse payout rejected")

func reject(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrRejected, fmt.Sprintf(format, args...))
}

// Signer validates and signs payouts from the bridge's address.
type Signer struct {
	net          mvs.Network
	bridge       mvs.Address
	bridgeScript []byte
	avatar       string
	key          keys.MetaverseKey
	minFee       uint64
	maxFee       uint64
}

// New checks that the key is the bridge address's key.
func New(routes *transfer.Routes, key keys.MetaverseKey, minFee, maxFee uint64) (*Signer, error) {
	net, err := mvs.ParseNetwork(routes.Metaverse.Network)
	if err != nil {
		return nil, err
	}
	bridge, err := mvs.ParseAddressFor(routes.Metaverse.BridgeAddress, net)
	if err != nil {
		return nil, fmt.Errorf("routes: metaverse.bridge_address: %w", err)
	}
	script, err := mvs.P2PKHScript(bridge)
	if err != nil {
		return nil, fmt.Errorf("routes: metaverse.bridge_address: %w", err)
	}
	if key == nil {
		return nil, errors.New("payout: no Metaverse key")
	}
	if got := mvs.PubKeyAddress(net, key.PrivateKey().PubKey()); got != bridge {
		return nil, fmt.Errorf("payout: the Metaverse key's address %s is not the bridge address %s", got, bridge)
	}
	if minFee > maxFee {
		return nil, errors.New("payout: min fee above max fee")
	}
	return &Signer{net: net, bridge: bridge, bridgeScript: script, avatar: routes.Metaverse.BridgeAvatar,
		key: key, minFee: minFee, maxFee: maxFee}, nil
}

// CheckRecipient validates a transfer's Metaverse recipient.
// It is mvs.RecipientRule, the rule the watchers apply to what they attest.
func (s *Signer) CheckRecipient(recipient string) error {
	_, err := mvs.RecipientRule{Net: s.net, Bridge: s.bridge, BridgeAvatar: s.avatar}.Parse(recipient)
	return err
}

// SignPayout validates proposed against t and returns it signed, with its txid in display order.
func (s *Signer) SignPayout(t *transfer.Transfer, route *transfer.Route, proposed []byte, previous [][]byte) ([]byte, [32]byte, error) {
	var txid [32]byte
	tx, err := s.Validate(t, route, proposed, previous)
	if err != nil {
		return nil, txid, err
	}
	for i := range tx.Inputs {
		if err := mvs.SignInput(tx, i, s.bridgeScript, s.key.PrivateKey()); err != nil {
			return nil, txid, fmt.Errorf("sign input %d: %w", i, err)
		}
		if err := mvs.VerifyInput(tx, i, s.bridgeScript); err != nil { // security-critical: never hand out a bad signature
			return nil, txid, fmt.Errorf("verify input %d: %w", i, err)
		}
	}
	h := tx.Hash()
	for i := range h {
		txid[i] = h[31-i]
	}
	return tx.Encode(), txid, nil
}

type holding struct {
	etp    uint64
	assets map[string]uint64
}

func (h *holding) add(o *mvs.Output) error {
	var ok bool
	if h.etp, ok = addU64(h.etp, o.Value); !ok {
		return reject("ETP value overflows")
	}
	if o.Attachment.Type == mvs.AttachmentAsset {
		sym := o.Attachment.Symbol
		if h.assets[sym], ok = addU64(h.assets[sym], o.Attachment.Quantity); !ok {
			return reject("%s quantity overflows", sym)
		}
	}
	return nil
}

func addU64(a, b uint64) (uint64, bool) {
	c := a + b
	return c, c >= a
}

// Validate decodes and checks a proposed payout. It returns the unsigned transaction.
func (s *Signer) Validate(t *transfer.Transfer, route *transfer.Route, proposed []byte, previous [][]byte) (*mvs.Tx, error) {
	if len(proposed) == 0 {
		return nil, reject("no payout proposed")
	}
	rcpt, err := mvs.ParseRecipient(string(t.Recipient), s.net)
	if err != nil {
		return nil, reject("recipient: %v", err)
	}
	if !t.Amount.IsUint64() || t.Amount.Sign() == 0 {
		return nil, reject("amount %s is zero or does not fit a Metaverse output", t.Amount)
	}
	amount := t.Amount.Uint64()
	tx, err := mvs.Decode(proposed)
	if err != nil {
		return nil, reject("decode: %v", err)
	}
	if tx.Version != mvs.TxVersionNova && tx.Version != mvs.TxVersionCheckScript {
		return nil, reject("version %d, want 2 or 4", tx.Version)
	}
	if tx.LockTime != 0 {
		return nil, reject("lock time %d, want 0", tx.LockTime)
	}
	if len(tx.Inputs) == 0 || len(tx.Inputs) > MaxInputs {
		return nil, reject("%d inputs, want 1 to %d", len(tx.Inputs), MaxInputs)
	}
	if len(tx.Outputs) == 0 || len(tx.Outputs) > MaxOutputs {
		return nil, reject("%d outputs, want 1 to %d", len(tx.Outputs), MaxOutputs)
	}

	prev := make(map[mvs.Hash]*mvs.Tx, len(previous))
	for i, raw := range previous {
		p, err := mvs.Decode(raw)
		if err != nil {
			return nil, reject("previous transaction %d: %v", i, err)
		}
		prev[p.Hash()] = p
	}
	in := holding{assets: map[string]uint64{}}
	seen := make(map[mvs.OutPoint]bool, len(tx.Inputs))
	for i := range tx.Inputs {
		inp := &tx.Inputs[i]
		if len(inp.Script) != 0 {
			return nil, reject("input %d is already signed", i)
		}
		if inp.Sequence != mvs.SequenceFinal {
			return nil, reject("input %d has sequence %d", i, inp.Sequence)
		}
		if seen[inp.PrevOut] {
			return nil, reject("input %d spends %s:%d twice", i, inp.PrevOut.Hash, inp.PrevOut.Index)
		}
		seen[inp.PrevOut] = true
		p, ok := prev[inp.PrevOut.Hash]
		if !ok {
			return nil, reject("input %d: previous transaction %s not given", i, inp.PrevOut.Hash)
		}
		if int(inp.PrevOut.Index) >= len(p.Outputs) {
			return nil, reject("input %d: %s has no output %d", i, inp.PrevOut.Hash, inp.PrevOut.Index)
		}
		out := &p.Outputs[inp.PrevOut.Index]
		// Security-critical: only the bridge's own plain outputs are spent.
		if string(out.Script) != string(s.bridgeScript) {
			return nil, reject("input %d spends an output that is not the bridge's", i)
		}
		switch out.Attachment.Type {
		case mvs.AttachmentETP, mvs.AttachmentAsset, mvs.AttachmentMessage:
		default:
			return nil, reject("input %d spends a %s output", i, out.Attachment.Kind())
		}
		if err := in.add(out); err != nil {
			return nil, err
		}
	}

	symbol := route.Metaverse.Symbol
	payETP := symbol == "ETP"
	pay := &tx.Outputs[0]
	paidScript, err := mvs.P2PKHScript(rcpt.Address)
	if err != nil {
		return nil, reject("recipient: %v", err)
	}
	if string(pay.Script) != string(paidScript) {
		return nil, reject("output 0 does not pay the recipient %s", rcpt.Address)
	}
	a := &pay.Attachment
	switch {
	case rcpt.Avatar != "" && (a.Version != mvs.AttachmentVersionDID || a.ToDID != rcpt.Avatar):
		return nil, reject("output 0 must name the avatar %q in to_did", rcpt.Avatar)
	case rcpt.Avatar == "" && a.Version != mvs.AttachmentVersionDefault:
		return nil, reject("output 0: attachment version %d, want 1 for a bare address", a.Version)
	case a.FromDID != "" && a.FromDID != s.avatar:
		return nil, reject("output 0: from_did %q is not the bridge's avatar", a.FromDID)
	}
	if payETP {
		if a.Type != mvs.AttachmentETP || pay.Value != amount {
			return nil, reject("output 0 must pay exactly %d ETP bits", amount)
		}
	} else if !a.IsAssetTransfer() || a.Symbol != symbol || a.Quantity != amount || pay.Value != 0 {
		return nil, reject("output 0 must transfer exactly %d %s and no ETP", amount, symbol)
	}

	out := holding{assets: map[string]uint64{}}
	if err := out.add(pay); err != nil {
		return nil, err
	}
	for i := 1; i < len(tx.Outputs); i++ {
		o := &tx.Outputs[i]
		if string(o.Script) != string(s.bridgeScript) {
			return nil, reject("output %d is neither the payment nor change to the bridge", i)
		}
		if o.Attachment.Version != mvs.AttachmentVersionDefault {
			return nil, reject("change output %d: attachment version %d, want 1", i, o.Attachment.Version)
		}
		if o.Attachment.Type != mvs.AttachmentETP && !o.Attachment.IsAssetTransfer() {
			return nil, reject("change output %d is a %s output", i, o.Attachment.Kind())
		}
		if err := out.add(o); err != nil {
			return nil, err
		}
	}
	// No MST may vanish: what goes in comes out, to the recipient or back to the bridge.
	for sym, q := range in.assets {
		if out.assets[sym] != q {
			return nil, reject("%s: %d in, %d out", sym, q, out.assets[sym])
		}
	}
	for sym, q := range out.assets {
		if in.assets[sym] != q {
			return nil, reject("%s: %d in, %d out", sym, in.assets[sym], q)
		}
	}
	if out.etp > in.etp {
		return nil, reject("outputs spend %d ETP bits, inputs hold %d", out.etp, in.etp)
	}
	if fee := in.etp - out.etp; fee < s.minFee || fee > s.maxFee {
		return nil, reject("fee %d ETP bits outside [%d, %d]", fee, s.minFee, s.maxFee)
	}
	return tx, nil
}
