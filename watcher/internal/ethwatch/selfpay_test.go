package ethwatch

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestSelfPayoutLoop: the attack of the security review on a real anvil node. A payout to the
// bridge itself (here the bridge, impersonated, transfers to itself, as release() to the bridge
// did) emits Transfer(bridge -> bridge); the watcher must ignore it, not refund it to the bridge,
// which would release again, round after round. A user's deposit in the same range is still
// found, and one naming the Metaverse bridge's avatar is refunded to the user.
func TestSelfPayoutLoop(t *testing.T) {
	e := newEthnet(t, "", nil)
	from := e.head() + 1
	e.send(e.deployer, e.usdt, tokenABI.PackMint(e.bridge, big.NewInt(100e6)))
	if err := e.rpc.CallContext(e.ctx, nil, "anvil_setBalance", e.bridge, hexutil.EncodeBig(big.NewInt(1e18))); err != nil {
		t.Fatal(err)
	}
	if err := e.rpc.CallContext(e.ctx, nil, "anvil_impersonateAccount", e.bridge); err != nil {
		t.Fatal(err)
	}
	var self common.Hash
	if err := e.rpc.CallContext(e.ctx, &self, "eth_sendTransaction", map[string]any{"from": e.bridge, "to": e.usdt,
		"data": hexutil.Bytes(tokenABI.PackTransfer(e.bridge, big.NewInt(10e6)))}); err != nil {
		t.Fatal(err)
	}
	user := e.users[0]
	good := e.deposit(user, e.usdt, big.NewInt(10e6), e.mvsUsers[0])
	avatar := e.deposit(user, e.usdt, big.NewInt(10e6), "droplet")
	e.mine(1)
	r, err := e.client.TransactionReceipt(e.ctx, self)
	if err != nil || r.Status != 1 || len(r.Logs) != 1 {
		t.Fatalf("the bridge's transfer to itself: %+v, %v", r, err)
	}
	ch, err := New(Config{Endpoints: []string{e.anvil.URL}, Routes: e.routes, Resolver: MapResolver{"droplet": e.routes.Metaverse.BridgeAddress}, DB: openDB(t), Confirmations: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ch.Close)
	rng, err := ch.Scan(e.ctx, from, e.head()-1)
	if err != nil {
		t.Fatal(err)
	}
	found := map[common.Hash]string{}
	for _, f := range rng.Transfers {
		found[f.Transfer.SourceTx] = fmt.Sprintf("refund %v to %x: %s", f.Refund, f.Transfer.Recipient, f.Reason)
		if f.Transfer.SourceTx == self {
			t.Fatalf("the bridge's own transfer was attested: %s", found[self])
		}
	}
	for _, u := range rng.Unsupported {
		if u.SourceTx == self {
			t.Fatalf("the bridge's own transfer was recorded: %+v", u)
		}
	}
	if _, ok := found[good.TxHash]; !ok || len(rng.Transfers) != 2 {
		t.Fatalf("found %v", found)
	}
	for _, f := range rng.Transfers {
		if f.Transfer.SourceTx == avatar.TxHash && (!f.Refund || common.BytesToAddress(f.Transfer.Recipient) != crypto.PubkeyToAddress(user.PublicKey)) {
			t.Fatalf("a deposit to the bridge's avatar: %s", found[avatar.TxHash])
		}
	}
}
