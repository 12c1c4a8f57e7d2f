package wire

import (
	"bytes"
	"math/big"
	"strings"
	"testing"

	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/transfer"
	signerv1 "github.com/tokendroplet/droplet/proto/droplet/signer/v1"
)

const testRoutes = `{"version":1,"ethereum":{"chain_id":1337,"bridge":"0x5FbDB2315678afecb367f032d93F642f64180aa3"},
"metaverse":{"network":"devnet","bridge_address":"%s","bridge_avatar":"droplet"},
"routes":[{"id":"usdt","enabled":true,"ethereum":{"token":"0xdAC17F958D2ee523a2206206994597C13D831ec7","decimals":6,"mode":"lock"},
"metaverse":{"symbol":"ERC20.USDT","decimals":6,"mode":"mint"},"max":"10","daily_cap":"20","big_threshold":"5","big_delay":"1h"}]}`

var (
	mvsBridge = mvs.NewP2PKHAddress(mvs.Testnet, [20]byte{1})
	mvsUser   = mvs.NewP2PKHAddress(mvs.Testnet, [20]byte{2})
)

func checker(t testing.TB) (*Checker, *transfer.Routes) {
	t.Helper()
	routes, err := transfer.ParseRoutes([]byte(strings.Replace(testRoutes, "%s", mvsBridge.String(), 1)))
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewChecker(routes)
	if err != nil {
		t.Fatal(err)
	}
	return c, routes
}

// toEth is a valid Metaverse -> Ethereum transfer; toMvs its Ethereum -> Metaverse twin.
func toEth(routes *transfer.Routes) *signerv1.Transfer {
	rt, _ := routes.Route("usdt")
	tok := rt.DestToken(transfer.MvsToEth)
	return &signerv1.Transfer{SourceChain: transfer.MetaverseDevnet, SourceTx: bytes.Repeat([]byte{7}, 32), SourceIndex: 1,
		SourceBlock: bytes.Repeat([]byte{8}, 32), Route: "usdt", DestChain: 1337, DestToken: tok[:],
		Recipient: bytes.Repeat([]byte{0xaa}, 20), Amount: "1000", Fee: "10"}
}

func toMvs(routes *transfer.Routes) *signerv1.Transfer {
	m := toEth(routes)
	rt, _ := routes.Route("usdt")
	tok := rt.DestToken(transfer.EthToMvs)
	m.SourceChain, m.DestChain, m.DestToken, m.Recipient = 1337, transfer.MetaverseDevnet, tok[:], []byte("alice@"+mvsUser.String())
	return m
}

// TestTransferRejects: every field the signer or the relayer may be sent wrong is refused
// with an error naming it; the two bridges are never a recipient and zero is never an amount.
func TestTransferRejects(t *testing.T) {
	c, routes := checker(t)
	ethBridge := routes.EthereumBridge()
	cases := []struct {
		name  string
		base  func(*transfer.Routes) *signerv1.Transfer
		edit  func(*signerv1.Transfer)
		field string
	}{
		{"short source tx", toEth, func(m *signerv1.Transfer) { m.SourceTx = m.SourceTx[:31] }, "transfer.source_tx"},
		{"no source tx", toEth, func(m *signerv1.Transfer) { m.SourceTx = nil }, "transfer.source_tx"},
		{"zero source tx", toEth, func(m *signerv1.Transfer) { m.SourceTx = make([]byte, 32) }, "transfer.source_tx"},
		{"long source block", toEth, func(m *signerv1.Transfer) { m.SourceBlock = append(m.SourceBlock, 0) }, "transfer.source_block"},
		{"short dest token", toEth, func(m *signerv1.Transfer) { m.DestToken = m.DestToken[:20] }, "transfer.dest_token"},
		{"amount with sign", toEth, func(m *signerv1.Transfer) { m.Amount = "+1" }, "transfer.amount"},
		{"amount with leading zero", toEth, func(m *signerv1.Transfer) { m.Amount = "01" }, "transfer.amount"},
		{"amount beyond uint256", toEth, func(m *signerv1.Transfer) { m.Amount = new(big.Int).Lsh(big.NewInt(1), 256).String() }, "transfer.amount"},
		{"zero amount", toEth, func(m *signerv1.Transfer) { m.Amount = "0" }, "transfer.amount"},
		{"empty fee", toEth, func(m *signerv1.Transfer) { m.Fee = "" }, "transfer.fee"},
		{"unknown route", toEth, func(m *signerv1.Transfer) { m.Route = "dai" }, "transfer.route"},
		{"unknown source chain", toEth, func(m *signerv1.Transfer) { m.SourceChain = 5 }, "transfer.source_chain"},
		{"unknown dest chain", toEth, func(m *signerv1.Transfer) { m.DestChain = 5 }, "transfer.dest_chain"},
		{"wrong dest token", toEth, func(m *signerv1.Transfer) {
			m.DestToken = bytes.Repeat([]byte{0}, 31)
			m.DestToken = append(m.DestToken, 1)
		}, "transfer.dest_token"},
		{"short ethereum recipient", toEth, func(m *signerv1.Transfer) { m.Recipient = m.Recipient[:19] }, "transfer.recipient"},
		{"zero ethereum recipient", toEth, func(m *signerv1.Transfer) { m.Recipient = make([]byte, 20) }, "transfer.recipient"},
		{"the ethereum bridge", toEth, func(m *signerv1.Transfer) { m.Recipient = ethBridge[:] }, "transfer.recipient"},
		{"the metaverse bridge", toMvs, func(m *signerv1.Transfer) { m.Recipient = []byte(mvsBridge.String()) }, "transfer.recipient"},
		{"an avatar of the metaverse bridge", toMvs, func(m *signerv1.Transfer) { m.Recipient = []byte("alice@" + mvsBridge.String()) }, "transfer.recipient"},
		{"the metaverse bridge's avatar", toMvs, func(m *signerv1.Transfer) { m.Recipient = []byte("droplet@" + mvsUser.String()) }, "transfer.recipient"},
		{"a mainnet address on the devnet", toMvs, func(m *signerv1.Transfer) {
			m.Recipient = []byte(mvs.NewP2PKHAddress(mvs.Mainnet, [20]byte{2}).String())
		}, "transfer.recipient"},
		{"a script address", toMvs, func(m *signerv1.Transfer) { m.Recipient = []byte(mvs.NewP2SHAddress([20]byte{2}).String()) }, "transfer.recipient"},
		{"no metaverse recipient", toMvs, func(m *signerv1.Transfer) { m.Recipient = nil }, "transfer.recipient"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := tc.base(routes)
			if _, err := c.Transfer(m); err != nil {
				t.Fatalf("the base transfer: %v", err)
			}
			tc.edit(m)
			_, err := c.Transfer(m)
			fe, ok := err.(*transfer.FieldError)
			if !ok || fe.Field != tc.field {
				t.Fatalf("got %v, want a field error naming %s", err, tc.field)
			}
		})
	}
	if _, err := c.Transfer(nil); err == nil {
		t.Fatal("a missing transfer parsed")
	}
}

func quorumOf(t testing.TB, c *Checker, m *signerv1.Transfer) *signerv1.QuorumState {
	t.Helper()
	p, err := c.Transfer(m)
	if err != nil {
		t.Fatal(err)
	}
	id := p.Transfer.ID()
	return &signerv1.QuorumState{TransferId: id[:], Digest: p.Digest[:], State: signerv1.State_STATE_QUORUM, Transfer: m,
		FirstSeen: timestamppb.Now()}
}

// TestQuorumRejects: a quorum state is read only when its id and digest are its transfer's own.
// A short source_tx is an error here, where the relayer used to panic converting it later.
func TestQuorumRejects(t *testing.T) {
	c, routes := checker(t)
	cases := []struct {
		name  string
		edit  func(*signerv1.QuorumState)
		field string
	}{
		{"short id", func(q *signerv1.QuorumState) { q.TransferId = q.TransferId[:31] }, "quorum.transfer_id"},
		{"another transfer's id", func(q *signerv1.QuorumState) { q.TransferId = bytes.Repeat([]byte{1}, 32) }, "quorum.transfer_id"},
		{"short digest", func(q *signerv1.QuorumState) { q.Digest = nil }, "quorum.digest"},
		{"another digest", func(q *signerv1.QuorumState) { q.Digest = bytes.Repeat([]byte{1}, 32) }, "quorum.digest"},
		{"short source tx", func(q *signerv1.QuorumState) { q.Transfer.SourceTx = q.Transfer.SourceTx[:3] }, "transfer.source_tx"},
		{"short source block", func(q *signerv1.QuorumState) { q.Transfer.SourceBlock = nil }, "transfer.source_block"},
		{"no transfer", func(q *signerv1.QuorumState) { q.Transfer = nil }, "transfer"},
		{"unknown state", func(q *signerv1.QuorumState) { q.State = 99 }, "quorum.state"},
		{"unspecified state", func(q *signerv1.QuorumState) { q.State = signerv1.State_STATE_UNSPECIFIED }, "quorum.state"},
		{"bad hold", func(q *signerv1.QuorumState) { q.HoldUntil = &timestamppb.Timestamp{Nanos: -1} }, "quorum.hold_until"},
		{"bad first seen", func(q *signerv1.QuorumState) { q.FirstSeen = &timestamppb.Timestamp{Seconds: 1 << 62} }, "quorum.first_seen"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			q := quorumOf(t, c, toEth(routes))
			if _, err := c.Quorum(q); err != nil {
				t.Fatalf("the base quorum: %v", err)
			}
			tc.edit(q)
			_, err := c.Quorum(q)
			fe, ok := err.(*transfer.FieldError)
			if !ok || fe.Field != tc.field {
				t.Fatalf("got %v, want a field error naming %s", err, tc.field)
			}
		})
	}
}

// TestPayoutRejects: the signer's payout answers are checked for size and, on Metaverse, that
// the transaction decodes and its txid is its hash.
func TestPayoutRejects(t *testing.T) {
	sig := bytes.Repeat([]byte{1}, 65)
	good := &signerv1.EthereumAuthorization{R: make([]byte, 32), S: make([]byte, 32), WatcherSignatures: [][]byte{sig, sig}}
	if _, err := Ethereum(good); err != nil {
		t.Fatal(err)
	}
	for name, a := range map[string]*signerv1.EthereumAuthorization{
		"short r":           {R: make([]byte, 31), S: make([]byte, 32), WatcherSignatures: [][]byte{sig}},
		"long s":            {R: make([]byte, 32), S: make([]byte, 33), WatcherSignatures: [][]byte{sig}},
		"no watchers":       {R: make([]byte, 32), S: make([]byte, 32)},
		"a short signature": {R: make([]byte, 32), S: make([]byte, 32), WatcherSignatures: [][]byte{sig, sig[:64]}},
		"missing":           nil,
	} {
		if _, err := Ethereum(a); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	tx := &mvs.Tx{Version: mvs.TxVersionCheckScript, Inputs: []mvs.Input{{PrevOut: mvs.OutPoint{Index: 1}, Sequence: 0xffffffff}},
		Outputs: []mvs.Output{{Value: 1, Script: mvsUser.Script()}}}
	raw := tx.Encode()
	h := tx.Hash()
	var txid [32]byte
	for i := range h {
		txid[i] = h[31-i]
	}
	if _, err := Metaverse(&signerv1.MetaverseTransaction{Raw: raw, Txid: txid[:]}); err != nil {
		t.Fatal(err)
	}
	for name, m := range map[string]*signerv1.MetaverseTransaction{
		"short txid":       {Raw: raw, Txid: txid[:31]},
		"another txid":     {Raw: raw, Txid: h[:]},
		"undecodable":      {Raw: raw[:10], Txid: txid[:]},
		"trailing bytes":   {Raw: append(raw, 0), Txid: txid[:]},
		"no transaction":   {Txid: txid[:]},
		"missing entirely": nil,
	} {
		if _, err := Metaverse(m); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// FuzzQuorum: whatever the signer answers, Quorum returns a field error or a quorum whose id
// and digest are its transfer's, and never panics.
func FuzzQuorum(f *testing.F) {
	c, routes := checker(f)
	for _, m := range []*signerv1.Transfer{toEth(routes), toMvs(routes)} {
		b, err := proto.Marshal(quorumOf(f, c, m))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var q signerv1.QuorumState
		if proto.Unmarshal(b, &q) != nil {
			return
		}
		p, err := c.Quorum(&q)
		if err != nil {
			if _, ok := err.(*transfer.FieldError); !ok {
				t.Fatalf("not a field error: %v", err)
			}
			return
		}
		if p.Transfer.ID() != p.ID || p.Transfer.Validate() != nil || p.Transfer.Amount.Sign() == 0 {
			t.Fatalf("accepted a bad quorum: %+v", p)
		}
	})
}
