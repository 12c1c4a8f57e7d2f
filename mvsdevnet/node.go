package mvsdevnet

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/tokendroplet/droplet/internal/mvs"
)

// Node is a Metaverse devnet node: one chain, a memory pool, and mvsd's JSON-RPC v3 (Handler).
// It is safe for concurrent use.
type Node struct {
	cfg         Config
	log         *slog.Logger
	net         mvs.Network
	minerScript []byte

	mu     sync.Mutex
	chain  *chain
	pool   *pool
	store  *store
	broken error // the log could not be written: nothing more is accepted
	closed bool
}

// Open opens the node's state in cfg.Dir, creating the genesis block on first use and replaying
// the log otherwise. Close releases the directory.
func Open(cfg Config, log *slog.Logger) (*Node, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("mvsdevnet: config: %w", err)
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	log = log.With(slog.String("chain", "metaverse-devnet"))
	net := cfg.network()
	miner, err := mvs.ParseAddressFor(cfg.MinerAddress, net)
	if err != nil {
		return nil, err
	}
	st, recs, err := openStore(cfg.Dir, log)
	if err != nil {
		return nil, fmt.Errorf("mvsdevnet: %w", err)
	}
	n := &Node{
		cfg: cfg, log: log, net: net, minerScript: miner.Script(),
		chain: newChain(net), pool: newPool(), store: st,
	}
	if err := n.load(recs); err != nil {
		st.Close()
		return nil, fmt.Errorf("mvsdevnet: %s: %w", cfg.Dir, err)
	}
	log.Info("devnet node open", slog.Uint64("block", n.chain.height()), slog.Int("pool", len(n.pool.txs)))
	return n, nil
}

func (n *Node) genesisRecord() *genesisRecord {
	return &genesisRecord{
		Network: n.cfg.Network, Address: n.cfg.GenesisAddress,
		Value: n.cfg.GenesisValue, Time: n.cfg.GenesisTime,
	}
}

func (n *Node) load(recs []record) error {
	want := n.genesisRecord()
	if len(recs) == 0 {
		if err := n.store.append(record{Kind: "genesis", Genesis: want}); err != nil {
			return err
		}
	} else if g := recs[0].Genesis; recs[0].Kind != "genesis" || g == nil || *g != *want {
		return fmt.Errorf("the directory holds another chain (genesis %+v, configured %+v)", g, *want)
	}
	addr, _ := mvs.ParseAddressFor(n.cfg.GenesisAddress, n.net) // checked by Validate
	gb := &block{number: 0, timestamp: n.cfg.GenesisTime, txs: []*mvs.Tx{genesisTx(addr.Script(), n.cfg.GenesisValue)}}
	sealBlock(gb)
	n.chain.connect(gb)
	for i, rec := range slices.Clone(recs[min(1, len(recs)):]) {
		if err := n.replay(rec); err != nil {
			return fmt.Errorf("record %d: %w", i+2, err)
		}
	}
	return nil
}

func (n *Node) replay(rec record) error {
	switch rec.Kind {
	case "tx":
		tx, err := mvs.DecodeHex(rec.Raw)
		if err != nil {
			return err
		}
		fee, e := n.check(view{n.chain, n.pool}, tx)
		if e != nil {
			return fmt.Errorf("transaction %s no longer valid: %w", tx.Hash(), e)
		}
		n.pool.add(tx, fee)
	case "block":
		if rec.Number != n.chain.height()+1 {
			return fmt.Errorf("block %d follows block %d", rec.Number, n.chain.height())
		}
		if len(rec.Txs) != len(n.pool.txs) {
			return fmt.Errorf("block %d has %d transactions, the pool %d", rec.Number, len(rec.Txs), len(n.pool.txs))
		}
		for i, h := range rec.Txs {
			if got := n.pool.txs[i].Hash().String(); got != h {
				return fmt.Errorf("block %d: transaction %d is %s, the pool's %s", rec.Number, i, h, got)
			}
		}
		cb, err := mvs.DecodeHex(rec.Coinbase)
		if err != nil {
			return fmt.Errorf("block %d: coinbase: %w", rec.Number, err)
		}
		b := n.assemble(rec.Timestamp, cb)
		if b.hash.String() != rec.Hash {
			return fmt.Errorf("block %d: hash %s, recorded %s", rec.Number, b.hash, rec.Hash)
		}
		n.chain.connect(b)
		n.pool = newPool()
	case "drop":
		return n.replayDrop(rec)
	default:
		return fmt.Errorf("unknown record %q", rec.Kind)
	}
	return nil
}

// assemble builds the next block from the pool.
func (n *Node) assemble(timestamp uint32, cb *mvs.Tx) *block {
	b := &block{
		number:    n.chain.height() + 1,
		timestamp: timestamp,
		prev:      n.chain.tip().hash,
		txs:       append([]*mvs.Tx{cb}, n.pool.txs...),
	}
	sealBlock(b)
	return b
}

// Close closes the log. The node answers no more writes.
func (n *Node) Close() error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.closed {
		return nil
	}
	n.closed = true
	return n.store.Close()
}

// Network is the network whose address prefixes the node uses.
func (n *Node) Network() mvs.Network { return n.net }

// Height is the height of the best block.
func (n *Node) Height() uint64 {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.chain.height()
}

// PoolSize is the number of transactions waiting for a block.
func (n *Node) PoolSize() int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return len(n.pool.txs)
}

var errUnavailable = errors.New("the node is closed or its log failed")

func (n *Node) writable() error {
	if n.closed {
		return errUnavailable
	}
	if n.broken != nil {
		return fmt.Errorf("%w: %v", errUnavailable, n.broken)
	}
	return nil
}

// Submit validates a transaction as sendrawtx does and, if it passes, records it and adds it
// to the pool. A refusal is an *Error with mvsd's code and message.
func (n *Node) Submit(tx *mvs.Tx) (mvs.Hash, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if err := n.writable(); err != nil {
		return mvs.Hash{}, &Error{Code: codeTxBroadcast, Message: "broadcast transaction failure: " + err.Error()}
	}
	fee, e := n.check(view{n.chain, n.pool}, tx)
	if e != nil {
		return mvs.Hash{}, e
	}
	// Recorded before it is acknowledged: a restart keeps every transaction that got a hash.
	if err := n.store.append(record{Kind: "tx", Raw: tx.EncodeHex()}); err != nil {
		n.broken = err
		return mvs.Hash{}, &Error{Code: codeTxBroadcast, Message: "broadcast transaction failure: " + err.Error()}
	}
	n.pool.add(tx, fee)
	h := tx.Hash()
	n.log.Debug("transaction accepted", slog.String("tx_hash", h.String()), slog.Uint64("fee", fee))
	return h, nil
}

// Mine mines count blocks now, each with every transaction in the pool (the first one takes
// them all), and returns their hashes.
func (n *Node) Mine(count int) ([]mvs.Hash, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	hashes := make([]mvs.Hash, 0, count)
	for range count {
		if err := n.writable(); err != nil {
			return hashes, err
		}
		ts := uint32(time.Now().Unix())
		if tip := n.chain.tip().timestamp; ts < tip {
			ts = tip // timestamps never go back
		}
		cb := coinbase(n.chain.height()+1, n.minerScript, n.cfg.BlockReward+n.pool.fees)
		b := n.assemble(ts, cb)
		txs := make([]string, 0, len(n.pool.txs))
		for _, tx := range n.pool.txs {
			txs = append(txs, tx.Hash().String())
		}
		rec := record{Kind: "block", Number: b.number, Timestamp: ts, Coinbase: cb.EncodeHex(), Txs: txs, Hash: b.hash.String()}
		if err := n.store.append(rec); err != nil {
			n.broken = err
			return hashes, err
		}
		n.chain.connect(b)
		n.pool = newPool()
		hashes = append(hashes, b.hash)
		n.log.Info("block mined", slog.Uint64("block", b.number), slog.String("hash", b.hash.String()), slog.Int("txs", len(b.txs)))
	}
	return hashes, nil
}

// Run mines a block every cfg.BlockInterval until ctx is done; with a zero interval it only
// waits. It returns nil when ctx is done, or the error that stopped mining.
func (n *Node) Run(ctx context.Context) error {
	if n.cfg.BlockInterval <= 0 {
		<-ctx.Done()
		return nil
	}
	t := time.NewTicker(n.cfg.BlockInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
			if _, err := n.Mine(1); err != nil {
				return fmt.Errorf("mvsdevnet: mining: %w", err)
			}
		}
	}
}

// rawTx decodes sendrawtx's and decoderawtx's argument.
func rawTx(s string) (*mvs.Tx, error) {
	if _, err := hex.DecodeString(s); err != nil {
		return nil, err
	}
	return mvs.DecodeHex(s)
}
