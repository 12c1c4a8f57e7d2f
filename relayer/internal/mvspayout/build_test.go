package mvspayout

import (
	"errors"
	"testing"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"

	"github.com/tokendroplet/droplet/internal/mvs"
)

func TestBuild(t *testing.T) {
	bk, _ := secp256k1.GeneratePrivateKey()
	rk, _ := secp256k1.GeneratePrivateKey()
	bridge := mvs.PubKeyAddress(mvs.Testnet, bk.PubKey())
	rcpt := mvs.PubKeyAddress(mvs.Testnet, rk.PubKey())
	bs, _ := mvs.P2PKHScript(bridge)
	rs, _ := mvs.P2PKHScript(rcpt)
	locked := append([]byte{0x51}, bs...) // not the bridge's plain script: never spent
	funding := &mvs.Tx{Version: 4, Inputs: []mvs.Input{{Sequence: mvs.SequenceFinal}}, Outputs: []mvs.Output{
		{Value: 30_000, Script: bs, Attachment: mvs.ETPAttachment()},
		{Value: 500_000, Script: bs, Attachment: mvs.ETPAttachment()},
		{Script: bs, Attachment: mvs.AssetTransferAttachment("ERC20.USDT", 7_000)},
		{Script: bs, Attachment: mvs.AssetTransferAttachment("ERC20.USDT", 2_000)},
		{Script: bs, Attachment: mvs.AssetTransferAttachment("ERC20.DAI", 9_000)},
		{Value: 9_000_000, Script: locked, Attachment: mvs.ETPAttachment()},
		{Script: bs, Attachment: mvs.MessageAttachment("memo")},
	}}
	raw := funding.Encode()
	var utxos []UTXO
	for i, o := range funding.Outputs {
		utxos = append(utxos, UTXO{Point: mvs.OutPoint{Hash: funding.Hash(), Index: uint32(i)}, Output: o, PrevTx: raw})
	}
	req := Request{Bridge: bridge, BridgeDID: "droplet", Recipient: mvs.Recipient{Avatar: "alice", Address: rcpt},
		Symbol: "ERC20.USDT", Amount: 8_000, Fee: 20_000}
	tx, prev, err := Build(req, utxos)
	if err != nil {
		t.Fatal(err)
	}
	if len(prev) != 1 || len(tx.Inputs) != 3 { // both USDT outputs and the largest ETP
		t.Fatalf("%d inputs, %d previous", len(tx.Inputs), len(prev))
	}
	pay := tx.Outputs[0]
	if string(pay.Script) != string(rs) || pay.Attachment.Quantity != 8_000 || pay.Attachment.ToDID != "alice" || pay.Value != 0 {
		t.Fatalf("payment %+v", pay)
	}
	if tx.Outputs[1].Attachment.Quantity != 1_000 || tx.Outputs[2].Value != 480_000 {
		t.Fatalf("change %+v %+v", tx.Outputs[1], tx.Outputs[2])
	}
	for i := range tx.Inputs {
		if err := mvs.SignInput(tx, i, bs, bk); err != nil {
			t.Fatal(err)
		}
		if err := mvs.VerifyInput(tx, i, bs); err != nil {
			t.Fatal(err)
		}
	}

	etp := req
	etp.Symbol, etp.Amount, etp.Recipient = "ETP", 100_000, mvs.Recipient{Address: rcpt}
	tx, _, err = Build(etp, utxos)
	if err != nil {
		t.Fatal(err)
	}
	if tx.Outputs[0].Value != 100_000 || tx.Outputs[0].Attachment.Version != 1 || tx.Outputs[1].Value != 500_000-120_000 {
		t.Fatalf("ETP payout %+v", tx.Outputs)
	}

	for _, c := range []Request{
		{Bridge: bridge, Recipient: req.Recipient, Symbol: "ERC20.USDT", Amount: 9_001, Fee: 1},
		{Bridge: bridge, Recipient: req.Recipient, Symbol: "ERC20.USDT", Amount: 1, Fee: 600_000},
		{Bridge: bridge, Recipient: req.Recipient, Symbol: "ERC20.XYZ", Amount: 1, Fee: 1},
		{Bridge: bridge, Recipient: req.Recipient, Symbol: "ERC20.USDT", Amount: 8_000, Fee: 1, MaxInputs: 2},
	} {
		if _, _, err := Build(c, utxos); !errors.Is(err, ErrInsufficient) {
			t.Errorf("%+v: got %v", c, err)
		}
	}
}

// BenchmarkBuild: choosing inputs among 200 bridge outputs and building the payout.
func BenchmarkBuild(b *testing.B) {
	bk, _ := secp256k1.GeneratePrivateKey()
	rk, _ := secp256k1.GeneratePrivateKey()
	bridge := mvs.PubKeyAddress(mvs.Testnet, bk.PubKey())
	bs, _ := mvs.P2PKHScript(bridge)
	funding := &mvs.Tx{Version: 4, Inputs: []mvs.Input{{Sequence: mvs.SequenceFinal}}}
	for i := 0; i < 100; i++ {
		funding.Outputs = append(funding.Outputs,
			mvs.Output{Value: uint64(10_000 + i), Script: bs, Attachment: mvs.ETPAttachment()},
			mvs.Output{Script: bs, Attachment: mvs.AssetTransferAttachment("ERC20.USDT", uint64(1_000+i))})
	}
	raw := funding.Encode()
	var utxos []UTXO
	for i, o := range funding.Outputs {
		utxos = append(utxos, UTXO{Point: mvs.OutPoint{Hash: funding.Hash(), Index: uint32(i)}, Output: o, PrevTx: raw})
	}
	req := Request{Bridge: bridge, Recipient: mvs.Recipient{Address: mvs.PubKeyAddress(mvs.Testnet, rk.PubKey())},
		Symbol: "ERC20.USDT", Amount: 5_000, Fee: 20_000}
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Build(req, utxos); err != nil {
			b.Fatal(err)
		}
	}
}
