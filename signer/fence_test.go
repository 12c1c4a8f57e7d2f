// Package signer_test holds the signer's fence: the signer links no chain RPC client and no
// network client but gRPC's server side, Vault's and PostgreSQL's (DESIGN 3.7).
package signer_test

import (
	"os/exec"
	"strings"
	"testing"
)

// forbidden are import paths (or prefixes) the signer binary must not link.
var forbidden = []string{
	"github.com/ethereum/go-ethereum/ethclient",
	"github.com/ethereum/go-ethereum/rpc",
	"github.com/ethereum/go-ethereum/accounts/abi/bind",
	"github.com/ethereum/go-ethereum/p2p",
	"github.com/tokendroplet/droplet/watcher",
	"github.com/tokendroplet/droplet/relayer",
	"github.com/tokendroplet/droplet/reporter",
	"github.com/tokendroplet/droplet/internal/mvsrpc",
	"github.com/tokendroplet/droplet/internal/ethchain",
	"net/smtp",
}

func TestSignerLinksNoChainClient(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "github.com/tokendroplet/droplet/signer/cmd/droplet-signer").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 50 {
		t.Fatalf("only %d dependencies listed: the check would prove nothing", len(deps))
	}
	var sawVault bool
	for _, d := range deps {
		for _, f := range forbidden {
			if d == f || strings.HasPrefix(d, f+"/") {
				t.Errorf("droplet-signer links %s", d)
			}
		}
		sawVault = sawVault || d == "github.com/hashicorp/vault/api"
	}
	if !sawVault {
		t.Error("the dependency list lacks Vault's client: it is not the signer's")
	}
}
