package ethchain

import (
	"errors"
	"math/big"
	"testing"
)

func TestBumped(t *testing.T) {
	for _, tc := range []struct {
		v    int64
		pct  uint64
		want int64
	}{
		{1_000_000_000, 10, 1_100_000_000},
		{1_000_000_000, 12, 1_120_000_000},
		{101, 10, 112}, // rounded up: 111.1
		{1, 10, 2},     // at least one wei more
		{0, 10, 1},
	} {
		if got := bumped(big.NewInt(tc.v), tc.pct); got.Int64() != tc.want {
			t.Errorf("bumped(%d, %d%%) = %s, want %d", tc.v, tc.pct, got, tc.want)
		}
	}
}

func TestInitialFees(t *testing.T) {
	g := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), gwei) }
	for _, tc := range []struct {
		name             string
		base, tip, max   *big.Int
		wantTip, wantCap *big.Int
		wantErr          error
	}{
		{"room", g(10), g(1), g(100), g(1), g(21), nil},
		{"capped", g(10), g(1), g(15), g(1), g(15), nil},
		{"tip above the cap", g(1), g(50), g(20), g(20), g(20), nil},
		{"base fee above the cap", g(30), g(1), g(20), nil, nil, ErrFeeCap},
	} {
		tip, fc, err := initialFees(tc.base, tc.tip, tc.max)
		if !errors.Is(err, tc.wantErr) {
			t.Errorf("%s: err %v, want %v", tc.name, err, tc.wantErr)
			continue
		}
		if err == nil && (tip.Cmp(tc.wantTip) != 0 || fc.Cmp(tc.wantCap) != 0) {
			t.Errorf("%s: tip %s cap %s, want %s %s", tc.name, tip, fc, tc.wantTip, tc.wantCap)
		}
	}
}

func TestReplacementFees(t *testing.T) {
	g := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), gwei) }
	for _, tc := range []struct {
		name             string
		oldTip, oldCap   *big.Int
		base, tip, max   *big.Int
		ok               bool
		wantTip, wantCap *big.Int
	}{
		{"minimum raise", g(1), g(21), g(5), g(1), g(100), true, big.NewInt(1_120_000_000), big.NewInt(23_520_000_000)},
		{"market above the raise", g(1), g(21), g(50), g(3), g(200), true, g(3), g(103)},
		{"market above the cap", g(1), g(21), g(50), g(3), g(30), true, g(3), g(30)},
		{"raise passes the cap", g(1), g(21), g(5), g(1), g(23), false, nil, nil},
		{"at the cap", g(1), g(21), g(5), g(1), g(21), false, nil, nil},
		{"tip raise passes the raised cap", g(21), g(21), g(5), g(1), g(100), true, big.NewInt(23_520_000_000), big.NewInt(33_520_000_000)},
	} {
		tip, fc, ok := replacementFees(tc.oldTip, tc.oldCap, tc.base, tc.tip, tc.max, DefaultFeeBumpPercent)
		if ok != tc.ok {
			t.Errorf("%s: ok %v, want %v", tc.name, ok, tc.ok)
			continue
		}
		if !ok {
			continue
		}
		if tip.Cmp(tc.wantTip) != 0 || fc.Cmp(tc.wantCap) != 0 {
			t.Errorf("%s: tip %s cap %s, want %s %s", tc.name, tip, fc, tc.wantTip, tc.wantCap)
		}
		if tip.Cmp(bumped(tc.oldTip, DefaultFeeBumpPercent)) < 0 || fc.Cmp(bumped(tc.oldCap, DefaultFeeBumpPercent)) < 0 ||
			fc.Cmp(tc.max) > 0 || tip.Cmp(fc) > 0 {
			t.Errorf("%s: tip %s cap %s break the rules", tc.name, tip, fc)
		}
	}
}

func TestClassify(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want sendOutcome
	}{
		{nil, sent},
		{errors.New("already known"), sent},
		{errors.New("transaction already imported"), sent},
		{errors.New("nonce too low: next nonce 5, tx nonce 4"), nonceTooLow},
		{errors.New("Nonce too low"), nonceTooLow},
		{errors.New("replacement transaction underpriced"), underpriced},
		{errors.New("max fee per gas less than block base fee"), sendFailed},
		{errors.New("connection refused"), sendFailed},
		{errors.New("insufficient funds for gas * price + value"), sendFailed},
	} {
		if got := classify(tc.err); got != tc.want {
			t.Errorf("classify(%v) = %d, want %d", tc.err, got, tc.want)
		}
	}
}
