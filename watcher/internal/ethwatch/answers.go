package ethwatch

import (
	"encoding/json"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// The node's answers, decoded strictly: every field we use must be present with the right JSON
// type and hex form (hexutil refuses numbers where quoted hex belongs, missing 0x, odd lengths).
// Fields are pointers so that a missing one is told apart from a zero one.

// header is the part of eth_getBlockByNumber's answer we use.
type header struct {
	Number     *hexutil.Uint64 `json:"number"`
	Hash       *common.Hash    `json:"hash"`
	ParentHash *common.Hash    `json:"parentHash"`
}

func decodeHeader(raw json.RawMessage) (blockHeader, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return blockHeader{}, answerError("block not found (null)")
	}
	var h header
	if err := json.Unmarshal(raw, &h); err != nil {
		return blockHeader{}, answerError("block: %v", err)
	}
	switch {
	case h.Number == nil:
		return blockHeader{}, answerError("block: missing number")
	case h.Hash == nil:
		return blockHeader{}, answerError("block: missing hash")
	case h.ParentHash == nil:
		return blockHeader{}, answerError("block: missing parentHash")
	case *h.Hash == (common.Hash{}):
		return blockHeader{}, answerError("block: zero hash")
	}
	return blockHeader{Number: uint64(*h.Number), Hash: *h.Hash, Parent: *h.ParentHash}, nil
}

type blockHeader struct {
	Number uint64
	Hash   common.Hash
	Parent common.Hash
}

// rpcLog is one entry of eth_getLogs.
type rpcLog struct {
	Address     *common.Address `json:"address"`
	Topics      *[]common.Hash  `json:"topics"`
	Data        *hexutil.Bytes  `json:"data"`
	BlockNumber *hexutil.Uint64 `json:"blockNumber"`
	BlockHash   *common.Hash    `json:"blockHash"`
	TxHash      *common.Hash    `json:"transactionHash"`
	TxIndex     *hexutil.Uint64 `json:"transactionIndex"`
	Index       *hexutil.Uint64 `json:"logIndex"`
	Removed     *bool           `json:"removed"`
}

// chainLog is a checked log.
type chainLog struct {
	Address common.Address
	Topics  []common.Hash
	Data    []byte
	Block   uint64
	Hash    common.Hash // of the block
	Tx      common.Hash
	TxIndex uint64
	Index   uint32
}

func decodeLogs(raw json.RawMessage) ([]chainLog, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, answerError("eth_getLogs: null result")
	}
	var ls []rpcLog
	if err := json.Unmarshal(raw, &ls); err != nil {
		return nil, answerError("eth_getLogs: %v", err)
	}
	out := make([]chainLog, len(ls))
	for i, l := range ls {
		missing := ""
		switch {
		case l.Address == nil:
			missing = "address"
		case l.Topics == nil:
			missing = "topics"
		case l.Data == nil:
			missing = "data"
		case l.BlockNumber == nil:
			missing = "blockNumber"
		case l.BlockHash == nil:
			missing = "blockHash"
		case l.TxHash == nil:
			missing = "transactionHash"
		case l.TxIndex == nil:
			missing = "transactionIndex"
		case l.Index == nil:
			missing = "logIndex"
		}
		if missing != "" {
			return nil, answerError("eth_getLogs: log %d: missing %s", i, missing)
		}
		if l.Removed != nil && *l.Removed {
			return nil, answerError("eth_getLogs: log %d of tx %s: removed (reorged away)", i, *l.TxHash)
		}
		if uint64(*l.Index) > 1<<32-1 {
			return nil, answerError("eth_getLogs: log %d: logIndex %d out of range", i, uint64(*l.Index))
		}
		out[i] = chainLog{Address: *l.Address, Topics: *l.Topics, Data: *l.Data, Block: uint64(*l.BlockNumber),
			Hash: *l.BlockHash, Tx: *l.TxHash, TxIndex: uint64(*l.TxIndex), Index: uint32(*l.Index)}
	}
	return out, nil
}

// rpcTx is the part of eth_getTransactionByHash's answer we use. To is null for a contract
// creation, so it is decoded by hand to tell null from missing.
type rpcTx struct {
	Hash      *common.Hash    `json:"hash"`
	BlockHash *common.Hash    `json:"blockHash"`
	From      *common.Address `json:"from"`
	To        optAddress      `json:"to"`
	Input     *hexutil.Bytes  `json:"input"`
}

type optAddress struct {
	set  bool
	null bool
	addr common.Address
}

func (a *optAddress) UnmarshalJSON(b []byte) error {
	a.set = true
	if string(b) == "null" {
		a.null = true
		return nil
	}
	return a.addr.UnmarshalJSON(b)
}

// chainTx is a checked transaction.
type chainTx struct {
	Hash  common.Hash
	Block common.Hash
	From  common.Address
	To    *common.Address // nil: contract creation
	Input []byte
}

func decodeTx(raw json.RawMessage) (chainTx, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return chainTx{}, answerError("transaction not found (null)")
	}
	var t rpcTx
	if err := json.Unmarshal(raw, &t); err != nil {
		return chainTx{}, answerError("transaction: %v", err)
	}
	switch {
	case t.Hash == nil:
		return chainTx{}, answerError("transaction: missing hash")
	case t.BlockHash == nil:
		return chainTx{}, answerError("transaction %s: missing blockHash (pending?)", *t.Hash)
	case t.From == nil:
		return chainTx{}, answerError("transaction %s: missing from", *t.Hash)
	case !t.To.set:
		return chainTx{}, answerError("transaction %s: missing to", *t.Hash)
	case t.Input == nil:
		return chainTx{}, answerError("transaction %s: missing input", *t.Hash)
	}
	out := chainTx{Hash: *t.Hash, Block: *t.BlockHash, From: *t.From, Input: *t.Input}
	if !t.To.null {
		to := t.To.addr
		out.To = &to
	}
	return out, nil
}
