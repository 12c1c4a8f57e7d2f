package mvswatch

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/hex"
	"io"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/testenv"
	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/mvsdevnet"
	"github.com/tokendroplet/droplet/watcher/internal/attest"
	"github.com/tokendroplet/droplet/watcher/internal/scan"
)

// recorder stands in for the signer: it records every attestation the runner submits.
type recorder struct {
	t     testing.TB
	mu    sync.Mutex
	items map[transfer.ID]attest.Item
	count map[transfer.ID]int
}

func newRecorder(t testing.TB) *recorder {
	return &recorder{t: t, items: map[transfer.ID]attest.Item{}, count: map[transfer.ID]int{}}
}

func (r *recorder) submit(_ context.Context, it attest.Item) error {
	if err := it.Transfer.Validate(); err != nil { // what attest.Submitter checks first
		r.t.Errorf("invalid transfer submitted: %v", err)
		return attest.ErrRefused
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	id := it.Transfer.ID()
	r.items[id] = it
	r.count[id]++
	return nil
}

func (r *recorder) snapshot() map[transfer.ID]int {
	r.mu.Lock()
	defer r.mu.Unlock()
	m := make(map[transfer.ID]int, len(r.count))
	for k, v := range r.count {
		m[k] = v
	}
	return m
}

func openDB(t *testing.T) *sql.DB {
	t.Helper()
	db, err := sql.Open("postgres", testenv.Postgres(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := scan.Open(context.Background(), db); err != nil {
		t.Fatal(err)
	}
	return db
}

// want is an expected transfer.
type want struct {
	name      string
	tx        *mvs.Tx
	index     uint32
	block     mvs.Hash
	refund    bool
	recipient []byte
	amount    int64
	fee       int64
	reason    string
}

// TestRunnerEndToEnd: deposits of every form are found on a devnet node and attested through
// scan.Runner, once each, across a restart of the runner between two ranges.
func TestRunnerEndToEnd(t *testing.T) {
	db := openDB(t)
	d := newDevnet(t)
	ctx := d.ctx
	const ethA = "0x8bB1b6e0E4b6F3b8A4b0A5b3C2d1E0f9A8b7Bf95"
	const ethB = "0x00000000000000000000000000000000deadbeef"
	addrA, _ := ParseMemo(ethA)
	addrB, _ := ParseMemo(ethB)
	user := []byte(d.user.Address())
	var wants []want
	deposit := func(_ string, outs ...mvs.Output) (*mvs.Tx, mvs.Hash) {
		tx := d.send(d.user, outs...)
		return tx, d.mine(1)[0]
	}

	// The MyETPWallet form: MST to the avatar, the 1 ETP bounty, a JSON memo (mixed case).
	tx, blk := deposit("json", d.toAvatar(usdt, 10e6), d.bounty(), d.memo(`{"type":"ETH","address":"`+ethA+`"}`))
	wants = append(wants, want{name: "json memo, to_did", tx: tx, index: 0, block: blk, recipient: addrA[:], amount: 9_490_000, fee: 510_000})
	// A bare address memo, MST to the bridge's address.
	tx, blk = deposit("bare", d.toAddr(usdt, 20e6), d.memo(ethB))
	wants = append(wants, want{name: "bare memo, to address", tx: tx, index: 0, block: blk, recipient: addrB[:], amount: 19_480_000, fee: 520_000})
	// Two deposits in one transaction, one memo: two transfers.
	tx, blk = deposit("two", d.toAvatar(usdt, 5e6), d.bounty(), d.toAddr(usdt, 7e6), d.memo(`{"type":"ETH","address":"`+ethB+`"}`))
	wants = append(wants,
		want{name: "first of two", tx: tx, index: 0, block: blk, recipient: addrB[:], amount: 4_495_000, fee: 505_000},
		want{name: "second of two", tx: tx, index: 2, block: blk, recipient: addrB[:], amount: 6_493_000, fee: 507_000})
	// A bad memo: refunded to the sender, less the flat fee.
	tx, blk = deposit("bad", d.toAvatar(usdt, 3e6), d.memo("please send to my ethereum wallet"))
	wants = append(wants, want{name: "bad memo", tx: tx, index: 0, block: blk, refund: true, recipient: user, amount: 2_500_000, fee: 500_000, reason: "bad memo"})
	// No memo at all: refunded.
	tx, blk = deposit("none", d.toAddr(usdt, 4e6))
	wants = append(wants, want{name: "no memo", tx: tx, index: 0, block: blk, refund: true, recipient: user, amount: 3_500_000, fee: 500_000, reason: "missing memo"})
	// Below the route's minimum (1 USDT): refunded.
	tx, blk = deposit("small", d.toAvatar(usdt, 800_000), d.memo(ethA))
	wants = append(wants, want{name: "below minimum", tx: tx, index: 0, block: blk, refund: true, recipient: user, amount: 300_000, fee: 500_000, reason: "below the route minimum"})
	// An MST no route maps: not attested, recorded as unsupported.
	unsupportedTx, _ := deposit("unknown", d.toAvatar(unknown, 100e6), d.memo(ethA))
	// A plain ETP payment to the bridge: no ETP route here, so no deposit.
	deposit("etp", d.out(mvsdevnet.PayETP(d.bridge.Address(), 2*mvsdevnet.ETP)), d.memo(ethA))

	const confirmations = 3
	d.mine(confirmations - 1)
	height, err := d.client.Height(ctx)
	if err != nil {
		t.Fatal(err)
	}
	final := height - confirmations + 1

	chain, err := New(Config{Node: d.client, Routes: d.routes, Confirmations: confirmations})
	if err != nil {
		t.Fatal(err)
	}
	if fb, err := chain.Final(ctx); err != nil || fb.Number != final {
		t.Fatalf("final %d (%v), want %d", fb.Number, err, final)
	}
	rec := newRecorder(t)
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	runner := func() *scan.Runner {
		return scan.New(scan.Config{Chain: chain, DB: db, Submit: rec.submit, Log: logger, Start: 0, Batch: 7, Poll: 20 * time.Millisecond})
	}

	// The first runner scans one range (blocks 0-6: the setup and the first two deposits), then
	// stops; a second one resumes from the checkpoint.
	if adv, err := runner().Step(ctx); err != nil || !adv {
		t.Fatalf("first range: advanced %v, %v", adv, err)
	}
	first := rec.snapshot()
	if len(first) != 2 {
		t.Fatalf("first range attested %d transfers, want the first 2 deposits", len(first))
	}
	cp, err := scan.LoadCheckpoint(ctx, db, chain.ChainID())
	if err != nil || cp.Number != 6 {
		t.Fatalf("checkpoint %d (%v), want 6", cp.Number, err)
	}

	rctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- runner().Run(rctx) }()
	deadline := time.Now().Add(30 * time.Second)
	for {
		cp, err := scan.LoadCheckpoint(ctx, db, chain.ChainID())
		if err != nil {
			t.Fatal(err)
		}
		if cp.Number == final {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("checkpoint at %d, want %d", cp.Number, final)
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	<-done

	// Every expected transfer exactly once, nothing else.
	got := rec.snapshot()
	if len(got) != len(wants) {
		t.Errorf("%d transfers submitted, want %d", len(got), len(wants))
	}
	for _, w := range wants {
		txid := display(w.tx.Hash())
		id := transfer.MakeID(transfer.MetaverseDevnet, txid, w.index)
		if got[id] != 1 {
			t.Errorf("%s: submitted %d times", w.name, got[id])
			continue
		}
		it := rec.items[id]
		tr := it.Transfer
		if it.Route != "usdt" || tr.Route != transfer.RouteKey("usdt") {
			t.Errorf("%s: route %q", w.name, it.Route)
		}
		if tr.SourceTx != txid || !strings.EqualFold(w.tx.Hash().String(), fmtHex(tr.SourceTx)) {
			t.Errorf("%s: source tx %x, want %s", w.name, tr.SourceTx, w.tx.Hash())
		}
		if fmtHex(tr.SourceBlock) != w.block.String() {
			t.Errorf("%s: source block %x, want %s", w.name, tr.SourceBlock, w.block)
		}
		rt, _ := d.routes.Route("usdt")
		wantChain, wantToken := uint64(1337), rt.DestToken(transfer.MvsToEth)
		if w.refund {
			wantChain, wantToken = transfer.MetaverseDevnet, rt.DestToken(transfer.EthToMvs)
		}
		if tr.DestChain != wantChain || tr.DestToken != wantToken {
			t.Errorf("%s: dest chain %d token %x", w.name, tr.DestChain, tr.DestToken)
		}
		if !bytes.Equal(tr.Recipient, w.recipient) {
			t.Errorf("%s: recipient %q, want %q", w.name, tr.Recipient, w.recipient)
		}
		if tr.Amount.Cmp(big.NewInt(w.amount)) != 0 || tr.Fee.Cmp(big.NewInt(w.fee)) != 0 {
			t.Errorf("%s: amount %s fee %s, want %d and %d", w.name, tr.Amount, tr.Fee, w.amount, w.fee)
		}
		var refund bool
		var reason string
		if err := db.QueryRow(`SELECT refund, reason FROM attested WHERE transfer_id = $1`, id[:]).Scan(&refund, &reason); err != nil {
			t.Errorf("%s: attested row: %v", w.name, err)
			continue
		}
		if refund != w.refund || !strings.Contains(reason, w.reason) || (w.refund && w.reason == "") {
			t.Errorf("%s: attested refund %v reason %q", w.name, refund, reason)
		}
	}
	var attested int
	if err := db.QueryRow(`SELECT count(*) FROM attested`).Scan(&attested); err != nil || attested != len(wants) {
		t.Errorf("attested table: %d rows (%v), want %d", attested, err, len(wants))
	}
	var (
		n                      int
		srcTx                  []byte
		token, amount, sender  string
		reason                 string
		srcIndex, unsupBlockNo int64
	)
	if err := db.QueryRow(`SELECT count(*) FROM unsupported`).Scan(&n); err != nil || n != 1 {
		t.Fatalf("unsupported table: %d rows (%v), want 1", n, err)
	}
	if err := db.QueryRow(`SELECT source_tx, source_index, block, token, amount::text, sender, reason FROM unsupported`).Scan(
		&srcTx, &srcIndex, &unsupBlockNo, &token, &amount, &sender, &reason); err != nil {
		t.Fatal(err)
	}
	wantTx := display(unsupportedTx.Hash())
	if !bytes.Equal(srcTx, wantTx[:]) || srcIndex != 0 || token != unknown || amount != "100000000" ||
		sender != d.user.Address() || reason != "no route for symbol "+unknown {
		t.Errorf("unsupported row: %x %d %s %s %s %q", srcTx, srcIndex, token, amount, sender, reason)
	}
}

func fmtHex(b [32]byte) string { return hex.EncodeToString(b[:]) }
