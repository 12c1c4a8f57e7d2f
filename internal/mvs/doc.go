// Package mvs is a pure codec for the Metaverse (MVS) chain: addresses, scripts,
// transactions with their output attachments, legacy SIGHASH_ALL signing, and the
// JSON view that mvsd's decoderawtx prints.
//
// The package does no I/O. Every function that reads outside input (Decode,
// ParseAddress, ParseScript) bounds its allocations by the length of that input,
// rejects trailing or missing bytes, and never panics on malformed data: it
// returns an error that wraps one of the sentinel errors below, so callers can
// classify failures with errors.Is.
//
// The wire format is Bitcoin's (version, inputs, outputs, lock time), except
// that every output carries an attachment after its script:
//
//	output     = value:u64le script:varbytes attachment
//	attachment = version:u32le type:u32le [to_did:varstr from_did:varstr if version == 207] payload
//
// Signatures are Bitcoin's legacy scheme: the signature hash of input i is the
// double SHA-256 of the whole transaction (attachments included) with every
// input script emptied except input i's, which holds the previous output's
// script, followed by the 4-byte hash type. Signatures are DER with low S and
// deterministic (RFC 6979) nonces, so they can be reproduced byte for byte by
// other implementations; the tests cross-check them against metaversejs.
package mvs
