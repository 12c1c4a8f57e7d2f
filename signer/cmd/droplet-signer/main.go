// Command droplet-signer is TokenDroplet's signer: it signs a transfer only after a quorum of
// watchers attested it and policy allows it.
//
//	droplet-signer serve   -config signer.json     run the service
//	droplet-signer verify  -config signer.json     check the audit chain (exit 1 when broken)
//	droplet-signer pubkey  -config signer.json     print the P-256 key to configure in the contract
//	droplet-signer check   -config signer.json     validate the configuration
package main

import (
	"context"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/tokendroplet/droplet/signer/config"
	"github.com/tokendroplet/droplet/signer/internal/app"
	"github.com/tokendroplet/droplet/signer/internal/store"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: droplet-signer serve|verify|pubkey|check -config FILE")
		return 2
	}
	cmd := args[0]
	fs := flag.NewFlagSet("droplet-signer "+cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	path := fs.String("config", "signer.json", "configuration file")
	head := fs.String("expect-head", "", "verify: a head hash published earlier, which must still be in the chain")
	level := fs.String("log-level", "info", "debug, info, warn or error")
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(*level)); err != nil {
		fmt.Fprintln(stderr, "bad -log-level:", err)
		return 2
	}
	log := slog.New(slog.NewJSONHandler(stderr, &slog.HandlerOptions{Level: lv}))

	cfg, err := config.Load(*path)
	if err == nil {
		err = cfg.Validate()
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	switch cmd {
	case "check":
		fmt.Fprintln(stdout, "ok:", cfg)
		return 0
	case "verify":
		var want []byte
		if *head != "" {
			if want, err = hex.DecodeString(*head); err != nil || len(want) != 32 {
				fmt.Fprintln(stderr, "-expect-head: want 32 bytes of hex")
				return 2
			}
		}
		st, err := store.OpenAs(ctx, cfg.Database, cfg.DatabaseOwner)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		defer st.Close()
		n, h, err := st.VerifyAudit(ctx, want)
		if err != nil {
			fmt.Fprintln(stderr, err)
			if errors.Is(err, store.ErrAuditBroken) {
				return 1
			}
			return 2
		}
		fmt.Fprintf(stdout, "audit chain intact: %d entries, head %x\n", n, h)
		return 0
	case "serve", "pubkey":
		s, err := app.Build(ctx, cfg, log)
		if err != nil {
			log.Error("start", "err", err)
			return 1
		}
		if cmd == "pubkey" {
			pub := s.EthKey.PublicKey()
			fmt.Fprintf(stdout, "qx=0x%064x\nqy=0x%064x\n", pub.X, pub.Y)
			s.Stop()
			return 0
		}
		if err := s.Serve(ctx); err != nil {
			log.Error("serve", "err", err)
			return 1
		}
		return 0
	}
	fmt.Fprintf(stderr, "unknown command %q\n", cmd)
	return 2
}
