package mvs

import (
	"bytes"
	"encoding/json"
	"strconv"
)

// TxView is a transaction in the JSON shape of mvsd's decoderawtx (API v3).
// Its fields, and those of the views inside it, are declared in the order of
// their JSON keys, which is alphabetical as mvsd prints them.
type TxView struct {
	Hash     string       `json:"hash"`
	Inputs   []InputView  `json:"inputs"`
	LockTime string       `json:"lock_time"` // a string in API v3
	Outputs  []OutputView `json:"outputs"`
	Version  string       `json:"version"` // a string in API v3
}

// InputView is one input of a TxView.
type InputView struct {
	Address        string    `json:"address,omitempty"`
	PreviousOutput PointView `json:"previous_output"`
	Script         string    `json:"script"`
	Sequence       uint32    `json:"sequence"`
}

// PointView names a previous output.
type PointView struct {
	Hash  string `json:"hash"`
	Index uint32 `json:"index"`
}

// OutputView is one output of a TxView. Stealth is mvsd's empty "stealth"
// object, present exactly when the output has no address.
type OutputView struct {
	Address           string         `json:"address,omitempty"`
	Attachment        AttachmentView `json:"attachment"`
	Index             uint32         `json:"index"`
	LockedHeightRange uint64         `json:"locked_height_range"`
	Script            string         `json:"script"`
	Stealth           *struct{}      `json:"stealth,omitempty"`
	Value             uint64         `json:"value"`
}

// AttachmentView holds the keys mvsd prints for an attachment; absent keys
// are nil.
type AttachmentView struct {
	Address                 *string `json:"address,omitempty"`
	Cert                    *string `json:"cert,omitempty"`
	Content                 *string `json:"content,omitempty"`
	DecimalNumber           *uint8  `json:"decimal_number,omitempty"`
	Description             *string `json:"description,omitempty"`
	FromDID                 *string `json:"from_did,omitempty"`
	IsSecondaryIssue        *bool   `json:"is_secondaryissue,omitempty"`
	Issuer                  *string `json:"issuer,omitempty"`
	Owner                   *string `json:"owner,omitempty"`
	Quantity                *uint64 `json:"quantity,omitempty"`
	SecondaryIssueThreshold *uint8  `json:"secondaryissue_threshold,omitempty"`
	Status                  *string `json:"status,omitempty"`
	Symbol                  *string `json:"symbol,omitempty"`
	ToDID                   *string `json:"to_did,omitempty"`
	Type                    string  `json:"type"`
}

// NewTxView renders tx as mvsd's decoderawtx would on a node of network net.
func NewTxView(tx *Tx, net Network) *TxView {
	v := &TxView{
		Hash:     tx.Hash().String(),
		Inputs:   make([]InputView, len(tx.Inputs)),
		LockTime: strconv.FormatUint(uint64(tx.LockTime), 10),
		Outputs:  make([]OutputView, len(tx.Outputs)),
		Version:  strconv.FormatUint(uint64(tx.Version), 10),
	}
	for i := range tx.Inputs {
		in := &tx.Inputs[i]
		addr, _ := ExtractAddress(in.Script, net)
		v.Inputs[i] = InputView{
			Address:        addr,
			PreviousOutput: PointView{Hash: in.PrevOut.Hash.String(), Index: in.PrevOut.Index},
			Script:         FormatScript(in.Script),
			Sequence:       in.Sequence,
		}
	}
	for i := range tx.Outputs {
		out := &tx.Outputs[i]
		addr, ok := out.Address(net)
		lock, _ := LockHeight(out.Script)
		ov := OutputView{
			Address:           addr,
			Attachment:        newAttachmentView(&out.Attachment),
			Index:             uint32(i),
			LockedHeightRange: lock,
			Script:            FormatScript(out.Script),
			Value:             out.Value,
		}
		if !ok {
			ov.Stealth = &struct{}{}
		}
		v.Outputs[i] = ov
	}
	return v
}

func ptr[T any](v T) *T { return &v }

var certNames = map[uint32]string{
	1: "issue", 2: "domain", 3: "naming", CertTypeMining: "mining", 5: "witness",
	0x80000000: "marriage", 0x80000001: "KYC",
}

func newAttachmentView(a *Attachment) AttachmentView {
	v := AttachmentView{Type: a.Kind()}
	switch a.Type {
	case AttachmentAsset:
		v.Symbol, v.Quantity = ptr(a.Symbol), ptr(a.Quantity)
		if a.Status == AssetStatusIssue {
			th := a.SecondaryIssueThreshold
			if th >= 128 {
				th -= 128
			}
			v.Issuer, v.Description = ptr(a.Issuer), ptr(a.Description)
			v.DecimalNumber, v.SecondaryIssueThreshold = ptr(a.Decimals), ptr(th)
			v.IsSecondaryIssue = ptr(a.IsSecondaryIssue())
		}
	case AttachmentMessage:
		v.Content = ptr(a.Content)
	case AttachmentDID:
		v.Symbol, v.Address = ptr(a.Symbol), ptr(a.Address)
	case AttachmentCert:
		name, ok := certNames[a.CertType]
		if !ok {
			name = "0x" + strconv.FormatUint(uint64(a.CertType), 16)
		}
		v.Symbol, v.Owner, v.Address, v.Cert = ptr(a.Symbol), ptr(a.Owner), ptr(a.Address), ptr(name)
		if a.CertType == CertTypeMining {
			v.Content = ptr(a.Content)
		}
	case AttachmentMIT:
		v.Symbol, v.Address = ptr(a.Symbol), ptr(a.Address)
		if a.Status == MITStatusRegister {
			v.Status, v.Content = ptr("registered"), ptr(a.Content)
		} else {
			v.Status = ptr("transfered") // sic, as mvsd spells it
		}
	}
	if a.Version == AttachmentVersionDID {
		v.FromDID, v.ToDID = ptr(a.FromDID), ptr(a.ToDID)
	}
	return v
}

// MarshalTxJSON renders tx as compact JSON in the shape of mvsd's
// decoderawtx result, without HTML escaping (mvsd prints "<", ">" and "&" as is).
func MarshalTxJSON(tx *Tx, net Network) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(NewTxView(tx, net)); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}
