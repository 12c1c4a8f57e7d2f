package report_test

import (
	"context"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"

	"github.com/tokendroplet/droplet/reporter/internal/render"
	"github.com/tokendroplet/droplet/reporter/internal/report"
	"github.com/tokendroplet/droplet/reporter/internal/reportertest"
)

// BenchmarkDay100k builds and renders (XLSX, CSV, HTML) the report of a day of 100,000
// transfers (plus the 6 hours before, the 20 minutes after and their ~470,000 events) from
// PostgreSQL. Besides time and allocation per report it gives the process's peak resident
// memory while building (peak-RSS-MiB), reset after the data was generated.
//
//	go test ./reporter/internal/report -run '^$' -bench Day100k -benchtime 5x
func BenchmarkDay100k(b *testing.B) {
	db, _ := reportertest.RelayerDB(b)
	routes := reportertest.Routes(b)
	st := reportertest.GenerateDay(b, db, routes, 100_000)
	if _, err := db.Exec(`ANALYZE`); err != nil {
		b.Fatal(err)
	}
	b.Logf("generated %d transfers, %d events", st.Transfers, st.Events)
	snap := report.ReadBalances(context.Background(), balanced(b, db, routes, reportertest.Now, st.Dust), routes, reportertest.Now)
	debug.FreeOSMemory()
	resetPeakRSS(b)
	b.ReportAllocs()
	b.ResetTimer()
	var size int
	for b.Loop() {
		r, err := report.Build(context.Background(), db, routes, report.Options{Day: reportertest.Day, Balances: snap})
		if err != nil {
			b.Fatal(err)
		}
		files, err := render.All(r)
		if err != nil {
			b.Fatal(err)
		}
		size = 0
		for _, f := range files {
			size += len(f.Data)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(peakRSS(b))/(1<<20), "peak-RSS-MiB")
	b.ReportMetric(float64(size)/(1<<10), "output-KiB")
}

// resetPeakRSS sets the kernel's high-water mark of this process's resident memory to what it
// is now (Linux: writing 5 to clear_refs).
func resetPeakRSS(b *testing.B) {
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		b.Logf("cannot reset the peak RSS (%v); it includes the data generation", err)
	}
}

// peakRSS is VmHWM in bytes.
func peakRSS(b *testing.B) int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		b.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}
