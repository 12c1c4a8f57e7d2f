package pipeline_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/tokendroplet/droplet/relayer/internal/store"
)

// TestPayoutsWaitForChange: the bridge holds one USDT output and one ETP output, and two
// transfers come at once. The first payout spends both; the second waits for its change (busy:
// no attempt counted, no backoff) and is paid once the first confirms. Neither is ever failed.
func TestPayoutsWaitForChange(t *testing.T) {
	env := newMvsEnv(t, "", 1)
	ctx := context.Background()
	st, p := benchRelayer(t, env, 1)
	tr1, user1 := env.deposit(t, "busy 1", 10)
	tr2, user2 := env.deposit(t, "busy 2", 20)
	if err := p.DiscoverOnce(ctx); err != nil {
		t.Fatal(err)
	}
	id1, id2 := tr1.ID(), tr2.ID()
	sawBusy := false
	for i := 0; i < 400; i++ {
		if _, err := p.StepOnce(ctx); err != nil {
			t.Fatal(err)
		}
		a := must[*store.Transfer](t)(st.Get(ctx, id1[:]))
		b := must[*store.Transfer](t)(st.Get(ctx, id2[:]))
		for _, x := range []*store.Transfer{a, b} {
			if x.State == store.StateFailed || x.Attempts > 0 {
				t.Fatalf("transfer %x is %s after %d attempts: %s\n%s", x.ID, x.State, x.Attempts, x.Reason, history(st, x.ID))
			}
			if strings.Contains(x.Reason, "busy") {
				sawBusy = true
			}
		}
		if a.State == store.StateConfirmed && b.State == store.StateConfirmed {
			break
		}
		if a.State == store.StateSubmitted || b.State == store.StateSubmitted {
			env.mine(t)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if !sawBusy {
		t.Fatal("the second payout never waited for the first one's change: the test did not test that")
	}
	if got := env.usdt(t, user1); got != tr1.Amount.Uint64() {
		t.Fatalf("user 1 holds %d, want %s", got, tr1.Amount)
	}
	if got := env.usdt(t, user2); got != tr2.Amount.Uint64() {
		t.Fatalf("user 2 holds %d, want %s", got, tr2.Amount)
	}
}
