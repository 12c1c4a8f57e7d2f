// Package mvsdevnet is a Metaverse (MVS) devnet node: one process that speaks mvsd's JSON-RPC v3
// (the same method names, parameters, result shapes, error codes and messages) over a chain it
// mines itself, for tests and for the bridge's one-command local network.
//
// It keeps a UTXO set and a memory pool, and sendrawtx checks every transaction with the codec
// of internal/mvs: it decodes, every input exists and is unspent (in the chain and in the pool),
// every input's pay-to-key-hash signature verifies against the output it spends, ETP in covers
// ETP out plus a fee within mvsd's bounds, MST quantities are conserved per symbol except by an
// issue, avatars and symbols are registered once, and an output sent to an avatar (to_did) pays
// that avatar's address. Blocks come every Config.BlockInterval, or on demand (Mine, or the
// devnet's own method devnet_mine); devnet_droptx drops a transaction from the pool, as a node
// that evicts it would (Drop). State is an append-only log, synced before anything is
// acknowledged, so a restart resumes where the node stopped. README.md says what is modelled
// and what is not.
//
// wallet.go builds and signs the transactions tests need: funding, avatar registration, MST
// issue, and MST sent to an avatar with a memo.
package mvsdevnet
