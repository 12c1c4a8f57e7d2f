// Package ethwatch is the watcher's Ethereum chain: it reads final blocks from one or more
// JSON-RPC endpoints and finds every deposit to the bridge, in the three ways a user can make one:
//
//   - (a) the bridge's deposit(token, amount, recipient), seen as its Deposit log;
//   - (b) a plain ERC20 transfer to the bridge whose calldata carries the recipient after the
//     standard 68 bytes (what wallets' memo fields produce);
//   - (c) a plain transfer from an address that registered a recipient with link(recipient): the
//     newest Linked log before the transfer counts. The links are kept in the watcher's database.
//
// Each deposit becomes a transfer to Metaverse, or a refund to the sender on Ethereum when its
// recipient is missing or invalid, its avatar unknown, or its amount below the route's minimum:
// never a silent skip. A token no route maps is reported as unsupported. The amount is what the
// bridge received (the Transfer log's or the Deposit's value), so fee-on-transfer tokens count
// right.
//
// Every answer of a node is checked (fields present, types right, blocks and logs consistent with
// each other); a bad answer, an error or a hanging node moves the call to the next endpoint, and
// when none answers the scan fails and the runner retries it. A range is never returned partly.
package ethwatch

import (
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"golang.org/x/sync/errgroup"

	"github.com/tokendroplet/droplet/contracts/bindings"
	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/pgmigrate"
	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/watcher/internal/attest"
	"github.com/tokendroplet/droplet/watcher/internal/scan"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Open applies this package's migrations to the watcher's database. Their numbers start at 1001
// because the scan runner's migrations share the schema_migrations table.
func Open(ctx context.Context, db *sql.DB) error {
	return pgmigrate.Apply(ctx, db, migrations, "migrations", 0x64726f706c657411)
}

// Config of the Ethereum chain.
type Config struct {
	// Endpoints are JSON-RPC URLs (http, https, ws, wss) in failover order.
	Endpoints []string
	Routes    *transfer.Routes
	Resolver  AvatarResolver
	DB        *sql.DB // the watcher's database, for the link registry (Open it first)
	Log       *slog.Logger
	// Confirmations: 0 follows the node's "finalized" block; n > 0 takes the head minus n, for
	// chains without finality.
	Confirmations uint64
	LogRange      uint64        // blocks per eth_getLogs; default 2000 (halved when a node refuses)
	HeaderBatch   int           // headers per batch request; default 250
	TxBatch       int           // transactions per batch request; default 100
	Parallel      int           // requests in flight; default 4
	Timeout       time.Duration // per request; default 15s
}

// Chain implements scan.Chain for Ethereum.
type Chain struct {
	c       Config
	nodes   *nodes
	chainID uint64
	bridge  common.Address
	rcpt    recipients
	links   linkStore
}

var _ scan.Chain = (*Chain)(nil)

// Event signatures.
var (
	bridgeABI  = bindings.NewBridge()
	depositSig = bridgeABI.GetABI().Events["Deposit"].ID
	linkedSig  = bridgeABI.GetABI().Events["Linked"].ID
	transferTo = crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))
	// transfer(address,uint256): the call a wallet makes, with the memo after its 68 bytes.
	transferSelector = crypto.Keccak256([]byte("transfer(address,uint256)"))[:4]
)

// New makes the chain; it dials nothing until first used.
func New(c Config) (*Chain, error) {
	if c.Routes == nil {
		return nil, errors.New("ethwatch: no routes")
	}
	if c.Resolver == nil {
		return nil, errors.New("ethwatch: no avatar resolver")
	}
	if c.DB == nil {
		return nil, errors.New("ethwatch: no database")
	}
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	if c.LogRange == 0 {
		c.LogRange = 2000
	}
	if c.HeaderBatch <= 0 {
		c.HeaderBatch = 250
	}
	if c.TxBatch <= 0 {
		c.TxBatch = 100
	}
	if c.Parallel <= 0 {
		c.Parallel = 4
	}
	if c.Timeout <= 0 {
		c.Timeout = 15 * time.Second
	}
	rule, err := mvs.NewRecipientRule(c.Routes.Metaverse.Network, c.Routes.Metaverse.BridgeAddress, c.Routes.Metaverse.BridgeAvatar)
	if err != nil {
		return nil, fmt.Errorf("ethwatch: metaverse side of the routes: %w", err)
	}
	chainID := c.Routes.Ethereum.ChainID
	n, err := newNodes(c.Endpoints, chainID, c.Timeout, c.Log)
	if err != nil {
		return nil, fmt.Errorf("ethwatch: %w", err)
	}
	return &Chain{c: c, nodes: n, chainID: chainID, bridge: c.Routes.EthereumBridge(),
		rcpt:  recipients{rule: rule, resolver: c.Resolver},
		links: linkStore{db: c.DB, chain: chainID}}, nil
}

// Close closes the connections to the nodes.
func (ch *Chain) Close() { ch.nodes.close() }

// ChainID is the Ethereum chain id.
func (ch *Chain) ChainID() uint64 { return ch.chainID }

// Final is the node's finalized block, or the head minus the configured confirmations.
func (ch *Chain) Final(ctx context.Context) (scan.Block, error) {
	var h blockHeader
	err := ch.nodes.do(ctx, "final block", func(ctx context.Context, c *rpc.Client) error {
		tag := "finalized"
		if ch.c.Confirmations > 0 {
			var head hexutil.Uint64
			if err := call(ctx, c, &head, "eth_blockNumber"); err != nil {
				return err
			}
			if uint64(head) < ch.c.Confirmations {
				return fmt.Errorf("head %d is not yet %d confirmations deep", uint64(head), ch.c.Confirmations)
			}
			tag = hexutil.EncodeUint64(uint64(head) - ch.c.Confirmations)
		}
		var raw json.RawMessage
		if err := c.CallContext(ctx, &raw, "eth_getBlockByNumber", tag, false); err != nil {
			if tag == "finalized" {
				return fmt.Errorf("eth_getBlockByNumber(finalized): %w (a chain without finality needs confirmations set)", err)
			}
			return fmt.Errorf("eth_getBlockByNumber(%s): %w", tag, err)
		}
		var err error
		if h, err = decodeHeader(raw); err != nil {
			return fmt.Errorf("eth_getBlockByNumber(%s): %w", tag, err)
		}
		if tag != "finalized" && hexutil.EncodeUint64(h.Number) != tag {
			return fmt.Errorf("eth_getBlockByNumber(%s): %w", tag, answerError("answer is block %d", h.Number))
		}
		return nil
	})
	if err != nil {
		return scan.Block{}, err
	}
	return scan.Block{Number: h.Number, Hash: h.Hash, Parent: h.Parent}, nil
}

// Scan reads blocks from..to and everything deposited to the bridge in them.
func (ch *Chain) Scan(ctx context.Context, from, to uint64) (*scan.Range, error) {
	if to < from {
		return nil, fmt.Errorf("scan %d-%d: empty range", from, to)
	}
	// Headers first: every log is checked against them where it is fetched, so that a node whose
	// logs do not belong to the blocks is failed over like any other bad answer.
	headers, err := ch.headers(ctx, from, to)
	if err != nil {
		return nil, err
	}
	logs, err := ch.logs(ctx, from, to, headers)
	if err != nil {
		return nil, err
	}
	rng := &scan.Range{Blocks: make([]scan.Block, len(headers))}
	for i, h := range headers {
		rng.Blocks[i] = scan.Block{Number: h.Number, Hash: h.Hash, Parent: h.Parent}
	}
	if err := ch.classify(ctx, from, logs, rng); err != nil {
		return nil, err
	}
	return rng, nil
}

// headers fetches every header of from..to in batches and checks that they chain.
func (ch *Chain) headers(ctx context.Context, from, to uint64) ([]blockHeader, error) {
	out := make([]blockHeader, to-from+1)
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(ch.c.Parallel)
	step := uint64(ch.c.HeaderBatch)
	for lo := from; lo <= to; lo += step {
		hi := min(to, lo+step-1)
		g.Go(func() error {
			return ch.nodes.do(gctx, fmt.Sprintf("headers %d-%d", lo, hi), func(ctx context.Context, c *rpc.Client) error {
				raws := make([]json.RawMessage, hi-lo+1)
				elems := make([]rpc.BatchElem, len(raws))
				for i := range elems {
					elems[i] = rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{hexutil.EncodeUint64(lo + uint64(i)), false}, Result: &raws[i]}
				}
				if err := batch(ctx, c, elems); err != nil {
					return err
				}
				for i, raw := range raws {
					n := lo + uint64(i)
					h, err := decodeHeader(raw)
					if err != nil {
						return fmt.Errorf("block %d: %w", n, err)
					}
					if h.Number != n {
						return fmt.Errorf("block %d: %w", n, answerError("answer is block %d", h.Number))
					}
					out[n-from] = h
				}
				return nil
			})
		})
		if hi == to {
			break
		}
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	for i := 1; i < len(out); i++ {
		if out[i].Parent != out[i-1].Hash {
			return nil, fmt.Errorf("%w: block %d's parent is %s, block %d is %s (the chain changed during the scan?)",
				ErrAnswer, out[i].Number, out[i].Parent, out[i-1].Number, out[i-1].Hash)
		}
	}
	return out, nil
}

// logs fetches the bridge's Deposit and Linked logs and every ERC20 Transfer log to the bridge,
// chunk by chunk. Each chunk's request also asks for the chunk's last block, so that a node that
// has not got there yet (and would answer "no logs") is caught.
func (ch *Chain) logs(ctx context.Context, from, to uint64, headers []blockHeader) ([]chainLog, error) {
	type chunk struct {
		lo, hi uint64
		logs   []chainLog
	}
	var chunks []*chunk
	for lo := from; lo <= to; lo += ch.c.LogRange {
		chunks = append(chunks, &chunk{lo: lo, hi: min(to, lo+ch.c.LogRange-1)})
		if lo+ch.c.LogRange-1 >= to {
			break
		}
	}
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(ch.c.Parallel)
	for _, k := range chunks {
		g.Go(func() (err error) {
			k.logs, err = ch.logChunk(gctx, k.lo, k.hi, func(n uint64) common.Hash { return headers[n-from].Hash })
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	var all []chainLog
	for _, k := range chunks {
		all = append(all, k.logs...)
	}
	slices.SortFunc(all, func(a, b chainLog) int {
		if a.Block != b.Block {
			return cmpU64(a.Block, b.Block)
		}
		return cmpU64(uint64(a.Index), uint64(b.Index))
	})
	for i := 1; i < len(all); i++ {
		if all[i].Block == all[i-1].Block && all[i].Index == all[i-1].Index {
			return nil, answerError("log %d of block %d returned twice", all[i].Index, all[i].Block)
		}
	}
	return all, nil
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// logChunk reads one chunk; when every endpoint refuses it with a JSON-RPC error (a result-size
// limit, typically), it is split in halves down to single blocks. hashOf gives each block's hash
// as the headers have it: the logs and the chunk's last block must agree with them.
func (ch *Chain) logChunk(ctx context.Context, lo, hi uint64, hashOf func(uint64) common.Hash) ([]chainLog, error) {
	var logs []chainLog
	bridgeTopic := common.BytesToHash(ch.bridge[:])
	err := ch.nodes.do(ctx, fmt.Sprintf("logs %d-%d", lo, hi), func(ctx context.Context, c *rpc.Client) error {
		var rawBridge, rawTransfers, rawEnd json.RawMessage
		fromTo := func(m map[string]any) map[string]any {
			m["fromBlock"], m["toBlock"] = hexutil.EncodeUint64(lo), hexutil.EncodeUint64(hi)
			return m
		}
		elems := []rpc.BatchElem{
			{Method: "eth_getLogs", Args: []any{fromTo(map[string]any{"address": ch.bridge,
				"topics": [][]common.Hash{{depositSig, linkedSig}}})}, Result: &rawBridge},
			{Method: "eth_getLogs", Args: []any{fromTo(map[string]any{
				"topics": []any{[]common.Hash{transferTo}, nil, []common.Hash{bridgeTopic}}})}, Result: &rawTransfers},
			{Method: "eth_getBlockByNumber", Args: []any{hexutil.EncodeUint64(hi), false}, Result: &rawEnd},
		}
		if err := batch(ctx, c, elems); err != nil {
			return err
		}
		bl, err := decodeLogs(rawBridge)
		if err != nil {
			return err
		}
		tl, err := decodeLogs(rawTransfers)
		if err != nil {
			return err
		}
		h, err := decodeHeader(rawEnd)
		if err != nil {
			return fmt.Errorf("block %d: %w", hi, err)
		}
		if h.Number != hi {
			return fmt.Errorf("block %d: %w", hi, answerError("answer is block %d", h.Number))
		}
		if h.Hash != hashOf(hi) {
			return answerError("block %d is %s for this node, %s in the headers (a node behind or on another fork)", hi, h.Hash, hashOf(hi))
		}
		// The node must have answered what was asked, and nothing else, of the blocks the headers
		// describe.
		for _, l := range append(bl, tl...) {
			if l.Block < lo || l.Block > hi {
				return answerError("eth_getLogs returned a log of block %d, outside %d-%d", l.Block, lo, hi)
			}
			if l.Hash != hashOf(l.Block) {
				return answerError("log %d of block %d has block hash %s, the block is %s", l.Index, l.Block, l.Hash, hashOf(l.Block))
			}
		}
		for _, l := range bl {
			if l.Address != ch.bridge || len(l.Topics) == 0 || (l.Topics[0] != depositSig && l.Topics[0] != linkedSig) {
				return answerError("eth_getLogs returned a log (tx %s, index %d) that does not match the bridge filter", l.Tx, l.Index)
			}
		}
		for _, l := range tl {
			if len(l.Topics) < 3 || l.Topics[0] != transferTo || l.Topics[2] != bridgeTopic {
				return answerError("eth_getLogs returned a log (tx %s, index %d) that is not a Transfer to the bridge", l.Tx, l.Index)
			}
		}
		logs = append(bl, tl...)
		return nil
	})
	var rpcErr rpc.Error
	if err != nil && errors.As(err, &rpcErr) && hi > lo && ctx.Err() == nil {
		mid := lo + (hi-lo)/2
		ch.c.Log.Warn("eth_getLogs refused; splitting the range", "from", lo, "to", hi, "err", err)
		a, errA := ch.logChunk(ctx, lo, mid, hashOf)
		if errA != nil {
			return nil, errA
		}
		b, errB := ch.logChunk(ctx, mid+1, hi, hashOf)
		if errB != nil {
			return nil, errB
		}
		return append(a, b...), nil
	}
	return logs, err
}

// txs fetches transactions by hash and checks each is the one asked for, in the block expected.
func (ch *Chain) txs(ctx context.Context, want map[common.Hash]common.Hash) (map[common.Hash]chainTx, error) {
	hashes := make([]common.Hash, 0, len(want))
	for h := range want {
		hashes = append(hashes, h)
	}
	slices.SortFunc(hashes, func(a, b common.Hash) int { return a.Cmp(b) })
	out := make(map[common.Hash]chainTx, len(hashes))
	results := make([]chainTx, len(hashes))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(ch.c.Parallel)
	for lo := 0; lo < len(hashes); lo += ch.c.TxBatch {
		part := hashes[lo:min(len(hashes), lo+ch.c.TxBatch)]
		res := results[lo : lo+len(part)]
		g.Go(func() error {
			return ch.nodes.do(gctx, fmt.Sprintf("%d transactions", len(part)), func(ctx context.Context, c *rpc.Client) error {
				raws := make([]json.RawMessage, len(part))
				elems := make([]rpc.BatchElem, len(part))
				for i, h := range part {
					elems[i] = rpc.BatchElem{Method: "eth_getTransactionByHash", Args: []any{h}, Result: &raws[i]}
				}
				if err := batch(ctx, c, elems); err != nil {
					return err
				}
				for i, raw := range raws {
					t, err := decodeTx(raw)
					if err != nil {
						return fmt.Errorf("transaction %s: %w", part[i], err)
					}
					if t.Hash != part[i] {
						return fmt.Errorf("transaction %s: %w", part[i], answerError("answer is transaction %s", t.Hash))
					}
					if t.Block != want[part[i]] {
						return fmt.Errorf("transaction %s: %w", part[i], answerError("in block %s, its logs are in %s", t.Block, want[part[i]]))
					}
					res[i] = t
				}
				return nil
			})
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	for i, h := range hashes {
		out[h] = results[i]
	}
	return out, nil
}

// deposit is one deposit found in the logs, before its recipient is known.
type deposit struct {
	log    chainLog
	kind   byte // 'a' deposit(), 'b'/'c' plain transfer (memo or link)
	token  common.Address
	sender common.Address
	amount *big.Int
	memo   []byte // deposit()'s recipient, or the calldata after 68 bytes of a direct transfer() call
}

// classify turns a range's logs into transfers, refunds and unsupported deposits.
func (ch *Chain) classify(ctx context.Context, from uint64, logs []chainLog, rng *scan.Range) error {
	var (
		links []link
		deps  []*deposit
		plain = map[common.Hash][]*deposit{} // Transfer logs by tx
	)
	for _, l := range logs {
		switch {
		case l.Address == ch.bridge && l.Topics[0] == linkedSig:
			lk, err := decodeLinked(l)
			if err != nil {
				return err
			}
			links = append(links, lk)
		case l.Address == ch.bridge && l.Topics[0] == depositSig:
			d, err := decodeDeposit(l)
			if err != nil {
				return err
			}
			deps = append(deps, d)
		default: // a Transfer log to the bridge
			d, reason := decodeTransfer(l)
			if reason != "" {
				if _, routed := ch.c.Routes.ByERC20(l.Address); routed {
					return answerError("Transfer log %d of tx %s by routed token %s: %s", l.Index, l.Tx, l.Address, reason)
				}
				sender := ""
				if len(l.Topics) > 1 {
					sender = l.Topics[1].Hex()
				}
				rng.Unsupported = append(rng.Unsupported, scan.Unsupported{SourceTx: l.Tx, SourceIndex: l.Index, Block: l.Block,
					Token: l.Address.Hex(), Amount: "0", Sender: sender, Reason: reason})
				continue
			}
			if d.sender == ch.bridge {
				// Security-critical: the bridge's own release (or a payout it was made to send
				// itself) is not a deposit; read as one it would be refunded to the bridge, which
				// releases again, round after round.
				ch.c.Log.Warn("ignored a Transfer log sent by the bridge itself", "tx_hash", l.Tx, "log_index", l.Index, "token", l.Address)
				continue
			}
			deps = append(deps, d)
			plain[l.Tx] = append(plain[l.Tx], d)
		}
	}
	// A deposit() moves the tokens with transferFrom first: that Transfer log is the deposit's,
	// not a plain transfer. Pair each Deposit with the nearest earlier unpaired Transfer of the
	// same token from the same sender in the same transaction.
	paired := map[*deposit]bool{}
	for _, d := range deps {
		if d.kind != 'a' {
			continue
		}
		ts := plain[d.log.Tx]
		for i := len(ts) - 1; i >= 0; i-- {
			t := ts[i]
			if !paired[t] && t.log.Index < d.log.Index && t.token == d.token && t.sender == d.sender {
				paired[t] = true
				break
			}
		}
	}
	// Plain transfers of routed tokens need their transaction to read a memo.
	needTx := map[common.Hash]common.Hash{}
	for _, d := range deps {
		if d.kind == 'b' && !paired[d] && d.amount.Sign() > 0 && d.sender != (common.Address{}) {
			if _, routed := ch.c.Routes.ByERC20(d.token); routed {
				needTx[d.log.Tx] = d.log.Hash
			}
		}
	}
	txs, err := ch.txs(ctx, needTx)
	if err != nil {
		return err
	}
	if err := ch.links.save(ctx, links); err != nil {
		return err
	}
	var accounts []common.Address
	for _, d := range deps {
		if d.kind != 'b' || paired[d] {
			continue
		}
		if t, ok := txs[d.log.Tx]; ok {
			d.memo = memoOf(t, d.token, ch.bridge)
		}
		accounts = append(accounts, d.sender)
	}
	before, err := ch.links.before(ctx, accounts, from)
	if err != nil {
		return err
	}
	byAccount := map[common.Address][]link{}
	for _, l := range links {
		byAccount[l.account] = append(byAccount[l.account], l)
	}
	cache := map[string]resolved{}
	for _, d := range deps {
		if paired[d] {
			continue
		}
		if err := ch.emit(ctx, d, byAccount, before, cache, rng); err != nil {
			return err
		}
	}
	return nil
}

// memoOf returns the memo a plain transfer carried: the calldata after transfer(bridge, value)'s
// 68 bytes, when the transaction called the token's transfer directly. Anything else (a contract
// wallet, a transferFrom, a creation) carries no memo we can read.
func memoOf(t chainTx, token, bridge common.Address) []byte {
	in := t.Input
	if t.To == nil || *t.To != token || len(in) < 68 || string(in[:4]) != string(transferSelector) {
		return nil
	}
	if common.BytesToAddress(in[4:36]) != bridge || [12]byte(in[4:16]) != [12]byte{} {
		return nil
	}
	return in[68:]
}

// emit makes the transfer, refund or unsupported record of one deposit.
func (ch *Chain) emit(ctx context.Context, d *deposit, inRange map[common.Address][]link, before map[common.Address][]byte,
	cache map[string]resolved, rng *scan.Range) error {
	l := d.log
	unsupported := func(reason string) {
		rng.Unsupported = append(rng.Unsupported, scan.Unsupported{SourceTx: l.Tx, SourceIndex: l.Index, Block: l.Block,
			Token: d.token.Hex(), Amount: d.amount.String(), Sender: d.sender.Hex(), Reason: reason})
	}
	rt, ok := ch.c.Routes.ByERC20(d.token)
	switch {
	case !ok:
		unsupported("no route for this token")
		return nil
	case rt.IsDust(transfer.EthToMvs, d.amount):
		// Dust (or zero) costs more to pay or refund than it is worth: recorded for manual
		// handling, never attested.
		unsupported(fmt.Sprintf("below the dust threshold of route %s: nothing worth paying or refunding", rt.ID))
		return nil
	case d.sender == (common.Address{}):
		unsupported("minted to the bridge: no sender to pay or refund")
		return nil
	}

	// Find the recipient, or why there is none.
	var memo string
	var refund string
	switch {
	case d.kind == 'a':
		m, err := ParseMemo(d.memo)
		switch {
		case err != nil:
			refund = "bad memo: " + err.Error()
		case m == "":
			refund = "bad memo: empty recipient"
		default:
			memo = m
		}
	default:
		m, err := ParseMemo(d.memo)
		switch {
		case err != nil:
			refund = "bad memo: " + err.Error()
		case m != "":
			memo = m
		default:
			lk, ok := latestLink(inRange, before, d.sender, l.Block, l.Index)
			if !ok {
				refund = "no memo and no linked recipient"
				break
			}
			m, err := ParseMemo(lk)
			switch {
			case err != nil || m == "":
				refund = fmt.Sprintf("linked recipient %s is not valid", quote(lk))
			default:
				memo = m
			}
		}
	}
	var recipient string
	if refund == "" {
		r, err := ch.rcpt.resolve(ctx, memo, cache)
		if err != nil {
			return fmt.Errorf("deposit in tx %s (log %d): %w", l.Tx, l.Index, err)
		}
		recipient, refund = r.recipient, r.refund
	}
	var q transfer.Quote
	if refund == "" {
		q = rt.Quote(transfer.EthToMvs, d.amount)
		if q.Refund {
			refund = fmt.Sprintf("below the minimum of route %s (or eaten by the fee)", rt.ID)
		}
	}
	t := transfer.Transfer{SourceChain: ch.chainID, SourceTx: l.Tx, SourceIndex: l.Index, SourceBlock: l.Hash, Route: rt.Key()}
	if refund == "" {
		t.DestChain, t.DestToken, t.Recipient = ch.c.Routes.MetaverseChainID(), rt.DestToken(transfer.EthToMvs), []byte(recipient)
	} else {
		q = rt.RefundQuote(transfer.EthToMvs, d.amount)
		if q.Amount.Sign() == 0 {
			unsupported(fmt.Sprintf("refund (%s) but the fee takes all of it: nothing to refund", refund))
			return nil
		}
		t.DestChain, t.DestToken, t.Recipient = ch.chainID, transfer.EthereumToken(d.token), d.sender.Bytes()
	}
	t.Amount, t.Fee = q.Amount, q.Fee
	if err := t.Validate(); err != nil { // a bug here, never the sender's doing
		return fmt.Errorf("deposit in tx %s (log %d): built an invalid transfer: %w", l.Tx, l.Index, err)
	}
	rng.Transfers = append(rng.Transfers, scan.Found{Item: attest.Item{Transfer: t, Route: rt.ID}, Block: l.Block,
		Refund: refund != "", Reason: refund})
	return nil
}

func decodeDeposit(l chainLog) (*deposit, error) {
	if len(l.Topics) != 3 || len(l.Data) < 128 {
		return nil, answerError("Deposit log %d of tx %s: %d topics, %d data bytes", l.Index, l.Tx, len(l.Topics), len(l.Data))
	}
	ev, err := bridgeABI.UnpackDepositEvent(l.typesLog())
	if err != nil {
		return nil, answerError("Deposit log %d of tx %s: %v", l.Index, l.Tx, err)
	}
	if err := checkAddressTopics(l.Topics[1:]); err != nil {
		return nil, answerError("Deposit log %d of tx %s: %v", l.Index, l.Tx, err)
	}
	return &deposit{log: l, kind: 'a', token: ev.Token, sender: ev.Sender, amount: ev.Amount, memo: []byte(ev.Recipient)}, nil
}

func decodeLinked(l chainLog) (link, error) {
	if len(l.Topics) != 2 || len(l.Data) < 64 {
		return link{}, answerError("Linked log %d of tx %s: %d topics, %d data bytes", l.Index, l.Tx, len(l.Topics), len(l.Data))
	}
	ev, err := bridgeABI.UnpackLinkedEvent(l.typesLog())
	if err != nil {
		return link{}, answerError("Linked log %d of tx %s: %v", l.Index, l.Tx, err)
	}
	if err := checkAddressTopics(l.Topics[1:]); err != nil {
		return link{}, answerError("Linked log %d of tx %s: %v", l.Index, l.Tx, err)
	}
	return link{account: ev.Account, block: l.Block, index: l.Index, blockHash: l.Hash, tx: l.Tx, recipient: []byte(ev.Recipient)}, nil
}

// decodeTransfer reads an ERC20 Transfer(from, to, value) log; the reason says why a log of that
// signature is not one (an ERC721 transfer, say).
func decodeTransfer(l chainLog) (*deposit, string) {
	if len(l.Topics) != 3 || len(l.Data) != 32 {
		return nil, fmt.Sprintf("not an ERC20 Transfer log (%d topics, %d data bytes)", len(l.Topics), len(l.Data))
	}
	if err := checkAddressTopics(l.Topics[1:3]); err != nil {
		return nil, "not an ERC20 Transfer log: " + err.Error()
	}
	return &deposit{log: l, kind: 'b', token: l.Address, sender: common.BytesToAddress(l.Topics[1][12:]),
		amount: new(big.Int).SetBytes(l.Data)}, ""
}

func (l chainLog) typesLog() *types.Log {
	return &types.Log{Address: l.Address, Topics: l.Topics, Data: l.Data, BlockNumber: l.Block, TxHash: l.Tx,
		TxIndex: uint(l.TxIndex), BlockHash: l.Hash, Index: uint(l.Index)}
}

func checkAddressTopics(ts []common.Hash) error {
	for _, t := range ts {
		if [12]byte(t[:12]) != [12]byte{} {
			return fmt.Errorf("topic %s is not an address", t)
		}
	}
	return nil
}
