package transfer

import (
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"
)

const goodRoutes = `{"version":1,"ethereum":{"chain_id":1,"bridge":"0x5FbDB2315678afecb367f032d93F642f64180aa3"},
"metaverse":{"network":"mainnet","bridge_address":"MAwLwVGwJyFsTBfNj2j5nCUrQXGVRvHzPh","bridge_avatar":"droplet"},
"routes":[{"id":"usdt","enabled":true,"ethereum":{"token":"0xdAC17F958D2ee523a2206206994597C13D831ec7","decimals":18,"mode":"lock"},
"metaverse":{"symbol":"ERC20.USDT","decimals":8,"mode":"mint"},"min":"1","max":"1000","daily_cap":"5000","big_threshold":"500","big_delay":"1h",
"fee":{"flat":"0.5","bps":30}}]}`

func TestParseRoutesRejects(t *testing.T) {
	cases := []struct{ name, from, to, key string }{
		{"unknown key", `"version":1,`, `"version":1,"extra":1,`, "unknown field"},
		{"version", `"version":1`, `"version":2`, "version"},
		{"chain id", `"chain_id":1`, `"chain_id":0`, "ethereum.chain_id"},
		{"metaverse chain id used for ethereum", `"chain_id":1`, `"chain_id":1297502976`, "ethereum.chain_id"},
		{"bridge", `"bridge":"0x5FbDB2315678afecb367f032d93F642f64180aa3"`, `"bridge":"0x5FbD"`, "ethereum.bridge"},
		{"zero bridge", `"bridge":"0x5FbDB2315678afecb367f032d93F642f64180aa3"`, `"bridge":"0x0000000000000000000000000000000000000000"`, "zero address"},
		{"network", `"network":"mainnet"`, `"network":"moon"`, "metaverse.network"},
		{"bridge address", `"bridge_address":"MAwLwVGwJyFsTBfNj2j5nCUrQXGVRvHzPh"`, `"bridge_address":""`, "metaverse.bridge_address"},
		{"route id", `"id":"usdt"`, `"id":"USDT!"`, "routes[0].id"},
		{"token", `"token":"0xdAC17F958D2ee523a2206206994597C13D831ec7"`, `"token":"x"`, "routes[0].ethereum.token"},
		{"eth decimals", `"decimals":18`, `"decimals":77`, "ethereum.decimals"},
		{"mst decimals", `"decimals":8`, `"decimals":20`, "metaverse.decimals"},
		{"symbol", `"symbol":"ERC20.USDT"`, `"symbol":"erc20 usdt"`, "metaverse.symbol"},
		{"lock lock", `"mode":"mint"`, `"mode":"lock"`, "one side must lock"},
		{"finer than decimals", `"min":"1"`, `"min":"1.000000001"`, "routes[0].min"},
		{"number, not string", `"min":"1"`, `"min":1`, "JSON string"},
		{"min above max", `"min":"1"`, `"min":"2000"`, "above max"},
		{"max above cap", `"max":"1000"`, `"max":"9000"`, "above daily_cap"},
		{"missing cap", `"daily_cap":"5000",`, ``, "daily_cap"},
		{"bps", `"bps":30`, `"bps":10000`, "fee.bps"},
		{"delay", `"big_delay":"1h"`, `"big_delay":"10000h"`, "big_delay"},
		{"bad delay", `"big_delay":"1h"`, `"big_delay":"soon"`, "duration"},
		{"trailing", `]}`, `]}{}`, "trailing"},
		{"dust above min", `"fee":{`, `"dust":"2","fee":{`, "routes[0].dust"},
		{"dust finer than decimals", `"fee":{`, `"dust":"0.000000001","fee":{`, "routes[0].dust"},
		{"dust a number", `"fee":{`, `"dust":0.5,"fee":{`, "JSON string"},
	}
	for _, c := range cases {
		in := strings.Replace(goodRoutes, c.from, c.to, 1)
		if in == goodRoutes {
			t.Fatalf("%s: edit did not apply", c.name)
		}
		_, err := ParseRoutes([]byte(in))
		if err == nil || !strings.Contains(err.Error(), c.key) {
			t.Errorf("%s: got %v, want an error naming %q", c.name, err, c.key)
		}
	}
	dup := strings.Replace(goodRoutes, `]}`, `,`+goodRoutes[strings.Index(goodRoutes, `{"id"`):len(goodRoutes)-2]+`]}`, 1)
	if _, err := ParseRoutes([]byte(dup)); err == nil || !strings.Contains(err.Error(), "duplicate route") {
		t.Errorf("duplicate route: %v", err)
	}
}

func TestRoutesHash(t *testing.T) {
	a, err := ParseRoutes([]byte(goodRoutes))
	if err != nil {
		t.Fatal(err)
	}
	b, err := ParseRoutes([]byte(strings.ReplaceAll(goodRoutes, ",", " ,\n")))
	if err != nil {
		t.Fatal(err)
	}
	if a.Hash() != b.Hash() {
		t.Fatal("formatting changed the routes hash")
	}
	c, _ := ParseRoutes([]byte(strings.Replace(goodRoutes, `"bps":30`, `"bps":31`, 1)))
	if a.Hash() == c.Hash() {
		t.Fatal("a different fee kept the routes hash")
	}
	d1, _ := a.Domain(1)
	d2, _ := c.Domain(1)
	if d1.Separator() == d2.Separator() {
		t.Fatal("different routes give the same domain")
	}
}

func TestQuote(t *testing.T) {
	r, err := ParseRoutes([]byte(goodRoutes))
	if err != nil {
		t.Fatal(err)
	}
	rt, _ := r.Route("usdt")
	e18 := func(s string) *big.Int { v, _ := new(big.Int).SetString(s, 10); return v }
	cases := []struct {
		name              string
		dir               Direction
		in                *big.Int
		amount, fee, dust string
		refund            bool
	}{
		// 100.123456789123456789 tokens: 8 decimals on Metaverse, the rest is dust.
		{"eth to mvs with dust", EthToMvs, e18("100123456789123456789"), "9932308641", "80037037", "9123456789", false},
		{"mvs to eth scales up", MvsToEth, big.NewInt(10_000_000_000), e18("99200000000000000000").String(), e18("800000000000000000").String(), "0", false},
		{"below min", EthToMvs, e18("999999999999999999"), "", "", "", true},
	}
	for _, c := range cases {
		q := rt.Quote(c.dir, c.in)
		if q.Refund != c.refund {
			t.Fatalf("%s: refund %v", c.name, q.Refund)
		}
		if c.refund {
			continue
		}
		if q.Amount.String() != c.amount || q.Fee.String() != c.fee || q.Dust.String() != c.dust {
			t.Errorf("%s: amount %s fee %s dust %s", c.name, q.Amount, q.Fee, q.Dust)
		}
		// Nothing is created or lost: amount + fee (+ dust, in source units) is the input.
		srcDec, dstDec := rt.Decimals(c.dir)
		back := new(big.Int).Add(q.Amount, q.Fee)
		if dstDec > srcDec {
			back.Div(back, pow10(dstDec-srcDec))
		} else {
			back.Mul(back, pow10(srcDec-dstDec)).Add(back, q.Dust)
		}
		if back.Cmp(c.in) != 0 {
			t.Errorf("%s: %s in, %s accounted for", c.name, c.in, back)
		}
	}
	rq := rt.RefundQuote(EthToMvs, big.NewInt(1))
	if rq.Amount.Sign() != 0 || rq.Fee.Int64() != 1 {
		t.Errorf("refund smaller than the fee: %+v", rq)
	}
}

func TestValidateRejects(t *testing.T) {
	good := func() *Transfer {
		return &Transfer{SourceChain: 1, SourceTx: [32]byte{1}, SourceBlock: [32]byte{2}, Route: RouteKey("usdt"), DestChain: MetaverseMainnet,
			DestToken: MetaverseToken("X"), Recipient: []byte("M"), Amount: big.NewInt(1), Fee: big.NewInt(0)}
	}
	cases := []struct {
		field string
		edit  func(*Transfer)
	}{
		{"source_chain", func(t *Transfer) { t.SourceChain = 0 }},
		{"source_tx", func(t *Transfer) { t.SourceTx = [32]byte{} }},
		{"source_block", func(t *Transfer) { t.SourceBlock = [32]byte{} }},
		{"route", func(t *Transfer) { t.Route = [32]byte{} }},
		{"dest_chain", func(t *Transfer) { t.DestChain = 0 }},
		{"dest_token", func(t *Transfer) { t.DestToken = [32]byte{} }},
		{"amount", func(t *Transfer) { t.Amount = nil }},
		{"amount", func(t *Transfer) { t.Amount = big.NewInt(-1) }},
		{"fee", func(t *Transfer) { t.Fee = new(big.Int).Lsh(big.NewInt(1), 256) }},
		{"recipient", func(t *Transfer) { t.Recipient = nil }},
		{"recipient", func(t *Transfer) { t.Recipient = make([]byte, MaxRecipientLen+1) }},
		{"recipient", func(t *Transfer) { t.DestChain = 1; t.DestToken = EthereumToken([20]byte{1}) }},
		{"dest_token", func(t *Transfer) { t.DestChain = 1; t.Recipient = make([]byte, 20) }},
	}
	for _, c := range cases {
		tr := good()
		c.edit(tr)
		var fe *FieldError
		err := tr.Validate()
		if !errors.As(err, &fe) || fe.Field != c.field || !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: got %v", c.field, err)
		}
	}
	if err := good().Validate(); err != nil {
		t.Fatal(err)
	}
}

func FuzzParseRoutes(f *testing.F) {
	f.Add([]byte(goodRoutes))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := ParseRoutes(b)
		if err != nil {
			return
		}
		for i := range r.Routes {
			rt := &r.Routes[i]
			q := rt.Quote(EthToMvs, big.NewInt(1_000_000_000))
			if q.Amount.Sign() < 0 && !q.Refund {
				t.Fatal("negative payout not refunded")
			}
		}
	})
}

func FuzzParseDecimal(f *testing.F) {
	for _, s := range []string{"0", "1.5", "1000.000001", "01", "1.", ".5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDecimal(s)
		if err != nil {
			return
		}
		again, err := ParseDecimal(d.String())
		if err != nil || again.Cmp(d) != 0 {
			t.Fatalf("%q -> %q does not round-trip", s, d)
		}
	})
}

// TestDust: a deposit below the route's dust threshold, or of zero, is dust; without the setting
// only zero is; a file without the setting keeps the hash it had before the setting existed.
func TestDust(t *testing.T) {
	plain, err := ParseRoutes([]byte(goodRoutes))
	if err != nil {
		t.Fatal(err)
	}
	if canon, err := json.Marshal(plain); err != nil || strings.Contains(string(canon), "dust") {
		t.Fatalf("the canonical form of a file without dust names it (%v): %s", err, canon)
	}
	dusty, err := ParseRoutes([]byte(strings.Replace(goodRoutes, `"fee":{`, `"dust":"0.6","fee":{`, 1)))
	if err != nil {
		t.Fatal(err)
	}
	if plain.Hash() == dusty.Hash() {
		t.Fatal("the dust setting is not in the routes hash")
	}
	e18 := func(milli int64) *big.Int { return new(big.Int).Mul(big.NewInt(milli), big.NewInt(1e15)) }
	e8 := func(milli int64) *big.Int { return big.NewInt(milli * 1e5) }
	cases := []struct {
		name   string
		routes *Routes
		dir    Direction
		amount *big.Int
		want   bool
	}{
		{"zero, no setting", plain, EthToMvs, big.NewInt(0), true},
		{"one unit, no setting", plain, EthToMvs, big.NewInt(1), false},
		{"zero, mvs side", plain, MvsToEth, big.NewInt(0), true},
		{"below dust, 18 decimals", dusty, EthToMvs, e18(599), true},
		{"at dust, 18 decimals", dusty, EthToMvs, e18(600), false},
		{"below dust, 8 decimals", dusty, MvsToEth, e8(599), true},
		{"at dust, 8 decimals", dusty, MvsToEth, e8(600), false},
	}
	for _, c := range cases {
		rt, _ := c.routes.Route("usdt")
		if got := rt.IsDust(c.dir, c.amount); got != c.want {
			t.Errorf("%s: IsDust(%s) = %v, want %v", c.name, c.amount, got, c.want)
		}
	}
}

// TestCheckEthereumRecipient: the bridge contract and the zero address are never paid.
func TestCheckEthereumRecipient(t *testing.T) {
	r, err := ParseRoutes([]byte(goodRoutes))
	if err != nil {
		t.Fatal(err)
	}
	user := [20]byte{19: 1}
	if err := r.CheckEthereumRecipient(user); err != nil {
		t.Errorf("a user: %v", err)
	}
	if err := r.CheckEthereumRecipient(r.EthereumBridge()); !errors.Is(err, ErrBridgeRecipient) {
		t.Errorf("the bridge: %v, want ErrBridgeRecipient", err)
	}
	if err := r.CheckEthereumRecipient([20]byte{}); err == nil {
		t.Error("the zero address accepted")
	}
}
