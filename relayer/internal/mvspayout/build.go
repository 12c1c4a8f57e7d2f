// Package mvspayout builds the unsigned Metaverse payouts the relayer proposes to the signer: it
// selects the bridge's unspent outputs (the MST to pay, plus ETP for the fee), pays the recipient
// exactly, and returns all change to the bridge. The signer checks every one of those rules again
// before it signs (signer/internal/payout); this package only has to get them right.
package mvspayout

import (
	"errors"
	"fmt"
	"sort"

	"github.com/tokendroplet/droplet/internal/mvs"
)

// UTXO is an unspent output of the bridge with the raw transaction that made it (the signer
// needs it to prove the output's owner and value).
type UTXO struct {
	Point  mvs.OutPoint
	Output mvs.Output
	PrevTx []byte
}

// ErrInsufficient says the bridge's float cannot pay: an operator must top it up.
var ErrInsufficient = errors.New("bridge float insufficient")

// Request is one payout.
type Request struct {
	Bridge    mvs.Address
	BridgeDID string // the bridge's avatar, named as from_did when paying an avatar; may be empty
	Recipient mvs.Recipient
	Symbol    string // an MST symbol, or "ETP"
	Amount    uint64 // MST units, or ETP bits
	Fee       uint64 // ETP bits
	MaxInputs int    // default 50
}

// Build selects inputs from utxos and returns the unsigned payout and the previous transactions
// of its inputs. Outputs whose script is not the bridge's plain P2PKH (locked, or anything else)
// and attachments other than ETP and asset transfers are never spent.
func Build(req Request, utxos []UTXO) (*mvs.Tx, [][]byte, error) {
	if req.Amount == 0 {
		return nil, nil, errors.New("mvspayout: zero amount")
	}
	if req.MaxInputs == 0 {
		req.MaxInputs = 50
	}
	bridgeScript, err := mvs.P2PKHScript(req.Bridge)
	if err != nil {
		return nil, nil, err
	}
	payScript, err := mvs.P2PKHScript(req.Recipient.Address)
	if err != nil {
		return nil, nil, err
	}
	var assets, etps []UTXO
	for _, u := range utxos {
		if string(u.Output.Script) != string(bridgeScript) {
			continue
		}
		switch a := &u.Output.Attachment; {
		case a.Type == mvs.AttachmentETP:
			etps = append(etps, u)
		case a.Type == mvs.AttachmentAsset && a.Symbol == req.Symbol && req.Symbol != "ETP": // issue or transfer
			assets = append(assets, u)
		}
	}
	// Largest first: fewest inputs, and small outputs are left for later consolidation.
	sort.Slice(assets, func(i, j int) bool {
		return assets[i].Output.Attachment.Quantity > assets[j].Output.Attachment.Quantity
	})
	sort.Slice(etps, func(i, j int) bool { return etps[i].Output.Value > etps[j].Output.Value })

	tx := &mvs.Tx{Version: mvs.TxVersionNova}
	var prev [][]byte
	seenPrev := map[mvs.Hash]bool{}
	use := func(u UTXO) {
		tx.Inputs = append(tx.Inputs, mvs.Input{PrevOut: u.Point, Sequence: mvs.SequenceFinal})
		if !seenPrev[u.Point.Hash] {
			seenPrev[u.Point.Hash] = true
			prev = append(prev, u.PrevTx)
		}
	}
	var haveAsset, haveETP uint64
	needETP := req.Fee
	if req.Symbol == "ETP" {
		needETP += req.Amount
	} else {
		for _, u := range assets {
			if haveAsset >= req.Amount {
				break
			}
			use(u)
			haveAsset += u.Output.Attachment.Quantity
			haveETP += u.Output.Value
		}
		if haveAsset < req.Amount {
			return nil, nil, fmt.Errorf("%w: %d %s wanted, %d spendable", ErrInsufficient, req.Amount, req.Symbol, haveAsset)
		}
	}
	for _, u := range etps {
		if haveETP >= needETP {
			break
		}
		use(u)
		haveETP += u.Output.Value
	}
	if haveETP < needETP {
		return nil, nil, fmt.Errorf("%w: %d ETP bits wanted, %d spendable", ErrInsufficient, needETP, haveETP)
	}
	if len(tx.Inputs) > req.MaxInputs {
		return nil, nil, fmt.Errorf("%w: %d inputs needed, at most %d: consolidate the bridge's outputs", ErrInsufficient, len(tx.Inputs), req.MaxInputs)
	}

	pay := mvs.Output{Script: payScript}
	if req.Symbol == "ETP" {
		pay.Value, pay.Attachment = req.Amount, mvs.ETPAttachment()
	} else {
		pay.Attachment = mvs.AssetTransferAttachment(req.Symbol, req.Amount)
	}
	if req.Recipient.Avatar != "" {
		pay.Attachment = pay.Attachment.WithDIDs(req.Recipient.Avatar, req.BridgeDID)
	}
	tx.Outputs = append(tx.Outputs, pay)
	if change := haveAsset - req.Amount; req.Symbol != "ETP" && change > 0 {
		tx.Outputs = append(tx.Outputs, mvs.Output{Script: bridgeScript, Attachment: mvs.AssetTransferAttachment(req.Symbol, change)})
	}
	if change := haveETP - needETP; change > 0 {
		tx.Outputs = append(tx.Outputs, mvs.Output{Value: change, Script: bridgeScript, Attachment: mvs.ETPAttachment()})
	}
	return tx, prev, nil
}
