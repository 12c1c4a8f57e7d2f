package deliver_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"mime"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"github.com/tokendroplet/droplet/reporter/internal/deliver"
	"github.com/tokendroplet/droplet/reporter/internal/render"
)

func sampleReport() *deliver.Report {
	return &deliver.Report{Day: "2026-11-20",
		Summary: render.Summary{Day: "2026-11-20", Cutoff: "2026-11-21T00:00:00Z", Failed: 3, Stuck: 1,
			Mismatches: []render.SummaryMismatch{{Route: "dna", Unexplained: "-1234.5", Locked: "1", Circulating: "1235.5"}},
			Routes:     []render.SummaryRoute{{Route: "usdt", Direction: "eth_to_mvs", Transfers: 10, Volume: "12.5"}}},
		Files: []render.File{{Name: "summary.csv", Data: []byte("a,b\n")}, {Name: "report.html", Data: []byte("<html>page</html>")},
			{Name: "report.xlsx", Data: bytes.Repeat([]byte{0x50, 0x4b, 0, 1, 2, 0xff}, 500)}}}
}

// mailbox is a go-smtp backend that keeps what it receives, after PLAIN authentication.
type mailbox struct {
	mu   sync.Mutex
	msgs [][]byte
	auth []string
}

type session struct {
	box  *mailbox
	user string
}

func (b *mailbox) NewSession(*smtp.Conn) (smtp.Session, error) { return &session{box: b}, nil }
func (s *session) AuthMechanisms() []string                    { return []string{sasl.Plain} }
func (s *session) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, user, pass string) error {
		if user != "reporter" || pass != "s3cret" {
			return errors.New("bad credentials")
		}
		s.user = user
		return nil
	}), nil
}
func (s *session) Mail(string, *smtp.MailOptions) error {
	if s.user == "" {
		return smtp.ErrAuthRequired
	}
	return nil
}
func (s *session) Rcpt(string, *smtp.RcptOptions) error { return nil }
func (s *session) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.box.mu.Lock()
	defer s.box.mu.Unlock()
	s.box.msgs = append(s.box.msgs, b)
	s.box.auth = append(s.box.auth, s.user)
	return nil
}
func (s *session) Reset()        {}
func (s *session) Logout() error { return nil }

// selfSigned is a certificate for 127.0.0.1 and a pool that trusts it.
func selfSigned(t *testing.T) (tls.Certificate, *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "smtp test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)}, KeyUsage: x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	leaf, _ := x509.ParseCertificate(der)
	pool := x509.NewCertPool()
	pool.AddCert(leaf)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf}, pool
}

func TestMailRetriedUntilTheServerIsUp(t *testing.T) {
	cert, pool := selfSigned(t)
	// A free port on loopback, with nothing listening yet.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()

	box := &mailbox{}
	srv := smtp.NewServer(box)
	srv.Domain = "localhost"
	srv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
	t.Cleanup(func() { srv.Close() })

	m := &deliver.Mail{Addr: addr, From: "reporter@droplet.test", To: []string{"ops@droplet.test", "audit@droplet.test"},
		Username: "reporter", Password: "s3cret", StartTLS: true,
		TLSConfig: &tls.Config{RootCAs: pool, ServerName: "127.0.0.1", MinVersion: tls.VersionTLS12}, Timeout: 10 * time.Second}
	var attempts []deliver.Attempt
	observe := func(a deliver.Attempt) {
		attempts = append(attempts, a)
		if a.N == 2 { // the server comes up after the second failure
			l, err := net.Listen("tcp", addr)
			if err != nil {
				t.Errorf("listen again on %s: %v", addr, err)
				return
			}
			go srv.Serve(l) //nolint:errcheck // ends with Close
		}
	}
	n, err := deliver.Send(context.Background(), m, sampleReport(),
		deliver.Policy{Attempts: 5, First: 20 * time.Millisecond, Max: 100 * time.Millisecond}, observe)
	if err != nil || n != 3 {
		t.Fatalf("sent after %d attempts: %v", n, err)
	}
	if attempts[0].Err == nil || attempts[1].Err == nil || attempts[2].Err != nil || !attempts[2].Final {
		t.Errorf("attempts %+v", attempts)
	}

	box.mu.Lock()
	defer box.mu.Unlock()
	if len(box.msgs) != 1 || box.auth[0] != "reporter" {
		t.Fatalf("%d messages received, auth %v", len(box.msgs), box.auth)
	}
	msg, err := mail.ReadMessage(bytes.NewReader(box.msgs[0]))
	if err != nil {
		t.Fatal(err)
	}
	subj, _ := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
	if !strings.Contains(subj, "RECONCILIATION MISMATCH") || !strings.Contains(subj, "2026-11-20") {
		t.Errorf("subject %q", subj)
	}
	_, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil {
		t.Fatal(err)
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	parts := map[string][]byte{}
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := io.ReadAll(p)
		data, err := base64.StdEncoding.DecodeString(strings.ReplaceAll(string(raw), "\r\n", ""))
		if err != nil {
			t.Fatal(err)
		}
		name := p.FileName()
		if name == "" {
			name = "body"
		}
		parts[name] = data
	}
	want := sampleReport()
	if !bytes.Equal(parts["report.xlsx"], want.Files[2].Data) || !bytes.Equal(parts["report.html"], want.Files[1].Data) {
		t.Error("attachments differ from the files")
	}
	if !strings.Contains(string(parts["body"]), "UNEXPLAINED DIFFERENCE on dna: -1234.5") {
		t.Errorf("body:\n%s", parts["body"])
	}
	if _, ok := parts["summary.csv"]; ok {
		t.Error("CSV files should stay in the directory")
	}
}

func TestMailGivesUpAndSaysSo(t *testing.T) {
	l, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := l.Addr().String()
	l.Close()
	m := &deliver.Mail{Addr: addr, From: "a@b.test", To: []string{"c@d.test"}, Timeout: time.Second}
	var finals int
	n, err := deliver.Send(context.Background(), m, sampleReport(), deliver.Policy{Attempts: 3, First: time.Millisecond, Max: time.Millisecond},
		func(a deliver.Attempt) {
			if a.Final {
				finals++
			}
		})
	if n != 3 || err == nil || !strings.Contains(err.Error(), "email: gave up after 3 attempts") || finals != 1 {
		t.Errorf("%d attempts, %d final, err %v", n, finals, err)
	}
}

func TestWebhook(t *testing.T) {
	var mu sync.Mutex
	var calls int
	var got render.Summary
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		calls++
		if r.Header.Get("Authorization") != "Bearer tok" || r.Header.Get("Content-Type") != "application/json" {
			http.Error(w, "unauthorised", http.StatusUnauthorized)
			return
		}
		if calls < 3 {
			http.Error(w, "try later", http.StatusServiceUnavailable)
			return
		}
		_ = json.NewDecoder(r.Body).Decode(&got)
	}))
	defer srv.Close()
	h := &deliver.Webhook{URL: srv.URL, Token: "tok"}
	var errs []string
	n, err := deliver.Send(context.Background(), h, sampleReport(), deliver.Policy{Attempts: 4, First: time.Millisecond, Max: 5 * time.Millisecond},
		func(a deliver.Attempt) {
			if a.Err != nil {
				errs = append(errs, a.Err.Error())
			}
		})
	if err != nil || n != 3 {
		t.Fatalf("%d attempts: %v", n, err)
	}
	if len(errs) != 2 || !strings.Contains(errs[0], "503") || !strings.Contains(errs[0], "try later") {
		t.Errorf("errors %v", errs)
	}
	if got.Day != "2026-11-20" || len(got.Mismatches) != 1 || got.Mismatches[0].Route != "dna" {
		t.Errorf("webhook got %+v", got)
	}
}

func TestRetryStopsWithTheContext(t *testing.T) {
	h := &deliver.Webhook{URL: "http://127.0.0.1:1/none"}
	ctx, cancel := context.WithCancel(context.Background())
	n, err := deliver.Send(ctx, h, sampleReport(), deliver.Policy{Attempts: 10, First: time.Hour}, func(deliver.Attempt) { cancel() })
	if n != 1 || !errors.Is(err, context.Canceled) {
		t.Errorf("%d attempts: %v", n, err)
	}
}

func TestWriteDirReplacesWhole(t *testing.T) {
	dir := t.TempDir()
	r := sampleReport()
	if _, err := deliver.WriteDir(dir, r); err != nil {
		t.Fatal(err)
	}
	r.Files = r.Files[1:]
	out, err := deliver.WriteDir(dir, r)
	if err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(out)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if strings.Join(names, ",") != "report.html,report.xlsx" {
		t.Errorf("files %v", names)
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".*"))
	if len(left) != 0 {
		t.Errorf("left behind: %v", left)
	}
}
