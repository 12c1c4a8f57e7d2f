package chainbal_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/tokendroplet/droplet/internal/mvsrpc"
	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/reporter/internal/chainbal"
)

// holdings is getaddressasset's answers as test input.
type holdings map[string][]mvsrpc.AssetBalance

func (h holdings) AddressAssets(_ context.Context, addr string) ([]mvsrpc.AssetBalance, error) {
	a, ok := h[addr]
	if !ok {
		return nil, errors.New("unknown address")
	}
	return a, nil
}

func TestMetaverseBalances(t *testing.T) {
	routes, err := transfer.ParseRoutes([]byte(`{"version": 1,
		"ethereum": {"chain_id": 1, "bridge": "0x5FbDB2315678afecb367f032d93F642f64180aa3"},
		"metaverse": {"network": "mainnet", "bridge_address": "MAwLwVGwJyFsTBfNj2j5nCUrQXGVRvHzPh", "bridge_avatar": "droplet"},
		"routes": [
		  {"id": "usdt", "enabled": true, "ethereum": {"token": "0xdAC17F958D2ee523a2206206994597C13D831ec7", "decimals": 6, "mode": "lock"},
		   "metaverse": {"symbol": "ERC20.USDT", "decimals": 6, "mode": "mint"},
		   "max": "10", "daily_cap": "100", "big_threshold": "5", "big_delay": "1h", "fee": {"bps": 1}},
		  {"id": "dna", "enabled": true, "ethereum": {"token": "0x9f8F72aA9304c8B593d555F12eF6589cC3A579A2", "decimals": 18, "mode": "mint"},
		   "metaverse": {"symbol": "DNA", "decimals": 4, "mode": "lock"},
		   "max": "10", "daily_cap": "100", "big_threshold": "5", "big_delay": "1h", "fee": {"bps": 1}}]}`))
	if err != nil {
		t.Fatal(err)
	}
	usdt, _ := routes.Route("usdt")
	dna, _ := routes.Route("dna")
	h := holdings{
		"MAwLwVGwJyFsTBfNj2j5nCUrQXGVRvHzPh": {{Symbol: "ERC20.USDT", Decimals: 6, Quantity: 400_000_000}, {Symbol: "DNA", Decimals: 4, Quantity: 50_000}},
		"MCold1111111111111111111111111111x": {{Symbol: "DNA", Decimals: 4, Quantity: 7_000}, {Symbol: "ETP.OTHER", Decimals: 8, Quantity: 9}},
	}
	m := chainbal.NewMetaverse(h, []string{"MAwLwVGwJyFsTBfNj2j5nCUrQXGVRvHzPh", "MCold1111111111111111111111111111x"},
		map[string]*big.Int{"ERC20.USDT": big.NewInt(1_000_000_000)})
	b := chainbal.Balances{Metaverse: m}
	ctx := context.Background()
	if v, err := b.Locked(ctx, dna); err != nil || v.Int64() != 57_000 {
		t.Errorf("dna locked on Metaverse: %v, %v; want 57000 over both addresses", v, err)
	}
	if v, err := b.Circulating(ctx, usdt); err != nil || v.Int64() != 600_000_000 {
		t.Errorf("usdt circulating on Metaverse: %v, %v; want the issued 1000000000 less the bridge's 400000000", v, err)
	}
	if _, err := m.Outstanding(ctx, dna); err == nil || !strings.Contains(err.Error(), "not configured") {
		t.Errorf("no configured supply: %v", err)
	}
	h["MAwLwVGwJyFsTBfNj2j5nCUrQXGVRvHzPh"][1].Decimals = 8
	if _, err := b.Locked(ctx, dna); err == nil || !strings.Contains(err.Error(), "decimals") {
		t.Errorf("decimals that disagree with the routes file: %v", err)
	}
}
