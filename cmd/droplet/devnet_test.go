package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"google.golang.org/grpc"

	"github.com/tokendroplet/droplet/internal/devnet"
	"github.com/tokendroplet/droplet/internal/devnet/demo"
	"github.com/tokendroplet/droplet/internal/devnet/stack"
	"github.com/tokendroplet/droplet/internal/mtls"
	"github.com/tokendroplet/droplet/internal/testenv"
	relayerv1 "github.com/tokendroplet/droplet/proto/droplet/relayer/v1"
)

// runningDevnet is `droplet devnet` run as a subprocess.
type runningDevnet struct {
	cmd  *exec.Cmd
	mu   sync.Mutex
	out  bytes.Buffer
	up   chan struct{} // closed when it printed that it is up
	done chan error    // its exit
}

func (r *runningDevnet) output() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.out.String()
}

func startDevnet(t *testing.T, bin, dir string) *runningDevnet {
	t.Helper()
	r := &runningDevnet{up: make(chan struct{}), done: make(chan error, 1)}
	r.cmd = exec.Command(bin, "devnet", "-dir", dir, "-free-ports")
	r.cmd.Stderr = os.Stderr
	pr, pw := io.Pipe()
	r.cmd.Stdout = pw
	if err := r.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		s := bufio.NewScanner(pr)
		closed := false
		for s.Scan() {
			r.mu.Lock()
			r.out.WriteString(s.Text() + "\n")
			r.mu.Unlock()
			// The banner ends with this line: everything above it has been read.
			if !closed && strings.Contains(s.Text(), "Ctrl-C stops everything") {
				closed = true
				close(r.up)
			}
		}
	}()
	go func() { err := r.cmd.Wait(); pw.Close(); r.done <- err }()
	t.Cleanup(func() {
		if r.cmd.ProcessState == nil {
			_ = r.cmd.Process.Signal(syscall.SIGINT)
			select {
			case <-r.done:
			case <-time.After(time.Minute):
				_ = r.cmd.Process.Kill()
			}
		}
	})
	select {
	case <-r.up:
	case err := <-r.done:
		t.Fatalf("droplet devnet exited (%v) before it was up:\n%s", err, r.output())
	case <-time.After(5 * time.Minute):
		t.Fatalf("droplet devnet not up after 5 minutes:\n%s", r.output())
	}
	return r
}

// stop sends SIGINT and waits for a clean exit.
func (r *runningDevnet) stop(t *testing.T) {
	t.Helper()
	if err := r.cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-r.done:
		if err != nil {
			t.Fatalf("droplet devnet did not stop cleanly: %v\n%s", err, r.output())
		}
	case <-time.After(2 * time.Minute):
		t.Fatalf("droplet devnet did not stop:\n%s", r.output())
	}
	if !strings.Contains(r.output(), "stopped; state kept in") {
		t.Fatalf("no clean stop reported:\n%s", r.output())
	}
}

// TestDevnetDemoRestart runs `droplet devnet` on a fresh directory (the signer's keys in Vault
// when it is installed, else in the devnet's key file), `droplet demo` against it
// (every deposit path paid, the bad memo refunded), stops it with SIGINT (every part stopped),
// starts it again (nothing set up twice, the transfers still there) and runs the demo again.
func TestDevnetDemoRestart(t *testing.T) {
	testenv.AnvilBin(t)
	if _, err := stack.FindPostgres(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	bin := filepath.Join(t.TempDir(), "droplet")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build droplet: %v\n%s", err, out)
	}
	dir := filepath.Join(t.TempDir(), "devnet")
	// PostgreSQL runs as the postgres user when the test runs as root: it must enter the
	// directory, and the test's temporary directories are closed to others.
	for _, d := range []string{filepath.Dir(dir), filepath.Dir(filepath.Dir(dir))} {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}

	dn := startDevnet(t, bin, dir)
	if !strings.Contains(dn.output(), "deploying the contracts") {
		t.Fatalf("a fresh devnet did not set up the chains:\n%s", dn.output())
	}
	// The signer keeps its keys in a Vault dev server when one is installed, as on a developer's
	// machine with scripts/build-vault.sh run, and in CI.
	wantKeys := "signer keys       file (DEVNET ONLY"
	if stack.FindVault() != "" {
		wantKeys = "signer keys       Vault dev server"
	}
	if !strings.Contains(dn.output(), wantKeys) {
		t.Fatalf("want %q in the devnet's output:\n%s", wantKeys, dn.output())
	}
	l, err := devnet.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	checkDemo(t, dir)
	transfers := relayerTransfers(t, l)
	if len(transfers) != 5 {
		t.Fatalf("the relayer holds %d transfers, want 5", len(transfers))
	}

	dn.stop(t)
	for _, addr := range []string{l.Ethereum, l.Metaverse, l.Signer.Signer, l.Relayer, net.JoinHostPort("127.0.0.1", strconv.Itoa(l.PostgresPort))} {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			t.Errorf("%s still listens after the devnet stopped", addr)
		}
	}

	dn = startDevnet(t, bin, dir)
	if out := dn.output(); strings.Contains(out, "deploying the contracts") || strings.Contains(out, "writing a new devnet") {
		t.Fatalf("a restart set the devnet up again:\n%s", out)
	}
	if got := relayerTransfers(t, l); len(got) != len(transfers) {
		t.Fatalf("after the restart the relayer holds %d transfers, want %d", len(got), len(transfers))
	}
	checkDemo(t, dir)
	if got := relayerTransfers(t, l); len(got) != 2*len(transfers) {
		t.Fatalf("after a second demo the relayer holds %d transfers, want %d", len(got), 2*len(transfers))
	}
	dn.stop(t)
}

// checkDemo runs `droplet demo` and checks each deposit ended where it should.
func checkDemo(t *testing.T, dir string) {
	t.Helper()
	var out bytes.Buffer
	res, err := demo.Run(context.Background(), demo.Options{Dir: dir, Out: &out, Wait: 2 * time.Minute})
	t.Logf("droplet demo:\n%s", out.String())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"eth_to_mvs": 3, "mvs_to_eth": 1, "refund_mvs": 1}
	for _, o := range res {
		if o.State != relayerv1.State_STATE_CONFIRMED || len(o.DestTx) == 0 {
			t.Errorf("%s: %s, destination tx %x", o.Name, o.State, o.DestTx)
		}
		want[o.Direction]--
	}
	for dir, n := range want {
		if n != 0 {
			t.Errorf("%s: %d transfers more or fewer than expected (%+v)", dir, n, res)
		}
	}
	if !strings.Contains(out.String(), "refunded:") || !strings.Contains(out.String(), "GetStatus") {
		t.Errorf("the demo did not show the refund and the relayer's status:\n%s", out.String())
	}
}

func relayerTransfers(t *testing.T, l *devnet.Layout) []*relayerv1.Transfer {
	t.Helper()
	pki := l.Path("pki")
	creds, err := mtls.Client(filepath.Join(pki, "ops-admin.crt"), filepath.Join(pki, "ops-admin.key"), filepath.Join(pki, "ca.crt"))
	if err != nil {
		t.Fatal(err)
	}
	conn, err := grpc.NewClient(l.Relayer, grpc.WithTransportCredentials(creds))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	resp, err := relayerv1.NewRelayerServiceClient(conn).ListTransfers(context.Background(), &relayerv1.ListTransfersRequest{PageSize: 100})
	if err != nil {
		t.Fatal(err)
	}
	return resp.Transfers
}
