package stack

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"time"
)

// proc is one supervised child process, its output appended to a log file.
type proc struct {
	name string
	cmd  *exec.Cmd
	log  string
	stop syscall.Signal // what asks it to stop cleanly
	done chan struct{}  // closed when it has exited
	err  error          // its exit status, set before done closes
	// stopped: it was stopped on purpose (stopOne), so its exit is not a death.
	stopped bool
}

// supervisor starts children and stops them in reverse order. A child that exits on its own is
// sent on died.
type supervisor struct {
	mu       sync.Mutex
	procs    []*proc
	stopping bool
	died     chan *proc // buffered for every child: a death is never blocked on
}

func newSupervisor() *supervisor { return &supervisor{died: make(chan *proc, 32)} }

// start runs cmd as name, its stdout and stderr appended to logDir/name.log. The child gets its
// own process group, so a Ctrl-C at the terminal reaches only the devnet, which then stops the
// children in order.
func (s *supervisor) start(name string, stop syscall.Signal, logDir string, cmd *exec.Cmd) (*proc, error) {
	path := filepath.Join(logDir, name+".log")
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(f, "--- %s: %s started\n", time.Now().Format(time.RFC3339), name)
	cmd.Stdout, cmd.Stderr = f, f
	if cmd.SysProcAttr == nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{}
	}
	cmd.SysProcAttr.Setpgid = true
	// The lock is held across the start, so a child cannot start while stopAll takes the list.
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopping {
		f.Close()
		return nil, fmt.Errorf("start %s: %w", name, errStopping)
	}
	at := -1
	for i, q := range s.procs {
		if q.name == name {
			select {
			case <-q.done:
			default:
				f.Close()
				return nil, fmt.Errorf("start %s: %w", name, ErrRunning)
			}
			at = i
		}
	}
	if err := cmd.Start(); err != nil {
		f.Close()
		return nil, fmt.Errorf("start %s: %w", name, err)
	}
	p := &proc{name: name, cmd: cmd, log: path, stop: stop, done: make(chan struct{})}
	// A child started again takes its old place, so stopAll keeps the order of the first start.
	if at >= 0 {
		s.procs[at] = p
	} else {
		s.procs = append(s.procs, p)
	}
	go func() {
		p.err = cmd.Wait()
		f.Close()
		close(p.done)
		s.mu.Lock()
		quiet := s.stopping || p.stopped
		s.mu.Unlock()
		if !quiet {
			s.died <- p
		}
	}()
	return p, nil
}

// Errors of starting and stopping one child.
var (
	// ErrRunning: the component runs already.
	ErrRunning = errors.New("already running")
	// ErrNotRunning: the component is not running (stopped, never started, or unknown).
	ErrNotRunning = errors.New("not running")
	errStopping   = errors.New("the devnet is stopping")
)

// stopOne stops the running child called name as stopAll would (its stop signal, a kill after
// grace), without reporting its exit as a death. It returns the child's exit error when that
// is not the stop signal's.
func (s *supervisor) stopOne(name string, grace time.Duration) error {
	s.mu.Lock()
	var p *proc
	for _, q := range s.procs {
		if q.name == name {
			p = q
		}
	}
	if p != nil {
		select {
		case <-p.done:
			p = nil
		default:
			p.stopped = true
		}
	}
	s.mu.Unlock()
	if p == nil {
		return fmt.Errorf("stop %s: %w", name, ErrNotRunning)
	}
	return s.stopProc(p, grace)
}

// stopProc sends p its stop signal and waits for it, killing its process group after grace.
func (s *supervisor) stopProc(p *proc, grace time.Duration) error {
	_ = p.cmd.Process.Signal(p.stop)
	t := time.NewTimer(grace)
	select {
	case <-p.done:
		t.Stop()
	case <-t.C:
		_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
		<-p.done
		return errors.New("did not stop in time: killed")
	}
	if p.err != nil && !isStopStatus(p.err, p.stop) {
		return p.err
	}
	return nil
}

// stopAll stops the children in the reverse order of their start: the stop signal, then after
// grace a kill of the child's process group.
func (s *supervisor) stopAll(grace time.Duration, report func(name string, err error)) {
	s.mu.Lock()
	s.stopping = true
	procs := s.procs
	s.procs = nil
	s.mu.Unlock()
	for i := len(procs) - 1; i >= 0; i-- {
		p := procs[i]
		select {
		case <-p.done:
			continue
		default:
		}
		if err := s.stopProc(p, grace); err != nil {
			report(p.name, err)
		}
	}
}

// isStopStatus: the child ended because of the stop signal, which is a clean stop.
func isStopStatus(err error, sig syscall.Signal) bool {
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		return false
	}
	ws, ok := ee.Sys().(syscall.WaitStatus)
	return ok && ws.Signaled() && ws.Signal() == sig
}

// tail is the end of a log file, for reporting a child that died.
func tail(path string, lines int) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return "(no log: " + err.Error() + ")"
	}
	b = bytes.TrimRight(b, "\n")
	for i, n := len(b)-1, 0; i >= 0; i-- {
		if b[i] == '\n' {
			if n++; n == lines {
				return string(b[i+1:])
			}
		}
	}
	return string(b)
}

// waitReady calls ready until it succeeds, the process dies, ctx ends or timeout passes.
func waitReady(ctx context.Context, p *proc, timeout time.Duration, ready func(context.Context) error) error {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	var last error
	for {
		cctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		last = ready(cctx)
		cancel()
		if last == nil {
			return nil
		}
		select {
		case <-p.done:
			return fmt.Errorf("%s exited (%v) before it was ready; the end of %s:\n%s", p.name, p.err, p.log, tail(p.log, 20))
		case <-ctx.Done():
			return ctx.Err()
		case <-deadline.C:
			return fmt.Errorf("%s not ready after %s: %v; the end of %s:\n%s", p.name, timeout, last, p.log, tail(p.log, 20))
		case <-tick.C:
		}
	}
}
