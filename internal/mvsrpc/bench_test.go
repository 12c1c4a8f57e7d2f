package mvsrpc

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/tokendroplet/droplet/internal/mvs"
)

// blockJSON is a getblock result with n transactions shaped like bridge deposits: two inputs;
// an MST to an avatar, the bounty, a memo and change.
func blockJSON(tb testing.TB, n int) []byte {
	tb.Helper()
	script := func(b byte) []byte {
		return mvs.NewP2PKHAddress(mvs.Testnet, [20]byte{b}).Script()
	}
	sig := bytes.Repeat([]byte{0x30}, 72)
	pub := append([]byte{0x02}, bytes.Repeat([]byte{0x11}, 32)...)
	scriptSig := append(append([]byte{byte(len(sig))}, sig...), append([]byte{byte(len(pub))}, pub...)...)
	txs := make([]string, n)
	for i := range txs {
		tx := &mvs.Tx{Version: mvs.TxVersionNova}
		for j := range 2 {
			tx.Inputs = append(tx.Inputs, mvs.Input{PrevOut: mvs.OutPoint{Hash: mvs.Hash{byte(i), byte(i >> 8), byte(j)}, Index: 1}, Script: scriptSig, Sequence: mvs.SequenceFinal})
		}
		tx.Outputs = []mvs.Output{
			{Script: script(1), Attachment: mvs.AssetTransferAttachment("ERC20.EDU", 123400000).WithDIDs("droplet", "")},
			{Value: 100000000, Script: script(2), Attachment: mvs.ETPAttachment()},
			{Script: script(3), Attachment: mvs.MessageAttachment(`{"type":"ETH","address":"0x8bB10939a8a36765a082905d4BfE8680F86eBF95"}`)},
			{Value: 16312295678, Script: script(3), Attachment: mvs.ETPAttachment()},
		}
		j, err := mvs.MarshalTxJSON(tx, mvs.Testnet)
		if err != nil {
			tb.Fatal(err)
		}
		txs[i] = string(j)
	}
	zero := strings.Repeat("0", 64)
	return []byte(fmt.Sprintf(`{"bits":"1","hash":"%s","merkle_tree_hash":"%s","mixhash":"0","nonce":"0","number":7,"previous_block_hash":"%s","timestamp":1700000000,"transaction_count":%d,"transactions":[%s],"version":1}`,
		strings.Repeat("ab", 32), zero, zero, n, strings.Join(txs, ",")))
}

// BenchmarkDecodeBlock measures reading a getblock answer of 200 deposit transactions.
func BenchmarkDecodeBlock(b *testing.B) {
	raw := blockJSON(b, 200)
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		blk, err := decodeBlock(raw)
		if err != nil || len(blk.Transactions) != 200 {
			b.Fatal(err)
		}
	}
}
