package mvswatch

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/mvsrpc"
	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/mvsdevnet"
	"github.com/tokendroplet/droplet/watcher/internal/scan"
)

// fakeNode serves blocks the test writes; fail makes every call fail.
type fakeNode struct {
	blocks []*mvsrpc.Block
	fail   error
	wrong  bool // answer another block than asked
}

func (f *fakeNode) Height(context.Context) (uint64, error) {
	if f.fail != nil {
		return 0, f.fail
	}
	return uint64(len(f.blocks) - 1), nil
}

func (f *fakeNode) HeaderByHeight(_ context.Context, n uint64) (*mvsrpc.Header, error) {
	if f.fail != nil {
		return nil, f.fail
	}
	return &f.blocks[n].Header, nil
}

func (f *fakeNode) BlockByHeight(_ context.Context, n uint64) (*mvsrpc.Block, error) {
	if f.fail != nil {
		return nil, f.fail
	}
	if n >= uint64(len(f.blocks)) {
		return nil, mvsrpc.ErrBlockNotFound
	}
	if f.wrong {
		return f.blocks[(n+1)%uint64(len(f.blocks))], nil
	}
	return f.blocks[n], nil
}

// addBlock appends a block holding txs (each gets a distinct hash).
func (f *fakeNode) addBlock(txs ...mvsrpc.Tx) {
	n := uint64(len(f.blocks))
	b := &mvsrpc.Block{Header: mvsrpc.Header{Number: n, Hash: mvs.Hash{byte(n), 0xbb}}}
	if n > 0 {
		b.PreviousHash = f.blocks[n-1].Hash
	}
	for i := range txs {
		txs[i].Hash = mvs.Hash{byte(n), byte(i), 0xcc}
		for j := range txs[i].Outputs {
			txs[i].Outputs[j].Index = uint32(j)
		}
	}
	b.Transactions, b.TxCount = txs, uint64(len(txs))
	f.blocks = append(f.blocks, b)
}

var (
	bridgeW = mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("droplet"))
	userW   = mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("user"))
	otherW  = mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("other"))
)

func scriptOf(t testing.TB, addr string) string {
	a, err := mvs.ParseAddress(addr)
	if err != nil {
		t.Fatal(err)
	}
	return mvs.FormatScript(a.Script())
}

func in(addr string) mvsrpc.Input {
	return mvsrpc.Input{PrevOut: mvs.OutPoint{Hash: mvs.Hash{1}, Index: 0}, Address: addr}
}

func mst(t testing.TB, addr, symbol string, q uint64, toDID string) mvsrpc.Output {
	return mvsrpc.Output{Address: addr, Script: scriptOf(t, addr),
		Attachment: mvsrpc.Attachment{Type: mvsrpc.AttachAssetTransfer, Symbol: symbol, Quantity: q, ToDID: toDID}}
}

func etp(t testing.TB, addr string, v uint64) mvsrpc.Output {
	return mvsrpc.Output{Address: addr, Script: scriptOf(t, addr), Value: v, Attachment: mvsrpc.Attachment{Type: mvsrpc.AttachETP}}
}

func msg(t testing.TB, content string) mvsrpc.Output {
	return mvsrpc.Output{Address: userW.Address(), Script: scriptOf(t, userW.Address()),
		Attachment: mvsrpc.Attachment{Type: mvsrpc.AttachMessage, Content: content}}
}

const goodMemo = `{"type":"ETH","address":"0x00000000000000000000000000000000deadbeef"}`

func newTestChain(t testing.TB, node Node, withETP bool, n uint64) *Chain {
	t.Helper()
	c, err := New(Config{Node: node, Routes: testRoutes(t, bridgeW.Address(), withETP), Confirmations: n})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func scanAll(t *testing.T, f *fakeNode, withETP bool) *scan.Range {
	t.Helper()
	r, err := newTestChain(t, f, withETP, 1).Scan(context.Background(), 0, uint64(len(f.blocks)-1))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestWhatCounts: outputs that are not deposits are ignored, the rest are found.
func TestWhatCounts(t *testing.T) {
	bridge := bridgeW.Address()
	locked := mst(t, bridge, usdt, 5e6, "")
	hash := mvs.PubKeyAddress(mvs.Testnet, mvsdevnet.DevKey("droplet").PubKey()).Hash()
	locked.Script = fmt.Sprintf("[ 7062 ] numequalverify dup hash160 [ %x ] equalverify checksig", hash[:])
	lockedRange := mst(t, bridge, usdt, 5e6, "")
	lockedRange.LockedHeightRange = 25200

	f := &fakeNode{}
	f.addBlock(mvsrpc.Tx{ // a coinbase paying the bridge
		Inputs:  []mvsrpc.Input{{PrevOut: mvs.OutPoint{Index: 0xffffffff}}},
		Outputs: []mvsrpc.Output{etp(t, bridge, 3e8)},
	})
	f.addBlock(
		// to_did names the bridge's avatar, but the output pays another address: not ours.
		mvsrpc.Tx{Inputs: []mvsrpc.Input{in(userW.Address())}, Outputs: []mvsrpc.Output{mst(t, otherW.Address(), usdt, 5e6, "droplet"), msg(t, goodMemo)}},
		// The bridge's own transaction (a payout and its change).
		mvsrpc.Tx{Inputs: []mvsrpc.Input{in(bridge)}, Outputs: []mvsrpc.Output{mst(t, userW.Address(), usdt, 5e6, ""), mst(t, bridge, usdt, 9e6, ""), msg(t, goodMemo)}},
		// A later input from the bridge makes it the bridge's too.
		mvsrpc.Tx{Inputs: []mvsrpc.Input{in(userW.Address()), in(bridge)}, Outputs: []mvsrpc.Output{mst(t, bridge, usdt, 9e6, ""), msg(t, goodMemo)}},
		// Locked deposits: by script and by the range mvsd prints.
		mvsrpc.Tx{Inputs: []mvsrpc.Input{in(userW.Address())}, Outputs: []mvsrpc.Output{locked, lockedRange, msg(t, goodMemo)}},
		// ETP without an ETP route.
		mvsrpc.Tx{Inputs: []mvsrpc.Input{in(userW.Address())}, Outputs: []mvsrpc.Output{etp(t, bridge, 5e8), msg(t, goodMemo)}},
	)
	r := scanAll(t, f, false)
	if len(r.Transfers) != 0 || len(r.Unsupported) != 0 || len(r.Blocks) != 2 {
		t.Fatalf("found %d transfers, %d unsupported in %d blocks: %+v", len(r.Transfers), len(r.Unsupported), len(r.Blocks), r.Transfers)
	}
	if r.Blocks[1].Parent != r.Blocks[0].Hash || r.Blocks[0].Hash != display(f.blocks[0].Hash) {
		t.Fatal("block hashes are not in display order or not linked")
	}
}

// TestETPRoute: with a route for "ETP", ETP paid to the bridge is a deposit of its value.
func TestETPRoute(t *testing.T) {
	f := &fakeNode{}
	f.addBlock(mvsrpc.Tx{Inputs: []mvsrpc.Input{in(userW.Address())}, Outputs: []mvsrpc.Output{
		etp(t, userW.Address(), 1e8), etp(t, bridgeW.Address(), 5e8), msg(t, "0x00000000000000000000000000000000DEADBEEF")}})
	r := scanAll(t, f, true)
	if len(r.Transfers) != 1 {
		t.Fatalf("%d transfers", len(r.Transfers))
	}
	tr := r.Transfers[0].Transfer
	// 5 ETP (8 decimals) is 5e18 in the ERC20's 18 decimals, no fee.
	if r.Transfers[0].Route != "etp" || tr.SourceIndex != 1 || tr.Amount.String() != "5000000000000000000" || tr.Fee.Sign() != 0 || tr.DestChain != 1337 {
		t.Fatalf("%+v", tr)
	}
}

// TestRefundSender: a refund goes to the first input's address; when that cannot be named, the
// deposit is listed as unsupported with the reason, never dropped.
func TestRefundSender(t *testing.T) {
	f := &fakeNode{}
	f.addBlock(
		mvsrpc.Tx{Inputs: []mvsrpc.Input{in(userW.Address()), in(otherW.Address())}, Outputs: []mvsrpc.Output{mst(t, bridgeW.Address(), usdt, 2e6, "droplet"), msg(t, "nope")}},
		mvsrpc.Tx{Inputs: []mvsrpc.Input{in("")}, Outputs: []mvsrpc.Output{mst(t, bridgeW.Address(), usdt, 2e6, ""), msg(t, "nope")}},
		mvsrpc.Tx{Inputs: []mvsrpc.Input{in("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")}, Outputs: []mvsrpc.Output{mst(t, bridgeW.Address(), usdt, 2e6, "")}},
		// Two memos that disagree: refund.
		mvsrpc.Tx{Inputs: []mvsrpc.Input{in(userW.Address())}, Outputs: []mvsrpc.Output{mst(t, bridgeW.Address(), usdt, 2e6, ""), msg(t, goodMemo), msg(t, "0x1")}},
		// A zero quantity: nothing to pay or refund.
		mvsrpc.Tx{Inputs: []mvsrpc.Input{in(userW.Address())}, Outputs: []mvsrpc.Output{mst(t, bridgeW.Address(), usdt, 0, ""), msg(t, goodMemo)}},
	)
	r := scanAll(t, f, false)
	if len(r.Transfers) != 2 || len(r.Unsupported) != 3 {
		t.Fatalf("%d transfers, %d unsupported: %+v", len(r.Transfers), len(r.Unsupported), r.Unsupported)
	}
	for i, reason := range []string{"bad memo", "ambiguous memo"} {
		fd := r.Transfers[i]
		tr := fd.Transfer
		if !fd.Refund || string(tr.Recipient) != userW.Address() || tr.DestChain != transfer.MetaverseDevnet ||
			tr.DestToken != transfer.MetaverseToken(usdt) || tr.Amount.Int64() != 1_500_000 || !strings.Contains(fd.Reason, reason) {
			t.Errorf("refund %d: %+v %q", i, tr, fd.Reason)
		}
		if err := tr.Validate(); err != nil {
			t.Error(err)
		}
	}
	for i, want := range []string{"the first input has no address", "not a pay-to-key-hash", "below the dust threshold"} {
		if u := r.Unsupported[i]; !strings.Contains(u.Reason, want) || u.Token != usdt {
			t.Errorf("unsupported %d: %+v, want %q", i, u, want)
		}
	}
}

// TestStrict: RPC failures and answers that do not fit fail the scan; nothing is skipped.
func TestStrict(t *testing.T) {
	ctx := context.Background()
	f := &fakeNode{}
	f.addBlock()
	f.addBlock(mvsrpc.Tx{Inputs: []mvsrpc.Input{in(userW.Address())}, Outputs: []mvsrpc.Output{mst(t, bridgeW.Address(), usdt, 2e6, ""), msg(t, goodMemo)}})
	c := newTestChain(t, f, false, 1)

	boom := errors.New("connection refused")
	f.fail = boom
	if _, err := c.Scan(ctx, 0, 1); !errors.Is(err, boom) {
		t.Fatalf("scan: %v", err)
	}
	if _, err := c.Final(ctx); !errors.Is(err, boom) {
		t.Fatalf("final: %v", err)
	}
	f.fail = nil
	if _, err := c.Scan(ctx, 0, 2); !errors.Is(err, mvsrpc.ErrBlockNotFound) {
		t.Fatalf("scan past the tip: %v", err)
	}
	f.wrong = true
	if _, err := c.Scan(ctx, 0, 1); !errors.Is(err, mvsrpc.ErrBadAnswer) {
		t.Fatalf("another block: %v", err)
	}
	f.wrong = false
	// An output whose printed address is the bridge's but whose script pays someone else.
	f.blocks[1].Transactions[0].Outputs[0].Script = scriptOf(t, otherW.Address())
	if _, err := c.Scan(ctx, 1, 1); !errors.Is(err, mvsrpc.ErrBadAnswer) {
		t.Fatalf("address and script disagree: %v", err)
	}
	f.blocks[1].Transactions[0].Outputs[0].Script = scriptOf(t, bridgeW.Address())
	f.blocks[1].Transactions[0].Outputs[1].Index = 7
	if _, err := c.Scan(ctx, 1, 1); !errors.Is(err, mvsrpc.ErrBadAnswer) {
		t.Fatalf("output index: %v", err)
	}
}

// TestFinal: final = height - n + 1, and the genesis block while the chain is shorter.
func TestFinal(t *testing.T) {
	f := &fakeNode{}
	for range 21 {
		f.addBlock()
	}
	for n, want := range map[uint64]uint64{1: 20, 12: 9, 21: 0, 30: 0} {
		b, err := newTestChain(t, f, false, n).Final(context.Background())
		if err != nil || b.Number != want || b.Hash != display(f.blocks[want].Hash) {
			t.Errorf("confirmations %d: final %d (%v), want %d", n, b.Number, err, want)
		}
	}
	c, _ := New(Config{Node: f, Routes: testRoutes(t, bridgeW.Address(), false)})
	if c.confirmations != DefaultConfirmations {
		t.Fatal("default confirmations")
	}
}

func TestNewChecks(t *testing.T) {
	r := testRoutes(t, bridgeW.Address(), false)
	if _, err := New(Config{Routes: r}); err == nil {
		t.Fatal("no node accepted")
	}
	if _, err := New(Config{Node: &fakeNode{}}); err == nil {
		t.Fatal("no routes accepted")
	}
	p2sh := testRoutes(t, "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", false)
	if _, err := New(Config{Node: &fakeNode{}, Routes: p2sh}); err == nil {
		t.Fatal("a script-hash bridge address accepted")
	}
}

// TestSelfPayoutAndDust: a memo naming the Ethereum bridge contract is a bad memo (refunded to
// the sender, never a payout to the bridge, which would come back as a deposit and loop); a
// deposit below the route's dust threshold, or one whose refund the fee eats whole, is recorded
// for manual handling and never attested.
func TestSelfPayoutAndDust(t *testing.T) {
	base := testRoutes(t, bridgeW.Address(), false)
	routes, err := transfer.ParseRoutes(fmt.Appendf(nil, strings.Replace(routesTmpl, `"fee": {"flat": "0.5"`, `"dust": "0.3", "fee": {"flat": "0.5"`, 1), bridgeW.Address(), ""))
	if err != nil {
		t.Fatal(err)
	}
	ethBridge := base.EthereumBridge()
	f := &fakeNode{}
	f.addBlock(
		mvsrpc.Tx{Inputs: []mvsrpc.Input{in(userW.Address())}, Outputs: []mvsrpc.Output{mst(t, bridgeW.Address(), usdt, 2e6, ""),
			msg(t, fmt.Sprintf(`{"type":"ETH","address":"0x%x"}`, ethBridge))}},
		mvsrpc.Tx{Inputs: []mvsrpc.Input{in(userW.Address())}, Outputs: []mvsrpc.Output{mst(t, bridgeW.Address(), usdt, 2e6, ""),
			msg(t, fmt.Sprintf("0x%X", ethBridge))}},
		mvsrpc.Tx{Inputs: []mvsrpc.Input{in(userW.Address())}, Outputs: []mvsrpc.Output{mst(t, bridgeW.Address(), usdt, 299_999, ""), msg(t, goodMemo)}},
		mvsrpc.Tx{Inputs: []mvsrpc.Input{in(userW.Address())}, Outputs: []mvsrpc.Output{mst(t, bridgeW.Address(), usdt, 400_000, ""), msg(t, "nope")}},
	)
	c, err := New(Config{Node: f, Routes: routes, Confirmations: 1})
	if err != nil {
		t.Fatal(err)
	}
	r, err := c.Scan(context.Background(), 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Transfers) != 2 || len(r.Unsupported) != 2 {
		t.Fatalf("%d transfers, %d unsupported: %+v %+v", len(r.Transfers), len(r.Unsupported), r.Transfers, r.Unsupported)
	}
	for i, fd := range r.Transfers {
		if !fd.Refund || string(fd.Transfer.Recipient) != userW.Address() || !strings.Contains(fd.Reason, "bridge itself") {
			t.Errorf("memo naming the bridge %d: %+v %q", i, fd.Transfer, fd.Reason)
		}
	}
	for i, want := range []string{"below the dust threshold", "nothing to refund"} {
		if u := r.Unsupported[i]; !strings.Contains(u.Reason, want) {
			t.Errorf("unsupported %d: %q, want %q", i, u.Reason, want)
		}
	}
}
