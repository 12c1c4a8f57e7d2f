package mvsdevnet

import (
	"fmt"
	"log/slog"
	"slices"

	"github.com/tokendroplet/droplet/internal/mvs"
)

// Drop removes a transaction from the memory pool, as a real node that evicts it (pool full, fee
// too low, a restart without its pool) would, with every pool transaction that no longer
// validates without it (one spending its outputs, say). It returns the hashes removed, h first.
// The removal is recorded in the log before it is acknowledged, so a restart does not bring the
// transaction back; sending it again is accepted like any new transaction. It is the devnet's
// own method devnet_droptx HASH; mvsd has no such method.
func (n *Node) Drop(h mvs.Hash) ([]mvs.Hash, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if err := n.writable(); err != nil {
		return nil, &Error{Code: codeGeneric, Message: err.Error()}
	}
	p, dropped, e := n.without(h)
	if e != nil {
		return nil, e
	}
	rec := record{Kind: "drop", Txs: make([]string, len(dropped))}
	for i, d := range dropped {
		rec.Txs[i] = d.String()
	}
	if err := n.store.append(rec); err != nil {
		n.broken = err
		return nil, &Error{Code: codeGeneric, Message: err.Error()}
	}
	n.pool = p
	n.log.Info("transaction dropped from the pool", slog.String("tx_hash", h.String()), slog.Int("dropped", len(dropped)))
	return dropped, nil
}

// without is the pool with h removed and the rest re-validated in arrival order, and the hashes
// removed (h first, then those that no longer validate).
func (n *Node) without(h mvs.Hash) (*pool, []mvs.Hash, *Error) {
	if _, ok := n.pool.byHash[h]; !ok {
		if _, mined := n.chain.txs[h]; mined {
			return nil, nil, &Error{Code: codeTxValidate, Message: "transaction is already in a block: " + h.String()}
		}
		return nil, nil, &Error{Code: codeTxNotFound, Message: "transaction does not exist!"}
	}
	p := newPool()
	dropped := []mvs.Hash{h}
	for _, tx := range n.pool.txs {
		th := tx.Hash()
		if th == h {
			continue
		}
		fee, e := n.check(view{n.chain, p}, tx)
		if e != nil {
			dropped = append(dropped, th)
			continue
		}
		p.add(tx, fee)
	}
	return p, dropped, nil
}

// replayDrop applies a recorded drop and checks it removes what it removed then.
func (n *Node) replayDrop(rec record) error {
	if len(rec.Txs) == 0 {
		return fmt.Errorf("a drop without a transaction")
	}
	h, err := mvs.ParseHash(rec.Txs[0])
	if err != nil {
		return fmt.Errorf("drop: %w", err)
	}
	p, dropped, e := n.without(h)
	if e != nil {
		return fmt.Errorf("drop %s: %w", h, e)
	}
	got := make([]string, len(dropped))
	for i, d := range dropped {
		got[i] = d.String()
	}
	if !slices.Equal(got, rec.Txs) {
		return fmt.Errorf("drop %s removes %v, recorded %v", h, got, rec.Txs)
	}
	n.pool = p
	return nil
}

// rpcDropTx is the devnet's own method: devnet_droptx HASH drops a pool transaction (Drop) and
// answers the hashes removed.
func (n *Node) rpcDropTx(a *args) (any, *Error) {
	h, err := mvs.ParseHash(a.pos[0])
	if err != nil {
		return nil, badArgument("the argument ('%s') for option '--HASH' is invalid", a.pos[0])
	}
	dropped, err := n.Drop(h)
	if err != nil {
		return nil, err.(*Error)
	}
	out := make([]string, len(dropped))
	for i, d := range dropped {
		out[i] = d.String()
	}
	return out, nil
}
