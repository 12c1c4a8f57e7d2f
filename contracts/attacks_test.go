package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tokendroplet/droplet/contracts"
	"github.com/tokendroplet/droplet/contracts/bindings"
)

// TestHookTokenDeposit: a sender-hook token that sends more to the bridge inside the hook of a
// deposit would be credited for both; the bridge refuses the deposit.
func TestHookTokenDeposit(t *testing.T) {
	e := newEnv(t, 3, 2)
	hookABI, attackerABI := bindings.NewHookToken(), bindings.NewHookDepositor()
	hook := e.deploy(bindings.HookTokenMetaData.Bin, nil)
	e.setRoute("hook", hook, contracts.ModeLock, bigCap, true)
	attacker := e.deploy(bindings.HookDepositorMetaData.Bin, attackerABI.PackConstructor(hook, e.bridge))
	e.send(e.user, hook, hookABI.PackMint(attacker, big.NewInt(10_000)))
	e.expectRevert(e.user, attacker, attackerABI.PackAttack(big.NewInt(1_000), big.NewInt(500), "alice"), "ReceivedMoreThanSent")
	if got := e.balance(hook, e.bridge); got.Sign() != 0 {
		t.Fatalf("bridge holds %s after the refused attack", got)
	}
	e.send(e.user, attacker, attackerABI.PackAttack(big.NewInt(1_000), big.NewInt(0), "alice")) // no extra: a plain deposit
}

// TestReentrantPayout: a token that re-enters release or mint with a second valid payout while
// the first one moves tokens is refused by the reentrancy guard.
func TestReentrantPayout(t *testing.T) {
	for _, mint := range []bool{false, true} {
		e := newEnv(t, 3, 2)
		rABI := bindings.NewReentrantToken()
		tok := e.deploy(bindings.ReentrantTokenMetaData.Bin, nil)
		mode := contracts.ModeLock
		if mint {
			mode = contracts.ModeMint
		}
		e.setRoute("reenter", tok, mode, bigCap, true)
		e.send(e.user, tok, rABI.PackMint(e.bridge, big.NewInt(1_000_000)))
		first := e.newPayout("reenter", tok, common.HexToAddress("0xa1"), 100, 2)
		second := e.newPayout("reenter", tok, common.HexToAddress("0xa2"), 100, 2)
		e.sign(first)
		e.sign(second)
		e.send(e.user, tok, rABI.PackArm(e.bridge, e.packPayout(second, mint)))
		e.expectRevert(e.relayer, e.bridge, e.packPayout(first, mint), "ReentrancyGuardReentrantCall")
	}
}

// TestCancelledAndEarlyProposals: a proposal executed before its delay reverts; one a pauser
// cancelled never executes; a pauser pauses at once but cannot unpause.
func TestCancelledAndEarlyProposals(t *testing.T) {
	e := newEnv(t, 3, 2)
	p := e.proposal(contracts.Call{Target: e.bridge, Data: bridgeABI.PackSetRoutesHash([32]byte{9})})
	e.schedule(p)
	e.expectRevert(e.outsider, e.timelock, e.executeData(p), "TimelockUnexpectedOperationState")
	cancel, err := p.CancelData()
	if err != nil {
		t.Fatal(err)
	}
	e.expectRevert(e.outsider, e.timelock, cancel, "AccessControlUnauthorizedAccount")
	e.send(e.pauser, e.timelock, cancel)
	e.wait(governanceDelay)
	e.expectRevert(e.outsider, e.timelock, e.executeData(p), "TimelockUnexpectedOperationState")
	if h, _ := bridgeABI.UnpackRoutesHash(e.call(e.bridge, bridgeABI.PackRoutesHash())); h != e.routes {
		t.Fatalf("routes hash %x changed by a cancelled proposal", h)
	}
	e.send(e.pauser, e.bridge, bridgeABI.PackPause())
	e.expectRevert(e.pauser, e.bridge, bridgeABI.PackUnpause(), "AccessControlUnauthorizedAccount")
}
