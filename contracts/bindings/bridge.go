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

// BridgeGovernance is an auto generated low-level Go binding around an user-defined struct.
type BridgeGovernance struct {
	Delay              *big.Int
	Proposers          []common.Address
	Executors          []common.Address
	Pausers            []common.Address
	AdminTransferDelay *big.Int
}

// BridgeInitialRoute is an auto generated low-level Go binding around an user-defined struct.
type BridgeInitialRoute struct {
	Route    [32]byte
	Token    common.Address
	Mode     uint8
	DailyCap *big.Int
	Enabled  bool
}

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
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"proposers\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"executors\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"pausers\",\"type\":\"address[]\"},{\"internalType\":\"uint48\",\"name\":\"adminTransferDelay\",\"type\":\"uint48\"}],\"internalType\":\"structBridge.Governance\",\"name\":\"gov\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"signerQx_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"signerQy_\",\"type\":\"bytes32\"},{\"internalType\":\"address[]\",\"name\":\"watchers_\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold_\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"minWatchers_\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"routesHash_\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"mode\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"dailyCap\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"internalType\":\"structBridge.InitialRoute[]\",\"name\":\"routes_\",\"type\":\"tuple[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defaultAdmin\",\"type\":\"address\"}],\"name\":\"AccessControlInvalidDefaultAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"AlreadyConsumed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignerSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"used\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"DailyCapExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"watcher\",\"type\":\"address\"}],\"name\":\"DuplicateWatcherSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"dailyCap\",\"type\":\"uint256\"}],\"name\":\"InvalidDailyCap\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidGovernance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidMetaverseRecipient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"mode\",\"type\":\"uint8\"}],\"name\":\"InvalidMode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidRoute\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignerKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"watchers\",\"type\":\"uint256\"}],\"name\":\"InvalidThreshold\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidWatcherSet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidWatcherSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"NotEnoughWatcherSignatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"NotMintRoute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"NotWatcher\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"received\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ReceivedMoreThanSent\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RecipientIsBridge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"RecipientNot20Bytes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"}],\"name\":\"RouteDisabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SignerSignatureMalleable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"}],\"name\":\"TokenInUse\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"watchers\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"TooFewWatchers\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"}],\"name\":\"UnknownRoute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"UnsupportedToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"WatcherSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"WatcherSignatureMalleable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"WatcherSignaturesNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"destChain\",\"type\":\"uint256\"}],\"name\":\"WrongDestChain\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"mode\",\"type\":\"uint8\"}],\"name\":\"WrongMode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"destToken\",\"type\":\"bytes32\"}],\"name\":\"WrongToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRecipient\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Burned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminDelayChangeCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminDelayChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminTransferCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"acceptSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminTransferScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"recipient\",\"type\":\"string\"}],\"name\":\"Deposit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"recipient\",\"type\":\"string\"}],\"name\":\"Linked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Minted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Released\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"mode\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"dailyCap\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"RouteSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"routesHash\",\"type\":\"bytes32\"}],\"name\":\"RoutesHashSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"qx\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"qy\",\"type\":\"bytes32\"}],\"name\":\"SignerKeySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"watchers\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"WatchersSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_RECIPIENT_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MODE_LOCK\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MODE_MINT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UNPAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"beginDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"burnReceived\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"changeDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"consumed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelayIncreaseWait\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"recipient\",\"type\":\"string\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sourceChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"sourceTx\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"sourceIndex\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"sourceBlock\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"destChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"destToken\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"recipient\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"internalType\":\"structBridge.Transfer\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"digestFor\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"domainSeparatorFor\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sourceChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"sourceTx\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"sourceIndex\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"sourceBlock\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"destChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"destToken\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"recipient\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"internalType\":\"structBridge.Transfer\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"hashTransfer\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isWatcher\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"recipient\",\"type\":\"string\"}],\"name\":\"link\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"links\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minWatchers\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sourceChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"sourceTx\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"sourceIndex\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"sourceBlock\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"destChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"destToken\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"recipient\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"internalType\":\"structBridge.Transfer\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"},{\"internalType\":\"bytes[]\",\"name\":\"watcherSigs\",\"type\":\"bytes[]\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sourceChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"sourceTx\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"sourceIndex\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"sourceBlock\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"destChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"destToken\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"recipient\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"internalType\":\"structBridge.Transfer\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"},{\"internalType\":\"bytes[]\",\"name\":\"watcherSigs\",\"type\":\"bytes[]\"}],\"name\":\"release\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"routes\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"mode\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"dailyCap\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"routesHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"mode\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"dailyCap\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"setRoute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"routesHash_\",\"type\":\"bytes32\"}],\"name\":\"setRoutesHash\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"qx\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"qy\",\"type\":\"bytes32\"}],\"name\":\"setSignerKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"watchers_\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold_\",\"type\":\"uint8\"}],\"name\":\"setWatchers\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"signerQx\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"signerQy\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sourceChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"sourceTx\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"sourceIndex\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"sourceBlock\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"destChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"destToken\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"recipient\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"internalType\":\"structBridge.Transfer\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"structHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"timelock\",\"outputs\":[{\"internalType\":\"contractTimelockController\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"tokenRoute\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sourceChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"sourceTx\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"sourceIndex\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"sourceBlock\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"destChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"destToken\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"recipient\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"internalType\":\"structBridge.Transfer\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"transferId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"route\",\"type\":\"bytes32\"}],\"name\":\"usedToday\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"watchers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"watcherSet\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Bridge",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051617fbb380380617fbb83398101604081905261002e91610e6c565b608088015161003c89610217565b6001600160a01b03811661006a57604051636116401160e11b81525f60048201526024015b60405180910390fd5b600180546001600160d01b0316600160d01b65ffffffffffff8516021790556100935f8261052d565b5050508260ff165f036100b8576040516218c61b60e21b815260040160405180910390fd5b60ff831660a0526002546001600160a01b031660808190526100fb907fa49807205ce4d355092ef5a8a18f56e8913cf4a201fbe287825b095693c217759061052d565b5061012e7f427da25fe773164f88948d3e215c94b6554e2ed5e5f203a821c9f2f6131cf75a60805161052d60201b60201c565b505f5b8860600151518110156101945761018b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a8a60600151838151811061017857610178610f38565b602002602001015161052d60201b60201c565b50600101610131565b5061019f878761059c565b6101a9858561060a565b6101b2826107e8565b5f5b8151811015610209575f8282815181106101d0576101d0610f38565b60200260200101519050610200815f0151826020015183604001518460600151856080015161082360201b60201c565b506001016101b4565b505050505050505050611112565b5f8160200151515f148061022e5750606082015151155b1561024b576040516218c61b60e21b815260040160405180910390fd5b5f5b8260200151518110156102b0575f6001600160a01b03168360200151828151811061027a5761027a610f38565b60200260200101516001600160a01b0316036102a8576040516218c61b60e21b815260040160405180910390fd5b60010161024d565b505f5b826060015151811015610316575f6001600160a01b0316836060015182815181106102e0576102e0610f38565b60200260200101516001600160a01b03160361030e576040516218c61b60e21b815260040160405180910390fd5b6001016102b3565b505f825f0151836020015184604001513060405161033390610bb3565b6103409493929190610f8f565b604051809103905ff080158015610359573d5f5f3e3d5ffd5b5090505f816001600160a01b031663b08e51c06040518163ffffffff1660e01b8152600401602060405180830381865afa158015610399573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103bd9190610fd3565b90505f5b84606001515181101561046357826001600160a01b0316632f2ff15d83876060015184815181106103f4576103f4610f38565b60200260200101516040518363ffffffff1660e01b815260040161042b9291909182526001600160a01b0316602082015260400190565b5f604051808303815f87803b158015610442575f5ffd5b505af1158015610454573d5f5f3e3d5ffd5b505050508060010190506103c1565b50816001600160a01b03166336568abe836001600160a01b031663a217fddf6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156104af573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104d39190610fd3565b6040516001600160e01b031960e084901b16815260048101919091523060248201526044015f604051808303815f87803b15801561050f575f5ffd5b505af1158015610521573d5f5f3e3d5ffd5b50939695505050505050565b5f82610589575f6105466002546001600160a01b031690565b6001600160a01b03161461056d57604051631fe1e13d60e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0384161790555b6105938383610aa8565b90505b92915050565b6105a68282610b4f565b6105c35760405163dd92265760e01b815260040160405180910390fd5b6004829055600581905560408051838152602081018390527f317160c2c485c86e34ad1379e362d8e07a875729cfac29ebedae4cafd16500cc910160405180910390a15050565b81515f81900361062d576040516359bce4cf60e01b815260040160405180910390fd5b60a05160ff168110156106635760a051604051631f4b0f3960e01b81526004810183905260ff9091166024820152604401610061565b808260ff16118061068157508061067e60ff84166002610ffe565b11155b156106ab576040516319355c0560e21b815260ff8316600482015260248101829052604401610061565b6003545f906106c99061010090046001600160401b03166001611015565b90505f805b8381101561075f575f8682815181106106e9576106e9610f38565b60200260200101519050826001600160a01b0316816001600160a01b031611610725576040516359bce4cf60e01b815260040160405180910390fd5b6001600160a01b0381165f90815260086020526040902080546001600160401b0319166001600160401b03861617905591506001016106ce565b50600761076c8682611034565b5060038054610100600160501b0319166101006001600160401b0385160260ff60481b191617690100000000000000000060ff8716021790556040517f264b3965ed362fbf11224203e4a47068fb3987c9fe91670d62aae94304849ef8906107d9908790879086906110dd565b60405180910390a15050505050565b60068190556040518181527f5a464e5d96e88b0c3a7cb4bd52caac3215e423f10803e3bc98dbf5c16f21e8ef9060200160405180910390a150565b84158061083757506001600160a01b038416155b156108555760405163427282e960e11b815260040160405180910390fd5b60ff831660011480159061086d575060ff8316600214155b15610890576040516366001a8960e01b815260ff84166004820152602401610061565b6001600160c01b038211156108bb5760405163a3362cbd60e01b815260048101839052602401610061565b6001600160a01b0384165f908152600a602052604090205480158015906108e25750858114155b1561091257604051635eb2e95760e11b81526001600160a01b038616600482015260248101829052604401610061565b5f868152600960205260409020546001600160a01b03908116908616811480159061094557506001600160a01b03811615155b15610963576001600160a01b0381165f908152600a60205260408120555b86600a5f886001600160a01b03166001600160a01b031681526020019081526020015f20819055506040518060800160405280876001600160a01b031681526020018660ff16815260200184151581526020018581525060095f8981526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548160ff021916908360ff1602179055506040820151815f0160156101000a81548160ff02191690831515021790555060608201518160010155905050856001600160a01b0316877f19b163c9f702b5d097a0f11072e9cda2e4a0f76dcb1e7b3edcdaebf224c52d74878787604051610a979392919060ff93909316835260208301919091521515604082015260600190565b60405180910390a350505050505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610b48575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610b003390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610596565b505f610596565b5f600160601b63ffffffff60c01b031980838409817f5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b8387856003600160601b0363ffffffff60c01b0319878b8c0908090894821191909310169190921416919050565b61226980615d5283390190565b634e487b7160e01b5f52604160045260245ffd5b60405160a081016001600160401b0381118282101715610bf657610bf6610bc0565b60405290565b604051601f8201601f191681016001600160401b0381118282101715610c2457610c24610bc0565b604052919050565b5f6001600160401b03821115610c4457610c44610bc0565b5060051b60200190565b80516001600160a01b0381168114610c64575f5ffd5b919050565b5f82601f830112610c78575f5ffd5b8151610c8b610c8682610c2c565b610bfc565b8082825260208201915060208360051b860101925085831115610cac575f5ffd5b602085015b83811015610cd057610cc281610c4e565b835260209283019201610cb1565b5095945050505050565b805165ffffffffffff81168114610c64575f5ffd5b5f60a08284031215610cff575f5ffd5b610d07610bd4565b8251815260208301519091506001600160401b03811115610d26575f5ffd5b610d3284828501610c69565b60208301525060408201516001600160401b03811115610d50575f5ffd5b610d5c84828501610c69565b60408301525060608201516001600160401b03811115610d7a575f5ffd5b610d8684828501610c69565b606083015250610d9860808301610cda565b608082015292915050565b805160ff81168114610c64575f5ffd5b5f82601f830112610dc2575f5ffd5b8151610dd0610c8682610c2c565b80828252602082019150602060a08402860101925085831115610df1575f5ffd5b602085015b83811015610cd05760a08188031215610e0d575f5ffd5b610e15610bd4565b81518152610e2560208301610c4e565b6020820152610e3660408301610da3565b60408201526060828101519082015260808201518015158114610e57575f5ffd5b6080820152835260209092019160a001610df6565b5f5f5f5f5f5f5f5f610100898b031215610e84575f5ffd5b88516001600160401b03811115610e99575f5ffd5b610ea58b828c01610cef565b60208b015160408c015160608d0151929b50909950975090506001600160401b03811115610ed1575f5ffd5b610edd8b828c01610c69565b955050610eec60808a01610da3565b9350610efa60a08a01610da3565b60c08a015160e08b015191945092506001600160401b03811115610f1c575f5ffd5b610f288b828c01610db3565b9150509295985092959890939650565b634e487b7160e01b5f52603260045260245ffd5b5f8151808452602084019350602083015f5b82811015610f855781516001600160a01b0316865260209586019590910190600101610f5e565b5093949350505050565b848152608060208201525f610fa76080830186610f4c565b8281036040840152610fb98186610f4c565b91505060018060a01b038316606083015295945050505050565b5f60208284031215610fe3575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761059657610596610fea565b6001600160401b03818116838216019081111561059657610596610fea565b81516001600160401b0381111561104d5761104d610bc0565b6801000000000000000081111561106657611066610bc0565b81548183558082101561109a57825f528160205f20018282035f5b81811015611096575f83820155600101611081565b5050505b50602083016110ae835f9081526020902090565b5f5b838110156110d55782516001600160a01b0316818301556020909201916001016110b0565b505050505050565b606081525f6110ef6060830186610f4c565b60ff949094166020830152506001600160401b0391909116604090910152919050565b60805160a051614c116111415f395f818161081101528181611af40152611b4e01525f6107890152614c115ff3fe608060405234801561000f575f5ffd5b5060043610610351575f3560e01c806392084192116101be578063cefc1429116100fe578063d8717c4b1161009e578063f63421bf11610079578063f63421bf14610833578063f698da2514610846578063fb1bb9de146108f3578063fce1b8471461091a575f5ffd5b8063d8717c4b146107c6578063e63ab1e9146107e5578063f2d79f0e1461080c575f5ffd5b8063d18575c0116100d9578063d18575c01461077b578063d33219b414610784578063d547741f146107ab578063d602b9fd146107be575f5ffd5b8063cefc142914610721578063cf2e011e14610729578063cf6eefb71461073c575f5ffd5b8063b409672411610169578063c32f50a411610144578063c32f50a4146106eb578063c7aef0bd146106f3578063caefd35814610706578063cc8463c814610719575f5ffd5b8063b4096724146106bc578063b6572fcf146106c5578063bfe07da6146106d8575f5ffd5b8063a3ea311a11610199578063a3ea311a1461067c578063af33c7241461068f578063b27e1ace146106a2575f5ffd5b8063920841921461063b578063a1eda53c1461064e578063a217fddf14610675575f5ffd5b80633f8a70e1116102945780636d8dee421161023457806384785ecd1161020f57806384785ecd146105c557806384ef8ffc146105d85780638da5cb5b146105fd57806391d1485414610605575f5ffd5b80636d8dee421461058357806375b238fc146105965780638456cb59146105bd575f5ffd5b806358c7a7121161026f57806358c7a712146105495780635c975abb14610552578063634e93da1461055d578063649a5ec714610570575f5ffd5b80633f8a70e1146104f45780634648c943146105075780634e7fb08314610529575f5ffd5b806312d976a2116102ff57806333e42091116102da57806333e42091146104b357806336568abe146104c657806339d1ca3f146104d95780633f4ba83a146104ec575f5ffd5b806312d976a21461046b578063248a9ca31461047e5780632f2ff15d146104a0575f5ffd5b8063022d63fb1161032f578063022d63fb146103a9578063066e9481146103c55780630aa6220b14610461575f5ffd5b8063013682561461035557806301b4314e1461037057806301ffc9a714610386575b5f5ffd5b61035d608081565b6040519081526020015b60405180910390f35b61037861092d565b604051610367929190614172565b610399610394366004614196565b6109a4565b6040519015158152602001610367565b620697805b60405165ffffffffffff9091168152602001610367565b61042f6103d33660046141d5565b60096020525f9081526040902080546001909101546001600160a01b0382169160ff7401000000000000000000000000000000000000000082048116927501000000000000000000000000000000000000000000909204169084565b604080516001600160a01b03909516855260ff9093166020850152901515918301919091526060820152608001610367565b6104696109ff565b005b61035d610479366004614203565b610a14565b61035d61048c3660046141d5565b5f9081526020819052604090206001015490565b6104696104ae366004614250565b610a1e565b6104696104c13660046142d2565b610a63565b6104696104d4366004614250565b610ad0565b61035d6104e7366004614203565b610bc0565b610469610bca565b61035d6105023660046141d5565b610bfc565b6103996105153660046141d5565b600c6020525f908152604090205460ff1681565b61053c610537366004614322565b610c9a565b604051610367919061433b565b61035d60045481565b60035460ff16610399565b61046961056b366004614322565b610d31565b61046961057e36600461438e565b610d44565b6104696105913660046141d5565b610d57565b61035d7fa49807205ce4d355092ef5a8a18f56e8913cf4a201fbe287825b095693c2177581565b610469610d8a565b6103996105d3366004614322565b610dbc565b6002546001600160a01b03165b6040516001600160a01b039091168152602001610367565b6105e5610e05565b610399610613366004614250565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b61035d610649366004614203565b610e1d565b610656610e2c565b6040805165ffffffffffff938416815292909116602083015201610367565b61035d5f81565b61035d61068a3660046143b3565b610ea6565b61046961069d36600461440e565b610ebc565b6106aa600281565b60405160ff9091168152602001610367565b61035d60055481565b6104696106d336600461448b565b610fc6565b6104696106e6366004614524565b611005565b6106aa600181565b61046961070136600461457a565b6113cb565b610469610714366004614322565b611404565b6103ae611606565b6104696116a3565b61046961073736600461459a565b6116f2565b600154604080516001600160a01b03831681527401000000000000000000000000000000000000000090920465ffffffffffff16602083015201610367565b61035d60065481565b6105e57f000000000000000000000000000000000000000000000000000000000000000081565b6104696107b9366004614250565b61175d565b61046961179e565b61035d6107d4366004614322565b600a6020525f908152604090205481565b61035d7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b6106aa7f000000000000000000000000000000000000000000000000000000000000000081565b61035d6108413660046145d9565b6117b0565b600654604080517fd87cd6ef79d4e2b95e15ce8abf732db51ec771f1ca2edccf22a46c729ac564726020808301919091527f6e39fab9e5c4442230b35aa98a406c8f91a1ae2496d64e5c7f6fef0afa5c35be828401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608301524660808301523060a083015260c0808301949094528251808303909401845260e0909101909152815191012061035d565b61035d7f427da25fe773164f88948d3e215c94b6554e2ed5e5f203a821c9f2f6131cf75a81565b61046961092836600461440e565b611869565b60605f6007600360099054906101000a900460ff168180548060200260200160405190810160405280929190818152602001828054801561099557602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610977575b50505050509150915091509091565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f314987860000000000000000000000000000000000000000000000000000000014806109f957506109f9826118f6565b92915050565b5f610a098161198c565b610a11611996565b50565b5f6109f9826119a2565b81610a55576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610a5f8282611a92565b5050565b7fa49807205ce4d355092ef5a8a18f56e8913cf4a201fbe287825b095693c21775610a8d8161198c565b610aca8484808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250869250611ab6915050565b50505050565b81158015610aeb57506002546001600160a01b038281169116145b15610bb6576001546001600160a01b0381169074010000000000000000000000000000000000000000900465ffffffffffff1681151580610b32575065ffffffffffff8116155b80610b4557504265ffffffffffff821610155b15610b8b576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff821660048201526024015b60405180910390fd5b5050600180547fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff1690555b610a5f8282611d7f565b5f6109f982611dcb565b7f427da25fe773164f88948d3e215c94b6554e2ed5e5f203a821c9f2f6131cf75a610bf48161198c565b610a11611e08565b5f818152600b6020908152604080832081518083019092525467ffffffffffffffff8116825268010000000000000000900477ffffffffffffffffffffffffffffffffffffffffffffffff1691810191909152610c5c6201518042614666565b815167ffffffffffffffff1614610c73575f610c79565b80602001515b77ffffffffffffffffffffffffffffffffffffffffffffffff169392505050565b600d6020525f908152604090208054610cb290614679565b80601f0160208091040260200160405190810160405280929190818152602001828054610cde90614679565b8015610d295780601f10610d0057610100808354040283529160200191610d29565b820191905f5260205f20905b815481529060010190602001808311610d0c57829003601f168201915b505050505081565b5f610d3b8161198c565b610a5f82611e78565b5f610d4e8161198c565b610a5f82611ee3565b7fa49807205ce4d355092ef5a8a18f56e8913cf4a201fbe287825b095693c21775610d818161198c565b610a5f82611f53565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a610db48161198c565b610a11611f8e565b5f6001600160a01b038216158015906109f957506003546001600160a01b0383165f9081526008602052604090205467ffffffffffffffff908116610100909204161492915050565b5f610e186002546001600160a01b031690565b905090565b5f6109f9824630600654611fe9565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015158015610e6e57504265ffffffffffff821610155b610e79575f5f610e9e565b60025474010000000000000000000000000000000000000000900465ffffffffffff16815b915091509091565b5f610eb385858585611fe9565b95945050505050565b610ec46120e0565b610ecc61211d565b5f5f5f610ede88888888886002612152565b6040517f40c10f190000000000000000000000000000000000000000000000000000000081526001600160a01b0380831660048301526101008d013560248301529396509194509250908316906340c10f19906044015f604051808303815f87803b158015610f4b575f5ffd5b505af1158015610f5d573d5f5f3e3d5ffd5b50505050806001600160a01b0316826001600160a01b0316847f754e9989487f664406f6fbbf83aa42bd064e274ab3818f5ef5e610f09bdf30eb8b6101000135604051610fac91815260200190565b60405180910390a4505050610fbf612586565b5050505050565b7fa49807205ce4d355092ef5a8a18f56e8913cf4a201fbe287825b095693c21775610ff08161198c565b610ffd86868686866125b0565b505050505050565b61100d6120e0565b61101561211d565b6001600160a01b0384165f908152600a60205260409020548061106f576040517fbf16aab60000000000000000000000000000000000000000000000000000000081526001600160a01b0386166004820152602401610b82565b5f81815260096020526040902080547501000000000000000000000000000000000000000000900460ff166110d3576040517fe7a1a24b00000000000000000000000000000000000000000000000000000000815260048101839052602401610b82565b845f0361110c576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61111684846128aa565b6040517f70a0823100000000000000000000000000000000000000000000000000000000815230600482015286905f906001600160a01b038316906370a0823190602401602060405180830381865afa158015611175573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061119991906146c4565b90506111b06001600160a01b03831633308a6128f2565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9082906001600160a01b038516906370a0823190602401602060405180830381865afa15801561120f573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061123391906146c4565b61123d91906146db565b9050805f03611278576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b878111156112bc576040517f59542aa50000000000000000000000000000000000000000000000000000000081526004810182905260248101899052604401610b82565b83547ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe7401000000000000000000000000000000000000000090910460ff160161136f576040517f42966c68000000000000000000000000000000000000000000000000000000008152600481018290526001600160a01b038a16906342966c68906024015f604051808303815f87803b158015611358575f5ffd5b505af115801561136a573d5f5f3e3d5ffd5b505050505b336001600160a01b0316896001600160a01b03167fef519b7eb82aaf6ac376a6df2d793843ebfd593de5f1a0601d3cc6ab49ebb395838a8a6040516113b693929190614735565b60405180910390a35050505050610aca612586565b7fa49807205ce4d355092ef5a8a18f56e8913cf4a201fbe287825b095693c217756113f58161198c565b6113ff8383612941565b505050565b6001600160a01b0381165f908152600a602052604090205480158061145257505f8181526009602052604090205474010000000000000000000000000000000000000000900460ff16600214155b15611494576040517ffda98acf0000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610b82565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f906001600160a01b038416906370a0823190602401602060405180830381865afa1580156114f1573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061151591906146c4565b9050805f03611550576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517f42966c68000000000000000000000000000000000000000000000000000000008152600481018290526001600160a01b038416906342966c68906024015f604051808303815f87803b1580156115a8575f5ffd5b505af11580156115ba573d5f5f3e3d5ffd5b50505050826001600160a01b03167f696de425f79f4a40bc6d2122ca50507f0efbeabbff86a84871b7196ab8ea8df7826040516115f991815260200190565b60405180910390a2505050565b6002545f907a010000000000000000000000000000000000000000000000000000900465ffffffffffff16801515801561164757504265ffffffffffff8216105b611679576001547a010000000000000000000000000000000000000000000000000000900465ffffffffffff1661169d565b60025474010000000000000000000000000000000000000000900465ffffffffffff165b91505090565b6001546001600160a01b03163381146116ea576040517fc22c8022000000000000000000000000000000000000000000000000000000008152336004820152602401610b82565b610a116129c1565b6116fc82826128aa565b335f908152600d602052604090206117158284836147d1565b50336001600160a01b03167f9c153ad6f629abfdbcf9af46eeaa7fa9a885a0a5ce9dbc34ad99cc9631dce56083836040516117519291906148e7565b60405180910390a25050565b81611794576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610a5f8282612a98565b5f6117a88161198c565b610a11612abc565b604080517fd87cd6ef79d4e2b95e15ce8abf732db51ec771f1ca2edccf22a46c729ac564726020808301919091527f6e39fab9e5c4442230b35aa98a406c8f91a1ae2496d64e5c7f6fef0afa5c35be828401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc66060830152608082018690526001600160a01b03851660a083015260c08083018590528351808403909101815260e090920190925280519101205f905b949350505050565b6118716120e0565b61187961211d565b5f5f5f61188b88888888886001612152565b919450925090506118ab6001600160a01b038316826101008b0135612ac6565b806001600160a01b0316826001600160a01b0316847ff841af1340fe1d6814e6ec7893c8cc8939c12ee8d084afe073c5b10dc8fc794c8b6101000135604051610fac91815260200190565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806109f957507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316146109f9565b610a118133612b14565b6119a05f5f612b7f565b565b5f7f9a434516c771dd9081956b643fd23eeb4db9daad61b24026eb97f3da1236cbde823560208401356119db60608601604087016148fa565b6060860135608087013560a088013560c08901356119fc60e08b018b61491d565b604051611a0a92919061497e565b60408051918290038220602083019a909a52810197909752606087019590955263ffffffff909316608086015260a085019190915260c084015260e0830152610100808301919091526101208083019390935284013561014082015290830135610160820152610180015b604051602081830303815290604052805190602001209050919050565b5f82815260208190526040902060010154611aac8161198c565b610aca8383612ccb565b81515f819003611af2576040517f59bce4cf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b7f000000000000000000000000000000000000000000000000000000000000000060ff16811015611b7b576040517f1f4b0f390000000000000000000000000000000000000000000000000000000081526004810182905260ff7f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610b82565b808260ff161180611b99575080611b9660ff8416600261498d565b11155b15611bdc576040517f64d5701400000000000000000000000000000000000000000000000000000000815260ff8316600482015260248101829052604401610b82565b6003545f90611bfb90610100900467ffffffffffffffff1660016149a4565b90505f805b83811015611cc3575f868281518110611c1b57611c1b6149c4565b60200260200101519050826001600160a01b0316816001600160a01b031611611c70576040517f59bce4cf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0381165f90815260086020526040902080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff86161790559150600101611c00565b506007611cd086826149f1565b50600380547fffffffffffffffffffffffffffffffffffffffffffff000000000000000000ff1661010067ffffffffffffffff8516027fffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffff1617690100000000000000000060ff8716021790556040517f264b3965ed362fbf11224203e4a47068fb3987c9fe91670d62aae94304849ef890611d7090879087908690614a7b565b60405180910390a15050505050565b6001600160a01b0381163314611dc1576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6113ff8282612d69565b5f81356020830135611de360608501604086016148fa565b60408051602081019490945283019190915263ffffffff166060820152608001611a75565b611e10612dbd565b600380547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b5f611e81611606565b611e8a42612df9565b611e949190614ab0565b9050611ea08282612e48565b60405165ffffffffffff821681526001600160a01b038316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed690602001611751565b5f611eed82612ed6565b611ef642612df9565b611f009190614ab0565b9050611f0c8282612b7f565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b91015b60405180910390a15050565b60068190556040518181527f5a464e5d96e88b0c3a7cb4bd52caac3215e423f10803e3bc98dbf5c16f21e8ef9060200160405180910390a150565b611f966120e0565b600380547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258611e5b3390565b604080517fd87cd6ef79d4e2b95e15ce8abf732db51ec771f1ca2edccf22a46c729ac564726020808301919091527f6e39fab9e5c4442230b35aa98a406c8f91a1ae2496d64e5c7f6fef0afa5c35be828401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc66060830152608082018690526001600160a01b03851660a083015260c08083018590528351808403909101815260e090920190925280519101205f90610eb3906120a6876119a2565b6040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b60035460ff16156119a0576040517fd93c066500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b612125612f1d565b6119a060017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612f76565b5f5f5f468960a0013514612198576040517f08e7e4d900000000000000000000000000000000000000000000000000000000815260a08a01356004820152602401610b82565b6121a560e08a018a61491d565b90506014146121f2576121bb60e08a018a61491d565b6040517fcf7e57d2000000000000000000000000000000000000000000000000000000008152610b82925060040190815260200190565b6121ff60e08a018a61491d565b61220891614ace565b60601c905080612244576040517fd27b444300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b306001600160a01b03821603612286576040517f300de99b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60808901355f90815260096020526040902080546001600160a01b03169250826122e2576040517fda684a0700000000000000000000000000000000000000000000000000000000815260808b01356004820152602401610b82565b80547501000000000000000000000000000000000000000000900460ff1661233c576040517fe7a1a24b00000000000000000000000000000000000000000000000000000000815260808b01356004820152602401610b82565b805460ff8681167401000000000000000000000000000000000000000090920416146123bd5780546040517f7e02d08700000000000000000000000000000000000000000000000000000000815260808c013560048201527401000000000000000000000000000000000000000090910460ff166024820152604401610b82565b60c08a01356001600160a01b03841614612413576040517fd8e6062700000000000000000000000000000000000000000000000000000000815260808b0135600482015260c08b01356024820152604401610b82565b61241c8a611dcb565b5f818152600c602052604090205490945060ff161561246a576040517f0f50872f00000000000000000000000000000000000000000000000000000000815260048101859052602401610b82565b5f6124798b4630600654611fe9565b90507f7fffffff800000007fffffffffffffffde737d56d38bcf4279dce5617e3192a88911156124d5576040517f90818e3e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6124e6818b8b600454600554612f7d565b61251c576040517fc78270c100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b612527818989612fb6565b61253f8b6080013583600101548d610100013561333d565b50505f838152600c6020526040902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905591989097509095509350505050565b6119a05f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061214c565b8415806125c457506001600160a01b038416155b156125fb576040517f84e505d200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60ff8316600114801590612613575060ff8316600214155b1561264f576040517f66001a8900000000000000000000000000000000000000000000000000000000815260ff84166004820152602401610b82565b77ffffffffffffffffffffffffffffffffffffffffffffffff8211156126a4576040517fa3362cbd00000000000000000000000000000000000000000000000000000000815260048101839052602401610b82565b6001600160a01b0384165f908152600a602052604090205480158015906126cb5750858114155b15612714576040517fbd65d2ae0000000000000000000000000000000000000000000000000000000081526001600160a01b038616600482015260248101829052604401610b82565b5f868152600960205260409020546001600160a01b03908116908616811480159061274757506001600160a01b03811615155b15612765576001600160a01b0381165f908152600a60205260408120555b86600a5f886001600160a01b03166001600160a01b031681526020019081526020015f20819055506040518060800160405280876001600160a01b031681526020018660ff16815260200184151581526020018581525060095f8981526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548160ff021916908360ff1602179055506040820151815f0160156101000a81548160ff02191690831515021790555060608201518160010155905050856001600160a01b0316877f19b163c9f702b5d097a0f11072e9cda2e4a0f76dcb1e7b3edcdaebf224c52d748787876040516128999392919060ff93909316835260208301919091521515604082015260600190565b60405180910390a350505050505050565b808015806128b85750608081115b156113ff576040517fb3672ff800000000000000000000000000000000000000000000000000000000815260048101829052602401610b82565b6129008484848460016134ba565b610aca576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610b82565b61294b8282613540565b612981576040517fdd92265700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6004829055600581905560408051838152602081018390527f317160c2c485c86e34ad1379e362d8e07a875729cfac29ebedae4cafd16500cc9101611f47565b6001546001600160a01b0381169074010000000000000000000000000000000000000000900465ffffffffffff16801580612a0457504265ffffffffffff821610155b15612a45576040517f19ca5ebb00000000000000000000000000000000000000000000000000000000815265ffffffffffff82166004820152602401610b82565b612a605f612a5b6002546001600160a01b031690565b612d69565b50612a6b5f83612ccb565b5050600180547fffffffffffff000000000000000000000000000000000000000000000000000016905550565b5f82815260208190526040902060010154612ab28161198c565b610aca8383612d69565b6119a05f5f612e48565b612ad383838360016135c5565b6113ff576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610b82565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16610a5f576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610b82565b6002547a010000000000000000000000000000000000000000000000000000900465ffffffffffff168015612c53574265ffffffffffff82161015612c2a576002546001805479ffffffffffffffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000090920465ffffffffffff167a01000000000000000000000000000000000000000000000000000002919091179055612c53565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b50600280546001600160a01b03167401000000000000000000000000000000000000000065ffffffffffff9485160279ffffffffffffffffffffffffffffffffffffffffffffffffffff16177a0100000000000000000000000000000000000000000000000000009290931691909102919091179055565b5f82612d58575f612ce46002546001600160a01b031690565b6001600160a01b031614612d24576040517f3fc3c27a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0384161790555b612d628383613640565b9392505050565b5f82158015612d8557506002546001600160a01b038381169116145b15612db357600280547fffffffffffffffffffffffff00000000000000000000000000000000000000001690555b612d628383613705565b60035460ff166119a0576040517f8dfc202b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f65ffffffffffff821115612e44576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526030600482015260248101839052604401610b82565b5090565b600180547401000000000000000000000000000000000000000065ffffffffffff84811682027fffffffffffff000000000000000000000000000000000000000000000000000084166001600160a01b038816171790935590041680156113ff576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f612ee0611606565b90508065ffffffffffff168365ffffffffffff1611612f0857612f038382614b34565b612d62565b612d6265ffffffffffff8416620697806137a4565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156119a0576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f5f5f612f8d88888888886137b3565b9150915080612fa857612fa3888888888861388e565b612faa565b815b98975050505050505050565b6003546901000000000000000000900460ff168082101561300d576040517f76016d260000000000000000000000000000000000000000000000000000000081526004810183905260248101829052604401610b82565b600354610100900467ffffffffffffffff165f805b8481101561333457365f87878481811061303e5761303e6149c4565b9050602002810190613050919061491d565b909250905060418114613099576040517f883b93f30000000000000000000000000000000000000000000000000000000081526004810184905260248101829052604401610b82565b5f6130a76020828486614b52565b6130b091614b79565b90505f6130c1604060208587614b52565b6130ca91614b79565b90505f848460408181106130e0576130e06149c4565b919091013560f81c9150507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821115613148576040517f3715af1300000000000000000000000000000000000000000000000000000000815260048101879052602401610b82565b604080515f808252602082018084528f905260ff841692820192909252606081018590526080810184905260019060a0016020604051602081039080840390855afa158015613199573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001519150506001600160a01b038116613207576040517f446193fd00000000000000000000000000000000000000000000000000000000815260048101889052602401610b82565b876001600160a01b0316816001600160a01b0316116132b257876001600160a01b0316816001600160a01b03160361327d576040517f6867cbc5000000000000000000000000000000000000000000000000000000008152600481018890526001600160a01b0382166024820152604401610b82565b6040517f983c3c3700000000000000000000000000000000000000000000000000000000815260048101889052602401610b82565b6001600160a01b0381165f9081526008602052604090205467ffffffffffffffff8a8116911614613321576040517f514705b4000000000000000000000000000000000000000000000000000000008152600481018890526001600160a01b0382166024820152604401610b82565b9650506001909401935061302292505050565b50505050505050565b5f61334b6201518042614666565b5f858152600b6020908152604080832081518083019092525467ffffffffffffffff8082168084526801000000000000000090920477ffffffffffffffffffffffffffffffffffffffffffffffff169383019390935293945092908416146133b3575f6133b9565b81602001515b77ffffffffffffffffffffffffffffffffffffffffffffffff169050848111806133eb57506133e881866146db565b84115b1561343a576040517f7475d87300000000000000000000000000000000000000000000000000000000815260048101879052602481018290526044810185905260648101869052608401610b82565b60405180604001604052808467ffffffffffffffff16815260200185836134619190614bb5565b77ffffffffffffffffffffffffffffffffffffffffffffffff9081169091525f978852600b602090815260409098208251929098015116680100000000000000000267ffffffffffffffff909116179095555050505050565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661352f578383151615613523573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f7fffffffff00000001000000000000000000000000ffffffffffffffffffffffff80838409817f5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b8387857fffffffff00000001000000000000000000000000fffffffffffffffffffffffc878b8c0908090894821191909310169190921416919050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316613634578383151615613628573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166136fe575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556136b63390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016109f9565b505f6109f9565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16156136fe575f838152602081815260408083206001600160a01b038616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016109f9565b5f828218828410028218612d62565b5f5f6137bf868661398a565b15806137d257506137d08484613540565b155b156137e257505f90506001613884565b6137ef87878787876139f4565b156137ff57506001905080613884565b61386e7fbb5a52f42f9c9261ed4361f59422a1e30036e7c32b270c8807a419feca605023600560017fa71af64de5126a4a4e02b7922d66ce9415ce88a4c9d25514d91082c8725ac9577f5d47723c8fbe580bb369fec9c2665d8e30a435b9932645482e7c9f11e872296b6139f4565b1561387e57505f90506001613884565b505f9050805b9550959350505050565b5f613899858561398a565b15806138ac57506138aa8383613540565b155b156138b857505f610eb3565b5f6138c38484613a34565b90505f6138f0867fffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551613c27565b90505f7fffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551828a0990505f7fffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551838a0990505f61394c858484613c36565b5090508961397a7fffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc63255183614bc8565b149b9a5050505050505050505050565b5f82158015906139b957507fffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc63255183105b80156139c457508115155b8015612d625750507f7fffffff800000007fffffffffffffffde737d56d38bcf4279dce5617e3192a81015919050565b5f6040518681528560208201528460408201528360608201528260808201525f5f5260205f60a0836101005afa613a2757fe5b50505f5195945050505050565b613a3c6140e8565b60405180606001604052805f81526020015f81526020015f815250815f60108110613a6957613a696149c4565b60200201819052506040518060600160405280848152602001838152602001600181525081600160108110613aa057613aa06149c4565b602002018190525060405180606001604052807f6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c29681526020017f4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f58152602001600181525081600460108110613b1757613b176149c4565b6020020152613b2d8160015b6020020151613d5a565b6040820152613b3d816004613b23565b6101008201526020810151613b5a908260025b6020020151613db6565b6060820152613b738160015b6020020151826004613b50565b60a0820152613b83816002613b66565b60c0820152613b93816003613b66565b60e0820152613bac8160015b6020020151826008613b50565b610120820152613bbd816002613b9f565b610140820152613bce816003613b9f565b610160820152613bdf816004613b9f565b610180820152613bf98160015b602002015182600c613b50565b6101a0820152613c0a816002613bec565b6101c0820152613c1b816003613bec565b6101e082015292915050565b5f612d62836002840384613e14565b5f80808080805b6080811015613d3e578115613c7157613c57848484613e35565b91955093509150613c69848484613e35565b919550935091505b600c60fc89901c1660fe88901c17898160108110613c9157613c916149c4565b60200201516040015115613d2a57825f03613d0057898160108110613cb857613cb86149c4565b6020020151518a8260108110613cd057613cd06149c4565b6020020151602001518b8360108110613ceb57613ceb6149c4565b60200201516040015191965094509250613d2a565b613d228a8260108110613d1557613d156149c4565b6020020151868686613ed9565b919650945092505b50600297881b979690961b95600101613c3d565b50613d4a838383614026565b945094505050505b935093915050565b613d7b60405180606001604052805f81526020015f81526020015f81525090565b5f5f5f613d94855f015186602001518760400151613e35565b6040805160608101825293845260208401929092529082015295945050505050565b613dd760405180606001604052805f81526020015f81526020015f81525090565b5f5f5f613df186865f015187602001518860400151613ed9565b604080516060810182529384526020840192909252908201529695505050505050565b5f5f5f613e22868686614085565b9150915081610eb357610eb360126140d7565b5f5f5f7fffffffff00000001000000000000000000000000ffffffffffffffffffffffff80868709818687098283848384097fffffffff00000001000000000000000000000000fffffffffffffffffffffffc0984858c8d096003090890508283838b09600409838482600209850385848509089650838485858609600809850385868a880385088509089550505050808186880960020991505093509350939050565b5f5f5f7fffffffff00000001000000000000000000000000ffffffffffffffffffffffff604088015181818209828388858a8b090960208c0151098381850385868686098c090884858a8b098d51098581870387868f0908935081158415168015613f4b5760018114613f9157614015565b868586098788898386096002098903898a848a098b038b88890908089a5087888983890987098903898a8e8c038c8689090887090899505086878c880986099750614015565b8c8c8c898283098a8283098b8c8d8384097fffffffff00000001000000000000000000000000fffffffffffffffffffffffc098d8e8889096003090890508b8c83870960040994508b8c866002098d038d838409089e508b8c8384096008098c0391508b8f8d03860894508b828d878409089d505050898a8284096002099a505050505b505050505050509450945094915050565b5f5f825f0361403957505f905080613d52565b7fffffffff00000001000000000000000000000000ffffffffffffffffffffffff5f6140658583613c27565b905081818209828189099450828383830988099350505050935093915050565b5f5f825f0361409857505f905080613d52565b60405160208152602080820152602060408201528560608201528460808201528360a082015260205f60c08360055afa9250505f519050935093915050565b634e487b715f52806020526024601cfd5b6040518061020001604052806010905b61411960405180606001604052805f81526020015f81526020015f81525090565b8152602001906001900390816140f85790505090565b5f8151808452602084019350602083015f5b828110156141685781516001600160a01b0316865260209586019590910190600101614141565b5093949350505050565b604081525f614184604083018561412f565b905060ff831660208301529392505050565b5f602082840312156141a6575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114612d62575f5ffd5b5f602082840312156141e5575f5ffd5b5035919050565b5f61014082840312156141fd575f5ffd5b50919050565b5f60208284031215614213575f5ffd5b813567ffffffffffffffff811115614229575f5ffd5b611861848285016141ec565b80356001600160a01b038116811461424b575f5ffd5b919050565b5f5f60408385031215614261575f5ffd5b8235915061427160208401614235565b90509250929050565b5f5f83601f84011261428a575f5ffd5b50813567ffffffffffffffff8111156142a1575f5ffd5b6020830191508360208260051b85010111156142bb575f5ffd5b9250929050565b803560ff8116811461424b575f5ffd5b5f5f5f604084860312156142e4575f5ffd5b833567ffffffffffffffff8111156142fa575f5ffd5b6143068682870161427a565b90945092506143199050602085016142c2565b90509250925092565b5f60208284031215614332575f5ffd5b612d6282614235565b602081525f82518060208401528060208501604085015e5f6040828501015260407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505092915050565b5f6020828403121561439e575f5ffd5b813565ffffffffffff81168114612d62575f5ffd5b5f5f5f5f608085870312156143c6575f5ffd5b843567ffffffffffffffff8111156143dc575f5ffd5b6143e8878288016141ec565b945050602085013592506143fe60408601614235565b9396929550929360600135925050565b5f5f5f5f5f60808688031215614422575f5ffd5b853567ffffffffffffffff811115614438575f5ffd5b614444888289016141ec565b9550506020860135935060408601359250606086013567ffffffffffffffff81111561446e575f5ffd5b61447a8882890161427a565b969995985093965092949392505050565b5f5f5f5f5f60a0868803121561449f575f5ffd5b853594506144af60208701614235565b93506144bd604087016142c2565b925060608601359150608086013580151581146144d8575f5ffd5b809150509295509295909350565b5f5f83601f8401126144f6575f5ffd5b50813567ffffffffffffffff81111561450d575f5ffd5b6020830191508360208285010111156142bb575f5ffd5b5f5f5f5f60608587031215614537575f5ffd5b61454085614235565b935060208501359250604085013567ffffffffffffffff811115614562575f5ffd5b61456e878288016144e6565b95989497509550505050565b5f5f6040838503121561458b575f5ffd5b50508035926020909101359150565b5f5f602083850312156145ab575f5ffd5b823567ffffffffffffffff8111156145c1575f5ffd5b6145cd858286016144e6565b90969095509350505050565b5f5f5f606084860312156145eb575f5ffd5b833592506145fb60208501614235565b929592945050506040919091013590565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f826146745761467461460c565b500490565b600181811c9082168061468d57607f821691505b6020821081036141fd577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b5f602082840312156146d4575f5ffd5b5051919050565b818103818111156109f9576109f9614639565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b838152604060208201525f610eb36040830184866146ee565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f5b828110156113ff575f8282015560010161477d565b601f8211156113ff57828211156113ff57805f5260205f20601f840160051c60208510156147bd57505f5b610fbf81601f860160051c0382840161477b565b67ffffffffffffffff8311156147e9576147e961474e565b6147fd836147f78354614679565b83614792565b5f601f84116001811461484d575f85156148175750838201355b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b1c1916600186901b178355610fbf565b5f838152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08716915b8281101561489a578685013582556020948501946001909201910161487a565b50868210156148d5577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88860031b161c19848701351681555b505060018560011b0183555050505050565b602081525f6118616020830184866146ee565b5f6020828403121561490a575f5ffd5b813563ffffffff81168114612d62575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112614950575f5ffd5b83018035915067ffffffffffffffff82111561496a575f5ffd5b6020019150368190038213156142bb575f5ffd5b818382375f9101908152919050565b80820281158282048414176109f9576109f9614639565b67ffffffffffffffff81811683821601908111156109f9576109f9614639565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b815167ffffffffffffffff811115614a0b57614a0b61474e565b68010000000000000000811115614a2457614a2461474e565b815481835580821015614a4857825f528160205f2001614a468383038261477b565b505b5060208301825f5260205f205f5b83811015610ffd5782516001600160a01b031682820155602090920191600101614a56565b606081525f614a8d606083018661412f565b905060ff8416602083015267ffffffffffffffff83166040830152949350505050565b65ffffffffffff81811683821601908111156109f9576109f9614639565b80357fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008116906014841015614b2d577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505b5092915050565b65ffffffffffff82811682821603908111156109f9576109f9614639565b5f5f85851115614b60575f5ffd5b83861115614b6c575f5ffd5b5050820193919092039150565b803560208310156109f9577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b808201808211156109f9576109f9614639565b5f82614bd657614bd661460c565b50069056fea2646970667358221220cefd9087129fdcf7b63bed4c935eae5cad46e39e53aecad83bbaf09c8930c43064736f6c63430008250033608060405234801561000f575f5ffd5b5060405161226938038061226983398101604081905261002e916102f6565b6100385f3061017b565b506001600160a01b03811615610054576100525f8261017b565b505b5f5b83518110156100e8576100a87fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc185838151811061009557610095610375565b602002602001015161017b60201b60201c565b506100df7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f78385838151811061009557610095610375565b50600101610056565b505f5b82518110156101335761012a7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e6384838151811061009557610095610375565b506001016100eb565b506002849055604080515f8152602081018690527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150505050610389565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661021b575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101d33390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161021e565b505f5b92915050565b634e487b7160e01b5f52604160045260245ffd5b80516001600160a01b038116811461024e575f5ffd5b919050565b5f82601f830112610262575f5ffd5b81516001600160401b0381111561027b5761027b610224565b604051600582901b90603f8201601f191681016001600160401b03811182821017156102a9576102a9610224565b6040529182526020818501810192908101868411156102c6575f5ffd5b6020860192505b838310156102ec576102de83610238565b8152602092830192016102cd565b5095945050505050565b5f5f5f5f60808587031215610309575f5ffd5b845160208601519094506001600160401b03811115610326575f5ffd5b61033287828801610253565b604087015190945090506001600160401b0381111561034f575f5ffd5b61035b87828801610253565b92505061036a60608601610238565b905092959194509250565b634e487b7160e01b5f52603260045260245ffd5b611ed3806103965f395ff3fe6080604052600436106101b2575f3560e01c80638065657f116100e7578063bc197c8111610087578063d547741f11610062578063d547741f146105c0578063e38335e5146105df578063f23a6e61146105f2578063f27a0c9214610636575f5ffd5b8063bc197c8114610532578063c4d252f514610576578063d45c443514610595575f5ffd5b806391d14854116100c257806391d148541461047e578063a217fddf146104cd578063b08e51c0146104e0578063b1c5f42714610513575f5ffd5b80638065657f1461040d5780638f2a0bb01461042c5780638f61f4f51461044b575f5ffd5b80632ab0f5291161015257806336568abe1161012d57806336568abe14610384578063584b153e146103a357806364d62353146103c25780637958004c146103e1575f5ffd5b80632ab0f529146103275780632f2ff15d1461034657806331d5075014610365575f5ffd5b8063134008d31161018d578063134008d31461025357806313bc9f2014610266578063150b7a0214610285578063248a9ca3146102f9575f5ffd5b806301d5062a146101bd57806301ffc9a7146101de57806307bd026514610212575f5ffd5b366101b957005b5f5ffd5b3480156101c8575f5ffd5b506101dc6101d73660046114fd565b61064a565b005b3480156101e9575f5ffd5b506101fd6101f836600461156c565b61071e565b60405190151581526020015b60405180910390f35b34801561021d575f5ffd5b506102457fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e6381565b604051908152602001610209565b6101dc6102613660046115ab565b61072e565b348015610271575f5ffd5b506101fd610280366004611612565b610823565b348015610290575f5ffd5b506102c861029f36600461172f565b7f150b7a0200000000000000000000000000000000000000000000000000000000949350505050565b6040517fffffffff000000000000000000000000000000000000000000000000000000009091168152602001610209565b348015610304575f5ffd5b50610245610313366004611612565b5f9081526020819052604090206001015490565b348015610332575f5ffd5b506101fd610341366004611612565b610848565b348015610351575f5ffd5b506101dc610360366004611793565b610850565b348015610370575f5ffd5b506101fd61037f366004611612565b61087a565b34801561038f575f5ffd5b506101dc61039e366004611793565b61089e565b3480156103ae575f5ffd5b506101fd6103bd366004611612565b6108fc565b3480156103cd575f5ffd5b506101dc6103dc366004611612565b610941565b3480156103ec575f5ffd5b506104006103fb366004611612565b6109da565b60405161020991906117ea565b348015610418575f5ffd5b506102456104273660046115ab565b610a22565b348015610437575f5ffd5b506101dc61044636600461186a565b610a60565b348015610456575f5ffd5b506102457fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc181565b348015610489575f5ffd5b506101fd610498366004611793565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b3480156104d8575f5ffd5b506102455f81565b3480156104eb575f5ffd5b506102457ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f78381565b34801561051e575f5ffd5b5061024561052d36600461191f565b610c02565b34801561053d575f5ffd5b506102c861054c366004611a4c565b7fbc197c810000000000000000000000000000000000000000000000000000000095945050505050565b348015610581575f5ffd5b506101dc610590366004611612565b610c46565b3480156105a0575f5ffd5b506102456105af366004611612565b5f9081526001602052604090205490565b3480156105cb575f5ffd5b506101dc6105da366004611793565b610d09565b6101dc6105ed36600461191f565b610d2d565b3480156105fd575f5ffd5b506102c861060c366004611afb565b7ff23a6e610000000000000000000000000000000000000000000000000000000095945050505050565b348015610641575f5ffd5b50600254610245565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc161067481610f07565b5f610683898989898989610a22565b905061068f8184610f14565b5f817f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8b8b8b8b8b8a6040516106ca96959493929190611b96565b60405180910390a3831561071357807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d03878560405161070a91815260200190565b60405180910390a25b505050505050505050565b5f61072882610fd7565b92915050565b5f80527fdae2aa361dfd1ca020a396615627d436107c35eff9fe7738a3512819782d70696020527f5ba6852781629bcdcd4bdaa6de76d786f1c64b16acdac474e55bebc0ea157951547fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e639060ff166107aa576107aa813361102c565b5f6107b9888888888888610a22565b90506107c581856110b5565b6107d18888888861111c565b5f817fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b588a8a8a8a6040516108089493929190611be0565b60405180910390a36108198161119d565b5050505050505050565b5f60025b610830836109da565b6003811115610841576108416117bd565b1492915050565b5f6003610827565b5f8281526020819052604090206001015461086a81610f07565b61087483836111c8565b50505050565b5f80610885836109da565b6003811115610896576108966117bd565b141592915050565b73ffffffffffffffffffffffffffffffffffffffff811633146108ed576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6108f782826112c1565b505050565b5f5f610907836109da565b9050600181600381111561091d5761091d6117bd565b148061093a57506002816003811115610938576109386117bd565b145b9392505050565b33308114610998576040517fe2850c5900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024015b60405180910390fd5b60025460408051918252602082018490527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150600255565b5f81815260016020526040812054805f036109f757505f92915050565b60018103610a085750600392915050565b42811115610a195750600192915050565b50600292915050565b5f868686868686604051602001610a3e96959493929190611b96565b6040516020818303038152906040528051906020012090509695505050505050565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc1610a8a81610f07565b8887141580610a995750888514155b15610ae1576040517fffb03211000000000000000000000000000000000000000000000000000000008152600481018a9052602481018690526044810188905260640161098f565b5f610af28b8b8b8b8b8b8b8b610c02565b9050610afe8184610f14565b5f5b8a811015610bb35780827f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8e8e85818110610b3d57610b3d611c15565b9050602002016020810190610b529190611c42565b8d8d86818110610b6457610b64611c15565b905060200201358c8c87818110610b7d57610b7d611c15565b9050602002810190610b8f9190611c5b565b8c8b604051610ba396959493929190611b96565b60405180910390a3600101610b00565b508315610bf557807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d038785604051610bec91815260200190565b60405180910390a25b5050505050505050505050565b5f8888888888888888604051602001610c22989796959493929190611d91565b60405160208183030381529060405280519060200120905098975050505050505050565b7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f783610c7081610f07565b610c79826108fc565b610cce5781610c88600261137a565b610c92600161137a565b6040517f5ead8eb5000000000000000000000000000000000000000000000000000000008152600481019390935217602482015260440161098f565b5f828152600160205260408082208290555183917fbaa1eb22f2a492ba1a5fea61b8df4d27c6c8b5f3971e63bb58fa14ff72eedb7091a25050565b5f82815260208190526040902060010154610d2381610f07565b61087483836112c1565b5f80527fdae2aa361dfd1ca020a396615627d436107c35eff9fe7738a3512819782d70696020527f5ba6852781629bcdcd4bdaa6de76d786f1c64b16acdac474e55bebc0ea157951547fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e639060ff16610da957610da9813361102c565b8786141580610db85750878414155b15610e00576040517fffb0321100000000000000000000000000000000000000000000000000000000815260048101899052602481018590526044810187905260640161098f565b5f610e118a8a8a8a8a8a8a8a610c02565b9050610e1d81856110b5565b5f5b89811015610ef1575f8b8b83818110610e3a57610e3a611c15565b9050602002016020810190610e4f9190611c42565b90505f8a8a84818110610e6457610e64611c15565b905060200201359050365f8a8a86818110610e8157610e81611c15565b9050602002810190610e939190611c5b565b91509150610ea38484848461111c565b84867fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b5886868686604051610eda9493929190611be0565b60405180910390a350505050806001019050610e1f565b50610efb8161119d565b50505050505050505050565b610f11813361102c565b50565b610f1d8261087a565b15610f675781610f2c5f61137a565b6040517f5ead8eb50000000000000000000000000000000000000000000000000000000081526004810192909252602482015260440161098f565b5f610f7160025490565b905080821015610fb7576040517f54336609000000000000000000000000000000000000000000000000000000008152600481018390526024810182905260440161098f565b610fc18242611e56565b5f93845260016020526040909320929092555050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f4e2312e000000000000000000000000000000000000000000000000000000000148061072857506107288261139c565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff166110b1576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024810183905260440161098f565b5050565b6110be82610823565b6110cd5781610f2c600261137a565b80158015906110e257506110e081610848565b155b156110b1576040517f90a9a6180000000000000000000000000000000000000000000000000000000081526004810182905260240161098f565b5f5f8573ffffffffffffffffffffffffffffffffffffffff16858585604051611146929190611e8e565b5f6040518083038185875af1925050503d805f8114611180576040519150601f19603f3d011682016040523d82523d5f602084013e611185565b606091505b50915091506111948282611432565b50505050505050565b6111a681610823565b6111b55780610f2c600261137a565b5f90815260016020819052604090912055565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff166112ba575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556112583390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610728565b505f610728565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16156112ba575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610728565b5f81600381111561138d5761138d6117bd565b600160ff919091161b92915050565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061072857507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff00000000000000000000000000000000000000000000000000000000831614610728565b60608215611441575080610728565b8151156114565761145182611488565b610728565b6040517fd6bda27500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b805160208201fd5b803573ffffffffffffffffffffffffffffffffffffffff811681146114b3575f5ffd5b919050565b5f5f83601f8401126114c8575f5ffd5b50813567ffffffffffffffff8111156114df575f5ffd5b6020830191508360208285010111156114f6575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215611513575f5ffd5b61151c88611490565b965060208801359550604088013567ffffffffffffffff81111561153e575f5ffd5b61154a8a828b016114b8565b989b979a50986060810135976080820135975060a09091013595509350505050565b5f6020828403121561157c575f5ffd5b81357fffffffff000000000000000000000000000000000000000000000000000000008116811461093a575f5ffd5b5f5f5f5f5f5f60a087890312156115c0575f5ffd5b6115c987611490565b955060208701359450604087013567ffffffffffffffff8111156115eb575f5ffd5b6115f789828a016114b8565b979a9699509760608101359660809091013595509350505050565b5f60208284031215611622575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604051601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016810167ffffffffffffffff8111828210171561169d5761169d611629565b604052919050565b5f82601f8301126116b4575f5ffd5b813567ffffffffffffffff8111156116ce576116ce611629565b6116ff60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f84011601611656565b818152846020838601011115611713575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f60808587031215611742575f5ffd5b61174b85611490565b935061175960208601611490565b925060408501359150606085013567ffffffffffffffff81111561177b575f5ffd5b611787878288016116a5565b91505092959194509250565b5f5f604083850312156117a4575f5ffd5b823591506117b460208401611490565b90509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b6020810160048310611823577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b91905290565b5f5f83601f840112611839575f5ffd5b50813567ffffffffffffffff811115611850575f5ffd5b6020830191508360208260051b85010111156114f6575f5ffd5b5f5f5f5f5f5f5f5f5f60c08a8c031215611882575f5ffd5b893567ffffffffffffffff811115611898575f5ffd5b6118a48c828d01611829565b909a5098505060208a013567ffffffffffffffff8111156118c3575f5ffd5b6118cf8c828d01611829565b90985096505060408a013567ffffffffffffffff8111156118ee575f5ffd5b6118fa8c828d01611829565b9a9d999c50979a969997986060880135976080810135975060a0013595509350505050565b5f5f5f5f5f5f5f5f60a0898b031215611936575f5ffd5b883567ffffffffffffffff81111561194c575f5ffd5b6119588b828c01611829565b909950975050602089013567ffffffffffffffff811115611977575f5ffd5b6119838b828c01611829565b909750955050604089013567ffffffffffffffff8111156119a2575f5ffd5b6119ae8b828c01611829565b999c989b509699959896976060870135966080013595509350505050565b5f82601f8301126119db575f5ffd5b813567ffffffffffffffff8111156119f5576119f5611629565b8060051b611a0560208201611656565b91825260208185018101929081019086841115611a20575f5ffd5b6020860192505b83831015611a42578235825260209283019290910190611a27565b9695505050505050565b5f5f5f5f5f60a08688031215611a60575f5ffd5b611a6986611490565b9450611a7760208701611490565b9350604086013567ffffffffffffffff811115611a92575f5ffd5b611a9e888289016119cc565b935050606086013567ffffffffffffffff811115611aba575f5ffd5b611ac6888289016119cc565b925050608086013567ffffffffffffffff811115611ae2575f5ffd5b611aee888289016116a5565b9150509295509295909350565b5f5f5f5f5f60a08688031215611b0f575f5ffd5b611b1886611490565b9450611b2660208701611490565b93506040860135925060608601359150608086013567ffffffffffffffff811115611ae2575f5ffd5b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b73ffffffffffffffffffffffffffffffffffffffff8716815285602082015260a060408201525f611bcb60a083018688611b4f565b60608301949094525060800152949350505050565b73ffffffffffffffffffffffffffffffffffffffff85168152836020820152606060408201525f611a42606083018486611b4f565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f60208284031215611c52575f5ffd5b61093a82611490565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112611c8e575f5ffd5b83018035915067ffffffffffffffff821115611ca8575f5ffd5b6020019150368190038213156114f6575f5ffd5b5f8383855260208501945060208460051b820101835f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1863603015b87821015611d84577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08585030189528235818112611d34575f5ffd5b870160208101903567ffffffffffffffff811115611d50575f5ffd5b803603821315611d5e575f5ffd5b611d69868284611b4f565b95505050602083019250602089019850600182019150611cf8565b5091979650505050505050565b60a080825281018890525f8960c08301825b8b811015611dde5773ffffffffffffffffffffffffffffffffffffffff611dc984611490565b16825260209283019290910190600101611da3565b5083810360208501528881527f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff891115611e16575f5ffd5b8860051b9150818a60208301370182810360209081016040850152611e3e9082018789611cbc565b60608401959095525050608001529695505050505050565b80820180821115610728577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b818382375f910190815291905056fea26469706673582212204fe9a3e4b125cefb922f0598e3c3099d66c6af61c21f5322bad41f65c94a8adc64736f6c63430008250033",
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
// Solidity: constructor((uint256,address[],address[],address[],uint48) gov, bytes32 signerQx_, bytes32 signerQy_, address[] watchers_, uint8 threshold_, uint8 minWatchers_, bytes32 routesHash_, (bytes32,address,uint8,uint256,bool)[] routes_) returns()
func (bridge *Bridge) PackConstructor(gov BridgeGovernance, signerQx_ [32]byte, signerQy_ [32]byte, watchers_ []common.Address, threshold_ uint8, minWatchers_ uint8, routesHash_ [32]byte, routes_ []BridgeInitialRoute) []byte {
	enc, err := bridge.abi.Pack("", gov, signerQx_, signerQy_, watchers_, threshold_, minWatchers_, routesHash_, routes_)
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

// PackAcceptDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcefc1429.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptDefaultAdminTransfer() returns()
func (bridge *Bridge) PackAcceptDefaultAdminTransfer() []byte {
	enc, err := bridge.abi.Pack("acceptDefaultAdminTransfer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcefc1429.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptDefaultAdminTransfer() returns()
func (bridge *Bridge) TryPackAcceptDefaultAdminTransfer() ([]byte, error) {
	return bridge.abi.Pack("acceptDefaultAdminTransfer")
}

// PackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (bridge *Bridge) PackBeginDefaultAdminTransfer(newAdmin common.Address) []byte {
	enc, err := bridge.abi.Pack("beginDefaultAdminTransfer", newAdmin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (bridge *Bridge) TryPackBeginDefaultAdminTransfer(newAdmin common.Address) ([]byte, error) {
	return bridge.abi.Pack("beginDefaultAdminTransfer", newAdmin)
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

// PackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (bridge *Bridge) PackCancelDefaultAdminTransfer() []byte {
	enc, err := bridge.abi.Pack("cancelDefaultAdminTransfer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (bridge *Bridge) TryPackCancelDefaultAdminTransfer() ([]byte, error) {
	return bridge.abi.Pack("cancelDefaultAdminTransfer")
}

// PackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (bridge *Bridge) PackChangeDefaultAdminDelay(newDelay *big.Int) []byte {
	enc, err := bridge.abi.Pack("changeDefaultAdminDelay", newDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (bridge *Bridge) TryPackChangeDefaultAdminDelay(newDelay *big.Int) ([]byte, error) {
	return bridge.abi.Pack("changeDefaultAdminDelay", newDelay)
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

// PackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdmin() view returns(address)
func (bridge *Bridge) PackDefaultAdmin() []byte {
	enc, err := bridge.abi.Pack("defaultAdmin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultAdmin() view returns(address)
func (bridge *Bridge) TryPackDefaultAdmin() ([]byte, error) {
	return bridge.abi.Pack("defaultAdmin")
}

// UnpackDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84ef8ffc.
//
// Solidity: function defaultAdmin() view returns(address)
func (bridge *Bridge) UnpackDefaultAdmin(data []byte) (common.Address, error) {
	out, err := bridge.abi.Unpack("defaultAdmin", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc8463c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (bridge *Bridge) PackDefaultAdminDelay() []byte {
	enc, err := bridge.abi.Pack("defaultAdminDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc8463c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (bridge *Bridge) TryPackDefaultAdminDelay() ([]byte, error) {
	return bridge.abi.Pack("defaultAdminDelay")
}

// UnpackDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc8463c8.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (bridge *Bridge) UnpackDefaultAdminDelay(data []byte) (*big.Int, error) {
	out, err := bridge.abi.Unpack("defaultAdminDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDefaultAdminDelayIncreaseWait is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x022d63fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (bridge *Bridge) PackDefaultAdminDelayIncreaseWait() []byte {
	enc, err := bridge.abi.Pack("defaultAdminDelayIncreaseWait")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultAdminDelayIncreaseWait is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x022d63fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (bridge *Bridge) TryPackDefaultAdminDelayIncreaseWait() ([]byte, error) {
	return bridge.abi.Pack("defaultAdminDelayIncreaseWait")
}

// UnpackDefaultAdminDelayIncreaseWait is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x022d63fb.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (bridge *Bridge) UnpackDefaultAdminDelayIncreaseWait(data []byte) (*big.Int, error) {
	out, err := bridge.abi.Unpack("defaultAdminDelayIncreaseWait", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackMinWatchers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2d79f0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minWatchers() view returns(uint8)
func (bridge *Bridge) PackMinWatchers() []byte {
	enc, err := bridge.abi.Pack("minWatchers")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinWatchers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2d79f0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minWatchers() view returns(uint8)
func (bridge *Bridge) TryPackMinWatchers() ([]byte, error) {
	return bridge.abi.Pack("minWatchers")
}

// UnpackMinWatchers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2d79f0e.
//
// Solidity: function minWatchers() view returns(uint8)
func (bridge *Bridge) UnpackMinWatchers(data []byte) (uint8, error) {
	out, err := bridge.abi.Unpack("minWatchers", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
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

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (bridge *Bridge) PackOwner() []byte {
	enc, err := bridge.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (bridge *Bridge) TryPackOwner() ([]byte, error) {
	return bridge.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (bridge *Bridge) UnpackOwner(data []byte) (common.Address, error) {
	out, err := bridge.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
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

// PackPendingDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf6eefb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (bridge *Bridge) PackPendingDefaultAdmin() []byte {
	enc, err := bridge.abi.Pack("pendingDefaultAdmin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf6eefb7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (bridge *Bridge) TryPackPendingDefaultAdmin() ([]byte, error) {
	return bridge.abi.Pack("pendingDefaultAdmin")
}

// PendingDefaultAdminOutput serves as a container for the return parameters of contract
// method PendingDefaultAdmin.
type PendingDefaultAdminOutput struct {
	NewAdmin common.Address
	Schedule *big.Int
}

// UnpackPendingDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf6eefb7.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (bridge *Bridge) UnpackPendingDefaultAdmin(data []byte) (PendingDefaultAdminOutput, error) {
	out, err := bridge.abi.Unpack("pendingDefaultAdmin", data)
	outstruct := new(PendingDefaultAdminOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewAdmin = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPendingDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1eda53c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingDefaultAdminDelay() view returns(uint48 newDelay, uint48 schedule)
func (bridge *Bridge) PackPendingDefaultAdminDelay() []byte {
	enc, err := bridge.abi.Pack("pendingDefaultAdminDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1eda53c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingDefaultAdminDelay() view returns(uint48 newDelay, uint48 schedule)
func (bridge *Bridge) TryPackPendingDefaultAdminDelay() ([]byte, error) {
	return bridge.abi.Pack("pendingDefaultAdminDelay")
}

// PendingDefaultAdminDelayOutput serves as a container for the return parameters of contract
// method PendingDefaultAdminDelay.
type PendingDefaultAdminDelayOutput struct {
	NewDelay *big.Int
	Schedule *big.Int
}

// UnpackPendingDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1eda53c.
//
// Solidity: function pendingDefaultAdminDelay() view returns(uint48 newDelay, uint48 schedule)
func (bridge *Bridge) UnpackPendingDefaultAdminDelay(data []byte) (PendingDefaultAdminDelayOutput, error) {
	out, err := bridge.abi.Unpack("pendingDefaultAdminDelay", data)
	outstruct := new(PendingDefaultAdminDelayOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewDelay = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
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
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (bridge *Bridge) PackRenounceRole(role [32]byte, account common.Address) []byte {
	enc, err := bridge.abi.Pack("renounceRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (bridge *Bridge) TryPackRenounceRole(role [32]byte, account common.Address) ([]byte, error) {
	return bridge.abi.Pack("renounceRole", role, account)
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

// PackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (bridge *Bridge) PackRollbackDefaultAdminDelay() []byte {
	enc, err := bridge.abi.Pack("rollbackDefaultAdminDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (bridge *Bridge) TryPackRollbackDefaultAdminDelay() ([]byte, error) {
	return bridge.abi.Pack("rollbackDefaultAdminDelay")
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

// PackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timelock() view returns(address)
func (bridge *Bridge) PackTimelock() []byte {
	enc, err := bridge.abi.Pack("timelock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timelock() view returns(address)
func (bridge *Bridge) TryPackTimelock() ([]byte, error) {
	return bridge.abi.Pack("timelock")
}

// UnpackTimelock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd33219b4.
//
// Solidity: function timelock() view returns(address)
func (bridge *Bridge) UnpackTimelock(data []byte) (common.Address, error) {
	out, err := bridge.abi.Unpack("timelock", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
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

// BridgeDefaultAdminDelayChangeCanceled represents a DefaultAdminDelayChangeCanceled event raised by the Bridge contract.
type BridgeDefaultAdminDelayChangeCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const BridgeDefaultAdminDelayChangeCanceledEventName = "DefaultAdminDelayChangeCanceled"

// ContractEventName returns the user-defined event name.
func (BridgeDefaultAdminDelayChangeCanceled) ContractEventName() string {
	return BridgeDefaultAdminDelayChangeCanceledEventName
}

// UnpackDefaultAdminDelayChangeCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeCanceled()
func (bridge *Bridge) UnpackDefaultAdminDelayChangeCanceledEvent(log *types.Log) (*BridgeDefaultAdminDelayChangeCanceled, error) {
	event := "DefaultAdminDelayChangeCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeDefaultAdminDelayChangeCanceled)
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

// BridgeDefaultAdminDelayChangeScheduled represents a DefaultAdminDelayChangeScheduled event raised by the Bridge contract.
type BridgeDefaultAdminDelayChangeScheduled struct {
	NewDelay       *big.Int
	EffectSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const BridgeDefaultAdminDelayChangeScheduledEventName = "DefaultAdminDelayChangeScheduled"

// ContractEventName returns the user-defined event name.
func (BridgeDefaultAdminDelayChangeScheduled) ContractEventName() string {
	return BridgeDefaultAdminDelayChangeScheduledEventName
}

// UnpackDefaultAdminDelayChangeScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule)
func (bridge *Bridge) UnpackDefaultAdminDelayChangeScheduledEvent(log *types.Log) (*BridgeDefaultAdminDelayChangeScheduled, error) {
	event := "DefaultAdminDelayChangeScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeDefaultAdminDelayChangeScheduled)
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

// BridgeDefaultAdminTransferCanceled represents a DefaultAdminTransferCanceled event raised by the Bridge contract.
type BridgeDefaultAdminTransferCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const BridgeDefaultAdminTransferCanceledEventName = "DefaultAdminTransferCanceled"

// ContractEventName returns the user-defined event name.
func (BridgeDefaultAdminTransferCanceled) ContractEventName() string {
	return BridgeDefaultAdminTransferCanceledEventName
}

// UnpackDefaultAdminTransferCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferCanceled()
func (bridge *Bridge) UnpackDefaultAdminTransferCanceledEvent(log *types.Log) (*BridgeDefaultAdminTransferCanceled, error) {
	event := "DefaultAdminTransferCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeDefaultAdminTransferCanceled)
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

// BridgeDefaultAdminTransferScheduled represents a DefaultAdminTransferScheduled event raised by the Bridge contract.
type BridgeDefaultAdminTransferScheduled struct {
	NewAdmin       common.Address
	AcceptSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const BridgeDefaultAdminTransferScheduledEventName = "DefaultAdminTransferScheduled"

// ContractEventName returns the user-defined event name.
func (BridgeDefaultAdminTransferScheduled) ContractEventName() string {
	return BridgeDefaultAdminTransferScheduledEventName
}

// UnpackDefaultAdminTransferScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule)
func (bridge *Bridge) UnpackDefaultAdminTransferScheduledEvent(log *types.Log) (*BridgeDefaultAdminTransferScheduled, error) {
	event := "DefaultAdminTransferScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != bridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BridgeDefaultAdminTransferScheduled)
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
	if bytes.Equal(raw[:4], bridge.abi.Errors["AccessControlEnforcedDefaultAdminDelay"].ID.Bytes()[:4]) {
		return bridge.UnpackAccessControlEnforcedDefaultAdminDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["AccessControlEnforcedDefaultAdminRules"].ID.Bytes()[:4]) {
		return bridge.UnpackAccessControlEnforcedDefaultAdminRulesError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["AccessControlInvalidDefaultAdmin"].ID.Bytes()[:4]) {
		return bridge.UnpackAccessControlInvalidDefaultAdminError(raw[4:])
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
	if bytes.Equal(raw[:4], bridge.abi.Errors["InvalidGovernance"].ID.Bytes()[:4]) {
		return bridge.UnpackInvalidGovernanceError(raw[4:])
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
	if bytes.Equal(raw[:4], bridge.abi.Errors["ReceivedMoreThanSent"].ID.Bytes()[:4]) {
		return bridge.UnpackReceivedMoreThanSentError(raw[4:])
	}
	if bytes.Equal(raw[:4], bridge.abi.Errors["RecipientIsBridge"].ID.Bytes()[:4]) {
		return bridge.UnpackRecipientIsBridgeError(raw[4:])
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
	if bytes.Equal(raw[:4], bridge.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return bridge.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
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
	if bytes.Equal(raw[:4], bridge.abi.Errors["TooFewWatchers"].ID.Bytes()[:4]) {
		return bridge.UnpackTooFewWatchersError(raw[4:])
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

// BridgeAccessControlEnforcedDefaultAdminDelay represents a AccessControlEnforcedDefaultAdminDelay error raised by the Bridge contract.
type BridgeAccessControlEnforcedDefaultAdminDelay struct {
	Schedule *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func BridgeAccessControlEnforcedDefaultAdminDelayErrorID() common.Hash {
	return common.HexToHash("0x19ca5ebb8fb33f00e502c9392eddab1501674629178bf69b853cf037aaf4bb5d")
}

// UnpackAccessControlEnforcedDefaultAdminDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func (bridge *Bridge) UnpackAccessControlEnforcedDefaultAdminDelayError(raw []byte) (*BridgeAccessControlEnforcedDefaultAdminDelay, error) {
	out := new(BridgeAccessControlEnforcedDefaultAdminDelay)
	if err := bridge.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeAccessControlEnforcedDefaultAdminRules represents a AccessControlEnforcedDefaultAdminRules error raised by the Bridge contract.
type BridgeAccessControlEnforcedDefaultAdminRules struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func BridgeAccessControlEnforcedDefaultAdminRulesErrorID() common.Hash {
	return common.HexToHash("0x3fc3c27ae3db78c81b8f6e685172134623efa268ee8cd8d54be38ad2a74fc13b")
}

// UnpackAccessControlEnforcedDefaultAdminRulesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func (bridge *Bridge) UnpackAccessControlEnforcedDefaultAdminRulesError(raw []byte) (*BridgeAccessControlEnforcedDefaultAdminRules, error) {
	out := new(BridgeAccessControlEnforcedDefaultAdminRules)
	if err := bridge.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminRules", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeAccessControlInvalidDefaultAdmin represents a AccessControlInvalidDefaultAdmin error raised by the Bridge contract.
type BridgeAccessControlInvalidDefaultAdmin struct {
	DefaultAdmin common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func BridgeAccessControlInvalidDefaultAdminErrorID() common.Hash {
	return common.HexToHash("0xc22c8022f2a840d6b6a9f113407715f5bbd4e88c1b0dd9434dc00700ba609ed4")
}

// UnpackAccessControlInvalidDefaultAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func (bridge *Bridge) UnpackAccessControlInvalidDefaultAdminError(raw []byte) (*BridgeAccessControlInvalidDefaultAdmin, error) {
	out := new(BridgeAccessControlInvalidDefaultAdmin)
	if err := bridge.abi.UnpackIntoInterface(out, "AccessControlInvalidDefaultAdmin", raw); err != nil {
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

// BridgeInvalidGovernance represents a InvalidGovernance error raised by the Bridge contract.
type BridgeInvalidGovernance struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidGovernance()
func BridgeInvalidGovernanceErrorID() common.Hash {
	return common.HexToHash("0x0063186cd421854c40792b6002ebbfdb1a29a4aa920e53ecd05b2b1d605a0016")
}

// UnpackInvalidGovernanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidGovernance()
func (bridge *Bridge) UnpackInvalidGovernanceError(raw []byte) (*BridgeInvalidGovernance, error) {
	out := new(BridgeInvalidGovernance)
	if err := bridge.abi.UnpackIntoInterface(out, "InvalidGovernance", raw); err != nil {
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

// BridgeReceivedMoreThanSent represents a ReceivedMoreThanSent error raised by the Bridge contract.
type BridgeReceivedMoreThanSent struct {
	Received *big.Int
	Amount   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceivedMoreThanSent(uint256 received, uint256 amount)
func BridgeReceivedMoreThanSentErrorID() common.Hash {
	return common.HexToHash("0x59542aa581bbe02563c50e54e4191498a274e5849a48d1ace21d3c384e277291")
}

// UnpackReceivedMoreThanSentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceivedMoreThanSent(uint256 received, uint256 amount)
func (bridge *Bridge) UnpackReceivedMoreThanSentError(raw []byte) (*BridgeReceivedMoreThanSent, error) {
	out := new(BridgeReceivedMoreThanSent)
	if err := bridge.abi.UnpackIntoInterface(out, "ReceivedMoreThanSent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BridgeRecipientIsBridge represents a RecipientIsBridge error raised by the Bridge contract.
type BridgeRecipientIsBridge struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecipientIsBridge()
func BridgeRecipientIsBridgeErrorID() common.Hash {
	return common.HexToHash("0x300de99bbf7da15e5118ac4a380b266417d04834bf11d380fbf5080fda27d2a9")
}

// UnpackRecipientIsBridgeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecipientIsBridge()
func (bridge *Bridge) UnpackRecipientIsBridgeError(raw []byte) (*BridgeRecipientIsBridge, error) {
	out := new(BridgeRecipientIsBridge)
	if err := bridge.abi.UnpackIntoInterface(out, "RecipientIsBridge", raw); err != nil {
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

// BridgeSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the Bridge contract.
type BridgeSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func BridgeSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (bridge *Bridge) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*BridgeSafeCastOverflowedUintDowncast, error) {
	out := new(BridgeSafeCastOverflowedUintDowncast)
	if err := bridge.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
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

// BridgeTooFewWatchers represents a TooFewWatchers error raised by the Bridge contract.
type BridgeTooFewWatchers struct {
	Watchers *big.Int
	Minimum  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooFewWatchers(uint256 watchers, uint256 minimum)
func BridgeTooFewWatchersErrorID() common.Hash {
	return common.HexToHash("0x1f4b0f398b5fa20d55c4d4d13dac87063003d21fd5695799e0eeef961dba7891")
}

// UnpackTooFewWatchersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooFewWatchers(uint256 watchers, uint256 minimum)
func (bridge *Bridge) UnpackTooFewWatchersError(raw []byte) (*BridgeTooFewWatchers, error) {
	out := new(BridgeTooFewWatchers)
	if err := bridge.abi.UnpackIntoInterface(out, "TooFewWatchers", raw); err != nil {
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
