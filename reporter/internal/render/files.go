package render

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"

	"github.com/xuri/excelize/v2"

	"github.com/tokendroplet/droplet/reporter/internal/report"
)

// File is one rendered file.
type File struct {
	Name string
	Data []byte
}

// All renders every format: the CSV files, report.xlsx, report.html and summary.json.
func All(r *report.Report) ([]File, error) {
	tables := Tables(r)
	var out []File
	for _, t := range tables {
		data, err := CSV(t)
		if err != nil {
			return nil, err
		}
		out = append(out, File{t.Name + ".csv", data})
	}
	x, err := XLSX(r, tables)
	if err != nil {
		return nil, err
	}
	h, err := HTML(r, tables)
	if err != nil {
		return nil, err
	}
	s, err := SummaryJSON(r)
	if err != nil {
		return nil, err
	}
	return append(out, File{"report.xlsx", x}, File{"report.html", h}, File{"summary.json", s}), nil
}

// CSV is the table as RFC 4180 CSV with a header line.
func CSV(t Table) ([]byte, error) {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	if err := w.Write(t.Header); err != nil {
		return nil, err
	}
	line := make([]string, len(t.Header))
	for _, row := range t.Rows {
		for i, c := range row {
			line[i] = c.Text
		}
		if err := w.Write(line); err != nil {
			return nil, err
		}
	}
	w.Flush()
	return b.Bytes(), w.Error()
}

// XLSX is the workbook: a sheet per table, amounts as exact numeric cells (the decimal text
// itself, so no digit is lost to floating point), rows that need attention in red. Its document
// properties carry the report's cutoff, never the time of writing, so the bytes are the same
// every time.
func XLSX(r *report.Report, tables []Table) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	stamp := r.Cutoff.UTC().Format("2006-01-02T15:04:05Z")
	if err := f.SetDocProps(&excelize.DocProperties{
		Title: "TokenDroplet daily report " + r.Day.Format("2006-01-02"), Subject: "TokenDroplet bridge",
		Creator: "droplet-reporter", LastModifiedBy: "droplet-reporter", Created: stamp, Modified: stamp,
		Description: "routes " + r.RoutesHash, Language: "en-US", Revision: "1",
	}); err != nil {
		return nil, fmt.Errorf("xlsx: %w", err)
	}
	if err := f.SetAppProps(&excelize.AppProperties{Application: "droplet-reporter", DocSecurity: 0}); err != nil {
		return nil, fmt.Errorf("xlsx: %w", err)
	}
	header, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDE4EE"}}})
	if err != nil {
		return nil, err
	}
	red, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Color: "9C0006", Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFC7CE"}}})
	if err != nil {
		return nil, err
	}
	for i, t := range tables {
		sheet := t.Name
		if i == 0 {
			if err := f.SetSheetName("Sheet1", sheet); err != nil {
				return nil, err
			}
		} else if _, err := f.NewSheet(sheet); err != nil {
			return nil, err
		}
		for c, h := range t.Header {
			cell, _ := excelize.CoordinatesToCellName(c+1, 1)
			if err := f.SetCellStr(sheet, cell, h); err != nil {
				return nil, err
			}
		}
		last, _ := excelize.CoordinatesToCellName(len(t.Header), 1)
		if err := f.SetCellStyle(sheet, "A1", last, header); err != nil {
			return nil, err
		}
		for ri, row := range t.Rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, ri+2)
				switch {
				case v.Text == "":
				case v.Num:
					// SetCellDefault stores the text as a number cell as it is.
					err = f.SetCellDefault(sheet, cell, v.Text)
				default:
					err = f.SetCellStr(sheet, cell, v.Text)
				}
				if err != nil {
					return nil, err
				}
				if v.Bad {
					if err := f.SetCellStyle(sheet, cell, cell, red); err != nil {
						return nil, err
					}
				}
			}
		}
		if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
			return nil, err
		}
		if err := f.SetColWidth(sheet, "A", "A", 14); err != nil {
			return nil, err
		}
	}
	f.SetActiveSheet(0)
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		return nil, fmt.Errorf("xlsx: %w", err)
	}
	return b.Bytes(), nil
}

// Summary is what a webhook receives.
type Summary struct {
	Day            string            `json:"day"`
	Cutoff         string            `json:"cutoff"`
	BalancesAt     string            `json:"balances_at,omitempty"`
	Routes         []SummaryRoute    `json:"routes"`
	Mismatches     []SummaryMismatch `json:"mismatches"`
	Unavailable    []string          `json:"reconciliation_unavailable"`
	Failed         int               `json:"failed"`
	Stuck          int               `json:"stuck"`
	ConfirmedToday int               `json:"confirmed"`
	LatencyP50     string            `json:"latency_p50_seconds"`
	LatencyP95     string            `json:"latency_p95_seconds"`
	// UnsupportedNew and UnsupportedOpen count the deposits the watchers recorded as unsupported:
	// first seen during the day, and all of them (every one is open until handled by hand).
	UnsupportedNew  int `json:"unsupported_new"`
	UnsupportedOpen int `json:"unsupported_open"`
	// WatchersUnreadable are the watcher databases that could not be read.
	WatchersUnreadable []string `json:"watchers_unreadable"`
}

// SummaryRoute is a route and direction's headline figures.
type SummaryRoute struct {
	Route     string `json:"route"`
	Direction string `json:"direction"`
	Transfers int    `json:"transfers"`
	Volume    string `json:"volume"`
	Fees      string `json:"fees"`
	Refunds   int    `json:"refunds"`
	Failed    int    `json:"failed"`
	Stuck     int    `json:"stuck"`
	CapUse    string `json:"cap_use_percent"`
}

// SummaryMismatch is a route whose tokens do not reconcile.
type SummaryMismatch struct {
	Route       string `json:"route"`
	Unexplained string `json:"unexplained"`
	Locked      string `json:"locked"`
	Circulating string `json:"circulating"`
}

// MakeSummary is the report's headline figures.
func MakeSummary(r *report.Report) Summary {
	s := Summary{Day: r.Day.Format("2006-01-02"), Cutoff: Time(r.Cutoff), BalancesAt: Time(r.BalancesAt),
		Failed: len(r.Failed), Stuck: len(r.Stuck), ConfirmedToday: r.Latency.All.N,
		LatencyP50: Seconds(r.Latency.All.P50), LatencyP95: Seconds(r.Latency.All.P95),
		Mismatches: []SummaryMismatch{}, Unavailable: []string{},
		UnsupportedNew: r.NewUnsupported(), UnsupportedOpen: len(r.Unsupported), WatchersUnreadable: []string{}}
	for _, e := range r.WatcherErrors {
		s.WatchersUnreadable = append(s.WatchersUnreadable, e.Watcher)
	}
	for _, row := range r.Rows {
		s.Routes = append(s.Routes, SummaryRoute{Route: row.Route, Direction: row.Direction, Transfers: row.Count,
			Volume: row.Volume.String(), Fees: row.Fees.String(), Refunds: row.Refunds, Failed: row.Failed,
			Stuck: row.Stuck, CapUse: row.CapUse})
	}
	for _, rc := range r.Reconciliation {
		switch rc.Status {
		case report.StatusMismatch:
			s.Mismatches = append(s.Mismatches, SummaryMismatch{rc.Route, rc.Unexplained.String(), rc.Locked.String(), rc.Circulating.String()})
		case report.StatusUnavailable:
			s.Unavailable = append(s.Unavailable, rc.Route)
		}
	}
	return s
}

// SummaryJSON is MakeSummary as indented JSON.
func SummaryJSON(r *report.Report) ([]byte, error) {
	b, err := json.MarshalIndent(MakeSummary(r), "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}
