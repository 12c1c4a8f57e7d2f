package ethwatch

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"database/sql"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tokendroplet/droplet/internal/devnet"
	"github.com/tokendroplet/droplet/internal/testenv"
	"github.com/tokendroplet/droplet/internal/transfer"
	signerv1 "github.com/tokendroplet/droplet/proto/droplet/signer/v1"
	"github.com/tokendroplet/droplet/watcher/internal/attest"
	"github.com/tokendroplet/droplet/watcher/internal/scan"
)

// wantTransfer is a transfer the watchers must attest.
type wantTransfer struct {
	name      string
	id        transfer.ID
	block     uint64
	refund    bool
	recipient []byte
	amount    int64
	fee       int64
	reason    string
}

// logIndex finds the log of receipt r that is the deposit: the bridge's Deposit log, or the
// token's Transfer log to the bridge.
func logIndex(t *testing.T, r *types.Receipt, bridge common.Address) uint32 {
	t.Helper()
	for _, l := range r.Logs {
		if l.Address == bridge && l.Topics[0] == depositSig {
			return uint32(l.Index)
		}
	}
	for _, l := range r.Logs {
		if l.Topics[0] == transferTo && len(l.Topics) == 3 && common.BytesToAddress(l.Topics[2][12:]) == bridge {
			return uint32(l.Index)
		}
	}
	t.Fatalf("no deposit log in %s", r.TxHash)
	return 0
}

// TestDepositsEndToEnd: on a real anvil node, deposits by each of the three paths are found by
// two watchers, attested with their keys to the real signer process and accepted by it (a
// quorum of 2 of 3, the transfer as expected); bad memos, an unknown avatar and a deposit below
// the minimum become refunds; a token no route maps is recorded as unsupported. One watcher is
// killed in the middle of a range and resumes: every transfer is attested, those of the ranges
// it had finished are not submitted again, those of the interrupted range once more.
func TestDepositsEndToEnd(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	addrs := devnet.Addrs{Signer: testenv.FreeAddr(t), Admin: testenv.FreeAddr(t)}
	if err := devnet.Write(dir, testenv.Postgres(t), addrs); err != nil {
		t.Fatal(err)
	}
	devRoutes, err := os.ReadFile(filepath.Join(dir, "routes.json"))
	if err != nil {
		t.Fatal(err)
	}
	dr, err := transfer.ParseRoutes(devRoutes)
	if err != nil {
		t.Fatal(err)
	}
	var wkeys map[string]string
	b, err := os.ReadFile(filepath.Join(dir, "watcher-keys.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &wkeys); err != nil {
		t.Fatal(err)
	}
	keys := map[string]*ecdsa.PrivateKey{}
	var watcherAddrs []common.Address
	for name, k := range wkeys {
		key, err := crypto.HexToECDSA(k)
		if err != nil {
			t.Fatal(err)
		}
		keys[name] = key
		watcherAddrs = append(watcherAddrs, crypto.PubkeyToAddress(key.PublicKey))
	}
	e := newEthnet(t, dr.Metaverse.BridgeAddress, watcherAddrs)
	e.writeRoutes(dir) // the signer reads the two-route file from here
	testenv.StartSigner(t, dir, addrs.Signer)

	resolver := MapResolver{"alice": e.mvsUsers[1]}
	a, b2, c := e.users[0], e.users[1], e.users[2]
	addrOf := func(k *ecdsa.PrivateKey) []byte { return crypto.PubkeyToAddress(k.PublicKey).Bytes() }
	usdt := func(n float64) *big.Int { return big.NewInt(int64(n * 1e6)) }
	var wants []wantTransfer
	add := func(name string, r *types.Receipt, refund bool, recipient []byte, amount, fee int64, reason string) {
		src := transfer.Transfer{SourceChain: 1337, SourceTx: r.TxHash, SourceIndex: logIndex(t, r, e.bridge)}
		id := src.ID()
		wants = append(wants, wantTransfer{name: name, id: id, block: r.BlockNumber.Uint64(), refund: refund,
			recipient: recipient, amount: amount, fee: fee, reason: reason})
	}
	start := e.head() + 1

	// (a) deposit() to an address and to an avatar.
	add("deposit to address", e.deposit(a, e.usdt, usdt(10), e.mvsUsers[0]), false, []byte(e.mvsUsers[0]), 9_490_000, 510_000, "")
	add("deposit to avatar", e.deposit(a, e.usdt, usdt(20), "alice"), false, []byte("alice@"+e.mvsUsers[1]), 19_480_000, 520_000, "")
	// (b) a plain transfer with the memo after the calldata's 68 bytes (NUL padded, as wallets do).
	add("transfer with memo", e.transferMemo(b2, e.usdt, usdt(5), append([]byte(e.mvsUsers[2]), 0, 0, 0)), false, []byte(e.mvsUsers[2]), 4_495_000, 505_000, "")
	// (c) link, then plain transfers; a new link replaces the old. The first transfer lands in a
	// later range than its link (the ranges are 4 blocks).
	e.link(c, e.mvsUsers[0])
	e.mine(4)
	add("linked transfer", e.send(c, e.usdt, tokenABI.PackTransfer(e.bridge, usdt(7))), false, []byte(e.mvsUsers[0]), 6_493_000, 507_000, "")
	e.link(c, e.mvsUsers[1])
	add("relinked transfer", e.send(c, e.usdt, tokenABI.PackTransfer(e.bridge, usdt(8))), false, []byte(e.mvsUsers[1]), 7_492_000, 508_000, "")
	// A fee-on-transfer token: what the bridge received counts (1%% burnt), 18 -> 8 decimals.
	add("fee token deposit", e.deposit(a, e.fee, new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18)), e.mvsUsers[0]), false, []byte(e.mvsUsers[0]), 9_900_000_000, 0, "")
	// Refunds.
	add("bad memo", e.transferMemo(b2, e.usdt, usdt(3), []byte("please pay me")), true, addrOf(b2), 2_500_000, 500_000, "bad memo")
	add("no memo, no link", e.send(a, e.usdt, tokenABI.PackTransfer(e.bridge, usdt(4))), true, addrOf(a), 3_500_000, 500_000, "no memo and no linked recipient")
	add("deposit with bad recipient", e.deposit(a, e.usdt, usdt(6), "not-a-recipient!"), true, addrOf(a), 5_500_000, 500_000, "bad memo")
	add("unknown avatar", e.deposit(a, e.usdt, usdt(9), "bob"), true, addrOf(a), 8_500_000, 500_000, "unknown avatar")
	add("below minimum", e.deposit(b2, e.usdt, usdt(0.8), e.mvsUsers[0]), true, addrOf(b2), 300_000, 500_000, "below the minimum")
	// A token no route maps: not attested, recorded.
	unsupported := e.transferMemo(b2, e.other, big.NewInt(5e18), []byte(e.mvsUsers[0]))

	const confirmations = 2
	e.mine(confirmations)
	final := e.head() - confirmations

	newChain := func(db *sql.DB) *Chain {
		ch, err := New(Config{Endpoints: []string{e.anvil.URL}, Routes: e.routes, Resolver: resolver, DB: db, Confirmations: confirmations})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(ch.Close)
		return ch
	}
	submitter := func(name string) func(context.Context, attest.Item) error {
		s := attest.New(testenv.SignerClient(t, dir, addrs.Signer, name), keys[name], e.routes, nil, attest.Backoff{})
		return func(ctx context.Context, it attest.Item) error { _, err := s.Submit(ctx, it); return err }
	}

	// Watcher a: killed (its context cancelled) at its fifth attestation.
	dbA := openDB(t)
	chA := newChain(dbA)
	var mu sync.Mutex
	counts := [2]map[transfer.ID]int{{}, {}}
	run := 0
	subA := submitter("watcher-a")
	killCtx, kill := context.WithCancel(ctx)
	calls := 0
	record := func(ctx context.Context, it attest.Item) error {
		mu.Lock()
		calls++
		if run == 0 && calls == 5 {
			kill()
			mu.Unlock()
			return ctx.Err()
		}
		counts[run][it.Transfer.ID()]++
		mu.Unlock()
		return subA(ctx, it)
	}
	rcfg := scan.Config{Chain: chA, DB: dbA, Submit: record, Start: start, Batch: 4, Poll: 20 * time.Millisecond, RetryWait: 20 * time.Millisecond}
	if err := scan.New(rcfg).Run(killCtx); !errors.Is(err, context.Canceled) {
		t.Fatalf("killed runner: %v", err)
	}
	cp, err := scan.LoadCheckpoint(ctx, dbA, 1337)
	if err != nil {
		t.Fatal(err)
	}
	if !cp.Set || cp.Number >= final {
		t.Fatalf("checkpoint after the kill: %+v, want one short of %d", cp, final)
	}
	// Restarted with a new chain object (nothing kept in memory).
	mu.Lock()
	run = 1
	mu.Unlock()
	chA2 := newChain(dbA)
	rcfg.Chain = chA2
	steps(t, scan.New(rcfg))
	for _, w := range wants {
		first, second := counts[0][w.id], counts[1][w.id]
		switch {
		case w.block <= cp.Number && (first != 1 || second != 0):
			t.Errorf("%s (block %d, before the checkpoint %d): submitted %d times, then %d times after the restart", w.name, w.block, cp.Number, first, second)
		case w.block > cp.Number && second != 1:
			t.Errorf("%s (block %d, after the checkpoint %d): submitted %d times after the restart", w.name, w.block, cp.Number, second)
		}
	}
	// Watcher b, in one go, with its own database.
	dbB := openDB(t)
	chB := newChain(dbB)
	steps(t, scan.New(scan.Config{Chain: chB, DB: dbB, Submit: submitter("watcher-b"), Start: start, Batch: 50}))

	// The signer holds every transfer, with a quorum of both watchers, exactly as expected.
	got := map[transfer.ID]*signerv1.QuorumState{}
	relayer := testenv.SignerClient(t, dir, addrs.Signer, "relayer")
	page := ""
	for {
		resp, err := relayer.ListTransfers(ctx, &signerv1.ListTransfersRequest{PageSize: 100, PageToken: page})
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range resp.Transfers {
			got[transfer.ID(q.TransferId)] = q
		}
		if page = resp.NextPageToken; page == "" {
			break
		}
	}
	if rows, err := dbA.Query(`SELECT reason FROM refused`); err == nil {
		for rows.Next() {
			var r string
			_ = rows.Scan(&r)
			t.Errorf("watcher a: the signer refused an attestation: %s", r)
		}
		rows.Close()
	}
	if len(got) != len(wants) {
		t.Errorf("the signer holds %d transfers, want %d", len(got), len(wants))
	}
	for _, w := range wants {
		q, ok := got[w.id]
		if !ok {
			t.Errorf("%s: not at the signer", w.name)
			continue
		}
		tr := q.Transfer
		if q.State != signerv1.State_STATE_QUORUM || q.Attestations != 2 {
			t.Errorf("%s: state %s with %d attestations (%s), want a quorum of 2", w.name, q.State, q.Attestations, q.Reason)
		}
		if !bytes.Equal(tr.Recipient, w.recipient) || tr.Amount != big.NewInt(w.amount).String() || tr.Fee != big.NewInt(w.fee).String() {
			t.Errorf("%s: recipient %q amount %s fee %s, want %q %d %d", w.name, tr.Recipient, tr.Amount, tr.Fee, w.recipient, w.amount, w.fee)
		}
		wantDest := e.routes.MetaverseChainID()
		if w.refund {
			wantDest = 1337
		}
		if tr.DestChain != wantDest {
			t.Errorf("%s: destination chain %d, want %d", w.name, tr.DestChain, wantDest)
		}
		var refund bool
		var reason string
		if err := dbA.QueryRow(`SELECT refund, reason FROM attested WHERE transfer_id = $1`, w.id[:]).Scan(&refund, &reason); err != nil {
			t.Errorf("%s: watcher a's record: %v", w.name, err)
		} else if refund != w.refund || !strings.Contains(reason, w.reason) {
			t.Errorf("%s: recorded refund=%v reason %q, want %v %q", w.name, refund, reason, w.refund, w.reason)
		}
	}
	for _, db := range []*sql.DB{dbA, dbB} {
		var n int
		var token, amount string
		if err := db.QueryRow(`SELECT count(*), min(token), min(amount::text) FROM unsupported WHERE source_tx = $1`, unsupported.TxHash[:]).Scan(&n, &token, &amount); err != nil {
			t.Fatal(err)
		}
		if n != 1 || !strings.EqualFold(token, e.other.Hex()) || amount != "5000000000000000000" {
			t.Errorf("unsupported deposit recorded %d times (%s %s)", n, token, amount)
		}
	}
}

// steps runs the runner until it has nothing more to scan.
func steps(t *testing.T, r *scan.Runner) {
	t.Helper()
	for range 1000 {
		advanced, err := r.Step(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if !advanced {
			return
		}
	}
	t.Fatal("the runner never caught up")
}
