// Package policy is what the signer checks after quorum and before any signature: pauses, the
// route being enabled, the per-transfer maximum, the rolling 24-hour cap per route and direction,
// and the delay of big transfers.
package policy

import (
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/tokendroplet/droplet/internal/transfer"
)

// Window is the span of the rolling cap.
const Window = 24 * time.Hour

// Rejections. Each wraps into a *Rejection that carries the detail.
var (
	ErrPaused        = errors.New("paused")
	ErrRoutePaused   = errors.New("route paused")
	ErrRouteDisabled = errors.New("route disabled")
	ErrOverMax       = errors.New("above the per-transfer maximum")
	ErrOverCap       = errors.New("above the rolling 24-hour cap")
	ErrHeld          = errors.New("held: big transfer delay")
)

// Rejection says why policy refuses to sign now.
type Rejection struct {
	Err    error
	Detail string
}

func (r *Rejection) Error() string { return r.Err.Error() + ": " + r.Detail }
func (r *Rejection) Unwrap() error { return r.Err }

// Limits of a route in force: the routes file's, or an operator's override.
type Limits struct {
	Route        string
	Enabled      bool
	Max          transfer.Decimal
	DailyCap     transfer.Decimal
	BigThreshold transfer.Decimal
	BigDelay     time.Duration
}

// FromRoute takes the routes file's limits.
func FromRoute(rt *transfer.Route) Limits {
	return Limits{Route: rt.ID, Enabled: rt.Enabled, Max: rt.Max, DailyCap: rt.DailyCap,
		BigThreshold: rt.BigThreshold, BigDelay: rt.BigDelay.D}
}

// Parse builds limits from their text form (an override), checked against the route's decimals.
func Parse(rt *transfer.Route, enabled bool, max, dailyCap, bigThreshold, bigDelay string) (Limits, error) {
	l := Limits{Route: rt.ID, Enabled: enabled}
	fine := min(rt.Ethereum.Decimals, rt.Metaverse.Decimals)
	for _, f := range []struct {
		name string
		s    string
		dst  *transfer.Decimal
	}{{"max", max, &l.Max}, {"daily_cap", dailyCap, &l.DailyCap}, {"big_threshold", bigThreshold, &l.BigThreshold}} {
		d, err := transfer.ParseDecimal(f.s)
		if err != nil {
			return l, fmt.Errorf("%s: %w", f.name, err)
		}
		if d.Scale() > fine {
			return l, fmt.Errorf("%s: %s has more decimals than %d", f.name, f.s, fine)
		}
		*f.dst = d
	}
	d, err := time.ParseDuration(bigDelay)
	if err != nil || d < 0 {
		return l, fmt.Errorf("big_delay: %q is not a non-negative duration", bigDelay)
	}
	l.BigDelay = d
	if l.Max.Cmp(l.DailyCap) > 0 {
		return l, errors.New("max: above daily_cap")
	}
	return l, nil
}

// Looser names the limits in which l is looser than o, in a fixed order: enabled where o is
// disabled, a higher max, daily_cap or big_threshold, a shorter big_delay. Security-critical: an
// override that is looser than the routes file in anything is refused, and one looser than the
// limits in force needs two administrators; both decisions rest on this comparison.
func (l Limits) Looser(o Limits) []string {
	var out []string
	if l.Enabled && !o.Enabled {
		out = append(out, "enabled")
	}
	if l.Max.Cmp(o.Max) > 0 {
		out = append(out, "max")
	}
	if l.DailyCap.Cmp(o.DailyCap) > 0 {
		out = append(out, "daily_cap")
	}
	if l.BigThreshold.Cmp(o.BigThreshold) > 0 {
		out = append(out, "big_threshold")
	}
	if l.BigDelay < o.BigDelay {
		out = append(out, "big_delay")
	}
	return out
}

// Field is the text form of the named limit, as Looser names it.
func (l Limits) Field(name string) string {
	switch name {
	case "enabled":
		return fmt.Sprint(l.Enabled)
	case "max":
		return l.Max.String()
	case "daily_cap":
		return l.DailyCap.String()
	case "big_threshold":
		return l.BigThreshold.String()
	case "big_delay":
		return l.BigDelay.String()
	}
	return ""
}

// HoldUntil is when a transfer that reached quorum at may be signed: at itself, or at plus the
// delay when the amount is above the big-transfer threshold.
func (l Limits) HoldUntil(amount *big.Int, destDecimals uint8, at time.Time) time.Time {
	if amount.Cmp(l.BigThreshold.Units(destDecimals)) > 0 {
		return at.Add(l.BigDelay)
	}
	return at
}

// Request is one signing decision's inputs.
type Request struct {
	GlobalPause  bool
	RoutePaused  bool
	Amount       *big.Int // destination units
	DestDecimals uint8
	Used         *big.Int // signed in this lane within Window, destination units
	HoldUntil    time.Time
	Now          time.Time
}

// Check returns nil when policy allows signing now, or a *Rejection.
func (l Limits) Check(r Request) error {
	switch {
	case r.GlobalPause:
		return &Rejection{ErrPaused, "all signing is paused"}
	case r.RoutePaused:
		return &Rejection{ErrRoutePaused, "route " + l.Route}
	case !l.Enabled:
		return &Rejection{ErrRouteDisabled, "route " + l.Route}
	}
	if max := l.Max.Units(r.DestDecimals); r.Amount.Cmp(max) > 0 {
		return &Rejection{ErrOverMax, fmt.Sprintf("amount %s > max %s (%s)", r.Amount, max, l.Max)}
	}
	if r.Now.Before(r.HoldUntil) {
		return &Rejection{ErrHeld, "until " + r.HoldUntil.UTC().Format(time.RFC3339)}
	}
	capUnits := l.DailyCap.Units(r.DestDecimals)
	if total := new(big.Int).Add(r.Used, r.Amount); total.Cmp(capUnits) > 0 {
		return &Rejection{ErrOverCap, fmt.Sprintf("signed %s in 24h + %s > cap %s (%s)", r.Used, r.Amount, capUnits, l.DailyCap)}
	}
	return nil
}
