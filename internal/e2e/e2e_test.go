package e2e

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/tokendroplet/droplet/internal/transfer"
	signerv1 "github.com/tokendroplet/droplet/proto/droplet/signer/v1"
)

// TestBridgeEndToEnd runs the whole bridge as real processes (PostgreSQL, a Vault dev server
// holding the signer's keys, anvil, the Metaverse devnet node, the signer, watchers a, b and c of
// which two make a quorum, the relayer, the reporter) and moves tokens both ways:
//  1. all three watchers: deposits both ways are paid, and every watcher attested them;
//  2. watcher-c stopped (its process ended): new deposits both ways are still paid, attested by
//     a and b only;
//  3. watcher-b stopped too: new deposits become final and watcher-a attests them, but the
//     signer holds one attestation of two and the relayer never hears of them while the chains
//     move well past their finality; watcher-b started again resumes from its checkpoint, and
//     they are paid.
//
// Each phase checks the payout on the destination chain (alice's ERC20 on anvil, carol's MST on
// the Metaverse node, by exactly what the route pays) and in the relayer's state.
func TestBridgeEndToEnd(t *testing.T) {
	needs(t)
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	up, upCancel := context.WithTimeout(ctx, 5*time.Minute)
	b, err := startBridge(up, t.TempDir())
	upCancel()
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := b.stop(); err != nil {
			t.Errorf("devnet stop: %v\n%s", err, b.out)
		}
	}()
	fail := func(err error) {
		t.Helper()
		t.Fatalf("%v\n(logs in %s)", err, b.l.Path("logs"))
	}

	// Phase 1. Carol has no MST yet: the Ethereum deposits pay her first, then she sends back.
	phase1, err := b.roundTrip(ctx, 2)
	if err != nil {
		fail(fmt.Errorf("phase 1, all watchers: %w", err))
	}
	for _, s := range phase1 {
		if err := b.attestedBy(ctx, s, "watcher-a", "watcher-b", "watcher-c"); err != nil {
			fail(fmt.Errorf("phase 1: %w", err))
		}
	}

	// Phase 2: one watcher of three gone, two still make the quorum.
	if err := b.ctl.Stop("watcher-c", 20*time.Second); err != nil {
		fail(err)
	}
	phase2, err := b.roundTrip(ctx, 1)
	if err != nil {
		fail(fmt.Errorf("phase 2, watcher-c stopped: %w", err))
	}
	for _, s := range phase2 {
		if err := b.attestedBy(ctx, s, "watcher-a", "watcher-b"); err != nil {
			fail(fmt.Errorf("phase 2: %w", err))
		}
	}

	// Phase 3: one watcher of three left: no quorum, nothing paid, until a second returns.
	if err := b.ctl.Stop("watcher-b", 20*time.Second); err != nil {
		fail(err)
	}
	ethBefore, mvsBefore, err := b.balances(ctx)
	if err != nil {
		fail(err)
	}
	phase3 := []*sent{}
	for range 2 {
		s, err := b.depositEth(ctx, usdt(3))
		if err != nil {
			fail(err)
		}
		phase3 = append(phase3, s)
	}
	s, err := b.depositMvs(ctx, 2_000_000)
	if err != nil {
		fail(err)
	}
	phase3 = append(phase3, s)
	for _, s := range phase3 {
		if err := b.settle(ctx, s); err != nil {
			fail(err)
		}
		// watcher-a sees each deposit final and attests it: the signer knows of it, below quorum.
		if err := b.attestedBy(ctx, s, "watcher-a"); err != nil {
			fail(fmt.Errorf("phase 3: %w", err))
		}
	}
	// Observe while both chains grow another 5 blocks past that point (about 5 s of 1 s blocks,
	// several times the watchers' 1 s poll and the relayer's 200 ms poll of the signer): the
	// signer must still hold one attestation, the relayer nothing, the balances unchanged.
	if err := b.withoutQuorum(ctx, phase3, 5); err != nil {
		fail(fmt.Errorf("phase 3, watcher-b and watcher-c stopped: %w", err))
	}
	ethNow, mvsNow, err := b.balances(ctx)
	if err != nil {
		fail(err)
	}
	// Only the deposits themselves left alice's and carol's balances.
	ethOut, mvsOut := new(big.Int), new(big.Int)
	for _, s := range phase3 {
		if s.dir == transfer.EthToMvs {
			ethOut.Add(ethOut, s.amount)
		} else {
			mvsOut.Add(mvsOut, s.amount)
		}
	}
	if new(big.Int).Sub(ethBefore, ethNow).Cmp(ethOut) != 0 || new(big.Int).Sub(mvsBefore, mvsNow).Cmp(mvsOut) != 0 {
		fail(fmt.Errorf("phase 3: paid without a quorum: alice %s -> %s after depositing %s, carol %s -> %s after depositing %s",
			ethBefore, ethNow, ethOut, mvsBefore, mvsNow, mvsOut))
	}
	if err := b.ctl.Start(ctx, "watcher-b"); err != nil {
		fail(err)
	}
	if err := b.checkPaid(ctx, phase3, ethBefore, mvsBefore); err != nil {
		fail(fmt.Errorf("phase 3, watcher-b back: %w", err))
	}
	for _, s := range phase3 {
		if err := b.attestedBy(ctx, s, "watcher-a", "watcher-b"); err != nil {
			fail(fmt.Errorf("phase 3: %w", err))
		}
	}
	// watcher-c comes back too and catches up; the devnet then stops cleanly with all parts.
	if err := b.ctl.Start(ctx, "watcher-c"); err != nil {
		fail(err)
	}
	if err := b.attestedBy(ctx, phase3[0], "watcher-a", "watcher-b", "watcher-c"); err != nil {
		fail(fmt.Errorf("watcher-c after its restart: %w", err))
	}
}

// roundTrip makes n deposits each way (Ethereum first, whose payouts fund carol's Metaverse
// deposits) and checks each leg paid on its destination chain.
func (b *bridge) roundTrip(ctx context.Context, n int) ([]*sent, error) {
	ethBefore, mvsBefore, err := b.balances(ctx)
	if err != nil {
		return nil, err
	}
	var leg1 []*sent
	for i := range n {
		s, err := b.depositEth(ctx, usdt(int64(10+i)))
		if err != nil {
			return nil, err
		}
		leg1 = append(leg1, s)
	}
	for _, s := range leg1 {
		if err := b.settle(ctx, s); err != nil {
			return nil, err
		}
	}
	if err := b.checkPaid(ctx, leg1, ethBefore, mvsBefore); err != nil {
		return nil, fmt.Errorf("ethereum to metaverse: %w", err)
	}
	ethBefore, mvsBefore, err = b.balances(ctx)
	if err != nil {
		return nil, err
	}
	var leg2 []*sent
	for i := range n {
		s, err := b.depositMvs(ctx, uint64(4+i)*1_000_000)
		if err != nil {
			return nil, err
		}
		leg2 = append(leg2, s)
	}
	if err := b.checkPaid(ctx, leg2, ethBefore, mvsBefore); err != nil {
		return nil, fmt.Errorf("metaverse to ethereum: %w", err)
	}
	return append(leg1, leg2...), nil
}

// checkPaid waits for the relayer to confirm every deposit, then checks that the relayer paid
// what the route quotes and that the destination balances grew by exactly that (the source
// balances shrink by the deposits made after the caller's "before").
func (b *bridge) checkPaid(ctx context.Context, ss []*sent, ethBefore, mvsBefore *big.Int) error {
	wctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	ts, err := b.paid(wctx, ss)
	if err != nil {
		return err
	}
	for i, t := range ts {
		q := b.route.Quote(ss[i].dir, ss[i].amount)
		if t.GetAmount() != q.Amount.String() {
			return fmt.Errorf("%s: the relayer paid %s, the route quotes %s", ss[i].sourceTx, t.GetAmount(), q.Amount)
		}
	}
	ethNow, mvsNow, err := b.balances(ctx)
	if err != nil {
		return err
	}
	// The deposits made after "before" left the senders' balances: alice's ERC20, carol's MST.
	ethOut, mvsOut := new(big.Int), new(big.Int)
	for _, s := range ss {
		if s.dir == transfer.MvsToEth {
			mvsOut.Add(mvsOut, s.amount)
		} else {
			ethOut.Add(ethOut, s.amount)
		}
	}
	if got, want := new(big.Int).Sub(ethNow, ethBefore), new(big.Int).Sub(b.want(ss, transfer.MvsToEth), ethOut); got.Cmp(want) != 0 {
		return fmt.Errorf("alice's ERC20 on Ethereum grew by %s, want %s", got, want)
	}
	if got, want := new(big.Int).Sub(mvsNow, mvsBefore), new(big.Int).Sub(b.want(ss, transfer.EthToMvs), mvsOut); got.Cmp(want) != 0 {
		return fmt.Errorf("carol's MST on Metaverse changed by %s, want %s", got, want)
	}
	return nil
}

// attestedBy waits until the signer holds attestations of the deposit from exactly the given
// watchers.
func (b *bridge) attestedBy(ctx context.Context, s *sent, watchers ...string) error {
	wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	var last []string
	err := b.poll(wctx, 200*time.Millisecond, fmt.Sprintf("attestations of %s", s.sourceTx), func() (bool, error) {
		q, err := b.signerState(wctx, s)
		if err != nil || q == nil {
			return false, err
		}
		last = slices.Sorted(slices.Values(q.GetAttestedBy()))
		if len(last) > len(watchers) {
			return false, fmt.Errorf("attested by %q, want %q", last, watchers)
		}
		return slices.Equal(last, watchers), nil
	})
	if err != nil {
		return fmt.Errorf("%w (attested by %q, want %q)", err, last, watchers)
	}
	return nil
}

// withoutQuorum watches the deposits while both chains grow by blocks more blocks: the signer
// must keep them attested, below its threshold, and the relayer must not know them.
func (b *bridge) withoutQuorum(ctx context.Context, ss []*sent, blocks uint64) error {
	ethStart, err := b.eth.BlockNumber(ctx)
	if err != nil {
		return err
	}
	mvsStart, err := b.mvs.Height(ctx)
	if err != nil {
		return err
	}
	wctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	return b.poll(wctx, 250*time.Millisecond, "observing deposits without a quorum", func() (bool, error) {
		for _, s := range ss {
			q, err := b.signerState(wctx, s)
			if err != nil {
				return false, err
			}
			if q == nil || q.GetAttestations() != 1 || q.GetThreshold() != 2 || q.GetState() != signerv1.State_STATE_ATTESTED {
				return false, fmt.Errorf("%s: the signer reports %v, want attested once of a threshold of 2", s.sourceTx, q)
			}
			h, err := b.relayerTransfer(wctx, s)
			if err != nil {
				return false, err
			}
			if h != nil {
				return false, fmt.Errorf("%s: the relayer has it without a quorum, in state %s", s.sourceTx, h.GetTransfer().GetState())
			}
		}
		eh, err := b.eth.BlockNumber(wctx)
		if err != nil {
			return false, err
		}
		mh, err := b.mvs.Height(wctx)
		if err != nil {
			return false, err
		}
		return eh >= ethStart+blocks && mh >= mvsStart+blocks, nil
	})
}
