package mvs

import (
	"fmt"
	"strconv"
)

// Attachment versions. Version 0 is what coinbase outputs carry; it is read
// and written like version 1.
const (
	AttachmentVersionCoinbase uint32 = 0
	AttachmentVersionDefault  uint32 = 1
	// AttachmentVersionDID carries the to_did and from_did avatar names.
	AttachmentVersionDID uint32 = 207
)

// AttachmentType is what an output carries besides its ETP value.
type AttachmentType uint32

const (
	AttachmentETP       AttachmentType = 0
	AttachmentAsset     AttachmentType = 2 // an MST: issue or transfer, see Status
	AttachmentMessage   AttachmentType = 3
	AttachmentDID       AttachmentType = 4 // avatar register or transfer
	AttachmentCert      AttachmentType = 5
	AttachmentMIT       AttachmentType = 6
	AttachmentCoinstake AttachmentType = 0xffffffff
)

// Status values of asset, avatar and MIT attachments.
const (
	AssetStatusIssue    uint32 = 1
	AssetStatusTransfer uint32 = 2
	DIDStatusRegister   uint32 = 1
	DIDStatusTransfer   uint32 = 2
	MITStatusRegister   uint32 = 1
	MITStatusTransfer   uint32 = 2
)

// CertTypeMining is the certificate type whose attachment carries Content.
const CertTypeMining uint32 = 0x60000004

// Attachment is the Metaverse extension of an output. Which fields are on the
// wire depends on Type (and Status):
//
//	etp, coinstake             nothing
//	asset, Status 2 (transfer) Symbol, Quantity
//	asset, Status 1 (issue)    Symbol, Quantity (maximum supply), Decimals,
//	                           SecondaryIssueThreshold, Unused, Issuer, Address, Description
//	message                    Content
//	did                        Status, Symbol, Address
//	cert                       Symbol, Owner, Address, CertType, Status (one byte),
//	                           Content (mining certificates only)
//	mit                        Status (one byte), Symbol, Address, Content (register only)
//
// ToDID and FromDID are on the wire only when Version is 207.
type Attachment struct {
	Version uint32
	Type    AttachmentType
	ToDID   string
	FromDID string

	Status   uint32
	Symbol   string
	Quantity uint64
	Content  string
	Address  string

	// Asset issue.
	Decimals                uint8
	SecondaryIssueThreshold uint8 // raw byte: the top bit marks a secondary issue
	Unused                  [2]byte
	Issuer                  string
	Description             string

	// Certificate.
	Owner    string
	CertType uint32
}

// ETPAttachment is the attachment of a plain ETP output.
func ETPAttachment() Attachment {
	return Attachment{Version: AttachmentVersionDefault, Type: AttachmentETP}
}

// AssetTransferAttachment moves quantity units (in the asset's smallest unit) of an MST.
func AssetTransferAttachment(symbol string, quantity uint64) Attachment {
	return Attachment{Version: AttachmentVersionDefault, Type: AttachmentAsset, Status: AssetStatusTransfer,
		Symbol: symbol, Quantity: quantity}
}

// MessageAttachment carries a text message.
func MessageAttachment(content string) Attachment {
	return Attachment{Version: AttachmentVersionDefault, Type: AttachmentMessage, Content: content}
}

// WithDIDs returns a copy as a version-207 attachment naming the avatars.
func (a Attachment) WithDIDs(toDID, fromDID string) Attachment {
	a.Version, a.ToDID, a.FromDID = AttachmentVersionDID, toDID, fromDID
	return a
}

// IsAssetTransfer reports whether the attachment moves an MST.
func (a *Attachment) IsAssetTransfer() bool {
	return a.Type == AttachmentAsset && a.Status == AssetStatusTransfer
}

// IsSecondaryIssue reports whether an asset issue is a secondary issue.
func (a *Attachment) IsSecondaryIssue() bool { return a.SecondaryIssueThreshold >= 128 }

// Kind is mvsd's name for the attachment: "etp", "asset-transfer",
// "asset-issue", "message", "did-register", "did-transfer", "asset-cert", "mit"
// or "coinstake".
func (a *Attachment) Kind() string {
	switch a.Type {
	case AttachmentETP:
		return "etp"
	case AttachmentAsset:
		switch a.Status {
		case AssetStatusIssue:
			return "asset-issue"
		case AssetStatusTransfer:
			return "asset-transfer"
		}
	case AttachmentMessage:
		return "message"
	case AttachmentDID:
		switch a.Status {
		case DIDStatusRegister:
			return "did-register"
		case DIDStatusTransfer:
			return "did-transfer"
		}
	case AttachmentCert:
		return "asset-cert"
	case AttachmentMIT:
		return "mit"
	case AttachmentCoinstake:
		return "coinstake"
	}
	return "unknown"
}

// Validate checks that the attachment encodes to bytes that decode back to it.
func (a *Attachment) Validate() error {
	bad := func(err error, format string, args ...any) error {
		return fmt.Errorf("%w: attachment: %s: %w", ErrMalformedTx, fmt.Sprintf(format, args...), err)
	}
	switch a.Version {
	case AttachmentVersionCoinbase, AttachmentVersionDefault:
		if a.ToDID != "" || a.FromDID != "" {
			return bad(ErrAttachmentNotRepresentable, "to_did/from_did need version %d", AttachmentVersionDID)
		}
	case AttachmentVersionDID:
	default:
		return bad(ErrUnknownAttachmentVersion, "version %d", a.Version)
	}
	switch a.Type {
	case AttachmentETP, AttachmentMessage, AttachmentCoinstake:
	case AttachmentAsset:
		if a.Status != AssetStatusIssue && a.Status != AssetStatusTransfer {
			return bad(ErrUnknownAttachmentStatus, "asset status %d", a.Status)
		}
	case AttachmentDID:
		if a.Status != DIDStatusRegister && a.Status != DIDStatusTransfer {
			return bad(ErrUnknownAttachmentStatus, "did status %d", a.Status)
		}
	case AttachmentCert:
		if a.Status > 0xff {
			return bad(ErrAttachmentNotRepresentable, "cert status %d does not fit a byte", a.Status)
		}
		if a.Content != "" && a.CertType != CertTypeMining {
			return bad(ErrAttachmentNotRepresentable, "only mining certificates carry content")
		}
	case AttachmentMIT:
		if a.Status != MITStatusRegister && a.Status != MITStatusTransfer {
			return bad(ErrUnknownAttachmentStatus, "mit status %d", a.Status)
		}
		if a.Content != "" && a.Status != MITStatusRegister {
			return bad(ErrAttachmentNotRepresentable, "only an MIT register carries content")
		}
	default:
		return bad(ErrUnknownAttachmentType, "type %d", a.Type)
	}
	return nil
}

func decodeAttachment(r *reader, a *Attachment) error {
	var err error
	if a.Version, err = r.u32("attachment version"); err != nil {
		return err
	}
	switch a.Version {
	case AttachmentVersionCoinbase, AttachmentVersionDefault, AttachmentVersionDID:
	default:
		r.off -= 4
		return r.fail("attachment version "+strconv.FormatUint(uint64(a.Version), 10), ErrUnknownAttachmentVersion)
	}
	t, err := r.u32("attachment type")
	if err != nil {
		return err
	}
	a.Type = AttachmentType(t)
	if a.Version == AttachmentVersionDID {
		if a.ToDID, err = r.varString("to_did"); err != nil {
			return err
		}
		if a.FromDID, err = r.varString("from_did"); err != nil {
			return err
		}
	}
	switch a.Type {
	case AttachmentETP, AttachmentCoinstake:
		return nil
	case AttachmentAsset:
		return decodeAsset(r, a)
	case AttachmentMessage:
		a.Content, err = r.varString("message content")
		return err
	case AttachmentDID:
		if a.Status, err = r.u32("did status"); err != nil {
			return err
		}
		if a.Status != DIDStatusRegister && a.Status != DIDStatusTransfer {
			r.off -= 4
			return r.fail("did status "+strconv.FormatUint(uint64(a.Status), 10), ErrUnknownAttachmentStatus)
		}
		if a.Symbol, err = r.varString("did symbol"); err != nil {
			return err
		}
		a.Address, err = r.varString("did address")
		return err
	case AttachmentCert:
		return decodeCert(r, a)
	case AttachmentMIT:
		return decodeMIT(r, a)
	}
	return r.fail("attachment type "+strconv.FormatUint(uint64(t), 10), ErrUnknownAttachmentType)
}

func decodeAsset(r *reader, a *Attachment) error {
	var err error
	if a.Status, err = r.u32("asset status"); err != nil {
		return err
	}
	switch a.Status {
	case AssetStatusTransfer:
		if a.Symbol, err = r.varString("asset symbol"); err != nil {
			return err
		}
		a.Quantity, err = r.u64("asset quantity")
		return err
	case AssetStatusIssue:
		if a.Symbol, err = r.varString("asset symbol"); err != nil {
			return err
		}
		if a.Quantity, err = r.u64("asset maximum supply"); err != nil {
			return err
		}
		p, err := r.take(4, "asset decimals and threshold")
		if err != nil {
			return err
		}
		a.Decimals, a.SecondaryIssueThreshold, a.Unused = p[0], p[1], [2]byte{p[2], p[3]}
		if a.Issuer, err = r.varString("asset issuer"); err != nil {
			return err
		}
		if a.Address, err = r.varString("asset address"); err != nil {
			return err
		}
		a.Description, err = r.varString("asset description")
		return err
	}
	r.off -= 4
	return r.fail("asset status "+strconv.FormatUint(uint64(a.Status), 10), ErrUnknownAttachmentStatus)
}

func decodeCert(r *reader, a *Attachment) error {
	var err error
	if a.Symbol, err = r.varString("cert symbol"); err != nil {
		return err
	}
	if a.Owner, err = r.varString("cert owner"); err != nil {
		return err
	}
	if a.Address, err = r.varString("cert address"); err != nil {
		return err
	}
	if a.CertType, err = r.u32("cert type"); err != nil {
		return err
	}
	st, err := r.u8("cert status")
	if err != nil {
		return err
	}
	a.Status = uint32(st)
	if a.CertType == CertTypeMining {
		a.Content, err = r.varString("cert content")
	}
	return err
}

func decodeMIT(r *reader, a *Attachment) error {
	st, err := r.u8("mit status")
	if err != nil {
		return err
	}
	a.Status = uint32(st)
	if a.Status != MITStatusRegister && a.Status != MITStatusTransfer {
		r.off--
		return r.fail("mit status "+strconv.Itoa(int(st)), ErrUnknownAttachmentStatus)
	}
	if a.Symbol, err = r.varString("mit symbol"); err != nil {
		return err
	}
	if a.Address, err = r.varString("mit address"); err != nil {
		return err
	}
	if a.Status == MITStatusRegister {
		a.Content, err = r.varString("mit content")
	}
	return err
}

// appendTo writes the attachment. Fields that the type does not carry are not
// written; an attachment that fails Validate may not decode back.
func (a *Attachment) appendTo(b []byte) []byte {
	b = appendU32(b, a.Version)
	b = appendU32(b, uint32(a.Type))
	if a.Version == AttachmentVersionDID {
		b = appendVarString(b, a.ToDID)
		b = appendVarString(b, a.FromDID)
	}
	switch a.Type {
	case AttachmentAsset:
		b = appendU32(b, a.Status)
		b = appendVarString(b, a.Symbol)
		if a.Status == AssetStatusIssue {
			b = appendU64(b, a.Quantity)
			b = append(b, a.Decimals, a.SecondaryIssueThreshold, a.Unused[0], a.Unused[1])
			b = appendVarString(b, a.Issuer)
			b = appendVarString(b, a.Address)
			b = appendVarString(b, a.Description)
		} else {
			b = appendU64(b, a.Quantity)
		}
	case AttachmentMessage:
		b = appendVarString(b, a.Content)
	case AttachmentDID:
		b = appendU32(b, a.Status)
		b = appendVarString(b, a.Symbol)
		b = appendVarString(b, a.Address)
	case AttachmentCert:
		b = appendVarString(b, a.Symbol)
		b = appendVarString(b, a.Owner)
		b = appendVarString(b, a.Address)
		b = appendU32(b, a.CertType)
		b = append(b, byte(a.Status))
		if a.CertType == CertTypeMining {
			b = appendVarString(b, a.Content)
		}
	case AttachmentMIT:
		b = append(b, byte(a.Status))
		b = appendVarString(b, a.Symbol)
		b = appendVarString(b, a.Address)
		if a.Status == MITStatusRegister {
			b = appendVarString(b, a.Content)
		}
	}
	return b
}
