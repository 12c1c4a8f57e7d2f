package testenv

import (
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"google.golang.org/grpc"

	"github.com/tokendroplet/droplet/internal/mtls"
	signerv1 "github.com/tokendroplet/droplet/proto/droplet/signer/v1"
)

// FreeAddr is a loopback host:port that was free a moment ago.
func FreeAddr(t testing.TB) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// StartSigner builds droplet-signer and runs it on the devnet configuration internal/devnet.Write
// made in dir (signer.json; its log goes to signer.log there), listening on addr. It is killed
// when the test ends.
func StartSigner(t testing.TB, dir, addr string) {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "droplet-signer")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/tokendroplet/droplet/signer/cmd/droplet-signer").CombinedOutput(); err != nil {
		t.Fatalf("build signer: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "serve", "-config", filepath.Join(dir, "signer.json"))
	logf, err := os.Create(filepath.Join(dir, "signer.log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = logf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait(); logf.Close() })
	for range 400 {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "signer.log"))
	t.Fatalf("signer did not start:\n%s", b)
}

// SignerClient is a client of the signer at addr with the devnet certificate of name (pki/ in
// dir), closed when the test ends.
func SignerClient(t testing.TB, dir, addr, name string) signerv1.SignerServiceClient {
	t.Helper()
	pki := filepath.Join(dir, "pki")
	creds, err := mtls.Client(filepath.Join(pki, name+".crt"), filepath.Join(pki, name+".key"), filepath.Join(pki, "ca.crt"))
	if err != nil {
		t.Fatal(err)
	}
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(creds))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return signerv1.NewSignerServiceClient(conn)
}
