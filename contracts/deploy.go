package contracts

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

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

// BridgeConfig is what a new bridge starts with.
type BridgeConfig struct {
	Admin      common.Address   // gets DEFAULT_ADMIN_ROLE and ADMIN_ROLE
	SignerKey  *ecdsa.PublicKey // the signer's P-256 key
	Watchers   []common.Address // any order: DeployBridge sorts them
	Threshold  uint8            // more than half of Watchers
	RoutesHash [32]byte         // the EIP-712 salt
}

// DeployBridge sends the transaction that creates a bridge. It does not wait for it to be mined:
// use bind.WaitDeployed, or Commit on a simulated backend.
func DeployBridge(auth *bind.TransactOpts, backend bind.ContractBackend, cfg BridgeConfig) (common.Address, *types.Transaction, error) {
	if cfg.SignerKey == nil {
		return common.Address{}, nil, errors.New("deploy bridge: no signer key")
	}
	qx, qy, err := P256PublicKey(cfg.SignerKey)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy bridge: %w", err)
	}
	watchers := slices.Clone(cfg.Watchers)
	slices.SortFunc(watchers, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	input, err := bridgeABI.Pack("", cfg.Admin, qx, qy, watchers, cfg.Threshold, cfg.RoutesHash)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy bridge: %w", err)
	}
	addr, tx, err := bind.DeployContract(auth, common.FromHex(bindings.BridgeMetaData.Bin), backend, input)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy bridge: %w", err)
	}
	return addr, tx, nil
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
