package report

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"time"

	"github.com/lib/pq"

	"github.com/tokendroplet/droplet/internal/transfer"
)

// Options of a report.
type Options struct {
	Day        time.Time     // any instant of the UTC day
	StuckAfter time.Duration // default 1h
	Largest    int           // transfers per route in the largest list; default 10
	// Balances is the chain balances to reconcile against, read earlier (see ReadBalances) and
	// kept so that the same day gives the same report; nil leaves every route unchecked.
	Balances *Snapshot
	// Watchers are the watcher databases to list unsupported deposits from; one that cannot be
	// read is named in the report's WatcherErrors, and the report is made without it.
	Watchers []Watcher
}

// Defaults.
const (
	DefaultStuckAfter = time.Hour
	DefaultLargest    = 10
)

// DayOf is the UTC midnight that starts t's day.
func DayOf(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// Build computes the report of one day. It reads the relayer's tables in one read-only
// repeatable-read transaction, so every figure comes from one consistent snapshot.
func Build(ctx context.Context, db *sql.DB, routes *transfer.Routes, opt Options) (*Report, error) {
	if opt.StuckAfter <= 0 {
		opt.StuckAfter = DefaultStuckAfter
	}
	if opt.Largest <= 0 {
		opt.Largest = DefaultLargest
	}
	day := DayOf(opt.Day)
	tx, err := db.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("report: begin: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // read-only

	h := routes.Hash()
	b := newBuilder(routes, day, opt)
	b.r.RoutesHash = hex.EncodeToString(h[:])
	if err := b.scan(ctx, tx); err != nil {
		return nil, err
	}
	if err := b.details(ctx, tx); err != nil {
		return nil, err
	}
	b.finish()
	if err := b.reconcile(ctx, tx, opt.Balances); err != nil {
		return nil, err
	}
	for _, w := range opt.Watchers {
		b.r.Watchers = append(b.r.Watchers, w.Name)
	}
	slices.Sort(b.r.Watchers)
	b.r.Unsupported, b.r.WatcherErrors = readUnsupported(ctx, opt.Watchers, routes, day, b.cutoff)
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("report: %w", err) // cancelled: the watchers' errors say nothing of them
	}
	return b.r, nil
}

type rowKey struct{ route, dir string }

type builder struct {
	routes  *transfer.Routes
	opt     Options
	start   time.Time
	cutoff  time.Time
	r       *Report
	rows    map[rowKey]*Row
	hourly  map[rowKey]*Hourly
	lat     map[rowKey][]time.Duration
	latAll  []time.Duration
	largest map[string][]largeItem
	unknown map[string]int
	// ids of failed and stuck items, for their last event
	failed, stuck []*Item
	failedID      [][]byte
	stuckID       [][]byte
}

type largeItem struct {
	key  *big.Int // the amount at the route's scale
	id   []byte
	item Item
}

func newBuilder(routes *transfer.Routes, day time.Time, opt Options) *builder {
	b := &builder{
		routes: routes, opt: opt, start: day, cutoff: day.Add(24 * time.Hour),
		r:       &Report{Day: day, Cutoff: day.Add(24 * time.Hour), StuckAfter: opt.StuckAfter},
		rows:    map[rowKey]*Row{},
		hourly:  map[rowKey]*Hourly{},
		lat:     map[rowKey][]time.Duration{},
		largest: map[string][]largeItem{},
		unknown: map[string]int{},
	}
	for i := range routes.Routes {
		rt := &routes.Routes[i]
		for _, dir := range []string{EthToMvs, MvsToEth} {
			k := rowKey{rt.ID, dir}
			dec := DestDecimals(rt, dir)
			src := DestDecimals(rt, refundOf(dir))
			b.rows[k] = &Row{Route: rt.ID, Direction: dir, Volume: NewAmount(dec), Fees: NewAmount(dec),
				Refunded: NewAmount(src), RefundFees: NewAmount(src),
				DailyCap: Amount{Units: rt.DailyCap.Units(dec), Decimals: dec}}
			hr := &Hourly{Route: rt.ID, Direction: dir}
			for i := range hr.Volume {
				hr.Volume[i] = NewAmount(dec)
			}
			b.hourly[k] = hr
		}
	}
	return b
}

func refundOf(dir string) string {
	if dir == EthToMvs {
		return RefundEth
	}
	return RefundMvs
}

// DestDecimals are the decimals of a transfer's amount and fee: its destination chain's.
func DestDecimals(rt *transfer.Route, direction string) uint8 {
	switch direction {
	case EthToMvs, RefundMvs:
		return rt.Metaverse.Decimals
	}
	return rt.Ethereum.Decimals
}

// RouteScale is the decimals both sides of a route are compared in: the finer side's.
func RouteScale(rt *transfer.Route) uint8 { return max(rt.Ethereum.Decimals, rt.Metaverse.Decimals) }

// scanQuery reads the transfers the day needs, each in its state at the cutoff ($2): its state
// now if it has not changed since, else the state its last event at or before the cutoff moved
// it to ('quorum' if the relayer had not recorded it yet: the signer had, at quorum_at).
const scanQuery = `
SELECT t.id, t.route, t.direction, t.amount::text, t.fee::text, t.quorum_at, t.hold_until, t.confirmed_at,
       CASE WHEN t.updated_at <= $2 THEN t.state ELSE coalesce(h.to_state, 'quorum') END
FROM transfers t
LEFT JOIN LATERAL (
    SELECT e.to_state FROM events e
    WHERE t.updated_at > $2 AND e.transfer_id = t.id AND e.at <= $2
    ORDER BY e.id DESC LIMIT 1) h ON true
WHERE t.quorum_at < $2
  AND (t.quorum_at >= $1 OR t.confirmed_at >= $1 OR t.updated_at > $2
       OR t.state IN ('quorum', 'held', 'signed', 'submitted', 'failed'))`

func (b *builder) scan(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, scanQuery, b.start, b.cutoff)
	if err != nil {
		return fmt.Errorf("report: read transfers: %w", err)
	}
	defer rows.Close()
	var (
		id                     []byte
		route, dir, st         string
		amountText, feeText    string
		quorumAt               time.Time
		holdUntil, confirmedAt sql.NullTime
	)
	amount, fee, scaled := new(big.Int), new(big.Int), new(big.Int)
	for rows.Next() {
		if err := rows.Scan(&id, &route, &dir, &amountText, &feeText, &quorumAt, &holdUntil, &confirmedAt, &st); err != nil {
			return fmt.Errorf("report: read transfers: %w", err)
		}
		rt, ok := b.routes.Route(route)
		if !ok {
			b.unknown[route]++
			continue
		}
		if _, ok := amount.SetString(amountText, 10); !ok {
			return fmt.Errorf("report: transfer 0x%x: amount %q", id, amountText)
		}
		if _, ok := fee.SetString(feeText, 10); !ok {
			return fmt.Errorf("report: transfer 0x%x: fee %q", id, feeText)
		}
		group := Group(dir)
		k := rowKey{route, group}
		row := b.rows[k]
		if row == nil {
			b.unknown[route+" "+dir]++
			continue
		}
		dec := DestDecimals(rt, dir)
		quorumAt = quorumAt.UTC()
		inDay := !quorumAt.Before(b.start)

		age := b.cutoff.Sub(quorumAt)
		if st == StateHeld && holdUntil.Valid && holdUntil.Time.After(quorumAt) {
			age = b.cutoff.Sub(holdUntil.Time)
		}
		stuck := Active(st) && age > b.opt.StuckAfter
		var item *Item
		mkItem := func() *Item {
			if item == nil {
				item = &Item{ID: "0x" + hex.EncodeToString(id), Route: route, Direction: dir, State: st,
					Amount: Amount{Units: new(big.Int).Set(amount), Decimals: dec},
					Fee:    Amount{Units: new(big.Int).Set(fee), Decimals: dec}, QuorumAt: quorumAt, Age: age}
				if st == StateConfirmed && confirmedAt.Valid {
					item.Confirmed = confirmedAt.Time.UTC()
				}
			}
			return item
		}

		if inDay {
			if IsRefund(dir) {
				row.Refunds++
				row.Refunded.add(amount)
				row.RefundFees.add(fee)
			} else {
				row.Count++
				row.Volume.add(amount)
				row.Fees.add(fee)
				hr := b.hourly[k]
				hr.Count[quorumAt.Hour()]++
				hr.Volume[quorumAt.Hour()].add(amount)
				scaled.Mul(amount, pow10(RouteScale(rt)-dec))
				b.offerLargest(rt, scaled, id, mkItem)
				switch {
				case st == StateConfirmed:
					row.Confirmed++
				case st == StateFailed:
					row.Failed++
				case st == StateResolved:
					row.Resolved++
				case Active(st):
					row.InFlight++
					if stuck {
						row.Stuck++
					}
				}
			}
		}
		if st == StateConfirmed && confirmedAt.Valid && !confirmedAt.Time.Before(b.start) && confirmedAt.Time.Before(b.cutoff) {
			d := confirmedAt.Time.Sub(quorumAt)
			b.lat[k] = append(b.lat[k], d)
			b.latAll = append(b.latAll, d)
		}
		if st == StateFailed {
			b.failed = append(b.failed, mkItem())
			b.failedID = append(b.failedID, bytes.Clone(id))
		}
		if stuck {
			b.stuck = append(b.stuck, mkItem())
			b.stuckID = append(b.stuckID, bytes.Clone(id))
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("report: read transfers: %w", err)
	}
	return nil
}

// offerLargest keeps the route's Largest biggest transfers (ties: the smaller id first).
func (b *builder) offerLargest(rt *transfer.Route, scaled *big.Int, id []byte, item func() *Item) {
	list := b.largest[rt.ID]
	less := func(a *big.Int, aid []byte, c largeItem) bool { // a ranks before c
		if n := a.Cmp(c.key); n != 0 {
			return n > 0
		}
		return bytes.Compare(aid, c.id) < 0
	}
	if len(list) == b.opt.Largest && !less(scaled, id, list[len(list)-1]) {
		return
	}
	i := sort.Search(len(list), func(i int) bool { return less(scaled, id, list[i]) })
	li := largeItem{key: new(big.Int).Set(scaled), id: bytes.Clone(id), item: *item()}
	list = slices.Insert(list, i, li)
	if len(list) > b.opt.Largest {
		list = list[:b.opt.Largest]
	}
	b.largest[rt.ID] = list
}

// details adds the last event before the cutoff to the failed and stuck transfers.
func (b *builder) details(ctx context.Context, tx *sql.Tx) error {
	ids := append(slices.Clone(b.failedID), b.stuckID...)
	if len(ids) == 0 {
		return nil
	}
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT ON (transfer_id) transfer_id, at, to_state, error, detail
		FROM events WHERE transfer_id = ANY($1) AND at <= $2 ORDER BY transfer_id, id DESC`, pq.ByteaArray(ids), b.cutoff)
	if err != nil {
		return fmt.Errorf("report: read events: %w", err)
	}
	defer rows.Close()
	type last struct {
		at                   time.Time
		state, errText, what string
	}
	byID := map[string]last{}
	for rows.Next() {
		var id []byte
		var l last
		if err := rows.Scan(&id, &l.at, &l.state, &l.errText, &l.what); err != nil {
			return fmt.Errorf("report: read events: %w", err)
		}
		l.at = l.at.UTC()
		byID[string(id)] = l
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("report: read events: %w", err)
	}
	for i, it := range b.failed {
		l := byID[string(b.failedID[i])]
		it.LastChange = l.at
		// From the event alone, not the row's reason: that may have changed since the cutoff.
		it.Reason = firstNonEmpty(l.errText, l.what)
	}
	for i, it := range b.stuck {
		l, ok := byID[string(b.stuckID[i])]
		it.LastChange = l.at
		switch {
		case ok && l.errText != "":
			it.Reason = "last attempt: " + l.errText
		case ok:
			it.Reason = "waiting in " + it.State + " since " + l.at.Format(time.RFC3339)
		default:
			it.Reason = "reached quorum, not yet taken up by the relayer"
		}
	}
	return nil
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

func (b *builder) finish() {
	r := b.r
	for i := range b.routes.Routes {
		rt := &b.routes.Routes[i]
		for _, dir := range []string{EthToMvs, MvsToEth} {
			k := rowKey{rt.ID, dir}
			row := b.rows[k]
			row.Latency = latencyStats(b.lat[k])
			row.CapUse = percent(row.Volume.Units, row.DailyCap.Units)
			r.Rows = append(r.Rows, *row)
			r.Hourly = append(r.Hourly, *b.hourly[k])
		}
		for _, li := range b.largest[rt.ID] {
			r.Largest = append(r.Largest, li.item)
		}
	}
	r.Latency.All = latencyStats(b.latAll)
	for i, low := range LatencyBounds {
		bk := Bucket{Low: low}
		if i+1 < len(LatencyBounds) {
			bk.High = LatencyBounds[i+1]
		}
		for _, d := range b.latAll {
			if d >= bk.Low && (bk.High == 0 || d < bk.High) {
				bk.Count++
			}
		}
		r.Latency.Buckets = append(r.Latency.Buckets, bk)
	}
	for _, it := range b.failed {
		r.Failed = append(r.Failed, *it)
	}
	sort.SliceStable(r.Failed, func(i, j int) bool {
		if !r.Failed[i].QuorumAt.Equal(r.Failed[j].QuorumAt) {
			return r.Failed[i].QuorumAt.Before(r.Failed[j].QuorumAt)
		}
		return r.Failed[i].ID < r.Failed[j].ID
	})
	for _, it := range b.stuck {
		r.Stuck = append(r.Stuck, *it)
	}
	sort.SliceStable(r.Stuck, func(i, j int) bool {
		if r.Stuck[i].Age != r.Stuck[j].Age {
			return r.Stuck[i].Age > r.Stuck[j].Age
		}
		return r.Stuck[i].ID < r.Stuck[j].ID
	})
	for route, n := range b.unknown {
		r.UnknownRoutes = append(r.UnknownRoutes, UnknownRoute{route, n})
	}
	sort.Slice(r.UnknownRoutes, func(i, j int) bool { return r.UnknownRoutes[i].Route < r.UnknownRoutes[j].Route })
}

// latencyStats are the nearest-rank quantiles of d (sorted in place).
func latencyStats(d []time.Duration) LatencyStats {
	if len(d) == 0 {
		return LatencyStats{}
	}
	slices.Sort(d)
	q := func(p int) time.Duration { // p percent
		rank := (p*len(d) + 99) / 100 // ceil(p/100 * n)
		return d[max(rank, 1)-1]
	}
	return LatencyStats{N: len(d), P50: q(50), P95: q(95), Max: d[len(d)-1]}
}

// percent is v/of as a percentage with one decimal, rounded down ("12.3"); "" when of is zero.
func percent(v, of *big.Int) string {
	if of.Sign() == 0 {
		return ""
	}
	tenths := new(big.Int).Quo(new(big.Int).Mul(v, big.NewInt(1000)), of)
	q, r := new(big.Int).QuoRem(tenths, big.NewInt(10), new(big.Int))
	return q.String() + "." + r.String()
}

// ErrDayNotOver is returned for a day whose end has not come yet.
var ErrDayNotOver = errors.New("the day is not over yet")
