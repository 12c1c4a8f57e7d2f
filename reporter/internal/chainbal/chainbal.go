// Package chainbal reads the chain balances the reporter reconciles: on a route's lock side what
// the bridge holds, on its mint side what circulates outside it. Ethereum is read through any
// go-ethereum contract caller (ethclient in production) with the ERC20 view functions, Metaverse
// through mvsd's JSON-RPC (internal/mvsrpc). A chain without an endpoint makes its routes
// unavailable in the report rather than guessed.
package chainbal

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/tokendroplet/droplet/contracts/bindings"
	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/reporter/internal/report"
)

// Side reads one chain's figures of a route's token, in that chain's base units.
type Side interface {
	// Held is what the bridge holds.
	Held(ctx context.Context, rt *transfer.Route) (*big.Int, error)
	// Outstanding is the supply outside the bridge.
	Outstanding(ctx context.Context, rt *transfer.Route) (*big.Int, error)
}

// ErrNoSide is returned for a chain no endpoint was configured for.
var ErrNoSide = errors.New("no endpoint configured for this chain")

// Balances reads a route's lock side and mint side from the chain each is on.
type Balances struct {
	Ethereum  Side // nil: ErrNoSide
	Metaverse Side // nil: ErrNoSide
}

var _ report.Balances = Balances{}

func (b Balances) side(m transfer.Mode, rt *transfer.Route) (Side, string) {
	if rt.Ethereum.Mode == m {
		return b.Ethereum, "ethereum"
	}
	return b.Metaverse, "metaverse"
}

// Locked is what the bridge holds on the route's lock side.
func (b Balances) Locked(ctx context.Context, rt *transfer.Route) (*big.Int, error) {
	s, chain := b.side(transfer.ModeLock, rt)
	if s == nil {
		return nil, fmt.Errorf("%s: %w", chain, ErrNoSide)
	}
	v, err := s.Held(ctx, rt)
	if err != nil {
		return nil, fmt.Errorf("%s: locked: %w", chain, err)
	}
	return v, nil
}

// Circulating is what exists outside the bridge on the route's mint side.
func (b Balances) Circulating(ctx context.Context, rt *transfer.Route) (*big.Int, error) {
	s, chain := b.side(transfer.ModeMint, rt)
	if s == nil {
		return nil, fmt.Errorf("%s: %w", chain, ErrNoSide)
	}
	v, err := s.Outstanding(ctx, rt)
	if err != nil {
		return nil, fmt.Errorf("%s: circulating: %w", chain, err)
	}
	return v, nil
}

// Caller runs a read-only contract call; ethclient.Client and the simulated backend's client
// are Callers.
type Caller interface {
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
}

var _ Caller = (*ethclient.Client)(nil)

// Ethereum reads ERC20 balances of the bridge contract.
type Ethereum struct {
	c      Caller
	bridge common.Address
	// The wrapped token's binding serves for any ERC20: balanceOf and totalSupply have the same
	// selectors and encoding on every ERC20.
	erc20 *bindings.WrappedToken
}

// NewEthereum reads through c the balances of the bridge contract at bridge.
func NewEthereum(c Caller, bridge [20]byte) *Ethereum {
	return &Ethereum{c: c, bridge: bridge, erc20: bindings.NewWrappedToken()}
}

var _ Side = (*Ethereum)(nil)

func (e *Ethereum) call(ctx context.Context, token common.Address, data []byte) ([]byte, error) {
	out, err := e.c.CallContract(ctx, ethereum.CallMsg{To: &token, Data: data}, nil)
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("token %s answered nothing: no contract there?", token.Hex())
	}
	return out, nil
}

// Held is the token's balanceOf(bridge).
func (e *Ethereum) Held(ctx context.Context, rt *transfer.Route) (*big.Int, error) {
	token := common.Address(rt.ERC20())
	out, err := e.call(ctx, token, e.erc20.PackBalanceOf(e.bridge))
	if err != nil {
		return nil, fmt.Errorf("balanceOf: %w", err)
	}
	v, err := e.erc20.UnpackBalanceOf(out)
	if err != nil {
		return nil, fmt.Errorf("balanceOf: %w", err)
	}
	return v, nil
}

// Outstanding is the token's totalSupply() less what the bridge holds.
func (e *Ethereum) Outstanding(ctx context.Context, rt *transfer.Route) (*big.Int, error) {
	token := common.Address(rt.ERC20())
	out, err := e.call(ctx, token, e.erc20.PackTotalSupply())
	if err != nil {
		return nil, fmt.Errorf("totalSupply: %w", err)
	}
	supply, err := e.erc20.UnpackTotalSupply(out)
	if err != nil {
		return nil, fmt.Errorf("totalSupply: %w", err)
	}
	held, err := e.Held(ctx, rt)
	if err != nil {
		return nil, err
	}
	return supply.Sub(supply, held), nil
}
