package mvsdevnet_test

import (
	"errors"
	"testing"

	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/mvsrpc"
	"github.com/tokendroplet/droplet/mvsdevnet"
)

// handTx builds a transaction with exactly these inputs and outputs, signed by the named dev key.
func handTx(t testing.TB, signer string, ins []mvs.OutPoint, outs ...mvs.Output) *mvs.Tx {
	t.Helper()
	tx := &mvs.Tx{Version: mvs.TxVersionNova, Outputs: outs}
	for _, op := range ins {
		tx.Inputs = append(tx.Inputs, mvs.Input{PrevOut: op, Sequence: mvs.SequenceFinal})
	}
	resign(t, signer, tx)
	return tx
}

func resign(t testing.TB, signer string, tx *mvs.Tx) {
	t.Helper()
	key := mvsdevnet.DevKey(signer)
	script := mvs.PubKeyAddress(mvs.Testnet, key.PubKey()).Script()
	for i := range tx.Inputs {
		if err := mvs.SignInput(tx, i, script, key); err != nil {
			t.Fatal(err)
		}
	}
}

// etpCoins are a wallet's coins without an MST.
func etpCoins(f *fixture, w *mvsdevnet.Wallet) []mvsdevnet.Coin {
	var out []mvsdevnet.Coin
	for _, c := range f.coins(w) {
		if c.Symbol == "" {
			out = append(out, c)
		}
	}
	return out
}

func assetCoin(t testing.TB, f *fixture) mvsdevnet.Coin {
	t.Helper()
	for _, c := range f.coins(f.alice) {
		if c.Symbol == fixtureSymbol {
			return c
		}
	}
	t.Fatal("alice holds no " + fixtureSymbol)
	return mvsdevnet.Coin{}
}

func validate(msg string) string { return "validate transaction failure: " + msg }

// TestSendRawTxRejects submits, through the client, every kind of transaction sendrawtx must
// refuse, and checks mvsd's code and message and the client's sentinel error.
func TestSendRawTxRejects(t *testing.T) {
	const fee = mvsdevnet.DefaultMinFee
	bob := mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("bob"))
	cases := []struct {
		name  string
		build func(t *testing.T, f *fixture) *mvs.Tx
		code  int64
		msg   string
		is    error
	}{
		{
			name: "bad signature",
			build: func(t *testing.T, f *fixture) *mvs.Tx {
				tx := must[*mvs.Tx](t)(f.alice.Build(etpCoins(f, f.alice), []mvs.Output{must[mvs.Output](t)(mvsdevnet.PayETP(bob.Address(), mvsdevnet.ETP))}, fee))
				tx.Inputs[0].Script[10] ^= 0x01 // inside the signature's R
				return tx
			},
			code: 5304, msg: validate("validation of inputs failed"), is: mvsrpc.ErrTxRejected,
		},
		{
			name: "signed by another key",
			build: func(t *testing.T, f *fixture) *mvs.Tx {
				c := etpCoins(f, f.alice)[0]
				return handTx(t, "bob", []mvs.OutPoint{c.OutPoint}, must[mvs.Output](t)(mvsdevnet.PayETP(bob.Address(), c.Value-fee)))
			},
			code: 5304, msg: validate("validation of inputs failed"), is: mvsrpc.ErrTxRejected,
		},
		{
			name: "unknown input",
			build: func(t *testing.T, f *fixture) *mvs.Tx {
				fake := mvs.OutPoint{Hash: mvs.Hash{1, 2, 3}, Index: 0}
				return handTx(t, "alice", []mvs.OutPoint{fake}, must[mvs.Output](t)(mvsdevnet.PayETP(bob.Address(), mvsdevnet.ETP)))
			},
			code: 5304, msg: "get transaction inputs etp value error!", is: mvsrpc.ErrMissingInputs,
		},
		{
			name: "index beyond the previous transaction's outputs",
			build: func(t *testing.T, f *fixture) *mvs.Tx {
				c := etpCoins(f, f.alice)[0]
				c.OutPoint.Index = 99
				return handTx(t, "alice", []mvs.OutPoint{c.OutPoint}, must[mvs.Output](t)(mvsdevnet.PayETP(bob.Address(), mvsdevnet.ETP)))
			},
			code: 5304, msg: "get transaction inputs etp value error!", is: mvsrpc.ErrMissingInputs,
		},
		{
			name: "double spend of a confirmed spend",
			build: func(t *testing.T, f *fixture) *mvs.Tx {
				c := etpCoins(f, f.alice)[:1]
				f.submit(t, must[*mvs.Tx](t)(f.alice.Build(c, []mvs.Output{must[mvs.Output](t)(mvsdevnet.PayETP(bob.Address(), mvsdevnet.ETP))}, fee)))
				f.mine(1)
				return must[*mvs.Tx](t)(f.alice.Build(c, []mvs.Output{must[mvs.Output](t)(mvsdevnet.PayETP(bob.Address(), 2*mvsdevnet.ETP))}, fee))
			},
			code: 5304, msg: validate("double spend of input"), is: mvsrpc.ErrDoubleSpend,
		},
		{
			name: "double spend within the pool",
			build: func(t *testing.T, f *fixture) *mvs.Tx {
				c := etpCoins(f, f.alice)[:1]
				f.submit(t, must[*mvs.Tx](t)(f.alice.Build(c, []mvs.Output{must[mvs.Output](t)(mvsdevnet.PayETP(bob.Address(), mvsdevnet.ETP))}, fee)))
				return must[*mvs.Tx](t)(f.alice.Build(c, []mvs.Output{must[mvs.Output](t)(mvsdevnet.PayETP(bob.Address(), 2*mvsdevnet.ETP))}, fee))
			},
			code: 5304, msg: validate("double spend of input"), is: mvsrpc.ErrDoubleSpend,
		},
		{
			name: "one output spent twice by one transaction",
			build: func(t *testing.T, f *fixture) *mvs.Tx {
				c := etpCoins(f, f.alice)[0]
				return handTx(t, "alice", []mvs.OutPoint{c.OutPoint, c.OutPoint}, must[mvs.Output](t)(mvsdevnet.PayETP(bob.Address(), c.Value)))
			},
			code: 5304, msg: validate("double spend of input"), is: mvsrpc.ErrDoubleSpend,
		},
		{
			name: "resubmitted",
			build: func(t *testing.T, f *fixture) *mvs.Tx {
				tx := must[*mvs.Tx](t)(f.alice.Build(etpCoins(f, f.alice), []mvs.Output{must[mvs.Output](t)(mvsdevnet.PayETP(bob.Address(), mvsdevnet.ETP))}, fee))
				f.submit(t, tx)
				return tx
			},
			code: 5304, msg: validate("matching previous object found"), is: mvsrpc.ErrDuplicateTx,
		},
		{
			name: "fee below the minimum",
			build: func(t *testing.T, f *fixture) *mvs.Tx {
				return must[*mvs.Tx](t)(f.alice.Build(etpCoins(f, f.alice), []mvs.Output{must[mvs.Output](t)(mvsdevnet.PayETP(bob.Address(), mvsdevnet.ETP))}, fee-1))
			},
			code: 5005, msg: "fee must in [10000, 10000000000]", is: mvsrpc.ErrFeeOutOfRange,
		},
		{
			name: "no fee",
			build: func(t *testing.T, f *fixture) *mvs.Tx {
				return must[*mvs.Tx](t)(f.alice.Build(etpCoins(f, f.alice), []mvs.Output{must[mvs.Output](t)(mvsdevnet.PayETP(bob.Address(), mvsdevnet.ETP))}, 0))
			},
			code: 5304, msg: "no enough transaction fee", is: mvsrpc.ErrFeeOutOfRange,
		},
		{
			name: "fee above the maximum",
			build: func(t *testing.T, f *fixture) *mvs.Tx {
				return must[*mvs.Tx](t)(f.genesis.Build(etpCoins(f, f.genesis), []mvs.Output{must[mvs.Output](t)(mvsdevnet.PayETP(bob.Address(), mvsdevnet.ETP))}, 101*mvsdevnet.ETP))
			},
			code: 5005, msg: "fee must in [10000, 10000000000]", is: mvsrpc.ErrFeeOutOfRange,
		},
		{
			name: "asset created from nothing",
			build: func(t *testing.T, f *fixture) *mvs.Tx {
				c := etpCoins(f, f.bridge)[0]
				return handTx(t, "droplet", []mvs.OutPoint{c.OutPoint},
					must[mvs.Output](t)(mvsdevnet.PayETP(f.bridge.Address(), c.Value-fee)),
					must[mvs.Output](t)(mvsdevnet.PayMST(bob.Address(), fixtureSymbol, 5)))
			},
			code: 5304, msg: validate("asset amount not equal"), is: mvsrpc.ErrTxRejected,
		},
		{
			name: "more asset out than in",
			build: func(t *testing.T, f *fixture) *mvs.Tx {
				a, c := assetCoin(t, f), etpCoins(f, f.alice)[0]
				return handTx(t, "alice", []mvs.OutPoint{a.OutPoint, c.OutPoint},
					must[mvs.Output](t)(mvsdevnet.PayETP(f.alice.Address(), c.Value-fee)),
					must[mvs.Output](t)(mvsdevnet.PayMST(bob.Address(), fixtureSymbol, a.Quantity+1)))
			},
			code: 5304, msg: validate("asset amount not equal"), is: mvsrpc.ErrTxRejected,
		},
		{
			name: "asset input dropped",
			build: func(t *testing.T, f *fixture) *mvs.Tx {
				a, c := assetCoin(t, f), etpCoins(f, f.alice)[0]
				return handTx(t, "alice", []mvs.OutPoint{a.OutPoint, c.OutPoint},
					must[mvs.Output](t)(mvsdevnet.PayETP(f.alice.Address(), c.Value-fee)))
			},
			code: 5304, msg: validate("asset amount not equal"), is: mvsrpc.ErrTxRejected,
		},
		{
			name: "issue of an existing symbol",
			build: func(t *testing.T, f *fixture) *mvs.Tx {
				return must[*mvs.Tx](t)(f.alice.Build(etpCoins(f, f.alice), []mvs.Output{must[mvs.Output](t)(mvsdevnet.IssueMST(f.alice.Address(),
					mvsdevnet.Issue{Symbol: fixtureSymbol, Issuer: "alice", Supply: 5}))}, fee))
			},
			code: 5304, msg: validate("asset exist"), is: mvsrpc.ErrTxRejected,
		},
		{
			name: "issue by an unknown avatar",
			build: func(t *testing.T, f *fixture) *mvs.Tx {
				return must[*mvs.Tx](t)(f.alice.Build(etpCoins(f, f.alice), []mvs.Output{must[mvs.Output](t)(mvsdevnet.IssueMST(f.alice.Address(),
					mvsdevnet.Issue{Symbol: "NEW.COIN", Issuer: "nobody", Supply: 5}))}, fee))
			},
			code: 5304, msg: validate("did does not exist"), is: mvsrpc.ErrTxRejected,
		},
		{
			name: "issue away from the issuer's address",
			build: func(t *testing.T, f *fixture) *mvs.Tx {
				return must[*mvs.Tx](t)(f.alice.Build(etpCoins(f, f.alice), []mvs.Output{must[mvs.Output](t)(mvsdevnet.IssueMST(f.alice.Address(),
					mvsdevnet.Issue{Symbol: "NEW.COIN", Issuer: "droplet", Supply: 5}))}, fee))
			},
			code: 5304, msg: validate("issue asset error"), is: mvsrpc.ErrTxRejected,
		},
		{
			name: "issue of a lower-case symbol",
			build: func(t *testing.T, f *fixture) *mvs.Tx {
				return must[*mvs.Tx](t)(f.alice.Build(etpCoins(f, f.alice), []mvs.Output{must[mvs.Output](t)(mvsdevnet.IssueMST(f.alice.Address(),
					mvsdevnet.Issue{Symbol: "new.coin", Issuer: "alice", Supply: 5}))}, fee))
			},
			code: 5304, msg: validate("asset symbol invalid"), is: mvsrpc.ErrTxRejected,
		},
		{
			name: "avatar taken",
			build: func(t *testing.T, f *fixture) *mvs.Tx {
				return must[*mvs.Tx](t)(f.genesis.Build(etpCoins(f, f.genesis), []mvs.Output{must[mvs.Output](t)(mvsdevnet.RegisterAvatar(f.genesis.Address(), "droplet"))}, fee))
			},
			code: 5304, msg: validate("did exist"), is: mvsrpc.ErrTxRejected,
		},
		{
			name: "second avatar for an address",
			build: func(t *testing.T, f *fixture) *mvs.Tx {
				return must[*mvs.Tx](t)(f.alice.Build(etpCoins(f, f.alice), []mvs.Output{must[mvs.Output](t)(mvsdevnet.RegisterAvatar(f.alice.Address(), "alice2"))}, fee))
			},
			code: 5304, msg: validate("address already issued did"), is: mvsrpc.ErrTxRejected,
		},
		{
			name: "avatar registered for another output's address",
			build: func(t *testing.T, f *fixture) *mvs.Tx {
				o := must[mvs.Output](t)(mvsdevnet.RegisterAvatar(bob.Address(), "bob"))
				o.Script = must[mvs.Output](t)(mvsdevnet.PayETP(f.genesis.Address(), 0)).Script
				return must[*mvs.Tx](t)(f.genesis.Build(etpCoins(f, f.genesis), []mvs.Output{o}, fee))
			},
			code: 5304, msg: validate("attach did address must equal with output address"), is: mvsrpc.ErrTxRejected,
		},
		{
			name: "to an unknown avatar",
			build: func(t *testing.T, f *fixture) *mvs.Tx {
				return must[*mvs.Tx](t)(f.alice.Build(f.coins(f.alice), []mvs.Output{must[mvs.Output](t)(mvsdevnet.PayMSTToAvatar("nobody", f.bridge.Address(), fixtureSymbol, 5))}, fee))
			},
			code: 5304, msg: validate("did does not exist"), is: mvsrpc.ErrTxRejected,
		},
		{
			name: "to an avatar at another address",
			build: func(t *testing.T, f *fixture) *mvs.Tx {
				return must[*mvs.Tx](t)(f.alice.Build(f.coins(f.alice), []mvs.Output{must[mvs.Output](t)(mvsdevnet.PayMSTToAvatar("droplet", bob.Address(), fixtureSymbol, 5))}, fee))
			},
			code: 5304, msg: validate("attach did address must equal with output address"), is: mvsrpc.ErrTxRejected,
		},
		{
			name: "non-standard output script",
			build: func(t *testing.T, f *fixture) *mvs.Tx {
				o := must[mvs.Output](t)(mvsdevnet.PayETP(bob.Address(), mvsdevnet.ETP))
				o.Script = []byte{mvs.Op1, mvs.Op1, mvs.OpEqual}
				return must[*mvs.Tx](t)(f.alice.Build(etpCoins(f, f.alice), []mvs.Output{o}, fee))
			},
			code: 5304, msg: validate("transaction is not standard"), is: mvsrpc.ErrTxRejected,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t)
			tx := tc.build(t, f)
			pool := f.node.PoolSize()
			_, err := f.client.SendRawTx(f.ctx, tx)
			var rpcErr *mvsrpc.Error
			if !errors.As(err, &rpcErr) {
				t.Fatalf("got %v, want an error answer", err)
			}
			if rpcErr.Code != tc.code || rpcErr.Message != tc.msg {
				t.Errorf("got code %d %q, want %d %q", rpcErr.Code, rpcErr.Message, tc.code, tc.msg)
			}
			if !errors.Is(err, tc.is) || !errors.Is(err, mvsrpc.ErrTxRejected) {
				t.Errorf("%v does not match %v", err, tc.is)
			}
			if got := f.node.PoolSize(); got != pool {
				t.Errorf("pool grew from %d to %d", pool, got)
			}
		})
	}
}

func (f *fixture) submit(t testing.TB, tx *mvs.Tx) {
	t.Helper()
	if _, err := f.client.SendRawTx(f.ctx, tx); err != nil {
		t.Fatal(err)
	}
}

// TestSendRawTxNotATransaction sends arguments that do not decode.
func TestSendRawTxNotATransaction(t *testing.T) {
	h := newHarness(t, testConfig(t.TempDir()))
	tx := must[*mvs.Tx](t)(h.genesis.Build(h.coins(h.genesis), []mvs.Output{must[mvs.Output](t)(mvsdevnet.PayETP(h.genesis.Address(), 1))}, mvsdevnet.DefaultMinFee))
	raw := tx.EncodeHex()
	for _, arg := range []string{"deadbeef", "zz", raw[:len(raw)-2], raw + "00", ""} {
		a := h.rpc(`{"jsonrpc":"2.0","id":3,"method":"sendrawtx","params":["` + arg + `"]}`)
		e, _ := a["error"].(map[string]any)
		want := "the argument ('" + arg + "') for option '--TRANSACTION' is invalid"
		if e == nil || e["code"].(interface{ String() string }).String() != "1021" || e["message"] != want {
			t.Errorf("sendrawtx %.20q: got %v", arg, a)
		}
	}
	a := h.rpc(`{"jsonrpc":"2.0","id":3,"method":"sendrawtx","params":[]}`)
	if e, _ := a["error"].(map[string]any); e == nil || e["message"] != "the option '--TRANSACTION' is required but missing" {
		t.Errorf("sendrawtx without argument: %v", a)
	}
}

// TestSendRawTxAccepts checks the happy paths the bridge depends on, and that fees reach the
// miner's coinbase.
func TestSendRawTxAccepts(t *testing.T) {
	f := newFixture(t)
	bob := mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("bob"))
	pay := must[mvs.Output](t)
	// An MST to the bridge's avatar with the memo and the 1 ETP bounty, as MyETPWallet sent it.
	swap := f.send(f.alice, 20_000,
		pay(mvsdevnet.PayMSTToAvatar("droplet", f.bridge.Address(), fixtureSymbol, 1234)),
		pay(mvsdevnet.PayETP(bob.Address(), mvsdevnet.ETP)),
		pay(mvsdevnet.Message(f.alice.Address(), mvsdevnet.EthMemo("0x8bB10939a8a36765a082905d4BfE8680F86eBF95"))))
	// Spending an output of a transaction still in the pool is allowed.
	change := mvs.OutPoint{Hash: swap.Hash(), Index: 3} // ETP change follows the three outputs
	if swap.Outputs[3].Attachment.Type != mvs.AttachmentETP {
		t.Fatalf("output 3 is %s", swap.Outputs[3].Attachment.Kind())
	}
	f.submit(t, handTx(t, "alice", []mvs.OutPoint{change}, pay(mvsdevnet.PayETP(bob.Address(), swap.Outputs[3].Value-mvsdevnet.DefaultMinFee))))
	hashes := f.mine(1)
	b := must[*mvsrpc.Block](t)(f.client.BlockByHash(f.ctx, hashes[0]))
	if len(b.Transactions) != 3 {
		t.Fatalf("block has %d transactions, want coinbase and 2", len(b.Transactions))
	}
	cb := b.Transactions[0]
	if !cb.Inputs[0].IsCoinbase() || cb.Outputs[0].Value != f.cfg.BlockReward+20_000+mvsdevnet.DefaultMinFee {
		t.Errorf("coinbase %+v", cb)
	}
	out := b.Transactions[1].Outputs[0]
	if out.Attachment.ToDID != "droplet" || out.Attachment.Symbol != fixtureSymbol || out.Attachment.Quantity != 1234 || out.Address != f.bridge.Address() {
		t.Errorf("swap output %+v", out)
	}
	if got := b.Transactions[1].Outputs[2].Attachment.Content; got != `{"type":"ETH","address":"0x8bB10939a8a36765a082905d4BfE8680F86eBF95"}` {
		t.Errorf("memo %q", got)
	}
	assets := must[[]mvsrpc.AssetBalance](t)(f.client.AddressAssets(f.ctx, "droplet"))
	if len(assets) != 1 || assets[0].Quantity != 1234 || assets[0].Decimals != 4 || assets[0].Issuer != "alice" {
		t.Errorf("the bridge's assets: %+v", assets)
	}
	alice := must[[]mvsrpc.AssetBalance](t)(f.client.AddressAssets(f.ctx, f.alice.Address()))
	if len(alice) != 1 || alice[0].Quantity != 1_000_000-1234 {
		t.Errorf("alice's assets: %+v", alice)
	}
}
