// Package render turns a report into the files people read: a CSV per table, an XLSX workbook
// with a sheet per table, one self-contained HTML page with inline SVG charts, and a JSON
// summary for webhooks. Every format is built from the same tables, and each is a pure function
// of the report: the same report gives the same bytes.
package render

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/tokendroplet/droplet/reporter/internal/report"
)

// Cell is one value of a table.
type Cell struct {
	Text string
	Num  bool // a number: right-aligned, and a numeric cell in the workbook
	Bad  bool // needs attention: shown in red
}

// Table is one table of the report.
type Table struct {
	Name   string // file and sheet name
	Title  string
	Note   string
	Header []string
	Rows   [][]Cell
}

func txt(s string) Cell { return Cell{Text: s} }
func num(s string) Cell { return Cell{Text: s, Num: true} }
func count(n int) Cell  { return num(strconv.Itoa(n)) }

// Seconds is d in seconds with millisecond precision ("12.345"), exact and locale-free.
func Seconds(d time.Duration) string {
	ms := d.Milliseconds()
	sign := ""
	if ms < 0 {
		sign, ms = "-", -ms
	}
	return fmt.Sprintf("%s%d.%03d", sign, ms/1000, ms%1000)
}

// Time is t in UTC to the second, or "" for the zero time.
func Time(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02T15:04:05Z")
}

// Tables are the report's tables, in the order people read them: an unexplained difference
// first.
func Tables(r *report.Report) []Table {
	return []Table{reconciliation(r), summary(r), failed(r), stuck(r), unsupported(r), largest(r), hourly(r), latency(r)}
}

func reconciliation(r *report.Report) Table {
	t := Table{Name: "reconciliation", Title: "Reconciliation: locked against circulating",
		Note: "Tokens at each route's finer decimals. Explained = in flight + unpaid (failed) + fees kept; " +
			"a route is ok when 0 <= unexplained <= the dust allowance. Balances read at " + Time(r.BalancesAt) + ".",
		Header: []string{"Route", "Status", "Lock side", "Locked", "Mint side", "Circulating", "Difference",
			"In flight", "In flight (transfers)", "Unpaid", "Unpaid (transfers)", "Fees kept", "Explained",
			"Unexplained", "Dust allowance", "Error"}}
	if r.BalancesAt.IsZero() {
		t.Note = "Chain balances were not read: nothing is reconciled."
	}
	for _, rc := range r.Reconciliation {
		bad := rc.Status != report.StatusOK
		amt := func(a report.Amount) Cell {
			if rc.Status == report.StatusUnavailable {
				return txt("")
			}
			return num(a.String())
		}
		row := []Cell{txt(rc.Route), {Text: rc.Status, Bad: bad}, txt(rc.LockSide), amt(rc.Locked), txt(rc.MintSide),
			amt(rc.Circulating), amt(rc.Difference), num(rc.InFlight.String()), count(rc.InFlightCount),
			num(rc.Unpaid.String()), count(rc.UnpaidCount), num(rc.FeesKept.String()), num(rc.Explained.String()),
			amt(rc.Unexplained), num(rc.DustAllowance.String()), txt(rc.Error)}
		if bad {
			for i := range row {
				row[i].Bad = true
			}
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

func summary(r *report.Report) Table {
	t := Table{Name: "summary", Title: "Transfers by route and direction",
		Note: "Transfers that reached quorum during the day, in their state at the day's end; refunds of " +
			"deposits in that direction apart. Latency: quorum to confirmation, of transfers confirmed during the day.",
		Header: []string{"Route", "Direction", "Transfers", "Volume", "Fees", "Confirmed", "In flight", "Failed",
			"Resolved", "Stuck", "Refunds", "Refunded", "Refund fees", "Latency n", "Latency p50 (s)",
			"Latency p95 (s)", "Latency max (s)", "Daily cap", "Cap use (%)"}}
	for _, row := range r.Rows {
		t.Rows = append(t.Rows, []Cell{txt(row.Route), txt(row.Direction), count(row.Count), num(row.Volume.String()),
			num(row.Fees.String()), count(row.Confirmed), count(row.InFlight), {Text: strconv.Itoa(row.Failed), Num: true, Bad: row.Failed > 0},
			count(row.Resolved), {Text: strconv.Itoa(row.Stuck), Num: true, Bad: row.Stuck > 0}, count(row.Refunds),
			num(row.Refunded.String()), num(row.RefundFees.String()), count(row.Latency.N), num(Seconds(row.Latency.P50)),
			num(Seconds(row.Latency.P95)), num(Seconds(row.Latency.Max)), num(row.DailyCap.String()), num(row.CapUse)})
	}
	return t
}

func failed(r *report.Report) Table {
	t := Table{Name: "failed", Title: fmt.Sprintf("Failed transfers (%d)", len(r.Failed)),
		Note:   "Every transfer failed at the day's end, whatever day it came; each needs an operator.",
		Header: []string{"ID", "Route", "Direction", "Amount", "Quorum at", "Failed at", "Reason"}}
	for _, it := range r.Failed {
		t.Rows = append(t.Rows, []Cell{txt(it.ID), txt(it.Route), txt(it.Direction), num(it.Amount.String()),
			txt(Time(it.QuorumAt)), txt(Time(it.LastChange)), {Text: it.Reason, Bad: true}})
	}
	return t
}

func stuck(r *report.Report) Table {
	t := Table{Name: "stuck", Title: fmt.Sprintf("Stuck transfers (%d)", len(r.Stuck)),
		Note: "Active at the day's end for longer than " + r.StuckAfter.String() +
			" (held transfers: counted from the end of their hold), oldest first.",
		Header: []string{"ID", "Route", "Direction", "State", "Amount", "Quorum at", "Age (s)", "Last change", "Reason"}}
	for _, it := range r.Stuck {
		t.Rows = append(t.Rows, []Cell{txt(it.ID), txt(it.Route), txt(it.Direction), txt(it.State), num(it.Amount.String()),
			txt(Time(it.QuorumAt)), num(Seconds(it.Age)), txt(Time(it.LastChange)), {Text: it.Reason, Bad: true}})
	}
	return t
}

// Statuses of the unsupported table's rows: a deposit first seen during the day, one seen
// earlier and still open (every one is: nothing records their handling), and the warning rows
// of a watcher database that could not be read or of none configured.
const (
	UnsupportedNew           = "new"
	UnsupportedOpen          = "open"
	UnsupportedUnreadable    = "watcher unreadable"
	UnsupportedNotConfigured = "not configured"
)

func unsupported(r *report.Report) Table {
	t := Table{Name: "unsupported",
		Title: fmt.Sprintf("Unsupported deposits (manual handling): %d new, %d open", r.NewUnsupported(), len(r.Unsupported)),
		Note: "Deposits of tokens no route maps (or that the bridge cannot refund), recorded by the watchers and " +
			"never attested: the bridge neither pays nor refunds them, an operator must. Every row is open: nothing " +
			"records their handling, so each stays listed every day. \"new\": first seen by a watcher during the day. " +
			"Amounts in the token's base units. A deposit several watchers recorded is one row naming them all.",
		Header: []string{"Status", "Chain", "Chain id", "Source tx", "Index", "Block", "Token", "Amount (base units)",
			"Sender", "Reason", "First seen", "Watchers", "Watchers disagree on"}}
	warn := func(status, watcher, reason string) {
		row := []Cell{txt(status), txt(""), txt(""), txt(""), txt(""), txt(""), txt(""), txt(""), txt(""),
			txt(reason), txt(""), txt(watcher), txt("")}
		for i := range row {
			row[i].Bad = true
		}
		t.Rows = append(t.Rows, row)
	}
	if len(r.Watchers) == 0 {
		warn(UnsupportedNotConfigured, "", "no watcher database is configured (watcher_databases): unsupported deposits are not listed")
	}
	for _, e := range r.WatcherErrors {
		warn(UnsupportedUnreadable, e.Watcher, "watcher database "+e.Watcher+" could not be read, its unsupported deposits are missing: "+e.Error)
	}
	for _, u := range r.Unsupported {
		status := UnsupportedOpen
		if u.New {
			status = UnsupportedNew
		}
		t.Rows = append(t.Rows, []Cell{{Text: status, Bad: u.New}, txt(u.ChainName), num(strconv.FormatUint(u.Chain, 10)),
			txt(u.SourceTx), count(int(u.SourceIndex)), num(strconv.FormatUint(u.Block, 10)), txt(u.Token), num(u.Amount),
			txt(u.Sender), txt(u.Reason), txt(Time(u.FirstSeen)), txt(strings.Join(u.Watchers, ", ")),
			{Text: u.Disagree, Bad: u.Disagree != ""}})
	}
	return t
}

func largest(r *report.Report) Table {
	t := Table{Name: "largest", Title: "Largest transfers by route",
		Note:   "The day's largest transfers of each route (refunds apart), destination tokens.",
		Header: []string{"Route", "Rank", "ID", "Direction", "Amount", "Fee", "State", "Quorum at", "Confirmed at"}}
	rank := 0
	for i, it := range r.Largest {
		if i == 0 || r.Largest[i-1].Route != it.Route {
			rank = 0
		}
		rank++
		t.Rows = append(t.Rows, []Cell{txt(it.Route), count(rank), txt(it.ID), txt(it.Direction), num(it.Amount.String()),
			num(it.Fee.String()), txt(it.State), txt(Time(it.QuorumAt)), txt(Time(it.Confirmed))})
	}
	return t
}

func hourly(r *report.Report) Table {
	t := Table{Name: "hourly", Title: "Volume by hour of quorum (UTC)",
		Header: []string{"Route", "Direction", "Hour", "Transfers", "Volume"}}
	for _, h := range r.Hourly {
		for i := range 24 {
			t.Rows = append(t.Rows, []Cell{txt(h.Route), txt(h.Direction), count(i), count(h.Count[i]), num(h.Volume[i].String())})
		}
	}
	return t
}

func latency(r *report.Report) Table {
	t := Table{Name: "latency", Title: "Latency distribution",
		Note:   "Quorum to confirmation of every transfer confirmed during the day, all routes.",
		Header: []string{"From (s)", "To (s)", "Transfers"}}
	for _, b := range r.Latency.Buckets {
		hi := ""
		if b.High > 0 {
			hi = Seconds(b.High)
		}
		t.Rows = append(t.Rows, []Cell{num(Seconds(b.Low)), num(hi), count(b.Count)})
	}
	return t
}
