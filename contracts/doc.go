// Package contracts holds TokenDroplet's Ethereum contracts (Solidity sources in src/, compiled
// artifacts in artifacts/, abigen v2 bindings in bindings/) and the few helpers Go code needs to
// talk to them: the bridge's argument types, the encoding of watcher signatures, the normalisation
// of the signer's P-256 signature, and a deployment helper for tests and the devnet.
//
// Run generate.sh after changing src/; check-generated.sh fails when the committed output is stale.
package contracts

//go:generate bash generate.sh
