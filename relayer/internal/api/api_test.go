package api_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"google.golang.org/grpc"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/reflection"

	"github.com/tokendroplet/droplet/internal/devpki"
	"github.com/tokendroplet/droplet/internal/mtls"
	"github.com/tokendroplet/droplet/internal/testenv"
	relayerv1 "github.com/tokendroplet/droplet/proto/droplet/relayer/v1"
	"github.com/tokendroplet/droplet/relayer/internal/api"
	"github.com/tokendroplet/droplet/relayer/internal/store"
)

// grpcurl finds the grpcurl that scripts/tools.sh installs.
func grpcurl(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("DROPLET_GRPCURL"); p != "" {
		return p
	}
	home, _ := os.UserHomeDir()
	p := filepath.Join(home, ".cache", "tokendroplet", "tools", "bin", "grpcurl")
	if _, err := os.Stat(p); err == nil {
		return p
	}
	if p, err := exec.LookPath("grpcurl"); err == nil {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("grpcurl not found: run scripts/tools.sh")
	}
	t.Skip("grpcurl not found: run scripts/tools.sh")
	return ""
}

// TestOpsCommands runs the README's grpcurl commands against a relayer API on real PostgreSQL
// with mTLS, and checks what they print; retry and resolve need an administrator's certificate.
func TestOpsCommands(t *testing.T) {
	bin := grpcurl(t)
	ctx := context.Background()
	st, err := store.Open(ctx, testenv.Postgres(t))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var failedID []byte
	for i := 0; i < 3; i++ {
		h := crypto.Keccak256([]byte(fmt.Sprint("ops", i)))
		tr := &store.Transfer{ID: h, State: store.StateQuorum, Route: "usdt", Direction: "mvs_to_eth", SourceChain: 0x4d565302,
			SourceTx: h, SourceIndex: 1, SourceBlock: h, DestChain: 1337, DestToken: h, Recipient: h[:20],
			Amount: big.NewInt(int64(1_000_000 * (i + 1))), Fee: big.NewInt(0), Digest: h, QuorumAt: time.Now()}
		if _, err := st.Insert(ctx, tr); err != nil {
			t.Fatal(err)
		}
		failedID = h
	}
	tx, err := st.LockByID(ctx, failedID)
	if err != nil {
		t.Fatal(err)
	}
	if err := tx.Apply(ctx, store.Change{To: store.StateFailed, Reason: "gave up after 20 attempts: node timeout"}); err != nil {
		t.Fatal(err)
	}

	dir := t.TempDir()
	ca, _ := devpki.NewCA("ops test")
	write := func(name string, hosts ...string) {
		i, err := ca.Issue(name, hosts...)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := i.WriteFiles(dir, name); err != nil {
			t.Fatal(err)
		}
	}
	write("relayer", "127.0.0.1")
	write("ops")
	write("ops-admin")
	caPath := filepath.Join(dir, "ca.crt")
	if err := os.WriteFile(caPath, ca.PEM, 0o644); err != nil {
		t.Fatal(err)
	}
	creds, err := mtls.Server(filepath.Join(dir, "relayer.crt"), filepath.Join(dir, "relayer.key"), caPath)
	if err != nil {
		t.Fatal(err)
	}
	g := grpc.NewServer(grpc.Creds(creds))
	relayerv1.RegisterRelayerServiceServer(g, api.New(st, nil, api.Roles{Ops: []string{"ops"}, Admins: []string{"ops-admin"}}, nil))
	healthpb.RegisterHealthServer(g, health.NewServer())
	reflection.Register(g)
	lis, _ := net.Listen("tcp", "127.0.0.1:0")
	go g.Serve(lis) //nolint:errcheck // stopped below
	defer g.Stop()
	addr := lis.Addr().String()

	// The README's commands, with this test's files and address.
	gc := func(who string, args ...string) (string, error) {
		base := []string{"-cacert", caPath, "-cert", filepath.Join(dir, who+".crt"), "-key", filepath.Join(dir, who+".key")}
		out, err := exec.Command(bin, append(base, args...)...).CombinedOutput()
		return string(out), err
	}
	id64 := base64.StdEncoding.EncodeToString(failedID)
	checks := []struct {
		who   string
		args  []string
		wants []string
	}{
		{"ops", []string{addr, "list"}, []string{"droplet.relayer.v1.RelayerService", "grpc.health.v1.Health"}},
		{"ops", []string{addr, "droplet.relayer.v1.RelayerService/GetStatus"}, []string{`"quorum": "2"`, `"failed": "1"`, "oldestPending"}},
		{"ops", []string{"-d", `{"state": "STATE_FAILED"}`, addr, "droplet.relayer.v1.RelayerService/ListTransfers"}, []string{"node timeout", `"STATE_FAILED"`}},
		{"ops", []string{"-d", `{"id": "` + id64 + `"}`, addr, "droplet.relayer.v1.RelayerService/GetTransfer"}, []string{`"events"`, "quorum reported by the signer"}},
		{"ops-admin", []string{"-d", `{"id": "` + id64 + `", "reason": "node back"}`, addr, "droplet.relayer.v1.RelayerService/RetryTransfer"}, []string{`"STATE_QUORUM"`}},
	}
	for _, c := range checks {
		out, err := gc(c.who, c.args...)
		if err != nil {
			t.Fatalf("grpcurl %v: %v\n%s", c.args, err, out)
		}
		for _, w := range c.wants {
			if !strings.Contains(out, w) {
				t.Fatalf("grpcurl %v: no %s in\n%s", c.args, w, out)
			}
		}
	}
	// GetStatus's queue is a JSON map; check it parses and counts.
	out, _ := gc("ops", addr, "droplet.relayer.v1.RelayerService/GetStatus")
	var status struct {
		Queue map[string]string `json:"queue"`
	}
	if err := json.Unmarshal([]byte(out), &status); err != nil || status.Queue["quorum"] != "3" {
		t.Fatalf("status after retry: %v %s", err, out)
	}
	// Not an administrator: refused, and audited nothing.
	out, err = gc("ops", "-d", `{"id": "`+id64+`", "reason": "x"}`, addr, "droplet.relayer.v1.RelayerService/ResolveTransfer")
	if err == nil || !strings.Contains(out, "PermissionDenied") {
		t.Fatalf("resolve by a non-administrator: %v\n%s", err, out)
	}
	var audits int
	if err := st.DB().QueryRow(`SELECT count(*) FROM admin_audit`).Scan(&audits); err != nil || audits != 1 {
		t.Fatalf("%d admin audit rows, want 1 (the retry)", audits)
	}
}
