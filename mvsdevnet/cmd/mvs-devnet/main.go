// Command mvs-devnet runs a Metaverse devnet node that speaks mvsd's JSON-RPC v3 on
// http://LISTEN/rpc/v3. See mvsdevnet/README.md.
//
// Settings come from the environment (MVS_DEVNET_DIR, MVS_DEVNET_LISTEN,
// MVS_DEVNET_BLOCK_INTERVAL, MVS_DEVNET_GENESIS_ADDRESS, MVS_DEVNET_MINER_ADDRESS), then flags.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/tokendroplet/droplet/mvsdevnet"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stderr, nil))
}

// run starts the node and serves until ctx is done. ready, if set, gets the address listened on.
func run(ctx context.Context, argv []string, stderr io.Writer, ready func(addr string)) int {
	cfg := mvsdevnet.Default()
	listen := "127.0.0.1:8820"
	env := func(name string, set func(string) error) error {
		if v, ok := os.LookupEnv(name); ok {
			if err := set(v); err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
		}
		return nil
	}
	str := func(p *string) func(string) error { return func(v string) error { *p = v; return nil } }
	dur := func(p *time.Duration) func(string) error {
		return func(v string) (err error) { *p, err = time.ParseDuration(v); return err }
	}
	for _, err := range []error{
		env("MVS_DEVNET_DIR", str(&cfg.Dir)),
		env("MVS_DEVNET_LISTEN", str(&listen)),
		env("MVS_DEVNET_BLOCK_INTERVAL", dur(&cfg.BlockInterval)),
		env("MVS_DEVNET_GENESIS_ADDRESS", str(&cfg.GenesisAddress)),
		env("MVS_DEVNET_MINER_ADDRESS", str(&cfg.MinerAddress)),
	} {
		if err != nil {
			fmt.Fprintln(stderr, "mvs-devnet:", err)
			return 2
		}
	}

	fs := flag.NewFlagSet("mvs-devnet", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.Dir, "dir", cfg.Dir, "state directory (required)")
	fs.StringVar(&listen, "listen", listen, "address to serve JSON-RPC v3 on (/rpc/v3)")
	fs.DurationVar(&cfg.BlockInterval, "block-interval", cfg.BlockInterval, "time between blocks; 0 mines only on devnet_mine")
	fs.StringVar(&cfg.Network, "network", cfg.Network, "address prefixes: devnet (testnet's), testnet or mainnet")
	fs.StringVar(&cfg.GenesisAddress, "genesis-address", cfg.GenesisAddress, "address the genesis block funds")
	fs.Uint64Var(&cfg.GenesisValue, "genesis-value", cfg.GenesisValue, "ETP bits the genesis block pays")
	fs.StringVar(&cfg.MinerAddress, "miner-address", cfg.MinerAddress, "address the coinbases pay")
	fs.Uint64Var(&cfg.BlockReward, "block-reward", cfg.BlockReward, "ETP bits of each coinbase, before fees")
	verbose := fs.Bool("v", false, "log every accepted transaction")
	if err := fs.Parse(argv); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "mvs-devnet: unexpected arguments %q\n", fs.Args())
		return 2
	}
	level := slog.LevelInfo
	if *verbose {
		level = slog.LevelDebug
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))

	node, err := mvsdevnet.Open(cfg, log)
	if err != nil {
		log.Error("cannot open the node", slog.Any("err", err))
		return 1
	}
	defer node.Close()

	ln, err := net.Listen("tcp", listen)
	if err != nil {
		log.Error("cannot listen", slog.Any("err", err))
		return 1
	}
	srv := &http.Server{Handler: node.Handler(), ReadHeaderTimeout: 10 * time.Second}
	serveErr := make(chan error, 1) // buffered: Serve's result is read at most once
	go func() { serveErr <- srv.Serve(ln) }()
	mineErr := make(chan error, 1)
	go func() { mineErr <- node.Run(ctx) }()

	addr := ln.Addr().String()
	log.Info("serving mvsd JSON-RPC v3", slog.String("url", "http://"+addr+"/rpc/v3"),
		slog.String("genesis_address", cfg.GenesisAddress), slog.Duration("block_interval", cfg.BlockInterval))
	if ready != nil {
		ready(addr)
	}

	code := 0
	select {
	case <-ctx.Done():
	case err := <-serveErr:
		log.Error("server stopped", slog.Any("err", err))
		code = 1
	case err := <-mineErr:
		if err != nil {
			log.Error("mining stopped", slog.Any("err", err))
			code = 1
		}
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Error("shutdown", slog.Any("err", err))
	}
	return code
}
