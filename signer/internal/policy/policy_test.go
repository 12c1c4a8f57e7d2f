package policy

import (
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/tokendroplet/droplet/internal/transfer"
)

func dec(t *testing.T, s string) transfer.Decimal {
	t.Helper()
	d, err := transfer.ParseDecimal(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestCheck(t *testing.T) {
	now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	l := Limits{Route: "usdt", Enabled: true, Max: dec(t, "1000"), DailyCap: dec(t, "1500.5"), BigThreshold: dec(t, "500"), BigDelay: time.Hour}
	units := func(v int64) *big.Int { return new(big.Int).Mul(big.NewInt(v), big.NewInt(1_000_000)) }
	ok := Request{Amount: units(100), DestDecimals: 6, Used: units(0), Now: now}
	cases := []struct {
		name string
		l    Limits
		edit func(*Request)
		want error
	}{
		{"allowed", l, nil, nil},
		{"global pause", l, func(r *Request) { r.GlobalPause = true }, ErrPaused},
		{"route pause", l, func(r *Request) { r.RoutePaused = true }, ErrRoutePaused},
		{"disabled", Limits{Route: "usdt", Max: l.Max, DailyCap: l.DailyCap}, nil, ErrRouteDisabled},
		{"max exactly", l, func(r *Request) { r.Amount = units(1000) }, nil},
		{"above max by one unit", l, func(r *Request) { r.Amount = new(big.Int).Add(units(1000), big.NewInt(1)) }, ErrOverMax},
		{"held", l, func(r *Request) { r.HoldUntil = now.Add(time.Second) }, ErrHeld},
		{"hold elapsed", l, func(r *Request) { r.HoldUntil = now }, nil},
		{"cap exactly", l, func(r *Request) { r.Used = new(big.Int).Add(units(1400), big.NewInt(500_000)) }, nil},
		{"cap exceeded", l, func(r *Request) { r.Used = units(1401) }, ErrOverCap},
		{"other decimals", l, func(r *Request) { r.DestDecimals = 18; r.Amount = new(big.Int).Mul(units(1001), big.NewInt(1e12)) }, ErrOverMax},
	}
	for _, c := range cases {
		r := ok
		if c.edit != nil {
			c.edit(&r)
		}
		err := c.l.Check(r)
		if !errors.Is(err, c.want) || (c.want == nil) != (err == nil) {
			t.Errorf("%s: got %v, want %v", c.name, err, c.want)
		}
		var rej *Rejection
		if err != nil && !errors.As(err, &rej) {
			t.Errorf("%s: not a *Rejection", c.name)
		}
	}
}

func TestHoldUntil(t *testing.T) {
	now := time.Now()
	l := Limits{BigThreshold: dec(t, "500"), BigDelay: time.Hour}
	if got := l.HoldUntil(big.NewInt(500_000_000), 6, now); !got.Equal(now) {
		t.Fatal("at the threshold: held")
	}
	if got := l.HoldUntil(big.NewInt(500_000_001), 6, now); !got.Equal(now.Add(time.Hour)) {
		t.Fatal("above the threshold: not held")
	}
}

func TestParse(t *testing.T) {
	routes, err := transfer.ParseRoutes([]byte(`{"version":1,"ethereum":{"chain_id":1,"bridge":"0x5FbDB2315678afecb367f032d93F642f64180aa3"},
	"metaverse":{"network":"mainnet","bridge_address":"MAwLwVGwJyFsTBfNj2j5nCUrQXGVRvHzPh"},
	"routes":[{"id":"usdt","enabled":true,"ethereum":{"token":"0xdAC17F958D2ee523a2206206994597C13D831ec7","decimals":6,"mode":"lock"},
	"metaverse":{"symbol":"ERC20.USDT","decimals":4,"mode":"mint"},"max":"10","daily_cap":"20","big_threshold":"5","big_delay":"1h"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	rt, _ := routes.Route("usdt")
	bad := []struct{ max, cap, big, delay string }{
		{"10.00001", "20", "5", "1h"}, // finer than the 4 decimals of the MST side
		{"x", "20", "5", "1h"},
		{"10", "", "5", "1h"},
		{"10", "20", "5", "-1h"},
		{"10", "20", "5", "soon"},
		{"30", "20", "5", "1h"},
	}
	for _, b := range bad {
		if _, err := Parse(rt, true, b.max, b.cap, b.big, b.delay); err == nil {
			t.Errorf("accepted %v", b)
		}
	}
	if _, err := Parse(rt, true, "10.0001", "20", "5", "30m"); err != nil {
		t.Fatal(err)
	}
}

func TestLooser(t *testing.T) {
	base := Limits{Route: "usdt", Enabled: true, Max: dec(t, "1000"), DailyCap: dec(t, "1500"), BigThreshold: dec(t, "500"), BigDelay: time.Hour}
	cases := []struct {
		name string
		edit func(*Limits)
		want []string
	}{
		{"same", func(*Limits) {}, nil},
		{"same written otherwise", func(l *Limits) { l.Max = dec(t, "1000.000") }, nil},
		{"lower max", func(l *Limits) { l.Max = dec(t, "999.99") }, nil},
		{"lower cap", func(l *Limits) { l.DailyCap = dec(t, "1") }, nil},
		{"lower big threshold", func(l *Limits) { l.BigThreshold = dec(t, "0") }, nil},
		{"longer delay", func(l *Limits) { l.BigDelay = 2 * time.Hour }, nil},
		{"disabled", func(l *Limits) { l.Enabled = false }, nil},
		{"higher max by a unit", func(l *Limits) { l.Max = dec(t, "1000.000001") }, []string{"max"}},
		{"higher cap", func(l *Limits) { l.DailyCap = dec(t, "1501") }, []string{"daily_cap"}},
		{"higher big threshold", func(l *Limits) { l.BigThreshold = dec(t, "501") }, []string{"big_threshold"}},
		{"shorter delay", func(l *Limits) { l.BigDelay = time.Hour - time.Nanosecond }, []string{"big_delay"}},
		{"everything looser, one tighter", func(l *Limits) {
			l.Max, l.DailyCap, l.BigThreshold, l.BigDelay = dec(t, "2000"), dec(t, "1400"), dec(t, "600"), 0
		}, []string{"max", "big_threshold", "big_delay"}},
	}
	for _, c := range cases {
		l := base
		c.edit(&l)
		got := l.Looser(base)
		if len(got) != len(c.want) {
			t.Errorf("%s: looser in %v, want %v", c.name, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: looser in %v, want %v", c.name, got, c.want)
			}
		}
	}
	off := base
	off.Enabled = false
	if got := base.Looser(off); len(got) != 1 || got[0] != "enabled" {
		t.Errorf("enabling a disabled route: looser in %v, want [enabled]", got)
	}
	for _, f := range []string{"enabled", "max", "daily_cap", "big_threshold", "big_delay"} {
		if base.Field(f) == "" {
			t.Errorf("Field(%s) is empty", f)
		}
	}
}
