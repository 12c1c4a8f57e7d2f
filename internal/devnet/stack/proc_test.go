package stack

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSupervisorReportsDeath: a child that exits on its own is reported, with its log's end, both
// while the devnet waits for it to be ready and afterwards.
func TestSupervisorReportsDeath(t *testing.T) {
	dir := t.TempDir()
	s := newSupervisor()
	defer s.stopAll(time.Second, func(string, error) {})
	p, err := s.start("crasher", syscall.SIGTERM, dir, exec.Command("sh", "-c", "echo starting; echo 'boom: no such table' >&2; exit 3"))
	if err != nil {
		t.Fatal(err)
	}
	err = waitReady(context.Background(), p, time.Minute, func(context.Context) error { return os.ErrNotExist })
	if err == nil || !strings.Contains(err.Error(), "crasher exited") || !strings.Contains(err.Error(), "boom: no such table") {
		t.Fatalf("waitReady: %v", err)
	}
	died := <-s.died
	if died != p || !strings.Contains(tail(died.log, 5), "boom: no such table") {
		t.Fatalf("died %s, log end %q", died.name, tail(died.log, 5))
	}
}

// TestSupervisorStopsInReverse: children stop in the reverse order of their start, each with its
// own stop signal; one that ignores it is killed and reported.
func TestSupervisorStopsInReverse(t *testing.T) {
	dir := t.TempDir()
	order := filepath.Join(dir, "order")
	s := newSupervisor()
	ready := func(name string) func(context.Context) error {
		return func(context.Context) error {
			if _, err := os.Stat(filepath.Join(dir, name+".ready")); err != nil {
				return err
			}
			return nil
		}
	}
	for _, c := range []struct {
		name string
		sig  syscall.Signal
		trap string
	}{{"first", syscall.SIGINT, "INT"}, {"second", syscall.SIGTERM, "TERM"}, {"third", syscall.SIGTERM, "TERM"}} {
		script := `trap 'echo ` + c.name + ` >> "$0"; exit 0' ` + c.trap + `; touch "$1"; while :; do sleep 0.05; done`
		p, err := s.start(c.name, c.sig, dir, exec.Command("sh", "-c", script, order, filepath.Join(dir, c.name+".ready")))
		if err != nil {
			t.Fatal(err)
		}
		if err := waitReady(context.Background(), p, time.Minute, ready(c.name)); err != nil {
			t.Fatal(err)
		}
	}
	stubborn, err := s.start("stubborn", syscall.SIGTERM, dir, exec.Command("sh", "-c", `trap '' TERM; touch "$0"; while :; do sleep 0.05; done`, filepath.Join(dir, "stubborn.ready")))
	if err != nil {
		t.Fatal(err)
	}
	if err := waitReady(context.Background(), stubborn, time.Minute, ready("stubborn")); err != nil {
		t.Fatal(err)
	}
	var reported []string
	s.stopAll(500*time.Millisecond, func(name string, err error) { reported = append(reported, name+": "+err.Error()) })
	b, err := os.ReadFile(order)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Fields(string(b)); strings.Join(got, " ") != "third second first" {
		t.Fatalf("stopped in order %q", got)
	}
	if len(reported) != 1 || !strings.HasPrefix(reported[0], "stubborn: did not stop") {
		t.Fatalf("reported %q", reported)
	}
	select {
	case p := <-s.died:
		t.Fatalf("%s reported as died during a stop", p.name)
	default:
	}
}

// TestSupervisorStopsAndStartsOne: a child stopped by name is not reported as dead, cannot be
// stopped twice, starts again in its old place (stopAll keeps the first start's order), and a
// running child cannot be started twice.
func TestSupervisorStopsAndStartsOne(t *testing.T) {
	dir := t.TempDir()
	order := filepath.Join(dir, "order")
	s := newSupervisor()
	run := func(name string) {
		t.Helper()
		ready := filepath.Join(dir, name+".ready")
		_ = os.Remove(ready)
		script := `trap 'echo ` + name + ` >> "$0"; exit 0' TERM; touch "$1"; while :; do sleep 0.05; done`
		p, err := s.start(name, syscall.SIGTERM, dir, exec.Command("sh", "-c", script, order, ready))
		if err != nil {
			t.Fatal(err)
		}
		if err := waitReady(context.Background(), p, time.Minute, func(context.Context) error { _, err := os.Stat(ready); return err }); err != nil {
			t.Fatal(err)
		}
	}
	for _, n := range []string{"first", "second", "third"} {
		run(n)
	}
	if err := s.stopOne("second", time.Minute); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		want error
	}{{"second", ErrNotRunning}, {"nobody", ErrNotRunning}} {
		if err := s.stopOne(c.name, time.Minute); !errors.Is(err, c.want) {
			t.Errorf("stopOne(%s): %v, want %v", c.name, err, c.want)
		}
	}
	select {
	case p := <-s.died:
		t.Fatalf("%s reported as died after a stop by name", p.name)
	default:
	}
	if _, err := s.start("first", syscall.SIGTERM, dir, exec.Command("sleep", "60")); !errors.Is(err, ErrRunning) {
		t.Fatalf("start of a running child: %v, want %v", err, ErrRunning)
	}
	run("second")
	s.stopAll(time.Minute, func(name string, err error) { t.Errorf("%s: %v", name, err) })
	b, err := os.ReadFile(order)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(strings.Fields(string(b)), " "); got != "second third second first" {
		t.Fatalf("stopped in order %q, want second (by name), then third second first", got)
	}
	if _, err := s.start("fourth", syscall.SIGTERM, dir, exec.Command("sleep", "60")); err == nil {
		t.Fatal("a child started after stopAll")
	}
}
