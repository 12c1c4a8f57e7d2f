// Package report computes the reporter's daily report from the relayer's database: per route and
// direction the day's counts, volume, fees, refunds, failures, stuck transfers, latency and cap
// use, and per route the reconciliation of tokens locked on one chain against tokens circulating
// on the other.
//
// A report is a function of the database's history, the day, the options and a recorded balance
// snapshot: every transfer is taken in the state it had at the day's end (the cutoff), rebuilt
// from the relayer's events when it changed later, and nothing reads the clock. Running the same
// day again gives the same report.
package report

import (
	"math/big"
	"strings"
	"time"
)

// Directions as the relayer records them.
const (
	EthToMvs  = "eth_to_mvs"
	MvsToEth  = "mvs_to_eth"
	RefundEth = "refund_eth" // an Ethereum deposit paid back on Ethereum
	RefundMvs = "refund_mvs" // a Metaverse deposit paid back on Metaverse
)

// States as the relayer records them.
const (
	StateQuorum    = "quorum"
	StateHeld      = "held"
	StateSigned    = "signed"
	StateSubmitted = "submitted"
	StateConfirmed = "confirmed"
	StateFailed    = "failed"
	StateResolved  = "resolved"
)

// Active reports whether the relayer is still working on a transfer in state s.
func Active(s string) bool {
	switch s {
	case StateQuorum, StateHeld, StateSigned, StateSubmitted:
		return true
	}
	return false
}

// Settled reports whether a transfer in state s is paid out (or closed by an operator, who
// settled it by hand).
func Settled(s string) bool { return s == StateConfirmed || s == StateResolved }

// Group is the direction a transfer's row of the summary belongs to: a refund belongs to the
// direction its deposit was made in.
func Group(direction string) string {
	switch direction {
	case EthToMvs, RefundEth:
		return EthToMvs
	case MvsToEth, RefundMvs:
		return MvsToEth
	}
	return direction
}

// IsRefund reports whether direction is a refund.
func IsRefund(direction string) bool { return direction == RefundEth || direction == RefundMvs }

// Report is one UTC day's report.
type Report struct {
	Day        time.Time     // 00:00 UTC of the day
	Cutoff     time.Time     // the day's end: every state is taken as it was then
	StuckAfter time.Duration // an active transfer older than this at the cutoff is stuck
	RoutesHash string        // hex hash of the routes file the figures were converted with

	Rows           []Row    // per route (routes file order) and direction (eth_to_mvs, mvs_to_eth)
	Hourly         []Hourly // per route and direction, by the hour of quorum
	Latency        Latency  // every transfer confirmed during the day
	Largest        []Item   // per route, the largest transfers of the day, largest first
	Failed         []Item   // every transfer failed at the cutoff, whatever its day
	Stuck          []Item   // every transfer stuck at the cutoff, whatever its day, oldest first
	Reconciliation []Reconciliation
	BalancesAt     time.Time // when the chain balances of the reconciliation were read; zero if never
	UnknownRoutes  []UnknownRoute

	// Unsupported are the deposits the watchers recorded as unsupported by the cutoff, the
	// day's new ones first: every one is open, as nothing records their manual handling.
	Unsupported []Unsupported
	// Watchers are the names of the watcher databases the report read them from, sorted; none
	// configured: the report lists no unsupported deposit and says so.
	Watchers []string
	// WatcherErrors are the watcher databases that could not be read: their deposits are missing.
	WatcherErrors []WatcherError
}

// NewUnsupported counts the unsupported deposits first seen during the day.
func (r *Report) NewUnsupported() int {
	n := 0
	for _, u := range r.Unsupported {
		if u.New {
			n++
		}
	}
	return n
}

// Row is one route and direction of the day. Refunds of deposits in the row's direction are
// counted in the Refund fields, not in Count or Volume.
type Row struct {
	Route     string
	Direction string // eth_to_mvs or mvs_to_eth

	Count     int    // transfers (not refunds) that reached quorum during the day
	Volume    Amount // their amounts, destination tokens
	Fees      Amount // their fees, destination tokens
	Confirmed int    // of them, confirmed at the cutoff
	InFlight  int    // of them, still active at the cutoff
	Failed    int    // of them, failed at the cutoff
	Resolved  int    // of them, failed and closed by an operator at the cutoff
	Stuck     int    // of them, stuck at the cutoff

	Refunds    int    // refunds of deposits in this direction that reached quorum during the day
	Refunded   Amount // their amounts, source tokens (a refund pays back on the source chain)
	RefundFees Amount // their fees, source tokens

	Latency LatencyStats // of transfers and refunds of this row confirmed during the day

	DailyCap Amount // the route's rolling 24-hour cap per direction, destination tokens
	CapUse   string // Volume as a percentage of DailyCap, one decimal, rounded down
}

// Hourly is a route and direction's volume by hour of quorum (UTC).
type Hourly struct {
	Route     string
	Direction string
	Count     [24]int
	Volume    [24]Amount
}

// LatencyStats are quantiles of the time from quorum to the destination's confirmation. The
// quantiles are nearest-rank: the smallest value with at least that fraction at or below it.
type LatencyStats struct {
	N             int
	P50, P95, Max time.Duration
}

// Latency is the day's latency over every route, and its distribution.
type Latency struct {
	All     LatencyStats
	Buckets []Bucket
}

// Bucket is one bar of the latency distribution: transfers with Low <= latency < High (High 0:
// no upper bound).
type Bucket struct {
	Low, High time.Duration
	Count     int
}

// LatencyBounds are the buckets' lower bounds.
var LatencyBounds = []time.Duration{0, 30 * time.Second, time.Minute, 2 * time.Minute, 5 * time.Minute,
	10 * time.Minute, 30 * time.Minute, time.Hour, 6 * time.Hour}

// Item is one transfer of a list (largest, failed, stuck).
type Item struct {
	ID         string // 0x-hex
	Route      string
	Direction  string
	State      string // at the cutoff
	Amount     Amount // destination tokens
	Fee        Amount
	QuorumAt   time.Time
	Confirmed  time.Time // zero unless confirmed by the cutoff
	LastChange time.Time // the last event at or before the cutoff
	Age        time.Duration
	Reason     string
}

// UnknownRoute counts transfers of a route the routes file does not have; their amounts cannot
// be converted and are left out of every figure.
type UnknownRoute struct {
	Route string
	Count int
}

// Amount is a token amount: Units base units of a token with Decimals decimals.
type Amount struct {
	Units    *big.Int
	Decimals uint8
}

// NewAmount is zero tokens with these decimals.
func NewAmount(decimals uint8) Amount { return Amount{Units: new(big.Int), Decimals: decimals} }

// String is the exact decimal number of tokens without trailing zeros ("1234.5", "-0.25", "0").
func (a Amount) String() string {
	if a.Units == nil {
		return "0"
	}
	neg := a.Units.Sign() < 0
	s := new(big.Int).Abs(a.Units).String()
	if a.Decimals > 0 {
		d := int(a.Decimals)
		if len(s) <= d {
			s = strings.Repeat("0", d-len(s)+1) + s
		}
		s = strings.TrimRight(s[:len(s)-d]+"."+s[len(s)-d:], "0")
		s = strings.TrimSuffix(s, ".")
	}
	if neg {
		s = "-" + s
	}
	return s
}

// Grouped is String with thousands separators in the whole part ("1,234.5"), for people.
func (a Amount) Grouped() string {
	s := a.String()
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if hasFrac {
		return sign + b.String() + "." + frac
	}
	return sign + b.String()
}

// Float is the amount as a float, for charts only.
func (a Amount) Float() float64 {
	if a.Units == nil {
		return 0
	}
	f, _ := new(big.Rat).SetFrac(a.Units, pow10(a.Decimals)).Float64()
	return f
}

// Scale is the same amount with decimals (>= a.Decimals).
func (a Amount) Scale(decimals uint8) Amount {
	if decimals < a.Decimals {
		panic("report: Amount.Scale would lose digits")
	}
	return Amount{Units: new(big.Int).Mul(a.Units, pow10(decimals-a.Decimals)), Decimals: decimals}
}

func (a *Amount) add(v *big.Int) { a.Units.Add(a.Units, v) }

var pow10s [80]*big.Int

func init() {
	pow10s[0] = big.NewInt(1)
	for i := 1; i < len(pow10s); i++ {
		pow10s[i] = new(big.Int).Mul(pow10s[i-1], big.NewInt(10))
	}
}

func pow10(n uint8) *big.Int { return pow10s[n] }
