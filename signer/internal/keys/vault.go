package keys

import (
	"context"
	"crypto/ecdsa"
	"crypto/x509"
	"encoding/asn1"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	vault "github.com/hashicorp/vault/api"
)

// VaultConfig says where the keys are and how to log in.
type VaultConfig struct {
	Address string `json:"address"`
	CACert  string `json:"ca_cert,omitempty"` // PEM file of Vault's CA, for TLS
	// Token auth, or AppRole auth (RoleID with SecretID or SecretIDFile).
	Token        string `json:"token,omitempty"`
	RoleID       string `json:"role_id,omitempty"`
	SecretID     string `json:"secret_id,omitempty"`
	SecretIDFile string `json:"secret_id_file,omitempty"`
	ApproleMount string `json:"approle_mount,omitempty"` // default "approle"

	TransitMount string `json:"transit_mount,omitempty"` // default "transit"
	TransitKey   string `json:"transit_key"`             // an ecdsa-p256 key
	KVMount      string `json:"kv_mount,omitempty"`      // default "secret", KV version 2
	KVPath       string `json:"kv_path"`                 // holds the field "private_key" (hex secp256k1)
}

// String redacts secrets.
func (c VaultConfig) String() string {
	red := func(s string) string {
		if s == "" {
			return ""
		}
		return "REDACTED"
	}
	return fmt.Sprintf("{address=%s token=%s role_id=%s secret_id=%s transit=%s/%s kv=%s/%s}",
		c.Address, red(c.Token), c.RoleID, red(c.SecretID), c.TransitMount, c.TransitKey, c.KVMount, c.KVPath)
}

func (c *VaultConfig) defaults() {
	if c.ApproleMount == "" {
		c.ApproleMount = "approle"
	}
	if c.TransitMount == "" {
		c.TransitMount = "transit"
	}
	if c.KVMount == "" {
		c.KVMount = "secret"
	}
}

// Vault is a logged-in Vault client that keeps its token alive.
type Vault struct {
	client  *vault.Client
	cfg     VaultConfig
	log     *slog.Logger
	loginMu sync.Mutex
}

// ConnectVault logs in (token or AppRole). With AppRole, a background goroutine renews the token
// and logs in again when it can no longer be renewed, until ctx ends.
func ConnectVault(ctx context.Context, cfg VaultConfig, log *slog.Logger) (*Vault, error) {
	cfg.defaults()
	vc := vault.DefaultConfig()
	if cfg.Address != "" {
		vc.Address = cfg.Address
	}
	vc.Timeout = 10 * time.Second
	vc.MaxRetries = 2
	if cfg.CACert != "" {
		if err := vc.ConfigureTLS(&vault.TLSConfig{CACert: cfg.CACert}); err != nil {
			return nil, fmt.Errorf("%w: tls: %v", ErrVault, err)
		}
	}
	c, err := vault.NewClient(vc)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrVault, err)
	}
	c.ClearNamespace()
	v := &Vault{client: c, cfg: cfg, log: log}
	switch {
	case cfg.Token != "" && cfg.RoleID != "":
		return nil, fmt.Errorf("%w: configure a token or an AppRole, not both", ErrVault)
	case cfg.Token != "":
		c.SetToken(cfg.Token)
		if _, err := c.Auth().Token().LookupSelfWithContext(ctx); err != nil {
			return nil, fmt.Errorf("%w: token lookup: %v", ErrVault, err)
		}
	case cfg.RoleID != "":
		secret, err := v.login(ctx)
		if err != nil {
			return nil, err
		}
		go v.keepAlive(ctx, secret)
	default:
		return nil, fmt.Errorf("%w: no token and no AppRole configured", ErrVault)
	}
	return v, nil
}

// Client is the underlying client (for tests and tools).
func (v *Vault) Client() *vault.Client { return v.client }

// retry runs call, and once more after a fresh AppRole login when Vault answers 403: the token
// may have reached its maximum TTL before the renewer logged in again.
func (v *Vault) retry(ctx context.Context, call func() (*vault.Secret, error)) (*vault.Secret, error) {
	s, err := call()
	var re *vault.ResponseError
	if err == nil || v.cfg.RoleID == "" || !errors.As(err, &re) || re.StatusCode != 403 {
		return s, err
	}
	before := v.client.Token()
	v.loginMu.Lock()
	if v.client.Token() == before { // nobody logged in meanwhile
		_, lerr := v.login(ctx)
		if lerr != nil {
			v.loginMu.Unlock()
			return nil, errors.Join(err, lerr)
		}
	}
	v.loginMu.Unlock()
	return call()
}

func (v *Vault) login(ctx context.Context) (*vault.Secret, error) {
	secretID := v.cfg.SecretID
	if v.cfg.SecretIDFile != "" {
		b, err := readSecretFile(v.cfg.SecretIDFile)
		if err != nil {
			return nil, fmt.Errorf("%w: secret id: %v", ErrVault, err)
		}
		secretID = b
	}
	s, err := v.client.Logical().WriteWithContext(ctx, "auth/"+v.cfg.ApproleMount+"/login",
		map[string]any{"role_id": v.cfg.RoleID, "secret_id": secretID})
	if err != nil {
		return nil, fmt.Errorf("%w: approle login: %v", ErrVault, err)
	}
	if s == nil || s.Auth == nil || s.Auth.ClientToken == "" {
		return nil, fmt.Errorf("%w: approle login returned no token", ErrVault)
	}
	v.client.SetToken(s.Auth.ClientToken)
	return s, nil
}

// keepAlive renews the AppRole token and logs in again when renewal stops.
func (v *Vault) keepAlive(ctx context.Context, secret *vault.Secret) {
	backoff := time.Second
	for {
		w, err := v.client.NewLifetimeWatcher(&vault.LifetimeWatcherInput{Secret: secret})
		if err == nil {
			go w.Start()
			select {
			case <-ctx.Done():
				w.Stop()
				return
			case err := <-w.DoneCh():
				if err != nil {
					v.log.Warn("vault token renewal stopped", "err", err)
				}
			case r := <-w.RenewCh():
				v.log.Debug("vault token renewed", "ttl", r.Secret.Auth.LeaseDuration)
				// Keep watching: the watcher renews until its max TTL, then DoneCh fires.
				select {
				case <-ctx.Done():
					w.Stop()
					return
				case <-w.DoneCh():
				}
			}
			w.Stop()
		}
		for {
			v.loginMu.Lock()
			s, err := v.login(ctx)
			v.loginMu.Unlock()
			if err == nil {
				secret = s
				backoff = time.Second
				break
			}
			v.log.Error("vault login failed", "err", err, "retry_in", backoff)
			t := time.NewTimer(backoff)
			select {
			case <-ctx.Done():
				t.Stop()
				return
			case <-t.C:
			}
			backoff = min(2*backoff, time.Minute)
		}
	}
}

// Transit is the P-256 authorisation key in Vault transit.
type Transit struct {
	v   *Vault
	pub *ecdsa.PublicKey
}

var _ EthereumSigner = (*Transit)(nil)

// NewTransit reads the transit key's newest public key; the key must be ecdsa-p256.
func NewTransit(ctx context.Context, v *Vault) (*Transit, error) {
	s, err := v.client.Logical().ReadWithContext(ctx, v.cfg.TransitMount+"/keys/"+v.cfg.TransitKey)
	if err != nil {
		return nil, fmt.Errorf("%w: read transit key: %v", ErrVault, err)
	}
	if s == nil || s.Data == nil {
		return nil, fmt.Errorf("%w: transit key %q not found", ErrVault, v.cfg.TransitKey)
	}
	if t, _ := s.Data["type"].(string); t != "ecdsa-p256" {
		return nil, fmt.Errorf("%w: transit key %q is %q, want ecdsa-p256", ErrVault, v.cfg.TransitKey, t)
	}
	// Security-critical: the key must never be able to leave Vault.
	if ex, _ := s.Data["exportable"].(bool); ex {
		return nil, fmt.Errorf("%w: transit key %q is exportable; create it with exportable=false", ErrVault, v.cfg.TransitKey)
	}
	if bk, _ := s.Data["allow_plaintext_backup"].(bool); bk {
		return nil, fmt.Errorf("%w: transit key %q allows plaintext backup", ErrVault, v.cfg.TransitKey)
	}
	latest, err := jsonInt(s.Data["latest_version"])
	if err != nil {
		return nil, fmt.Errorf("%w: transit key latest_version: %v", ErrVault, err)
	}
	versions, _ := s.Data["keys"].(map[string]any)
	entry, _ := versions[fmt.Sprint(latest)].(map[string]any)
	pemKey, _ := entry["public_key"].(string)
	block, _ := pem.Decode([]byte(pemKey))
	if block == nil {
		return nil, fmt.Errorf("%w: transit key has no PEM public key for version %d", ErrVault, latest)
	}
	pk, err := x509.ParsePKIXPublicKey(block.Bytes)
	if err != nil {
		return nil, fmt.Errorf("%w: transit public key: %v", ErrVault, err)
	}
	pub, ok := pk.(*ecdsa.PublicKey)
	if !ok || pub.Curve.Params().Name != "P-256" {
		return nil, fmt.Errorf("%w: transit public key is not P-256", ErrVault)
	}
	return &Transit{v: v, pub: pub}, nil
}

// PublicKey is the key to configure in the bridge contract.
func (t *Transit) PublicKey() *ecdsa.PublicKey { return t.pub }

// SignDigest asks transit to sign the digest as a SHA-256 prehash and checks the answer.
func (t *Transit) SignDigest(ctx context.Context, digest [32]byte) (r, s [32]byte, err error) {
	sec, err := t.v.retry(ctx, func() (*vault.Secret, error) {
		return t.v.client.Logical().WriteWithContext(ctx, t.v.cfg.TransitMount+"/sign/"+t.v.cfg.TransitKey, map[string]any{
			"input":                base64.StdEncoding.EncodeToString(digest[:]),
			"prehashed":            true,
			"hash_algorithm":       "sha2-256",
			"marshaling_algorithm": "asn1",
		})
	})
	if err != nil {
		return r, s, fmt.Errorf("%w: transit sign: %v", ErrVault, err)
	}
	if sec == nil || sec.Data == nil {
		return r, s, fmt.Errorf("%w: transit sign returned nothing", ErrVault)
	}
	sig, _ := sec.Data["signature"].(string)
	parts := strings.Split(sig, ":")
	if len(parts) != 3 || parts[0] != "vault" {
		return r, s, fmt.Errorf("%w: transit signature %q is not vault:vN:...", ErrVault, sig)
	}
	der, err := base64.StdEncoding.DecodeString(parts[2])
	if err != nil {
		return r, s, fmt.Errorf("%w: transit signature: %v", ErrVault, err)
	}
	var parsed struct{ R, S *big.Int }
	rest, err := asn1.Unmarshal(der, &parsed)
	if err != nil || len(rest) != 0 {
		return r, s, fmt.Errorf("%w: transit signature is not DER", ErrVault)
	}
	return lowS(t.pub, digest, parsed.R, parsed.S)
}

// NewKVKey reads the Metaverse payout key from KV v2 into memory.
func NewKVKey(ctx context.Context, v *Vault) (*StaticKey, error) {
	s, err := v.client.KVv2(v.cfg.KVMount).Get(ctx, v.cfg.KVPath)
	if err != nil {
		return nil, fmt.Errorf("%w: read %s/%s: %v", ErrVault, v.cfg.KVMount, v.cfg.KVPath, err)
	}
	if s == nil || s.Data == nil {
		return nil, fmt.Errorf("%w: %s/%s is empty", ErrVault, v.cfg.KVMount, v.cfg.KVPath)
	}
	hexKey, _ := s.Data["private_key"].(string)
	if hexKey == "" {
		return nil, fmt.Errorf("%w: %s/%s has no private_key field", ErrVault, v.cfg.KVMount, v.cfg.KVPath)
	}
	k, err := ParseSecp256k1(hexKey)
	if err != nil {
		return nil, fmt.Errorf("%w: %s/%s: %v", ErrVault, v.cfg.KVMount, v.cfg.KVPath, err)
	}
	return &StaticKey{key: k}, nil
}

func jsonInt(v any) (int64, error) {
	switch n := v.(type) {
	case json.Number:
		return n.Int64()
	case float64:
		return int64(n), nil
	case int:
		return int64(n), nil
	case int64:
		return n, nil
	}
	return 0, fmt.Errorf("%v is not a number", v)
}
