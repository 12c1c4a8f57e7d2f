package report

import (
	"context"
	"database/sql"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/tokendroplet/droplet/internal/transfer"
)

// Balances reads a route's token figures on the chains. Locked is what the bridge holds on the
// route's lock side, in that side's base units; Circulating is what exists outside the bridge on
// the mint side, in that side's base units.
type Balances interface {
	Locked(ctx context.Context, rt *transfer.Route) (*big.Int, error)
	Circulating(ctx context.Context, rt *transfer.Route) (*big.Int, error)
}

// Snapshot is the chain balances of every route, read once and recorded with the day's report
// so that running the day again reconciles against the same figures.
type Snapshot struct {
	ReadAt time.Time       `json:"read_at"`
	Routes []SnapshotRoute `json:"routes"`
}

// SnapshotRoute is one route's balances, as decimal strings of base units, or why they could
// not be read.
type SnapshotRoute struct {
	Route       string `json:"route"`
	Locked      string `json:"locked,omitempty"`
	Circulating string `json:"circulating,omitempty"`
	Error       string `json:"error,omitempty"`
}

// ReadBalances reads every route's balances at now. A route whose balance cannot be read is
// recorded with its error; the report shows it as unavailable.
func ReadBalances(ctx context.Context, b Balances, routes *transfer.Routes, now time.Time) *Snapshot {
	s := &Snapshot{ReadAt: now.UTC().Truncate(time.Microsecond)}
	for i := range routes.Routes {
		rt := &routes.Routes[i]
		sr := SnapshotRoute{Route: rt.ID}
		locked, err := b.Locked(ctx, rt)
		if err == nil {
			var circ *big.Int
			if circ, err = b.Circulating(ctx, rt); err == nil {
				sr.Locked, sr.Circulating = locked.String(), circ.String()
			}
		}
		if err != nil {
			sr.Error = err.Error()
		}
		s.Routes = append(s.Routes, sr)
	}
	return s
}

// Reconciliation statuses.
const (
	StatusOK          = "ok"
	StatusMismatch    = "mismatch"    // a difference the database does not explain
	StatusUnavailable = "unavailable" // no balances to compare
)

// Reconciliation is one route's check that the tokens locked on its lock side back the tokens
// circulating on its mint side. The difference Locked - Circulating is explained by transfers
// whose source tokens reached the bridge but whose payout has not (InFlight, Unpaid) and by the
// fees the bridge kept on paid transfers (FeesKept). Decimal conversion may leave up to one
// destination unit of dust per transfer on the lock side (DustAllowance). Every amount is in
// tokens at the route's finer decimals.
type Reconciliation struct {
	Route         string
	LockSide      string // ethereum or metaverse
	MintSide      string
	Status        string
	Error         string // why it is unavailable
	Locked        Amount
	Circulating   Amount
	Difference    Amount // Locked - Circulating
	InFlight      Amount // amount + fee of transfers still active
	InFlightCount int
	Unpaid        Amount // amount + fee of failed transfers
	UnpaidCount   int
	FeesKept      Amount // fees of settled transfers
	Explained     Amount // InFlight + Unpaid + FeesKept
	Unexplained   Amount // Difference - Explained: ok when 0 <= Unexplained <= DustAllowance
	DustAllowance Amount
}

const reconcileQuery = `
SELECT route, direction, st, count(*), coalesce(sum(amount), 0)::text, coalesce(sum(fee), 0)::text
FROM (
    SELECT t.route, t.direction, t.amount, t.fee,
           CASE WHEN t.updated_at <= $1 THEN t.state
                ELSE coalesce((SELECT e.to_state FROM events e WHERE e.transfer_id = t.id AND e.at <= $1
                               ORDER BY e.id DESC LIMIT 1), 'quorum') END AS st
    FROM transfers t WHERE t.quorum_at <= $1) x
GROUP BY route, direction, st
ORDER BY route, direction, st`

func sideName(m transfer.Mode) string {
	if m == transfer.ModeLock {
		return "lock"
	}
	return "mint"
}

func (b *builder) reconcile(ctx context.Context, tx *sql.Tx, snap *Snapshot) error {
	recs := map[string]*Reconciliation{}
	var order []*Reconciliation
	for i := range b.routes.Routes {
		rt := &b.routes.Routes[i]
		sc := RouteScale(rt)
		rc := &Reconciliation{Route: rt.ID, LockSide: "ethereum", MintSide: "metaverse", Status: StatusUnavailable,
			Locked: NewAmount(sc), Circulating: NewAmount(sc), Difference: NewAmount(sc), InFlight: NewAmount(sc),
			Unpaid: NewAmount(sc), FeesKept: NewAmount(sc), Explained: NewAmount(sc), Unexplained: NewAmount(sc),
			DustAllowance: NewAmount(sc)}
		if sideName(rt.Ethereum.Mode) == "mint" {
			rc.LockSide, rc.MintSide = "metaverse", "ethereum"
		}
		recs[rt.ID] = rc
		order = append(order, rc)
	}
	if snap == nil {
		for _, rc := range order {
			rc.Error = "no chain balances configured"
		}
		b.r.Reconciliation = sortReconciliation(order)
		return nil
	}
	b.r.BalancesAt = snap.ReadAt.UTC()

	rows, err := tx.QueryContext(ctx, reconcileQuery, snap.ReadAt)
	if err != nil {
		return fmt.Errorf("report: reconcile: %w", err)
	}
	defer rows.Close()
	amount, fee := new(big.Int), new(big.Int)
	for rows.Next() {
		var route, dir, st, amountText, feeText string
		var n int64
		if err := rows.Scan(&route, &dir, &st, &n, &amountText, &feeText); err != nil {
			return fmt.Errorf("report: reconcile: %w", err)
		}
		rt, ok := b.routes.Route(route)
		if !ok {
			continue // counted in UnknownRoutes when it touches the day
		}
		amount.SetString(amountText, 10)
		fee.SetString(feeText, 10)
		rc := recs[route]
		sc := RouteScale(rt)
		dec := DestDecimals(rt, dir)
		up := pow10(sc - dec)
		amount.Mul(amount, up)
		fee.Mul(fee, up)
		switch {
		case Settled(st):
			rc.FeesKept.add(fee)
		case st == StateFailed:
			rc.Unpaid.add(amount)
			rc.Unpaid.add(fee)
			rc.UnpaidCount += int(n)
		default:
			rc.InFlight.add(amount)
			rc.InFlight.add(fee)
			rc.InFlightCount += int(n)
		}
		// A source finer than the destination leaves what the destination cannot represent locked.
		if src := DestDecimals(rt, refundOf(dir)); !IsRefund(dir) && src > dec {
			per := new(big.Int).Sub(pow10(src-dec), big.NewInt(1))
			per.Mul(per, pow10(sc-src))
			rc.DustAllowance.add(per.Mul(per, big.NewInt(n)))
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("report: reconcile: %w", err)
	}

	got := map[string]SnapshotRoute{}
	for _, sr := range snap.Routes {
		got[sr.Route] = sr
	}
	for _, rc := range order {
		rt, _ := b.routes.Route(rc.Route)
		sc := RouteScale(rt)
		rc.Explained.add(rc.InFlight.Units)
		rc.Explained.add(rc.Unpaid.Units)
		rc.Explained.add(rc.FeesKept.Units)
		sr, ok := got[rc.Route]
		switch {
		case !ok:
			rc.Error = "no balance was read for this route"
			continue
		case sr.Error != "":
			rc.Error = sr.Error
			continue
		}
		lockDec, mintDec := rt.Ethereum.Decimals, rt.Metaverse.Decimals
		if rc.LockSide == "metaverse" {
			lockDec, mintDec = mintDec, lockDec
		}
		locked, ok1 := new(big.Int).SetString(sr.Locked, 10)
		circ, ok2 := new(big.Int).SetString(sr.Circulating, 10)
		if !ok1 || !ok2 {
			rc.Error = fmt.Sprintf("unreadable balances %q, %q", sr.Locked, sr.Circulating)
			continue
		}
		rc.Locked = Amount{Units: locked, Decimals: lockDec}.Scale(sc)
		rc.Circulating = Amount{Units: circ, Decimals: mintDec}.Scale(sc)
		rc.Difference = Amount{Units: new(big.Int).Sub(rc.Locked.Units, rc.Circulating.Units), Decimals: sc}
		rc.Unexplained = Amount{Units: new(big.Int).Sub(rc.Difference.Units, rc.Explained.Units), Decimals: sc}
		rc.Status = StatusOK
		if rc.Unexplained.Units.Sign() < 0 || rc.Unexplained.Units.Cmp(rc.DustAllowance.Units) > 0 {
			rc.Status = StatusMismatch
		}
	}
	b.r.Reconciliation = sortReconciliation(order)
	return nil
}

// sortReconciliation puts mismatches first, then unavailable routes, then the rest, each in the
// routes file's order.
func sortReconciliation(order []*Reconciliation) []Reconciliation {
	rank := map[string]int{StatusMismatch: 0, StatusUnavailable: 1, StatusOK: 2}
	out := make([]Reconciliation, len(order))
	for i, rc := range order {
		out[i] = *rc
	}
	sort.SliceStable(out, func(i, j int) bool { return rank[out[i].Status] < rank[out[j].Status] })
	return out
}

// Mismatches are the routes whose reconciliation failed.
func (r *Report) Mismatches() []Reconciliation {
	var out []Reconciliation
	for _, rc := range r.Reconciliation {
		if rc.Status == StatusMismatch {
			out = append(out, rc)
		}
	}
	return out
}
