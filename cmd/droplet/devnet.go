package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/tokendroplet/droplet/internal/devnet"
)

// devnetInit writes a devnet's configuration into dir once (see internal/devnet).
func devnetInit(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("droplet devnet-init", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", ".devnet", "directory of the devnet's state")
	database := fs.String("database", "", "the signer's PostgreSQL URL")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *database == "" {
		fmt.Fprintln(stderr, "-database is required")
		return 2
	}
	if _, err := os.Stat(filepath.Join(*dir, "signer.json")); err == nil {
		fmt.Fprintln(stdout, "devnet configuration exists in", *dir)
		return 0
	}
	if err := devnet.Write(*dir, *database, devnet.DefaultAddrs); err != nil {
		fmt.Fprintln(stderr, "devnet-init:", err)
		return 1
	}
	fmt.Fprintln(stdout, "devnet configuration written to", *dir)
	return 0
}
