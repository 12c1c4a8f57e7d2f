package mtls

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"

	"github.com/tokendroplet/droplet/internal/devpki"
)

// TestClientUsage: the attack of the security review. A server's certificate (here the signer
// admin listener's, issued by the admin CA that the relayer's ops API trusts for its clients) is
// refused as a client certificate, as is one without any extended key usage; a client
// certificate is served. The development CA issues each certificate for one use only.
func TestClientUsage(t *testing.T) {
	dir := t.TempDir()
	ca, err := devpki.NewCA("test CA")
	if err != nil {
		t.Fatal(err)
	}
	write := func(name string, i devpki.Issued) (string, string) {
		t.Helper()
		c, k, err := i.WriteFiles(dir, name)
		if err != nil {
			t.Fatal(err)
		}
		return c, k
	}
	issue := func(cn string, hosts ...string) devpki.Issued {
		t.Helper()
		i, err := ca.Issue(cn, hosts...)
		if err != nil {
			t.Fatal(err)
		}
		return i
	}
	caFile := filepath.Join(dir, "ca.crt")
	if err := os.WriteFile(caFile, ca.PEM, 0o600); err != nil {
		t.Fatal(err)
	}
	srvCert, srvKey := write("relayer-api", issue("relayer-api", "127.0.0.1"))
	creds, err := Server(srvCert, srvKey, caFile)
	if err != nil {
		t.Fatal(err)
	}
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	gs := grpc.NewServer(grpc.Creds(creds))
	healthpb.RegisterHealthServer(gs, health.NewServer())
	go gs.Serve(lis) //nolint:errcheck // ends with Stop
	t.Cleanup(gs.Stop)

	for _, tc := range []struct {
		name string
		cert devpki.Issued
		ok   bool
	}{
		{"a client certificate", issue("ops"), true},
		{"another server's certificate", issue("signer-admin", "127.0.0.1", "localhost"), false},
		{"no extended key usage", noUsage(t, ca, "ops-old"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, k := write(tc.name, tc.cert)
			cc, err := Client(c, k, caFile)
			if err != nil {
				t.Fatal(err)
			}
			conn, err := grpc.NewClient(lis.Addr().String(), grpc.WithTransportCredentials(cc))
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			_, err = healthpb.NewHealthClient(conn).Check(ctx, &healthpb.HealthCheckRequest{})
			if tc.ok != (err == nil) {
				t.Fatalf("served %v, want %v (err %v)", err == nil, tc.ok, err)
			}
		})
	}
	for _, tc := range []struct {
		name string
		i    devpki.Issued
		want x509.ExtKeyUsage
	}{{"server", issue("s", "localhost"), x509.ExtKeyUsageServerAuth}, {"client", issue("c"), x509.ExtKeyUsageClientAuth}} {
		b, _ := pem.Decode(tc.i.CertPEM)
		cert, err := x509.ParseCertificate(b.Bytes)
		if err != nil {
			t.Fatal(err)
		}
		if len(cert.ExtKeyUsage) != 1 || cert.ExtKeyUsage[0] != tc.want {
			t.Errorf("%s certificate usages %v, want only %v", tc.name, cert.ExtKeyUsage, tc.want)
		}
	}
}

// noUsage is a certificate of ca without extended key usages, which Go would accept for any use.
func noUsage(t *testing.T, ca *devpki.CA, cn string) devpki.Issued {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(time.Now().UnixNano()), Subject: pkix.Name{CommonName: cn},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour), KeyUsage: x509.KeyUsageDigitalSignature}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca.Cert, &key.PublicKey, ca.Key)
	if err != nil {
		t.Fatal(err)
	}
	kder, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	return devpki.Issued{CertPEM: pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}),
		KeyPEM: pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kder})}
}
