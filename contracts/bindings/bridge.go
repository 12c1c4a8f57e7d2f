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

// BridgeTransfer is an auto generated low-level Go binding around an user-defined struct.
type BridgeTransfer struct {
	SourceChain *big.Int
	SourceTx    [32]byte
	SourceIndex uint32
	SourceBlock [32]byte
	Route       [32]byte
	DestChain   *big.Int
	DestToken   [32]byte
	Recipient   []byte
	Amount      *big.Int
	Fee         *big.Int
}

// BridgeMetaData contains all meta data concerning the Bridge contract.
var BridgeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"signerQx_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"signerQy_\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"watchers_\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold_\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"routesHash_\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"AlreadyConsumed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignerSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"used\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"DailyCapExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"watcher\",\"type\":\"address\"}],\"name\":\"DuplicateWatcherSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"dailyCap\",\"type\":\"uint256\"}],\"name\":\"InvalidDailyCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidMetaverseRecipient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"mode\",\"type\":\"uint8\"}],\"name\":\"InvalidMode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidRoute\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignerKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"watchers\",\"type\":\"uint256\"}],\"name\":\"InvalidThreshold\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidWatcherSet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidWatcherSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"NotEnoughWatcherSignatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"NotMintRoute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"NotWatcher\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"RecipientNot20Bytes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"}],\"name\":\"RouteDisabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SignerSignatureMalleable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"}],\"name\":\"TokenInUse\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"}],\"name\":\"UnknownRoute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"UnsupportedToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"WatcherSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"WatcherSignatureMalleable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"WatcherSignaturesNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"destChain\",\"type\":\"uint256\"}],\"name\":\"WrongDestChain\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"mode\",\"type\":\"uint8\"}],\"name\":\"WrongMode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"destToken\",\"type\":\"bytes32\"}],\"name\":\"WrongToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAdmin\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRecipient\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Burned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"recipient\",\"type\":\"string\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"recipient\",\"type\":\"string\"}],\"name\":\"Linked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Minted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Released\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"mode\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"dailyCap\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"RouteSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"routesHash\",\"type\":\"bytes32\"}],\"name\":\"RoutesHashSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"qx\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"qy\",\"type\":\"bytes32\"}],\"name\":\"SignerKeySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"watchers\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"WatchersSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_RECIPIENT_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MODE_LOCK\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MODE_MINT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UNPAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"burnReceived\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"consumed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"recipient\",\"type\":\"string\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sourceChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"sourceTx\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"sourceIndex\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"sourceBlock\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"destChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"destToken\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"recipient\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"internalType\":\"structBridge.Transfer\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"digestFor\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"domainSeparatorFor\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sourceChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"sourceTx\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"sourceIndex\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"sourceBlock\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"destChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"destToken\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"recipient\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"internalType\":\"structBridge.Transfer\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"hashTransfer\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isWatcher\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"recipient\",\"type\":\"string\"}],\"name\":\"link\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"links\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sourceChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"sourceTx\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"sourceIndex\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"sourceBlock\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"destChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"destToken\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"recipient\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"internalType\":\"structBridge.Transfer\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"},{\"internalType\":\"bytes[]\",\"name\":\"watcherSigs\",\"type\":\"bytes[]\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sourceChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"sourceTx\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"sourceIndex\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"sourceBlock\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"destChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"destToken\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"recipient\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"internalType\":\"structBridge.Transfer\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"},{\"internalType\":\"bytes[]\",\"name\":\"watcherSigs\",\"type\":\"bytes[]\"}],\"name\":\"release\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"routes\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"mode\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"dailyCap\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"routesHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"mode\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"dailyCap\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"setRoute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"routesHash_\",\"type\":\"bytes32\"}],\"name\":\"setRoutesHash\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"qx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"qy\",\"type\":\"bytes32\"}],\"name\":\"setSignerKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"watchers_\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold_\",\"type\":\"uint8\"}],\"name\":\"setWatchers\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"signerQx\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"signerQy\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sourceChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"sourceTx\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"sourceIndex\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"sourceBlock\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"destChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"destToken\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"recipient\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"internalType\":\"structBridge.Transfer\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"structHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"tokenRoute\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sourceChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"sourceTx\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"sourceIndex\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"sourceBlock\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"destChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"destToken\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"recipient\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"internalType\":\"structBridge.Transfer\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"transferId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"}],\"name\":\"usedToday\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"watchers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"watcherSet\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Bridge",
	Bin: "0x608060405234801561000f575f5ffd5b506040516146d23803806146d283398101604081905261002e91610454565b6001600160a01b03861661005557604051633944ed8760e11b815260040160405180910390fd5b61005f5f876100b3565b5061008a7fa49807205ce4d355092ef5a8a18f56e8913cf4a201fbe287825b095693c21775876100b3565b50610095858561015c565b61009f83836101ca565b6100a881610376565b5050505050506106d0565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610153575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561010b3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610156565b505f5b92915050565b61016682826103b1565b6101835760405163dd92265760e01b815260040160405180910390fd5b6002829055600381905560408051838152602081018390527f317160c2c485c86e34ad1379e362d8e07a875729cfac29ebedae4cafd16500cc910160405180910390a15050565b81515f8190036101ed576040516359bce4cf60e01b815260040160405180910390fd5b808260ff16118061020b57508061020860ff84166002610575565b11155b15610239576040516319355c0560e21b815260ff831660048201526024810182905260440160405180910390fd5b600180545f916102579161010090046001600160401b03169061058c565b90505f805b838110156102ed575f868281518110610277576102776105ab565b60200260200101519050826001600160a01b0316816001600160a01b0316116102b3576040516359bce4cf60e01b815260040160405180910390fd5b6001600160a01b0381165f90815260066020526040902080546001600160401b0319166001600160401b038616179055915060010161025c565b5060056102fa86826105bf565b5060018054610100600160501b0319166101006001600160401b0385160260ff60481b191617690100000000000000000060ff8716021790556040517f264b3965ed362fbf11224203e4a47068fb3987c9fe91670d62aae94304849ef89061036790879087908690610668565b60405180910390a15050505050565b60048190556040518181527f5a464e5d96e88b0c3a7cb4bd52caac3215e423f10803e3bc98dbf5c16f21e8ef9060200160405180910390a150565b5f600160601b63ffffffff60c01b031980838409817f5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b8387856003600160601b0363ffffffff60c01b0319878b8c0908090894821191909310169190921416919050565b80516001600160a01b038116811461042b575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b805160ff8116811461042b575f5ffd5b5f5f5f5f5f5f60c08789031215610469575f5ffd5b61047287610415565b6020880151604089015160608a015192985090965094506001600160401b0381111561049c575f5ffd5b8701601f810189136104ac575f5ffd5b80516001600160401b038111156104c5576104c5610430565b604051600582901b90603f8201601f191681016001600160401b03811182821017156104f3576104f3610430565b60405291825260208184018101929081018c841115610510575f5ffd5b6020850194505b838510156105365761052885610415565b815260209485019401610517565b5095506105499250505060808801610444565b91505f60a08801519050809150509295509295509295565b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761015657610156610561565b6001600160401b03818116838216019081111561015657610156610561565b634e487b7160e01b5f52603260045260245ffd5b81516001600160401b038111156105d8576105d8610430565b680100000000000000008111156105f1576105f1610430565b81548183558082101561062557825f528160205f20018282035f5b81811015610621575f8382015560010161060c565b5050505b5060208301610639835f9081526020902090565b5f5b838110156106605782516001600160a01b03168183015560209092019160010161063b565b505050505050565b606080825284519082018190525f9060208601906080840190835b818110156106aa5783516001600160a01b0316835260209384019390920191600101610683565b505060ff95909516602084015250506001600160401b0391909116604090910152919050565b613ff5806106dd5f395ff3fe608060405234801561000f575f5ffd5b50600436106102c2575f3560e01c806391d148541161017c578063c7aef0bd116100dd578063d8717c4b11610093578063f698da251161006e578063f698da2514610674578063fb1bb9de14610721578063fce1b84714610748575f5ffd5b8063d8717c4b1461061b578063e63ab1e91461063a578063f63421bf14610661575f5ffd5b8063cf2e011e116100c3578063cf2e011e146105ec578063d18575c0146105ff578063d547741f14610608575f5ffd5b8063c7aef0bd146105c6578063caefd358146105d9575f5ffd5b8063b27e1ace11610132578063b6572fcf11610118578063b6572fcf14610598578063bfe07da6146105ab578063c32f50a4146105be575f5ffd5b8063b27e1ace14610575578063b40967241461058f575f5ffd5b8063a217fddf11610162578063a217fddf14610548578063a3ea311a1461054f578063af33c72414610562575f5ffd5b806391d14854146104ff5780639208419214610535575f5ffd5b80633f4ba83a116102265780635c975abb116101dc57806375b238fc116101c257806375b238fc146104bd5780638456cb59146104e457806384785ecd146104ec575f5ffd5b80635c975abb1461049f5780636d8dee42146104aa575f5ffd5b80634648c9431161020c5780634648c943146104545780634e7fb0831461047657806358c7a71214610496575f5ffd5b80633f4ba83a146104395780633f8a70e114610441575f5ffd5b8063248a9ca31161027b57806333e420911161026157806333e420911461040057806336568abe1461041357806339d1ca3f14610426575f5ffd5b8063248a9ca3146103c95780632f2ff15d146103eb575f5ffd5b806301ffc9a7116102ab57806301ffc9a7146102f7578063066e94811461031a57806312d976a2146103b6575f5ffd5b806301368256146102c657806301b4314e146102e1575b5f5ffd5b6102ce608081565b6040519081526020015b60405180910390f35b6102e961075b565b6040516102d89291906135a8565b61030a6103053660046135cc565b6107d2565b60405190151581526020016102d8565b61038461032836600461360b565b60076020525f9081526040902080546001909101546001600160a01b0382169160ff7401000000000000000000000000000000000000000082048116927501000000000000000000000000000000000000000000909204169084565b604080516001600160a01b03909516855260ff90931660208501529015159183019190915260608201526080016102d8565b6102ce6103c4366004613639565b61086a565b6102ce6103d736600461360b565b5f9081526020819052604090206001015490565b6103fe6103f9366004613686565b610874565b005b6103fe61040e366004613708565b61089e565b6103fe610421366004613686565b610905565b6102ce610434366004613639565b610956565b6103fe610960565b6102ce61044f36600461360b565b610995565b61030a61046236600461360b565b600a6020525f908152604090205460ff1681565b610489610484366004613758565b610a33565b6040516102d89190613771565b6102ce60025481565b60015460ff1661030a565b6103fe6104b836600461360b565b610aca565b6102ce7fa49807205ce4d355092ef5a8a18f56e8913cf4a201fbe287825b095693c2177581565b6103fe610b01565b61030a6104fa366004613758565b610b33565b61030a61050d366004613686565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6102ce610543366004613639565b610b7c565b6102ce5f81565b6102ce61055d3660046137c4565b610b8b565b6103fe61057036600461381f565b610ba1565b61057d600281565b60405160ff90911681526020016102d8565b6102ce60035481565b6103fe6105a636600461389c565b610c9b565b6103fe6105b9366004613935565b610fc5565b61057d600181565b6103fe6105d436600461398b565b611347565b6103fe6105e7366004613758565b61137b565b6103fe6105fa3660046139ab565b61157d565b6102ce60045481565b6103fe610616366004613686565b6115e8565b6102ce610629366004613758565b60086020525f908152604090205481565b6102ce7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b6102ce61066f3660046139ea565b61160c565b600454604080517fd87cd6ef79d4e2b95e15ce8abf732db51ec771f1ca2edccf22a46c729ac564726020808301919091527f6e39fab9e5c4442230b35aa98a406c8f91a1ae2496d64e5c7f6fef0afa5c35be828401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608301524660808301523060a083015260c0808301949094528251808303909401845260e090910190915281519101206102ce565b6102ce7f427da25fe773164f88948d3e215c94b6554e2ed5e5f203a821c9f2f6131cf75a81565b6103fe61075636600461381f565b6116c5565b60605f6005600160099054906101000a900460ff16818054806020026020016040519081016040528092919081815260200182805480156107c357602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116107a5575b50505050509150915091509091565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061086457507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f6108648261174a565b5f8281526020819052604090206001015461088e8161183a565b6108988383611844565b50505050565b7fa49807205ce4d355092ef5a8a18f56e8913cf4a201fbe287825b095693c217756108c88161183a565b6108988484808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250869250611909915050565b6001600160a01b0381163314610947576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6109518282611b49565b505050565b5f61086482611be8565b7f427da25fe773164f88948d3e215c94b6554e2ed5e5f203a821c9f2f6131cf75a61098a8161183a565b610992611c25565b50565b5f81815260096020908152604080832081518083019092525467ffffffffffffffff8116825268010000000000000000900477ffffffffffffffffffffffffffffffffffffffffffffffff16918101919091526109f56201518042613a77565b815167ffffffffffffffff1614610a0c575f610a12565b80602001515b77ffffffffffffffffffffffffffffffffffffffffffffffff169392505050565b600b6020525f908152604090208054610a4b90613a8a565b80601f0160208091040260200160405190810160405280929190818152602001828054610a7790613a8a565b8015610ac25780601f10610a9957610100808354040283529160200191610ac2565b820191905f5260205f20905b815481529060010190602001808311610aa557829003601f168201915b505050505081565b7fa49807205ce4d355092ef5a8a18f56e8913cf4a201fbe287825b095693c21775610af48161183a565b610afd82611c95565b5050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a610b2b8161183a565b610992611cd0565b5f6001600160a01b0382161580159061086457506001546001600160a01b0383165f9081526006602052604090205467ffffffffffffffff908116610100909204161492915050565b5f610864824630600454611d29565b5f610b9885858585611d29565b95945050505050565b610ba9611e20565b5f5f5f610bbb88888888886002611e5f565b6040517f40c10f190000000000000000000000000000000000000000000000000000000081526001600160a01b0380831660048301526101008d013560248301529396509194509250908316906340c10f19906044015f604051808303815f87803b158015610c28575f5ffd5b505af1158015610c3a573d5f5f3e3d5ffd5b50505050806001600160a01b0316826001600160a01b0316847f754e9989487f664406f6fbbf83aa42bd064e274ab3818f5ef5e610f09bdf30eb8b6101000135604051610c8991815260200190565b60405180910390a45050505050505050565b7fa49807205ce4d355092ef5a8a18f56e8913cf4a201fbe287825b095693c21775610cc58161183a565b851580610cd957506001600160a01b038516155b15610d10576040517f84e505d200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60ff8416600114801590610d28575060ff8416600214155b15610d69576040517f66001a8900000000000000000000000000000000000000000000000000000000815260ff851660048201526024015b60405180910390fd5b77ffffffffffffffffffffffffffffffffffffffffffffffff831115610dbe576040517fa3362cbd00000000000000000000000000000000000000000000000000000000815260048101849052602401610d60565b6001600160a01b0385165f908152600860205260409020548015801590610de55750868114155b15610e2e576040517fbd65d2ae0000000000000000000000000000000000000000000000000000000081526001600160a01b038716600482015260248101829052604401610d60565b5f878152600760205260409020546001600160a01b039081169087168114801590610e6157506001600160a01b03811615155b15610e7f576001600160a01b0381165f908152600860205260408120555b8760085f896001600160a01b03166001600160a01b031681526020019081526020015f20819055506040518060800160405280886001600160a01b031681526020018760ff16815260200185151581526020018681525060075f8a81526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548160ff021916908360ff1602179055506040820151815f0160156101000a81548160ff02191690831515021790555060608201518160010155905050866001600160a01b0316887f19b163c9f702b5d097a0f11072e9cda2e4a0f76dcb1e7b3edcdaebf224c52d74888888604051610fb39392919060ff93909316835260208301919091521515604082015260600190565b60405180910390a35050505050505050565b610fcd611e20565b610fd5612251565b6001600160a01b0384165f908152600860205260409020548061102f576040517fbf16aab60000000000000000000000000000000000000000000000000000000081526001600160a01b0386166004820152602401610d60565b5f81815260076020526040902080547501000000000000000000000000000000000000000000900460ff16611093576040517fe7a1a24b00000000000000000000000000000000000000000000000000000000815260048101839052602401610d60565b845f036110cc576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6110d68484612286565b6040517f70a0823100000000000000000000000000000000000000000000000000000000815230600482015286905f906001600160a01b038316906370a0823190602401602060405180830381865afa158015611135573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111599190613ad5565b90506111706001600160a01b03831633308a6122ce565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9082906001600160a01b038516906370a0823190602401602060405180830381865afa1580156111cf573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111f39190613ad5565b6111fd9190613aec565b9050805f03611238576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b83547ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe7401000000000000000000000000000000000000000090910460ff16016112eb576040517f42966c68000000000000000000000000000000000000000000000000000000008152600481018290526001600160a01b038a16906342966c68906024015f604051808303815f87803b1580156112d4575f5ffd5b505af11580156112e6573d5f5f3e3d5ffd5b505050505b336001600160a01b0316896001600160a01b03167fef519b7eb82aaf6ac376a6df2d793843ebfd593de5f1a0601d3cc6ab49ebb395838a8a60405161133293929190613b46565b60405180910390a3505050505061089861231d565b7fa49807205ce4d355092ef5a8a18f56e8913cf4a201fbe287825b095693c217756113718161183a565b6109518383612347565b6001600160a01b0381165f908152600860205260409020548015806113c957505f8181526007602052604090205474010000000000000000000000000000000000000000900460ff16600214155b1561140b576040517ffda98acf0000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610d60565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f906001600160a01b038416906370a0823190602401602060405180830381865afa158015611468573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061148c9190613ad5565b9050805f036114c7576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517f42966c68000000000000000000000000000000000000000000000000000000008152600481018290526001600160a01b038416906342966c68906024015f604051808303815f87803b15801561151f575f5ffd5b505af1158015611531573d5f5f3e3d5ffd5b50505050826001600160a01b03167f696de425f79f4a40bc6d2122ca50507f0efbeabbff86a84871b7196ab8ea8df78260405161157091815260200190565b60405180910390a2505050565b6115878282612286565b335f908152600b602052604090206115a0828483613be9565b50336001600160a01b03167f9c153ad6f629abfdbcf9af46eeaa7fa9a885a0a5ce9dbc34ad99cc9631dce56083836040516115dc929190613cff565b60405180910390a25050565b5f828152602081905260409020600101546116028161183a565b6108988383611b49565b604080517fd87cd6ef79d4e2b95e15ce8abf732db51ec771f1ca2edccf22a46c729ac564726020808301919091527f6e39fab9e5c4442230b35aa98a406c8f91a1ae2496d64e5c7f6fef0afa5c35be828401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc66060830152608082018690526001600160a01b03851660a083015260c08083018590528351808403909101815260e090920190925280519101205f905b949350505050565b6116cd611e20565b5f5f5f6116df88888888886001611e5f565b919450925090506116ff6001600160a01b038316826101008b01356123ce565b806001600160a01b0316826001600160a01b0316847ff841af1340fe1d6814e6ec7893c8cc8939c12ee8d084afe073c5b10dc8fc794c8b6101000135604051610c8991815260200190565b5f7f9a434516c771dd9081956b643fd23eeb4db9daad61b24026eb97f3da1236cbde823560208401356117836060860160408701613d12565b6060860135608087013560a088013560c08901356117a460e08b018b613d35565b6040516117b2929190613d96565b60408051918290038220602083019a909a52810197909752606087019590955263ffffffff909316608086015260a085019190915260c084015260e0830152610100808301919091526101208083019390935284013561014082015290830135610160820152610180015b604051602081830303815290604052805190602001209050919050565b610992813361241c565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16611902575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556118ba3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610864565b505f610864565b81515f819003611945576040517f59bce4cf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b808260ff16118061196357508061196060ff84166002613da5565b11155b156119a6576040517f64d5701400000000000000000000000000000000000000000000000000000000815260ff8316600482015260248101829052604401610d60565b600180545f916119c591610100900467ffffffffffffffff1690613dbc565b90505f805b83811015611a8d575f8682815181106119e5576119e5613ddc565b60200260200101519050826001600160a01b0316816001600160a01b031611611a3a576040517f59bce4cf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0381165f90815260066020526040902080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff861617905591506001016119ca565b506005611a9a8682613e09565b50600180547fffffffffffffffffffffffffffffffffffffffffffff000000000000000000ff1661010067ffffffffffffffff8516027fffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffff1617690100000000000000000060ff8716021790556040517f264b3965ed362fbf11224203e4a47068fb3987c9fe91670d62aae94304849ef890611b3a90879087908690613e9b565b60405180910390a15050505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1615611902575f838152602081815260408083206001600160a01b038616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610864565b5f81356020830135611c006060850160408601613d12565b60408051602081019490945283019190915263ffffffff16606082015260800161181d565b611c2d612487565b600180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b60048190556040518181527f5a464e5d96e88b0c3a7cb4bd52caac3215e423f10803e3bc98dbf5c16f21e8ef9060200160405180910390a150565b611cd8611e20565b600180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25833611c78565b604080517fd87cd6ef79d4e2b95e15ce8abf732db51ec771f1ca2edccf22a46c729ac564726020808301919091527f6e39fab9e5c4442230b35aa98a406c8f91a1ae2496d64e5c7f6fef0afa5c35be828401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc66060830152608082018690526001600160a01b03851660a083015260c08083018590528351808403909101815260e090920190925280519101205f90610b9890611de68761174a565b6040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b60015460ff1615611e5d576040517fd93c066500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b565b5f5f5f468960a0013514611ea5576040517f08e7e4d900000000000000000000000000000000000000000000000000000000815260a08a01356004820152602401610d60565b611eb260e08a018a613d35565b9050601414611eff57611ec860e08a018a613d35565b6040517fcf7e57d2000000000000000000000000000000000000000000000000000000008152610d60925060040190815260200190565b611f0c60e08a018a613d35565b611f1591613ed0565b60601c905080611f51576040517fd27b444300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60808901355f90815260076020526040902080546001600160a01b0316925082611fad576040517fda684a0700000000000000000000000000000000000000000000000000000000815260808b01356004820152602401610d60565b80547501000000000000000000000000000000000000000000900460ff16612007576040517fe7a1a24b00000000000000000000000000000000000000000000000000000000815260808b01356004820152602401610d60565b805460ff8681167401000000000000000000000000000000000000000090920416146120885780546040517f7e02d08700000000000000000000000000000000000000000000000000000000815260808c013560048201527401000000000000000000000000000000000000000090910460ff166024820152604401610d60565b60c08a01356001600160a01b038416146120de576040517fd8e6062700000000000000000000000000000000000000000000000000000000815260808b0135600482015260c08b01356024820152604401610d60565b6120e78a611be8565b5f818152600a602052604090205490945060ff1615612135576040517f0f50872f00000000000000000000000000000000000000000000000000000000815260048101859052602401610d60565b5f6121448b4630600454611d29565b90507f7fffffff800000007fffffffffffffffde737d56d38bcf4279dce5617e3192a88911156121a0576040517f90818e3e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6121b1818b8b6002546003546124c3565b6121e7576040517fc78270c100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6121f28189896124fc565b61220a8b6080013583600101548d6101000135612883565b50505f838152600a6020526040902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905591989097509095509350505050565b612259612a00565b611e5d60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612a59565b808015806122945750608081115b15610951576040517fb3672ff800000000000000000000000000000000000000000000000000000000815260048101829052602401610d60565b6122dc848484846001612a60565b610898576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610d60565b611e5d5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612280565b6123518282612ae6565b612387576040517fdd92265700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6002829055600381905560408051838152602081018390527f317160c2c485c86e34ad1379e362d8e07a875729cfac29ebedae4cafd16500cc910160405180910390a15050565b6123db8383836001612b6b565b610951576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610d60565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16610afd576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610d60565b60015460ff16611e5d576040517f8dfc202b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f5f6124d38888888888612be6565b91509150806124ee576124e98888888888612cc1565b6124f0565b815b98975050505050505050565b6001546901000000000000000000900460ff1680821015612553576040517f76016d260000000000000000000000000000000000000000000000000000000081526004810183905260248101829052604401610d60565b600154610100900467ffffffffffffffff165f805b8481101561287a57365f87878481811061258457612584613ddc565b90506020028101906125969190613d35565b9092509050604181146125df576040517f883b93f30000000000000000000000000000000000000000000000000000000081526004810184905260248101829052604401610d60565b5f6125ed6020828486613f36565b6125f691613f5d565b90505f612607604060208587613f36565b61261091613f5d565b90505f8484604081811061262657612626613ddc565b919091013560f81c9150507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a082111561268e576040517f3715af1300000000000000000000000000000000000000000000000000000000815260048101879052602401610d60565b604080515f808252602082018084528f905260ff841692820192909252606081018590526080810184905260019060a0016020604051602081039080840390855afa1580156126df573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001519150506001600160a01b03811661274d576040517f446193fd00000000000000000000000000000000000000000000000000000000815260048101889052602401610d60565b876001600160a01b0316816001600160a01b0316116127f857876001600160a01b0316816001600160a01b0316036127c3576040517f6867cbc5000000000000000000000000000000000000000000000000000000008152600481018890526001600160a01b0382166024820152604401610d60565b6040517f983c3c3700000000000000000000000000000000000000000000000000000000815260048101889052602401610d60565b6001600160a01b0381165f9081526006602052604090205467ffffffffffffffff8a8116911614612867576040517f514705b4000000000000000000000000000000000000000000000000000000008152600481018890526001600160a01b0382166024820152604401610d60565b9650506001909401935061256892505050565b50505050505050565b5f6128916201518042613a77565b5f85815260096020908152604080832081518083019092525467ffffffffffffffff8082168084526801000000000000000090920477ffffffffffffffffffffffffffffffffffffffffffffffff169383019390935293945092908416146128f9575f6128ff565b81602001515b77ffffffffffffffffffffffffffffffffffffffffffffffff16905084811180612931575061292e8186613aec565b84115b15612980576040517f7475d87300000000000000000000000000000000000000000000000000000000815260048101879052602481018290526044810185905260648101869052608401610d60565b60405180604001604052808467ffffffffffffffff16815260200185836129a79190613f99565b77ffffffffffffffffffffffffffffffffffffffffffffffff9081169091525f9788526009602090815260409098208251929098015116680100000000000000000267ffffffffffffffff909116179095555050505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611e5d576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316612ad5578383151615612ac9573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f7fffffffff00000001000000000000000000000000ffffffffffffffffffffffff80838409817f5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b8387857fffffffff00000001000000000000000000000000fffffffffffffffffffffffc878b8c0908090894821191909310169190921416919050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316612bda578383151615612bce573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f5f612bf28686612dbd565b1580612c055750612c038484612ae6565b155b15612c1557505f90506001612cb7565b612c228787878787612e2a565b15612c3257506001905080612cb7565b612ca17fbb5a52f42f9c9261ed4361f59422a1e30036e7c32b270c8807a419feca605023600560017fa71af64de5126a4a4e02b7922d66ce9415ce88a4c9d25514d91082c8725ac9577f5d47723c8fbe580bb369fec9c2665d8e30a435b9932645482e7c9f11e872296b612e2a565b15612cb157505f90506001612cb7565b505f9050805b9550959350505050565b5f612ccc8585612dbd565b1580612cdf5750612cdd8383612ae6565b155b15612ceb57505f610b98565b5f612cf68484612e6a565b90505f612d23867fffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc63255161305d565b90505f7fffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551828a0990505f7fffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551838a0990505f612d7f85848461306c565b50905089612dad7fffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc63255183613fac565b149b9a5050505050505050505050565b5f8215801590612dec57507fffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc63255183105b8015612df757508115155b8015612e2357507f7fffffff800000007fffffffffffffffde737d56d38bcf4279dce5617e3192a88211155b9392505050565b5f6040518681528560208201528460408201528360608201528260808201525f5f5260205f60a0836101005afa612e5d57fe5b50505f5195945050505050565b612e7261351e565b60405180606001604052805f81526020015f81526020015f815250815f60108110612e9f57612e9f613ddc565b60200201819052506040518060600160405280848152602001838152602001600181525081600160108110612ed657612ed6613ddc565b602002018190525060405180606001604052807f6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c29681526020017f4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f58152602001600181525081600460108110612f4d57612f4d613ddc565b6020020152612f638160015b6020020151613190565b6040820152612f73816004612f59565b6101008201526020810151612f90908260025b60200201516131ec565b6060820152612fa98160015b6020020151826004612f86565b60a0820152612fb9816002612f9c565b60c0820152612fc9816003612f9c565b60e0820152612fe28160015b6020020151826008612f86565b610120820152612ff3816002612fd5565b610140820152613004816003612fd5565b610160820152613015816004612fd5565b61018082015261302f8160015b602002015182600c612f86565b6101a0820152613040816002613022565b6101c0820152613051816003613022565b6101e082015292915050565b5f612e2383600284038461324a565b5f80808080805b60808110156131745781156130a75761308d84848461326b565b9195509350915061309f84848461326b565b919550935091505b600c60fc89901c1660fe88901c178981601081106130c7576130c7613ddc565b6020020151604001511561316057825f03613136578981601081106130ee576130ee613ddc565b6020020151518a826010811061310657613106613ddc565b6020020151602001518b836010811061312157613121613ddc565b60200201516040015191965094509250613160565b6131588a826010811061314b5761314b613ddc565b602002015186868661330f565b919650945092505b50600297881b979690961b95600101613073565b5061318083838361345c565b945094505050505b935093915050565b6131b160405180606001604052805f81526020015f81526020015f81525090565b5f5f5f6131ca855f01518660200151876040015161326b565b6040805160608101825293845260208401929092529082015295945050505050565b61320d60405180606001604052805f81526020015f81526020015f81525090565b5f5f5f61322786865f01518760200151886040015161330f565b604080516060810182529384526020840192909252908201529695505050505050565b5f5f5f6132588686866134bb565b9150915081610b9857610b98601261350d565b5f5f5f7fffffffff00000001000000000000000000000000ffffffffffffffffffffffff80868709818687098283848384097fffffffff00000001000000000000000000000000fffffffffffffffffffffffc0984858c8d096003090890508283838b09600409838482600209850385848509089650838485858609600809850385868a880385088509089550505050808186880960020991505093509350939050565b5f5f5f7fffffffff00000001000000000000000000000000ffffffffffffffffffffffff604088015181818209828388858a8b090960208c0151098381850385868686098c090884858a8b098d51098581870387868f090893508115841516801561338157600181146133c75761344b565b868586098788898386096002098903898a848a098b038b88890908089a5087888983890987098903898a8e8c038c8689090887090899505086878c88098609975061344b565b8c8c8c898283098a8283098b8c8d8384097fffffffff00000001000000000000000000000000fffffffffffffffffffffffc098d8e8889096003090890508b8c83870960040994508b8c866002098d038d838409089e508b8c8384096008098c0391508b8f8d03860894508b828d878409089d505050898a8284096002099a505050505b505050505050509450945094915050565b5f5f825f0361346f57505f905080613188565b7fffffffff00000001000000000000000000000000ffffffffffffffffffffffff5f61349b858361305d565b905081818209828189099450828383830988099350505050935093915050565b5f5f825f036134ce57505f905080613188565b60405160208152602080820152602060408201528560608201528460808201528360a082015260205f60c08360055afa9250505f519050935093915050565b634e487b715f52806020526024601cfd5b6040518061020001604052806010905b61354f60405180606001604052805f81526020015f81526020015f81525090565b81526020019060019003908161352e5790505090565b5f8151808452602084019350602083015f5b8281101561359e5781516001600160a01b0316865260209586019590910190600101613577565b5093949350505050565b604081525f6135ba6040830185613565565b905060ff831660208301529392505050565b5f602082840312156135dc575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114612e23575f5ffd5b5f6020828403121561361b575f5ffd5b5035919050565b5f6101408284031215613633575f5ffd5b50919050565b5f60208284031215613649575f5ffd5b813567ffffffffffffffff81111561365f575f5ffd5b6116bd84828501613622565b80356001600160a01b0381168114613681575f5ffd5b919050565b5f5f60408385031215613697575f5ffd5b823591506136a76020840161366b565b90509250929050565b5f5f83601f8401126136c0575f5ffd5b50813567ffffffffffffffff8111156136d7575f5ffd5b6020830191508360208260051b85010111156136f1575f5ffd5b9250929050565b803560ff81168114613681575f5ffd5b5f5f5f6040848603121561371a575f5ffd5b833567ffffffffffffffff811115613730575f5ffd5b61373c868287016136b0565b909450925061374f9050602085016136f8565b90509250925092565b5f60208284031215613768575f5ffd5b612e238261366b565b602081525f82518060208401528060208501604085015e5f6040828501015260407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505092915050565b5f5f5f5f608085870312156137d7575f5ffd5b843567ffffffffffffffff8111156137ed575f5ffd5b6137f987828801613622565b9450506020850135925061380f6040860161366b565b9396929550929360600135925050565b5f5f5f5f5f60808688031215613833575f5ffd5b853567ffffffffffffffff811115613849575f5ffd5b61385588828901613622565b9550506020860135935060408601359250606086013567ffffffffffffffff81111561387f575f5ffd5b61388b888289016136b0565b969995985093965092949392505050565b5f5f5f5f5f60a086880312156138b0575f5ffd5b853594506138c06020870161366b565b93506138ce604087016136f8565b925060608601359150608086013580151581146138e9575f5ffd5b809150509295509295909350565b5f5f83601f840112613907575f5ffd5b50813567ffffffffffffffff81111561391e575f5ffd5b6020830191508360208285010111156136f1575f5ffd5b5f5f5f5f60608587031215613948575f5ffd5b6139518561366b565b935060208501359250604085013567ffffffffffffffff811115613973575f5ffd5b61397f878288016138f7565b95989497509550505050565b5f5f6040838503121561399c575f5ffd5b50508035926020909101359150565b5f5f602083850312156139bc575f5ffd5b823567ffffffffffffffff8111156139d2575f5ffd5b6139de858286016138f7565b90969095509350505050565b5f5f5f606084860312156139fc575f5ffd5b83359250613a0c6020850161366b565b929592945050506040919091013590565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f82613a8557613a85613a1d565b500490565b600181811c90821680613a9e57607f821691505b602082108103613633577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b5f60208284031215613ae5575f5ffd5b5051919050565b8181038181111561086457610864613a4a565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b838152604060208201525f610b98604083018486613aff565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f5b82811015610951575f82820155600101613b8e565b601f821115610951578282111561095157805f5260205f20601f840160051c6020851015613bce57505f5b613be281601f860160051c03828401613b8c565b5050505050565b67ffffffffffffffff831115613c0157613c01613b5f565b613c1583613c0f8354613a8a565b83613ba3565b5f601f841160018114613c65575f8515613c2f5750838201355b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b1c1916600186901b178355613be2565b5f838152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08716915b82811015613cb25786850135825560209485019460019092019101613c92565b5086821015613ced577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88860031b161c19848701351681555b505060018560011b0183555050505050565b602081525f6116bd602083018486613aff565b5f60208284031215613d22575f5ffd5b813563ffffffff81168114612e23575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112613d68575f5ffd5b83018035915067ffffffffffffffff821115613d82575f5ffd5b6020019150368190038213156136f1575f5ffd5b818382375f9101908152919050565b808202811582820484141761086457610864613a4a565b67ffffffffffffffff818116838216019081111561086457610864613a4a565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b815167ffffffffffffffff811115613e2357613e23613b5f565b68010000000000000000811115613e3c57613e3c613b5f565b815481835580821015613e6057825f528160205f2001613e5e83830382613b8c565b505b5060208301825f5260205f205f5b83811015613e935782516001600160a01b031682820155602090920191600101613e6e565b505050505050565b606081525f613ead6060830186613565565b905060ff8416602083015267ffffffffffffffff83166040830152949350505050565b80357fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008116906014841015613f2f577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505b5092915050565b5f5f85851115613f44575f5ffd5b83861115613f50575f5ffd5b5050820193919092039150565b80356020831015610864577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b8082018082111561086457610864613a4a565b5f82613fba57613fba613a1d565b50069056fea2646970667358221220806d51a7894253bfc1e9c1c696a94a8d0d95e0b6f263c710c9a51655899ab74664736f6c63430008250033",
}

// Bridge is an auto generated Go binding around an Ethereum contract.
type Bridge struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Bridge) GetABI() abi.ABI {
	return c.abi
}

// NewBridge creates a new instance of Bridge.
func NewBridge() *Bridge {
	parsed, err := BridgeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Bridge{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Bridge) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, bytes32 signerQx_, bytes32 signerQy_, address[] watchers_, uint8 threshold_, bytes32 routesHash_) returns()
func (bridge *Bridge) PackConstructor(admin common.Address, signerQx_ [32]byte, signerQy_ [32]byte, watchers_ []common.Address, threshold_ uint8, routesHash_ [32]byte) []byte {
	enc, err := bridge.abi.Pack("", admin, signerQx_, signerQy_, watchers_, threshold_, routesHash_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75b238fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ADMIN_ROLE() view returns(bytes32)
func (bridge *Bridge) PackADMINROLE() []byte {
	enc, err := bridge.abi.Pack("ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75b238fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ADMIN_ROLE() view returns(bytes32)
func (bridge *Bridge) TryPackADMINROLE() ([]byte, error) {
	return bridge.abi.Pack("ADMIN_ROLE")
}

// UnpackADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75b238fc.
//
// Solidity: function ADMIN_ROLE() view returns(bytes32)
func (bridge *Bridge) UnpackADMINROLE(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (bridge *Bridge) PackDEFAULTADMINROLE() []byte {
	enc, err := bridge.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (bridge *Bridge) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return bridge.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (bridge *Bridge) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXRECIPIENTLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01368256.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_RECIPIENT_LENGTH() view returns(uint256)
func (bridge *Bridge) PackMAXRECIPIENTLENGTH() []byte {
	enc, err := bridge.abi.Pack("MAX_RECIPIENT_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXRECIPIENTLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01368256.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_RECIPIENT_LENGTH() view returns(uint256)
func (bridge *Bridge) TryPackMAXRECIPIENTLENGTH() ([]byte, error) {
	return bridge.abi.Pack("MAX_RECIPIENT_LENGTH")
}

// UnpackMAXRECIPIENTLENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01368256.
//
// Solidity: function MAX_RECIPIENT_LENGTH() view returns(uint256)
func (bridge *Bridge) UnpackMAXRECIPIENTLENGTH(data []byte) (*big.Int, error) {
	out, err := bridge.abi.Unpack("MAX_RECIPIENT_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMODELOCK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc32f50a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MODE_LOCK() view returns(uint8)
func (bridge *Bridge) PackMODELOCK() []byte {
	enc, err := bridge.abi.Pack("MODE_LOCK")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMODELOCK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc32f50a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MODE_LOCK() view returns(uint8)
func (bridge *Bridge) TryPackMODELOCK() ([]byte, error) {
	return bridge.abi.Pack("MODE_LOCK")
}

// UnpackMODELOCK is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc32f50a4.
//
// Solidity: function MODE_LOCK() view returns(uint8)
func (bridge *Bridge) UnpackMODELOCK(data []byte) (uint8, error) {
	out, err := bridge.abi.Unpack("MODE_LOCK", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMODEMINT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb27e1ace.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MODE_MINT() view returns(uint8)
func (bridge *Bridge) PackMODEMINT() []byte {
	enc, err := bridge.abi.Pack("MODE_MINT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMODEMINT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb27e1ace.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MODE_MINT() view returns(uint8)
func (bridge *Bridge) TryPackMODEMINT() ([]byte, error) {
	return bridge.abi.Pack("MODE_MINT")
}

// UnpackMODEMINT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb27e1ace.
//
// Solidity: function MODE_MINT() view returns(uint8)
func (bridge *Bridge) UnpackMODEMINT(data []byte) (uint8, error) {
	out, err := bridge.abi.Unpack("MODE_MINT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackPAUSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63ab1e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (bridge *Bridge) PackPAUSERROLE() []byte {
	enc, err := bridge.abi.Pack("PAUSER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPAUSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63ab1e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (bridge *Bridge) TryPackPAUSERROLE() ([]byte, error) {
	return bridge.abi.Pack("PAUSER_ROLE")
}

// UnpackPAUSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (bridge *Bridge) UnpackPAUSERROLE(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("PAUSER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackUNPAUSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb1bb9de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UNPAUSER_ROLE() view returns(bytes32)
func (bridge *Bridge) PackUNPAUSERROLE() []byte {
	enc, err := bridge.abi.Pack("UNPAUSER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUNPAUSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb1bb9de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function UNPAUSER_ROLE() view returns(bytes32)
func (bridge *Bridge) TryPackUNPAUSERROLE() ([]byte, error) {
	return bridge.abi.Pack("UNPAUSER_ROLE")
}

// UnpackUNPAUSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb1bb9de.
//
// Solidity: function UNPAUSER_ROLE() view returns(bytes32)
func (bridge *Bridge) UnpackUNPAUSERROLE(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("UNPAUSER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBurnReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcaefd358.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burnReceived(address token) returns()
func (bridge *Bridge) PackBurnReceived(token common.Address) []byte {
	enc, err := bridge.abi.Pack("burnReceived", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurnReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcaefd358.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burnReceived(address token) returns()
func (bridge *Bridge) TryPackBurnReceived(token common.Address) ([]byte, error) {
	return bridge.abi.Pack("burnReceived", token)
}

// PackConsumed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4648c943.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function consumed(bytes32 ) view returns(bool)
func (bridge *Bridge) PackConsumed(arg0 [32]byte) []byte {
	enc, err := bridge.abi.Pack("consumed", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConsumed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4648c943.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function consumed(bytes32 ) view returns(bool)
func (bridge *Bridge) TryPackConsumed(arg0 [32]byte) ([]byte, error) {
	return bridge.abi.Pack("consumed", arg0)
}

// UnpackConsumed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4648c943.
//
// Solidity: function consumed(bytes32 ) view returns(bool)
func (bridge *Bridge) UnpackConsumed(data []byte) (bool, error) {
	out, err := bridge.abi.Unpack("consumed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfe07da6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(address token, uint256 amount, string recipient) returns()
func (bridge *Bridge) PackDeposit(token common.Address, amount *big.Int, recipient string) []byte {
	enc, err := bridge.abi.Pack("deposit", token, amount, recipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfe07da6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(address token, uint256 amount, string recipient) returns()
func (bridge *Bridge) TryPackDeposit(token common.Address, amount *big.Int, recipient string) ([]byte, error) {
	return bridge.abi.Pack("deposit", token, amount, recipient)
}

// PackDigestFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3ea311a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function digestFor((uint256,bytes32,uint32,bytes32,bytes32,uint256,bytes32,bytes,uint256,uint256) t, uint256 chainId, address verifyingContract, bytes32 salt) pure returns(bytes32)
func (bridge *Bridge) PackDigestFor(t BridgeTransfer, chainId *big.Int, verifyingContract common.Address, salt [32]byte) []byte {
	enc, err := bridge.abi.Pack("digestFor", t, chainId, verifyingContract, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDigestFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3ea311a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function digestFor((uint256,bytes32,uint32,bytes32,bytes32,uint256,bytes32,bytes,uint256,uint256) t, uint256 chainId, address verifyingContract, bytes32 salt) pure returns(bytes32)
func (bridge *Bridge) TryPackDigestFor(t BridgeTransfer, chainId *big.Int, verifyingContract common.Address, salt [32]byte) ([]byte, error) {
	return bridge.abi.Pack("digestFor", t, chainId, verifyingContract, salt)
}

// UnpackDigestFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3ea311a.
//
// Solidity: function digestFor((uint256,bytes32,uint32,bytes32,bytes32,uint256,bytes32,bytes,uint256,uint256) t, uint256 chainId, address verifyingContract, bytes32 salt) pure returns(bytes32)
func (bridge *Bridge) UnpackDigestFor(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("digestFor", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (bridge *Bridge) PackDomainSeparator() []byte {
	enc, err := bridge.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (bridge *Bridge) TryPackDomainSeparator() ([]byte, error) {
	return bridge.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (bridge *Bridge) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDomainSeparatorFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf63421bf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparatorFor(uint256 chainId, address verifyingContract, bytes32 salt) pure returns(bytes32)
func (bridge *Bridge) PackDomainSeparatorFor(chainId *big.Int, verifyingContract common.Address, salt [32]byte) []byte {
	enc, err := bridge.abi.Pack("domainSeparatorFor", chainId, verifyingContract, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparatorFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf63421bf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparatorFor(uint256 chainId, address verifyingContract, bytes32 salt) pure returns(bytes32)
func (bridge *Bridge) TryPackDomainSeparatorFor(chainId *big.Int, verifyingContract common.Address, salt [32]byte) ([]byte, error) {
	return bridge.abi.Pack("domainSeparatorFor", chainId, verifyingContract, salt)
}

// UnpackDomainSeparatorFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf63421bf.
//
// Solidity: function domainSeparatorFor(uint256 chainId, address verifyingContract, bytes32 salt) pure returns(bytes32)
func (bridge *Bridge) UnpackDomainSeparatorFor(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("domainSeparatorFor", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (bridge *Bridge) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := bridge.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (bridge *Bridge) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return bridge.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (bridge *Bridge) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (bridge *Bridge) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := bridge.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (bridge *Bridge) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return bridge.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (bridge *Bridge) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := bridge.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (bridge *Bridge) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return bridge.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (bridge *Bridge) UnpackHasRole(data []byte) (bool, error) {
	out, err := bridge.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHashTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92084192.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashTransfer((uint256,bytes32,uint32,bytes32,bytes32,uint256,bytes32,bytes,uint256,uint256) t) view returns(bytes32)
func (bridge *Bridge) PackHashTransfer(t BridgeTransfer) []byte {
	enc, err := bridge.abi.Pack("hashTransfer", t)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92084192.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashTransfer((uint256,bytes32,uint32,bytes32,bytes32,uint256,bytes32,bytes,uint256,uint256) t) view returns(bytes32)
func (bridge *Bridge) TryPackHashTransfer(t BridgeTransfer) ([]byte, error) {
	return bridge.abi.Pack("hashTransfer", t)
}

// UnpackHashTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x92084192.
//
// Solidity: function hashTransfer((uint256,bytes32,uint32,bytes32,bytes32,uint256,bytes32,bytes,uint256,uint256) t) view returns(bytes32)
func (bridge *Bridge) UnpackHashTransfer(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("hashTransfer", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackIsWatcher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84785ecd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isWatcher(address account) view returns(bool)
func (bridge *Bridge) PackIsWatcher(account common.Address) []byte {
	enc, err := bridge.abi.Pack("isWatcher", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsWatcher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84785ecd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isWatcher(address account) view returns(bool)
func (bridge *Bridge) TryPackIsWatcher(account common.Address) ([]byte, error) {
	return bridge.abi.Pack("isWatcher", account)
}

// UnpackIsWatcher is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84785ecd.
//
// Solidity: function isWatcher(address account) view returns(bool)
func (bridge *Bridge) UnpackIsWatcher(data []byte) (bool, error) {
	out, err := bridge.abi.Unpack("isWatcher", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLink is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf2e011e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function link(string recipient) returns()
func (bridge *Bridge) PackLink(recipient string) []byte {
	enc, err := bridge.abi.Pack("link", recipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLink is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf2e011e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function link(string recipient) returns()
func (bridge *Bridge) TryPackLink(recipient string) ([]byte, error) {
	return bridge.abi.Pack("link", recipient)
}

// PackLinks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e7fb083.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function links(address ) view returns(string)
func (bridge *Bridge) PackLinks(arg0 common.Address) []byte {
	enc, err := bridge.abi.Pack("links", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLinks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e7fb083.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function links(address ) view returns(string)
func (bridge *Bridge) TryPackLinks(arg0 common.Address) ([]byte, error) {
	return bridge.abi.Pack("links", arg0)
}

// UnpackLinks is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e7fb083.
//
// Solidity: function links(address ) view returns(string)
func (bridge *Bridge) UnpackLinks(data []byte) (string, error) {
	out, err := bridge.abi.Unpack("links", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf33c724.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint((uint256,bytes32,uint32,bytes32,bytes32,uint256,bytes32,bytes,uint256,uint256) t, bytes32 r, bytes32 s, bytes[] watcherSigs) returns()
func (bridge *Bridge) PackMint(t BridgeTransfer, r [32]byte, s [32]byte, watcherSigs [][]byte) []byte {
	enc, err := bridge.abi.Pack("mint", t, r, s, watcherSigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf33c724.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint((uint256,bytes32,uint32,bytes32,bytes32,uint256,bytes32,bytes,uint256,uint256) t, bytes32 r, bytes32 s, bytes[] watcherSigs) returns()
func (bridge *Bridge) TryPackMint(t BridgeTransfer, r [32]byte, s [32]byte, watcherSigs [][]byte) ([]byte, error) {
	return bridge.abi.Pack("mint", t, r, s, watcherSigs)
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (bridge *Bridge) PackPause() []byte {
	enc, err := bridge.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (bridge *Bridge) TryPackPause() ([]byte, error) {
	return bridge.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (bridge *Bridge) PackPaused() []byte {
	enc, err := bridge.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (bridge *Bridge) TryPackPaused() ([]byte, error) {
	return bridge.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (bridge *Bridge) UnpackPaused(data []byte) (bool, error) {
	out, err := bridge.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfce1b847.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function release((uint256,bytes32,uint32,bytes32,bytes32,uint256,bytes32,bytes,uint256,uint256) t, bytes32 r, bytes32 s, bytes[] watcherSigs) returns()
func (bridge *Bridge) PackRelease(t BridgeTransfer, r [32]byte, s [32]byte, watcherSigs [][]byte) []byte {
	enc, err := bridge.abi.Pack("release", t, r, s, watcherSigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfce1b847.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function release((uint256,bytes32,uint32,bytes32,bytes32,uint256,bytes32,bytes,uint256,uint256) t, bytes32 r, bytes32 s, bytes[] watcherSigs) returns()
func (bridge *Bridge) TryPackRelease(t BridgeTransfer, r [32]byte, s [32]byte, watcherSigs [][]byte) ([]byte, error) {
	return bridge.abi.Pack("release", t, r, s, watcherSigs)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (bridge *Bridge) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := bridge.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (bridge *Bridge) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return bridge.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (bridge *Bridge) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := bridge.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (bridge *Bridge) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return bridge.abi.Pack("revokeRole", role, account)
}

// PackRoutes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x066e9481.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function routes(bytes32 ) view returns(address token, uint8 mode, bool enabled, uint256 dailyCap)
func (bridge *Bridge) PackRoutes(arg0 [32]byte) []byte {
	enc, err := bridge.abi.Pack("routes", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoutes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x066e9481.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function routes(bytes32 ) view returns(address token, uint8 mode, bool enabled, uint256 dailyCap)
func (bridge *Bridge) TryPackRoutes(arg0 [32]byte) ([]byte, error) {
	return bridge.abi.Pack("routes", arg0)
}

// RoutesOutput serves as a container for the return parameters of contract
// method Routes.
type RoutesOutput struct {
	Token    common.Address
	Mode     uint8
	Enabled  bool
	DailyCap *big.Int
}

// UnpackRoutes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x066e9481.
//
// Solidity: function routes(bytes32 ) view returns(address token, uint8 mode, bool enabled, uint256 dailyCap)
func (bridge *Bridge) UnpackRoutes(data []byte) (RoutesOutput, error) {
	out, err := bridge.abi.Unpack("routes", data)
	outstruct := new(RoutesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Token = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Mode = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	outstruct.Enabled = *abi.ConvertType(out[2], new(bool)).(*bool)
	outstruct.DailyCap = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRoutesHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd18575c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function routesHash() view returns(bytes32)
func (bridge *Bridge) PackRoutesHash() []byte {
	enc, err := bridge.abi.Pack("routesHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoutesHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd18575c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function routesHash() view returns(bytes32)
func (bridge *Bridge) TryPackRoutesHash() ([]byte, error) {
	return bridge.abi.Pack("routesHash")
}

// UnpackRoutesHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd18575c0.
//
// Solidity: function routesHash() view returns(bytes32)
func (bridge *Bridge) UnpackRoutesHash(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("routesHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSetRoute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6572fcf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRoute(bytes32 route, address token, uint8 mode, uint256 dailyCap, bool enabled) returns()
func (bridge *Bridge) PackSetRoute(route [32]byte, token common.Address, mode uint8, dailyCap *big.Int, enabled bool) []byte {
	enc, err := bridge.abi.Pack("setRoute", route, token, mode, dailyCap, enabled)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRoute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6572fcf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRoute(bytes32 route, address token, uint8 mode, uint256 dailyCap, bool enabled) returns()
func (bridge *Bridge) TryPackSetRoute(route [32]byte, token common.Address, mode uint8, dailyCap *big.Int, enabled bool) ([]byte, error) {
	return bridge.abi.Pack("setRoute", route, token, mode, dailyCap, enabled)
}

// PackSetRoutesHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d8dee42.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRoutesHash(bytes32 routesHash_) returns()
func (bridge *Bridge) PackSetRoutesHash(routesHash [32]byte) []byte {
	enc, err := bridge.abi.Pack("setRoutesHash", routesHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRoutesHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d8dee42.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRoutesHash(bytes32 routesHash_) returns()
func (bridge *Bridge) TryPackSetRoutesHash(routesHash [32]byte) ([]byte, error) {
	return bridge.abi.Pack("setRoutesHash", routesHash)
}

// PackSetSignerKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7aef0bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSignerKey(bytes32 qx, bytes32 qy) returns()
func (bridge *Bridge) PackSetSignerKey(qx [32]byte, qy [32]byte) []byte {
	enc, err := bridge.abi.Pack("setSignerKey", qx, qy)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSignerKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7aef0bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSignerKey(bytes32 qx, bytes32 qy) returns()
func (bridge *Bridge) TryPackSetSignerKey(qx [32]byte, qy [32]byte) ([]byte, error) {
	return bridge.abi.Pack("setSignerKey", qx, qy)
}

// PackSetWatchers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33e42091.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setWatchers(address[] watchers_, uint8 threshold_) returns()
func (bridge *Bridge) PackSetWatchers(watchers []common.Address, threshold uint8) []byte {
	enc, err := bridge.abi.Pack("setWatchers", watchers, threshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetWatchers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33e42091.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setWatchers(address[] watchers_, uint8 threshold_) returns()
func (bridge *Bridge) TryPackSetWatchers(watchers []common.Address, threshold uint8) ([]byte, error) {
	return bridge.abi.Pack("setWatchers", watchers, threshold)
}

// PackSignerQx is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58c7a712.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function signerQx() view returns(bytes32)
func (bridge *Bridge) PackSignerQx() []byte {
	enc, err := bridge.abi.Pack("signerQx")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSignerQx is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58c7a712.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function signerQx() view returns(bytes32)
func (bridge *Bridge) TryPackSignerQx() ([]byte, error) {
	return bridge.abi.Pack("signerQx")
}

// UnpackSignerQx is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x58c7a712.
//
// Solidity: function signerQx() view returns(bytes32)
func (bridge *Bridge) UnpackSignerQx(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("signerQx", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSignerQy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4096724.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function signerQy() view returns(bytes32)
func (bridge *Bridge) PackSignerQy() []byte {
	enc, err := bridge.abi.Pack("signerQy")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSignerQy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4096724.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function signerQy() view returns(bytes32)
func (bridge *Bridge) TryPackSignerQy() ([]byte, error) {
	return bridge.abi.Pack("signerQy")
}

// UnpackSignerQy is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4096724.
//
// Solidity: function signerQy() view returns(bytes32)
func (bridge *Bridge) UnpackSignerQy(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("signerQy", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStructHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x12d976a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function structHash((uint256,bytes32,uint32,bytes32,bytes32,uint256,bytes32,bytes,uint256,uint256) t) pure returns(bytes32)
func (bridge *Bridge) PackStructHash(t BridgeTransfer) []byte {
	enc, err := bridge.abi.Pack("structHash", t)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStructHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x12d976a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function structHash((uint256,bytes32,uint32,bytes32,bytes32,uint256,bytes32,bytes,uint256,uint256) t) pure returns(bytes32)
func (bridge *Bridge) TryPackStructHash(t BridgeTransfer) ([]byte, error) {
	return bridge.abi.Pack("structHash", t)
}

// UnpackStructHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x12d976a2.
//
// Solidity: function structHash((uint256,bytes32,uint32,bytes32,bytes32,uint256,bytes32,bytes,uint256,uint256) t) pure returns(bytes32)
func (bridge *Bridge) UnpackStructHash(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("structHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (bridge *Bridge) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := bridge.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (bridge *Bridge) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return bridge.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (bridge *Bridge) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := bridge.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTokenRoute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8717c4b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenRoute(address ) view returns(bytes32)
func (bridge *Bridge) PackTokenRoute(arg0 common.Address) []byte {
	enc, err := bridge.abi.Pack("tokenRoute", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenRoute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8717c4b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenRoute(address ) view returns(bytes32)
func (bridge *Bridge) TryPackTokenRoute(arg0 common.Address) ([]byte, error) {
	return bridge.abi.Pack("tokenRoute", arg0)
}

// UnpackTokenRoute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8717c4b.
//
// Solidity: function tokenRoute(address ) view returns(bytes32)
func (bridge *Bridge) UnpackTokenRoute(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("tokenRoute", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTransferId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39d1ca3f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferId((uint256,bytes32,uint32,bytes32,bytes32,uint256,bytes32,bytes,uint256,uint256) t) pure returns(bytes32)
func (bridge *Bridge) PackTransferId(t BridgeTransfer) []byte {
	enc, err := bridge.abi.Pack("transferId", t)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39d1ca3f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferId((uint256,bytes32,uint32,bytes32,bytes32,uint256,bytes32,bytes,uint256,uint256) t) pure returns(bytes32)
func (bridge *Bridge) TryPackTransferId(t BridgeTransfer) ([]byte, error) {
	return bridge.abi.Pack("transferId", t)
}

// UnpackTransferId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x39d1ca3f.
//
// Solidity: function transferId((uint256,bytes32,uint32,bytes32,bytes32,uint256,bytes32,bytes,uint256,uint256) t) pure returns(bytes32)
func (bridge *Bridge) UnpackTransferId(data []byte) ([32]byte, error) {
	out, err := bridge.abi.Unpack("transferId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (bridge *Bridge) PackUnpause() []byte {
	enc, err := bridge.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (bridge *Bridge) TryPackUnpause() ([]byte, error) {
	return bridge.abi.Pack("unpause")
}

// PackUsedToday is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f8a70e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function usedToday(bytes32 route) view returns(uint256)
func (bridge *Bridge) PackUsedToday(route [32]byte) []byte {
	enc, err := bridge.abi.Pack("usedToday", route)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUsedToday is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f8a70e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function usedToday(bytes32 route) view returns(uint256)
func (bridge *Bridge) TryPackUsedToday(route [32]byte) ([]byte, error) {
	return bridge.abi.Pack("usedToday", route)
}

// UnpackUsedToday is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3f8a70e1.
//
// Solidity: function usedToday(bytes32 route) view returns(uint256)
func (bridge *Bridge) UnpackUsedToday(data []byte) (*big.Int, error) {
	out, err := bridge.abi.Unpack("usedToday", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWatchers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01b4314e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function watchers() view returns(address[] watcherSet, uint8 threshold)
func (bridge *Bridge) PackWatchers() []byte {
	enc, err := bridge.abi.Pack("watchers")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWatchers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01b4314e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function watchers() view returns(address[] watcherSet, uint8 threshold)
func (bridge *Bridge) TryPackWatchers() ([]byte, error) {
	return bridge.abi.Pack("watchers")
}

// WatchersOutput serves as a container for the return parameters of contract
// method Watchers.
type WatchersOutput struct {
	WatcherSet []common.Address
	Threshold  uint8
}

// UnpackWatchers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01b4314e.
//
// Solidity: function watchers() view returns(address[] watcherSet, uint8 threshold)
func (bridge *Bridge) UnpackWatchers(data []byte) (WatchersOutput, error) {
	out, err := bridge.abi.Unpack("watchers", data)
	outstruct := new(WatchersOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.WatcherSet = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Threshold = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	return *outstruct, nil
}

// BridgeBurned represents a Burned event raised by the Bridge contract.
type BridgeBurned struct {
	Token  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const BridgeBurnedEventName = "Burned"

// ContractEventName returns the user-defined event name.
func (BridgeBurned) ContractEventName() string {
	return BridgeBurnedEventName
}

// UnpackBurnedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Burned(address indexed token, uint256 amount)
func (bridge *Bridge) UnpackBurnedEvent(log *types.Log) (*BridgeBurned, error) {
	event := "Burned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeBurned)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
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

// BridgeDeposit represents a Deposit event raised by the Bridge contract.
type BridgeDeposit struct {
	Token     common.Address
	Sender    common.Address
	Amount    *big.Int
	Recipient string
	Raw       *types.Log // Blockchain specific contextual infos
}

const BridgeDepositEventName = "Deposit"

// ContractEventName returns the user-defined event name.
func (BridgeDeposit) ContractEventName() string {
	return BridgeDepositEventName
}

// UnpackDepositEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposit(address indexed token, address indexed sender, uint256 amount, string recipient)
func (bridge *Bridge) UnpackDepositEvent(log *types.Log) (*BridgeDeposit, error) {
	event := "Deposit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeDeposit)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
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

// BridgeLinked represents a Linked event raised by the Bridge contract.
type BridgeLinked struct {
	Account   common.Address
	Recipient string
	Raw       *types.Log // Blockchain specific contextual infos
}

const BridgeLinkedEventName = "Linked"

// ContractEventName returns the user-defined event name.
func (BridgeLinked) ContractEventName() string {
	return BridgeLinkedEventName
}

// UnpackLinkedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Linked(address indexed account, string recipient)
func (bridge *Bridge) UnpackLinkedEvent(log *types.Log) (*BridgeLinked, error) {
	event := "Linked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeLinked)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
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

// BridgeMinted represents a Minted event raised by the Bridge contract.
type BridgeMinted struct {
	Id        [32]byte
	Token     common.Address
	Recipient common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const BridgeMintedEventName = "Minted"

// ContractEventName returns the user-defined event name.
func (BridgeMinted) ContractEventName() string {
	return BridgeMintedEventName
}

// UnpackMintedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Minted(bytes32 indexed id, address indexed token, address indexed recipient, uint256 amount)
func (bridge *Bridge) UnpackMintedEvent(log *types.Log) (*BridgeMinted, error) {
	event := "Minted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeMinted)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
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

// BridgePaused represents a Paused event raised by the Bridge contract.
type BridgePaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgePausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (BridgePaused) ContractEventName() string {
	return BridgePausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (bridge *Bridge) UnpackPausedEvent(log *types.Log) (*BridgePaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgePaused)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
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

// BridgeReleased represents a Released event raised by the Bridge contract.
type BridgeReleased struct {
	Id        [32]byte
	Token     common.Address
	Recipient common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const BridgeReleasedEventName = "Released"

// ContractEventName returns the user-defined event name.
func (BridgeReleased) ContractEventName() string {
	return BridgeReleasedEventName
}

// UnpackReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Released(bytes32 indexed id, address indexed token, address indexed recipient, uint256 amount)
func (bridge *Bridge) UnpackReleasedEvent(log *types.Log) (*BridgeReleased, error) {
	event := "Released"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeReleased)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
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

// BridgeRoleAdminChanged represents a RoleAdminChanged event raised by the Bridge contract.
type BridgeRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const BridgeRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (BridgeRoleAdminChanged) ContractEventName() string {
	return BridgeRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (bridge *Bridge) UnpackRoleAdminChangedEvent(log *types.Log) (*BridgeRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
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

// BridgeRoleGranted represents a RoleGranted event raised by the Bridge contract.
type BridgeRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (BridgeRoleGranted) ContractEventName() string {
	return BridgeRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (bridge *Bridge) UnpackRoleGrantedEvent(log *types.Log) (*BridgeRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeRoleGranted)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
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

// BridgeRoleRevoked represents a RoleRevoked event raised by the Bridge contract.
type BridgeRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (BridgeRoleRevoked) ContractEventName() string {
	return BridgeRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (bridge *Bridge) UnpackRoleRevokedEvent(log *types.Log) (*BridgeRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeRoleRevoked)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
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

// BridgeRouteSet represents a RouteSet event raised by the Bridge contract.
type BridgeRouteSet struct {
	Route    [32]byte
	Token    common.Address
	Mode     uint8
	DailyCap *big.Int
	Enabled  bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const BridgeRouteSetEventName = "RouteSet"

// ContractEventName returns the user-defined event name.
func (BridgeRouteSet) ContractEventName() string {
	return BridgeRouteSetEventName
}

// UnpackRouteSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RouteSet(bytes32 indexed route, address indexed token, uint8 mode, uint256 dailyCap, bool enabled)
func (bridge *Bridge) UnpackRouteSetEvent(log *types.Log) (*BridgeRouteSet, error) {
	event := "RouteSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeRouteSet)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
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

// BridgeRoutesHashSet represents a RoutesHashSet event raised by the Bridge contract.
type BridgeRoutesHashSet struct {
	RoutesHash [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const BridgeRoutesHashSetEventName = "RoutesHashSet"

// ContractEventName returns the user-defined event name.
func (BridgeRoutesHashSet) ContractEventName() string {
	return BridgeRoutesHashSetEventName
}

// UnpackRoutesHashSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoutesHashSet(bytes32 routesHash)
func (bridge *Bridge) UnpackRoutesHashSetEvent(log *types.Log) (*BridgeRoutesHashSet, error) {
	event := "RoutesHashSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeRoutesHashSet)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
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

// BridgeSignerKeySet represents a SignerKeySet event raised by the Bridge contract.
type BridgeSignerKeySet struct {
	Qx  [32]byte
	Qy  [32]byte
	Raw *types.Log // Blockchain specific contextual infos
}

const BridgeSignerKeySetEventName = "SignerKeySet"

// ContractEventName returns the user-defined event name.
func (BridgeSignerKeySet) ContractEventName() string {
	return BridgeSignerKeySetEventName
}

// UnpackSignerKeySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SignerKeySet(bytes32 qx, bytes32 qy)
func (bridge *Bridge) UnpackSignerKeySetEvent(log *types.Log) (*BridgeSignerKeySet, error) {
	event := "SignerKeySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeSignerKeySet)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
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

// BridgeUnpaused represents a Unpaused event raised by the Bridge contract.
type BridgeUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const BridgeUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (BridgeUnpaused) ContractEventName() string {
	return BridgeUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (bridge *Bridge) UnpackUnpausedEvent(log *types.Log) (*BridgeUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeUnpaused)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
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

// BridgeWatchersSet represents a WatchersSet event raised by the Bridge contract.
type BridgeWatchersSet struct {
	Watchers  []common.Address
	Threshold uint8
	Epoch     uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const BridgeWatchersSetEventName = "WatchersSet"

// ContractEventName returns the user-defined event name.
func (BridgeWatchersSet) ContractEventName() string {
	return BridgeWatchersSetEventName
}

// UnpackWatchersSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WatchersSet(address[] watchers, uint8 threshold, uint64 epoch)
func (bridge *Bridge) UnpackWatchersSetEvent(log *types.Log) (*BridgeWatchersSet, error) {
	event := "WatchersSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeWatchersSet)
	if len(log.Data) > 0 {
		if err := bridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range bridge.abi.Events[event].Inputs {
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
func (bridge *Bridge) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], bridge.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return bridge.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return bridge.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["AlreadyConsumed"].ID.Bytes()[:4]) {
		return bridge.UnpackAlreadyConsumedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["BadSignerSignature"].ID.Bytes()[:4]) {
		return bridge.UnpackBadSignerSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["DailyCapExceeded"].ID.Bytes()[:4]) {
		return bridge.UnpackDailyCapExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["DuplicateWatcherSignature"].ID.Bytes()[:4]) {
		return bridge.UnpackDuplicateWatcherSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return bridge.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return bridge.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InvalidDailyCap"].ID.Bytes()[:4]) {
		return bridge.UnpackInvalidDailyCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InvalidMetaverseRecipient"].ID.Bytes()[:4]) {
		return bridge.UnpackInvalidMetaverseRecipientError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InvalidMode"].ID.Bytes()[:4]) {
		return bridge.UnpackInvalidModeError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InvalidRoute"].ID.Bytes()[:4]) {
		return bridge.UnpackInvalidRouteError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InvalidSignerKey"].ID.Bytes()[:4]) {
		return bridge.UnpackInvalidSignerKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InvalidThreshold"].ID.Bytes()[:4]) {
		return bridge.UnpackInvalidThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InvalidWatcherSet"].ID.Bytes()[:4]) {
		return bridge.UnpackInvalidWatcherSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["InvalidWatcherSignature"].ID.Bytes()[:4]) {
		return bridge.UnpackInvalidWatcherSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["NotEnoughWatcherSignatures"].ID.Bytes()[:4]) {
		return bridge.UnpackNotEnoughWatcherSignaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["NotMintRoute"].ID.Bytes()[:4]) {
		return bridge.UnpackNotMintRouteError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["NotWatcher"].ID.Bytes()[:4]) {
		return bridge.UnpackNotWatcherError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["RecipientNot20Bytes"].ID.Bytes()[:4]) {
		return bridge.UnpackRecipientNot20BytesError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return bridge.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["RouteDisabled"].ID.Bytes()[:4]) {
		return bridge.UnpackRouteDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return bridge.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["SignerSignatureMalleable"].ID.Bytes()[:4]) {
		return bridge.UnpackSignerSignatureMalleableError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["TokenInUse"].ID.Bytes()[:4]) {
		return bridge.UnpackTokenInUseError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["UnknownRoute"].ID.Bytes()[:4]) {
		return bridge.UnpackUnknownRouteError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["UnsupportedToken"].ID.Bytes()[:4]) {
		return bridge.UnpackUnsupportedTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["WatcherSignatureLength"].ID.Bytes()[:4]) {
		return bridge.UnpackWatcherSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["WatcherSignatureMalleable"].ID.Bytes()[:4]) {
		return bridge.UnpackWatcherSignatureMalleableError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["WatcherSignaturesNotSorted"].ID.Bytes()[:4]) {
		return bridge.UnpackWatcherSignaturesNotSortedError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["WrongDestChain"].ID.Bytes()[:4]) {
		return bridge.UnpackWrongDestChainError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["WrongMode"].ID.Bytes()[:4]) {
		return bridge.UnpackWrongModeError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["WrongToken"].ID.Bytes()[:4]) {
		return bridge.UnpackWrongTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ZeroAdmin"].ID.Bytes()[:4]) {
		return bridge.UnpackZeroAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return bridge.UnpackZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["ZeroRecipient"].ID.Bytes()[:4]) {
		return bridge.UnpackZeroRecipientError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BridgeAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the Bridge contract.
type BridgeAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func BridgeAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (bridge *Bridge) UnpackAccessControlBadConfirmationError(raw []byte) (*BridgeAccessControlBadConfirmation, error) {
	out := new(BridgeAccessControlBadConfirmation)
	if err := bridge.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the Bridge contract.
type BridgeAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func BridgeAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (bridge *Bridge) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*BridgeAccessControlUnauthorizedAccount, error) {
	out := new(BridgeAccessControlUnauthorizedAccount)
	if err := bridge.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeAlreadyConsumed represents a AlreadyConsumed error raised by the Bridge contract.
type BridgeAlreadyConsumed struct {
	Id [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyConsumed(bytes32 id)
func BridgeAlreadyConsumedErrorID() common.Hash {
	return common.HexToHash("0x0f50872fb13f0dbaf27b0d1e46e2b70792a70aa7c3e5a0c7d593a691481f35eb")
}

// UnpackAlreadyConsumedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyConsumed(bytes32 id)
func (bridge *Bridge) UnpackAlreadyConsumedError(raw []byte) (*BridgeAlreadyConsumed, error) {
	out := new(BridgeAlreadyConsumed)
	if err := bridge.abi.UnpackIntoInterface(out, "AlreadyConsumed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeBadSignerSignature represents a BadSignerSignature error raised by the Bridge contract.
type BridgeBadSignerSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignerSignature()
func BridgeBadSignerSignatureErrorID() common.Hash {
	return common.HexToHash("0xc78270c10da91f9b258face2e7542ade2b6b7fb9314bb00434d24f0610ee8205")
}

// UnpackBadSignerSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignerSignature()
func (bridge *Bridge) UnpackBadSignerSignatureError(raw []byte) (*BridgeBadSignerSignature, error) {
	out := new(BridgeBadSignerSignature)
	if err := bridge.abi.UnpackIntoInterface(out, "BadSignerSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeDailyCapExceeded represents a DailyCapExceeded error raised by the Bridge contract.
type BridgeDailyCapExceeded struct {
	Route  [32]byte
	Used   *big.Int
	Amount *big.Int
	Cap    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DailyCapExceeded(bytes32 route, uint256 used, uint256 amount, uint256 cap)
func BridgeDailyCapExceededErrorID() common.Hash {
	return common.HexToHash("0x7475d8736021f752718d81ab21e350e724c748b628481343b4d7a80a7057aaaf")
}

// UnpackDailyCapExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DailyCapExceeded(bytes32 route, uint256 used, uint256 amount, uint256 cap)
func (bridge *Bridge) UnpackDailyCapExceededError(raw []byte) (*BridgeDailyCapExceeded, error) {
	out := new(BridgeDailyCapExceeded)
	if err := bridge.abi.UnpackIntoInterface(out, "DailyCapExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeDuplicateWatcherSignature represents a DuplicateWatcherSignature error raised by the Bridge contract.
type BridgeDuplicateWatcherSignature struct {
	Index   *big.Int
	Watcher common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateWatcherSignature(uint256 index, address watcher)
func BridgeDuplicateWatcherSignatureErrorID() common.Hash {
	return common.HexToHash("0x6867cbc54809e6b88fac230d27b7bc7749a6291b8e4e07352d559a75c6930485")
}

// UnpackDuplicateWatcherSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateWatcherSignature(uint256 index, address watcher)
func (bridge *Bridge) UnpackDuplicateWatcherSignatureError(raw []byte) (*BridgeDuplicateWatcherSignature, error) {
	out := new(BridgeDuplicateWatcherSignature)
	if err := bridge.abi.UnpackIntoInterface(out, "DuplicateWatcherSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeEnforcedPause represents a EnforcedPause error raised by the Bridge contract.
type BridgeEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func BridgeEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (bridge *Bridge) UnpackEnforcedPauseError(raw []byte) (*BridgeEnforcedPause, error) {
	out := new(BridgeEnforcedPause)
	if err := bridge.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeExpectedPause represents a ExpectedPause error raised by the Bridge contract.
type BridgeExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func BridgeExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (bridge *Bridge) UnpackExpectedPauseError(raw []byte) (*BridgeExpectedPause, error) {
	out := new(BridgeExpectedPause)
	if err := bridge.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeInvalidDailyCap represents a InvalidDailyCap error raised by the Bridge contract.
type BridgeInvalidDailyCap struct {
	DailyCap *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDailyCap(uint256 dailyCap)
func BridgeInvalidDailyCapErrorID() common.Hash {
	return common.HexToHash("0xa3362cbdfbddef164d8252c4fe2b6c0751efe56897918b231cdcce8af6c90ba3")
}

// UnpackInvalidDailyCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDailyCap(uint256 dailyCap)
func (bridge *Bridge) UnpackInvalidDailyCapError(raw []byte) (*BridgeInvalidDailyCap, error) {
	out := new(BridgeInvalidDailyCap)
	if err := bridge.abi.UnpackIntoInterface(out, "InvalidDailyCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeInvalidMetaverseRecipient represents a InvalidMetaverseRecipient error raised by the Bridge contract.
type BridgeInvalidMetaverseRecipient struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMetaverseRecipient(uint256 length)
func BridgeInvalidMetaverseRecipientErrorID() common.Hash {
	return common.HexToHash("0xb3672ff80266748e65c64736ef944d3e6660a046fec9f86b75f593b16fd5da3a")
}

// UnpackInvalidMetaverseRecipientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMetaverseRecipient(uint256 length)
func (bridge *Bridge) UnpackInvalidMetaverseRecipientError(raw []byte) (*BridgeInvalidMetaverseRecipient, error) {
	out := new(BridgeInvalidMetaverseRecipient)
	if err := bridge.abi.UnpackIntoInterface(out, "InvalidMetaverseRecipient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeInvalidMode represents a InvalidMode error raised by the Bridge contract.
type BridgeInvalidMode struct {
	Mode uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMode(uint8 mode)
func BridgeInvalidModeErrorID() common.Hash {
	return common.HexToHash("0x66001a892dd7257513d5173772f5cd46484ba41219d7544f197aacf3beb31f48")
}

// UnpackInvalidModeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMode(uint8 mode)
func (bridge *Bridge) UnpackInvalidModeError(raw []byte) (*BridgeInvalidMode, error) {
	out := new(BridgeInvalidMode)
	if err := bridge.abi.UnpackIntoInterface(out, "InvalidMode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeInvalidRoute represents a InvalidRoute error raised by the Bridge contract.
type BridgeInvalidRoute struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRoute()
func BridgeInvalidRouteErrorID() common.Hash {
	return common.HexToHash("0x84e505d2e7c0cb144c592930df085b27abd969381890a35b162f5e0cc9ef3674")
}

// UnpackInvalidRouteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRoute()
func (bridge *Bridge) UnpackInvalidRouteError(raw []byte) (*BridgeInvalidRoute, error) {
	out := new(BridgeInvalidRoute)
	if err := bridge.abi.UnpackIntoInterface(out, "InvalidRoute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeInvalidSignerKey represents a InvalidSignerKey error raised by the Bridge contract.
type BridgeInvalidSignerKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignerKey()
func BridgeInvalidSignerKeyErrorID() common.Hash {
	return common.HexToHash("0xdd9226573eb5b2ac7eafae3d01bccaabb2a36c6435d20198a5a8fbe7b6dc7d58")
}

// UnpackInvalidSignerKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignerKey()
func (bridge *Bridge) UnpackInvalidSignerKeyError(raw []byte) (*BridgeInvalidSignerKey, error) {
	out := new(BridgeInvalidSignerKey)
	if err := bridge.abi.UnpackIntoInterface(out, "InvalidSignerKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeInvalidThreshold represents a InvalidThreshold error raised by the Bridge contract.
type BridgeInvalidThreshold struct {
	Threshold uint8
	Watchers  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidThreshold(uint8 threshold, uint256 watchers)
func BridgeInvalidThresholdErrorID() common.Hash {
	return common.HexToHash("0x64d57014bbd5e82994b8dcd868cf098a4766a4ee4ea5a6bd6185458ed71cf7eb")
}

// UnpackInvalidThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidThreshold(uint8 threshold, uint256 watchers)
func (bridge *Bridge) UnpackInvalidThresholdError(raw []byte) (*BridgeInvalidThreshold, error) {
	out := new(BridgeInvalidThreshold)
	if err := bridge.abi.UnpackIntoInterface(out, "InvalidThreshold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeInvalidWatcherSet represents a InvalidWatcherSet error raised by the Bridge contract.
type BridgeInvalidWatcherSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidWatcherSet()
func BridgeInvalidWatcherSetErrorID() common.Hash {
	return common.HexToHash("0x59bce4cf3c0103d73244e1cde53a25fc97faa1bd9f77342fb87b1906ac316838")
}

// UnpackInvalidWatcherSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidWatcherSet()
func (bridge *Bridge) UnpackInvalidWatcherSetError(raw []byte) (*BridgeInvalidWatcherSet, error) {
	out := new(BridgeInvalidWatcherSet)
	if err := bridge.abi.UnpackIntoInterface(out, "InvalidWatcherSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeInvalidWatcherSignature represents a InvalidWatcherSignature error raised by the Bridge contract.
type BridgeInvalidWatcherSignature struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidWatcherSignature(uint256 index)
func BridgeInvalidWatcherSignatureErrorID() common.Hash {
	return common.HexToHash("0x446193fd1a32fb9b54aa22d73b3d1e3fe41ad237ee9395797a3d6d87c2da8245")
}

// UnpackInvalidWatcherSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidWatcherSignature(uint256 index)
func (bridge *Bridge) UnpackInvalidWatcherSignatureError(raw []byte) (*BridgeInvalidWatcherSignature, error) {
	out := new(BridgeInvalidWatcherSignature)
	if err := bridge.abi.UnpackIntoInterface(out, "InvalidWatcherSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeNotEnoughWatcherSignatures represents a NotEnoughWatcherSignatures error raised by the Bridge contract.
type BridgeNotEnoughWatcherSignatures struct {
	Count     *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnoughWatcherSignatures(uint256 count, uint256 threshold)
func BridgeNotEnoughWatcherSignaturesErrorID() common.Hash {
	return common.HexToHash("0x76016d268e061c0f90f45541ae888d3c62fcaa6a295d115ffcab2ddb862927c0")
}

// UnpackNotEnoughWatcherSignaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnoughWatcherSignatures(uint256 count, uint256 threshold)
func (bridge *Bridge) UnpackNotEnoughWatcherSignaturesError(raw []byte) (*BridgeNotEnoughWatcherSignatures, error) {
	out := new(BridgeNotEnoughWatcherSignatures)
	if err := bridge.abi.UnpackIntoInterface(out, "NotEnoughWatcherSignatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeNotMintRoute represents a NotMintRoute error raised by the Bridge contract.
type BridgeNotMintRoute struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMintRoute(address token)
func BridgeNotMintRouteErrorID() common.Hash {
	return common.HexToHash("0xfda98acfe5d6613233599870fbb8a801a931573ee6d323394d410e8c9f924ed5")
}

// UnpackNotMintRouteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMintRoute(address token)
func (bridge *Bridge) UnpackNotMintRouteError(raw []byte) (*BridgeNotMintRoute, error) {
	out := new(BridgeNotMintRoute)
	if err := bridge.abi.UnpackIntoInterface(out, "NotMintRoute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeNotWatcher represents a NotWatcher error raised by the Bridge contract.
type BridgeNotWatcher struct {
	Index  *big.Int
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotWatcher(uint256 index, address signer)
func BridgeNotWatcherErrorID() common.Hash {
	return common.HexToHash("0x514705b441402eaafe5ada2763c389db50bf796e514b145188ae0aeb89289ea8")
}

// UnpackNotWatcherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotWatcher(uint256 index, address signer)
func (bridge *Bridge) UnpackNotWatcherError(raw []byte) (*BridgeNotWatcher, error) {
	out := new(BridgeNotWatcher)
	if err := bridge.abi.UnpackIntoInterface(out, "NotWatcher", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeRecipientNot20Bytes represents a RecipientNot20Bytes error raised by the Bridge contract.
type BridgeRecipientNot20Bytes struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecipientNot20Bytes(uint256 length)
func BridgeRecipientNot20BytesErrorID() common.Hash {
	return common.HexToHash("0xcf7e57d23fe7f6301c06a95c101e9b0ea5e465ce00c523bec7cfbbc486b053b3")
}

// UnpackRecipientNot20BytesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecipientNot20Bytes(uint256 length)
func (bridge *Bridge) UnpackRecipientNot20BytesError(raw []byte) (*BridgeRecipientNot20Bytes, error) {
	out := new(BridgeRecipientNot20Bytes)
	if err := bridge.abi.UnpackIntoInterface(out, "RecipientNot20Bytes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Bridge contract.
type BridgeReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func BridgeReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (bridge *Bridge) UnpackReentrancyGuardReentrantCallError(raw []byte) (*BridgeReentrancyGuardReentrantCall, error) {
	out := new(BridgeReentrancyGuardReentrantCall)
	if err := bridge.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeRouteDisabled represents a RouteDisabled error raised by the Bridge contract.
type BridgeRouteDisabled struct {
	Route [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RouteDisabled(bytes32 route)
func BridgeRouteDisabledErrorID() common.Hash {
	return common.HexToHash("0xe7a1a24b9b05e7da5af6ffaa64051b98ee34b64d581fc22ec590f99fe902c1a7")
}

// UnpackRouteDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RouteDisabled(bytes32 route)
func (bridge *Bridge) UnpackRouteDisabledError(raw []byte) (*BridgeRouteDisabled, error) {
	out := new(BridgeRouteDisabled)
	if err := bridge.abi.UnpackIntoInterface(out, "RouteDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Bridge contract.
type BridgeSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func BridgeSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (bridge *Bridge) UnpackSafeERC20FailedOperationError(raw []byte) (*BridgeSafeERC20FailedOperation, error) {
	out := new(BridgeSafeERC20FailedOperation)
	if err := bridge.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeSignerSignatureMalleable represents a SignerSignatureMalleable error raised by the Bridge contract.
type BridgeSignerSignatureMalleable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignerSignatureMalleable()
func BridgeSignerSignatureMalleableErrorID() common.Hash {
	return common.HexToHash("0x90818e3ede5d618dcd026547fdbaccce509a7b13b53d2c29df4579c31834c202")
}

// UnpackSignerSignatureMalleableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignerSignatureMalleable()
func (bridge *Bridge) UnpackSignerSignatureMalleableError(raw []byte) (*BridgeSignerSignatureMalleable, error) {
	out := new(BridgeSignerSignatureMalleable)
	if err := bridge.abi.UnpackIntoInterface(out, "SignerSignatureMalleable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeTokenInUse represents a TokenInUse error raised by the Bridge contract.
type BridgeTokenInUse struct {
	Token common.Address
	Route [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenInUse(address token, bytes32 route)
func BridgeTokenInUseErrorID() common.Hash {
	return common.HexToHash("0xbd65d2ae50f8a3246fd3ca563df006f7c43754a13f3b8f164062afcb87a3f612")
}

// UnpackTokenInUseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenInUse(address token, bytes32 route)
func (bridge *Bridge) UnpackTokenInUseError(raw []byte) (*BridgeTokenInUse, error) {
	out := new(BridgeTokenInUse)
	if err := bridge.abi.UnpackIntoInterface(out, "TokenInUse", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeUnknownRoute represents a UnknownRoute error raised by the Bridge contract.
type BridgeUnknownRoute struct {
	Route [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRoute(bytes32 route)
func BridgeUnknownRouteErrorID() common.Hash {
	return common.HexToHash("0xda684a071f03ab3f165a83aad753dfabe12ab59b9c75ba61397081d4292acb89")
}

// UnpackUnknownRouteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRoute(bytes32 route)
func (bridge *Bridge) UnpackUnknownRouteError(raw []byte) (*BridgeUnknownRoute, error) {
	out := new(BridgeUnknownRoute)
	if err := bridge.abi.UnpackIntoInterface(out, "UnknownRoute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeUnsupportedToken represents a UnsupportedToken error raised by the Bridge contract.
type BridgeUnsupportedToken struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedToken(address token)
func BridgeUnsupportedTokenErrorID() common.Hash {
	return common.HexToHash("0xbf16aab68b533663bda39930f665a3aca274d1ce9b11695c6d6218cb23bba198")
}

// UnpackUnsupportedTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedToken(address token)
func (bridge *Bridge) UnpackUnsupportedTokenError(raw []byte) (*BridgeUnsupportedToken, error) {
	out := new(BridgeUnsupportedToken)
	if err := bridge.abi.UnpackIntoInterface(out, "UnsupportedToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeWatcherSignatureLength represents a WatcherSignatureLength error raised by the Bridge contract.
type BridgeWatcherSignatureLength struct {
	Index  *big.Int
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WatcherSignatureLength(uint256 index, uint256 length)
func BridgeWatcherSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0x883b93f323cf7a18dc5baf1a2dc845421f96135bfe4b1798227b9767668f07a1")
}

// UnpackWatcherSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WatcherSignatureLength(uint256 index, uint256 length)
func (bridge *Bridge) UnpackWatcherSignatureLengthError(raw []byte) (*BridgeWatcherSignatureLength, error) {
	out := new(BridgeWatcherSignatureLength)
	if err := bridge.abi.UnpackIntoInterface(out, "WatcherSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeWatcherSignatureMalleable represents a WatcherSignatureMalleable error raised by the Bridge contract.
type BridgeWatcherSignatureMalleable struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WatcherSignatureMalleable(uint256 index)
func BridgeWatcherSignatureMalleableErrorID() common.Hash {
	return common.HexToHash("0x3715af13ea0c7d7a46f80a2065dba28ba9d0dd2083f7a9cc726ad2949ba53d73")
}

// UnpackWatcherSignatureMalleableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WatcherSignatureMalleable(uint256 index)
func (bridge *Bridge) UnpackWatcherSignatureMalleableError(raw []byte) (*BridgeWatcherSignatureMalleable, error) {
	out := new(BridgeWatcherSignatureMalleable)
	if err := bridge.abi.UnpackIntoInterface(out, "WatcherSignatureMalleable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeWatcherSignaturesNotSorted represents a WatcherSignaturesNotSorted error raised by the Bridge contract.
type BridgeWatcherSignaturesNotSorted struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WatcherSignaturesNotSorted(uint256 index)
func BridgeWatcherSignaturesNotSortedErrorID() common.Hash {
	return common.HexToHash("0x983c3c379cd9f57e5f03447da91da175f1f339a63c94afb15e4386ad2a344041")
}

// UnpackWatcherSignaturesNotSortedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WatcherSignaturesNotSorted(uint256 index)
func (bridge *Bridge) UnpackWatcherSignaturesNotSortedError(raw []byte) (*BridgeWatcherSignaturesNotSorted, error) {
	out := new(BridgeWatcherSignaturesNotSorted)
	if err := bridge.abi.UnpackIntoInterface(out, "WatcherSignaturesNotSorted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeWrongDestChain represents a WrongDestChain error raised by the Bridge contract.
type BridgeWrongDestChain struct {
	DestChain *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongDestChain(uint256 destChain)
func BridgeWrongDestChainErrorID() common.Hash {
	return common.HexToHash("0x08e7e4d9ae2c8ca749f8996ee35814c8c40dd9e094f0390d42c59c98f087b9be")
}

// UnpackWrongDestChainError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongDestChain(uint256 destChain)
func (bridge *Bridge) UnpackWrongDestChainError(raw []byte) (*BridgeWrongDestChain, error) {
	out := new(BridgeWrongDestChain)
	if err := bridge.abi.UnpackIntoInterface(out, "WrongDestChain", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeWrongMode represents a WrongMode error raised by the Bridge contract.
type BridgeWrongMode struct {
	Route [32]byte
	Mode  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongMode(bytes32 route, uint8 mode)
func BridgeWrongModeErrorID() common.Hash {
	return common.HexToHash("0x7e02d08734096a8e38e2902048d3d3f5f5899ed8bb51f2c2c7176e47347c97f5")
}

// UnpackWrongModeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongMode(bytes32 route, uint8 mode)
func (bridge *Bridge) UnpackWrongModeError(raw []byte) (*BridgeWrongMode, error) {
	out := new(BridgeWrongMode)
	if err := bridge.abi.UnpackIntoInterface(out, "WrongMode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeWrongToken represents a WrongToken error raised by the Bridge contract.
type BridgeWrongToken struct {
	Route     [32]byte
	DestToken [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongToken(bytes32 route, bytes32 destToken)
func BridgeWrongTokenErrorID() common.Hash {
	return common.HexToHash("0xd8e6062744a029def97b454f4c8da279962130ebaf86eb01bd90b98b6380376f")
}

// UnpackWrongTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongToken(bytes32 route, bytes32 destToken)
func (bridge *Bridge) UnpackWrongTokenError(raw []byte) (*BridgeWrongToken, error) {
	out := new(BridgeWrongToken)
	if err := bridge.abi.UnpackIntoInterface(out, "WrongToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeZeroAdmin represents a ZeroAdmin error raised by the Bridge contract.
type BridgeZeroAdmin struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAdmin()
func BridgeZeroAdminErrorID() common.Hash {
	return common.HexToHash("0x7289db0ee0abc296040261a52ff209c8991a9c7f7acbaa6b5a604acd8f843b3b")
}

// UnpackZeroAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAdmin()
func (bridge *Bridge) UnpackZeroAdminError(raw []byte) (*BridgeZeroAdmin, error) {
	out := new(BridgeZeroAdmin)
	if err := bridge.abi.UnpackIntoInterface(out, "ZeroAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeZeroAmount represents a ZeroAmount error raised by the Bridge contract.
type BridgeZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func BridgeZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (bridge *Bridge) UnpackZeroAmountError(raw []byte) (*BridgeZeroAmount, error) {
	out := new(BridgeZeroAmount)
	if err := bridge.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeZeroRecipient represents a ZeroRecipient error raised by the Bridge contract.
type BridgeZeroRecipient struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRecipient()
func BridgeZeroRecipientErrorID() common.Hash {
	return common.HexToHash("0xd27b44434400f41bccba90cdfad4d72c6c290b6d2304333570252b0a1dc90ded")
}

// UnpackZeroRecipientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRecipient()
func (bridge *Bridge) UnpackZeroRecipientError(raw []byte) (*BridgeZeroRecipient, error) {
	out := new(BridgeZeroRecipient)
	if err := bridge.abi.UnpackIntoInterface(out, "ZeroRecipient", raw); err != nil {
		return nil, err
	}
	return out, nil
}
