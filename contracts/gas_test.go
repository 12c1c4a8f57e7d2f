package contracts_test

import (
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// releaseGasGoal is the design goal for a 3-of-5 release on today's mainnet rules.
const releaseGasGoal = 150_000

// TestGas measures the gas a relayer pays for release and mint, with 3-of-5 and 13-of-19 watchers.
// docs/benchmarks.md records its output; run it with
//
//	go test ./contracts -run Gas -v
//
// The figures that count are osaka's (mainnet rules, P-256 by the 0x100 precompile); prague shows
// the cost of OpenZeppelin's Solidity fallback on a chain without the precompile, devnet the
// simulated backend's default rules (Amsterdam-era state gas, not live anywhere yet).
//
// "new holder" pays to an address that held none of the token (a zero-to-nonzero balance write);
// "holder" to one that did. Each route has paid out once before, so its daily-cap slot exists.
// The figures move by a few dozen gas between runs: P-256 signatures are randomised and a zero
// byte of calldata costs less than another.
func TestGas(t *testing.T) {
	type size struct {
		n         int
		threshold uint8
	}
	for _, f := range []fork{osaka, prague, devnet} {
		for _, q := range []size{{5, 3}, {19, 13}} {
			e := newEnvOn(t, f, q.n, q.threshold)
			holder := common.HexToAddress("0x00000000000000000000000000000000000a11ce")
			for _, warm := range []bool{false, true} { // the first round only warms up route slots and the holder
				for _, mint := range []bool{false, true} {
					route, token, fn := routeUSDT, e.usdt, "release"
					if mint {
						route, token, fn = routeETP, e.etp, "mint"
					}
					fresh := crypto.PubkeyToAddress(key(t, fmt.Sprintf("fresh %s %d %t %t", f, q.n, warm, mint)).PublicKey)
					for _, c := range []struct {
						what string
						to   common.Address
					}{{"holder", holder}, {"new holder", fresh}} {
						p := e.newPayout(route, token, c.to, 1_000_000, int(q.threshold))
						e.sign(p)
						data := e.packPayout(p, mint)
						rcpt := e.send(e.relayer, e.bridge, data)
						if !warm {
							continue
						}
						t.Logf("gas: %-6s %-7s %2d-of-%-2d %-10s %7d (calldata %d bytes)",
							f, fn, q.threshold, q.n, c.what, rcpt.GasUsed, len(data))
						if f == osaka && q.n == 5 && rcpt.GasUsed >= releaseGasGoal {
							t.Errorf("osaka 3-of-5 %s to a %s used %d gas, goal < %d", fn, c.what, rcpt.GasUsed, releaseGasGoal)
						}
					}
				}
			}
		}
	}
}
