package pipeline_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/testenv"
	"github.com/tokendroplet/droplet/relayer/internal/store"
)

// killPoint is where in a transfer's life a relayer process is killed.
type killPoint struct {
	name string
	// from is the stored state when the replica is killed ("": the transfer is not recorded yet).
	from string
	// gated: the replica is killed after it did the step's work (the signer's answer, the
	// broadcast, the confirmation check) and before it committed the step; otherwise it is
	// killed at rest, while the transfer waits in from.
	gated bool
	// big: a transfer above the route's big-transfer threshold, which the signer holds.
	big bool
}

var killPoints = []killPoint{
	{name: "discovery", from: "", gated: true},
	{name: "quorum_to_signed", from: store.StateQuorum, gated: true},
	{name: "held_waiting", from: store.StateHeld, big: true},
	{name: "held_to_signed", from: store.StateHeld, gated: true, big: true},
	{name: "signed_to_submitted", from: store.StateSigned, gated: true},
	{name: "submitted_unconfirmed", from: store.StateSubmitted},
	{name: "submitted_to_confirmed", from: store.StateSubmitted, gated: true},
}

// holdDelay is the signer's delay for big transfers in these tests: long enough that a replica
// is surely killed while the transfer is held, short enough for a test.
const holdDelay = "6s"

// TestRelayerKilledAtEachStep kills the droplet-relayer process (SIGKILL) at each step of the
// state machine, Ethereum -> Metaverse: after the step's work and before its state is stored,
// or while the transfer waits. A new process on the same database finishes the transfer: the
// user is paid exactly once on chain, the bridge's float drops by exactly that amount, and the
// store records one payout transaction.
func TestRelayerKilledAtEachStep(t *testing.T) {
	env := newMvsEnv(t, holdDelay, 1)
	bin := relayerBinary(t)
	db := testenv.Postgres(t)
	st := must[*store.Store](t)(store.Open(context.Background(), db))
	t.Cleanup(func() { st.Close() })
	for _, kp := range killPoints {
		t.Run(kp.name, func(t *testing.T) { runKillPoint(t, env, bin, st, db, kp, 1) })
	}
}

// TestTwoReplicas runs two droplet-relayer processes on one database. The replica working on the
// transfer is killed mid-step; the other one finishes it, exactly once.
func TestTwoReplicas(t *testing.T) {
	env := newMvsEnv(t, "", 1)
	bin := relayerBinary(t)
	db := testenv.Postgres(t)
	st := must[*store.Store](t)(store.Open(context.Background(), db))
	t.Cleanup(func() { st.Close() })
	for _, kp := range killPoints {
		if !kp.gated || kp.big {
			continue
		}
		t.Run(kp.name, func(t *testing.T) {
			survivor := runKillPoint(t, env, bin, st, db, kp, 2)
			checkMetrics(t, scrape(t, survivor.metrics))
		})
	}
}

// checkMetrics: a replica's /metrics has the queue, the chain's head and float, and the latencies.
func checkMetrics(t *testing.T, body string) {
	t.Helper()
	for _, name := range []string{"droplet_relayer_queue_transfers{state=\"confirmed\"} ", "droplet_relayer_queue_transfers{state=\"signed\"} 0",
		"droplet_relayer_oldest_pending_age_seconds 0", "droplet_relayer_chain_up{chain=", "droplet_relayer_chain_head{chain=",
		"droplet_relayer_float{chain=", "symbol=\"ERC20.USDT\"", "droplet_relayer_transitions_total{from=\"submitted\",to=\"confirmed\"}",
		"droplet_relayer_quorum_to_broadcast_seconds_bucket", "droplet_relayer_finality_to_confirmation_seconds_count",
		"droplet_relayer_discovered_total"} {
		if !strings.Contains(body, name) {
			t.Errorf("/metrics lacks %s", name)
		}
	}
}

// scrape reads a process's /metrics.
func scrape(t testing.TB, addr string) string {
	t.Helper()
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("/metrics: %s %v", resp.Status, err)
	}
	return string(b)
}

// runKillPoint pays one deposit with replicas processes, kills the one stopped at kp, and lets
// the work finish (by the other replica, or a new process); it returns the process that
// finished.
func runKillPoint(t *testing.T, env *mvsEnv, bin string, st *store.Store, db string, kp killPoint, replicas int) *relayerProc {
	usdt := int64(25)
	if kp.big {
		usdt = 60_000
	}
	floatBefore := env.usdt(t, env.bridge)
	tr, user := env.deposit(t, t.Name(), usdt)
	id := tr.ID()

	var g *gate
	if kp.gated {
		g = newGate(t, db)
	}
	procs := map[string]*relayerProc{}
	for i := range replicas {
		name := fmt.Sprintf("relayer-%s-%c", kp.name, 'a'+i)
		procs[name] = env.startRelayer(t, bin, name, db)
	}
	failIfDead := func() {
		for _, p := range procs {
			select {
			case <-p.done:
				t.Fatalf("%s exited:\n%s", p.name, p.logs())
			default:
			}
		}
	}

	// Stop a replica at the kill point.
	var victim *relayerProc
	if kp.gated {
		for victim == nil {
			var w string
			waitFor(t, "a replica to wait at the gate", func() bool {
				failIfDead()
				w = g.waiter(t)
				if w == "" && stateOf(t, st, id[:]) == store.StateSubmitted {
					env.mine(t)
				}
				return w != ""
			})
			if from := stateOf(t, st, id[:]); from == kp.from {
				victim = procs[w]
				if victim == nil {
					t.Fatalf("unknown replica %q waits at the gate", w)
				}
			} else {
				g.advance(t)
			}
		}
	} else {
		waitFor(t, "the transfer to reach "+kp.from, func() bool { failIfDead(); return stateOf(t, st, id[:]) == kp.from })
		for _, p := range procs {
			victim = p
		}
	}
	victim.kill(t)
	delete(procs, victim.name)
	if kp.from == store.StateSigned && kp.gated {
		// The victim had broadcast the payout: the node holds it, the store does not know.
		signed := must[*store.Transfer](t)(st.Get(context.Background(), id[:]))
		if _, err := env.rpc.Tx(context.Background(), must[*mvs.Tx](t)(mvs.Decode(signed.MvsRaw)).Hash()); err != nil {
			t.Fatalf("the killed replica had not broadcast the payout: %v", err)
		}
	}
	if g != nil {
		g.open()
	}
	// The killed replica's uncommitted step is rolled back when PostgreSQL sees it gone.
	waitFor(t, "the killed replica's connections to close", func() bool { return backends(t, st, victim.name) == 0 })
	if replicas == 1 {
		if got := stateOf(t, st, id[:]); got != kp.from {
			t.Fatalf("after the kill the transfer is %q, want %q (the step was stored before the kill point)%s", got, kp.from, history(st, id[:]))
		}
		name := "relayer-" + kp.name + "-restarted"
		procs[name] = env.startRelayer(t, bin, name, db)
	}

	// The remaining replica pays, once.
	waitFor(t, "the transfer to be confirmed", func() bool {
		failIfDead()
		switch stateOf(t, st, id[:]) {
		case store.StateSubmitted:
			env.mine(t)
		case store.StateConfirmed:
			return true
		case store.StateFailed:
			t.Fatalf("transfer failed:%s", history(st, id[:]))
		}
		return false
	})
	got := must[*store.Transfer](t)(st.Get(context.Background(), id[:]))
	if n := env.usdt(t, user); n != tr.Amount.Uint64() {
		t.Errorf("the user holds %d ERC20.USDT units, want exactly %s", n, tr.Amount)
	}
	if after := env.usdt(t, env.bridge); floatBefore-after != tr.Amount.Uint64() {
		t.Errorf("the bridge's float dropped by %d, want %s", floatBefore-after, tr.Amount)
	}
	subs := submissions(t, st, id[:])
	if len(subs) != 1 || !bytes.Equal(subs[0], got.DestTx) {
		t.Errorf("store records submissions %x, want the one payout %x%s", subs, got.DestTx, history(st, id[:]))
	}
	var survivor *relayerProc
	for _, p := range procs {
		survivor = p
	}
	t.Logf("%s: killed %s; paid by %s in %x after %d failed attempts", kp.name, victim.name, survivor.name, got.DestTx, got.Attempts)
	return survivor
}
