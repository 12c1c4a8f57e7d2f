package testenv

import (
	"bytes"
	"fmt"
	"net"
	"os/exec"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Anvil is a running anvil (Foundry's Ethereum dev node) for one test.
type Anvil struct {
	URL  string // http://127.0.0.1:port
	WS   string // ws://127.0.0.1:port
	Port int
	Bin  string
	Args []string
	cmd  *exec.Cmd
	t    testing.TB
	log  *Buffer
}

// Buffer is a process's output, written by the process's copying goroutine and read by the test.
// (Anvil's is shown when its test fails: logging each line as it comes could call t.Logf after
// the test ended, which panics.)
type Buffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *Buffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *Buffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// AnvilBin is the anvil binary scripts/testenv.sh installed (DROPLET_ANVIL).
func AnvilBin(t testing.TB) string {
	t.Helper()
	return need(t, "DROPLET_ANVIL")
}

// StartAnvil starts anvil on a free loopback port with the given extra arguments (chain id 1337
// unless args set one) and stops it when the test ends. Its accounts are anvil's well-known
// development accounts.
func StartAnvil(t testing.TB, args ...string) *Anvil {
	t.Helper()
	bin := AnvilBin(t)
	port := FreePort(t)
	a := &Anvil{Port: port, Bin: bin, t: t,
		URL: fmt.Sprintf("http://127.0.0.1:%d", port), WS: fmt.Sprintf("ws://127.0.0.1:%d", port), log: &Buffer{}}
	hasChain := false
	for _, s := range args {
		if s == "--chain-id" {
			hasChain = true
		}
	}
	a.Args = append([]string{"--host", "127.0.0.1", "--port", strconv.Itoa(port), "--silent"}, args...)
	if !hasChain {
		a.Args = append(a.Args, "--chain-id", "1337")
	}
	a.start()
	t.Cleanup(func() {
		a.Stop()
		if t.Failed() && a.log.String() != "" {
			t.Logf("anvil's output:\n%s", a.log.String())
		}
	})
	return a
}

func (a *Anvil) start() {
	a.t.Helper()
	a.cmd = exec.Command(a.Bin, a.Args...)
	a.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	a.cmd.Stdout, a.cmd.Stderr = a.log, a.log
	if err := a.cmd.Start(); err != nil {
		a.t.Fatalf("start anvil: %v", err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", a.Port), 200*time.Millisecond)
		if err == nil {
			c.Close()
			return
		}
		if time.Now().After(deadline) {
			a.Stop()
			a.t.Fatalf("anvil did not listen on port %d: %v", a.Port, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Stop kills anvil; its chain is gone unless it was started with --state.
func (a *Anvil) Stop() {
	if a.cmd == nil || a.cmd.Process == nil {
		return
	}
	_ = syscall.Kill(-a.cmd.Process.Pid, syscall.SIGKILL)
	_ = a.cmd.Wait()
	a.cmd = nil
}

// Restart starts anvil again with the same arguments on the same port.
func (a *Anvil) Restart() {
	a.t.Helper()
	a.Stop()
	a.start()
}

// FreePort returns a loopback TCP port that was free a moment ago.
func FreePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}
