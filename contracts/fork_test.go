package contracts_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestForks runs a release, a mint and a forged signer signature on each fork: with the P-256
// precompile (osaka), without it (prague: OpenZeppelin's Solidity verifier), and on the simulated
// backend's own newest rules.
func TestForks(t *testing.T) {
	for _, f := range []fork{osaka, prague, devnet} {
		t.Run(f.String(), func(t *testing.T) {
			e := newEnvOn(t, f, 5, 3)
			recipient := common.HexToAddress("0xabcd")
			rel := e.newPayout(routeUSDT, e.usdt, recipient, 1_000, 3)
			e.sign(rel)
			e.send(e.relayer, e.bridge, e.packPayout(rel, false))
			mint := e.newPayout(routeETP, e.etp, recipient, 2_000, 3)
			e.sign(mint)
			e.send(e.relayer, e.bridge, e.packPayout(mint, true))
			if e.balance(e.usdt, recipient).Int64() != 1_000 || e.balance(e.etp, recipient).Int64() != 2_000 {
				t.Fatal("payouts did not arrive")
			}
			forged := e.newPayout(routeUSDT, e.usdt, recipient, 1_000, 3)
			e.sign(forged)
			forged.sig.S[31] ^= 1
			e.expectRevert(e.relayer, e.bridge, e.packPayout(forged, false), "BadSignerSignature")
		})
	}
}
