package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/tokendroplet/droplet/reporter/internal/reportertest"
)

func TestOneDay(t *testing.T) {
	_, url := reportertest.RelayerDB(t)
	out := t.TempDir()
	cfg := filepath.Join(t.TempDir(), "reporter.json")
	if err := os.WriteFile(cfg, []byte(`{"routes": "`+reportertest.Path("reporter", "testdata", "routes.json")+`",
		"stuck_after": "2h", "retry": {"attempts": 1, "first": "1s", "max": "1s"}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("DROPLET_REPORTER_DATABASE", url)
	if code := run([]string{"-config", cfg, "-out", out, "-date", "2026-11-20"}); code != 0 {
		t.Fatalf("exit code %d", code)
	}
	for _, f := range []string{"report.xlsx", "report.html", "summary.csv", "summary.json"} {
		if _, err := os.Stat(filepath.Join(out, "2026-11-20", f)); err != nil {
			t.Error(err)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "state.json")); err != nil {
		t.Error(err)
	}
	for _, args := range [][]string{
		{"-config", cfg, "-out", out},                                   // neither -date nor -daemon
		{"-config", cfg, "-out", out, "-date", "2026-11-20", "-daemon"}, // both
		{"-config", filepath.Join(out, "missing.json"), "-date", "2026-11-20"},
		{"-config", cfg, "-date", "20 Nov"},
	} {
		if code := run(args); code != 2 {
			t.Errorf("%v: exit code %d, want 2", args, code)
		}
	}
}
