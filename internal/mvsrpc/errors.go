package mvsrpc

import (
	"errors"
	"fmt"
	"strings"
)

// Error codes mvsd puts in its error object (explorer exceptions and JSON-RPC errors). The HTTP
// status is 200 for all of them.
const (
	CodeGeneric            = 1000   // any other exception; the message is all there is
	CodeUnknownCommand     = 1020   // "'x' is not a command. ..."
	CodeBadArgument        = 1021   // an argument or option that does not parse
	CodeArgumentLegality   = 2003   // e.g. a bad --range
	CodeAddressInvalid     = 4010   // not an address of this network
	CodeAddressNotBoundDID = 4017   // getdid of an address that has no avatar
	CodeFeeOutOfRange      = 5005   // sendrawtx: "fee must in [10000, 10000000000]"
	CodeBlockNotFound      = 5101   // getblock: "object does not exist"
	CodeTxValidate         = 5304   // sendrawtx: the node refused the transaction
	CodeTxBroadcast        = 5305   // sendrawtx: the node could not relay it
	CodeTxNotFound         = 5306   // gettx: "transaction does not exist!"
	CodeDIDSymbolInvalid   = 7001   // not a valid avatar name
	CodeDIDNotFound        = 7006   // no such avatar on the chain
	CodeParseError         = -32700 // the request was not JSON
	CodeInvalidRequest     = -32600 // e.g. a jsonrpc version other than "2.0"/"3.0"
	CodeMethodNotFound     = -32601
	CodeInvalidParams      = -32602 // params is not an array
)

// Sentinel errors. An *Error from the node matches the ones its code (and, where one code covers
// several causes, its message) stands for; ErrBadAnswer wraps every answer that cannot be trusted.
var (
	// ErrBadAnswer: the answer is not a well-formed JSON-RPC answer to this request, or does not
	// match what was asked.
	ErrBadAnswer = errors.New("mvsrpc: malformed answer")

	ErrUnknownMethod   = errors.New("mvsrpc: unknown method")       // 1020, -32601
	ErrInvalidArgument = errors.New("mvsrpc: invalid argument")     // 1021, 2003, 4010, 7001, -32602
	ErrBlockNotFound   = errors.New("mvsrpc: block does not exist") // 5101
	ErrTxNotFound      = errors.New("mvsrpc: transaction does not exist")
	ErrDIDNotFound     = errors.New("mvsrpc: avatar does not exist") // 7006, 4017

	// ErrTxRejected matches every refusal of sendrawtx (5304, 5005, 5305); the errors below
	// narrow it down by the message mvsd gives.
	ErrTxRejected    = errors.New("mvsrpc: transaction rejected")
	ErrMissingInputs = errors.New("mvsrpc: transaction spends outputs the node does not know")
	ErrDoubleSpend   = errors.New("mvsrpc: transaction spends an output already spent")
	ErrDuplicateTx   = errors.New("mvsrpc: transaction already known")
	ErrFeeOutOfRange = errors.New("mvsrpc: transaction fee out of range")
)

// Error is an error object in mvsd's answer.
type Error struct {
	Method  string // the method called
	Code    int64
	Message string
}

func (e *Error) Error() string {
	return fmt.Sprintf("mvsrpc: %s: code %d: %s", e.Method, e.Code, e.Message)
}

// Is matches the sentinel errors. The messages tested are mvsd's own (sendrawtx wraps the
// validation failure: "validate transaction failure: double spend of input").
func (e *Error) Is(target error) bool {
	switch target {
	case ErrUnknownMethod:
		return e.Code == CodeUnknownCommand || e.Code == CodeMethodNotFound
	case ErrInvalidArgument:
		switch e.Code {
		case CodeBadArgument, CodeArgumentLegality, CodeAddressInvalid, CodeDIDSymbolInvalid, CodeInvalidParams:
			return true
		}
	case ErrBlockNotFound:
		return e.Code == CodeBlockNotFound
	case ErrTxNotFound:
		return e.Code == CodeTxNotFound
	case ErrDIDNotFound:
		return e.Code == CodeDIDNotFound || e.Code == CodeAddressNotBoundDID
	case ErrTxRejected:
		return e.Code == CodeTxValidate || e.Code == CodeFeeOutOfRange || e.Code == CodeTxBroadcast
	case ErrMissingInputs:
		return e.Code == CodeTxValidate && strings.Contains(e.Message, "inputs etp value error")
	case ErrDoubleSpend:
		return e.Code == CodeTxValidate && strings.Contains(e.Message, "double spend")
	case ErrDuplicateTx:
		return e.Code == CodeTxValidate && strings.Contains(e.Message, "matching previous object found")
	case ErrFeeOutOfRange:
		return e.Code == CodeFeeOutOfRange ||
			e.Code == CodeTxValidate && strings.Contains(e.Message, "no enough transaction fee")
	}
	return false
}
