// Package mvswatch is the watcher's Metaverse chain: a scan.Chain that reads final blocks from an
// mvsd node (JSON-RPC v3, through internal/mvsrpc) and finds the deposits made to the bridge.
//
// A deposit is an output of a block's transaction that
//   - pays the bridge's address (configured in the routes file), whether sent to the address or
//     to the bridge's avatar (to_did, attachment version 207; an output naming the avatar but
//     paying another address is not the bridge's);
//   - transfers an MST (an asset-transfer attachment), or ETP when a route maps the symbol "ETP";
//   - is not locked (a script with numequalverify, or a lock of any kind: mvs.IsLocked);
//   - is not sent by the bridge itself (no input of the transaction spends from the bridge's
//     address: that is the bridge's change or its own payout).
//
// Every deposit is one transfer, named by (chain, txid in display order, output index). Its
// Ethereum recipient is the transaction's memo, the content of its message output (ParseMemo).
// A deposit whose memo is missing or bad, or whose amount is below the route's minimum (or eaten
// by the fee), is a refund back to the sender on Metaverse: the address of the transaction's
// first input. A deposit of an MST that no route maps is not attested and is returned as
// scan.Unsupported, as is a refund whose sender cannot be named. Nothing is skipped silently,
// and an RPC failure fails the whole scan (the runner retries it), never a block.
package mvswatch

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"golang.org/x/sync/errgroup"

	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/mvsrpc"
	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/watcher/internal/attest"
	"github.com/tokendroplet/droplet/watcher/internal/scan"
)

// Node is the part of an mvsd JSON-RPC client the chain uses; *mvsrpc.Client implements it.
type Node interface {
	Height(ctx context.Context) (uint64, error)
	HeaderByHeight(ctx context.Context, height uint64) (*mvsrpc.Header, error)
	BlockByHeight(ctx context.Context, height uint64) (*mvsrpc.Block, error)
}

// DefaultConfirmations is the original bridge's for ETP and MST deposits.
const DefaultConfirmations = 12

// ETPSymbol is the route symbol that maps ETP itself.
const ETPSymbol = "ETP"

// Config of a Chain.
type Config struct {
	// Node is the operator's own Metaverse node.
	Node Node
	// Routes give the bridge's address and avatar, the network, and the MST (or ETP) routes.
	Routes *transfer.Routes
	// Confirmations: a block is final when it has this many blocks including itself, so
	// final = height - Confirmations + 1. Default DefaultConfirmations; at least 1.
	Confirmations uint64
	// Parallel is how many blocks are fetched at once during a scan; default 4.
	Parallel int
}

// Chain is the Metaverse scan.Chain.
type Chain struct {
	node          Node
	routes        *transfer.Routes
	net           mvs.Network
	chainID       uint64
	ethChain      uint64
	bridge        string // canonical form of the bridge's address
	confirmations uint64
	parallel      int
}

var _ scan.Chain = (*Chain)(nil)

// New checks c and makes a Chain.
func New(c Config) (*Chain, error) {
	if c.Node == nil {
		return nil, errors.New("mvswatch: no node")
	}
	if c.Routes == nil {
		return nil, errors.New("mvswatch: no routes")
	}
	net, err := mvs.ParseNetwork(c.Routes.Metaverse.Network)
	if err != nil {
		return nil, fmt.Errorf("mvswatch: %w", err)
	}
	addr, err := mvs.ParseAddressFor(c.Routes.Metaverse.BridgeAddress, net)
	if err != nil {
		return nil, fmt.Errorf("mvswatch: bridge address: %w", err)
	}
	if addr.Kind() != mvs.KindP2PKH {
		return nil, fmt.Errorf("mvswatch: bridge address %s is not a pay-to-key-hash address", addr)
	}
	if a := c.Routes.Metaverse.BridgeAvatar; a != "" {
		if err := mvs.ValidAvatar(a); err != nil {
			return nil, fmt.Errorf("mvswatch: bridge avatar: %w", err)
		}
	}
	if c.Confirmations == 0 {
		c.Confirmations = DefaultConfirmations
	}
	if c.Parallel <= 0 {
		c.Parallel = 4
	}
	return &Chain{
		node: c.Node, routes: c.Routes, net: net, chainID: c.Routes.MetaverseChainID(),
		ethChain: c.Routes.Ethereum.ChainID, bridge: addr.String(),
		confirmations: c.Confirmations, parallel: c.Parallel,
	}, nil
}

// ChainID is the configured Metaverse network's transfer chain id.
func (c *Chain) ChainID() uint64 { return c.chainID }

// Final is the block Confirmations-1 below the node's best; the genesis block while the chain
// is shorter than that (it is final by definition).
func (c *Chain) Final(ctx context.Context) (scan.Block, error) {
	h, err := c.node.Height(ctx)
	if err != nil {
		return scan.Block{}, err
	}
	var n uint64
	if h+1 >= c.confirmations {
		n = h + 1 - c.confirmations
	}
	hdr, err := c.node.HeaderByHeight(ctx, n)
	if err != nil {
		return scan.Block{}, err
	}
	if hdr.Number != n {
		return scan.Block{}, fmt.Errorf("%w: header %d asked, %d answered", mvsrpc.ErrBadAnswer, n, hdr.Number)
	}
	return scan.Block{Number: n, Hash: display(hdr.Hash), Parent: display(hdr.PreviousHash)}, nil
}

// Scan reads blocks from..to and returns what they hold for the bridge.
func (c *Chain) Scan(ctx context.Context, from, to uint64) (*scan.Range, error) {
	if to < from {
		return nil, fmt.Errorf("mvswatch: empty range %d-%d", from, to)
	}
	blocks := make([]*mvsrpc.Block, to-from+1)
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(c.parallel)
	for i := range blocks {
		g.Go(func() error {
			n := from + uint64(i)
			b, err := c.node.BlockByHeight(gctx, n)
			if err != nil {
				return fmt.Errorf("block %d: %w", n, err)
			}
			if b.Number != n {
				return fmt.Errorf("%w: block %d asked, %d answered", mvsrpc.ErrBadAnswer, n, b.Number)
			}
			blocks[i] = b
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	r := &scan.Range{Blocks: make([]scan.Block, 0, len(blocks))}
	for _, b := range blocks {
		r.Blocks = append(r.Blocks, scan.Block{Number: b.Number, Hash: display(b.Hash), Parent: display(b.PreviousHash)})
		for i := range b.Transactions {
			if err := c.scanTx(r, b, &b.Transactions[i]); err != nil {
				return nil, fmt.Errorf("block %d, transaction %s: %w", b.Number, b.Transactions[i].Hash, err)
			}
		}
	}
	return r, nil
}

// deposit is an output paying the bridge an asset a route may map.
type deposit struct {
	index  uint32
	symbol string
	amount uint64
}

func (c *Chain) scanTx(r *scan.Range, b *mvsrpc.Block, tx *mvsrpc.Tx) error {
	if len(tx.Inputs) == 0 || tx.Inputs[0].IsCoinbase() {
		return nil // a coinbase: mined, not sent; it has no sender and no memo
	}
	for _, in := range tx.Inputs {
		if in.Address == c.bridge {
			return nil // the bridge's own transaction: change, payouts
		}
	}
	var deps []deposit
	var memos []string
	for i := range tx.Outputs {
		o := &tx.Outputs[i]
		if o.Index != uint32(i) {
			return fmt.Errorf("%w: output %d says index %d", mvsrpc.ErrBadAnswer, i, o.Index)
		}
		a := &o.Attachment
		if a.Type == mvsrpc.AttachMessage {
			memos = append(memos, a.Content)
			continue
		}
		if o.Address != c.bridge {
			continue // not ours, whatever its to_did says
		}
		var d deposit
		switch a.Type {
		case mvsrpc.AttachAssetTransfer:
			d = deposit{index: o.Index, symbol: a.Symbol, amount: a.Quantity}
		case mvsrpc.AttachETP:
			if _, ok := c.routes.ByMST(ETPSymbol); !ok {
				continue // plain ETP to the bridge (its fee float): not a deposit without an ETP route
			}
			d = deposit{index: o.Index, symbol: ETPSymbol, amount: o.Value}
		default:
			continue // avatar registrations, issues, certificates: not deposits
		}
		script, err := o.ScriptBytes()
		if err != nil {
			return fmt.Errorf("%w: output %d: script: %v", mvsrpc.ErrBadAnswer, i, err)
		}
		if got, ok := mvs.ExtractAddress(script, c.net); !ok || got != c.bridge {
			return fmt.Errorf("%w: output %d: address %s but its script pays %q", mvsrpc.ErrBadAnswer, i, o.Address, got)
		}
		if o.LockedHeightRange > 0 || mvs.IsLocked(script) {
			continue // a locked deposit: ignored, as the original bridge did
		}
		deps = append(deps, d)
	}
	if len(deps) == 0 {
		return nil
	}
	memo, memoReason, haveMemo := memoOf(memos)
	var recipient [20]byte
	if haveMemo {
		var err error
		if recipient, err = ParseMemoFor(memo, c.routes); err != nil {
			memoReason, haveMemo = err.Error(), false
		}
	}
	sender := tx.Inputs[0].Address
	txid := display(tx.Hash)
	blockHash := display(b.Hash)
	for _, d := range deps {
		amount := new(big.Int).SetUint64(d.amount)
		rt, ok := c.routes.ByMST(d.symbol)
		if !ok || rt.IsDust(transfer.MvsToEth, amount) {
			reason := "no route for symbol " + d.symbol
			if ok {
				// Dust (or zero) costs more to pay or refund than it is worth: recorded for
				// manual handling, never attested.
				reason = "below the dust threshold of route " + rt.ID + ": " + formatUnits(amount, rt.Metaverse.Decimals) + " " + d.symbol
			}
			r.Unsupported = append(r.Unsupported, scan.Unsupported{
				SourceTx: txid, SourceIndex: d.index, Block: b.Number, Token: d.symbol,
				Amount: amount.String(), Sender: sender, Reason: reason,
			})
			continue
		}
		t := transfer.Transfer{
			SourceChain: c.chainID, SourceTx: txid, SourceIndex: d.index, SourceBlock: blockHash,
			Route: rt.Key(),
		}
		reason := memoReason
		if haveMemo {
			q := rt.Quote(transfer.MvsToEth, amount)
			if !q.Refund {
				t.DestChain, t.DestToken = c.ethChain, rt.DestToken(transfer.MvsToEth)
				t.Recipient, t.Amount, t.Fee = recipient[:], q.Amount, q.Fee
				r.Transfers = append(r.Transfers, scan.Found{Item: attest.Item{Transfer: t, Route: rt.ID}, Block: b.Number})
				continue
			}
			reason = "below the route minimum or eaten by the fee: " + formatUnits(amount, rt.Metaverse.Decimals) + " " + d.symbol
		}
		// A refund goes back to the sender on Metaverse.
		rcpt, err := mvs.ParseRecipient(sender, c.net)
		if err != nil || sender == "" {
			r.Unsupported = append(r.Unsupported, scan.Unsupported{
				SourceTx: txid, SourceIndex: d.index, Block: b.Number, Token: d.symbol,
				Amount: amount.String(), Sender: sender,
				Reason: "refund (" + reason + ") but the sender cannot be named: " + senderProblem(sender, err),
			})
			continue
		}
		q := rt.RefundQuote(transfer.MvsToEth, amount)
		if q.Amount.Sign() == 0 {
			r.Unsupported = append(r.Unsupported, scan.Unsupported{
				SourceTx: txid, SourceIndex: d.index, Block: b.Number, Token: d.symbol,
				Amount: amount.String(), Sender: sender,
				Reason: "refund (" + reason + ") but the fee takes all of it: nothing to refund",
			})
			continue
		}
		t.DestChain, t.DestToken = c.chainID, rt.DestToken(transfer.EthToMvs)
		t.Recipient, t.Amount, t.Fee = []byte(rcpt.String()), q.Amount, q.Fee
		r.Transfers = append(r.Transfers, scan.Found{
			Item: attest.Item{Transfer: t, Route: rt.ID}, Block: b.Number, Refund: true, Reason: reason,
		})
	}
	return nil
}

func senderProblem(sender string, err error) string {
	if sender == "" {
		return "the first input has no address"
	}
	return err.Error()
}

// display is a hash in display order (as mvsd prints it), the form transfers carry.
func display(h mvs.Hash) (d [32]byte) {
	for i := range h {
		d[i] = h[31-i]
	}
	return d
}

// formatUnits writes v base units of a token with dec decimals as a decimal number.
func formatUnits(v *big.Int, dec uint8) string {
	s := v.String()
	if dec == 0 {
		return s
	}
	for len(s) <= int(dec) {
		s = "0" + s
	}
	return s[:len(s)-int(dec)] + "." + s[len(s)-int(dec):]
}
