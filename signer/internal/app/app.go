// Package app assembles droplet-signer from its configuration: keys, database, the two mTLS gRPC
// listeners (with health and reflection) and the metrics endpoint.
package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"google.golang.org/grpc"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/keepalive"
	"google.golang.org/grpc/reflection"

	"github.com/tokendroplet/droplet/internal/mtls"
	"github.com/tokendroplet/droplet/internal/transfer"
	signerv1 "github.com/tokendroplet/droplet/proto/droplet/signer/v1"
	"github.com/tokendroplet/droplet/signer/config"
	"github.com/tokendroplet/droplet/signer/internal/keys"
	"github.com/tokendroplet/droplet/signer/internal/payout"
	"github.com/tokendroplet/droplet/signer/internal/quorum"
	"github.com/tokendroplet/droplet/signer/internal/service"
	"github.com/tokendroplet/droplet/signer/internal/store"
)

// Signer is a running signer.
type Signer struct {
	grpc, admin *grpc.Server
	lis, alis   net.Listener
	metrics     *http.Server
	mlis        net.Listener
	store       *store.Store
	Service     *service.Service
	EthKey      keys.EthereumSigner
	log         *slog.Logger
}

// Addr is the SignerService address; AdminAddr the AdminService's.
func (s *Signer) Addr() string      { return s.lis.Addr().String() }
func (s *Signer) AdminAddr() string { return s.alis.Addr().String() }

// Build wires a signer from its configuration and binds its listeners.
func Build(ctx context.Context, cfg config.Config, log *slog.Logger) (_ *Signer, err error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	rb, err := os.ReadFile(cfg.Routes)
	if err != nil {
		return nil, fmt.Errorf("routes: %w", err)
	}
	routes, err := transfer.ParseRoutes(rb)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", cfg.Routes, err)
	}
	addrs, err := cfg.WatcherAddresses()
	if err != nil {
		return nil, err
	}
	var ws []quorum.Watcher
	for _, w := range cfg.Watchers {
		ws = append(ws, quorum.Watcher{ID: w.ID, Address: addrs[w.ID]})
	}
	set, err := quorum.NewSet(ws, cfg.Threshold)
	if err != nil {
		return nil, err
	}

	var eth keys.EthereumSigner
	var mvsKey keys.MetaverseKey
	if cfg.DevnetKeysFile != "" {
		// Security-critical: the file backend refuses anything but the devnet's routes: a Metaverse
		// devnet and a development Ethereum chain id (1337 or 31337).
		devChain := routes.Ethereum.ChainID == 1337 || routes.Ethereum.ChainID == 31337
		fs, ks, err := keys.LoadDevnetFile(cfg.DevnetKeysFile, routes.Metaverse.Network == "devnet" && devChain)
		if err != nil {
			return nil, err
		}
		log.Warn("DEVNET ONLY: keys are read from a file, not Vault", "file", cfg.DevnetKeysFile)
		eth, mvsKey = fs, ks
	} else {
		v, err := keys.ConnectVault(ctx, *cfg.Vault, log)
		if err != nil {
			return nil, err
		}
		t, err := keys.NewTransit(ctx, v)
		if err != nil {
			return nil, err
		}
		k, err := keys.NewKVKey(ctx, v)
		if err != nil {
			return nil, err
		}
		eth, mvsKey = t, k
	}
	mvs, err := payout.New(routes, mvsKey, cfg.Metaverse.MinFee, cfg.Metaverse.MaxFee)
	if err != nil {
		return nil, err
	}

	st, err := store.OpenAs(ctx, cfg.Database, cfg.DatabaseOwner)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			st.Close()
		}
	}()
	if protected, perr := st.PayoutsProtected(ctx); perr != nil {
		return nil, perr
	} else if !protected {
		log.Warn("the signer's database role can edit its stored Metaverse payouts and audit log: set database_owner to another role")
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(prometheus.NewGoCollector(), prometheus.NewProcessCollector(prometheus.ProcessCollectorOpts{}))
	svc, err := service.New(service.Config{Routes: routes, Watchers: set, Relayers: cfg.Relayers, Ethereum: eth,
		Metaverse: mvs, Store: st, Log: log, Metrics: service.NewMetrics(reg),
		Exclusion: service.Exclusion{MaxConflicts: cfg.WatcherExclusion.MaxConflicts, Window: cfg.WatcherExclusion.Window.Duration}})
	if err != nil {
		return nil, err
	}

	creds, err := mtls.Server(cfg.TLS.Cert, cfg.TLS.Key, cfg.TLS.ClientCA)
	if err != nil {
		return nil, fmt.Errorf("tls: %w", err)
	}
	adminCreds, err := mtls.Server(cfg.AdminTLS.Cert, cfg.AdminTLS.Key, cfg.AdminTLS.ClientCA)
	if err != nil {
		return nil, fmt.Errorf("admin_tls: %w", err)
	}
	// Security-critical: a watcher's or relayer's certificate must never pass as an
	// administrator's, so the two client CAs share no key (the config compares their paths only).
	if ca, err := mtls.SharedCA(cfg.TLS.ClientCA, cfg.AdminTLS.ClientCA); err != nil {
		return nil, fmt.Errorf("admin_tls.client_ca: %w", err)
	} else if ca != nil {
		return nil, fmt.Errorf("admin_tls.client_ca: trusts %q, which tls.client_ca trusts too: administrators need a CA of their own", ca.Subject)
	}
	opts := []grpc.ServerOption{
		grpc.MaxRecvMsgSize(4 << 20),
		grpc.KeepaliveParams(keepalive.ServerParameters{Time: time.Minute}),
		grpc.ConnectionTimeout(10 * time.Second),
	}
	s := &Signer{store: st, Service: svc, EthKey: eth, log: log}
	s.grpc = grpc.NewServer(append(opts, grpc.Creds(creds))...)
	signerv1.RegisterSignerServiceServer(s.grpc, svc)
	s.admin = grpc.NewServer(append(opts, grpc.Creds(adminCreds))...)
	signerv1.RegisterAdminServiceServer(s.admin, service.NewAdmin(svc, service.AdminConfig{Admins: cfg.AdminTLS.Admins,
		ApprovalWindow: cfg.LimitsApprovalWindow.Duration}))
	for _, g := range []*grpc.Server{s.grpc, s.admin} {
		hs := health.NewServer()
		healthpb.RegisterHealthServer(g, hs)
		reflection.Register(g)
	}

	if s.lis, err = net.Listen("tcp", cfg.Listen); err != nil {
		return nil, err
	}
	if s.alis, err = net.Listen("tcp", cfg.AdminListen); err != nil {
		s.lis.Close()
		return nil, err
	}
	if cfg.MetricsListen != "" {
		if s.mlis, err = net.Listen("tcp", cfg.MetricsListen); err != nil {
			s.lis.Close()
			s.alis.Close()
			return nil, err
		}
		mux := http.NewServeMux()
		mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
		s.metrics = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	}
	return s, nil
}

// Serve runs until ctx ends, then stops gracefully.
func (s *Signer) Serve(ctx context.Context) error {
	// The signing batcher outlives the listeners, so calls in flight at shutdown get answers.
	bctx, stopBatcher := context.WithCancel(context.Background())
	defer stopBatcher()
	s.Service.Start(bctx)
	errc := make(chan error, 3)
	go func() { errc <- s.grpc.Serve(s.lis) }()
	go func() { errc <- s.admin.Serve(s.alis) }()
	if s.metrics != nil {
		go func() { errc <- s.metrics.Serve(s.mlis) }()
	}
	s.log.Info("signer listening", "addr", s.Addr(), "admin_addr", s.AdminAddr())
	var err error
	select {
	case <-ctx.Done():
	case err = <-errc:
	}
	s.Stop()
	if errors.Is(err, http.ErrServerClosed) || errors.Is(err, grpc.ErrServerStopped) {
		err = nil
	}
	return err
}

// Stop stops the listeners, waiting briefly for calls in flight, and closes the database.
func (s *Signer) Stop() {
	done := make(chan struct{})
	go func() {
		s.grpc.GracefulStop()
		s.admin.GracefulStop()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		s.grpc.Stop()
		s.admin.Stop()
	}
	if s.metrics != nil {
		_ = s.metrics.Close()
	}
	s.store.Close()
}
