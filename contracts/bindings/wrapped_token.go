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

// WrappedTokenMetaData contains all meta data concerning the WrappedToken contract.
var WrappedTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"bridge_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"OnlyBridge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroBridge\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bridge\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "WrappedToken",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051610eca380380610eca83398101604081905261002e9161012a565b8383600361003c8382610253565b5060046100498282610253565b5050506001600160a01b0381166100735760405163361106cd60e01b815260040160405180910390fd5b6001600160a01b031660805260ff1660a052506103119050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f8301126100b0575f5ffd5b81516001600160401b038111156100c9576100c961008d565b604051601f8201601f19908116603f011681016001600160401b03811182821017156100f7576100f761008d565b60405281815283820160200185101561010e575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f5f6080858703121561013d575f5ffd5b84516001600160401b03811115610152575f5ffd5b61015e878288016100a1565b602087015190955090506001600160401b0381111561017b575f5ffd5b610187878288016100a1565b935050604085015160ff8116811461019d575f5ffd5b60608601519092506001600160a01b03811681146101b9575f5ffd5b939692955090935050565b600181811c908216806101d857607f821691505b6020821081036101f657634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561024e578282111561024e57805f5260205f20601f840160051c602085101561022757505f5b90810190601f840160051c035f5b8181101561024a575f83820155600101610235565b5050505b505050565b81516001600160401b0381111561026c5761026c61008d565b6102808161027a84546101c4565b846101fc565b6020601f8211600181146102b2575f831561029b5750848201515b5f19600385901b1c1916600184901b17845561030a565b5f84815260208120601f198516915b828110156102e157878501518255602094850194600190920191016102c1565b50848210156102fe57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b60805160a051610b8a6103405f395f61014001525f818161022c0152818161035701526103db0152610b8a5ff3fe608060405234801561000f575f5ffd5b50600436106100cf575f3560e01c806342966c681161007d578063a9059cbb11610058578063a9059cbb146101cf578063dd62ed3e146101e2578063e78cea9214610227575f5ffd5b806342966c681461017f57806370a082311461019257806395d89b41146101c7575f5ffd5b806323b872dd116100ad57806323b872dd14610126578063313ce5671461013957806340c10f191461016a575f5ffd5b806306fdde03146100d3578063095ea7b3146100f157806318160ddd14610114575b5f5ffd5b6100db610273565b6040516100e89190610986565b60405180910390f35b6101046100ff366004610a01565b610303565b60405190151581526020016100e8565b6002545b6040519081526020016100e8565b610104610134366004610a29565b61031c565b60405160ff7f00000000000000000000000000000000000000000000000000000000000000001681526020016100e8565b61017d610178366004610a01565b61033f565b005b61017d61018d366004610a63565b6103c3565b6101186101a0366004610a7a565b73ffffffffffffffffffffffffffffffffffffffff165f9081526020819052604090205490565b6100db610441565b6101046101dd366004610a01565b610450565b6101186101f0366004610a9a565b73ffffffffffffffffffffffffffffffffffffffff9182165f90815260016020908152604080832093909416825291909152205490565b61024e7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016100e8565b60606003805461028290610acb565b80601f01602080910402602001604051908101604052809291908181526020018280546102ae90610acb565b80156102f95780601f106102d0576101008083540402835291602001916102f9565b820191905f5260205f20905b8154815290600101906020018083116102dc57829003601f168201915b5050505050905090565b5f3361031081858561045d565b60019150505b92915050565b5f3361032985828561046f565b61033485858561053d565b506001949350505050565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016146103b5576040517fd8ee8db00000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b6103bf82826105e6565b5050565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610434576040517fd8ee8db00000000000000000000000000000000000000000000000000000000081523360048201526024016103ac565b61043e3382610640565b50565b60606004805461028290610acb565b5f3361031081858561053d565b61046a838383600161069a565b505050565b73ffffffffffffffffffffffffffffffffffffffff8381165f908152600160209081526040808320938616835292905220547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8110156105375781811015610529576040517ffb8f41b200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015260248101829052604481018390526064016103ac565b61053784848484035f61069a565b50505050565b73ffffffffffffffffffffffffffffffffffffffff831661058c576040517f96c6fd1e0000000000000000000000000000000000000000000000000000000081525f60048201526024016103ac565b73ffffffffffffffffffffffffffffffffffffffff82166105db576040517fec442f050000000000000000000000000000000000000000000000000000000081525f60048201526024016103ac565b61046a8383836107df565b73ffffffffffffffffffffffffffffffffffffffff8216610635576040517fec442f050000000000000000000000000000000000000000000000000000000081525f60048201526024016103ac565b6103bf5f83836107df565b73ffffffffffffffffffffffffffffffffffffffff821661068f576040517f96c6fd1e0000000000000000000000000000000000000000000000000000000081525f60048201526024016103ac565b6103bf825f836107df565b73ffffffffffffffffffffffffffffffffffffffff84166106e9576040517fe602df050000000000000000000000000000000000000000000000000000000081525f60048201526024016103ac565b73ffffffffffffffffffffffffffffffffffffffff8316610738576040517f94280d620000000000000000000000000000000000000000000000000000000081525f60048201526024016103ac565b73ffffffffffffffffffffffffffffffffffffffff8085165f9081526001602090815260408083209387168352929052208290558015610537578273ffffffffffffffffffffffffffffffffffffffff168473ffffffffffffffffffffffffffffffffffffffff167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516107d191815260200190565b60405180910390a350505050565b73ffffffffffffffffffffffffffffffffffffffff8316610816578060025f82825461080b9190610b1c565b909155506108c69050565b73ffffffffffffffffffffffffffffffffffffffff83165f908152602081905260409020548181101561089b576040517fe450d38c00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8516600482015260248101829052604481018390526064016103ac565b73ffffffffffffffffffffffffffffffffffffffff84165f9081526020819052604090209082900390555b73ffffffffffffffffffffffffffffffffffffffff82166108ef5760028054829003905561091a565b73ffffffffffffffffffffffffffffffffffffffff82165f9081526020819052604090208054820190555b8173ffffffffffffffffffffffffffffffffffffffff168373ffffffffffffffffffffffffffffffffffffffff167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161097991815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f6040828501015260407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505092915050565b803573ffffffffffffffffffffffffffffffffffffffff811681146109fc575f5ffd5b919050565b5f5f60408385031215610a12575f5ffd5b610a1b836109d9565b946020939093013593505050565b5f5f5f60608486031215610a3b575f5ffd5b610a44846109d9565b9250610a52602085016109d9565b929592945050506040919091013590565b5f60208284031215610a73575f5ffd5b5035919050565b5f60208284031215610a8a575f5ffd5b610a93826109d9565b9392505050565b5f5f60408385031215610aab575f5ffd5b610ab4836109d9565b9150610ac2602084016109d9565b90509250929050565b600181811c90821680610adf57607f821691505b602082108103610b16577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b80820180821115610316577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffdfea2646970667358221220233140e9262277bcf801accf84634b65da526fb3ad6d0e670f362a1c2106579f64736f6c63430008250033",
}

// WrappedToken is an auto generated Go binding around an Ethereum contract.
type WrappedToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *WrappedToken) GetABI() abi.ABI {
	return c.abi
}

// NewWrappedToken creates a new instance of WrappedToken.
func NewWrappedToken() *WrappedToken {
	parsed, err := WrappedTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &WrappedToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *WrappedToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, uint8 decimals_, address bridge_) returns()
func (wrappedToken *WrappedToken) PackConstructor(name_ string, symbol_ string, decimals_ uint8, bridge_ common.Address) []byte {
	enc, err := wrappedToken.abi.Pack("", name_, symbol_, decimals_, bridge_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (wrappedToken *WrappedToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := wrappedToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (wrappedToken *WrappedToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return wrappedToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (wrappedToken *WrappedToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := wrappedToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (wrappedToken *WrappedToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := wrappedToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (wrappedToken *WrappedToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return wrappedToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (wrappedToken *WrappedToken) UnpackApprove(data []byte) (bool, error) {
	out, err := wrappedToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (wrappedToken *WrappedToken) PackBalanceOf(account common.Address) []byte {
	enc, err := wrappedToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (wrappedToken *WrappedToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return wrappedToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (wrappedToken *WrappedToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := wrappedToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe78cea92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bridge() view returns(address)
func (wrappedToken *WrappedToken) PackBridge() []byte {
	enc, err := wrappedToken.abi.Pack("bridge")
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
func (wrappedToken *WrappedToken) TryPackBridge() ([]byte, error) {
	return wrappedToken.abi.Pack("bridge")
}

// UnpackBridge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe78cea92.
//
// Solidity: function bridge() view returns(address)
func (wrappedToken *WrappedToken) UnpackBridge(data []byte) (common.Address, error) {
	out, err := wrappedToken.abi.Unpack("bridge", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(uint256 amount) returns()
func (wrappedToken *WrappedToken) PackBurn(amount *big.Int) []byte {
	enc, err := wrappedToken.abi.Pack("burn", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(uint256 amount) returns()
func (wrappedToken *WrappedToken) TryPackBurn(amount *big.Int) ([]byte, error) {
	return wrappedToken.abi.Pack("burn", amount)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (wrappedToken *WrappedToken) PackDecimals() []byte {
	enc, err := wrappedToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (wrappedToken *WrappedToken) TryPackDecimals() ([]byte, error) {
	return wrappedToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (wrappedToken *WrappedToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := wrappedToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (wrappedToken *WrappedToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := wrappedToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (wrappedToken *WrappedToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return wrappedToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (wrappedToken *WrappedToken) PackName() []byte {
	enc, err := wrappedToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (wrappedToken *WrappedToken) TryPackName() ([]byte, error) {
	return wrappedToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (wrappedToken *WrappedToken) UnpackName(data []byte) (string, error) {
	out, err := wrappedToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (wrappedToken *WrappedToken) PackSymbol() []byte {
	enc, err := wrappedToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (wrappedToken *WrappedToken) TryPackSymbol() ([]byte, error) {
	return wrappedToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (wrappedToken *WrappedToken) UnpackSymbol(data []byte) (string, error) {
	out, err := wrappedToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (wrappedToken *WrappedToken) PackTotalSupply() []byte {
	enc, err := wrappedToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (wrappedToken *WrappedToken) TryPackTotalSupply() ([]byte, error) {
	return wrappedToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (wrappedToken *WrappedToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := wrappedToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (wrappedToken *WrappedToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := wrappedToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (wrappedToken *WrappedToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return wrappedToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (wrappedToken *WrappedToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := wrappedToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (wrappedToken *WrappedToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := wrappedToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (wrappedToken *WrappedToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return wrappedToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (wrappedToken *WrappedToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := wrappedToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// WrappedTokenApproval represents a Approval event raised by the WrappedToken contract.
type WrappedTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const WrappedTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (WrappedTokenApproval) ContractEventName() string {
	return WrappedTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (wrappedToken *WrappedToken) UnpackApprovalEvent(log *types.Log) (*WrappedTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != wrappedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WrappedTokenApproval)
	if len(log.Data) > 0 {
		if err := wrappedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range wrappedToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// WrappedTokenTransfer represents a Transfer event raised by the WrappedToken contract.
type WrappedTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const WrappedTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (WrappedTokenTransfer) ContractEventName() string {
	return WrappedTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (wrappedToken *WrappedToken) UnpackTransferEvent(log *types.Log) (*WrappedTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != wrappedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WrappedTokenTransfer)
	if len(log.Data) > 0 {
		if err := wrappedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range wrappedToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (wrappedToken *WrappedToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], wrappedToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return wrappedToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrappedToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return wrappedToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrappedToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return wrappedToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrappedToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return wrappedToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrappedToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return wrappedToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrappedToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return wrappedToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrappedToken.abi.Errors["OnlyBridge"].ID.Bytes()[:4]) {
		return wrappedToken.UnpackOnlyBridgeError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrappedToken.abi.Errors["ZeroBridge"].ID.Bytes()[:4]) {
		return wrappedToken.UnpackZeroBridgeError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// WrappedTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the WrappedToken contract.
type WrappedTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func WrappedTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (wrappedToken *WrappedToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*WrappedTokenERC20InsufficientAllowance, error) {
	out := new(WrappedTokenERC20InsufficientAllowance)
	if err := wrappedToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WrappedTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the WrappedToken contract.
type WrappedTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func WrappedTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (wrappedToken *WrappedToken) UnpackERC20InsufficientBalanceError(raw []byte) (*WrappedTokenERC20InsufficientBalance, error) {
	out := new(WrappedTokenERC20InsufficientBalance)
	if err := wrappedToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WrappedTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the WrappedToken contract.
type WrappedTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func WrappedTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (wrappedToken *WrappedToken) UnpackERC20InvalidApproverError(raw []byte) (*WrappedTokenERC20InvalidApprover, error) {
	out := new(WrappedTokenERC20InvalidApprover)
	if err := wrappedToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WrappedTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the WrappedToken contract.
type WrappedTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func WrappedTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (wrappedToken *WrappedToken) UnpackERC20InvalidReceiverError(raw []byte) (*WrappedTokenERC20InvalidReceiver, error) {
	out := new(WrappedTokenERC20InvalidReceiver)
	if err := wrappedToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WrappedTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the WrappedToken contract.
type WrappedTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func WrappedTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (wrappedToken *WrappedToken) UnpackERC20InvalidSenderError(raw []byte) (*WrappedTokenERC20InvalidSender, error) {
	out := new(WrappedTokenERC20InvalidSender)
	if err := wrappedToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WrappedTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the WrappedToken contract.
type WrappedTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func WrappedTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (wrappedToken *WrappedToken) UnpackERC20InvalidSpenderError(raw []byte) (*WrappedTokenERC20InvalidSpender, error) {
	out := new(WrappedTokenERC20InvalidSpender)
	if err := wrappedToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WrappedTokenOnlyBridge represents a OnlyBridge error raised by the WrappedToken contract.
type WrappedTokenOnlyBridge struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyBridge(address caller)
func WrappedTokenOnlyBridgeErrorID() common.Hash {
	return common.HexToHash("0xd8ee8db0e5ab203fe0c7b589e312fb3647f7ad85166c4e7fbc338a134163b0f1")
}

// UnpackOnlyBridgeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyBridge(address caller)
func (wrappedToken *WrappedToken) UnpackOnlyBridgeError(raw []byte) (*WrappedTokenOnlyBridge, error) {
	out := new(WrappedTokenOnlyBridge)
	if err := wrappedToken.abi.UnpackIntoInterface(out, "OnlyBridge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WrappedTokenZeroBridge represents a ZeroBridge error raised by the WrappedToken contract.
type WrappedTokenZeroBridge struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroBridge()
func WrappedTokenZeroBridgeErrorID() common.Hash {
	return common.HexToHash("0x361106cd754ac094d50f96e28495d4d297b1cb89f821f54e2129ae2dad224cab")
}

// UnpackZeroBridgeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroBridge()
func (wrappedToken *WrappedToken) UnpackZeroBridgeError(raw []byte) (*WrappedTokenZeroBridge, error) {
	out := new(WrappedTokenZeroBridge)
	if err := wrappedToken.abi.UnpackIntoInterface(out, "ZeroBridge", raw); err != nil {
		return nil, err
	}
	return out, nil
}
