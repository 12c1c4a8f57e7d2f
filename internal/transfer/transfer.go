// Package transfer defines TokenDroplet's canonical transfer: one source event, its id and its
// EIP-712 digest. Watchers sign the digest, the signer signs it, and the Ethereum contract hashes
// it again itself; golden vectors in testdata keep the three in agreement.
//
// The package does no I/O.
package transfer

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/crypto"
)

// Chain ids. Ethereum chains use their EIP-155 chain id. Metaverse has none, so it gets fixed
// numbers in a range no EVM chain is likely to claim ("MVS" followed by a network byte).
const (
	MetaverseMainnet uint64 = 0x4d565300
	MetaverseTestnet uint64 = 0x4d565301
	MetaverseDevnet  uint64 = 0x4d565302
)

// IsMetaverse reports whether id names a Metaverse network.
func IsMetaverse(id uint64) bool { return id>>8 == 0x4d5653 && id&0xff <= 2 }

// Domain constants of the EIP-712 domain.
const (
	DomainName    = "TokenDroplet"
	DomainVersion = "1"
)

// MetaverseContract is the fixed pseudo-contract that stands in the EIP-712 domain of every
// transfer paid out on Metaverse, which has no contract of ours to name.
var MetaverseContract = func() (a [20]byte) {
	h := crypto.Keccak256([]byte("TokenDroplet.Metaverse.payout"))
	copy(a[:], h[12:])
	return a
}()

// Limits on fields that come from outside.
const (
	MaxRecipientLen = 128 // a Metaverse "avatar@address" fits in well under this
)

var (
	uint256Max = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

	typeHash = crypto.Keccak256Hash([]byte("Transfer(uint256 sourceChain,bytes32 sourceTx,uint32 sourceIndex," +
		"bytes32 sourceBlock,bytes32 route,uint256 destChain,bytes32 destToken,bytes recipient," +
		"uint256 amount,uint256 fee)"))
	domainTypeHash = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId," +
		"address verifyingContract,bytes32 salt)"))
	nameHash    = crypto.Keccak256Hash([]byte(DomainName))
	versionHash = crypto.Keccak256Hash([]byte(DomainVersion))
)

// Errors returned by Validate. A *FieldError wraps ErrInvalid and names the field.
var ErrInvalid = errors.New("invalid transfer")

// FieldError says which field of a transfer is wrong.
type FieldError struct {
	Field  string
	Reason string
}

func (e *FieldError) Error() string { return fmt.Sprintf("invalid %s: %s", e.Field, e.Reason) }
func (e *FieldError) Unwrap() error { return ErrInvalid }

// ID identifies a source event: an Ethereum log or a Metaverse output.
type ID [32]byte

// MakeID is the only way to make an ID: keccak256(abi.encode(uint256 sourceChain, bytes32 sourceTx,
// uint32 sourceIndex)). The contract computes the same.
func MakeID(sourceChain uint64, sourceTx [32]byte, sourceIndex uint32) ID {
	var buf [96]byte
	binary.BigEndian.PutUint64(buf[24:32], sourceChain)
	copy(buf[32:64], sourceTx[:])
	binary.BigEndian.PutUint32(buf[92:96], sourceIndex)
	return ID(crypto.Keccak256Hash(buf[:]))
}

// String is the 0x-prefixed hex form.
func (id ID) String() string { return fmt.Sprintf("0x%x", id[:]) }

// Transfer is a source event with everything its payout needs. Amount and Fee are in destination
// units: Amount is what the recipient receives, Fee what the bridge keeps.
type Transfer struct {
	SourceChain uint64
	SourceTx    [32]byte // Ethereum: tx hash; Metaverse: txid in display order
	SourceIndex uint32   // Ethereum: log index; Metaverse: output index
	SourceBlock [32]byte // the block hash the watcher saw the event in
	Route       [32]byte // RouteKey of the route id
	DestChain   uint64
	DestToken   [32]byte // EthereumToken or MetaverseToken
	Recipient   []byte   // Ethereum: 20 bytes; Metaverse: "address" or "avatar@address"
	Amount      *big.Int
	Fee         *big.Int
}

// ID is the transfer's source-event id.
func (t *Transfer) ID() ID { return MakeID(t.SourceChain, t.SourceTx, t.SourceIndex) }

// Validate checks the shape of every field; it does not consult routes.
func (t *Transfer) Validate() error {
	switch {
	case t.SourceChain == 0:
		return &FieldError{"source_chain", "zero"}
	case t.SourceTx == [32]byte{}:
		return &FieldError{"source_tx", "zero"}
	case t.SourceBlock == [32]byte{}:
		return &FieldError{"source_block", "zero"}
	case t.Route == [32]byte{}:
		return &FieldError{"route", "zero"}
	case t.DestChain == 0:
		return &FieldError{"dest_chain", "zero"}
	case t.DestToken == [32]byte{}:
		return &FieldError{"dest_token", "zero"}
	}
	if err := checkUint256("amount", t.Amount); err != nil {
		return err
	}
	if err := checkUint256("fee", t.Fee); err != nil {
		return err
	}
	if IsMetaverse(t.DestChain) {
		if len(t.Recipient) == 0 || len(t.Recipient) > MaxRecipientLen {
			return &FieldError{"recipient", fmt.Sprintf("length %d, want 1 to %d", len(t.Recipient), MaxRecipientLen)}
		}
	} else {
		if len(t.Recipient) != 20 {
			return &FieldError{"recipient", fmt.Sprintf("length %d, want 20", len(t.Recipient))}
		}
		if t.DestToken[0] != 0 || [12]byte(t.DestToken[:12]) != [12]byte{} {
			return &FieldError{"dest_token", "not an Ethereum address"}
		}
	}
	return nil
}

func checkUint256(field string, v *big.Int) error {
	switch {
	case v == nil:
		return &FieldError{field, "missing"}
	case v.Sign() < 0:
		return &FieldError{field, "negative"}
	case v.Cmp(uint256Max) > 0:
		return &FieldError{field, "exceeds uint256"}
	}
	return nil
}

// Domain is the EIP-712 domain of the destination side.
type Domain struct {
	ChainID  uint64
	Contract [20]byte // the bridge contract, or MetaverseContract
	Salt     [32]byte // the routes hash: watchers and signer with different routes never agree
}

// Separator is the EIP-712 domain separator.
func (d Domain) Separator() [32]byte {
	var buf [6 * 32]byte
	copy(buf[0:], domainTypeHash[:])
	copy(buf[32:], nameHash[:])
	copy(buf[64:], versionHash[:])
	binary.BigEndian.PutUint64(buf[120:128], d.ChainID)
	copy(buf[140:160], d.Contract[:])
	copy(buf[160:], d.Salt[:])
	return crypto.Keccak256Hash(buf[:])
}

// StructHash is hashStruct(Transfer) of EIP-712.
func (t *Transfer) StructHash() [32]byte {
	var buf [11 * 32]byte
	copy(buf[0:], typeHash[:])
	binary.BigEndian.PutUint64(buf[56:64], t.SourceChain)
	copy(buf[64:], t.SourceTx[:])
	binary.BigEndian.PutUint32(buf[124:128], t.SourceIndex)
	copy(buf[128:], t.SourceBlock[:])
	copy(buf[160:], t.Route[:])
	binary.BigEndian.PutUint64(buf[216:224], t.DestChain)
	copy(buf[224:], t.DestToken[:])
	copy(buf[256:], crypto.Keccak256(t.Recipient))
	t.Amount.FillBytes(buf[288:320])
	t.Fee.FillBytes(buf[320:352])
	return crypto.Keccak256Hash(buf[:])
}

// Digest is the EIP-712 digest that watchers, the signer and the contract all sign or check.
// Call Validate first: Digest panics on a nil or oversized amount.
func (t *Transfer) Digest(d Domain) [32]byte {
	sep := d.Separator()
	sh := t.StructHash()
	var buf [66]byte
	buf[0], buf[1] = 0x19, 0x01
	copy(buf[2:], sep[:])
	copy(buf[34:], sh[:])
	return crypto.Keccak256Hash(buf[:])
}

// EthereumToken is the DestToken of an ERC20 at addr.
func EthereumToken(addr [20]byte) (k [32]byte) {
	copy(k[12:], addr[:])
	return k
}

// MetaverseToken is the DestToken of the MST with this symbol (or "ETP").
func MetaverseToken(symbol string) [32]byte { return crypto.Keccak256Hash([]byte(symbol)) }

// RouteKey is the bytes32 form of a route id: its ASCII bytes, right-padded with zeros.
func RouteKey(id string) (k [32]byte) {
	copy(k[:], id)
	return k
}
