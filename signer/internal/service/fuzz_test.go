package service

import (
	"testing"

	"google.golang.org/protobuf/proto"

	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/internal/wire"
	signerv1 "github.com/tokendroplet/droplet/proto/droplet/signer/v1"
)

const fuzzRoutes = `{"version":1,"ethereum":{"chain_id":1337,"bridge":"0x5FbDB2315678afecb367f032d93F642f64180aa3"},
"metaverse":{"network":"mainnet","bridge_address":"MAwLwVGwJyFsTBfNj2j5nCUrQXGVRvHzPh"},
"routes":[{"id":"usdt","enabled":true,"ethereum":{"token":"0xdAC17F958D2ee523a2206206994597C13D831ec7","decimals":6,"mode":"lock"},
"metaverse":{"symbol":"ERC20.USDT","decimals":6,"mode":"mint"},"max":"10","daily_cap":"20","big_threshold":"5","big_delay":"1h"}]}`

// FuzzParseTransfer: whatever a watcher sends, parseTransfer returns a field error or a transfer
// that validates, and never panics.
func FuzzParseTransfer(f *testing.F) {
	routes, err := transfer.ParseRoutes([]byte(fuzzRoutes))
	if err != nil {
		f.Fatal(err)
	}
	w, err := wire.NewChecker(routes)
	if err != nil {
		f.Fatal(err)
	}
	s := &Service{routes: routes, wire: w}
	rt, _ := routes.Route("usdt")
	tok := rt.DestToken(transfer.MvsToEth)
	seed, _ := proto.Marshal(&signerv1.Transfer{SourceChain: transfer.MetaverseMainnet, SourceTx: make([]byte, 32),
		SourceBlock: make([]byte, 32), Route: "usdt", DestChain: 1337, DestToken: tok[:], Recipient: append(make([]byte, 19), 1),
		Amount: "1", Fee: "0"})
	f.Add(seed)
	f.Fuzz(func(t *testing.T, b []byte) {
		var m signerv1.Transfer
		if proto.Unmarshal(b, &m) != nil {
			return
		}
		p, err := s.parseTransfer(&m)
		if err != nil {
			if _, ok := err.(*transfer.FieldError); !ok {
				t.Fatalf("not a field error: %v", err)
			}
			return
		}
		if err := p.t.Validate(); err != nil {
			t.Fatalf("parsed a transfer that does not validate: %v", err)
		}
	})
}

func FuzzDecodePageToken(f *testing.F) {
	f.Add("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
	f.Add("")
	f.Fuzz(func(t *testing.T, tok string) {
		c, err := decodePageToken(tok)
		if err == nil && c != nil && encodePageToken(c) != tok {
			t.Fatalf("token %q does not round-trip", tok)
		}
	})
}
