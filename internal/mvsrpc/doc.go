// Package mvsrpc is a typed client for the JSON-RPC v3 interface of a Metaverse node (mvsd, or the
// devnet node in mvsdevnet): block heights, blocks with their transactions, single transactions,
// broadcasting raw transactions, address balances and UTXOs, and avatar (DID) resolution.
//
// It calls only methods that need no wallet account: no method here takes an account name or a
// password, and there is no exported way to send one.
//
// Answers are read tolerantly where mvsd itself is inconsistent (numbers printed as strings in
// some versions, "time_stamp" for "timestamp"), and strictly everywhere else: an answer that is
// not JSON, is cut short, carries another request's id, lacks a field the caller relies on, or
// does not match what was asked (a block of another height, a transaction of another hash) is an
// error wrapping ErrBadAnswer, never a zero value. mvsd reports failures with HTTP 200 and an
// error object; those become *Error, which errors.Is matches against the sentinel errors
// (ErrTxNotFound, ErrDoubleSpend, ...).
package mvsrpc
