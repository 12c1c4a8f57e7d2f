package devnet

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/mvsdevnet"
)

// Watchers are the devnet's three watchers; any two of them make a quorum.
var Watchers = []string{"watcher-a", "watcher-b", "watcher-c"}

// Key backends of the devnet's signer.
const (
	KeysFile  = "file"  // the devnet-only file backend
	KeysVault = "vault" // a Vault dev server, the keys imported from signer-keys.json on each start
)

// Layout is where a devnet's parts listen and which key backend its signer uses. It is chosen
// once, when the devnet is first initialised, and kept in devnet.json, so a restart finds
// everything where it was.
type Layout struct {
	Dir string `json:"-"`

	PostgresPort    int               `json:"postgres_port"`
	Ethereum        string            `json:"ethereum"`  // anvil's host:port
	Metaverse       string            `json:"metaverse"` // the Metaverse devnet node's host:port
	Signer          Addrs             `json:"signer"`
	Relayer         string            `json:"relayer"`
	RelayerMetrics  string            `json:"relayer_metrics"`
	WatcherMetrics  map[string]string `json:"watcher_metrics"`
	ReporterMetrics string            `json:"reporter_metrics"`
	Keys            string            `json:"keys"`            // KeysFile or KeysVault
	Vault           string            `json:"vault,omitempty"` // the Vault dev server's host:port
}

// DefaultLayout is the devnet's fixed ports.
func DefaultLayout() Layout {
	return Layout{
		PostgresPort: 55439, Ethereum: "127.0.0.1:8545", Metaverse: "127.0.0.1:8820", Signer: DefaultAddrs,
		Relayer: "127.0.0.1:7450", RelayerMetrics: "127.0.0.1:7451",
		WatcherMetrics:  map[string]string{"watcher-a": "127.0.0.1:7461", "watcher-b": "127.0.0.1:7462", "watcher-c": "127.0.0.1:7463"},
		ReporterMetrics: "127.0.0.1:7470", Keys: KeysFile, Vault: "127.0.0.1:8200",
	}
}

// FreeLayout is a layout on free loopback ports, for tests and for running two devnets at once.
func FreeLayout() (Layout, error) {
	l := DefaultLayout()
	ports := make([]int, 13)
	var lns []net.Listener
	defer func() {
		for _, ln := range lns {
			ln.Close()
		}
	}()
	for i := range ports {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return l, fmt.Errorf("free port: %w", err)
		}
		lns = append(lns, ln)
		ports[i] = ln.Addr().(*net.TCPAddr).Port
	}
	a := func(i int) string { return "127.0.0.1:" + strconv.Itoa(ports[i]) }
	l.PostgresPort = ports[0]
	l.Ethereum, l.Metaverse = a(1), a(2)
	l.Signer = Addrs{Signer: a(3), Admin: a(4), Metrics: a(5)}
	l.Relayer, l.RelayerMetrics = a(6), a(7)
	l.WatcherMetrics = map[string]string{"watcher-a": a(8), "watcher-b": a(9), "watcher-c": a(10)}
	l.ReporterMetrics, l.Vault = a(11), a(12)
	return l, nil
}

// Paths of a devnet's files, relative to its directory.
const (
	LayoutFile  = "devnet.json"
	RoutesFile  = "routes.json"
	UsersFile   = "users.json"
	SignerFile  = "signer.json"
	RelayerFile = "relayer.json"
)

// PostgresURL is the URL of database on the devnet's PostgreSQL.
func (l *Layout) PostgresURL(database string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", l.PostgresPort, database)
}

// Databases are the databases the devnet's components own: the signer's, the relayer's (the
// reporter reads it) and one per watcher.
func Databases() []string {
	dbs := []string{"signer", "relayer"}
	for _, w := range Watchers {
		dbs = append(dbs, watcherDB(w))
	}
	return dbs
}

func watcherDB(w string) string { return "watcher_" + w[len("watcher-"):] }

// Path is a file of the devnet.
func (l *Layout) Path(elem ...string) string {
	return filepath.Join(append([]string{l.Dir}, elem...)...)
}

// EthereumURL is anvil's JSON-RPC URL.
func (l *Layout) EthereumURL() string { return "http://" + l.Ethereum }

// MetaverseURL is the Metaverse devnet node's JSON-RPC v3 URL.
func (l *Layout) MetaverseURL() string { return "http://" + l.Metaverse + "/rpc/v3" }

// ErrNotInitialised is a directory without a devnet.
var ErrNotInitialised = errors.New("no devnet here (start one with `droplet devnet`)")

// Load reads the layout of the devnet in dir.
func Load(dir string) (*Layout, error) {
	b, err := os.ReadFile(filepath.Join(dir, LayoutFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%s: %w", dir, ErrNotInitialised)
	}
	if err != nil {
		return nil, err
	}
	var l Layout
	if err := json.Unmarshal(b, &l); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, LayoutFile), err)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	l.Dir = abs
	return &l, nil
}

// Init writes a devnet's whole configuration into dir with layout l, unless dir holds one
// already: then it returns that one, and l is ignored. devnet.json is written last, so an
// interrupted Init starts again from the beginning.
func Init(dir string, l Layout) (*Layout, error) {
	if old, err := Load(dir); err == nil {
		return old, nil
	} else if !errors.Is(err, ErrNotInitialised) {
		return nil, err
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	l.Dir = abs
	if err := os.MkdirAll(abs, 0o755); err != nil {
		return nil, err
	}
	if err := Write(abs, l.PostgresURL("signer"), l.Signer); err != nil {
		return nil, err
	}
	if err := l.writeComponents(); err != nil {
		return nil, err
	}
	if err := writeJSON(l.Path(LayoutFile), l, 0o644); err != nil {
		return nil, err
	}
	return &l, nil
}

// Users are the devnet's funded test users.
type Users struct {
	// Ethereum keys in hex: alice deposits through deposit() and memo transfers, bob links.
	Ethereum map[string]string `json:"ethereum"`
	// Metaverse users by name (see MetaverseUser): carol receives and sends back.
	Metaverse []string `json:"metaverse"`
}

// LoadUsers reads the devnet's test users.
func (l *Layout) LoadUsers() (*Users, error) {
	var u Users
	b, err := os.ReadFile(l.Path(UsersFile))
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(b, &u); err != nil {
		return nil, fmt.Errorf("%s: %w", UsersFile, err)
	}
	return &u, nil
}

// devKeyHex derives an Ethereum development key from a name: anyone can derive it; it is for the
// devnet only.
func devKeyHex(name string) string {
	for i := 0; ; i++ {
		h := sha256.Sum256([]byte(fmt.Sprintf("droplet devnet ethereum key %d: %s", i, name)))
		if _, err := crypto.ToECDSA(h[:]); err == nil {
			return hex.EncodeToString(h[:])
		}
	}
}

// writeComponents writes what Write does not: the watchers', relayer's and reporter's configs,
// the watchers' and relayer's key files and the test users.
func (l *Layout) writeComponents() error {
	pki := l.Path("pki")
	keysDir := l.Path("keys")
	if err := os.MkdirAll(keysDir, 0o700); err != nil {
		return err
	}
	apiCert, apiKey := filepath.Join(pki, "relayer-api.crt"), filepath.Join(pki, "relayer-api.key")

	var wkeys map[string]string
	b, err := os.ReadFile(l.Path("watcher-keys.json"))
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, &wkeys); err != nil {
		return fmt.Errorf("watcher-keys.json: %w", err)
	}
	routes := l.Path(RoutesFile)
	for _, w := range Watchers {
		keyFile := filepath.Join(keysDir, w+".hex")
		if err := os.WriteFile(keyFile, []byte(wkeys[w]+"\n"), 0o600); err != nil {
			return err
		}
		cfg := map[string]any{
			"id": w, "database": l.PostgresURL(watcherDB(w)), "routes": routes, "metrics_listen": l.WatcherMetrics[w],
			"signer": map[string]string{"address": l.Signer.Signer, "ca": filepath.Join(pki, "ca.crt"),
				"cert": filepath.Join(pki, w+".crt"), "key": filepath.Join(pki, w+".key")},
			"key":       map[string]string{"hex_file": keyFile},
			"ethereum":  map[string]any{"rpc": []string{l.EthereumURL()}, "confirmations": 2, "poll": "100ms"},
			"metaverse": map[string]any{"rpc": l.MetaverseURL(), "confirmations": 2, "poll": "100ms"},
		}
		if err := writeJSON(l.Path(w+".json"), cfg, 0o600); err != nil {
			return err
		}
	}

	gasKey := filepath.Join(keysDir, "relayer-gas.hex")
	if err := os.WriteFile(gasKey, []byte(devKeyHex("relayer gas")+"\n"), 0o600); err != nil {
		return err
	}
	relayer := map[string]any{
		"database": l.PostgresURL("relayer"), "routes": routes, "listen": l.Relayer, "metrics_listen": l.RelayerMetrics,
		// Operators reach the relayer with the admin CA's ops-admin certificate, as the signer's admin API.
		"tls":    map[string]string{"cert": apiCert, "key": apiKey, "client_ca": filepath.Join(pki, "admin-ca.crt")},
		"admins": []string{"ops-admin"},
		"ops":    []string{"ops"},
		"signer": map[string]string{"address": l.Signer.Signer, "ca": filepath.Join(pki, "ca.crt"),
			"cert": filepath.Join(pki, "relayer.crt"), "key": filepath.Join(pki, "relayer.key")},
		"ethereum":  map[string]any{"rpc": []string{l.EthereumURL()}, "gas_key_file": gasKey, "max_fee_gwei": 100, "confirmations": 2},
		"metaverse": map[string]any{"rpc": l.MetaverseURL(), "fee_bits": 20_000, "confirmations": 2},
		"poll":      "100ms",
	}
	if err := writeJSON(l.Path(RelayerFile), relayer, 0o600); err != nil {
		return err
	}
	reporter := map[string]any{
		"database": l.PostgresURL("relayer"), "routes": routes, "out": l.Path("reports"), "metrics_addr": l.ReporterMetrics,
		"ethereum_rpc": l.EthereumURL(), "metaverse_rpc": l.MetaverseURL(),
		"metaverse_supply": map[string]string{MST: fmt.Sprint(MSTSupply / 1_000_000)},
		"stuck_after":      (10 * time.Minute).String(), "backfill_days": 1,
	}
	if err := writeJSON(l.Path("reporter.json"), reporter, 0o600); err != nil {
		return err
	}
	if l.Keys == KeysVault {
		if err := l.useVault(); err != nil {
			return err
		}
	}
	users := Users{
		Ethereum:  map[string]string{"alice": devKeyHex("alice"), "bob": devKeyHex("bob")},
		Metaverse: []string{"carol"},
	}
	return writeJSON(l.Path(UsersFile), users, 0o600)
}

// The devnet's Metaverse token: the bridge's avatar issues it and holds the supply as its float.
const (
	Avatar    = "droplet"
	MST       = "ERC20.USDT"
	MSTSupply = 1_000_000_000 * 1_000_000 // a billion, 6 decimals
)

// MetaverseUser is the wallet of a Metaverse test user.
func MetaverseUser(name string) *mvsdevnet.Wallet {
	return mvsdevnet.NewWallet(mvs.Testnet, mvsdevnet.DevKey("droplet devnet user: "+name))
}

// RelayerGasAddress is the address of the relayer's Ethereum gas key.
func (l *Layout) RelayerGasAddress() (common.Address, error) {
	b, err := os.ReadFile(l.Path("keys", "relayer-gas.hex"))
	if err != nil {
		return common.Address{}, err
	}
	k, err := crypto.HexToECDSA(strings.TrimSpace(string(b)))
	if err != nil {
		return common.Address{}, fmt.Errorf("relayer gas key: %w", err)
	}
	return crypto.PubkeyToAddress(k.PublicKey), nil
}

// Vault dev server settings of the devnet: a fixed root token (the server holds nothing but the
// devnet's keys, in memory) and where the signer finds its keys.
const (
	VaultToken      = "droplet-devnet-root"
	VaultTransitKey = "droplet-ethereum"
	VaultKVPath     = "droplet/metaverse"
)

// useVault points the signer's config at the Vault dev server instead of the key file.
func (l *Layout) useVault() error {
	var cfg map[string]any
	b, err := os.ReadFile(l.Path(SignerFile))
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, &cfg); err != nil {
		return fmt.Errorf("%s: %w", SignerFile, err)
	}
	delete(cfg, "devnet_keys_file")
	cfg["vault"] = map[string]string{"address": "http://" + l.Vault, "token": VaultToken,
		"transit_key": VaultTransitKey, "kv_path": VaultKVPath}
	return writeJSON(l.Path(SignerFile), cfg, 0o600)
}
