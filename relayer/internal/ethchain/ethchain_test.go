package ethchain

import (
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/tokendroplet/droplet/contracts"
	"github.com/tokendroplet/droplet/relayer/internal/pipeline"
	"github.com/tokendroplet/droplet/relayer/internal/store"
)

// TestConfirmations: a payout is Confirmed once it has n confirmations, not a block earlier, and
// a duplicate Submit of the paid transfer sends nothing and names the payment.
func TestConfirmations(t *testing.T) {
	e := newEnv(t)
	for _, n := range []uint64{1, 2, 4} {
		c := e.chain(func(c *Config) { c.Confirmations = n })
		tr := e.transfer()
		h := e.submit(c, tr)
		if f, err := e.follow(c, tr); f != pipeline.Pending || err != nil {
			t.Fatalf("n=%d: unmined payout: %v, %v", n, f, err)
		}
		var blocks uint64
		for {
			e.mine()
			blocks++
			f, err := e.follow(c, tr)
			if err != nil {
				t.Fatalf("n=%d: follow: %v", n, err)
			}
			if f == pipeline.Confirmed {
				break
			}
			if f != pipeline.Pending || blocks > n {
				t.Fatalf("n=%d: after %d blocks: %v", n, blocks, f)
			}
		}
		if blocks != n {
			t.Fatalf("confirmed after %d blocks, want %d", blocks, n)
		}
		if !e.paid(tr) {
			t.Fatalf("n=%d: recipient not paid", n)
		}
		_, before := e.nonces()
		if again := e.submit(c, tr); again != h {
			t.Fatalf("duplicate submit gave %s, the payout was %s", again, h)
		}
		if _, after := e.nonces(); after != before {
			t.Fatal("a duplicate submit sent a transaction")
		}
		if s := e.slotOf(c, h); s.State != slotMined {
			t.Fatalf("nonce %d is %s", s.Nonce, s.State)
		}
	}
}

// TestRestartKeepsNonces: a new Chain on the same database (a restarted relayer) continues the
// nonces even when the node forgot the pending ones, and a payout recorded but never broadcast
// (a crash in between) is sent with its recorded nonce: no reuse, no gap.
func TestRestartKeepsNonces(t *testing.T) {
	e := newEnv(t)
	a := e.chain(nil)
	t1, t2 := e.transfer(), e.transfer()
	h1, h2 := e.submit(a, t1), e.submit(a, t2)
	if err := e.rpc.CallContext(e.ctx, nil, "anvil_dropAllTransactions"); err != nil {
		t.Fatal(err)
	}
	if _, p := e.nonces(); p != 0 {
		t.Fatalf("the node still counts %d pending", p)
	}

	b := e.chain(nil) // restarted
	t3 := e.transfer()
	h3 := e.submit(b, t3)
	if n := e.tx(h3).Nonce(); n != 2 {
		t.Fatalf("after a restart the next payout took nonce %d, want 2", n)
	}
	// Resubmitted (the pipeline after Follow found them gone): the recorded transactions again.
	if again := e.submit(b, t1); again != h1 {
		t.Fatalf("resubmission of nonce 0 sent %s, recorded %s", again, h1)
	}
	if again := e.submit(b, t2); again != h2 {
		t.Fatalf("resubmission of nonce 1 sent %s, recorded %s", again, h2)
	}

	// A crash between recording and broadcasting.
	crashed := e.chain(nil)
	crashed.beforeSend = func(*types.Transaction) error { return errors.New("crash") }
	t4 := e.transfer()
	if _, err := crashed.Submit(e.ctx, t4); err == nil {
		t.Fatal("the crash hook did not stop the submission")
	}
	c := e.chain(nil)
	h4 := e.submit(c, t4)
	if n := e.tx(h4).Nonce(); n != 3 {
		t.Fatalf("the recorded payout was sent with nonce %d, want 3", n)
	}
	e.mine()
	for _, tr := range []*store.Transfer{t1, t2, t3, t4} {
		if f, err := e.follow(c, tr); f != pipeline.Confirmed || err != nil {
			t.Fatalf("transfer %x: %v, %v", tr.ID[:4], f, err)
		}
		if !e.paid(tr) {
			t.Fatalf("transfer %x not paid", tr.ID[:4])
		}
	}
	if l, p := e.nonces(); l != 4 || p != 4 {
		t.Fatalf("gas key nonces %d/%d, want 4", l, p)
	}
}

// TestOutsideUseOfKey: the gas key used by someone else, mined or pending, between payouts and
// even on a nonce the relayer had recorded: the relayer resyncs and never reuses a nonce.
func TestOutsideUseOfKey(t *testing.T) {
	e := newEnv(t)
	c := e.chain(nil)
	t1 := e.transfer()
	e.submit(c, t1)
	e.mine()

	e.outside(1) // mined
	e.mine()
	t2 := e.transfer()
	if n := e.tx(e.submit(c, t2)).Nonce(); n != 2 {
		t.Fatalf("after outside use of nonce 1 the payout took %d", n)
	}
	e.mine()

	e.outside(3) // pending in the pool
	t3 := e.transfer()
	if n := e.tx(e.submit(c, t3)).Nonce(); n != 4 {
		t.Fatalf("with nonce 3 pending outside the payout took %d", n)
	}
	e.mine()

	// Outside use of a nonce the relayer recorded but had not broadcast yet.
	crashed := e.chain(nil)
	crashed.beforeSend = func(*types.Transaction) error { return errors.New("crash") }
	t4 := e.transfer()
	if _, err := crashed.Submit(e.ctx, t4); err == nil {
		t.Fatal("the crash hook did not stop the submission")
	}
	recorded, err := c.l.pending(e.ctx, t4.ID)
	if err != nil || recorded == nil || recorded.Nonce != 5 {
		t.Fatalf("recorded %+v, %v; want nonce 5", recorded, err)
	}
	e.outside(5)
	e.mine()
	h4 := e.submit(c, t4)
	if n := e.tx(h4).Nonce(); n != 6 {
		t.Fatalf("after outside use of its recorded nonce the payout took %d, want 6", n)
	}
	old := e.slotOf(c, recorded.last().Hash())
	if old.State != slotSuperseded {
		t.Fatalf("nonce 5 is %s, want superseded", old.State)
	}
	e.mine()

	// Outside use of the nonce between the relayer's resync and its broadcast: the node refuses
	// it as too low, and the relayer takes the next one.
	raced := e.chain(nil)
	raced.beforeSend = func(tx *types.Transaction) error {
		if tx.Nonce() == 7 {
			e.outside(7)
			e.mine()
		}
		return nil
	}
	t5 := e.transfer()
	h5 := e.submit(raced, t5)
	if n := e.tx(h5).Nonce(); n != 8 {
		t.Fatalf("after its nonce was taken at broadcast the payout took %d, want 8", n)
	}
	e.mine()
	for _, tr := range []*store.Transfer{t1, t2, t3, t4, t5} {
		if f, err := e.follow(c, tr); f != pipeline.Confirmed || err != nil || !e.paid(tr) {
			t.Fatalf("transfer %x: %v, %v", tr.ID[:4], f, err)
		}
	}
	if l, p := e.nonces(); l != 9 || p != 9 {
		t.Fatalf("gas key nonces %d/%d, want 9", l, p)
	}
}

// TestStuckReplaced: a payout left unmined, in the pool or evicted because the base fee rose
// above its cap, is replaced with the same nonce and both fees raised by at least the bump; it
// is mined once.
func TestStuckReplaced(t *testing.T) {
	for _, tc := range []struct {
		name    string
		evicted bool // the base fee rises above the first transaction's cap before a block
		memory  bool // no database: the in-memory ledger
	}{
		{"unmined in the pool", false, false},
		{"base fee above its cap", true, false},
		{"base fee above its cap, no database", true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			c := e.chain(func(c *Config) {
				c.ReplaceAfter = time.Nanosecond
				if tc.memory {
					c.DB = nil
				}
			})
			tr := e.transfer()
			h1 := e.submit(c, tr)
			first := e.tx(h1)
			if tc.evicted {
				e.setBaseFee(new(big.Int).Mul(first.GasFeeCap(), big.NewInt(3)))
				e.mine()
				if e.receipt(h1) != nil {
					t.Fatal("mined below its fee cap")
				}
			}
			if f, err := e.follow(c, tr); f != pipeline.Dropped || err != nil {
				t.Fatalf("stuck payout: %v, %v; want Dropped for replacement", f, err)
			}
			h2 := e.submit(c, tr)
			if h2 == h1 {
				t.Fatal("no replacement sent")
			}
			second := e.tx(h2)
			if second.Nonce() != first.Nonce() {
				t.Fatalf("replacement nonce %d, first %d", second.Nonce(), first.Nonce())
			}
			for _, p := range [][2]*big.Int{{first.GasTipCap(), second.GasTipCap()}, {first.GasFeeCap(), second.GasFeeCap()}} {
				if min := bumped(p[0], DefaultFeeBumpPercent); p[1].Cmp(min) < 0 {
					t.Fatalf("fee raised from %s to %s, less than %d%%", p[0], p[1], DefaultFeeBumpPercent)
				}
			}
			e.mine()
			if e.receipt(h1) != nil || e.receipt(h2) == nil {
				t.Fatal("the replacement was not the one mined")
			}
			if f, err := e.follow(c, tr); f != pipeline.Confirmed || err != nil {
				t.Fatalf("replacement: %v, %v", f, err)
			}
			if !e.paid(tr) {
				t.Fatal("not paid")
			}
			if l, _ := e.nonces(); l != 1 {
				t.Fatalf("gas key nonce %d after one payout", l)
			}
		})
	}
}

// TestEarlierTransactionMined: after a replacement, the first transaction of the nonce is the
// one mined (a node that had not seen the replacement): its receipt counts, and the pipeline is
// handed the transaction that paid.
func TestEarlierTransactionMined(t *testing.T) {
	e := newEnv(t)
	c := e.chain(func(c *Config) { c.ReplaceAfter = time.Nanosecond })
	tr := e.transfer()
	h1 := e.submit(c, tr)
	if f, _ := e.follow(c, tr); f != pipeline.Dropped {
		t.Fatalf("follow: %v", f)
	}
	h2 := e.submit(c, tr)
	e.drop(h2)
	if err := e.client.SendTransaction(e.ctx, e.slotOf(c, h2).Txs[0]); err != nil {
		t.Fatal(err)
	}
	e.mine()
	if f, err := e.follow(c, tr); f != pipeline.Dropped || err != nil {
		t.Fatalf("earlier transaction mined: %v, %v; want Dropped so Submit records it", f, err)
	}
	if got := e.submit(c, tr); got != h1 {
		t.Fatalf("submit after the earlier transaction paid: %s, want %s", got, h1)
	}
	if f, err := e.follow(c, tr); f != pipeline.Confirmed || err != nil {
		t.Fatalf("follow: %v, %v", f, err)
	}
	if s := e.slotOf(c, h1); s.State != slotMined || len(s.Txs) != 2 {
		t.Fatalf("nonce %d is %s with %d transactions", s.Nonce, s.State, len(s.Txs))
	}
}

// TestFeeCapReached: replacements raise the fees up to the configured maximum and no further;
// the stuck payout is reported once and stays, and is mined when the base fee falls.
func TestFeeCapReached(t *testing.T) {
	for _, tc := range []struct {
		name         string
		maxFee       *big.Int
		replacements int
	}{
		{"first transaction at the cap", big.NewInt(3_000_000_000), 0},
		{"one raise fits", big.NewInt(3_400_000_000), 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, "--block-base-fee-per-gas", "1000000000")
			c := e.chain(func(c *Config) { c.ReplaceAfter, c.MaxFee = time.Nanosecond, tc.maxFee })
			e.setBaseFee(big.NewInt(1_000_000_000))
			e.mine()
			tr := e.transfer()
			h := e.submit(c, tr)
			replacements := 0
			var capErr error
			for range 5 {
				f, err := e.follow(c, tr)
				if errors.Is(err, ErrFeeCap) {
					capErr = err
					break
				}
				if err != nil || f != pipeline.Dropped {
					t.Fatalf("follow: %v, %v", f, err)
				}
				if next := e.submit(c, tr); next != h {
					h = next
					replacements++
				}
			}
			if capErr == nil || replacements != tc.replacements {
				t.Fatalf("%d replacements, then %v; want %d and the cap reported", replacements, capErr, tc.replacements)
			}
			if !strings.Contains(capErr.Error(), tc.maxFee.String()) {
				t.Fatalf("the report does not name the cap: %v", capErr)
			}
			if tx := e.tx(h); tx.GasFeeCap().Cmp(tc.maxFee) > 0 {
				t.Fatalf("fee cap %s above the maximum %s", tx.GasFeeCap(), tc.maxFee)
			}
			// Reported once; the payout stays as it is, whatever is asked.
			if f, err := e.follow(c, tr); f != pipeline.Pending || err != nil {
				t.Fatalf("second follow at the cap: %v, %v", f, err)
			}
			if again := e.submit(c, tr); again != h {
				t.Fatalf("a submission at the cap sent %s", again)
			}
			if s := e.slotOf(c, h); len(s.Txs) != tc.replacements+1 {
				t.Fatalf("%d transactions recorded, want %d", len(s.Txs), tc.replacements+1)
			}
			e.mine()
			if f, err := e.follow(c, tr); f != pipeline.Confirmed || err != nil || !e.paid(tr) {
				t.Fatalf("after the base fee fell: %v, %v", f, err)
			}
		})
	}
}

// TestReverted: a payout mined and reverted (the bridge paused in the same block, ahead of it) is
// reported once with the bridge's error, then handed back; Submit asks the bridge again and sends
// a new payout with a new nonce once the bridge accepts it.
func TestReverted(t *testing.T) {
	e := newEnv(t)
	c := e.chain(nil)
	tr := e.transfer()
	h := e.submit(c, tr)
	opts := *e.opts
	opts.GasTipCap = new(big.Int).Mul(gwei, big.NewInt(5)) // mined ahead of the payout
	pause, err := e.toBridge(&opts, bridgeABI.PackPause())
	if err != nil {
		t.Fatal(err)
	}
	e.mine()
	if r := e.receipt(pause.Hash()); r == nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("pause failed")
	}
	if r := e.receipt(h); r == nil || r.Status != types.ReceiptStatusFailed {
		t.Fatal("the payout did not revert")
	}
	f, err := e.follow(c, tr)
	if !errors.Is(err, ErrReverted) || !strings.Contains(err.Error(), "EnforcedPause") || f != pipeline.Pending {
		t.Fatalf("reverted payout: %v, %v; want ErrReverted naming EnforcedPause", f, err)
	}
	if f, err := e.follow(c, tr); f != pipeline.Dropped || err != nil {
		t.Fatalf("reverted payout, second follow: %v, %v", f, err)
	}
	if _, err := c.Submit(e.ctx, tr); err == nil || !strings.Contains(err.Error(), "EnforcedPause") {
		t.Fatalf("submit while paused: %v", err)
	}
	if _, p := e.nonces(); p != 1 {
		t.Fatal("a payout the bridge refuses was sent")
	}
	// Unpausing is a timelocked proposal; this bridge's timelock has no delay.
	unpause := contracts.Proposal{Calls: []contracts.Call{{Target: e.bridge, Data: bridgeABI.PackUnpause()}}}
	for _, data := range []func() ([]byte, error){func() ([]byte, error) { return unpause.ScheduleData(0) }, unpause.ExecuteData} {
		d, err := data()
		if err != nil {
			t.Fatal(err)
		}
		e.setupMined(e.raw(contracts.TimelockAddress(e.bridge), d))
	}
	h2 := e.submit(c, tr)
	if n := e.tx(h2).Nonce(); n != 1 {
		t.Fatalf("new payout nonce %d, want 1", n)
	}
	e.mine()
	if f, err := e.follow(c, tr); f != pipeline.Confirmed || err != nil || !e.paid(tr) {
		t.Fatalf("after unpause: %v, %v", f, err)
	}
	if s := e.slotOf(c, h); s.State != slotReverted || !strings.Contains(s.Reason, "EnforcedPause") {
		t.Fatalf("nonce 0 is %s (%s)", s.State, s.Reason)
	}
}

// TestPaidElsewhere: the transfer is paid by someone else's transaction while the relayer's is
// not in the pool. Submit sends no new payout, names the payment, and the relayer's recorded
// transaction still fills its nonce, so the next payout is not stuck behind a gap.
func TestPaidElsewhere(t *testing.T) {
	e := newEnv(t)
	c := e.chain(nil)
	tr := e.transfer()
	h := e.submit(c, tr)
	ours := e.tx(h)
	e.drop(h)
	other, err := e.toBridge(e.opts, ours.Data())
	if err != nil {
		t.Fatal(err)
	}
	e.mine()
	if got := e.submit(c, tr); got != other.Hash() {
		t.Fatalf("submit of a transfer paid by %s gave %s", other.Hash(), got)
	}
	if s := e.slotOf(c, h); s.State != slotOrphaned {
		t.Fatalf("nonce 0 is %s, want orphaned", s.State)
	}
	if _, p := e.nonces(); p != 1 {
		t.Fatalf("pending nonce %d: the orphaned payout should fill nonce 0 and nothing more", p)
	}
	t2 := e.transfer()
	if n := e.tx(e.submit(c, t2)).Nonce(); n != 1 {
		t.Fatalf("next payout nonce %d", n)
	}
	e.mine()
	if r := e.receipt(h); r == nil || r.Status != types.ReceiptStatusFailed {
		t.Fatal("the orphaned payout did not fill its nonce")
	}
	if f, err := e.follow(c, tr); f != pipeline.Confirmed || err != nil || !e.paid(tr) {
		t.Fatalf("paid elsewhere: %v, %v", f, err)
	}
	if f, err := e.follow(c, t2); f != pipeline.Confirmed || err != nil || !e.paid(t2) {
		t.Fatalf("next payout: %v, %v", f, err)
	}
}

// TestReplicasNeverShareNonce: two relayers on one database submit different transfers at once;
// every payout gets its own nonce, with no gap.
func TestReplicasNeverShareNonce(t *testing.T) {
	e := newEnv(t)
	replicas := []*Chain{e.chain(nil), e.chain(nil)}
	var trs []*store.Transfer
	for range 10 {
		trs = append(trs, e.transfer())
	}
	hashes := make([][]byte, len(trs))
	errs := make([]error, len(trs))
	var wg sync.WaitGroup
	for i, tr := range trs {
		wg.Go(func() { hashes[i], errs[i] = replicas[i%2].Submit(e.ctx, tr) })
	}
	wg.Wait()
	var nonces []uint64
	for i, h := range hashes {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		trs[i].DestTx = h
		nonces = append(nonces, e.tx(common.BytesToHash(h)).Nonce())
	}
	slices.Sort(nonces)
	for i, n := range nonces {
		if n != uint64(i) {
			t.Fatalf("nonces %v: want 0..%d once each", nonces, len(trs)-1)
		}
	}
	e.mine()
	for _, tr := range trs {
		if f, err := replicas[0].Follow(e.ctx, tr); f != pipeline.Confirmed || err != nil || !e.paid(tr) {
			t.Fatalf("transfer %x: %v, %v", tr.ID[:4], f, err)
		}
	}
}

// TestNewRejects: a Chain is not made with a configuration that could misbehave.
func TestNewRejects(t *testing.T) {
	e := newEnv(t)
	// A node that takes the request and never answers.
	closing := make(chan struct{})
	hung := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-closing:
		}
	}))
	t.Cleanup(hung.Close)
	t.Cleanup(func() { close(closing) })
	hangs, err := ethclient.Dial(hung.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(hangs.Close)
	for _, tc := range []struct {
		name string
		mod  func(*Config)
		want string
	}{
		{"no gas key", func(c *Config) { c.GasKey = nil }, "gas key"},
		{"no max fee", func(c *Config) { c.MaxFee = nil }, "max fee"},
		{"zero max fee", func(c *Config) { c.MaxFee = new(big.Int) }, "max fee"},
		{"no confirmations", func(c *Config) { c.Confirmations = 0 }, "confirmations"},
		{"fee bump below the pools' minimum", func(c *Config) { c.FeeBumpPercent = 9 }, "fee bump"},
		{"negative wait", func(c *Config) { c.ReplaceAfter = -time.Second }, "replace after"},
		{"negative call timeout", func(c *Config) { c.CallTimeout = -time.Second }, "call timeout"},
		{"a node that does not answer", func(c *Config) { c.Client, c.CallTimeout = hangs, 200*time.Millisecond },
			"eth_chainId: no answer from the Ethereum node within 200ms"},
		{"another chain", func(c *Config) {
			r := *c.Routes
			r.Ethereum.ChainID = 1
			c.Routes = &r
		}, "serves chain 1337"},
	} {
		c := Config{Client: e.client, Routes: e.routes, GasKey: e.gasKey, MaxFee: gwei, Confirmations: 1, DB: e.st.DB()}
		tc.mod(&c)
		if _, err := New(e.ctx, c); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error naming %q", tc.name, err, tc.want)
		}
	}
}
