// Package devnet writes the configuration of a local development network: certificates from a
// development CA, keys in files, the routes file and each component's config.
package devnet

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tokendroplet/droplet/internal/devpki"
	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/signer/config"
)

// Addrs are where the signer listens.
type Addrs struct {
	Signer, Admin, Metrics string
}

// DefaultAddrs are the devnet's fixed ports.
var DefaultAddrs = Addrs{Signer: "127.0.0.1:7443", Admin: "127.0.0.1:7444", Metrics: "127.0.0.1:7445"}

// Write creates a devnet's configuration in dir: a development CA and certificates (pki/), the
// watchers' keys (watcher-keys.json), the signer's devnet key file, the routes file and the
// signer's config (signer.json). Nothing here is for production: the keys sit in files.
func Write(dir, database string, addrs Addrs) error {
	pki := filepath.Join(dir, "pki")
	if err := os.MkdirAll(pki, 0o700); err != nil {
		return err
	}
	ca, err := devpki.NewCA("TokenDroplet devnet services CA")
	if err != nil {
		return err
	}
	adminCA, err := devpki.NewCA("TokenDroplet devnet admin CA")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(pki, "ca.crt"), ca.PEM, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(pki, "admin-ca.crt"), adminCA.PEM, 0o644); err != nil {
		return err
	}
	issue := func(c *devpki.CA, name string, hosts ...string) (string, string, error) {
		i, err := c.Issue(name, hosts...)
		if err != nil {
			return "", "", err
		}
		return i.WriteFiles(pki, name)
	}
	srvCert, srvKey, err := issue(ca, "signer", "127.0.0.1", "localhost")
	if err != nil {
		return err
	}
	admCert, admKey, err := issue(adminCA, "signer-admin", "127.0.0.1", "localhost")
	if err != nil {
		return err
	}
	for _, n := range []string{"relayer", "watcher-a", "watcher-b", "watcher-c"} {
		if _, _, err := issue(ca, n); err != nil {
			return err
		}
	}
	// The relayer's ops API is served under the services CA and takes the admin CA's clients.
	if _, _, err := issue(ca, "relayer-api", "127.0.0.1", "localhost"); err != nil {
		return err
	}
	if _, _, err := issue(adminCA, "ops-admin"); err != nil {
		return err
	}

	mvsKey, err := secp256k1.GeneratePrivateKey()
	if err != nil {
		return err
	}
	bridge := mvs.PubKeyAddress(mvs.Testnet, mvsKey.PubKey())
	routes := fmt.Sprintf(devnetRoutes, bridge)
	if _, err := transfer.ParseRoutes([]byte(routes)); err != nil {
		return fmt.Errorf("devnet routes: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "routes.json"), []byte(routes), 0o644); err != nil {
		return err
	}
	keys := map[string]string{}
	var watchers []config.Watcher
	for _, n := range []string{"watcher-a", "watcher-b", "watcher-c"} {
		k, err := crypto.GenerateKey()
		if err != nil {
			return err
		}
		keys[n] = hex.EncodeToString(crypto.FromECDSA(k))
		watchers = append(watchers, config.Watcher{ID: n, Address: crypto.PubkeyToAddress(k.PublicKey).Hex()})
	}
	if err := writeJSON(filepath.Join(dir, "watcher-keys.json"), keys, 0o600); err != nil {
		return err
	}
	p256, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return err
	}
	p256Bytes, err := p256.Bytes()
	if err != nil {
		return err
	}
	devKeys := map[string]string{"ethereum_p256": hex.EncodeToString(p256Bytes), "metaverse_secp256k1": hex.EncodeToString(mvsKey.Serialize())}
	if err := writeJSON(filepath.Join(dir, "signer-keys.json"), devKeys, 0o600); err != nil {
		return err
	}
	abs := func(p string) string { a, _ := filepath.Abs(p); return a }
	cfg := config.Default()
	cfg = config.Config{
		Metaverse:            cfg.Metaverse,
		LimitsApprovalWindow: cfg.LimitsApprovalWindow, WatcherExclusion: cfg.WatcherExclusion,
		Listen: addrs.Signer, AdminListen: addrs.Admin, MetricsListen: addrs.Metrics,
		TLS:      config.TLS{Cert: abs(srvCert), Key: abs(srvKey), ClientCA: abs(filepath.Join(pki, "ca.crt"))},
		AdminTLS: config.AdminTLS{TLS: config.TLS{Cert: abs(admCert), Key: abs(admKey), ClientCA: abs(filepath.Join(pki, "admin-ca.crt"))}, Admins: []string{"ops-admin"}},
		Database: database, Routes: abs(filepath.Join(dir, "routes.json")), Threshold: 2, Watchers: watchers,
		Relayers: []string{"relayer"}, DevnetKeysFile: abs(filepath.Join(dir, "signer-keys.json")),
	}
	return writeJSON(filepath.Join(dir, "signer.json"), cfg, 0o600)
}

func writeJSON(path string, v any, mode os.FileMode) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(b, '\n'), mode); err != nil {
		return errors.Join(fmt.Errorf("write %s", path), err)
	}
	return nil
}

// devnetRoutes maps two development tokens; %s is the bridge's Metaverse address.
const devnetRoutes = `{
  "version": 1,
  "ethereum": {"chain_id": 1337, "bridge": "0x5FbDB2315678afecb367f032d93F642f64180aa3"},
  "metaverse": {"network": "devnet", "bridge_address": "%s", "bridge_avatar": "droplet"},
  "routes": [
    {"id": "usdt", "enabled": true,
     "ethereum": {"token": "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512", "decimals": 6, "mode": "lock"},
     "metaverse": {"symbol": "ERC20.USDT", "decimals": 6, "mode": "mint"},
     "min": "1", "max": "100000", "daily_cap": "1000000", "big_threshold": "50000", "big_delay": "2m",
     "fee": {"flat": "0.5", "bps": 10}}
  ]
}
`
