package api_test

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/tokendroplet/droplet/internal/devpki"
	"github.com/tokendroplet/droplet/internal/mtls"
	"github.com/tokendroplet/droplet/internal/testenv"
	relayerv1 "github.com/tokendroplet/droplet/proto/droplet/relayer/v1"
	"github.com/tokendroplet/droplet/relayer/internal/api"
	"github.com/tokendroplet/droplet/relayer/internal/store"
)

// TestRoles: the read API answers only its configured ops roles and administrators; another
// certificate of the same CA (a client certificate of another component, or a server's) is
// refused; an internal error reaches the caller as a reference, never as its text.
func TestRoles(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, testenv.Postgres(t))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	ca, err := devpki.NewCA("roles test")
	if err != nil {
		t.Fatal(err)
	}
	write := func(name string, hosts ...string) {
		i, err := ca.Issue(name, hosts...)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := i.WriteFiles(dir, name); err != nil {
			t.Fatal(err)
		}
	}
	write("relayer-api", "127.0.0.1")
	write("signer-admin", "127.0.0.1")
	for _, n := range []string{"ops", "ops-admin", "watcher-a"} {
		write(n)
	}
	caPath := filepath.Join(dir, "ca.crt")
	if err := os.WriteFile(caPath, ca.PEM, 0o644); err != nil {
		t.Fatal(err)
	}
	creds, err := mtls.Server(filepath.Join(dir, "relayer-api.crt"), filepath.Join(dir, "relayer-api.key"), caPath)
	if err != nil {
		t.Fatal(err)
	}
	g := grpc.NewServer(grpc.Creds(creds))
	relayerv1.RegisterRelayerServiceServer(g, api.New(st, nil, api.Roles{Ops: []string{"ops"}, Admins: []string{"ops-admin"}}, nil))
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go g.Serve(lis) //nolint:errcheck // stopped below
	defer g.Stop()
	call := func(who string) error {
		t.Helper()
		cc, err := mtls.Client(filepath.Join(dir, who+".crt"), filepath.Join(dir, who+".key"), caPath)
		if err != nil {
			t.Fatal(err)
		}
		conn, err := grpc.NewClient(lis.Addr().String(), grpc.WithTransportCredentials(cc))
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		_, err = relayerv1.NewRelayerServiceClient(conn).GetStatus(cctx, &relayerv1.GetStatusRequest{})
		return err
	}
	for who, want := range map[string]codes.Code{"ops": codes.OK, "ops-admin": codes.OK, "watcher-a": codes.PermissionDenied, "signer-admin": codes.Unavailable} {
		if got := status.Code(call(who)); got != want {
			t.Errorf("%s: %s, want %s", who, got, want)
		}
	}
	// An internal error: the database is gone.
	st.Close()
	err = call("ops")
	if status.Code(err) != codes.Internal || !strings.Contains(err.Error(), "reference") || strings.Contains(err.Error(), "sql") {
		t.Fatalf("internal error: %v, want a reference and no error text", err)
	}
}
