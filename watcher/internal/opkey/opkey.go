// Package opkey loads a watcher operator's attestation key (secp256k1): from an encrypted
// keystore file, from the operator's own Vault (a KV version 2 secret, read once at start), or,
// for a devnet, from a hex file. Vault's transit engine has no secp256k1 keys, so the key is read
// into memory like a keystore's.
package opkey

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	vault "github.com/hashicorp/vault/api"

	"github.com/tokendroplet/droplet/watcher/config"
)

// Load reads the configured key.
func Load(ctx context.Context, k config.Key) (*ecdsa.PrivateKey, error) {
	switch {
	case k.Vault != nil:
		return fromVault(ctx, *k.Vault)
	case k.HexFile != "":
		b, err := os.ReadFile(k.HexFile)
		if err != nil {
			return nil, err
		}
		key, err := parseHex(string(b))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", k.HexFile, err)
		}
		return key, nil
	case k.Keystore != "":
		blob, err := os.ReadFile(k.Keystore)
		if err != nil {
			return nil, err
		}
		pw, err := os.ReadFile(k.PasswordFile)
		if err != nil {
			return nil, err
		}
		key, err := keystore.DecryptKey(blob, strings.TrimRight(string(pw), "\r\n"))
		if err != nil {
			return nil, fmt.Errorf("keystore %s: %w", k.Keystore, err)
		}
		return key.PrivateKey, nil
	}
	return nil, errors.New("no key configured")
}

func parseHex(s string) (*ecdsa.PrivateKey, error) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "0x")
	key, err := crypto.HexToECDSA(s)
	if err != nil {
		return nil, fmt.Errorf("not a hex secp256k1 private key: %w", err)
	}
	return key, nil
}

func fromVault(ctx context.Context, v config.Vault) (*ecdsa.PrivateKey, error) {
	vc := vault.DefaultConfig()
	vc.Address = v.Address
	vc.Timeout = 10 * time.Second
	if v.CACert != "" {
		if err := vc.ConfigureTLS(&vault.TLSConfig{CACert: v.CACert}); err != nil {
			return nil, fmt.Errorf("vault tls: %w", err)
		}
	}
	c, err := vault.NewClient(vc)
	if err != nil {
		return nil, fmt.Errorf("vault: %w", err)
	}
	c.ClearNamespace()
	if v.RoleID != "" {
		b, err := os.ReadFile(v.SecretIDFile)
		if err != nil {
			return nil, fmt.Errorf("vault secret id: %w", err)
		}
		mount := v.ApproleMount
		if mount == "" {
			mount = "approle"
		}
		s, err := c.Logical().WriteWithContext(ctx, "auth/"+mount+"/login",
			map[string]any{"role_id": v.RoleID, "secret_id": strings.TrimSpace(string(b))})
		if err != nil {
			return nil, fmt.Errorf("vault approle login: %w", err)
		}
		if s == nil || s.Auth == nil || s.Auth.ClientToken == "" {
			return nil, errors.New("vault approle login returned no token")
		}
		c.SetToken(s.Auth.ClientToken)
		// The key is read once: the token is not needed after this.
		defer func() { _ = c.Auth().Token().RevokeSelfWithContext(context.WithoutCancel(ctx), "") }()
	} else {
		c.SetToken(v.Token)
	}
	mount := v.KVMount
	if mount == "" {
		mount = "secret"
	}
	s, err := c.KVv2(mount).Get(ctx, v.KVPath)
	if err != nil {
		return nil, fmt.Errorf("vault %s/%s: %w", mount, v.KVPath, err)
	}
	if s == nil || s.Data == nil {
		return nil, fmt.Errorf("vault %s/%s: empty secret", mount, v.KVPath)
	}
	hexKey, ok := s.Data["private_key"].(string)
	if !ok || hexKey == "" {
		return nil, fmt.Errorf("vault %s/%s: no string field private_key", mount, v.KVPath)
	}
	key, err := parseHex(hexKey)
	if err != nil {
		return nil, fmt.Errorf("vault %s/%s: private_key: %w", mount, v.KVPath, err)
	}
	return key, nil
}
