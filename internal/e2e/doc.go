// Package e2e holds the bridge's end-to-end test and benchmark: the whole devnet (PostgreSQL, a
// Vault dev server holding the signer's keys, anvil, the Metaverse devnet node, the signer, three
// watchers of which two make a quorum, the relayer and the reporter), each a real process started
// by internal/devnet/stack, with tokens moved both ways through it. It has no code of its own
// outside its tests.
package e2e
