package ethchain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// DefaultCallTimeout bounds each call to the Ethereum node when Config.CallTimeout is zero: long
// enough for a loaded public endpoint's eth_getLogs, short enough that a node that hangs costs a
// step a few seconds, not the step's whole budget.
const DefaultCallTimeout = 10 * time.Second

// deadlined gives every call to the node its own deadline, so a node that accepts the connection
// and never answers fails that call (an attempt the pipeline retries with backoff) instead of
// holding a worker. Subscriptions are long-lived and pass through unchanged.
type deadlined struct {
	b Backend
	d time.Duration
}

var _ Backend = deadlined{}

// call runs f under the per-call deadline and names a timeout: the method and the bound.
func call[T any](ctx context.Context, d deadlined, method string, f func(context.Context) (T, error)) (T, error) {
	cctx, cancel := context.WithTimeout(ctx, d.d)
	defer cancel()
	v, err := f(cctx)
	if err != nil && ctx.Err() == nil && errors.Is(cctx.Err(), context.DeadlineExceeded) {
		err = fmt.Errorf("%s: no answer from the Ethereum node within %s: %w", method, d.d, err)
	}
	return v, err
}

func (d deadlined) BlockByHash(ctx context.Context, h common.Hash) (*types.Block, error) {
	return call(ctx, d, "eth_getBlockByHash", func(ctx context.Context) (*types.Block, error) { return d.b.BlockByHash(ctx, h) })
}

func (d deadlined) BlockByNumber(ctx context.Context, n *big.Int) (*types.Block, error) {
	return call(ctx, d, "eth_getBlockByNumber", func(ctx context.Context) (*types.Block, error) { return d.b.BlockByNumber(ctx, n) })
}

func (d deadlined) HeaderByHash(ctx context.Context, h common.Hash) (*types.Header, error) {
	return call(ctx, d, "eth_getBlockByHash", func(ctx context.Context) (*types.Header, error) { return d.b.HeaderByHash(ctx, h) })
}

func (d deadlined) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	return call(ctx, d, "eth_getBlockByNumber", func(ctx context.Context) (*types.Header, error) { return d.b.HeaderByNumber(ctx, n) })
}

func (d deadlined) TransactionCount(ctx context.Context, h common.Hash) (uint, error) {
	return call(ctx, d, "eth_getBlockTransactionCountByHash", func(ctx context.Context) (uint, error) { return d.b.TransactionCount(ctx, h) })
}

func (d deadlined) TransactionInBlock(ctx context.Context, h common.Hash, i uint) (*types.Transaction, error) {
	return call(ctx, d, "eth_getTransactionByBlockHashAndIndex", func(ctx context.Context) (*types.Transaction, error) {
		return d.b.TransactionInBlock(ctx, h, i)
	})
}

func (d deadlined) SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error) {
	return d.b.SubscribeNewHead(ctx, ch)
}

func (d deadlined) TransactionByHash(ctx context.Context, h common.Hash) (*types.Transaction, bool, error) {
	type answer struct {
		tx      *types.Transaction
		pending bool
	}
	a, err := call(ctx, d, "eth_getTransactionByHash", func(ctx context.Context) (answer, error) {
		tx, pending, err := d.b.TransactionByHash(ctx, h)
		return answer{tx, pending}, err
	})
	return a.tx, a.pending, err
}

func (d deadlined) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	return call(ctx, d, "eth_getTransactionReceipt", func(ctx context.Context) (*types.Receipt, error) { return d.b.TransactionReceipt(ctx, h) })
}

func (d deadlined) SubscribeTransactionReceipts(ctx context.Context, q *ethereum.TransactionReceiptsQuery, ch chan<- []*types.Receipt) (ethereum.Subscription, error) {
	return d.b.SubscribeTransactionReceipts(ctx, q, ch)
}

func (d deadlined) CallContract(ctx context.Context, msg ethereum.CallMsg, n *big.Int) ([]byte, error) {
	return call(ctx, d, "eth_call", func(ctx context.Context) ([]byte, error) { return d.b.CallContract(ctx, msg, n) })
}

func (d deadlined) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	return call(ctx, d, "eth_estimateGas", func(ctx context.Context) (uint64, error) { return d.b.EstimateGas(ctx, msg) })
}

func (d deadlined) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	return call(ctx, d, "eth_maxPriorityFeePerGas", d.b.SuggestGasTipCap)
}

func (d deadlined) PendingBalanceAt(ctx context.Context, a common.Address) (*big.Int, error) {
	return call(ctx, d, "eth_getBalance", func(ctx context.Context) (*big.Int, error) { return d.b.PendingBalanceAt(ctx, a) })
}

func (d deadlined) PendingStorageAt(ctx context.Context, a common.Address, k common.Hash) ([]byte, error) {
	return call(ctx, d, "eth_getStorageAt", func(ctx context.Context) ([]byte, error) { return d.b.PendingStorageAt(ctx, a, k) })
}

func (d deadlined) PendingCodeAt(ctx context.Context, a common.Address) ([]byte, error) {
	return call(ctx, d, "eth_getCode", func(ctx context.Context) ([]byte, error) { return d.b.PendingCodeAt(ctx, a) })
}

func (d deadlined) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	return call(ctx, d, "eth_getTransactionCount", func(ctx context.Context) (uint64, error) { return d.b.PendingNonceAt(ctx, a) })
}

func (d deadlined) PendingTransactionCount(ctx context.Context) (uint, error) {
	return call(ctx, d, "eth_getBlockTransactionCountByNumber", d.b.PendingTransactionCount)
}

func (d deadlined) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	_, err := call(ctx, d, "eth_sendRawTransaction", func(ctx context.Context) (struct{}, error) {
		return struct{}{}, d.b.SendTransaction(ctx, tx)
	})
	return err
}

func (d deadlined) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	return call(ctx, d, "eth_getLogs", func(ctx context.Context) ([]types.Log, error) { return d.b.FilterLogs(ctx, q) })
}

func (d deadlined) SubscribeFilterLogs(ctx context.Context, q ethereum.FilterQuery, ch chan<- types.Log) (ethereum.Subscription, error) {
	return d.b.SubscribeFilterLogs(ctx, q, ch)
}

func (d deadlined) BlockNumber(ctx context.Context) (uint64, error) {
	return call(ctx, d, "eth_blockNumber", d.b.BlockNumber)
}

func (d deadlined) ChainID(ctx context.Context) (*big.Int, error) {
	return call(ctx, d, "eth_chainId", d.b.ChainID)
}

func (d deadlined) NonceAt(ctx context.Context, a common.Address, n *big.Int) (uint64, error) {
	return call(ctx, d, "eth_getTransactionCount", func(ctx context.Context) (uint64, error) { return d.b.NonceAt(ctx, a, n) })
}
