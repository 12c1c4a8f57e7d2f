package app

import (
	"context"
	"crypto/ecdsa"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	vault "github.com/hashicorp/vault/api"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"

	"github.com/tokendroplet/droplet/internal/devpki"
	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/testenv"
	"github.com/tokendroplet/droplet/internal/transfer"
	signerv1 "github.com/tokendroplet/droplet/proto/droplet/signer/v1"
	"github.com/tokendroplet/droplet/signer/config"
	"github.com/tokendroplet/droplet/signer/internal/keys"
)

// stack is a signer on real PostgreSQL and Vault with its PKI, watchers and a relayer identity.
type stack struct {
	t        testing.TB
	dir      string
	cfg      config.Config
	routes   *transfer.Routes
	ca       *devpki.CA
	adminCA  *devpki.CA
	watchers []watcherID
	mvsKey   *secp256k1.PrivateKey
	bridge   mvs.Address
	signer   *Signer
	cancel   context.CancelFunc
	done     chan error
}

type watcherID struct {
	name string
	key  *ecdsa.PrivateKey
}

type stackOpts struct {
	watchers, threshold int
	devnetKeys          bool   // file backend instead of Vault
	ownerRole           bool   // the tables belong to another role (database_owner)
	routes              string // a routes file with %s for the bridge's Metaverse address; default testRoutes
	edit                func(*config.Config)
}

const testRoutes = `{
  "version": 1,
  "ethereum": {"chain_id": 1337, "bridge": "0x5FbDB2315678afecb367f032d93F642f64180aa3"},
  "metaverse": {"network": "devnet", "bridge_address": "%s", "bridge_avatar": "droplet"},
  "routes": [
    {"id": "usdt", "enabled": true,
     "ethereum": {"token": "0xdAC17F958D2ee523a2206206994597C13D831ec7", "decimals": 6, "mode": "lock"},
     "metaverse": {"symbol": "ERC20.USDT", "decimals": 6, "mode": "mint"},
     "min": "1", "max": "1000", "daily_cap": "1500", "big_threshold": "500", "big_delay": "1h",
     "fee": {"flat": "0.5", "bps": 10}},
    {"id": "dai", "enabled": true,
     "ethereum": {"token": "0x6B175474E89094C44Da98b954EedeAC495271d0F", "decimals": 18, "mode": "lock"},
     "metaverse": {"symbol": "ERC20.DAI", "decimals": 8, "mode": "mint"},
     "min": "1", "max": "1000000000", "daily_cap": "1000000000", "big_threshold": "1000000000", "big_delay": "0s",
     "fee": {"flat": "0", "bps": 0}}
  ]
}`

func newStack(t testing.TB, o stackOpts) *stack {
	t.Helper()
	s := &stack{t: t, dir: t.TempDir()}
	var err error
	s.mvsKey, err = secp256k1.GeneratePrivateKey()
	if err != nil {
		t.Fatal(err)
	}
	s.bridge = mvs.PubKeyAddress(mvs.Testnet, s.mvsKey.PubKey())
	tmpl := testRoutes
	if o.routes != "" {
		tmpl = o.routes
	}
	routesJSON := fmt.Sprintf(tmpl, s.bridge)
	routesPath := filepath.Join(s.dir, "routes.json")
	must(t, os.WriteFile(routesPath, []byte(routesJSON), 0o644))
	if s.routes, err = transfer.ParseRoutes([]byte(routesJSON)); err != nil {
		t.Fatal(err)
	}

	s.ca = mustV[*devpki.CA](t)(devpki.NewCA("droplet test services"))
	s.adminCA = mustV[*devpki.CA](t)(devpki.NewCA("droplet test admins"))
	srv := mustV[devpki.Issued](t)(s.ca.Issue("signer", "127.0.0.1", "localhost"))
	srvCert, srvKey := mustPair(t)(srv.WriteFiles(s.dir, "signer"))
	asrv := mustV[devpki.Issued](t)(s.adminCA.Issue("signer-admin", "127.0.0.1", "localhost"))
	asrvCert, asrvKey := mustPair(t)(asrv.WriteFiles(s.dir, "signer-admin"))
	caPath, adminCAPath := filepath.Join(s.dir, "ca.crt"), filepath.Join(s.dir, "admin-ca.crt")
	must(t, os.WriteFile(caPath, s.ca.PEM, 0o644))
	must(t, os.WriteFile(adminCAPath, s.adminCA.PEM, 0o644))

	cfg := config.Default()
	cfg.Listen, cfg.AdminListen = "127.0.0.1:0", "127.0.0.1:0"
	cfg.TLS = config.TLS{Cert: srvCert, Key: srvKey, ClientCA: caPath}
	cfg.AdminTLS = config.AdminTLS{TLS: config.TLS{Cert: asrvCert, Key: asrvKey, ClientCA: adminCAPath}, Admins: []string{"alice-admin", "bob-admin"}}
	cfg.Database = testenv.Postgres(t)
	if o.ownerRole {
		cfg.DatabaseOwner, cfg.Database = testenv.PostgresRoles(t)
	}
	cfg.Routes = routesPath
	cfg.Threshold = o.threshold
	cfg.Relayers = []string{"relayer"}
	for i := 0; i < o.watchers; i++ {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		w := watcherID{name: fmt.Sprintf("watcher-%02d", i), key: k}
		s.watchers = append(s.watchers, w)
		cfg.Watchers = append(cfg.Watchers, config.Watcher{ID: w.name, Address: crypto.PubkeyToAddress(k.PublicKey).Hex()})
	}
	if o.devnetKeys {
		f := mustV[keys.DevnetFile](t)(keys.GenerateDevnetFile())
		f.MetaverseSecp256k1 = hex.EncodeToString(s.mvsKey.Serialize())
		b, _ := json.Marshal(f)
		cfg.DevnetKeysFile = filepath.Join(s.dir, "keys.json")
		must(t, os.WriteFile(cfg.DevnetKeysFile, b, 0o600))
	} else {
		vc := testenv.Vault(t)
		transit := testenv.RandomName("transit")
		must(t, vc.Sys().Mount(transit, &vault.MountInput{Type: "transit"}))
		key := "droplet-eth"
		_, err := vc.Logical().Write(transit+"/keys/"+key, map[string]any{"type": "ecdsa-p256"})
		must(t, err)
		kvPath := testenv.RandomName("droplet/mvs-")
		_, err = vc.KVv2("secret").Put(context.Background(), kvPath, map[string]any{"private_key": hex.EncodeToString(s.mvsKey.Serialize())})
		must(t, err)
		cfg.Vault = &keys.VaultConfig{Address: vc.Address(), Token: vc.Token(), TransitMount: transit, TransitKey: key,
			KVMount: "secret", KVPath: kvPath}
	}
	if o.edit != nil {
		o.edit(&cfg)
	}
	s.cfg = cfg
	s.start()
	t.Cleanup(s.stop)
	return s
}

// start builds and serves the signer; after a stop it binds new ports on the same database.
func (s *stack) start() {
	s.t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if testing.Verbose() {
		log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	sg, err := Build(ctx, s.cfg, log)
	if err != nil {
		cancel()
		s.t.Fatal(err)
	}
	s.signer, s.cancel, s.done = sg, cancel, make(chan error, 1)
	go func() { s.done <- sg.Serve(ctx) }()
}

func (s *stack) stop() {
	if s.cancel == nil {
		return
	}
	s.cancel()
	if err := <-s.done; err != nil {
		s.t.Errorf("serve: %v", err)
	}
	s.cancel = nil
}

// dial connects to addr with a client certificate named cn from ca.
func (s *stack) dial(addr string, ca *devpki.CA, cn string) *grpc.ClientConn {
	s.t.Helper()
	cert := mustV[tls.Certificate](s.t)(mustV[devpki.Issued](s.t)(ca.Issue(cn)).TLS())
	creds := credentials.NewTLS(&tls.Config{Certificates: []tls.Certificate{cert}, RootCAs: s.serverPool(addr), MinVersion: tls.VersionTLS13})
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(creds))
	if err != nil {
		s.t.Fatal(err)
	}
	s.t.Cleanup(func() { conn.Close() })
	return conn
}

func (s *stack) serverPool(addr string) *x509.CertPool {
	if addr == s.signer.AdminAddr() {
		return s.adminCA.Pool()
	}
	return s.ca.Pool()
}

func (s *stack) client(cn string) signerv1.SignerServiceClient {
	return signerv1.NewSignerServiceClient(s.dial(s.signer.Addr(), s.ca, cn))
}

func (s *stack) admin(cn string) signerv1.AdminServiceClient {
	return signerv1.NewAdminServiceClient(s.dial(s.signer.AdminAddr(), s.adminCA, cn))
}

// mvsToEth is a Metaverse deposit paid out on Ethereum, numbered by n, of amount USDT units.
func (s *stack) mvsToEth(n int, amount int64) *transfer.Transfer {
	rt, _ := s.routes.Route("usdt")
	return &transfer.Transfer{
		SourceChain: s.routes.MetaverseChainID(), SourceTx: crypto.Keccak256Hash([]byte(fmt.Sprint("tx", n))),
		SourceIndex: uint32(n % 7), SourceBlock: crypto.Keccak256Hash([]byte(fmt.Sprint("block", n))),
		Route: rt.Key(), DestChain: s.routes.Ethereum.ChainID, DestToken: rt.DestToken(transfer.MvsToEth),
		Recipient: common.HexToAddress("0x00000000000000000000000000000000000000aa").Bytes(),
		Amount:    big.NewInt(amount), Fee: big.NewInt(0),
	}
}

func (s *stack) digest(t *transfer.Transfer) [32]byte {
	d, err := s.routes.Domain(t.DestChain)
	if err != nil {
		s.t.Fatal(err)
	}
	return t.Digest(d)
}

// attest signs t's digest with watcher w's key.
func (s *stack) attestation(w watcherID, t *transfer.Transfer) *signerv1.SubmitAttestationRequest {
	d := s.digest(t)
	sig, err := crypto.Sign(d[:], w.key)
	if err != nil {
		s.t.Fatal(err)
	}
	sig[64] += 27
	return &signerv1.SubmitAttestationRequest{Transfer: wire(t, "usdt"), Signature: sig}
}

func wire(t *transfer.Transfer, route string) *signerv1.Transfer {
	return &signerv1.Transfer{
		SourceChain: t.SourceChain, SourceTx: t.SourceTx[:], SourceIndex: t.SourceIndex, SourceBlock: t.SourceBlock[:],
		Route: route, DestChain: t.DestChain, DestToken: t.DestToken[:], Recipient: t.Recipient,
		Amount: t.Amount.String(), Fee: t.Fee.String(),
	}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func mustV[T any](t testing.TB) func(T, error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

func mustPair(t testing.TB) func(string, string, error) (string, string) {
	return func(a, b string, err error) (string, string) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return a, b
	}
}
