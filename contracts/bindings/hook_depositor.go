// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// HookDepositorMetaData contains all meta data concerning the HookDepositor contract.
var HookDepositorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractHookToken\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"bridge_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"extra\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"recipient\",\"type\":\"string\"}],\"name\":\"attack\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bridge\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractHookToken\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"tokensToSend\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "HookDepositor",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161072a38038061072a83398101604081905261002e9161011e565b6001600160a01b03808316608081905290821660a05260408051636d89462960e11b8152905163db128c52916004808201925f9290919082900301818387803b158015610079575f5ffd5b505af115801561008b573d5f5f3e3d5ffd5b505060405163095ea7b360e01b81526001600160a01b0384811660048301525f1960248301528516925063095ea7b391506044016020604051808303815f875af11580156100db573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100ff9190610156565b50505061017c565b6001600160a01b038116811461011b575f5ffd5b50565b5f5f6040838503121561012f575f5ffd5b825161013a81610107565b602084015190925061014b81610107565b809150509250929050565b5f60208284031215610166575f5ffd5b81518015158114610175575f5ffd5b9392505050565b60805160a0516105656101c55f395f8181607b0152818161013c01528181610235015261032d01525f818160cb0152818161010501528181610208015261035a01526105655ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c8063825dfb721461004e578063cef904c714610063578063e78cea9214610076578063fc0c546a146100c6575b5f5ffd5b61006161005c3660046103e3565b6100ed565b005b61006161007136600461041d565b6102ec565b61009d7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200160405180910390f35b61009d7f000000000000000000000000000000000000000000000000000000000000000081565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016141580610134575060015460ff165b8061018b57507f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff1614155b8061019557505f54155b1561019f57505050565b600180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016811790555f546040517fa9059cbb00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169163a9059cbb9161027e917f00000000000000000000000000000000000000000000000000000000000000009160040173ffffffffffffffffffffffffffffffffffffffff929092168252602082015260400190565b6020604051808303815f875af115801561029a573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102be9190610499565b5050600180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001690555050565b5f8390556040517fbfe07da600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169063bfe07da690610388907f0000000000000000000000000000000000000000000000000000000000000000908890879087906004016104bf565b5f604051808303815f87803b15801561039f575f5ffd5b505af11580156103b1573d5f5f3e3d5ffd5b5050505050505050565b803573ffffffffffffffffffffffffffffffffffffffff811681146103de575f5ffd5b919050565b5f5f5f606084860312156103f5575f5ffd5b6103fe846103bb565b925061040c602085016103bb565b929592945050506040919091013590565b5f5f5f5f60608587031215610430575f5ffd5b8435935060208501359250604085013567ffffffffffffffff811115610454575f5ffd5b8501601f81018713610464575f5ffd5b803567ffffffffffffffff81111561047a575f5ffd5b87602082840101111561048b575f5ffd5b949793965060200194505050565b5f602082840312156104a9575f5ffd5b815180151581146104b8575f5ffd5b9392505050565b73ffffffffffffffffffffffffffffffffffffffff8516815283602082015260606040820152816060820152818360808301375f818301608090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0160101939250505056fea2646970667358221220b53141c90738d531d99190ec9e363ae19f6db059a170e8015576e76f49acd54564736f6c63430008250033",
}

// HookDepositor is an auto generated Go binding around an Ethereum contract.
type HookDepositor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *HookDepositor) GetABI() abi.ABI {
	return c.abi
}

// NewHookDepositor creates a new instance of HookDepositor.
func NewHookDepositor() *HookDepositor {
	parsed, err := HookDepositorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &HookDepositor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *HookDepositor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address bridge_) returns()
func (hookDepositor *HookDepositor) PackConstructor(token_ common.Address, bridge_ common.Address) []byte {
	enc, err := hookDepositor.abi.Pack("", token_, bridge_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAttack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcef904c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attack(uint256 amount, uint256 extra, string recipient) returns()
func (hookDepositor *HookDepositor) PackAttack(amount *big.Int, extra *big.Int, recipient string) []byte {
	enc, err := hookDepositor.abi.Pack("attack", amount, extra, recipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcef904c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attack(uint256 amount, uint256 extra, string recipient) returns()
func (hookDepositor *HookDepositor) TryPackAttack(amount *big.Int, extra *big.Int, recipient string) ([]byte, error) {
	return hookDepositor.abi.Pack("attack", amount, extra, recipient)
}

// PackBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe78cea92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bridge() view returns(address)
func (hookDepositor *HookDepositor) PackBridge() []byte {
	enc, err := hookDepositor.abi.Pack("bridge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe78cea92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bridge() view returns(address)
func (hookDepositor *HookDepositor) TryPackBridge() ([]byte, error) {
	return hookDepositor.abi.Pack("bridge")
}

// UnpackBridge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe78cea92.
//
// Solidity: function bridge() view returns(address)
func (hookDepositor *HookDepositor) UnpackBridge(data []byte) (common.Address, error) {
	out, err := hookDepositor.abi.Unpack("bridge", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (hookDepositor *HookDepositor) PackToken() []byte {
	enc, err := hookDepositor.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (hookDepositor *HookDepositor) TryPackToken() ([]byte, error) {
	return hookDepositor.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (hookDepositor *HookDepositor) UnpackToken(data []byte) (common.Address, error) {
	out, err := hookDepositor.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTokensToSend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x825dfb72.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokensToSend(address , address to, uint256 ) returns()
func (hookDepositor *HookDepositor) PackTokensToSend(arg0 common.Address, to common.Address, arg2 *big.Int) []byte {
	enc, err := hookDepositor.abi.Pack("tokensToSend", arg0, to, arg2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokensToSend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x825dfb72.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokensToSend(address , address to, uint256 ) returns()
func (hookDepositor *HookDepositor) TryPackTokensToSend(arg0 common.Address, to common.Address, arg2 *big.Int) ([]byte, error) {
	return hookDepositor.abi.Pack("tokensToSend", arg0, to, arg2)
}
