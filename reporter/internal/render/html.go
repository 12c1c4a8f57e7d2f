package render

import (
	"bytes"
	"fmt"
	"html"
	"html/template"
	"math"
	"strings"

	"github.com/tokendroplet/droplet/reporter/internal/report"
)

// HTML is one self-contained page: styles inline, charts as inline SVG, no script and nothing
// loaded from anywhere.
func HTML(r *report.Report, tables []Table) ([]byte, error) {
	var charts []template.HTML
	for i := 0; i+1 < len(r.Hourly); i += 2 {
		charts = append(charts, hourlyChart(r.Hourly[i], r.Hourly[i+1]))
	}
	data := struct {
		R          *report.Report
		Day        string
		Cutoff     string
		BalancesAt string
		Mismatches []report.Reconciliation
		Tables     []Table
		Hourly     []template.HTML
		Latency    template.HTML
		Unknown    []report.UnknownRoute
	}{r, r.Day.Format("2006-01-02"), Time(r.Cutoff), Time(r.BalancesAt), r.Mismatches(), tables, charts,
		latencyChart(r.Latency), r.UnknownRoutes}
	var b bytes.Buffer
	if err := page.Execute(&b, data); err != nil {
		return nil, fmt.Errorf("html: %w", err)
	}
	return b.Bytes(), nil
}

var page = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>TokenDroplet daily report {{.Day}}</title>
<style>
body { font: 14px/1.4 "DejaVu Sans", Arial, sans-serif; margin: 24px; color: #1c2430; background: #fff; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 6px; border-bottom: 2px solid #2b5fa8; padding-bottom: 3px; }
.meta { color: #5a6675; margin-bottom: 16px; }
.alert { background: #c00000; color: #fff; padding: 12px 16px; font-weight: bold; font-size: 16px; margin: 12px 0; }
.alert li { font-weight: normal; }
.warn { background: #fff1c2; border: 1px solid #d9a400; padding: 8px 12px; margin: 12px 0; }
.ok { background: #e3f4e1; border: 1px solid #3b8a3b; padding: 8px 12px; margin: 12px 0; }
.note { color: #5a6675; font-size: 12px; margin: 2px 0 8px; }
table { border-collapse: collapse; font-size: 12px; margin-bottom: 8px; }
th { background: #dde4ee; text-align: left; padding: 4px 6px; border: 1px solid #b8c2d0; }
td { padding: 3px 6px; border: 1px solid #d5dbe3; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.bad td, td.bad { background: #ffc7ce; color: #9c0006; font-weight: bold; }
.charts { display: flex; flex-wrap: wrap; gap: 16px; }
.scroll { max-height: 420px; overflow: auto; display: inline-block; }
</style>
</head>
<body>
<h1>TokenDroplet daily report: {{.Day}} (UTC)</h1>
<div class="meta">Transfers as they stood at {{.Cutoff}}; chain balances read at {{if .BalancesAt}}{{.BalancesAt}}{{else}}(not read){{end}}; routes {{.R.RoutesHash}}.</div>
{{if .Mismatches}}<div class="alert">Unexplained difference between locked and circulating tokens on {{len .Mismatches}} route(s):
<ul>{{range .Mismatches}}<li>{{.Route}}: {{.Unexplained.Grouped}} tokens unexplained (locked {{.Locked.Grouped}} on {{.LockSide}}, circulating {{.Circulating.Grouped}} on {{.MintSide}})</li>{{end}}</ul></div>
{{else if .BalancesAt}}<div class="ok">Every route reconciles: locked tokens back circulating tokens, differences explained by transfers in flight, unpaid transfers and fees.</div>{{end}}
{{range .R.WatcherErrors}}<div class="warn">Watcher database {{.Watcher}} could not be read: its unsupported deposits are missing from this report ({{.Error}}).</div>
{{end}}{{if not .R.Watchers}}<div class="warn">No watcher database is configured (watcher_databases): unsupported deposits are not listed.</div>
{{end}}{{with .R.NewUnsupported}}<div class="warn">{{.}} unsupported deposit(s) first seen this day need manual handling: see Unsupported deposits below.</div>
{{end}}{{if .Unknown}}<div class="warn">Transfers of routes missing from the routes file were left out:{{range .Unknown}} {{.Route}} ({{.Count}}){{end}}.</div>{{end}}
{{range $i, $t := .Tables}}
<h2>{{$t.Title}}</h2>
{{if $t.Note}}<div class="note">{{$t.Note}}</div>{{end}}
{{if eq $t.Name "hourly"}}<div class="charts">{{range $.Hourly}}{{.}}{{end}}</div>
{{else}}{{if eq $t.Name "latency"}}<div class="charts">{{$.Latency}}</div>{{end}}
{{if $t.Rows}}<div class="scroll"><table>
<tr>{{range $t.Header}}<th>{{.}}</th>{{end}}</tr>
{{range $t.Rows}}<tr>{{range .}}<td{{if and .Num .Bad}} class="num bad"{{else if .Num}} class="num"{{else if .Bad}} class="bad"{{end}}>{{.Text}}</td>{{end}}</tr>
{{end}}</table></div>{{else}}<div class="note">None.</div>{{end}}
{{end}}{{end}}
</body>
</html>
`))

const (
	chartW, chartH = 560, 240
	padL, padR     = 70, 12
	padT, padB     = 28, 36
	colorEthToMvs  = "#2b5fa8"
	colorMvsToEth  = "#e08a1e"
)

// hourlyChart draws a route's volume per hour, one bar per direction.
func hourlyChart(a, b report.Hourly) template.HTML {
	var vals [2][24]float64
	top := 0.0
	for h := range 24 {
		vals[0][h], vals[1][h] = a.Volume[h].Float(), b.Volume[h].Float()
		top = math.Max(top, math.Max(vals[0][h], vals[1][h]))
	}
	top = niceCeil(top)
	var s strings.Builder
	fmt.Fprintf(&s, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" role="img" aria-label="%s volume per hour">`,
		chartW, chartH, chartW, chartH, esc(a.Route))
	fmt.Fprintf(&s, `<rect width="%d" height="%d" fill="#fbfcfe" stroke="#d5dbe3"/>`, chartW, chartH)
	fmt.Fprintf(&s, `<text x="%d" y="18" font-size="13" font-weight="bold" fill="#1c2430">%s: volume per hour (tokens)</text>`, padL, esc(a.Route))
	legend(&s, chartW-padR-230, 18, []string{a.Direction, b.Direction}, []string{colorEthToMvs, colorMvsToEth})
	axes(&s, top, 4)
	plotW := float64(chartW - padL - padR)
	plotH := float64(chartH - padT - padB)
	slot := plotW / 24
	barW := slot * 0.38
	for h := range 24 {
		x0 := float64(padL) + slot*float64(h) + slot*0.1
		for d, color := range []string{colorEthToMvs, colorMvsToEth} {
			v := vals[d][h]
			bh := 0.0
			if top > 0 {
				bh = v / top * plotH
			}
			fmt.Fprintf(&s, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"/>`,
				x0+float64(d)*barW, float64(padT)+plotH-bh, barW, bh, color)
		}
		if h%3 == 0 {
			fmt.Fprintf(&s, `<text x="%.1f" y="%d" font-size="10" text-anchor="middle" fill="#5a6675">%02d:00</text>`,
				x0+barW, chartH-padB+14, h)
		}
	}
	fmt.Fprintf(&s, `<text x="%d" y="%d" font-size="10" text-anchor="middle" fill="#5a6675">hour of quorum (UTC)</text>`,
		padL+int(plotW/2), chartH-6)
	s.WriteString(`</svg>`)
	return template.HTML(s.String()) //nolint:gosec // built here from numbers and escaped names
}

// latencyChart draws the distribution of latency over the report's buckets.
func latencyChart(l report.Latency) template.HTML {
	top := 0.0
	for _, b := range l.Buckets {
		top = math.Max(top, float64(b.Count))
	}
	top = niceCeil(top)
	var s strings.Builder
	fmt.Fprintf(&s, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" role="img" aria-label="latency distribution">`,
		chartW, chartH, chartW, chartH)
	fmt.Fprintf(&s, `<rect width="%d" height="%d" fill="#fbfcfe" stroke="#d5dbe3"/>`, chartW, chartH)
	fmt.Fprintf(&s, `<text x="%d" y="18" font-size="13" font-weight="bold" fill="#1c2430">Latency: %d confirmed, p50 %ss, p95 %ss</text>`,
		padL, l.All.N, Seconds(l.All.P50), Seconds(l.All.P95))
	axes(&s, top, 4)
	plotW := float64(chartW - padL - padR)
	plotH := float64(chartH - padT - padB)
	n := len(l.Buckets)
	if n == 0 {
		s.WriteString(`</svg>`)
		return template.HTML(s.String()) //nolint:gosec // built here
	}
	slot := plotW / float64(n)
	for i, b := range l.Buckets {
		bh := 0.0
		if top > 0 {
			bh = float64(b.Count) / top * plotH
		}
		x := float64(padL) + slot*float64(i) + slot*0.12
		fmt.Fprintf(&s, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="#3b8a3b"/>`, x, float64(padT)+plotH-bh, slot*0.76, bh)
		label := "≥ " + short(b.Low)
		if b.High > 0 {
			label = "< " + short(b.High)
		}
		fmt.Fprintf(&s, `<text x="%.1f" y="%d" font-size="10" text-anchor="middle" fill="#5a6675">%s</text>`,
			x+slot*0.38, chartH-padB+14, esc(label))
	}
	s.WriteString(`</svg>`)
	return template.HTML(s.String()) //nolint:gosec // built here from numbers
}

func axes(s *strings.Builder, top float64, ticks int) {
	plotH := float64(chartH - padT - padB)
	for i := 0; i <= ticks; i++ {
		y := float64(padT) + plotH - plotH*float64(i)/float64(ticks)
		fmt.Fprintf(s, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#e3e8ef"/>`, padL, y, chartW-padR, y)
		fmt.Fprintf(s, `<text x="%d" y="%.1f" font-size="10" text-anchor="end" fill="#5a6675">%s</text>`,
			padL-6, y+3, compact(top*float64(i)/float64(ticks)))
	}
	fmt.Fprintf(s, `<line x1="%d" y1="%d" x2="%d" y2="%.1f" stroke="#5a6675"/>`, padL, padT, padL, float64(padT)+plotH)
	fmt.Fprintf(s, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#5a6675"/>`, padL, float64(padT)+plotH, chartW-padR, float64(padT)+plotH)
}

func legend(s *strings.Builder, x, y int, names, colors []string) {
	for i, n := range names {
		fmt.Fprintf(s, `<rect x="%d" y="%d" width="10" height="10" fill="%s"/><text x="%d" y="%d" font-size="11" fill="#1c2430">%s</text>`,
			x+i*115, y-9, colors[i], x+i*115+14, y, esc(n))
	}
}

// niceCeil rounds v up to 1, 2 or 5 times a power of ten, so axis ticks are round numbers.
func niceCeil(v float64) float64 {
	if v <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= v {
			return m * p
		}
	}
	return 10 * p
}

// compact writes an axis value: 1.5k, 20M, 0.25.
func compact(v float64) string {
	switch {
	case v >= 1e9:
		return trim(v/1e9) + "G"
	case v >= 1e6:
		return trim(v/1e6) + "M"
	case v >= 1e3:
		return trim(v/1e3) + "k"
	}
	return trim(v)
}

func trim(v float64) string {
	s := fmt.Sprintf("%.2f", v)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

func short(d interface{ Seconds() float64 }) string {
	sec := d.Seconds()
	switch {
	case sec >= 3600:
		return trim(sec/3600) + "h"
	case sec >= 60:
		return trim(sec/60) + "m"
	}
	return trim(sec) + "s"
}

func esc(s string) string { return html.EscapeString(s) }
