package chainbal

import (
	"context"
	"fmt"
	"math/big"

	"github.com/tokendroplet/droplet/internal/mvsrpc"
	"github.com/tokendroplet/droplet/internal/transfer"
)

// AssetReader lists an address's MST holdings; *mvsrpc.Client is one.
type AssetReader interface {
	AddressAssets(ctx context.Context, addressOrAvatar string) ([]mvsrpc.AssetBalance, error)
}

var _ AssetReader = (*mvsrpc.Client)(nil)

// Metaverse reads the bridge's MST holdings through mvsd's getaddressasset. mvsd's JSON-RPC
// has no call that the client offers for an asset's total supply, so the supply the bridge's
// avatar issued for each minted MST is configuration: what circulates is that supply less
// what the bridge still holds.
type Metaverse struct {
	r       AssetReader
	holders []string            // the bridge's addresses (the avatar resolves to one of them)
	supply  map[string]*big.Int // issued supply by symbol, base units
}

// NewMetaverse reads through r the holdings of the bridge's addresses; supply is each minted
// MST's issued supply in base units.
func NewMetaverse(r AssetReader, holders []string, supply map[string]*big.Int) *Metaverse {
	return &Metaverse{r: r, holders: holders, supply: supply}
}

var _ Side = (*Metaverse)(nil)

// Held is the route's MST summed over the bridge's addresses.
func (m *Metaverse) Held(ctx context.Context, rt *transfer.Route) (*big.Int, error) {
	sum := new(big.Int)
	for _, h := range m.holders {
		assets, err := m.r.AddressAssets(ctx, h)
		if err != nil {
			return nil, fmt.Errorf("getaddressasset %s: %w", h, err)
		}
		for _, a := range assets {
			if a.Symbol != rt.Metaverse.Symbol {
				continue
			}
			if a.Decimals != rt.Metaverse.Decimals {
				return nil, fmt.Errorf("%s has %d decimals on chain, the routes file says %d", a.Symbol, a.Decimals, rt.Metaverse.Decimals)
			}
			sum.Add(sum, new(big.Int).SetUint64(a.Quantity))
		}
	}
	return sum, nil
}

// Outstanding is the configured issued supply less what the bridge holds.
func (m *Metaverse) Outstanding(ctx context.Context, rt *transfer.Route) (*big.Int, error) {
	supply, ok := m.supply[rt.Metaverse.Symbol]
	if !ok {
		return nil, fmt.Errorf("the issued supply of %s is not configured (metaverse_supply)", rt.Metaverse.Symbol)
	}
	held, err := m.Held(ctx, rt)
	if err != nil {
		return nil, err
	}
	return held.Sub(new(big.Int).Set(supply), held), nil
}
