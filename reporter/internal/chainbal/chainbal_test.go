package chainbal_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/tokendroplet/droplet/contracts/bindings"
	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/reporter/internal/chainbal"
)

// mvsTable is the Metaverse side as test input: fixed figures by route.
type mvsTable map[string][2]*big.Int

func (m mvsTable) Held(_ context.Context, rt *transfer.Route) (*big.Int, error) {
	return m[rt.ID][0], nil
}
func (m mvsTable) Outstanding(_ context.Context, rt *transfer.Route) (*big.Int, error) {
	return m[rt.ID][1], nil
}

func TestEthereumBalances(t *testing.T) {
	key, _ := crypto.GenerateKey()
	me := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{me: {Balance: new(big.Int).Lsh(big.NewInt(1), 100)}})
	t.Cleanup(func() { _ = sim.Close() })
	client := sim.Client()
	chainID, err := client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	opts := bind.NewKeyedTransactor(key, chainID)
	tok := bindings.NewTestToken()
	deploy := func(sym string, dec uint8) common.Address {
		addr, _, err := bind.DeployContract(opts, common.FromHex(bindings.TestTokenMetaData.Bin), client, tok.PackConstructor(sym, sym, dec))
		if err != nil {
			t.Fatal(err)
		}
		sim.Commit()
		return addr
	}
	send := func(to common.Address, data []byte) {
		c := bind.NewBoundContract(to, tok.GetABI(), client, client, client)
		if _, err := c.RawTransact(opts, data); err != nil {
			t.Fatal(err)
		}
		sim.Commit()
	}
	bridge := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	locked := deploy("USDT", 6)
	wrapped := deploy("DNA", 18)
	e6, e18 := big.NewInt(1_000_000), new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	send(locked, tok.PackMint(bridge, new(big.Int).Mul(big.NewInt(1000), e6)))
	send(locked, tok.PackMint(me, new(big.Int).Mul(big.NewInt(50), e6)))
	send(wrapped, tok.PackMint(me, new(big.Int).Mul(big.NewInt(700), e18)))
	send(wrapped, tok.PackMint(bridge, new(big.Int).Mul(big.NewInt(3), e18)))

	routes, err := transfer.ParseRoutes([]byte(fmt.Sprintf(`{"version": 1,
		"ethereum": {"chain_id": 1337, "bridge": %q},
		"metaverse": {"network": "devnet", "bridge_address": "MAwLwVGwJyFsTBfNj2j5nCUrQXGVRvHzPh"},
		"routes": [
		  {"id": "usdt", "enabled": true, "ethereum": {"token": %q, "decimals": 6, "mode": "lock"},
		   "metaverse": {"symbol": "ERC20.USDT", "decimals": 6, "mode": "mint"},
		   "max": "10", "daily_cap": "100", "big_threshold": "5", "big_delay": "1h", "fee": {"bps": 1}},
		  {"id": "dna", "enabled": true, "ethereum": {"token": %q, "decimals": 18, "mode": "mint"},
		   "metaverse": {"symbol": "DNA", "decimals": 4, "mode": "lock"},
		   "max": "10", "daily_cap": "100", "big_threshold": "5", "big_delay": "1h", "fee": {"bps": 1}},
		  {"id": "ghost", "enabled": true, "ethereum": {"token": "0x00000000000000000000000000000000000000aa", "decimals": 6, "mode": "lock"},
		   "metaverse": {"symbol": "GHOST", "decimals": 6, "mode": "mint"},
		   "max": "10", "daily_cap": "100", "big_threshold": "5", "big_delay": "1h", "fee": {"bps": 1}}]}`,
		bridge.Hex(), locked.Hex(), wrapped.Hex())))
	if err != nil {
		t.Fatal(err)
	}
	usdt, _ := routes.Route("usdt")
	dna, _ := routes.Route("dna")
	ghost, _ := routes.Route("ghost")
	mvs := mvsTable{"usdt": {big.NewInt(0), big.NewInt(999)}, "dna": {big.NewInt(7_030_000), big.NewInt(0)}}
	b := chainbal.Balances{Ethereum: chainbal.NewEthereum(client, bridge), Metaverse: mvs}
	ctx := context.Background()

	for _, c := range []struct {
		name string
		f    func(context.Context, *transfer.Route) (*big.Int, error)
		rt   *transfer.Route
		want *big.Int
	}{
		{"usdt locked: balanceOf(bridge) on Ethereum", b.Locked, usdt, new(big.Int).Mul(big.NewInt(1000), e6)},
		{"usdt circulating: from the Metaverse side", b.Circulating, usdt, big.NewInt(999)},
		{"dna locked: from the Metaverse side", b.Locked, dna, big.NewInt(7_030_000)},
		{"dna circulating: totalSupply less the bridge's", b.Circulating, dna, new(big.Int).Mul(big.NewInt(700), e18)},
	} {
		got, err := c.f(ctx, c.rt)
		if err != nil || got.Cmp(c.want) != 0 {
			t.Errorf("%s: %v, %v; want %v", c.name, got, err, c.want)
		}
	}
	if _, err := b.Locked(ctx, ghost); err == nil || !strings.Contains(err.Error(), "answered nothing") {
		t.Errorf("a token without a contract: %v", err)
	}
	noMvs := chainbal.Balances{Ethereum: chainbal.NewEthereum(client, bridge)}
	if _, err := noMvs.Circulating(ctx, usdt); !errors.Is(err, chainbal.ErrNoSide) {
		t.Errorf("no Metaverse side: %v", err)
	}
}
