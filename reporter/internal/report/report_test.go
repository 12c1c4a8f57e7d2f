package report_test

import (
	"context"
	"database/sql"
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/reporter/internal/report"
	"github.com/tokendroplet/droplet/reporter/internal/reportertest"
)

// The checks below recompute every figure of the report with SQL of their own. They take a
// transfer's state at an instant from its events alone (the report uses the row's state when it
// has not changed since), so the two agree only if the report's shortcut is right.
const stateAt = `coalesce((SELECT e.to_state FROM events e WHERE e.transfer_id = t.id AND e.at <= $1
	ORDER BY e.at DESC, e.id DESC LIMIT 1), 'quorum')`

const dayTransfers = `WITH x AS (
	SELECT t.*, ` + stateAt + ` AS sc,
	       CASE WHEN t.direction IN ('eth_to_mvs', 'refund_eth') THEN 'eth_to_mvs' ELSE 'mvs_to_eth' END AS grp,
	       t.direction LIKE 'refund_%' AS refund
	FROM transfers t WHERE t.quorum_at >= $2 AND t.quorum_at < $1)`

const allTransfers = `WITH x AS (
	SELECT t.*, ` + stateAt + ` AS sc FROM transfers t WHERE t.quorum_at < $1)`

type fixture struct {
	db     *sql.DB
	routes *transfer.Routes
	stats  reportertestStats
	rep    *report.Report
	snap   *report.Snapshot
}

type reportertestStats struct {
	transfers int
	dust      map[string]*big.Int
}

const stuckAfter = 90 * time.Minute

// plantedShortfall is taken off the dna route's locked tokens: Metaverse holds 1234.5 DNA fewer
// than the Ethereum side's wrapped DNA need.
var plantedShortfall = big.NewInt(12_345_000) // DNA has 4 decimals

func setup(t *testing.T, n int) *fixture {
	t.Helper()
	db, _ := reportertest.RelayerDB(t)
	routes := reportertest.Routes(t)
	st := reportertest.GenerateDay(t, db, routes, n)
	f := &fixture{db: db, routes: routes, stats: reportertestStats{st.Transfers, st.Dust}}
	bal := balanced(t, db, routes, reportertest.Now, st.Dust)
	b := bal["dna"]
	b.Locked = new(big.Int).Sub(b.Locked, plantedShortfall)
	bal["dna"] = b
	f.snap = report.ReadBalances(context.Background(), bal, routes, reportertest.Now)
	rep, err := report.Build(context.Background(), db, routes, report.Options{Day: reportertest.Day, StuckAfter: stuckAfter, Balances: f.snap})
	if err != nil {
		t.Fatal(err)
	}
	f.rep = rep
	return f
}

// balanced is chain balances that reconcile exactly with the database at instant at: the lock
// side holds what circulates, plus what every transfer not yet paid brought, plus the fees kept,
// plus the dust conversion left. The sums come from SQL, not from the report.
func balanced(t testing.TB, db *sql.DB, routes *transfer.Routes, at time.Time, dust map[string]*big.Int) reportertest.Balances {
	t.Helper()
	out := reportertest.Balances{}
	for i := range routes.Routes {
		rt := &routes.Routes[i]
		scale := max(rt.Ethereum.Decimals, rt.Metaverse.Decimals)
		var unpaid, fees string
		err := db.QueryRow(allTransfers+`
			SELECT coalesce(sum(CASE WHEN sc IN ('confirmed', 'resolved') THEN 0 ELSE (amount + fee) * `+scaleCase(rt)+` END), 0)::text,
			       coalesce(sum(CASE WHEN sc IN ('confirmed', 'resolved') THEN fee * `+scaleCase(rt)+` ELSE 0 END), 0)::text
			FROM x WHERE route = $2`, at, rt.ID).Scan(&unpaid, &fees)
		if err != nil {
			t.Fatal(err)
		}
		d := bigInt(t, unpaid)
		d.Add(d, bigInt(t, fees))
		d.Add(d, dust[rt.ID])
		// A history of 5,000,000 tokens circulating; the side with the finer decimals takes the
		// remainder, as it does on the chains.
		lockDec, mintDec := rt.Ethereum.Decimals, rt.Metaverse.Decimals
		if rt.Ethereum.Mode == transfer.ModeMint {
			lockDec, mintDec = mintDec, lockDec
		}
		base := new(big.Int).Mul(big.NewInt(5_000_000), pow10(scale))
		var locked, circ *big.Int
		if lockDec == scale {
			locked = new(big.Int).Add(base, d)
			circ = new(big.Int).Quo(base, pow10(scale-mintDec))
		} else {
			locked = new(big.Int).Quo(base, pow10(scale-lockDec))
			circ = new(big.Int).Sub(base, d)
		}
		out[rt.ID] = reportertest.Balance{Locked: locked, Circulating: circ}
	}
	return out
}

func pow10(n uint8) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil) }

func bigInt(t testing.TB, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		t.Fatalf("not an integer: %q", s)
	}
	return v
}

// scaleCase is the SQL factor that brings a transfer's amount of route rt to the route's finer
// decimals.
func scaleCase(rt *transfer.Route) string {
	scale := max(rt.Ethereum.Decimals, rt.Metaverse.Decimals)
	f := func(dec uint8) string { return "1" + strings.Repeat("0", int(scale-dec)) }
	return fmt.Sprintf("(CASE WHEN direction IN ('eth_to_mvs', 'refund_mvs') THEN %s ELSE %s END)::numeric",
		f(rt.Metaverse.Decimals), f(rt.Ethereum.Decimals))
}

func TestReport(t *testing.T) {
	f := setup(t, 4000)
	r := f.rep
	cutoff, start := r.Cutoff, r.Day
	ctx := context.Background()

	t.Run("the data covers every case", func(t *testing.T) {
		rows, err := f.db.Query(dayTransfers+` SELECT sc, count(*) FROM x GROUP BY sc`, cutoff, start)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		seen := map[string]int{}
		for rows.Next() {
			var s string
			var n int
			if err := rows.Scan(&s, &n); err != nil {
				t.Fatal(err)
			}
			seen[s] = n
		}
		for _, s := range []string{"quorum", "held", "signed", "submitted", "confirmed", "failed", "resolved"} {
			if seen[s] == 0 {
				t.Errorf("no transfer of the day in state %s at the cutoff: %v", s, seen)
			}
		}
		var later, nextDay, total int
		if err := f.db.QueryRow(`SELECT count(*) FILTER (WHERE updated_at > $1 AND quorum_at < $1), count(*) FILTER (WHERE quorum_at >= $1),
			count(*) FILTER (WHERE quorum_at >= $2 AND quorum_at < $1) FROM transfers`, cutoff, start).Scan(&later, &nextDay, &total); err != nil {
			t.Fatal(err)
		}
		if later == 0 || nextDay == 0 || total != 4000 {
			t.Errorf("changed after the cutoff: %d, next day's: %d, the day's: %d (want 4000)", later, nextDay, total)
		}
		var dirs int
		if err := f.db.QueryRow(`SELECT count(DISTINCT (route, direction)) FROM transfers`).Scan(&dirs); err != nil || dirs != 12 {
			t.Errorf("route and direction pairs: %d, %v; want 12", dirs, err)
		}
	})

	t.Run("rows", func(t *testing.T) {
		type want struct {
			count, confirmed, inflight, failed, resolved, stuck, refunds int
			volume, fees, refunded, refundFees                           string
		}
		q := dayTransfers + `, y AS (SELECT x.*, sc IN ('quorum', 'held', 'signed', 'submitted') AND
				$1 - CASE WHEN sc = 'held' AND hold_until > quorum_at THEN hold_until ELSE quorum_at END > $3::interval AS stuck FROM x)
			SELECT route, grp,
			  count(*) FILTER (WHERE NOT refund),
			  count(*) FILTER (WHERE NOT refund AND sc = 'confirmed'),
			  count(*) FILTER (WHERE NOT refund AND sc IN ('quorum', 'held', 'signed', 'submitted')),
			  count(*) FILTER (WHERE NOT refund AND sc = 'failed'),
			  count(*) FILTER (WHERE NOT refund AND sc = 'resolved'),
			  count(*) FILTER (WHERE NOT refund AND stuck),
			  count(*) FILTER (WHERE refund),
			  coalesce(sum(amount) FILTER (WHERE NOT refund), 0)::text,
			  coalesce(sum(fee) FILTER (WHERE NOT refund), 0)::text,
			  coalesce(sum(amount) FILTER (WHERE refund), 0)::text,
			  coalesce(sum(fee) FILTER (WHERE refund), 0)::text
			FROM y GROUP BY route, grp`
		rows, err := f.db.Query(q, cutoff, start, fmt.Sprintf("%d seconds", int(stuckAfter.Seconds())))
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		wants := map[[2]string]want{}
		for rows.Next() {
			var k [2]string
			var w want
			if err := rows.Scan(&k[0], &k[1], &w.count, &w.confirmed, &w.inflight, &w.failed, &w.resolved, &w.stuck, &w.refunds,
				&w.volume, &w.fees, &w.refunded, &w.refundFees); err != nil {
				t.Fatal(err)
			}
			wants[k] = w
		}
		if len(r.Rows) != 6 {
			t.Fatalf("%d rows, want 6", len(r.Rows))
		}
		var stuckSeen bool
		for _, row := range r.Rows {
			w := wants[[2]string{row.Route, row.Direction}]
			got := want{row.Count, row.Confirmed, row.InFlight, row.Failed, row.Resolved, row.Stuck, row.Refunds,
				row.Volume.Units.String(), row.Fees.Units.String(), row.Refunded.Units.String(), row.RefundFees.Units.String()}
			if got != w {
				t.Errorf("%s %s:\n got %+v\nwant %+v", row.Route, row.Direction, got, w)
			}
			stuckSeen = stuckSeen || row.Stuck > 0
			rt, _ := f.routes.Route(row.Route)
			dec := report.DestDecimals(rt, row.Direction)
			if row.Volume.Decimals != dec || row.DailyCap.Units.Cmp(rt.DailyCap.Units(dec)) != 0 {
				t.Errorf("%s %s: decimals %d, cap %s", row.Route, row.Direction, row.Volume.Decimals, row.DailyCap)
			}
			var tenths string
			if err := f.db.QueryRow(`SELECT trunc($1::numeric * 1000 / $2::numeric)::text`, w.volume, rt.DailyCap.Units(dec).String()).Scan(&tenths); err != nil {
				t.Fatal(err)
			}
			tv := bigInt(t, tenths)
			if wantUse := fmt.Sprintf("%d.%d", tv.Int64()/10, tv.Int64()%10); row.CapUse != wantUse {
				t.Errorf("%s %s: cap use %s, want %s", row.Route, row.Direction, row.CapUse, wantUse)
			}
		}
		if !stuckSeen {
			t.Error("no stuck transfer among the day's")
		}
	})

	latencyQ := `SELECT count(*),
		coalesce((extract(epoch FROM percentile_disc(0.5) WITHIN GROUP (ORDER BY confirmed_at - quorum_at)) * 1000000)::bigint, 0),
		coalesce((extract(epoch FROM percentile_disc(0.95) WITHIN GROUP (ORDER BY confirmed_at - quorum_at)) * 1000000)::bigint, 0),
		coalesce((extract(epoch FROM max(confirmed_at - quorum_at)) * 1000000)::bigint, 0)
		FROM transfers WHERE confirmed_at >= $1 AND confirmed_at < $2 AND state = 'confirmed'`
	scanLat := func(t *testing.T, row *sql.Row) report.LatencyStats {
		t.Helper()
		var s report.LatencyStats
		var p50, p95, mx int64
		if err := row.Scan(&s.N, &p50, &p95, &mx); err != nil {
			t.Fatal(err)
		}
		s.P50, s.P95, s.Max = time.Duration(p50)*time.Microsecond, time.Duration(p95)*time.Microsecond, time.Duration(mx)*time.Microsecond
		return s
	}
	t.Run("latency", func(t *testing.T) {
		if w := scanLat(t, f.db.QueryRow(latencyQ, start, cutoff)); r.Latency.All != w {
			t.Errorf("latency of the day: got %+v, want %+v", r.Latency.All, w)
		}
		if r.Latency.All.N < 3000 {
			t.Errorf("only %d confirmed", r.Latency.All.N)
		}
		for _, row := range r.Rows {
			dirs := "'eth_to_mvs', 'refund_eth'"
			if row.Direction == report.MvsToEth {
				dirs = "'mvs_to_eth', 'refund_mvs'"
			}
			w := scanLat(t, f.db.QueryRow(latencyQ+` AND route = $3 AND direction IN (`+dirs+`)`, start, cutoff, row.Route))
			if row.Latency != w {
				t.Errorf("%s %s latency: got %+v, want %+v", row.Route, row.Direction, row.Latency, w)
			}
		}
		total := 0
		for _, b := range r.Latency.Buckets {
			var n int
			hi := "100 years"
			if b.High > 0 {
				hi = fmt.Sprintf("%d microseconds", b.High.Microseconds())
			}
			if err := f.db.QueryRow(`SELECT count(*) FROM transfers WHERE confirmed_at >= $1 AND confirmed_at < $2 AND state = 'confirmed'
				AND confirmed_at - quorum_at >= $3::interval AND confirmed_at - quorum_at < $4::interval`,
				start, cutoff, fmt.Sprintf("%d microseconds", b.Low.Microseconds()), hi).Scan(&n); err != nil {
				t.Fatal(err)
			}
			if n != b.Count {
				t.Errorf("bucket %v-%v: %d, want %d", b.Low, b.High, b.Count, n)
			}
			total += n
		}
		if total != r.Latency.All.N {
			t.Errorf("buckets hold %d of %d", total, r.Latency.All.N)
		}
	})

	t.Run("hourly", func(t *testing.T) {
		rows, err := f.db.Query(dayTransfers+` SELECT route, grp, extract(hour FROM quorum_at AT TIME ZONE 'UTC')::int, count(*), sum(amount)::text
			FROM x WHERE NOT refund GROUP BY 1, 2, 3`, cutoff, start)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		type cell struct {
			n int
			v string
		}
		want := map[string]cell{}
		for rows.Next() {
			var route, grp, v string
			var h, n int
			if err := rows.Scan(&route, &grp, &h, &n, &v); err != nil {
				t.Fatal(err)
			}
			want[fmt.Sprint(route, grp, h)] = cell{n, v}
		}
		for _, hr := range r.Hourly {
			for h := range 24 {
				w, ok := want[fmt.Sprint(hr.Route, hr.Direction, h)]
				if !ok {
					w.v = "0"
				}
				if got := (cell{hr.Count[h], hr.Volume[h].Units.String()}); got != w {
					t.Errorf("%s %s hour %d: got %+v, want %+v", hr.Route, hr.Direction, h, got, w)
				}
			}
		}
	})

	t.Run("largest", func(t *testing.T) {
		var want []string
		for i := range f.routes.Routes {
			rt := &f.routes.Routes[i]
			rows, err := f.db.Query(dayTransfers+` SELECT '0x' || encode(id, 'hex'), amount::text FROM x
				WHERE NOT refund AND route = $3 ORDER BY amount * `+scaleCase(rt)+` DESC, id LIMIT 10`, cutoff, start, rt.ID)
			if err != nil {
				t.Fatal(err)
			}
			for rows.Next() {
				var id, amount string
				if err := rows.Scan(&id, &amount); err != nil {
					t.Fatal(err)
				}
				want = append(want, rt.ID+" "+id+" "+amount)
			}
			rows.Close()
		}
		var got []string
		for _, it := range r.Largest {
			got = append(got, it.Route+" "+it.ID+" "+it.Amount.Units.String())
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("largest:\n got %v\nwant %v", got, want)
		}
	})

	t.Run("failed", func(t *testing.T) {
		rows, err := f.db.Query(allTransfers+` SELECT '0x' || encode(id, 'hex'), route, direction, amount::text,
			(SELECT CASE WHEN e.error <> '' THEN e.error ELSE e.detail END FROM events e
			  WHERE e.transfer_id = x.id AND e.to_state = 'failed' AND e.at <= $1 ORDER BY e.id DESC LIMIT 1)
			FROM x WHERE sc = 'failed' ORDER BY quorum_at, id`, cutoff)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var want, got []string
		for rows.Next() {
			var id, route, dir, amount, reason string
			if err := rows.Scan(&id, &route, &dir, &amount, &reason); err != nil {
				t.Fatal(err)
			}
			want = append(want, strings.Join([]string{id, route, dir, amount, reason}, " "))
		}
		for _, it := range r.Failed {
			got = append(got, strings.Join([]string{it.ID, it.Route, it.Direction, it.Amount.Units.String(), it.Reason}, " "))
			if it.LastChange.IsZero() || it.LastChange.After(cutoff) {
				t.Errorf("%s: last change %v", it.ID, it.LastChange)
			}
		}
		if len(want) < 20 || !reflect.DeepEqual(got, want) {
			t.Errorf("failed (%d, want %d):\n got %v\nwant %v", len(got), len(want), got, want)
		}
		var old bool
		for _, it := range r.Failed {
			old = old || it.QuorumAt.Before(start)
		}
		if !old {
			t.Error("no failed transfer of an earlier day is listed")
		}
	})

	t.Run("stuck", func(t *testing.T) {
		rows, err := f.db.Query(allTransfers+`, y AS (SELECT x.*, $1 - CASE WHEN sc = 'held' AND hold_until > quorum_at THEN hold_until ELSE quorum_at END AS age FROM x)
			SELECT '0x' || encode(id, 'hex'), sc, (extract(epoch FROM age) * 1000000)::bigint FROM y
			WHERE sc IN ('quorum', 'held', 'signed', 'submitted') AND age > $2::interval ORDER BY age DESC, id`,
			cutoff, fmt.Sprintf("%d seconds", int(stuckAfter.Seconds())))
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var want, got []string
		for rows.Next() {
			var id, st string
			var age int64
			if err := rows.Scan(&id, &st, &age); err != nil {
				t.Fatal(err)
			}
			want = append(want, fmt.Sprint(id, " ", st, " ", time.Duration(age)*time.Microsecond))
		}
		for _, it := range r.Stuck {
			got = append(got, fmt.Sprint(it.ID, " ", it.State, " ", it.Age))
			if it.Reason == "" {
				t.Errorf("%s: no reason", it.ID)
			}
		}
		if len(want) < 5 || !reflect.DeepEqual(got, want) {
			t.Errorf("stuck (%d, want %d):\n got %v\nwant %v", len(got), len(want), got, want)
		}
	})

	t.Run("reconciliation", func(t *testing.T) {
		if len(r.Reconciliation) != 3 || r.Reconciliation[0].Route != "dna" {
			t.Fatalf("the mismatch does not come first: %+v", r.Reconciliation)
		}
		for _, rc := range r.Reconciliation {
			rt, _ := f.routes.Route(rc.Route)
			var active, unpaid, fees, dust string
			var nActive, nUnpaid int
			err := f.db.QueryRow(`WITH x AS (SELECT t.*, `+stateAt+` AS sc FROM transfers t WHERE t.quorum_at <= $1 AND t.route = $2)
				SELECT coalesce(sum((amount + fee) * `+scaleCase(rt)+`) FILTER (WHERE sc IN ('quorum', 'held', 'signed', 'submitted')), 0)::text,
				       count(*) FILTER (WHERE sc IN ('quorum', 'held', 'signed', 'submitted')),
				       coalesce(sum((amount + fee) * `+scaleCase(rt)+`) FILTER (WHERE sc = 'failed'), 0)::text,
				       count(*) FILTER (WHERE sc = 'failed'),
				       coalesce(sum(fee * `+scaleCase(rt)+`) FILTER (WHERE sc IN ('confirmed', 'resolved')), 0)::text,
				       (count(*) FILTER (WHERE direction = 'eth_to_mvs') * $3::numeric + count(*) FILTER (WHERE direction = 'mvs_to_eth') * $4::numeric)::text
				FROM x`, f.snap.ReadAt, rc.Route, dustPer(rt, true), dustPer(rt, false)).Scan(&active, &nActive, &unpaid, &nUnpaid, &fees, &dust)
			if err != nil {
				t.Fatal(err)
			}
			got := []string{rc.InFlight.Units.String(), fmt.Sprint(rc.InFlightCount), rc.Unpaid.Units.String(), fmt.Sprint(rc.UnpaidCount),
				rc.FeesKept.Units.String(), rc.DustAllowance.Units.String()}
			want := []string{active, fmt.Sprint(nActive), unpaid, fmt.Sprint(nUnpaid), fees, dust}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s: got %v, want %v", rc.Route, got, want)
			}
			if nActive == 0 || nUnpaid == 0 {
				t.Errorf("%s: nothing in flight (%d) or unpaid (%d) to explain", rc.Route, nActive, nUnpaid)
			}
			sum := new(big.Int).Add(bigInt(t, active), bigInt(t, unpaid))
			sum.Add(sum, bigInt(t, fees))
			if rc.Explained.Units.Cmp(sum) != 0 {
				t.Errorf("%s: explained %s, want %s", rc.Route, rc.Explained.Units, sum)
			}
			wantUnexplained := new(big.Int).Set(f.stats.dust[rc.Route])
			wantStatus := report.StatusOK
			if rc.Route == "dna" {
				wantUnexplained.Sub(wantUnexplained, new(big.Int).Mul(plantedShortfall, pow10(14)))
				wantStatus = report.StatusMismatch
			}
			if rc.Status != wantStatus || rc.Unexplained.Units.Cmp(wantUnexplained) != 0 {
				t.Errorf("%s: %s with %s unexplained (%s tokens), want %s with %s", rc.Route, rc.Status, rc.Unexplained.Units,
					rc.Unexplained, wantStatus, wantUnexplained)
			}
		}
		if u := r.Reconciliation[0].Unexplained.String(); !strings.HasPrefix(u, "-1234.4") {
			t.Errorf("the planted shortfall of 1234.5 (less a little dust) shows as %s tokens", u)
		}
		if f.stats.dust["dai"].Sign() == 0 {
			t.Error("the dai route left no dust: the allowance is untested")
		}
	})

	t.Run("the same day again is the same report", func(t *testing.T) {
		again, err := report.Build(ctx, f.db, f.routes, report.Options{Day: reportertest.Day.Add(13 * time.Hour), StuckAfter: stuckAfter, Balances: f.snap})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(again, r) {
			t.Fatal("a second build differs")
		}
		// Life goes on after the report: a failed transfer is resolved, a stuck one confirms,
		// the next day's traffic arrives. The day's report does not change.
		later := reportertest.Now.Add(3 * time.Hour)
		for _, c := range []struct {
			id, from, to string
		}{{r.Failed[len(r.Failed)-1].ID, "failed", "resolved"}, {r.Stuck[0].ID, r.Stuck[0].State, "confirmed"}} {
			if _, err := f.db.Exec(`UPDATE transfers SET state = $2::text, updated_at = $3::timestamptz,
				confirmed_at = CASE WHEN $2::text = 'confirmed' THEN $3::timestamptz END,
				reason = 'later' WHERE id = decode($1, 'hex')`, c.id[2:], c.to, later); err != nil {
				t.Fatal(err)
			}
			if _, err := f.db.Exec(`INSERT INTO events (transfer_id, at, from_state, to_state, detail) VALUES (decode($1, 'hex'), $2, $3, $4, 'later')`,
				c.id[2:], later, c.from, c.to); err != nil {
				t.Fatal(err)
			}
		}
		again, err = report.Build(ctx, f.db, f.routes, report.Options{Day: reportertest.Day, StuckAfter: stuckAfter, Balances: f.snap})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(again, r) {
			t.Fatal("changes after the cutoff changed the day's report")
		}
	})

	t.Run("unreadable balances are shown, not hidden", func(t *testing.T) {
		bal := reportertest.Balances{"usdt": {Locked: big.NewInt(1), Circulating: big.NewInt(1)}}
		snap := report.ReadBalances(ctx, bal, f.routes, reportertest.Now)
		got, err := report.Build(ctx, f.db, f.routes, report.Options{Day: reportertest.Day, Balances: snap})
		if err != nil {
			t.Fatal(err)
		}
		st := map[string]string{}
		for _, rc := range got.Reconciliation {
			st[rc.Route] = rc.Status + ": " + rc.Error
		}
		want := map[string]string{"usdt": "mismatch: ", "dai": "unavailable: no balance for route dai", "dna": "unavailable: no balance for route dna"}
		if !reflect.DeepEqual(st, want) || got.Reconciliation[0].Route != "usdt" {
			t.Errorf("got %v (first %s), want %v", st, got.Reconciliation[0].Route, want)
		}
	})
}

// dustPer is the most a transfer of rt in one direction can leave as dust, at the route's scale.
func dustPer(rt *transfer.Route, ethToMvs bool) string {
	src, dst := rt.Ethereum.Decimals, rt.Metaverse.Decimals
	if !ethToMvs {
		src, dst = dst, src
	}
	if src <= dst {
		return "0"
	}
	scale := max(src, dst)
	per := new(big.Int).Sub(pow10(src-dst), big.NewInt(1))
	return per.Mul(per, pow10(scale-src)).String()
}
