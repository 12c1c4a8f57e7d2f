// Command droplet-watcher is one operator's watcher: it follows the chains through the operator's
// own nodes, and attests every deposit it finds to the signer with the operator's own key.
//
//	droplet-watcher -config watcher.json
package main

import (
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"google.golang.org/grpc"

	"github.com/tokendroplet/droplet/internal/mtls"
	"github.com/tokendroplet/droplet/internal/mvsrpc"
	"github.com/tokendroplet/droplet/internal/transfer"
	signerv1 "github.com/tokendroplet/droplet/proto/droplet/signer/v1"
	"github.com/tokendroplet/droplet/watcher/config"
	"github.com/tokendroplet/droplet/watcher/internal/attest"
	"github.com/tokendroplet/droplet/watcher/internal/ethwatch"
	"github.com/tokendroplet/droplet/watcher/internal/mvswatch"
	"github.com/tokendroplet/droplet/watcher/internal/opkey"
	"github.com/tokendroplet/droplet/watcher/internal/scan"
)

func main() { os.Exit(run(os.Args[1:], os.Stderr)) }

func run(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("droplet-watcher", flag.ContinueOnError)
	fs.SetOutput(stderr)
	path := fs.String("config", "watcher.json", "configuration file")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	cfg, err := config.Load(*path)
	if err == nil {
		err = cfg.Validate()
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	log := slog.New(slog.NewJSONHandler(stderr, nil)).With("watcher", cfg.ID)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := serve(ctx, cfg, log); err != nil && !errors.Is(err, context.Canceled) {
		log.Error("watcher stopped", "err", err)
		return 1
	}
	return 0
}

func serve(ctx context.Context, cfg config.Config, log *slog.Logger) error {
	rb, err := os.ReadFile(cfg.Routes)
	if err != nil {
		return fmt.Errorf("routes: %w", err)
	}
	routes, err := transfer.ParseRoutes(rb)
	if err != nil {
		return fmt.Errorf("%s: %w", cfg.Routes, err)
	}
	// Before the key is read: a devnet-only key source is refused on a real network.
	if err := cfg.CheckNetwork(routes.Metaverse.Network); err != nil {
		return err
	}
	key, err := opkey.Load(ctx, cfg.Key)
	if err != nil {
		return fmt.Errorf("key: %w", err)
	}
	log.Info("attestation key loaded", "address", crypto.PubkeyToAddress(key.PublicKey).Hex())
	db, err := sql.Open("postgres", cfg.Database)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := scan.Open(ctx, db); err != nil {
		return err
	}
	creds, err := mtls.Client(cfg.Signer.Cert, cfg.Signer.Key, cfg.Signer.CA)
	if err != nil {
		return fmt.Errorf("signer tls: %w", err)
	}
	conn, err := grpc.NewClient(cfg.Signer.Address, grpc.WithTransportCredentials(creds))
	if err != nil {
		return fmt.Errorf("signer: %w", err)
	}
	defer conn.Close()
	sub := attest.New(signerv1.NewSignerServiceClient(conn), key, routes, log, attest.Backoff{})
	submit := func(ctx context.Context, it attest.Item) error {
		_, err := sub.Submit(ctx, it)
		return err
	}

	reg := prometheus.NewRegistry()
	var runners []*scan.Runner
	var node *mvsrpc.Client
	if m := cfg.Metaverse; m != nil {
		if node, err = mvsrpc.New(m.RPC); err != nil {
			return fmt.Errorf("metaverse.rpc: %w", err)
		}
		chain, err := mvswatch.New(mvswatch.Config{Node: node, Routes: routes, Confirmations: m.Confirmations})
		if err != nil {
			return err
		}
		runners = append(runners, scan.New(scan.Config{Chain: chain, DB: db, Submit: submit, Log: log.With("chain", "metaverse"),
			Metrics: scan.NewMetrics(reg, "chain", "metaverse"), Start: m.StartBlock, Batch: m.Batch, Poll: m.Poll.Duration}))
	}
	if e := cfg.Ethereum; e != nil {
		if err := ethwatch.Open(ctx, db); err != nil {
			return err
		}
		chain, err := ethwatch.New(ethwatch.Config{Endpoints: e.RPC, Routes: routes, Resolver: ethwatch.NodeResolver{Client: node},
			DB: db, Log: log.With("chain", "ethereum"), Confirmations: e.Confirmations})
		if err != nil {
			return err
		}
		defer chain.Close()
		runners = append(runners, scan.New(scan.Config{Chain: chain, DB: db, Submit: submit, Log: log.With("chain", "ethereum"),
			Metrics: scan.NewMetrics(reg, "chain", "ethereum"), Start: e.StartBlock, Batch: e.Batch, Poll: e.Poll.Duration}))
	}
	if cfg.MetricsListen != "" {
		mux := http.NewServeMux()
		mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
		srv := &http.Server{Addr: cfg.MetricsListen, Handler: mux, ReadHeaderTimeout: 5 * time.Second}
		go srv.ListenAndServe() //nolint:errcheck // closed at shutdown
		defer srv.Close()
	}
	var wg sync.WaitGroup
	for _, r := range runners {
		wg.Go(func() { _ = r.Run(ctx) })
	}
	log.Info("watcher running", "chains", len(runners))
	wg.Wait()
	return ctx.Err()
}
