package pipeline

import (
	"bytes"
	"math/big"
	"strings"
	"testing"

	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/internal/wire"
	signerv1 "github.com/tokendroplet/droplet/proto/droplet/signer/v1"
)

const answerRoutes = `{"version":1,"ethereum":{"chain_id":1337,"bridge":"0x5FbDB2315678afecb367f032d93F642f64180aa3"},
"metaverse":{"network":"devnet","bridge_address":"%s","bridge_avatar":"droplet"},
"routes":[{"id":"usdt","enabled":true,"ethereum":{"token":"0xdAC17F958D2ee523a2206206994597C13D831ec7","decimals":6,"mode":"lock"},
"metaverse":{"symbol":"ERC20.USDT","decimals":6,"mode":"mint"},"max":"10","daily_cap":"20","big_threshold":"5","big_delay":"1h"}]}`

// TestSignerAnswerParsedStrictly: a quorum state whose source_tx is short (the relayer used to
// check only the id's length, and panicked converting source_tx to [32]byte when it paid), whose
// id is not its transfer's, or whose recipient is the bridge, is refused at discovery with an
// error naming the field; a good one is read.
func TestSignerAnswerParsedStrictly(t *testing.T) {
	routes, err := transfer.ParseRoutes([]byte(strings.Replace(answerRoutes, "%s", mvs.NewP2PKHAddress(mvs.Testnet, [20]byte{1}).String(), 1)))
	if err != nil {
		t.Fatal(err)
	}
	p := New(Config{Routes: routes, Chains: map[uint64]Chain{1337: nil}})
	rt, _ := routes.Route("usdt")
	good := func() *signerv1.QuorumState {
		tok := rt.DestToken(transfer.MvsToEth)
		tr := transfer.Transfer{SourceChain: transfer.MetaverseDevnet, SourceTx: [32]byte{7}, SourceIndex: 2, SourceBlock: [32]byte{8},
			Route: rt.Key(), DestChain: 1337, DestToken: tok, Recipient: bytes.Repeat([]byte{0xaa}, 20),
			Amount: big.NewInt(1000), Fee: big.NewInt(0)}
		d, _ := routes.Domain(1337)
		id, digest := tr.ID(), tr.Digest(d)
		return &signerv1.QuorumState{TransferId: id[:], Digest: digest[:], State: signerv1.State_STATE_QUORUM,
			Transfer: wire.FromTransfer(&tr, "usdt"), FirstSeen: timestamppb.Now()}
	}
	if tr, err := p.fromQuorum(good()); err != nil || tr.SourceIndex != 2 || len(tr.SourceTx) != 32 {
		t.Fatalf("a good answer: %+v, %v", tr, err)
	}
	bridge := routes.EthereumBridge()
	for _, c := range []struct {
		name, field string
		edit        func(*signerv1.QuorumState)
	}{
		{"short source_tx", "transfer.source_tx", func(q *signerv1.QuorumState) { q.Transfer.SourceTx = q.Transfer.SourceTx[:5] }},
		{"short source_block", "transfer.source_block", func(q *signerv1.QuorumState) { q.Transfer.SourceBlock = nil }},
		{"short dest_token", "transfer.dest_token", func(q *signerv1.QuorumState) { q.Transfer.DestToken = q.Transfer.DestToken[1:] }},
		{"id of another transfer", "quorum.transfer_id", func(q *signerv1.QuorumState) { q.TransferId = bytes.Repeat([]byte{3}, 32) }},
		{"the bridge as recipient", "transfer.recipient", func(q *signerv1.QuorumState) { q.Transfer.Recipient = bridge[:] }},
	} {
		t.Run(c.name, func(t *testing.T) {
			q := good()
			c.edit(q)
			_, err := p.fromQuorum(q)
			if err == nil || !strings.Contains(err.Error(), c.field) {
				t.Fatalf("got %v, want an error naming %s", err, c.field)
			}
		})
	}
}
