// Command droplet-reporter writes TokenDroplet's daily report from the relayer's database (read
// only): per route and direction the day's transfers, volume, fees, refunds, failures, stuck
// transfers, latency and cap use, and the reconciliation of locked against circulating tokens.
// It writes an XLSX workbook, a CSV per table and an HTML page into a directory per day, and
// can send them by email and a summary to a webhook.
//
//	droplet-reporter -config reporter.json -date 2026-11-23   one day, then exit
//	droplet-reporter -config reporter.json -daemon            every day at run_at after midnight UTC,
//	                                                          catching up on missed days first
package main

import (
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	_ "github.com/lib/pq" // the PostgreSQL driver
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/tokendroplet/droplet/internal/mvsrpc"
	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/reporter/config"
	"github.com/tokendroplet/droplet/reporter/internal/chainbal"
	"github.com/tokendroplet/droplet/reporter/internal/deliver"
	"github.com/tokendroplet/droplet/reporter/internal/report"
	"github.com/tokendroplet/droplet/reporter/internal/runner"
)

func main() { os.Exit(run(os.Args[1:])) }

func run(args []string) int {
	log := slog.New(slog.NewJSONHandler(os.Stderr, nil))
	fs := flag.NewFlagSet("droplet-reporter", flag.ContinueOnError)
	cfgPath := fs.String("config", "", "JSON configuration file")
	date := fs.String("date", "", "make the report of this UTC day (YYYY-MM-DD) and exit")
	daemon := fs.Bool("daemon", false, "run as a daemon: each day's report at run_at, missed days first")
	refresh := fs.Bool("refresh-balances", false, "read the chain balances again instead of those recorded for the day")
	redeliver := fs.Bool("redeliver", false, "send on every channel even if it delivered this day already")
	c := config.Default()
	database := fs.String("database", "", "the relayer's PostgreSQL URL (or DROPLET_REPORTER_DATABASE)")
	routes := fs.String("routes", "", "the routes file")
	out := fs.String("out", "", "output directory")
	metrics := fs.String("metrics-addr", "", "serve Prometheus metrics here (host:port)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *cfgPath != "" {
		if err := c.Load(*cfgPath); err != nil {
			log.Error("config", "err", err)
			return 2
		}
	}
	c.Env(os.Getenv)
	for p, v := range map[*string]string{&c.Database: *database, &c.Routes: *routes, &c.Out: *out, &c.MetricsAddr: *metrics} {
		if v != "" {
			*p = v
		}
	}
	if err := c.Validate(); err != nil {
		log.Error("config", "err", err)
		return 2
	}
	if (*date == "") == !*daemon {
		log.Error("give exactly one of -date and -daemon")
		return 2
	}
	log.Info("starting", "config", c.String())

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	r, cleanup, err := build(ctx, c, log)
	if err != nil {
		log.Error("start", "err", err)
		return 1
	}
	defer cleanup()

	if *date != "" {
		day, err := time.Parse("2006-01-02", *date)
		if err != nil {
			log.Error("-date", "err", err)
			return 2
		}
		res, err := r.Day(ctx, day, runner.Options{RefreshBalances: *refresh, Redeliver: *redeliver})
		if res != nil {
			fmt.Println(res.Dir)
		}
		if err != nil {
			log.Error("report", "err", err)
			return 1
		}
		if len(res.Report.Mismatches()) > 0 {
			return 3 // written and delivered, but the tokens do not reconcile
		}
		return 0
	}
	if err := r.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
		log.Error("daemon", "err", err)
		return 1
	}
	return 0
}

func build(ctx context.Context, c config.Config, log *slog.Logger) (*runner.Runner, func(), error) {
	var closers []func()
	cleanup := func() {
		for i := len(closers) - 1; i >= 0; i-- {
			closers[i]()
		}
	}
	data, err := os.ReadFile(c.Routes)
	if err != nil {
		return nil, cleanup, err
	}
	routes, err := transfer.ParseRoutes(data)
	if err != nil {
		return nil, cleanup, err
	}
	db, err := sql.Open("postgres", c.Database)
	if err != nil {
		return nil, cleanup, err
	}
	closers = append(closers, func() { db.Close() })
	db.SetMaxOpenConns(2)
	if err := db.PingContext(ctx); err != nil {
		return nil, cleanup, fmt.Errorf("database: %w", err)
	}

	var watchers []report.Watcher
	for _, w := range c.WatcherDatabases {
		wdb, err := sql.Open("postgres", w.URL)
		if err != nil {
			return nil, cleanup, fmt.Errorf("watcher database %s: %w", w.Name, err)
		}
		closers = append(closers, func() { wdb.Close() })
		// Not pinged: a watcher database that is down must not stop the report; each report
		// names the watchers it could not read.
		wdb.SetMaxOpenConns(1)
		watchers = append(watchers, report.Watcher{Name: w.Name, DB: wdb})
	}

	var bal chainbal.Balances
	if c.EthereumRPC != "" {
		ec, err := ethclient.DialContext(ctx, c.EthereumRPC)
		if err != nil {
			return nil, cleanup, fmt.Errorf("ethereum: %w", err)
		}
		closers = append(closers, ec.Close)
		bal.Ethereum = chainbal.NewEthereum(ec, routes.EthereumBridge())
	}
	if c.MetaverseRPC != "" {
		m, err := metaverse(ctx, c, routes)
		if err != nil {
			return nil, cleanup, err
		}
		bal.Metaverse = m
	}

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	m := runner.NewMetrics(reg)
	if c.MetricsAddr != "" {
		l, err := net.Listen("tcp", c.MetricsAddr)
		if err != nil {
			return nil, cleanup, fmt.Errorf("metrics: %w", err)
		}
		srv := &http.Server{Handler: promhttp.HandlerFor(reg, promhttp.HandlerOpts{}), ReadHeaderTimeout: 10 * time.Second}
		go func() {
			if err := srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
				log.Error("metrics server", "err", err)
			}
		}()
		closers = append(closers, func() { _ = srv.Close() })
	}

	var channels []deliver.Channel
	if s := c.SMTP; s != nil {
		channels = append(channels, &deliver.Mail{Addr: s.Addr, From: s.From, To: s.To, Username: s.Username,
			Password: s.Password, StartTLS: s.StartTLS})
	}
	if w := c.Webhook; w != nil {
		channels = append(channels, &deliver.Webhook{URL: w.URL, Token: w.Token})
	}
	r, err := runner.New(runner.Config{DB: db, Routes: routes, Out: c.Out, Balances: bal, Channels: channels, Watchers: watchers,
		Retry:      deliver.Policy{Attempts: c.Retry.Attempts, First: c.Retry.First.Duration, Max: c.Retry.Max.Duration},
		StuckAfter: c.StuckAfter.Duration, Largest: c.Largest, RunAt: c.RunAt.Duration, Backfill: c.Backfill,
		Log: log, Metrics: m})
	return r, cleanup, err
}

// metaverse is the Metaverse side: the bridge's address and the address its avatar points at,
// and the configured issued supply of each MST the bridge mints there.
func metaverse(ctx context.Context, c config.Config, routes *transfer.Routes) (*chainbal.Metaverse, error) {
	client, err := mvsrpc.New(c.MetaverseRPC)
	if err != nil {
		return nil, fmt.Errorf("metaverse: %w", err)
	}
	holders := []string{routes.Metaverse.BridgeAddress}
	if avatar := routes.Metaverse.BridgeAvatar; avatar != "" {
		addr, err := client.ResolveDID(ctx, avatar)
		if err != nil {
			return nil, fmt.Errorf("metaverse: resolve the bridge avatar %s: %w", avatar, err)
		}
		if addr != holders[0] {
			holders = append(holders, addr)
		}
	}
	supply := map[string]*big.Int{}
	for sym, v := range c.MetaverseSupply {
		rt, ok := routes.ByMST(sym)
		if !ok {
			return nil, fmt.Errorf("metaverse_supply: %s is no route's MST", sym)
		}
		d, err := transfer.ParseDecimal(v)
		if err != nil || d.Scale() > rt.Metaverse.Decimals {
			return nil, fmt.Errorf("metaverse_supply: %s: %q is not an amount of a %d-decimal MST", sym, v, rt.Metaverse.Decimals)
		}
		supply[sym] = d.Units(rt.Metaverse.Decimals)
	}
	return chainbal.NewMetaverse(client, holders, supply), nil
}
