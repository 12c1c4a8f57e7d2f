package mvs

import "errors"

// Error classes. Every error this package returns wraps exactly one class and,
// where it helps, one of the more specific errors below it, so both
// errors.Is(err, ErrMalformedTx) and errors.Is(err, ErrTruncated) can hold.
var (
	// ErrMalformedTx: raw bytes are not a well-formed Metaverse transaction.
	ErrMalformedTx = errors.New("mvs: malformed transaction")
	// ErrInvalidAddress: a string is not a Metaverse address this package accepts.
	ErrInvalidAddress = errors.New("mvs: invalid address")
	// ErrInvalidAvatar: a string is not a valid avatar (DID) name.
	ErrInvalidAvatar = errors.New("mvs: invalid avatar name")
	// ErrInvalidScript: a script cannot be parsed, or is not of a kind the caller needs.
	ErrInvalidScript = errors.New("mvs: invalid script")
	// ErrSigning: a signature could not be produced (bad index, wrong key, unsupported script).
	ErrSigning = errors.New("mvs: cannot sign input")
	// ErrVerify: an input's script-sig does not verify.
	ErrVerify = errors.New("mvs: input does not verify")
)

// Specific decode failures (wrapped together with ErrMalformedTx).
var (
	ErrTruncated                  = errors.New("unexpected end of data")
	ErrTrailingBytes              = errors.New("trailing bytes after transaction")
	ErrOversized                  = errors.New("count or length exceeds remaining data")
	ErrNonCanonicalVarInt         = errors.New("non-canonical variable-length integer")
	ErrUnsupportedTxVersion       = errors.New("unsupported transaction version")
	ErrUnknownAttachmentVersion   = errors.New("unknown attachment version")
	ErrUnknownAttachmentType      = errors.New("unknown attachment type")
	ErrUnknownAttachmentStatus    = errors.New("unknown attachment status")
	ErrAttachmentNotRepresentable = errors.New("attachment cannot be encoded")
)

// Specific address failures (wrapped together with ErrInvalidAddress).
var (
	ErrBadBase58       = errors.New("not base58")
	ErrBadChecksum     = errors.New("bad checksum")
	ErrBadLength       = errors.New("bad length")
	ErrUnknownVersion  = errors.New("unknown version byte")
	ErrNetworkMismatch = errors.New("address belongs to another network")
)

// Specific signing and verification failures.
var (
	ErrInputIndex        = errors.New("input index out of range")
	ErrUnsupportedScript = errors.New("previous output script is not pay-to-key-hash")
	ErrKeyMismatch       = errors.New("key does not match the previous output's key hash")
	ErrBadSignature      = errors.New("bad signature")
	ErrHighS             = errors.New("signature S is not low")
	ErrBadHashType       = errors.New("hash type is not SIGHASH_ALL")
	ErrBadScriptSig      = errors.New("script-sig is not <signature> <public key>")
)
