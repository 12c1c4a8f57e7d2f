package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/tokendroplet/droplet/internal/devnet/stack"
)

// devnetRun runs the whole bridge locally until Ctrl-C (see internal/devnet/stack).
func devnetRun(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("droplet devnet", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", ".devnet", "directory of the devnet's state; a restart resumes from it")
	free := fs.Bool("free-ports", false, "a new devnet takes free ports instead of the fixed ones")
	noVault := fs.Bool("no-vault", false, "a new devnet's signer uses the devnet-only file key backend even when Vault is installed")
	noBuild := fs.Bool("no-build", false, "use the component binaries found in DIR/bin, next to droplet or on PATH")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "droplet devnet: unexpected arguments %q\n", fs.Args())
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := stack.Run(ctx, stack.Options{Dir: *dir, FreePorts: *free, NoVault: *noVault, Build: !*noBuild, Out: stdout})
	if err != nil {
		fmt.Fprintln(stderr, "droplet devnet:", err)
		return 1
	}
	return 0
}
