package mvsdevnet_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/mvsrpc"
	"github.com/tokendroplet/droplet/mvsdevnet"
)

// TestRestartResumes stops a node with blocks, avatars, an MST and a transaction still in the
// pool, and checks that a new node on the same directory resumes exactly there.
func TestRestartResumes(t *testing.T) {
	f := newFixture(t)
	pay := must[mvs.Output](t)
	bob := mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("bob"))
	f.send(f.alice, mvsdevnet.DefaultMinFee, pay(mvsdevnet.PayMSTToAvatar("droplet", f.bridge.Address(), fixtureSymbol, 77)))
	f.mine(2)
	pending := f.send(f.genesis, mvsdevnet.DefaultMinFee, pay(mvsdevnet.PayETP(bob.Address(), 5*mvsdevnet.ETP)))

	type snapshot struct {
		height uint64
		best   mvs.Hash
		etp    mvsrpc.ETPBalance
		assets []mvsrpc.AssetBalance
		did    string
		pool   int
	}
	take := func(h *harness) snapshot {
		height := must[uint64](t)(h.client.Height(h.ctx))
		return snapshot{
			height: height,
			best:   must[*mvsrpc.Header](t)(h.client.BestHeader(h.ctx)).Hash,
			etp:    *must[*mvsrpc.ETPBalance](t)(h.client.AddressETP(h.ctx, f.alice.Address())),
			assets: must[[]mvsrpc.AssetBalance](t)(h.client.AddressAssets(h.ctx, "droplet")),
			did:    must[string](t)(h.client.ResolveDID(h.ctx, "droplet")),
			pool:   h.node.PoolSize(),
		}
	}
	before := take(f.harness)
	f.close()

	h := newHarness(t, f.cfg)
	after := take(h)
	if before.height != after.height || before.best != after.best || before.etp != after.etp ||
		before.did != after.did || before.pool != after.pool || len(after.assets) != 1 || after.assets[0] != before.assets[0] {
		t.Fatalf("state changed across the restart:\nbefore %+v\nafter  %+v", before, after)
	}
	if after.pool != 1 {
		t.Fatalf("pool has %d transactions, want the pending one", after.pool)
	}
	if tx := must[*mvsrpc.Tx](t)(h.client.Tx(h.ctx, pending.Hash())); tx.Height != 0 {
		t.Errorf("pending transaction at height %d", tx.Height)
	}
	// The pending transaction is still known: sending it again is a duplicate, spending its
	// input again a double spend.
	if _, err := h.client.SendRawTx(h.ctx, pending); !errors.Is(err, mvsrpc.ErrDuplicateTx) {
		t.Errorf("resending the pending transaction: %v", err)
	}
	// The chain continues from where it was: the next block links to the old best block and
	// confirms the pending transaction.
	next := h.mine(1)[0]
	b := must[*mvsrpc.Block](t)(h.client.BlockByHash(h.ctx, next))
	if b.PreviousHash != before.best || b.Number != before.height+1 || len(b.Transactions) != 2 || b.Transactions[1].Hash != pending.Hash() {
		t.Errorf("next block %d (prev %s) with %d transactions", b.Number, b.PreviousHash, len(b.Transactions))
	}
	if bal := must[*mvsrpc.ETPBalance](t)(h.client.AddressETP(h.ctx, bob.Address())); bal.Unspent != 5*mvsdevnet.ETP {
		t.Errorf("bob has %d", bal.Unspent)
	}
}

// TestTornRecord cuts the log in the middle of its last record, as a crash during a write
// would, and checks that the node opens without that record and keeps working.
func TestTornRecord(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(dir)
	h := newHarness(t, cfg)
	h.mine(3)
	h.close()

	path := filepath.Join(dir, "chain.log")
	data := must[[]byte](t)(os.ReadFile(path))
	last := strings.LastIndexByte(strings.TrimSuffix(string(data), "\n"), '\n')
	if err := os.WriteFile(path, data[:last+1+10], 0o600); err != nil { // 10 bytes of the last record
		t.Fatal(err)
	}
	h = newHarness(t, cfg)
	if got := h.node.Height(); got != 2 {
		t.Fatalf("height %d after losing the last block's record, want 2", got)
	}
	h.mine(1)
	h.close()
	h = newHarness(t, cfg)
	if got := h.node.Height(); got != 3 {
		t.Fatalf("height %d, want 3", got)
	}
}

func TestOpenRefuses(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(dir)
	h := newHarness(t, cfg)

	if _, err := mvsdevnet.Open(cfg, nil); err == nil || !strings.Contains(err.Error(), "in use") {
		t.Errorf("a second node on the same directory: %v", err)
	}
	h.close()

	other := cfg
	other.GenesisValue++
	if _, err := mvsdevnet.Open(other, nil); err == nil || !strings.Contains(err.Error(), "another chain") {
		t.Errorf("another genesis on the same directory: %v", err)
	}

	path := filepath.Join(dir, "chain.log")
	data := must[[]byte](t)(os.ReadFile(path))
	if err := os.WriteFile(path, append(data, []byte("{\"kind\":\"block\",\"bogus\":1}\n")...), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := mvsdevnet.Open(cfg, nil); err == nil {
		t.Error("a log with a corrupt complete record opened")
	}

	bad := mvsdevnet.Default()
	if err := bad.Validate(); err == nil {
		t.Error("a config without a directory validated")
	}
	bad.Dir, bad.MinerAddress = dir, "MKXYH2MhpvA3GU7kMk8y3SoywGnyHEj5SB" // a mainnet address on the devnet
	if err := bad.Validate(); err == nil {
		t.Error("a mainnet miner address validated on the devnet")
	}
}

// TestRecordedBeforeAcknowledged checks that what sendrawtx acknowledged is on disk, by opening
// a copy of the directory taken while the first node still runs.
func TestRecordedBeforeAcknowledged(t *testing.T) {
	h := newHarness(t, testConfig(t.TempDir()))
	bob := mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("bob"))
	tx := h.send(h.genesis, mvsdevnet.DefaultMinFee, must[mvs.Output](t)(mvsdevnet.PayETP(bob.Address(), mvsdevnet.ETP)))

	copyDir := t.TempDir()
	data := must[[]byte](t)(os.ReadFile(filepath.Join(h.cfg.Dir, "chain.log")))
	if err := os.WriteFile(filepath.Join(copyDir, "chain.log"), data, 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := h.cfg
	cfg.Dir = copyDir
	c := newHarness(t, cfg)
	if _, err := c.client.Tx(c.ctx, tx.Hash()); err != nil {
		t.Errorf("the copy lacks the acknowledged transaction: %v", err)
	}
}
