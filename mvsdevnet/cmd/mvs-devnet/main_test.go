package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/tokendroplet/droplet/internal/mvsrpc"
	"github.com/tokendroplet/droplet/internal/testenv"
)

// TestRun starts the command on a free port with a short block interval, waits for blocks to
// arrive through the JSON-RPC interface, and stops it.
func TestRun(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var logs testenv.Buffer
	addr := make(chan string, 1)
	code := make(chan int, 1)
	go func() {
		code <- run(ctx, []string{"-dir", t.TempDir(), "-listen", "127.0.0.1:0", "-block-interval", "20ms"}, &logs,
			func(a string) { addr <- a })
	}()
	var url string
	select {
	case a := <-addr:
		url = "http://" + a + "/rpc/v3"
	case c := <-code:
		t.Fatalf("exited with %d: %s", c, logs.String())
	}
	c, err := mvsrpc.New(url, mvsrpc.WithTimeout(5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	wait, stop := context.WithTimeout(ctx, 30*time.Second)
	defer stop()
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		h, err := c.Height(wait)
		if err != nil {
			t.Fatal(err)
		}
		if h >= 3 {
			break
		}
		select {
		case <-wait.Done():
			t.Fatalf("height still %d", h)
		case <-tick.C:
		}
	}
	if _, err := c.BlockByHeight(ctx, 3); err != nil {
		t.Fatal(err)
	}
	cancel()
	if got := <-code; got != 0 {
		t.Errorf("exit code %d: %s", got, logs.String())
	}
	if !strings.Contains(logs.String(), "block mined") {
		t.Errorf("logs: %s", logs.String())
	}
}

func TestRunRefusesBadFlags(t *testing.T) {
	var logs testenv.Buffer
	for _, args := range [][]string{
		{"-bogus"},
		{"-dir", t.TempDir(), "extra"},
		{"-dir", ""},
		{"-dir", t.TempDir(), "-genesis-address", "nonsense"},
	} {
		if got := run(context.Background(), args, &logs, nil); got == 0 {
			t.Errorf("run %q succeeded", args)
		}
	}
}
