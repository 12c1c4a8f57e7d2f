package contracts

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/tokendroplet/droplet/contracts/bindings"
)

// knownErrors are the custom errors of every contract here, by selector.
var knownErrors = func() map[[4]byte]abi.Error {
	m := map[[4]byte]abi.Error{}
	for _, a := range []abi.ABI{bindings.NewBridge().GetABI(), bindings.NewWrappedToken().GetABI(),
		bindings.NewTestToken().GetABI(), bindings.NewFeeToken().GetABI(), bindings.NewTimelockController().GetABI()} {
		for _, e := range a.Errors {
			m[[4]byte(e.ID[:4])] = e
		}
	}
	return m
}()

// DescribeError renders an error of a call, a gas estimate or a transaction sent to a node, with
// a custom error of these contracts decoded as Name(args) where the node returned its data.
func DescribeError(err error) string {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return err.Error()
	}
	s, _ := de.ErrorData().(string)
	data, derr := hexutil.Decode(s)
	if derr != nil || len(data) < 4 {
		return err.Error()
	}
	ae, ok := knownErrors[[4]byte(data[:4])]
	if !ok {
		return fmt.Sprintf("%v (unknown error %x)", err, data)
	}
	args, uerr := ae.Inputs.Unpack(data[4:])
	if uerr != nil {
		return fmt.Sprintf("%s(undecodable %x)", ae.Name, data[4:])
	}
	return fmt.Sprintf("%s(%v)", ae.Name, args)
}
