package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/tokendroplet/droplet/internal/devnet/demo"
)

// demoRun moves tokens both ways through a running devnet (see internal/devnet/demo).
func demoRun(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("droplet demo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", ".devnet", "directory of the running devnet")
	wait := fs.Duration("wait", 3*time.Minute, "how long each leg waits for its transfers to be paid")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "droplet demo: unexpected arguments %q\n", fs.Args())
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if _, err := demo.Run(ctx, demo.Options{Dir: *dir, Out: stdout, Wait: *wait}); err != nil {
		fmt.Fprintln(stderr, "droplet demo:", err)
		return 1
	}
	return 0
}
