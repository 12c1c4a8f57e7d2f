package mtls

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tokendroplet/droplet/internal/devpki"
)

// TestSharedCA: two different CAs share nothing; the same CA in two files, or in a bundle, is
// found; a file without a certificate is an error.
func TestSharedCA(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a, err := devpki.NewCA("services")
	if err != nil {
		t.Fatal(err)
	}
	b, err := devpki.NewCA("admins")
	if err != nil {
		t.Fatal(err)
	}
	fa, fb := write("a.pem", a.PEM), write("b.pem", b.PEM)
	copyA := write("copy.pem", a.PEM)
	bundle := write("bundle.pem", append(append([]byte{}, b.PEM...), a.PEM...))
	junk := write("junk.pem", []byte("not a certificate"))

	if ca, err := SharedCA(fa, fb); err != nil || ca != nil {
		t.Fatalf("different CAs: %v %v", ca, err)
	}
	for name, f := range map[string]string{"copy": copyA, "bundle": bundle} {
		ca, err := SharedCA(fa, f)
		if err != nil || ca == nil || ca.Subject.CommonName != "services" {
			t.Fatalf("%s: %v %v", name, ca, err)
		}
	}
	if _, err := SharedCA(fa, junk); err == nil || !strings.Contains(err.Error(), "no PEM certificate") {
		t.Fatalf("junk: %v", err)
	}
	if _, err := SharedCA(fa, filepath.Join(dir, "missing.pem")); err == nil {
		t.Fatal("missing file: no error")
	}
}
