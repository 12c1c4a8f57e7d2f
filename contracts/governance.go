package contracts

import (
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tokendroplet/droplet/contracts/bindings"
)

var timelockABI = bindings.NewTimelockController()

// Call is one call a timelocked proposal makes when it is executed.
type Call struct {
	Target common.Address
	Data   []byte
}

// Proposal is a batch of calls the timelock makes together, as scheduleBatch takes it. Salt
// tells apart two proposals of the same calls; Predecessor, when set, is a proposal that must
// have executed first.
type Proposal struct {
	Calls       []Call
	Predecessor [32]byte
	Salt        [32]byte
}

func (p Proposal) args() ([]common.Address, []*big.Int, [][]byte, error) {
	if len(p.Calls) == 0 {
		return nil, nil, nil, errors.New("proposal: no calls")
	}
	targets := make([]common.Address, len(p.Calls))
	values := make([]*big.Int, len(p.Calls))
	payloads := make([][]byte, len(p.Calls))
	for i, c := range p.Calls {
		targets[i], values[i], payloads[i] = c.Target, new(big.Int), c.Data
	}
	return targets, values, payloads, nil
}

var operationBatchArgs = func() abi.Arguments {
	mk := func(t string) abi.Argument {
		ty, err := abi.NewType(t, "", nil)
		if err != nil {
			panic(err) // programmer error: the type names below are constants
		}
		return abi.Argument{Type: ty}
	}
	return abi.Arguments{mk("address[]"), mk("uint256[]"), mk("bytes[]"), mk("bytes32"), mk("bytes32")}
}()

// ID is the proposal's operation id, as the timelock's hashOperationBatch computes it.
func (p Proposal) ID() ([32]byte, error) {
	targets, values, payloads, err := p.args()
	if err != nil {
		return [32]byte{}, err
	}
	enc, err := operationBatchArgs.Pack(targets, values, payloads, p.Predecessor, p.Salt)
	if err != nil {
		return [32]byte{}, fmt.Errorf("proposal id: %w", err)
	}
	return crypto.Keccak256Hash(enc), nil
}

// ScheduleData is the calldata a proposer sends to the timelock to schedule p, executable after
// delay (at least the timelock's minimum delay).
func (p Proposal) ScheduleData(delay time.Duration) ([]byte, error) {
	targets, values, payloads, err := p.args()
	if err != nil {
		return nil, err
	}
	if delay < 0 {
		return nil, fmt.Errorf("proposal: negative delay %s", delay)
	}
	return timelockABI.TryPackScheduleBatch(targets, values, payloads, p.Predecessor, p.Salt, big.NewInt(int64(delay/time.Second)))
}

// ExecuteData is the calldata an executor sends to the timelock to execute p once it is ready.
func (p Proposal) ExecuteData() ([]byte, error) {
	targets, values, payloads, err := p.args()
	if err != nil {
		return nil, err
	}
	return timelockABI.TryPackExecuteBatch(targets, values, payloads, p.Predecessor, p.Salt)
}

// CancelData is the calldata a proposer or a pauser sends to the timelock to cancel p while it
// waits.
func (p Proposal) CancelData() ([]byte, error) {
	id, err := p.ID()
	if err != nil {
		return nil, err
	}
	return timelockABI.TryPackCancel(id)
}
