// Package ethchain is the relayer's Ethereum payout chain: it sends the bridge's release or mint
// with the signer's authorisation from the relayer's gas key, and follows the receipt to n
// confirmations. Before every (re)submission it asks the contract whether the transfer's id is
// already consumed, so a duplicate or a resubmission after a crash pays nothing twice (the
// contract refuses a second payout of an id in any case).
package ethchain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
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
}

// Config of the chain.
type Config struct {
	Client        Backend
	Routes        *transfer.Routes
	GasKey        *ecdsa.PrivateKey
	MaxFee        *big.Int // wei per gas, the most the relayer pays
	Confirmations uint64
}

// Chain pays out on Ethereum.
type Chain struct {
	c       Config
	bridge  common.Address
	from    common.Address
	chainID *big.Int
	abi     *bindings.Bridge
}

var _ pipeline.Chain = (*Chain)(nil)

var (
	releasedTopic = crypto.Keccak256Hash([]byte("Released(bytes32,address,address,uint256)"))
	mintedTopic   = crypto.Keccak256Hash([]byte("Minted(bytes32,address,address,uint256)"))
)

// New checks that the node serves the configured chain.
func New(ctx context.Context, c Config) (*Chain, error) {
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
	return &Chain{c: c, bridge: c.Routes.EthereumBridge(), from: crypto.PubkeyToAddress(c.GasKey.PublicKey), chainID: id,
		abi: bindings.NewBridge()}, nil
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
func (c *Chain) paidBy(ctx context.Context, id []byte) ([]byte, error) {
	logs, err := c.c.Client.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{c.bridge},
		Topics: [][]common.Hash{{releasedTopic, mintedTopic}, {common.BytesToHash(id)}}})
	if err != nil {
		return nil, fmt.Errorf("payout logs: %w", err)
	}
	if len(logs) == 0 {
		return nil, errors.New("consumed on chain, but no payout log found")
	}
	return logs[0].TxHash.Bytes(), nil
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

// Submit sends release or mint, unless the id is already paid (then it returns that payment).
func (c *Chain) Submit(ctx context.Context, t *store.Transfer) ([]byte, error) {
	if len(t.EthR) != 32 || len(t.EthS) != 32 {
		return nil, errors.New("no signer authorisation stored")
	}
	done, err := c.consumed(ctx, t.ID)
	if err != nil {
		return nil, err
	}
	if done {
		return c.paidBy(ctx, t.ID)
	}
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
	head, err := c.c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("head: %w", err)
	}
	tip, err := c.c.Client.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("tip: %w", err)
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	if feeCap.Cmp(c.c.MaxFee) > 0 {
		feeCap.Set(c.c.MaxFee)
	}
	if feeCap.Cmp(base) < 0 || tip.Cmp(feeCap) > 0 {
		return nil, fmt.Errorf("base fee %s wei is above the configured cap %s: waiting", base, c.c.MaxFee)
	}
	gas, err := c.c.Client.EstimateGas(ctx, ethereum.CallMsg{From: c.from, To: &c.bridge, Data: data})
	if err != nil {
		return nil, fmt.Errorf("the bridge would refuse the payout: %w", err)
	}
	nonce, err := c.c.Client.PendingNonceAt(ctx, c.from)
	if err != nil {
		return nil, fmt.Errorf("nonce: %w", err)
	}
	tx, err := types.SignNewTx(c.c.GasKey, types.LatestSignerForChainID(c.chainID), &types.DynamicFeeTx{
		ChainID: c.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas + gas/5, To: &c.bridge, Data: data})
	if err != nil {
		return nil, err
	}
	if err := c.c.Client.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("send: %w", err)
	}
	return tx.Hash().Bytes(), nil
}

// stuckAfter is how long a sent payout may stay unmined before it is submitted again.
const stuckAfter = 3 * time.Minute

// Follow checks the payout's receipt and confirmations.
func (c *Chain) Follow(ctx context.Context, t *store.Transfer) (pipeline.Follow, error) {
	rcpt, err := c.c.Client.TransactionReceipt(ctx, common.BytesToHash(t.DestTx))
	if errors.Is(err, ethereum.NotFound) {
		done, cerr := c.consumed(ctx, t.ID)
		if cerr != nil {
			return pipeline.Pending, cerr
		}
		if done {
			return pipeline.Dropped, nil // paid by another transaction: Submit finds and records it
		}
		if t.SubmittedAt.Valid && time.Since(t.SubmittedAt.Time) > stuckAfter {
			return pipeline.Dropped, nil
		}
		return pipeline.Pending, nil
	}
	if err != nil {
		return pipeline.Pending, fmt.Errorf("receipt: %w", err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return pipeline.Dropped, nil // reverted: Submit checks consumed() again before anything else
	}
	head, err := c.c.Client.BlockNumber(ctx)
	if err != nil {
		return pipeline.Pending, err
	}
	if head+1 >= rcpt.BlockNumber.Uint64()+c.c.Confirmations {
		return pipeline.Confirmed, nil
	}
	return pipeline.Pending, nil
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
