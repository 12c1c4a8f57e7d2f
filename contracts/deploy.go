package contracts

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tokendroplet/droplet/contracts/bindings"
	"github.com/tokendroplet/droplet/internal/transfer"
)

// The constructors' ABIs; Pack with "" packs constructor arguments and, unlike the bindings'
// PackConstructor, returns an error instead of panicking.
var (
	bridgeABI       = bindings.NewBridge().GetABI()
	wrappedTokenABI = bindings.NewWrappedToken().GetABI()
)

// Route modes as Bridge.setRoute takes them.
const (
	ModeLock uint8 = 1 // the bridge holds the token and releases it
	ModeMint uint8 = 2 // the token is a WrappedToken the bridge mints and burns
)

// Governance is who governs a new bridge. The bridge creates its TimelockController itself and
// gives it every configuration role; see docs/governance.md.
type Governance struct {
	Delay              time.Duration    // the timelock's minimum delay: days on mainnet, seconds on a devnet
	Proposers          []common.Address // schedule (and may cancel) changes: a multisig, or several accounts
	Executors          []common.Address // execute ready changes; none means anybody may
	Pausers            []common.Address // pause at once and cancel waiting changes
	AdminTransferDelay time.Duration    // how long a handover of the default admin role waits
}

// Route is a route a new bridge starts with.
type Route struct {
	Key      [32]byte // transfer.RouteKey of the route id
	Token    common.Address
	Mode     uint8
	DailyCap *big.Int
	Enabled  bool
}

// BridgeConfig is what a new bridge starts with.
type BridgeConfig struct {
	Governance  Governance
	SignerKey   *ecdsa.PublicKey // the signer's P-256 key
	Watchers    []common.Address // any order: DeployBridge sorts them
	Threshold   uint8            // more than half of Watchers
	MinWatchers uint8            // the smallest watcher set the bridge will ever accept
	RoutesHash  [32]byte         // the EIP-712 salt
	Routes      []Route
}

// DeployBridge sends the transaction that creates a bridge and its timelock (at
// TimelockAddress(bridge)). It does not wait for it to be mined: use bind.WaitDeployed, or
// Commit on a simulated backend.
func DeployBridge(auth *bind.TransactOpts, backend bind.ContractBackend, cfg BridgeConfig) (common.Address, *types.Transaction, error) {
	if cfg.SignerKey == nil {
		return common.Address{}, nil, errors.New("deploy bridge: no signer key")
	}
	qx, qy, err := P256PublicKey(cfg.SignerKey)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy bridge: %w", err)
	}
	gov, err := governanceArg(cfg.Governance)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy bridge: %w", err)
	}
	watchers := slices.Clone(cfg.Watchers)
	slices.SortFunc(watchers, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	routes := make([]bindings.BridgeInitialRoute, len(cfg.Routes))
	for i, r := range cfg.Routes {
		if r.DailyCap == nil {
			return common.Address{}, nil, fmt.Errorf("deploy bridge: route %x: no daily cap", r.Key)
		}
		routes[i] = bindings.BridgeInitialRoute{Route: r.Key, Token: r.Token, Mode: r.Mode, DailyCap: r.DailyCap, Enabled: r.Enabled}
	}
	input, err := bridgeABI.Pack("", gov, qx, qy, watchers, cfg.Threshold, cfg.MinWatchers, cfg.RoutesHash, routes)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy bridge: %w", err)
	}
	addr, tx, err := bind.DeployContract(auth, common.FromHex(bindings.BridgeMetaData.Bin), backend, input)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy bridge: %w", err)
	}
	return addr, tx, nil
}

func governanceArg(g Governance) (bindings.BridgeGovernance, error) {
	if g.Delay < 0 || g.AdminTransferDelay < 0 || g.AdminTransferDelay/time.Second > math.MaxUint32 {
		return bindings.BridgeGovernance{}, fmt.Errorf("governance: delays %s and %s out of range", g.Delay, g.AdminTransferDelay)
	}
	if len(g.Proposers) == 0 || len(g.Pausers) == 0 {
		return bindings.BridgeGovernance{}, errors.New("governance: needs at least one proposer and one pauser")
	}
	executors := g.Executors
	if len(executors) == 0 {
		executors = []common.Address{{}} // the zero address opens execution to anybody
	}
	return bindings.BridgeGovernance{
		Delay:              big.NewInt(int64(g.Delay / time.Second)),
		Proposers:          g.Proposers,
		Executors:          executors,
		Pausers:            g.Pausers,
		AdminTransferDelay: big.NewInt(int64(g.AdminTransferDelay / time.Second)),
	}, nil
}

// TimelockAddress is where the bridge at bridge created its timelock: the bridge's first
// contract creation. Bridge.timelock() says the same on chain.
func TimelockAddress(bridge common.Address) common.Address {
	return crypto.CreateAddress(bridge, 1)
}

// DeployWrappedToken sends the transaction that creates the wrapped token of a mint route, minted
// and burned by bridge alone. Like DeployBridge, it does not wait.
func DeployWrappedToken(auth *bind.TransactOpts, backend bind.ContractBackend, name, symbol string, decimals uint8, bridge common.Address) (common.Address, *types.Transaction, error) {
	input, err := wrappedTokenABI.Pack("", name, symbol, decimals, bridge)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy wrapped token: %w", err)
	}
	addr, tx, err := bind.DeployContract(auth, common.FromHex(bindings.WrappedTokenMetaData.Bin), backend, input)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy wrapped token: %w", err)
	}
	return addr, tx, nil
}

// TransferArg is t as release, mint and the hashing functions take it.
func TransferArg(t *transfer.Transfer) bindings.BridgeTransfer {
	return bindings.BridgeTransfer{
		SourceChain: new(big.Int).SetUint64(t.SourceChain),
		SourceTx:    t.SourceTx,
		SourceIndex: t.SourceIndex,
		SourceBlock: t.SourceBlock,
		Route:       t.Route,
		DestChain:   new(big.Int).SetUint64(t.DestChain),
		DestToken:   t.DestToken,
		Recipient:   bytes.Clone(t.Recipient),
		Amount:      new(big.Int).Set(t.Amount),
		Fee:         new(big.Int).Set(t.Fee),
	}
}
