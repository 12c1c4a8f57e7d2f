// Command droplet-relayer turns quorum-approved transfers into confirmed payouts and serves the
// ops API (droplet.relayer.v1.RelayerService) and Prometheus metrics.
//
//	droplet-relayer -config relayer.json
package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"google.golang.org/grpc"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/reflection"

	"github.com/tokendroplet/droplet/internal/mtls"
	"github.com/tokendroplet/droplet/internal/mvsrpc"
	"github.com/tokendroplet/droplet/internal/transfer"
	relayerv1 "github.com/tokendroplet/droplet/proto/droplet/relayer/v1"
	signerv1 "github.com/tokendroplet/droplet/proto/droplet/signer/v1"
	"github.com/tokendroplet/droplet/relayer/config"
	"github.com/tokendroplet/droplet/relayer/internal/api"
	"github.com/tokendroplet/droplet/relayer/internal/ethchain"
	"github.com/tokendroplet/droplet/relayer/internal/mvschain"
	"github.com/tokendroplet/droplet/relayer/internal/pipeline"
	"github.com/tokendroplet/droplet/relayer/internal/store"
)

func main() { os.Exit(run(os.Args[1:], os.Stderr)) }

func run(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("droplet-relayer", flag.ContinueOnError)
	fs.SetOutput(stderr)
	path := fs.String("config", "relayer.json", "configuration file")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	log := slog.New(slog.NewJSONHandler(stderr, nil))
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
	if err := serve(ctx, cfg, log); err != nil {
		log.Error("relayer stopped", "err", err)
		return 1
	}
	return 0
}

// loadGasKey reads the relayer's gas key: a go-ethereum keystore file with its password file, or
// a file holding the key in hex.
func loadGasKey(path, passwordFile string) (*ecdsa.PrivateKey, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if passwordFile == "" {
		return crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(b)), "0x"))
	}
	pw, err := os.ReadFile(passwordFile)
	if err != nil {
		return nil, err
	}
	k, err := keystore.DecryptKey(b, strings.TrimRight(string(pw), "\r\n"))
	if err != nil {
		return nil, err
	}
	return k.PrivateKey, nil
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
	st, err := store.Open(ctx, cfg.Database)
	if err != nil {
		return err
	}
	defer st.Close()

	creds, err := mtls.Client(cfg.Signer.Cert, cfg.Signer.Key, cfg.Signer.CA)
	if err != nil {
		return fmt.Errorf("signer tls: %w", err)
	}
	conn, err := grpc.NewClient(cfg.Signer.Address, grpc.WithTransportCredentials(creds))
	if err != nil {
		return fmt.Errorf("signer: %w", err)
	}
	defer conn.Close()

	chains := map[uint64]pipeline.Chain{}
	var statuses []api.StatusSource
	if m := cfg.Metaverse; m != nil {
		rpc, err := mvsrpc.New(m.RPC)
		if err != nil {
			return fmt.Errorf("metaverse.rpc: %w", err)
		}
		c, err := mvschain.New(mvschain.Config{RPC: rpc, Routes: routes, DB: st.DB(), FeeBits: m.FeeBits, Confirmations: m.Confirmations})
		if err != nil {
			return err
		}
		chains[c.ChainID()] = c
		statuses = append(statuses, c)
	}
	if e := cfg.Ethereum; e != nil {
		key, err := loadGasKey(e.GasKeyFile, e.PasswordFile)
		if err != nil {
			return fmt.Errorf("ethereum.gas_key_file: %w", err)
		}
		maxFee := new(big.Int).Mul(new(big.Int).SetUint64(e.MaxFeeGwei), big.NewInt(1_000_000_000))
		// The first endpoint that answers, for the routes' chain, is used until the relayer
		// restarts: a node that dies later is not failed over.
		var c *ethchain.Chain
		var errs []error
		for i, url := range e.RPC {
			ec, err := ethclient.DialContext(ctx, url)
			if err == nil {
				c, err = ethchain.New(ctx, ethchain.Config{Client: ec, Routes: routes, GasKey: key, MaxFee: maxFee,
					Confirmations: e.Confirmations, DB: st.DB(), ReplaceAfter: e.ReplaceAfter.Duration,
					FeeBumpPercent: e.FeeBumpPercent, CallTimeout: e.RPCTimeout.Duration, Log: log})
				if err == nil {
					defer ec.Close()
					break
				}
				ec.Close()
			}
			errs = append(errs, fmt.Errorf("ethereum.rpc[%d]: %w", i, err))
			log.Warn("ethereum endpoint unusable; trying the next", "index", i, "err", err)
		}
		if c == nil {
			return errors.Join(errs...)
		}
		chains[c.ChainID()] = c
		statuses = append(statuses, c)
	}

	reg := prometheus.NewRegistry()
	reg.MustRegister(prometheus.NewGoCollector(), prometheus.NewProcessCollector(prometheus.ProcessCollectorOpts{}))
	p := pipeline.New(pipeline.Config{Store: st, Signer: signerv1.NewSignerServiceClient(conn), Chains: chains, Routes: routes,
		Log: log, Metrics: pipeline.NewMetrics(reg), Workers: cfg.Workers, Poll: cfg.Poll.Duration, MaxAttempts: cfg.MaxAttempts})

	srvCreds, err := mtls.Server(cfg.TLS.Cert, cfg.TLS.Key, cfg.TLS.ClientCA)
	if err != nil {
		return fmt.Errorf("tls: %w", err)
	}
	g := grpc.NewServer(grpc.Creds(srvCreds))
	relayerv1.RegisterRelayerServiceServer(g, api.New(st, statuses, api.Roles{Ops: cfg.Ops, Admins: cfg.Admins}, log))
	healthpb.RegisterHealthServer(g, health.NewServer())
	reflection.Register(g)
	lis, err := net.Listen("tcp", cfg.Listen)
	if err != nil {
		return err
	}
	errc := make(chan error, 2)
	go func() { errc <- g.Serve(lis) }()
	var msrv *http.Server
	if cfg.MetricsListen != "" {
		mux := http.NewServeMux()
		mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
		msrv = &http.Server{Addr: cfg.MetricsListen, Handler: mux, ReadHeaderTimeout: 5 * time.Second}
		go func() { errc <- msrv.ListenAndServe() }()
	}
	pctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { p.Run(pctx); close(done) }()
	log.Info("relayer running", "listen", lis.Addr().String(), "chains", len(chains))
	select {
	case <-ctx.Done():
	case err = <-errc:
	}
	cancel()
	<-done
	g.GracefulStop()
	if msrv != nil {
		_ = msrv.Close()
	}
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}
