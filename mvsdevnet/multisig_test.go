package mvsdevnet_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"

	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/mvsrpc"
	"github.com/tokendroplet/droplet/mvsdevnet"
)

// multisigFixture funds the bridge's shape of address, 3 of 4 (the signer and three watchers),
// with ETP and an MST, and returns the coin to spend with the keys in redeem-script order.
func multisigFixture(t *testing.T) (*fixture, *mvs.Multisig, []*secp256k1.PrivateKey, mvs.OutPoint, mvs.OutPoint) {
	t.Helper()
	f := newFixture(t)
	keys := []*secp256k1.PrivateKey{mvsdevnet.DevKey("signer"), mvsdevnet.DevKey("watcher-a"),
		mvsdevnet.DevKey("watcher-b"), mvsdevnet.DevKey("watcher-c")}
	var pubs []*secp256k1.PublicKey
	for _, k := range keys {
		pubs = append(pubs, k.PubKey())
	}
	ms, err := mvs.NewMultisig(3, pubs)
	if err != nil {
		t.Fatal(err)
	}
	pay := must[mvs.Output](t)
	fund := f.send(f.alice, mvsdevnet.DefaultMinFee,
		pay(mvsdevnet.PayETP(ms.Address().String(), 5*mvsdevnet.ETP)),
		pay(mvsdevnet.PayMST(ms.Address().String(), fixtureSymbol, 700)))
	f.mine(1)
	return f, ms, keys, mvs.OutPoint{Hash: fund.Hash(), Index: 0}, mvs.OutPoint{Hash: fund.Hash(), Index: 1}
}

// multisigSpend pays bob from the multisig's ETP and MST coins, change back to the multisig,
// signed by the given keys.
func multisigSpend(t *testing.T, ms *mvs.Multisig, ins []mvs.OutPoint, signers ...*secp256k1.PrivateKey) *mvs.Tx {
	t.Helper()
	bob := mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("bob"))
	pay := must[mvs.Output](t)
	tx := &mvs.Tx{Version: mvs.TxVersionNova, Outputs: []mvs.Output{
		pay(mvsdevnet.PayMST(bob.Address(), fixtureSymbol, 300)),
		pay(mvsdevnet.PayMST(ms.Address().String(), fixtureSymbol, 400)),
		pay(mvsdevnet.PayETP(ms.Address().String(), 5*mvsdevnet.ETP-mvsdevnet.DefaultMinFee)),
	}}
	for _, op := range ins {
		tx.Inputs = append(tx.Inputs, mvs.Input{PrevOut: op, Sequence: mvs.SequenceFinal})
	}
	for i := range tx.Inputs {
		for _, k := range signers {
			sig, err := mvs.SignMultisig(tx, i, ms, k)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := mvs.MergeMultisig(tx, i, ms, sig); err != nil {
				t.Fatal(err)
			}
		}
	}
	return tx
}

// TestMultisigSpendRejects tries to move the bridge's multisig funds with too few keys (a stolen
// signer key alone, one watcher's key alone, the signer and one watcher) and with malformed
// script-sigs; the devnet refuses each as mvsd does, and nothing moves.
func TestMultisigSpendRejects(t *testing.T) {
	f, ms, keys, etp, mst := multisigFixture(t)
	ins := []mvs.OutPoint{etp, mst}
	signer, wa, wb := keys[0], keys[1], keys[2]
	outOfOrder := multisigSpend(t, ms, ins, signer, wa, wb)
	for i := range outOfOrder.Inputs {
		sp, err := mvs.DecodeMultisigScriptSig(outOfOrder.Inputs[i].Script)
		if err != nil {
			t.Fatal(err)
		}
		sigs := slices.Clone(sp.Signatures)
		slices.Reverse(sigs)
		var b []byte
		b = append(b, mvs.OpZero)
		for _, s := range sigs {
			b = append(b, byte(len(s)))
			b = append(b, s...)
		}
		b = append(b, mvs.OpPushData1, byte(len(sp.Redeem)))
		outOfOrder.Inputs[i].Script = append(b, sp.Redeem...)
	}
	// Signed under another redeem script of the same keys (2 of 4): its hash is not the address's.
	var pubs []*secp256k1.PublicKey
	for _, k := range keys {
		pubs = append(pubs, k.PubKey())
	}
	weaker, err := mvs.NewMultisig(2, pubs)
	if err != nil {
		t.Fatal(err)
	}
	wrongRedeem := multisigSpend(t, weaker, ins, signer, wa)
	// A pay-to-key-hash script-sig by the signer's key.
	p2pkhSig := multisigSpend(t, ms, ins)
	for i := range p2pkhSig.Inputs {
		if err := mvs.SignInput(p2pkhSig, i, mvs.PubKeyAddress(mvs.Testnet, signer.PubKey()).Script(), signer); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name string
		tx   *mvs.Tx
	}{
		{"only the signer's key", multisigSpend(t, ms, ins, signer)},
		{"only one watcher's key", multisigSpend(t, ms, ins, wa)},
		{"the signer and one watcher", multisigSpend(t, ms, ins, signer, wb)},
		{"two watchers", multisigSpend(t, ms, ins, wa, wb)},
		{"signatures out of key order", outOfOrder},
		{"another redeem script of the same keys", wrongRedeem},
		{"a single-key script-sig by the signer", p2pkhSig},
		{"unsigned", multisigSpend(t, ms, ins)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pool := f.node.PoolSize()
			_, err := f.client.SendRawTx(f.ctx, tc.tx)
			var rpcErr *mvsrpc.Error
			if !errors.As(err, &rpcErr) || !errors.Is(err, mvsrpc.ErrTxRejected) || rpcErr.Message != validate("validation of inputs failed") {
				t.Fatalf("sendrawtx: %v, want the inputs refused", err)
			}
			if f.node.PoolSize() != pool {
				t.Error("the pool grew")
			}
		})
	}
	f.mine(1)
	assets := must[[]mvsrpc.AssetBalance](t)(f.client.AddressAssets(f.ctx, ms.Address().String()))
	if len(assets) != 1 || assets[0].Quantity != 700 {
		t.Errorf("the multisig's assets after the attempts: %+v", assets)
	}
}

// TestMultisigSpendAccepts spends with the threshold of keys, in the combinations custody
// allows: the signer and two watchers, or three watchers (more than a quorum).
func TestMultisigSpendAccepts(t *testing.T) {
	for _, pick := range [][]int{{0, 1, 2}, {3, 0, 2}, {1, 2, 3}} {
		f, ms, keys, etp, mst := multisigFixture(t)
		var signers []*secp256k1.PrivateKey
		for _, i := range pick {
			signers = append(signers, keys[i])
		}
		tx := multisigSpend(t, ms, []mvs.OutPoint{etp, mst}, signers...)
		f.submit(t, tx)
		f.mine(1)
		assets := must[[]mvsrpc.AssetBalance](t)(f.client.AddressAssets(f.ctx, ms.Address().String()))
		if len(assets) != 1 || assets[0].Quantity != 400 {
			t.Errorf("keys %v: the multisig's assets after the spend: %+v", pick, assets)
		}
		// The devnet reports the spend as mvsd does: the input's address is the multisig's.
		got := must[*mvsrpc.Tx](t)(f.client.Tx(f.ctx, tx.Hash()))
		if got.Inputs[0].Address != ms.Address().String() {
			t.Errorf("input address %q, want %s", got.Inputs[0].Address, ms.Address())
		}
	}
}
