package render_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"image"
	"image/png"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/tokendroplet/droplet/reporter/internal/render"
	"github.com/tokendroplet/droplet/reporter/internal/report"
)

func amt(s string, dec uint8) report.Amount {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return report.Amount{Units: v, Decimals: dec}
}

// sample is a small report with one unexplained difference, a failed and a stuck transfer, and
// amounts that a float would round.
func sample() *report.Report {
	day := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	r := &report.Report{Day: day, Cutoff: day.Add(24 * time.Hour), StuckAfter: time.Hour, RoutesHash: "ab12",
		BalancesAt: day.Add(24*time.Hour + 20*time.Minute)}
	for _, rt := range []struct {
		id  string
		dec uint8
	}{{"usdt", 6}, {"dai", 18}} {
		for i, dir := range []string{report.EthToMvs, report.MvsToEth} {
			row := report.Row{Route: rt.id, Direction: dir, Count: 120 + i, Volume: amt("123456789012345678901234567", rt.dec),
				Fees: amt("1000001", rt.dec), Confirmed: 118, InFlight: 1, Failed: 1 - i, Refunds: 2,
				Refunded: amt("3000000", rt.dec), RefundFees: amt("2000000", rt.dec), DailyCap: amt("20000000000000", rt.dec), CapUse: "61.7",
				Latency: report.LatencyStats{N: 119, P50: 151234 * time.Millisecond, P95: 9*time.Minute + 1500*time.Microsecond, Max: 3 * time.Hour}}
			r.Rows = append(r.Rows, row)
			h := report.Hourly{Route: rt.id, Direction: dir}
			for k := range 24 {
				h.Count[k] = 5 + (k*7+i*3)%11
				h.Volume[k] = amt(big.NewInt(int64(1000+((k*37+i*101)%900))*1_000_000).String(), 6)
			}
			r.Hourly = append(r.Hourly, h)
		}
	}
	for i, low := range report.LatencyBounds {
		b := report.Bucket{Low: low, Count: []int{3, 40, 120, 260, 90, 30, 12, 4, 1}[i]}
		if i+1 < len(report.LatencyBounds) {
			b.High = report.LatencyBounds[i+1]
		}
		r.Latency.Buckets = append(r.Latency.Buckets, b)
	}
	r.Latency.All = report.LatencyStats{N: 560, P50: 150 * time.Second, P95: 20 * time.Minute, Max: 3 * time.Hour}
	it := report.Item{ID: "0x" + strings.Repeat("ab", 32), Route: "usdt", Direction: report.EthToMvs, State: report.StateFailed,
		Amount: amt("1500000", 6), Fee: amt("1000000", 6), QuorumAt: day.Add(5 * time.Hour), LastChange: day.Add(6 * time.Hour),
		Reason: `submit: nonce too low, "quoted", <tag>`}
	r.Failed = []report.Item{it}
	it.State, it.Age, it.Reason = report.StateSigned, 5*time.Hour, "last attempt: submit: replacement transaction underpriced"
	r.Stuck = []report.Item{it}
	it.State = report.StateConfirmed
	r.Largest = []report.Item{it, it}
	r.Reconciliation = []report.Reconciliation{
		{Route: "dai", LockSide: "ethereum", MintSide: "metaverse", Status: report.StatusMismatch,
			Locked: amt("5000000000000000000000000", 18), Circulating: amt("5001234500000000000000000", 18),
			Difference: amt("-1234500000000000000000", 18), InFlight: amt("0", 18), Unpaid: amt("0", 18), FeesKept: amt("0", 18),
			Explained: amt("0", 18), Unexplained: amt("-1234500000000000000000", 18), DustAllowance: amt("999", 18)},
		{Route: "usdt", LockSide: "ethereum", MintSide: "metaverse", Status: report.StatusOK,
			Locked: amt("10", 6), Circulating: amt("5", 6), Difference: amt("5", 6), InFlight: amt("5", 6), InFlightCount: 1,
			Unpaid: amt("0", 6), FeesKept: amt("0", 6), Explained: amt("5", 6), Unexplained: amt("0", 6), DustAllowance: amt("0", 6)},
	}
	r.Watchers = []string{"watcher-a", "watcher-b", "watcher-c"}
	r.WatcherErrors = []report.WatcherError{{Watcher: "watcher-c", Error: "dial tcp 10.0.0.3:5432: connect: connection refused"}}
	r.Unsupported = []report.Unsupported{
		{Chain: 1, ChainName: "ethereum", SourceTx: "0x" + strings.Repeat("e1", 32), SourceIndex: 3, Block: 100, Token: "0xaa",
			Amount: "123456789012345678901234567890", Sender: "0xbb", Reason: "no route for token <x>",
			FirstSeen: day.Add(2 * time.Hour), New: true, Watchers: []string{"watcher-a", "watcher-b"}},
		{Chain: 5068115, ChainName: "metaverse", SourceTx: strings.Repeat("5e", 32), SourceIndex: 1, Block: 2000, Token: "ERC20.FOO",
			Amount: "500", Sender: "MSender", Reason: "no route for symbol ERC20.FOO", FirstSeen: day.Add(-5 * time.Hour),
			Watchers: []string{"watcher-a"}, Disagree: "amount"},
	}
	return r
}

// TestUnsupportedSection: the unsupported deposits in the CSV, the workbook, the page and the
// summary, the unreadable watcher's warning first.
func TestUnsupportedSection(t *testing.T) {
	r := sample()
	files, err := render.All(r)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string][]byte{}
	for _, f := range files {
		byName[f.Name] = f.Data
	}
	recs, err := csv.NewReader(bytes.NewReader(byName["unsupported.csv"])).ReadAll()
	if err != nil {
		t.Fatalf("unsupported.csv: %v", err)
	}
	want := [][]string{
		{"Status", "Chain", "Chain id", "Source tx", "Index", "Block", "Token", "Amount (base units)", "Sender", "Reason",
			"First seen", "Watchers", "Watchers disagree on"},
		{"watcher unreadable", "", "", "", "", "", "", "", "", "watcher database watcher-c could not be read, its unsupported " +
			"deposits are missing: dial tcp 10.0.0.3:5432: connect: connection refused", "", "watcher-c", ""},
		{"new", "ethereum", "1", "0x" + strings.Repeat("e1", 32), "3", "100", "0xaa", "123456789012345678901234567890", "0xbb",
			"no route for token <x>", "2026-11-20T02:00:00Z", "watcher-a, watcher-b", ""},
		{"open", "metaverse", "5068115", strings.Repeat("5e", 32), "1", "2000", "ERC20.FOO", "500", "MSender",
			"no route for symbol ERC20.FOO", "2026-11-19T19:00:00Z", "watcher-a", "amount"},
	}
	if !reflect.DeepEqual(recs, want) {
		t.Errorf("unsupported.csv:\n got %q\nwant %q", recs, want)
	}

	x, err := excelize.OpenReader(bytes.NewReader(byName["report.xlsx"]))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	rows, err := x.GetRows("unsupported", excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || rows[1][0] != "watcher unreadable" || rows[1][11] != "watcher-c" || rows[2][7] != "123456789012345678901234567890" {
		t.Errorf("unsupported sheet %q", rows)
	}
	warnStyle, _ := x.GetCellStyle("unsupported", "J2")
	st, err := x.GetStyle(warnStyle)
	if err != nil || len(st.Fill.Color) == 0 || st.Fill.Color[0] != "FFC7CE" {
		t.Errorf("the unreadable watcher's row is not red: %+v %v", st, err)
	}

	page := string(byName["report.html"])
	for _, want := range []string{
		"Watcher database watcher-c could not be read: its unsupported deposits are missing from this report",
		"<h2>Unsupported deposits (manual handling): 1 new, 2 open</h2>",
		"Every row is open",
		"no route for token &lt;x&gt;",
		"1 unsupported deposit(s) first seen this day need manual handling",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Index(page, "watcher-c could not be read") > strings.Index(page, "Transfers by route") {
		t.Error("the unreadable watcher's warning is not at the top")
	}

	var s render.Summary
	if err := json.Unmarshal(byName["summary.json"], &s); err != nil {
		t.Fatal(err)
	}
	if s.UnsupportedNew != 1 || s.UnsupportedOpen != 2 || !reflect.DeepEqual(s.WatchersUnreadable, []string{"watcher-c"}) {
		t.Errorf("summary %+v", s)
	}
}

// TestUnsupportedNotConfigured: with no watcher database the section says so, in every format.
func TestUnsupportedNotConfigured(t *testing.T) {
	r := sample()
	r.Watchers, r.WatcherErrors, r.Unsupported = nil, nil, nil
	tables := render.Tables(r)
	var tb render.Table
	for _, x := range tables {
		if x.Name == "unsupported" {
			tb = x
		}
	}
	data, err := render.CSV(tb)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil || len(recs) != 2 || recs[1][0] != "not configured" || !strings.Contains(recs[1][9], "watcher_databases") {
		t.Errorf("unsupported.csv %q, %v", recs, err)
	}
	page, err := render.HTML(r, tables)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), "No watcher database is configured") {
		t.Error("the page does not say that no watcher database is configured")
	}
}

func TestXLSX(t *testing.T) {
	r := sample()
	tables := render.Tables(r)
	data, err := render.XLSX(r, tables)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := render.XLSX(r, tables)
	if !bytes.Equal(data, again) {
		t.Fatal("two renderings of one report differ")
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	wantSheets := []string{"reconciliation", "summary", "failed", "stuck", "unsupported", "largest", "hourly", "latency"}
	if got := f.GetSheetList(); strings.Join(got, ",") != strings.Join(wantSheets, ",") {
		t.Fatalf("sheets %v, want %v", got, wantSheets)
	}
	props, err := f.GetDocProps()
	if err != nil || props.Created != "2026-11-21T00:00:00Z" || props.Modified != props.Created {
		t.Errorf("document properties %+v, %v", props, err)
	}
	cell := func(sheet, ref string) string {
		v, err := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, c := range []struct{ sheet, ref, want string }{
		{"reconciliation", "A1", "Route"},
		{"reconciliation", "A2", "dai"},
		{"reconciliation", "B2", "mismatch"},
		{"reconciliation", "N2", "-1234.5"},
		{"reconciliation", "A3", "usdt"},
		{"summary", "D2", "123456789012345678901.234567"}, // 27 digits: exact, no float rounding
		{"summary", "D4", "123456789.012345678901234567"},
		{"summary", "O2", "151.234"},
		{"summary", "P2", "540.001"},
		{"summary", "S2", "61.7"},
		{"failed", "G2", `submit: nonce too low, "quoted", <tag>`},
		{"stuck", "G2", "18000.000"},
		{"largest", "B3", "2"},
		{"hourly", "C25", "23"},
		{"latency", "C5", "260"},
	} {
		if got := cell(c.sheet, c.ref); got != c.want {
			t.Errorf("%s!%s = %q, want %q", c.sheet, c.ref, got, c.want)
		}
	}
	typ, _ := f.GetCellType("summary", "D2")
	if typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
		t.Errorf("amount cell type %v, want a number", typ)
	}
	// The mismatch row is red; the ok row is not.
	redID, _ := f.GetCellStyle("reconciliation", "N2")
	okID, _ := f.GetCellStyle("reconciliation", "N3")
	st, err := f.GetStyle(redID)
	if err != nil || len(st.Fill.Color) == 0 || st.Fill.Color[0] != "FFC7CE" || redID == okID {
		t.Errorf("mismatch style %d %+v, ok row style %d", redID, st, okID)
	}
	// Every table's cells equal its CSV.
	for _, tb := range tables {
		data, err := render.CSV(tb)
		if err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		rows, err := f.GetRows(tb.Name, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		for i, rec := range recs {
			for j, v := range rec {
				got := ""
				if j < len(rows[i]) {
					got = rows[i][j]
				}
				if got != v {
					t.Errorf("%s row %d col %d: xlsx %q, csv %q", tb.Name, i, j, got, v)
				}
			}
		}
	}
}

func TestSummaryJSON(t *testing.T) {
	data, err := render.SummaryJSON(sample())
	if err != nil {
		t.Fatal(err)
	}
	var s render.Summary
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	if s.Day != "2026-11-20" || len(s.Mismatches) != 1 || s.Mismatches[0].Unexplained != "-1234.5" || s.Failed != 1 || len(s.Routes) != 4 {
		t.Errorf("summary %+v", s)
	}
}

// chromium finds Debian's chromium. Under CI it installs it when missing
// (testdata/install-chromium.sh); elsewhere the test is skipped with a message.
func chromium(t *testing.T) string {
	t.Helper()
	const bin = "/usr/bin/chromium"
	if _, err := os.Stat(bin); err == nil {
		return bin
	}
	if os.Getenv("CI") != "true" {
		t.Skip("chromium is not installed (apt-get install chromium); the HTML is not rendered")
	}
	out, err := exec.Command("../../testdata/install-chromium.sh").CombinedOutput()
	if err != nil {
		t.Fatalf("install chromium: %v\n%s", err, out)
	}
	return bin
}

// Screenshot renders the page in headless chromium and decodes the PNG.
func screenshot(t *testing.T, page []byte) image.Image {
	t.Helper()
	bin := chromium(t)
	dir := t.TempDir()
	htmlPath := filepath.Join(dir, "report.html")
	if err := os.WriteFile(htmlPath, page, 0o644); err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(dir, "shot.png")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--screenshot="+shot, "--window-size=1400,2400", "file://"+htmlPath)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, out)
	}
	f, err := os.Open(shot)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("DROPLET_KEEP_SCREENSHOT") != "" {
		data, _ := os.ReadFile(shot)
		_ = os.WriteFile(os.Getenv("DROPLET_KEEP_SCREENSHOT"), data, 0o644)
	}
	return img
}

// Colours counts distinct colours, and pixels of the alert's red and of the charts' blue.
func colours(img image.Image) (distinct, red, blue, nonWhite int) {
	seen := map[[3]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			r, g, bl = r>>8, g>>8, bl>>8
			seen[[3]uint32{r, g, bl}] = true
			if r > 0xb0 && g < 0x30 && bl < 0x30 {
				red++
			}
			if r < 0x50 && g > 0x50 && g < 0x70 && bl > 0x98 && bl < 0xb8 {
				blue++
			}
			if r < 0xf0 || g < 0xf0 || bl < 0xf0 {
				nonWhite++
			}
		}
	}
	return len(seen), red, blue, nonWhite
}

func TestHTMLInChromium(t *testing.T) {
	r := sample()
	page, err := render.HTML(r, render.Tables(r))
	if err != nil {
		t.Fatal(err)
	}
	again, _ := render.HTML(r, render.Tables(r))
	if !bytes.Equal(page, again) {
		t.Fatal("two renderings differ")
	}
	s := string(page)
	for _, want := range []string{"<svg", "dai: -1,234.5 tokens unexplained", "&lt;tag&gt;", "volume per hour", "Latency: 560 confirmed"} {
		if !strings.Contains(s, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	for _, bad := range []string{"http://", "https://", "<script", "<link", "src="} {
		if strings.Contains(strings.ReplaceAll(s, `xmlns="http://www.w3.org/2000/svg"`, ""), bad) {
			t.Errorf("page is not self-contained: has %q", bad)
		}
	}
	if strings.Index(s, "Unexplained difference") > strings.Index(s, "Transfers by route") {
		t.Error("the unexplained difference does not come first")
	}
	img := screenshot(t, page)
	distinct, red, blue, nonWhite := colours(img)
	b := img.Bounds()
	t.Logf("screenshot %dx%d: %d colours, %d alert-red, %d chart-blue, %d non-white pixels", b.Dx(), b.Dy(), distinct, red, blue, nonWhite)
	if distinct < 50 || nonWhite < b.Dx()*b.Dy()/50 {
		t.Errorf("the page looks blank: %d colours, %d non-white pixels", distinct, nonWhite)
	}
	if red < 2000 {
		t.Errorf("the mismatch alert is not red enough: %d red pixels", red)
	}
	if blue < 500 {
		t.Errorf("no chart bars drawn: %d blue pixels", blue)
	}
}
