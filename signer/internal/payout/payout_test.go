package payout

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"

	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/signer/internal/keys"
)

type fixture struct {
	s         *Signer
	routes    *transfer.Routes
	route     *transfer.Route
	bridge    mvs.Address
	script    []byte
	recipient mvs.Address
	stranger  []byte
	funding   *mvs.Tx
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	k, _ := secp256k1.GeneratePrivateKey()
	r, _ := secp256k1.GeneratePrivateKey()
	o, _ := secp256k1.GeneratePrivateKey()
	f := &fixture{bridge: mvs.PubKeyAddress(mvs.Testnet, k.PubKey()), recipient: mvs.PubKeyAddress(mvs.Testnet, r.PubKey())}
	routes, err := transfer.ParseRoutes([]byte(fmt.Sprintf(`{"version":1,
	"ethereum":{"chain_id":1337,"bridge":"0x5FbDB2315678afecb367f032d93F642f64180aa3"},
	"metaverse":{"network":"devnet","bridge_address":"%s","bridge_avatar":"droplet"},
	"routes":[{"id":"usdt","enabled":true,"ethereum":{"token":"0xdAC17F958D2ee523a2206206994597C13D831ec7","decimals":6,"mode":"lock"},
	"metaverse":{"symbol":"ERC20.USDT","decimals":6,"mode":"mint"},"max":"10","daily_cap":"20","big_threshold":"5","big_delay":"1h"}]}`, f.bridge)))
	if err != nil {
		t.Fatal(err)
	}
	f.routes = routes
	f.route, _ = routes.Route("usdt")
	f.s, err = New(routes, staticKey{k}, 10_000, 100_000)
	if err != nil {
		t.Fatal(err)
	}
	f.script, _ = mvs.P2PKHScript(f.bridge)
	f.stranger, _ = mvs.P2PKHScript(mvs.PubKeyAddress(mvs.Testnet, o.PubKey()))
	f.funding = &mvs.Tx{Version: 4, Inputs: []mvs.Input{{PrevOut: mvs.OutPoint{Index: 3}, Sequence: mvs.SequenceFinal}},
		Outputs: []mvs.Output{
			{Value: 100_000_000, Script: f.script, Attachment: mvs.ETPAttachment()},
			{Value: 0, Script: f.script, Attachment: mvs.AssetTransferAttachment("ERC20.USDT", 5_000_000)},
			{Value: 0, Script: f.stranger, Attachment: mvs.AssetTransferAttachment("ERC20.USDT", 9_000_000)},
			{Value: 0, Script: f.script, Attachment: mvs.AssetTransferAttachment("ERC20.DAI", 7)},
			{Value: 0, Script: f.script, Attachment: mvs.Attachment{Version: 1, Type: mvs.AttachmentCert, Symbol: "ERC20.USDT", Owner: "droplet", Address: f.bridge.String(), CertType: 1}},
		}}
	return f
}

type staticKey struct{ k *secp256k1.PrivateKey }

func (s staticKey) PrivateKey() *secp256k1.PrivateKey { return s.k }

var _ keys.MetaverseKey = staticKey{}

func (f *fixture) transfer(recipient string, amount int64) *transfer.Transfer {
	return &transfer.Transfer{Recipient: []byte(recipient), Amount: big.NewInt(amount)}
}

// good pays 2 USDT to the recipient, returns 3 USDT and the ETP less a 20,000 fee.
func (f *fixture) good() *mvs.Tx {
	h := f.funding.Hash()
	pay, _ := mvs.P2PKHScript(f.recipient)
	return &mvs.Tx{Version: 4,
		Inputs: []mvs.Input{
			{PrevOut: mvs.OutPoint{Hash: h, Index: 0}, Sequence: mvs.SequenceFinal},
			{PrevOut: mvs.OutPoint{Hash: h, Index: 1}, Sequence: mvs.SequenceFinal},
		},
		Outputs: []mvs.Output{
			{Value: 0, Script: pay, Attachment: mvs.AssetTransferAttachment("ERC20.USDT", 2_000_000)},
			{Value: 0, Script: f.script, Attachment: mvs.AssetTransferAttachment("ERC20.USDT", 3_000_000)},
			{Value: 100_000_000 - 20_000, Script: f.script, Attachment: mvs.ETPAttachment()},
		}}
}

func TestSignPayout(t *testing.T) {
	f := newFixture(t)
	raw, txid, err := f.s.SignPayout(f.transfer(f.recipient.String(), 2_000_000), f.route, f.good().Encode(), [][]byte{f.funding.Encode()})
	if err != nil {
		t.Fatal(err)
	}
	tx, err := mvs.Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	for i := range tx.Inputs {
		if err := mvs.VerifyInput(tx, i, f.script); err != nil {
			t.Fatalf("input %d: %v", i, err)
		}
	}
	if h := tx.Hash(); h.String() != fmt.Sprintf("%x", txid) {
		t.Fatalf("txid %x, tx hash %s", txid, h)
	}
	// To an avatar: the output names it in to_did.
	avatarTx := f.good()
	avatarTx.Outputs[0].Attachment = avatarTx.Outputs[0].Attachment.WithDIDs("alice", "droplet")
	if _, _, err := f.s.SignPayout(f.transfer("alice@"+f.recipient.String(), 2_000_000), f.route, avatarTx.Encode(), [][]byte{f.funding.Encode()}); err != nil {
		t.Fatal(err)
	}
}

// TestValidateRejects: every rejection path of a proposed payout.
func TestValidateRejects(t *testing.T) {
	f := newFixture(t)
	prev := [][]byte{f.funding.Encode()}
	h := f.funding.Hash()
	cases := []struct {
		name      string
		recipient string
		amount    int64
		edit      func(*mvs.Tx)
		prev      [][]byte
		raw       []byte
		want      string
	}{
		{name: "empty", raw: []byte{}, want: "no payout"},
		{name: "garbage", raw: []byte{1, 2, 3}, want: "decode"},
		{name: "version 1", edit: func(tx *mvs.Tx) { tx.Version = 1 }, want: "version"},
		{name: "lock time", edit: func(tx *mvs.Tx) { tx.LockTime = 5 }, want: "lock time"},
		{name: "no previous", prev: [][]byte{}, want: "not given"},
		{name: "garbage previous", prev: [][]byte{{0xff}}, want: "previous transaction 0"},
		{name: "missing output of previous", edit: func(tx *mvs.Tx) { tx.Inputs[0].PrevOut.Index = 9 }, want: "has no output 9"},
		{name: "spends a stranger's output", edit: func(tx *mvs.Tx) { tx.Inputs[1].PrevOut.Index = 2 }, want: "not the bridge's"},
		{name: "spends a certificate", edit: func(tx *mvs.Tx) {
			tx.Inputs = append(tx.Inputs, mvs.Input{PrevOut: mvs.OutPoint{Hash: h, Index: 4}, Sequence: mvs.SequenceFinal})
		}, want: "cert"},
		{name: "input already signed", edit: func(tx *mvs.Tx) { tx.Inputs[0].Script = []byte{1, 0} }, want: "already signed"},
		{name: "input sequence", edit: func(tx *mvs.Tx) { tx.Inputs[0].Sequence = 1 }, want: "sequence"},
		{name: "same input twice", edit: func(tx *mvs.Tx) { tx.Inputs[1] = tx.Inputs[0] }, want: "twice"},
		{name: "wrong recipient", edit: func(tx *mvs.Tx) { tx.Outputs[0].Script = f.stranger }, want: "does not pay the recipient"},
		{name: "amount too high", edit: func(tx *mvs.Tx) { tx.Outputs[0].Attachment.Quantity++; tx.Outputs[1].Attachment.Quantity-- }, want: "exactly 2000000"},
		{name: "amount too low", edit: func(tx *mvs.Tx) { tx.Outputs[0].Attachment.Quantity--; tx.Outputs[1].Attachment.Quantity++ }, want: "exactly 2000000"},
		{name: "other symbol", edit: func(tx *mvs.Tx) { tx.Outputs[0].Attachment.Symbol = "ERC20.DAI" }, want: "exactly 2000000 ERC20.USDT"},
		{name: "ETP to the recipient", edit: func(tx *mvs.Tx) { tx.Outputs[0].Value = 1; tx.Outputs[2].Value-- }, want: "no ETP"},
		{name: "extra output to a stranger", edit: func(tx *mvs.Tx) {
			tx.Outputs = append(tx.Outputs, mvs.Output{Value: 1000, Script: f.stranger, Attachment: mvs.ETPAttachment()})
			tx.Outputs[2].Value -= 1000
		}, want: "neither the payment nor change"},
		{name: "asset burned", edit: func(tx *mvs.Tx) { tx.Outputs[1].Attachment.Quantity-- }, want: "ERC20.USDT: 5000000 in, 4999999 out"},
		{name: "asset created", edit: func(tx *mvs.Tx) { tx.Outputs[1].Attachment.Quantity++ }, want: "in, 5000001 out"},
		{name: "other asset dropped", edit: func(tx *mvs.Tx) {
			tx.Inputs = append(tx.Inputs, mvs.Input{PrevOut: mvs.OutPoint{Hash: h, Index: 3}, Sequence: mvs.SequenceFinal})
		}, want: "ERC20.DAI: 7 in, 0 out"},
		{name: "fee too high", edit: func(tx *mvs.Tx) { tx.Outputs[2].Value -= 100_000 }, want: "fee 120000"},
		{name: "fee too low", edit: func(tx *mvs.Tx) { tx.Outputs[2].Value += 15_000 }, want: "fee 5000"},
		{name: "outputs exceed inputs", edit: func(tx *mvs.Tx) { tx.Outputs[2].Value += 1_000_000 }, want: "inputs hold"},
		{name: "change with a message", edit: func(tx *mvs.Tx) { tx.Outputs[2].Attachment = mvs.MessageAttachment("hi") }, want: "message"},
		{name: "change with avatars", edit: func(tx *mvs.Tx) { tx.Outputs[1].Attachment = tx.Outputs[1].Attachment.WithDIDs("droplet", "") }, want: "version 207"},
		{name: "avatar not named", recipient: "alice@", want: "to_did"},
		{name: "avatar named for a bare address", edit: func(tx *mvs.Tx) { tx.Outputs[0].Attachment = tx.Outputs[0].Attachment.WithDIDs("bob", "") }, want: "version 207, want 1"},
		{name: "foreign from_did", recipient: "alice@", edit: func(tx *mvs.Tx) { tx.Outputs[0].Attachment = tx.Outputs[0].Attachment.WithDIDs("alice", "mallory") }, want: "from_did"},
		{name: "bad recipient", recipient: "nobody", want: "recipient"},
		{name: "zero amount", amount: -1, want: "zero"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tx := f.good()
			if c.edit != nil {
				c.edit(tx)
			}
			raw := tx.Encode()
			if c.raw != nil {
				raw = c.raw
			}
			p := prev
			if c.prev != nil {
				p = c.prev
			}
			recipient := f.recipient.String()
			if strings.HasSuffix(c.recipient, "@") {
				recipient = c.recipient + f.recipient.String()
			} else if c.recipient != "" {
				recipient = c.recipient
			}
			amount := int64(2_000_000)
			if c.amount == -1 {
				amount = 0
			}
			_, _, err := f.s.SignPayout(f.transfer(recipient, amount), f.route, raw, p)
			if !errors.Is(err, ErrRejected) || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("got %v, want a rejection containing %q", err, c.want)
			}
		})
	}
}

func TestNewRefusesAnotherKey(t *testing.T) {
	f := newFixture(t)
	other, _ := secp256k1.GeneratePrivateKey()
	if _, err := New(f.routes, staticKey{other}, 1, 2); err == nil || !strings.Contains(err.Error(), "is not the bridge address") {
		t.Fatalf("a key that is not the bridge's: %v", err)
	}
}

func TestParseRecipient(t *testing.T) {
	f := newFixture(t)
	for _, bad := range []string{"", "@" + f.recipient.String(), "a b@" + f.recipient.String(), f.recipient.String() + "x",
		"MAwLwVGwJyFsTBfNj2j5nCUrQXGVRvHzPh" /* mainnet on the devnet */, "alice"} {
		if _, err := mvs.ParseRecipient(bad, mvs.Testnet); err == nil {
			t.Errorf("accepted %q", bad)
		}
	}
	if err := f.s.CheckRecipient(f.bridge.String()); err == nil {
		t.Error("accepted the bridge itself as recipient")
	}
}

func FuzzValidate(f *testing.F) {
	fx := newFixture(f)
	f.Add(fx.good().Encode(), fx.funding.Encode())
	f.Fuzz(func(t *testing.T, raw, prev []byte) {
		tx, err := fx.s.Validate(fx.transfer(fx.recipient.String(), 2_000_000), fx.route, raw, [][]byte{prev})
		if err == nil && len(tx.Inputs) == 0 {
			t.Fatal("accepted a payout without inputs")
		}
	})
}

// BenchmarkSignPayout: the signer's whole Metaverse payout step: decode the proposal and the
// previous transaction, validate every rule, sign every input and verify it again.
func BenchmarkSignPayout(b *testing.B) {
	f := newFixture(b)
	raw, prev := f.good().Encode(), [][]byte{f.funding.Encode()}
	tr := f.transfer(f.recipient.String(), 2_000_000)
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := f.s.SignPayout(tr, f.route, raw, prev); err != nil {
			b.Fatal(err)
		}
	}
}
