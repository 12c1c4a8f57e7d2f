package mvsdevnet

import (
	"encoding/binary"
	"encoding/hex"

	"github.com/tokendroplet/droplet/internal/mvs"
)

// block is a mined block. The header fields are mvsd's; the header's encoding, and so its hash,
// are the devnet's own (there is no proof of work to check).
type block struct {
	number    uint64
	timestamp uint32
	prev      mvs.Hash
	merkle    mvs.Hash
	hash      mvs.Hash
	txs       []*mvs.Tx
}

const blockVersion = 1

func (b *block) headerBytes() []byte {
	h := make([]byte, 0, 4+32+32+4+4+8+32+4)
	h = binary.LittleEndian.AppendUint32(h, blockVersion)
	h = append(h, b.prev[:]...)
	h = append(h, b.merkle[:]...)
	h = binary.LittleEndian.AppendUint32(h, b.timestamp)
	h = binary.LittleEndian.AppendUint32(h, 1) // bits
	h = binary.LittleEndian.AppendUint64(h, 0) // nonce
	h = append(h, make([]byte, 32)...)         // mix hash
	h = binary.LittleEndian.AppendUint32(h, uint32(b.number))
	return h
}

// raw is the block as getblock prints it with json=false: header, transaction count, transactions.
func (b *block) raw() string {
	r := b.headerBytes()
	r = appendVarInt(r, uint64(len(b.txs)))
	for _, tx := range b.txs {
		r = append(r, tx.Encode()...)
	}
	return hex.EncodeToString(r)
}

func appendVarInt(b []byte, v uint64) []byte {
	switch {
	case v < 0xfd:
		return append(b, byte(v))
	case v <= 0xffff:
		return binary.LittleEndian.AppendUint16(append(b, 0xfd), uint16(v))
	case v <= 0xffffffff:
		return binary.LittleEndian.AppendUint32(append(b, 0xfe), uint32(v))
	default:
		return binary.LittleEndian.AppendUint64(append(b, 0xff), v)
	}
}

// merkleRoot is Bitcoin's merkle root of the transaction hashes (the last one paired with itself
// on odd levels).
func merkleRoot(txs []*mvs.Tx) mvs.Hash {
	level := make([]mvs.Hash, len(txs))
	for i, tx := range txs {
		level[i] = tx.Hash()
	}
	for len(level) > 1 {
		if len(level)%2 == 1 {
			level = append(level, level[len(level)-1])
		}
		next := make([]mvs.Hash, len(level)/2)
		var pair [64]byte
		for i := range next {
			copy(pair[:32], level[2*i][:])
			copy(pair[32:], level[2*i+1][:])
			next[i] = mvs.DoubleSHA256(pair[:])
		}
		level = next
	}
	if len(level) == 0 {
		return mvs.Hash{}
	}
	return level[0]
}

func sealBlock(b *block) {
	b.merkle = merkleRoot(b.txs)
	b.hash = mvs.DoubleSHA256(b.headerBytes())
}

// coinbase builds a block's first transaction. Its script-sig pushes the height, which makes
// every coinbase's hash unique.
func coinbase(height uint64, payTo []byte, value uint64) *mvs.Tx {
	sig := append([]byte{8}, binary.LittleEndian.AppendUint64(nil, height)...)
	return &mvs.Tx{
		Version: mvs.TxVersionFirst,
		Inputs: []mvs.Input{{
			PrevOut:  mvs.OutPoint{Index: 0xffffffff},
			Script:   sig,
			Sequence: mvs.SequenceFinal,
		}},
		Outputs: []mvs.Output{{
			Value:      value,
			Script:     payTo,
			Attachment: mvs.Attachment{Version: mvs.AttachmentVersionCoinbase, Type: mvs.AttachmentETP},
		}},
	}
}

func genesisTx(payTo []byte, value uint64) *mvs.Tx {
	msg := []byte("TokenDroplet Metaverse devnet")
	return &mvs.Tx{
		Version: mvs.TxVersionGenesis,
		Inputs: []mvs.Input{{
			PrevOut: mvs.OutPoint{Index: 0xffffffff},
			Script:  append([]byte{byte(len(msg))}, msg...),
		}},
		Outputs: []mvs.Output{{
			Value:      value,
			Script:     payTo,
			Attachment: mvs.Attachment{Version: mvs.AttachmentVersionCoinbase, Type: mvs.AttachmentETP},
		}},
	}
}

func isNullPoint(p mvs.OutPoint) bool { return p.Index == 0xffffffff && p.Hash == mvs.Hash{} }

// txRecord is a confirmed transaction.
type txRecord struct {
	tx     *mvs.Tx
	height uint64
}

// assetRecord is an issued MST: the issue attachment and the height it was issued at.
type assetRecord struct {
	issue  mvs.Attachment
	height uint64
}

// chain is the confirmed state: blocks, transactions, the UTXO set and the registries of
// avatars and assets, with an index of the outputs paid to each address.
type chain struct {
	net     mvs.Network
	blocks  []*block
	byHash  map[mvs.Hash]uint64
	txs     map[mvs.Hash]txRecord
	unspent map[mvs.OutPoint]struct{}
	history map[string][]mvs.OutPoint // outputs paid to an address, in chain order
	dids    map[string]string         // avatar -> address
	didOf   map[string]string         // address -> avatar
	assets  map[string]assetRecord
}

func newChain(net mvs.Network) *chain {
	return &chain{
		net:     net,
		byHash:  map[mvs.Hash]uint64{},
		txs:     map[mvs.Hash]txRecord{},
		unspent: map[mvs.OutPoint]struct{}{},
		history: map[string][]mvs.OutPoint{},
		dids:    map[string]string{},
		didOf:   map[string]string{},
		assets:  map[string]assetRecord{},
	}
}

func (c *chain) height() uint64 { return uint64(len(c.blocks) - 1) }

func (c *chain) tip() *block { return c.blocks[len(c.blocks)-1] }

// connect appends a block whose transactions have been validated (or are the genesis and
// coinbase transactions, which spend nothing).
func (c *chain) connect(b *block) {
	c.blocks = append(c.blocks, b)
	c.byHash[b.hash] = b.number
	for _, tx := range b.txs {
		h := tx.Hash()
		c.txs[h] = txRecord{tx: tx, height: b.number}
		for _, in := range tx.Inputs {
			delete(c.unspent, in.PrevOut)
		}
		for i := range tx.Outputs {
			out := &tx.Outputs[i]
			op := mvs.OutPoint{Hash: h, Index: uint32(i)}
			c.unspent[op] = struct{}{}
			addr, _ := out.Address(c.net)
			if addr != "" {
				c.history[addr] = append(c.history[addr], op)
			}
			a := &out.Attachment
			switch {
			case a.Type == mvs.AttachmentDID && a.Status == mvs.DIDStatusRegister:
				c.dids[a.Symbol] = a.Address
				c.didOf[a.Address] = a.Symbol
			case a.Type == mvs.AttachmentAsset && a.Status == mvs.AssetStatusIssue:
				c.assets[a.Symbol] = assetRecord{issue: *a, height: b.number}
			}
		}
	}
}

// output returns the output op names, from a confirmed transaction, and its block's height.
func (c *chain) output(op mvs.OutPoint) (*mvs.Output, uint64, bool) {
	rec, ok := c.txs[op.Hash]
	if !ok || int(op.Index) >= len(rec.tx.Outputs) {
		return nil, 0, false
	}
	return &rec.tx.Outputs[op.Index], rec.height, true
}

// pool is the memory pool: accepted transactions in arrival order, with what they spend and
// register, so that validation sees the chain with the pool on top.
type pool struct {
	txs    []*mvs.Tx
	byHash map[mvs.Hash]*mvs.Tx
	spent  map[mvs.OutPoint]mvs.Hash
	dids   map[string]string
	didOf  map[string]string
	assets map[string]mvs.Attachment
	fees   uint64
}

func newPool() *pool {
	return &pool{
		byHash: map[mvs.Hash]*mvs.Tx{},
		spent:  map[mvs.OutPoint]mvs.Hash{},
		dids:   map[string]string{},
		didOf:  map[string]string{},
		assets: map[string]mvs.Attachment{},
	}
}

func (p *pool) add(tx *mvs.Tx, fee uint64) {
	h := tx.Hash()
	p.txs = append(p.txs, tx)
	p.byHash[h] = tx
	p.fees += fee
	for _, in := range tx.Inputs {
		p.spent[in.PrevOut] = h
	}
	for i := range tx.Outputs {
		a := &tx.Outputs[i].Attachment
		switch {
		case a.Type == mvs.AttachmentDID && a.Status == mvs.DIDStatusRegister:
			p.dids[a.Symbol] = a.Address
			p.didOf[a.Address] = a.Symbol
		case a.Type == mvs.AttachmentAsset && a.Status == mvs.AssetStatusIssue:
			p.assets[a.Symbol] = *a
		}
	}
}
