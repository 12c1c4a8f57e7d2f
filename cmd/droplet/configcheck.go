package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/tokendroplet/droplet/internal/transfer"
	relayerconfig "github.com/tokendroplet/droplet/relayer/config"
	signerconfig "github.com/tokendroplet/droplet/signer/config"
	watcherconfig "github.com/tokendroplet/droplet/watcher/config"
)

// configCheck validates configuration files and names, for each problem, the file, the key and
// what is wrong. It exits 1 when any file is wrong.
func configCheck(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("droplet config check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	routes := fs.String("routes", "", "the routes file")
	var signers, watchers, relayers multi
	fs.Var(&signers, "signer", "a signer config (repeatable)")
	fs.Var(&watchers, "watcher", "a watcher config (repeatable)")
	fs.Var(&relayers, "relayer", "a relayer config (repeatable)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *routes == "" && len(signers) == 0 && len(watchers) == 0 && len(relayers) == 0 {
		fmt.Fprintln(stderr, "usage: droplet config check [-routes FILE] [-signer FILE]... [-watcher FILE]... [-relayer FILE]...")
		return 2
	}
	bad := 0
	report := func(file string, err error) {
		if err != nil {
			bad++
			fmt.Fprintf(stdout, "%s: %v\n", file, err)
			return
		}
		fmt.Fprintf(stdout, "%s: ok\n", file)
	}
	if *routes != "" {
		b, err := os.ReadFile(*routes)
		if err == nil {
			_, err = transfer.ParseRoutes(b)
		}
		report(*routes, err)
	}
	for _, f := range signers {
		c, err := signerconfig.Load(f)
		if err == nil {
			err = c.Validate()
		}
		report(f, err)
	}
	for _, f := range watchers {
		c, err := watcherconfig.Load(f)
		if err == nil {
			err = c.Validate()
		}
		report(f, err)
	}
	for _, f := range relayers {
		c, err := relayerconfig.Load(f)
		if err == nil {
			err = c.Validate()
		}
		report(f, err)
	}
	if bad > 0 {
		return 1
	}
	return 0
}

type multi []string

func (m *multi) String() string     { return fmt.Sprint(*m) }
func (m *multi) Set(v string) error { *m = append(*m, v); return nil }
