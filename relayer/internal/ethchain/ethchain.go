// Package ethchain is the relayer's Ethereum payout chain: it sends the bridge's release or mint
// with the signer's authorisation from the relayer's gas key, and follows the receipt to n
// confirmations. Before every (re)submission it asks the contract whether the transfer's id is
// already consumed, so a duplicate or a resubmission after a crash pays nothing twice (the
// contract refuses a second payout of an id in any case).
//
// Every payout's nonce, fees and signed transactions are recorded in the relayer's database
// before they are broadcast. Nonces are allocated under a row lock, so replicas sharing the
// database never give one nonce to two transfers, and never below the node's pending nonce, so a
// key also used elsewhere is followed. A payout left unmined for ReplaceAfter is re-sent with the
// same nonce and fees raised by FeeBumpPercent, never above MaxFee; a receipt of any of its
// transactions counts.
//
// Every call to the node has its own deadline (CallTimeout). A payout counts as submitted only
// once the node accepted it or shows it known; a refusal, garbage or no answer fails the attempt,
// and a refusal "for its nonce" is believed only when the node's own nonce count agrees, so a
// misbehaving node never makes the relayer skip a nonce.
package ethchain

import (
	"context"
	"crypto/ecdsa"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tokendroplet/droplet/contracts"
	"github.com/tokendroplet/droplet/contracts/bindings"
	"github.com/tokendroplet/droplet/internal/transfer"
	relayerv1 "github.com/tokendroplet/droplet/proto/droplet/relayer/v1"
	"github.com/tokendroplet/droplet/relayer/internal/pipeline"
	"github.com/tokendroplet/droplet/relayer/internal/store"
)

// Backend is the part of an Ethereum client the chain uses (ethclient.Client and the simulated
// backend's client both qualify).
type Backend interface {
	ethereum.ChainReader
	ethereum.TransactionReader
	ethereum.ContractCaller
	ethereum.GasEstimator
	ethereum.GasPricer1559
	ethereum.PendingStateReader
	ethereum.TransactionSender
	ethereum.LogFilterer
	ethereum.BlockNumberReader
	ethereum.ChainIDReader
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
}

// Defaults of Config.
const (
	DefaultReplaceAfter   = 3 * time.Minute
	DefaultFeeBumpPercent = 12
	// MinFeeBumpPercent is the smallest raise node pools accept for a replacement (geth, anvil
	// and reth all ask 10% of both the tip and the fee cap).
	MinFeeBumpPercent = 10
)

// Config of the chain.
type Config struct {
	Client        Backend
	Routes        *transfer.Routes
	GasKey        *ecdsa.PrivateKey
	MaxFee        *big.Int // wei per gas, the most the relayer pays
	Confirmations uint64
	// DB is the relayer's database, where each payout's nonce and transactions are recorded
	// before they are broadcast (tables eth_accounts, eth_nonces and eth_txs). Without it (tests
	// of other packages) the record lives in memory and does not survive a restart.
	DB *sql.DB
	// ReplaceAfter is how long a payout may stay unmined before it is re-sent with higher fees;
	// DefaultReplaceAfter if zero.
	ReplaceAfter time.Duration
	// FeeBumpPercent is how much a replacement raises both the tip and the fee cap, at least
	// MinFeeBumpPercent; DefaultFeeBumpPercent if zero.
	FeeBumpPercent uint64
	// CallTimeout bounds each call to the node (a node that accepts a request and never answers
	// fails that call, and the pipeline retries the step); DefaultCallTimeout if zero.
	CallTimeout time.Duration
	Log         *slog.Logger // discarded if nil
}

// Errors a payout reports (wrapped, with the transaction and the numbers).
var (
	// ErrReverted: a payout transaction was mined and reverted. It is reported once; the next
	// Follow returns Dropped and Submit checks consumed() and the bridge's verdict again.
	ErrReverted = errors.New("payout reverted")
	// ErrFeeCap: the fees a payout needs are above the configured maximum: it is not sent, or
	// (reported once) it stays unmined at the maximum and is not raised further.
	ErrFeeCap = errors.New("fee cap reached")
)

// Chain pays out on Ethereum.
type Chain struct {
	c       Config
	bridge  common.Address
	from    common.Address
	chainID *big.Int
	abi     *bindings.Bridge
	l       ledger
	log     *slog.Logger

	// beforeSend, when set (tests), runs after a transaction is recorded and before it is
	// broadcast; an error stops there, as a crash would.
	beforeSend func(*types.Transaction) error
}

var _ pipeline.Chain = (*Chain)(nil)

var (
	releasedTopic = crypto.Keccak256Hash([]byte("Released(bytes32,address,address,uint256)"))
	mintedTopic   = crypto.Keccak256Hash([]byte("Minted(bytes32,address,address,uint256)"))
)

// New checks that the node serves the configured chain and resyncs the gas account's next nonce
// with the node's pending nonce (the key may have been used while the relayer was down).
func New(ctx context.Context, c Config) (*Chain, error) {
	if c.Client == nil || c.Routes == nil {
		return nil, errors.New("ethchain: client and routes are required")
	}
	if c.CallTimeout == 0 {
		c.CallTimeout = DefaultCallTimeout
	}
	if c.CallTimeout < 0 {
		return nil, errors.New("ethchain: the call timeout must be positive")
	}
	c.Client = deadlined{b: c.Client, d: c.CallTimeout}
	id, err := c.Client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("ethereum chain id: %w", err)
	}
	if !id.IsUint64() || id.Uint64() != c.Routes.Ethereum.ChainID {
		return nil, fmt.Errorf("the Ethereum node serves chain %s, the routes name %d", id, c.Routes.Ethereum.ChainID)
	}
	if c.MaxFee == nil || c.MaxFee.Sign() <= 0 || c.Confirmations == 0 || c.GasKey == nil {
		return nil, errors.New("ethchain: gas key, max fee and confirmations are required")
	}
	if c.ReplaceAfter == 0 {
		c.ReplaceAfter = DefaultReplaceAfter
	}
	if c.FeeBumpPercent == 0 {
		c.FeeBumpPercent = DefaultFeeBumpPercent
	}
	if c.ReplaceAfter < 0 || c.FeeBumpPercent < MinFeeBumpPercent {
		return nil, fmt.Errorf("ethchain: replace after must be positive and the fee bump at least %d%%", MinFeeBumpPercent)
	}
	if c.Log == nil {
		c.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	ch := &Chain{c: c, bridge: c.Routes.EthereumBridge(), from: crypto.PubkeyToAddress(c.GasKey.PublicKey), chainID: id,
		abi: bindings.NewBridge(), log: c.Log.With("chain", "ethereum")}
	if c.DB != nil {
		ch.l = &pgLedger{db: c.DB, chainID: int64(id.Uint64()), addr: ch.from.Bytes()}
	} else {
		ch.l = &memLedger{}
	}
	if _, err := ch.resync(ctx); err != nil {
		return nil, err
	}
	return ch, nil
}

// resync lifts the ledger's next nonce to the node's pending nonce and returns that floor.
func (c *Chain) resync(ctx context.Context) (uint64, error) {
	floor, err := c.c.Client.PendingNonceAt(ctx, c.from)
	if err != nil {
		return 0, fmt.Errorf("pending nonce: %w", err)
	}
	before, err := c.l.next(ctx)
	if err != nil {
		return 0, err
	}
	after, err := c.l.raise(ctx, floor)
	if err != nil {
		return 0, err
	}
	if after != before {
		c.log.Info("gas key nonce resynced from the node", "from", before, "to", after, "address", c.from)
	}
	return floor, nil
}

// ChainID is the Ethereum chain id.
func (c *Chain) ChainID() uint64 { return c.c.Routes.Ethereum.ChainID }

// Propose: an Ethereum payout needs nothing but the signature.
func (c *Chain) Propose(context.Context, *store.Transfer) ([]byte, [][]byte, error) {
	return nil, nil, nil
}

func (c *Chain) consumed(ctx context.Context, id []byte) (bool, error) {
	out, err := c.c.Client.CallContract(ctx, ethereum.CallMsg{To: &c.bridge, Data: c.abi.PackConsumed([32]byte(id))}, nil)
	if err != nil {
		return false, fmt.Errorf("consumed: %w", err)
	}
	return c.abi.UnpackConsumed(out)
}

// paidBy finds the transaction that paid id, from the contract's Released or Minted log.
func (c *Chain) paidBy(ctx context.Context, id []byte) (common.Hash, error) {
	logs, err := c.c.Client.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{c.bridge},
		Topics: [][]common.Hash{{releasedTopic, mintedTopic}, {common.BytesToHash(id)}}})
	if err != nil {
		return common.Hash{}, fmt.Errorf("payout logs: %w", err)
	}
	if len(logs) == 0 {
		return common.Hash{}, errors.New("consumed on chain, but no payout log found")
	}
	return logs[0].TxHash, nil
}

func (c *Chain) transferOf(t *store.Transfer) (*transfer.Transfer, *transfer.Route, error) {
	rt, ok := c.c.Routes.Route(t.Route)
	if !ok {
		return nil, nil, fmt.Errorf("unknown route %q", t.Route)
	}
	return &transfer.Transfer{SourceChain: t.SourceChain, SourceTx: [32]byte(t.SourceTx), SourceIndex: t.SourceIndex,
		SourceBlock: [32]byte(t.SourceBlock), Route: rt.Key(), DestChain: t.DestChain, DestToken: [32]byte(t.DestToken),
		Recipient: t.Recipient, Amount: t.Amount, Fee: t.Fee}, rt, nil
}

func idString(id []byte) string { return fmt.Sprintf("0x%x", id) }

// Submit sends release or mint, unless the id is already paid (then it returns that payment). A
// transfer whose payout holds a nonce gets that payout again: sent as it is (unless the node has
// it already), or, once it has waited ReplaceAfter, replaced with higher fees; a new nonce only
// when the old one is spent.
func (c *Chain) Submit(ctx context.Context, t *store.Transfer) ([]byte, error) {
	if len(t.EthR) != 32 || len(t.EthS) != 32 {
		return nil, errors.New("no signer authorisation stored")
	}
	s, err := c.l.pending(ctx, t.ID)
	if err != nil {
		return nil, err
	}
	// Security-critical: the contract is asked before every (re)submission.
	done, err := c.consumed(ctx, t.ID)
	if err != nil {
		return nil, err
	}
	if done {
		h, err := c.paidBy(ctx, t.ID)
		if err != nil {
			return nil, err
		}
		if s != nil {
			if err := c.paidElsewhere(ctx, s, h); err != nil {
				return nil, err
			}
		}
		return h.Bytes(), nil
	}
	if s != nil {
		h, err := c.resend(ctx, s)
		if !errors.Is(err, errNonceSpent) {
			return h, err
		}
	}
	return c.sendNew(ctx, t)
}

// errNonceSpent: the slot's nonce was used by a transaction that did not pay the transfer.
var errNonceSpent = errors.New("nonce spent")

// paidElsewhere settles the transfer's pending slot once the contract shows it paid by h.
func (c *Chain) paidElsewhere(ctx context.Context, s *slot, h common.Hash) error {
	if s.has(h) {
		_, err := c.l.settle(ctx, s, slotMined, "")
		return err
	}
	latest, err := c.c.Client.NonceAt(ctx, c.from, nil)
	if err != nil {
		return fmt.Errorf("nonce: %w", err)
	}
	if latest > s.Nonce {
		_, err := c.l.settle(ctx, s, slotSuperseded, fmt.Sprintf("transfer paid by %s; the nonce was used by another transaction", h))
		return err
	}
	// The relayer's transaction still holds the nonce: it must be mined (it reverts, the id being
	// consumed) or every later nonce waits behind it. It is left in the pool, rebroadcast here
	// and by every later payout's Follow until mined.
	if _, err := c.l.settle(ctx, s, slotOrphaned, fmt.Sprintf("transfer paid by %s first; this transaction only fills nonce %d", h, s.Nonce)); err != nil {
		return err
	}
	c.log.Warn("transfer paid by another transaction while the relayer's payout was unmined; it stays to fill its nonce",
		"transfer_id", idString(s.Transfer), "tx_hash", s.last().Hash(), "paid_by", h, "nonce", s.Nonce)
	c.rebroadcast(ctx, s.last())
	return nil
}

// rebroadcast sends a recorded transaction again; the node may know it, or the nonce may be
// mined meanwhile, and neither is an error here.
func (c *Chain) rebroadcast(ctx context.Context, tx *types.Transaction) {
	if err := c.c.Client.SendTransaction(ctx, tx); classify(err) == sendFailed {
		c.log.Warn("rebroadcast failed", "tx_hash", tx.Hash(), "nonce", tx.Nonce(), "err", err)
	}
}

// mined returns the receipt of whichever of s's transactions is mined, newest first, with that
// transaction; nil if none.
func (c *Chain) mined(ctx context.Context, txs []*types.Transaction) (*types.Receipt, *types.Transaction, error) {
	for i := len(txs) - 1; i >= 0; i-- {
		r, err := c.c.Client.TransactionReceipt(ctx, txs[i].Hash())
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil {
			return nil, nil, fmt.Errorf("receipt %s: %w", txs[i].Hash(), err)
		}
		return r, txs[i], nil
	}
	return nil, nil, nil
}

// resend submits the transfer's pending payout again. It returns errNonceSpent when the nonce is
// gone without paying the transfer (the caller takes a new one).
func (c *Chain) resend(ctx context.Context, s *slot) ([]byte, error) {
	latest, err := c.c.Client.NonceAt(ctx, c.from, nil)
	if err != nil {
		return nil, fmt.Errorf("nonce: %w", err)
	}
	if latest > s.Nonce {
		return nil, c.spent(ctx, s)
	}
	last := s.last()
	if time.Since(s.BroadcastAt) < c.c.ReplaceAfter {
		return c.resendAsIs(ctx, s)
	}
	head, tip, err := c.market(ctx)
	if err != nil {
		return nil, err
	}
	newTip, newCap, ok := replacementFees(last.GasTipCap(), last.GasFeeCap(), head, tip, c.c.MaxFee, c.c.FeeBumpPercent)
	if !ok {
		// At the cap: Follow reported it; the transaction stays as it is.
		c.rebroadcast(ctx, last)
		if err := c.l.touch(ctx, s, false); err != nil {
			return nil, err
		}
		return last.Hash().Bytes(), nil
	}
	tx, err := types.SignNewTx(c.c.GasKey, types.LatestSignerForChainID(c.chainID), &types.DynamicFeeTx{
		ChainID: c.chainID, Nonce: s.Nonce, GasTipCap: newTip, GasFeeCap: newCap, Gas: last.Gas(), To: last.To(), Data: last.Data()})
	if err != nil {
		return nil, fmt.Errorf("sign replacement: %w", err)
	}
	if err := c.l.replace(ctx, s, tx); err != nil {
		return nil, err
	}
	if c.beforeSend != nil {
		if err := c.beforeSend(tx); err != nil {
			return nil, err
		}
	}
	err = c.c.Client.SendTransaction(ctx, tx)
	switch classify(err) {
	case sent:
		c.log.Info("payout replaced with higher fees", "transfer_id", idString(s.Transfer), "nonce", s.Nonce, "tx_hash", tx.Hash(),
			"replaces", last.Hash(), "tip_cap", newTip, "fee_cap", newCap)
		return tx.Hash().Bytes(), nil
	case nonceTooLow:
		// One of the earlier transactions was mined meanwhile: the next call finds its receipt.
		return nil, fmt.Errorf("replacement of nonce %d: the nonce was mined meanwhile: %w", s.Nonce, err)
	}
	return nil, fmt.Errorf("send replacement %s of nonce %d: %w", tx.Hash(), s.Nonce, err)
}

// resendAsIs hands the slot's newest transaction to the node again, unless the node has it
// already (an earlier broadcast whose answer was lost). The transfer counts as submitted only
// once the node accepted it: a node that refuses it or does not answer fails the attempt, so the
// pipeline retries and, in the end, fails the transfer with the node's reason instead of
// following a transaction the node never took.
func (c *Chain) resendAsIs(ctx context.Context, s *slot) ([]byte, error) {
	last := s.last()
	_, _, err := c.c.Client.TransactionByHash(ctx, last.Hash())
	if err == nil {
		return last.Hash().Bytes(), nil
	}
	if !errors.Is(err, ethereum.NotFound) {
		return nil, fmt.Errorf("look up payout %s (nonce %d): %w", last.Hash(), s.Nonce, err)
	}
	if err := c.c.Client.SendTransaction(ctx, last); classify(err) != sent {
		return nil, fmt.Errorf("send %s again (nonce %d): %w", last.Hash(), s.Nonce, err)
	}
	return last.Hash().Bytes(), nil
}

// spent settles a slot whose nonce the chain has passed: mined by one of its transactions (then
// that one's receipt decides) or by someone else's. It returns errNonceSpent if the transfer needs
// a new nonce, or ErrReverted (once) with the reason.
func (c *Chain) spent(ctx context.Context, s *slot) error {
	r, tx, err := c.mined(ctx, s.Txs)
	if err != nil {
		return err
	}
	if r == nil {
		if _, err := c.l.settle(ctx, s, slotSuperseded, "the nonce was used by a transaction that is not the relayer's"); err != nil {
			return err
		}
		c.log.Warn("payout nonce used outside the relayer: taking a new one", "transfer_id", idString(s.Transfer), "nonce", s.Nonce)
		return errNonceSpent
	}
	if r.Status == types.ReceiptStatusSuccessful {
		// consumed() said no a moment ago: a reorganisation. Follow finds the receipt again.
		return fmt.Errorf("payout %s of nonce %d is mined but the id is not consumed: a reorganisation? retrying", r.TxHash, s.Nonce)
	}
	reason := c.revertReason(ctx, tx, r)
	first, err := c.l.settle(ctx, s, slotReverted, reason)
	if err != nil {
		return err
	}
	if first {
		return fmt.Errorf("%w: %s (nonce %d) in block %s: %s", ErrReverted, r.TxHash, s.Nonce, r.BlockNumber, reason)
	}
	return errNonceSpent
}

// market is the latest base fee and the node's suggested tip.
func (c *Chain) market(ctx context.Context) (base, tip *big.Int, err error) {
	head, err := c.c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("head: %w", err)
	}
	tip, err = c.c.Client.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("tip: %w", err)
	}
	base = head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	return base, tip, nil
}

// sendNew gives the transfer a new nonce, records its payout and broadcasts it. A nonce refused
// because the key was used elsewhere is settled as superseded and a fresh one taken, resynced
// from the node.
func (c *Chain) sendNew(ctx context.Context, t *store.Transfer) ([]byte, error) {
	tr, rt, err := c.transferOf(t)
	if err != nil {
		return nil, err
	}
	var data []byte
	if rt.Ethereum.Mode == transfer.ModeMint {
		data = c.abi.PackMint(contracts.TransferArg(tr), [32]byte(t.EthR), [32]byte(t.EthS), t.WatcherSigs)
	} else {
		data = c.abi.PackRelease(contracts.TransferArg(tr), [32]byte(t.EthR), [32]byte(t.EthS), t.WatcherSigs)
	}
	base, tip, err := c.market(ctx)
	if err != nil {
		return nil, err
	}
	tip, feeCap, err := initialFees(base, tip, c.c.MaxFee)
	if err != nil {
		return nil, err
	}
	gas, err := c.c.Client.EstimateGas(ctx, ethereum.CallMsg{From: c.from, To: &c.bridge, Data: data})
	if err != nil {
		return nil, fmt.Errorf("the bridge would refuse the payout: %s", describe(err))
	}
	const tries = 3
	for range tries {
		floor, err := c.resync(ctx)
		if err != nil {
			return nil, err
		}
		s, err := c.l.allocate(ctx, t.ID, floor, func(nonce uint64) (*types.Transaction, error) {
			tx, err := types.SignNewTx(c.c.GasKey, types.LatestSignerForChainID(c.chainID), &types.DynamicFeeTx{
				ChainID: c.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas + gas/5, To: &c.bridge, Data: data})
			if err != nil {
				return nil, fmt.Errorf("sign payout: %w", err)
			}
			return tx, nil
		})
		if err != nil {
			return nil, err
		}
		tx := s.last()
		if c.beforeSend != nil {
			if err := c.beforeSend(tx); err != nil {
				return nil, err
			}
		}
		err = c.c.Client.SendTransaction(ctx, tx)
		switch classify(err) {
		case sent:
			c.log.Info("payout sent", "transfer_id", idString(t.ID), "nonce", s.Nonce, "tx_hash", tx.Hash(), "tip_cap", tx.GasTipCap(),
				"fee_cap", tx.GasFeeCap())
			return tx.Hash().Bytes(), nil
		case sendFailed:
			// The payout stays recorded with its nonce: the next attempt rebroadcasts it.
			return nil, fmt.Errorf("send %s (nonce %d): %w", tx.Hash(), s.Nonce, err)
		}
		// Refused for its nonce: mined by someone (nonce too low) or held in the pool by another
		// transaction (underpriced). Ours, from an earlier attempt? Otherwise the key was used
		// outside the relayer.
		r, _, rerr := c.mined(ctx, s.Txs)
		if rerr != nil {
			return nil, rerr
		}
		if r != nil {
			return r.TxHash.Bytes(), nil // sent before a crash and mined: Follow takes it from here
		}
		// Believed only if the node's own count shows the nonce taken: a node that refuses a
		// transaction for a nonce it has not passed would otherwise make the relayer skip nonces
		// and leave a gap no later payout gets past.
		pendingNonce, perr := c.c.Client.PendingNonceAt(ctx, c.from)
		if perr != nil {
			return nil, fmt.Errorf("send %s (nonce %d): %w; pending nonce: %w", tx.Hash(), s.Nonce, err, perr)
		}
		if pendingNonce <= s.Nonce {
			return nil, fmt.Errorf("send %s (nonce %d): %w; yet the node counts the gas key's next nonce as %d: not skipped, sent again next attempt",
				tx.Hash(), s.Nonce, err, pendingNonce)
		}
		if _, err := c.l.settle(ctx, s, slotSuperseded, fmt.Sprintf("refused by the node: %v", err)); err != nil {
			return nil, err
		}
		c.log.Warn("payout nonce taken outside the relayer: resyncing", "transfer_id", idString(t.ID), "nonce", s.Nonce, "err", err)
	}
	return nil, fmt.Errorf("the gas key's nonce was taken outside the relayer %d times in a row", tries)
}

// revertReason replays a reverted payout on the state after its block to learn the bridge's error.
func (c *Chain) revertReason(ctx context.Context, tx *types.Transaction, r *types.Receipt) string {
	if tx == nil {
		return "reverted"
	}
	if r.GasUsed >= tx.Gas() {
		return fmt.Sprintf("out of gas (all %d used)", tx.Gas())
	}
	_, err := c.c.Client.CallContract(ctx, ethereum.CallMsg{From: c.from, To: tx.To(), Data: tx.Data(), Gas: tx.Gas()}, r.BlockNumber)
	if err != nil {
		return describe(err)
	}
	return fmt.Sprintf("reverted, though the same call succeeds after block %s (the state changed within it)", r.BlockNumber)
}

// Follow checks the payout's receipt and confirmations. A receipt of any transaction recorded for
// the payout's nonce counts; a reverted one is reported once as ErrReverted with the bridge's
// reason. An unmined payout is rebroadcast, and after ReplaceAfter handed back (Dropped) for
// Submit to replace with higher fees; one already at the fee cap stays, reported once as ErrFeeCap.
func (c *Chain) Follow(ctx context.Context, t *store.Transfer) (pipeline.Follow, error) {
	dest := common.BytesToHash(t.DestTx)
	s, err := c.l.byHash(ctx, dest)
	if err != nil {
		return pipeline.Pending, err
	}
	var r *types.Receipt
	var rtx *types.Transaction
	if s != nil {
		r, rtx, err = c.mined(ctx, s.Txs)
	} else {
		r, err = c.c.Client.TransactionReceipt(ctx, dest)
		if errors.Is(err, ethereum.NotFound) {
			r, err = nil, nil
		}
	}
	if err != nil {
		return pipeline.Pending, fmt.Errorf("receipt: %w", err)
	}
	if r != nil {
		return c.followReceipt(ctx, t, s, r, rtx)
	}
	done, err := c.consumed(ctx, t.ID)
	if err != nil {
		return pipeline.Pending, err
	}
	if done {
		return pipeline.Dropped, nil // paid by another transaction: Submit finds and records it
	}
	if s == nil {
		// A payout sent before the ledger knew it: the old rule, re-sent after the wait.
		if t.SubmittedAt.Valid && time.Since(t.SubmittedAt.Time) > c.c.ReplaceAfter {
			return pipeline.Dropped, nil
		}
		return pipeline.Pending, nil
	}
	if s.State != slotPending {
		return pipeline.Dropped, nil // Submit decides what the nonce's fate means
	}
	latest, err := c.c.Client.NonceAt(ctx, c.from, nil)
	if err != nil {
		return pipeline.Pending, fmt.Errorf("nonce: %w", err)
	}
	if latest > s.Nonce {
		return pipeline.Dropped, nil // the nonce is used and none of ours has a receipt: Submit resyncs
	}
	if time.Since(s.BroadcastAt) < c.c.ReplaceAfter {
		return pipeline.Pending, nil
	}
	c.fillGaps(ctx, latest, s.Nonce)
	last := s.last()
	if _, _, ok := replacementFees(last.GasTipCap(), last.GasFeeCap(), new(big.Int), new(big.Int), c.c.MaxFee, c.c.FeeBumpPercent); ok {
		return pipeline.Dropped, nil // Submit replaces it with higher fees, after consumed() again
	}
	reported := s.CapReported
	c.rebroadcast(ctx, last)
	if err := c.l.touch(ctx, s, true); err != nil {
		return pipeline.Pending, err
	}
	if reported {
		return pipeline.Pending, nil
	}
	c.log.Warn("payout stuck at the fee cap: not raised further", "transfer_id", idString(t.ID), "nonce", s.Nonce,
		"tx_hash", last.Hash(), "fee_cap", last.GasFeeCap(), "max_fee", c.c.MaxFee)
	return pipeline.Pending, fmt.Errorf("%w: payout %s (nonce %d) unmined after %s with fee cap %s wei; a %d%% raise would pass the configured maximum %s: not raised further, waiting for the base fee to fall",
		ErrFeeCap, last.Hash(), s.Nonce, c.c.ReplaceAfter, last.GasFeeCap(), c.c.FeeBumpPercent, c.c.MaxFee)
}

// followReceipt judges a mined payout transaction.
func (c *Chain) followReceipt(ctx context.Context, t *store.Transfer, s *slot, r *types.Receipt, tx *types.Transaction) (pipeline.Follow, error) {
	if r.Status != types.ReceiptStatusSuccessful {
		done, err := c.consumed(ctx, t.ID)
		if err != nil {
			return pipeline.Pending, err
		}
		if s == nil {
			return pipeline.Dropped, nil // Submit checks consumed() again before anything else
		}
		if done {
			if _, err := c.l.settle(ctx, s, slotReverted, "the transfer was paid by another transaction first"); err != nil {
				return pipeline.Pending, err
			}
			return pipeline.Dropped, nil // Submit records the transaction that paid
		}
		reason := c.revertReason(ctx, tx, r)
		first, err := c.l.settle(ctx, s, slotReverted, reason)
		if err != nil {
			return pipeline.Pending, err
		}
		if !first {
			return pipeline.Dropped, nil // reported before: Submit asks consumed() and the bridge again
		}
		c.log.Error("payout reverted", "transfer_id", idString(t.ID), "tx_hash", r.TxHash, "nonce", s.Nonce, "block", r.BlockNumber, "reason", reason)
		return pipeline.Pending, fmt.Errorf("%w: %s (nonce %d) in block %s: %s", ErrReverted, r.TxHash, s.Nonce, r.BlockNumber, reason)
	}
	if s != nil {
		if _, err := c.l.settle(ctx, s, slotMined, ""); err != nil {
			return pipeline.Pending, err
		}
	}
	if r.TxHash != common.BytesToHash(t.DestTx) {
		return pipeline.Dropped, nil // an earlier transaction of the nonce paid: Submit records it
	}
	head, err := c.c.Client.BlockNumber(ctx)
	if err != nil {
		return pipeline.Pending, fmt.Errorf("head: %w", err)
	}
	if head+1 >= r.BlockNumber.Uint64()+c.c.Confirmations {
		return pipeline.Confirmed, nil
	}
	return pipeline.Pending, nil
}

// fillGaps rebroadcasts the recorded transactions of the nonces below upTo that the chain has not
// passed: a payout waits behind every lower nonce, including one whose transfer no longer needs it.
func (c *Chain) fillGaps(ctx context.Context, latest, upTo uint64) {
	slots, err := c.l.unmined(ctx, latest, upTo)
	if err != nil {
		c.log.Warn("reading lower nonces failed", "err", err)
		return
	}
	for _, s := range slots {
		c.rebroadcast(ctx, s.last())
	}
}

// Status reports the head and the relayer's gas balance.
func (c *Chain) Status(ctx context.Context) (*relayerv1.ChainStatus, error) {
	head, err := c.c.Client.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	bal, err := c.c.Client.PendingBalanceAt(ctx, c.from)
	if err != nil {
		return nil, err
	}
	st := &relayerv1.ChainStatus{ChainId: c.ChainID(), Name: "ethereum", Head: head, GasBalance: bal.String()}
	if head+1 >= c.c.Confirmations {
		st.Final = head + 1 - c.c.Confirmations
		st.Lag = head - st.Final
	}
	return st, nil
}
