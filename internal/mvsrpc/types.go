package mvsrpc

import (
	"time"

	"github.com/tokendroplet/droplet/internal/mvs"
)

// Attachment types as mvsd names them in JSON.
const (
	AttachETP           = "etp"
	AttachAssetTransfer = "asset-transfer"
	AttachAssetIssue    = "asset-issue"
	AttachMessage       = "message"
	AttachDIDRegister   = "did-register"
	AttachDIDTransfer   = "did-transfer"
	AttachCert          = "asset-cert"
	AttachMIT           = "mit"
	AttachCoinstake     = "coinstake"
)

// Header is a block header.
type Header struct {
	Hash         mvs.Hash // in display order, like transaction hashes
	PreviousHash mvs.Hash
	MerkleRoot   mvs.Hash
	Number       uint64 // the height
	Timestamp    uint64 // Unix seconds
	Version      uint32
	TxCount      uint64
	// Proof-of-work fields, as mvsd prints them (decimal strings; the mix hash can exceed 64 bits).
	Bits, Nonce, MixHash string
}

// Time is the header's timestamp.
func (h *Header) Time() time.Time { return time.Unix(int64(h.Timestamp), 0).UTC() }

// Block is a block with its transactions. BlockSig and PublicKey are set for proof-of-stake and
// DPoS blocks only.
type Block struct {
	Header
	Transactions []Tx
	BlockSig     string
	PublicKey    string
}

// Tx is a transaction as mvsd prints it.
type Tx struct {
	Hash mvs.Hash
	// Height is set by gettx only: the height of the block holding the transaction, and 0 for a
	// transaction still in the memory pool (as for one of the genesis block). Confirmations are
	// better counted from the block a transaction was seen in.
	Height   uint64
	Version  uint32
	LockTime uint32
	Inputs   []Input
	Outputs  []Output
}

// Input spends a previous output. Address is empty when mvsd cannot name one (coinbase,
// non-standard script-sig).
type Input struct {
	PrevOut  mvs.OutPoint
	Script   string // mvsd's textual form; mvs.ScriptFromString turns it into bytes
	Sequence uint32
	Address  string
}

// IsCoinbase reports whether the input is a coinbase's: it spends no output.
func (in *Input) IsCoinbase() bool {
	return in.PrevOut.Index == 0xffffffff && in.PrevOut.Hash == mvs.Hash{}
}

// Output pays Value ETP bits to Script and carries an attachment. Address is empty for scripts
// without one (multisig, null data).
type Output struct {
	Index             uint32
	Address           string
	Script            string // mvsd's textual form
	Value             uint64
	LockedHeightRange uint64 // a locked deposit's lock, in blocks; 0 for ordinary outputs
	Attachment        Attachment
}

// ScriptBytes parses the output script back into bytes.
func (o *Output) ScriptBytes() ([]byte, error) { return mvs.ScriptFromString(o.Script) }

// Attachment is an output's attachment. Which fields are set depends on Type:
//
//	etp, coinstake   nothing
//	asset-transfer   Symbol, Quantity
//	asset-issue      Symbol, Quantity (the maximum supply), Decimals, Issuer, Description,
//	                 SecondaryIssueThreshold, IsSecondaryIssue
//	message          Content
//	did-register     Symbol (the avatar), Address
//	did-transfer     Symbol, Address
//	asset-cert       Symbol, Owner, Address, Cert
//	mit              Symbol, Address, Status, Content
//
// ToDID and FromDID are set on attachments of version 207 (sent to or from an avatar).
type Attachment struct {
	Type                    string
	Symbol                  string
	Quantity                uint64
	Content                 string
	Address                 string
	ToDID, FromDID          string
	Issuer, Description     string
	Decimals                uint8
	SecondaryIssueThreshold uint8
	IsSecondaryIssue        bool
	Cert, Owner, Status     string
}

// ETPBalance is an address's ETP, in bits (getaddressetp). Confirmed, unspent and available
// count only what is in blocks; Frozen is the part not yet spendable (immature or locked).
type ETPBalance struct {
	Address   string
	Available uint64
	Confirmed uint64
	Frozen    uint64
	Received  uint64 // everything ever paid to the address
	Unspent   uint64
}

// UTXO is one unspent output of an address (getaddressetp or getaddressasset with --utxo).
// For ETP, Balance is the value in bits; for an asset, the quantity of Symbol.
type UTXO struct {
	OutPoint  mvs.OutPoint
	Height    uint64 // of the block holding it
	Balance   uint64
	Available uint64
	Frozen    uint64
	Symbol    string // assets only
}

// AssetBalance is an address's holding of one MST (getaddressasset).
type AssetBalance struct {
	Address                 string
	Symbol                  string
	Quantity                uint64 // in the asset's smallest unit
	LockedQuantity          uint64
	Decimals                uint8
	Issuer                  string
	Description             string
	SecondaryIssueThreshold uint8
	Status                  string
}

// DIDAddress is one entry of an avatar's address history (getdid). Status is "current" for the
// address the avatar points at now, "history" for earlier ones.
type DIDAddress struct {
	Symbol  string
	Address string
	Status  string
}
