// Package deliver sends a finished report: into a directory (always), by email over SMTP and
// to a webhook (each optional). A send that fails is retried with exponential backoff; the
// caller learns of every attempt and of the final outcome, so no failure goes unreported.
package deliver

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/tls"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/smtp"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/tokendroplet/droplet/reporter/internal/render"
)

// Report is what a channel sends: the day, its headline figures and its files.
type Report struct {
	Day     string
	Summary render.Summary
	Files   []render.File
}

// Channel sends a report somewhere.
type Channel interface {
	Name() string
	Send(ctx context.Context, r *Report) error
}

// WriteDir writes the report's files into dir/DAY, replacing an earlier copy whole: the files
// go to a temporary directory first, which is then renamed into place.
func WriteDir(dir string, r *Report) (string, error) {
	final := filepath.Join(dir, r.Day)
	tmp, err := os.MkdirTemp(dir, "."+r.Day+".tmp-")
	if err != nil {
		return "", fmt.Errorf("write report: %w", err)
	}
	defer os.RemoveAll(tmp)
	for _, f := range r.Files {
		if err := os.WriteFile(filepath.Join(tmp, f.Name), f.Data, 0o644); err != nil {
			return "", fmt.Errorf("write report: %w", err)
		}
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return "", fmt.Errorf("write report: %w", err)
	}
	old := final + ".old"
	_ = os.RemoveAll(old)
	if err := os.Rename(final, old); err != nil && !errors.Is(err, os.ErrNotExist) {
		return "", fmt.Errorf("write report: %w", err)
	}
	if err := os.Rename(tmp, final); err != nil {
		return "", fmt.Errorf("write report: %w", err)
	}
	_ = os.RemoveAll(old)
	return final, nil
}

// Policy is how often and how patiently a send is retried.
type Policy struct {
	Attempts int           // in all, at least 1
	First    time.Duration // wait after the first failure
	Max      time.Duration // the longest wait
}

// DefaultPolicy: 6 attempts over about 15 minutes.
var DefaultPolicy = Policy{Attempts: 6, First: 30 * time.Second, Max: 8 * time.Minute}

// Attempt is the outcome of one try, for logs and metrics.
type Attempt struct {
	Channel string
	N       int // 1-based
	Err     error
	Final   bool // no further try will be made
}

// Send sends r on c, retrying as p says. observe sees every attempt. It returns the number of
// attempts and the last error (nil once one succeeded).
func Send(ctx context.Context, c Channel, r *Report, p Policy, observe func(Attempt)) (int, error) {
	if p.Attempts < 1 {
		p.Attempts = 1
	}
	wait := p.First
	for n := 1; ; n++ {
		err := c.Send(ctx, r)
		final := err == nil || n >= p.Attempts || ctx.Err() != nil
		if observe != nil {
			observe(Attempt{Channel: c.Name(), N: n, Err: err, Final: final})
		}
		if final {
			if err != nil {
				err = fmt.Errorf("%s: gave up after %d attempts: %w", c.Name(), n, err)
			}
			return n, err
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return n, fmt.Errorf("%s: stopped after %d attempts: %w", c.Name(), n, errors.Join(err, ctx.Err()))
		case <-t.C:
		}
		wait = min(wait*2, max(p.Max, p.First))
	}
}

// Mail sends the report by email: the summary as text, the HTML page and the workbook attached.
type Mail struct {
	Addr     string // host:port of the SMTP server
	From     string
	To       []string
	Username string // empty: no authentication
	Password string
	// StartTLS upgrades the connection and fails if the server cannot. net/smtp refuses to send
	// a password over a connection that is neither encrypted nor to localhost.
	StartTLS  bool
	TLSConfig *tls.Config // nil: the system's roots, server name from Addr
	Timeout   time.Duration
}

// Name implements Channel.
func (m *Mail) Name() string { return "email" }

// Send implements Channel.
func (m *Mail) Send(ctx context.Context, r *Report) error {
	host, _, err := net.SplitHostPort(m.Addr)
	if err != nil {
		return fmt.Errorf("smtp address: %w", err)
	}
	timeout := m.Timeout
	if timeout <= 0 {
		timeout = time.Minute
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", m.Addr)
	if err != nil {
		return fmt.Errorf("smtp: %w", err)
	}
	if dl, ok := ctx.Deadline(); ok {
		_ = conn.SetDeadline(dl)
	}
	c, err := smtp.NewClient(conn, host)
	if err != nil {
		conn.Close()
		return fmt.Errorf("smtp: %w", err)
	}
	defer c.Close()
	if err := c.Hello("droplet-reporter"); err != nil {
		return fmt.Errorf("smtp hello: %w", err)
	}
	if m.StartTLS {
		cfg := m.TLSConfig
		if cfg == nil {
			cfg = &tls.Config{ServerName: host, MinVersion: tls.VersionTLS12}
		}
		if err := c.StartTLS(cfg); err != nil {
			return fmt.Errorf("smtp starttls: %w", err)
		}
	}
	if m.Username != "" {
		if err := c.Auth(smtp.PlainAuth("", m.Username, m.Password, host)); err != nil {
			return fmt.Errorf("smtp auth: %w", err)
		}
	}
	if err := c.Mail(m.From); err != nil {
		return fmt.Errorf("smtp mail from: %w", err)
	}
	for _, to := range m.To {
		if err := c.Rcpt(to); err != nil {
			return fmt.Errorf("smtp rcpt %s: %w", to, err)
		}
	}
	w, err := c.Data()
	if err != nil {
		return fmt.Errorf("smtp data: %w", err)
	}
	if _, err := w.Write(m.message(r)); err != nil {
		return fmt.Errorf("smtp data: %w", err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("smtp data: %w", err)
	}
	return c.Quit()
}

// Subject is the email's subject: an unexplained difference is in it.
func Subject(s render.Summary) string {
	subj := "TokenDroplet daily report " + s.Day
	if n := len(s.Mismatches); n > 0 {
		subj = fmt.Sprintf("[RECONCILIATION MISMATCH on %d route(s)] %s", n, subj)
	}
	return subj
}

// Text is the summary as plain text.
func Text(s render.Summary) string {
	var b strings.Builder
	fmt.Fprintf(&b, "TokenDroplet daily report for %s (UTC), transfers as at %s.\n\n", s.Day, s.Cutoff)
	for _, mm := range s.Mismatches {
		fmt.Fprintf(&b, "UNEXPLAINED DIFFERENCE on %s: %s tokens (locked %s, circulating %s)\n", mm.Route, mm.Unexplained, mm.Locked, mm.Circulating)
	}
	if len(s.Unavailable) > 0 {
		fmt.Fprintf(&b, "Not reconciled (balances unavailable): %s\n", strings.Join(s.Unavailable, ", "))
	}
	for _, w := range s.WatchersUnreadable {
		fmt.Fprintf(&b, "WATCHER DATABASE UNREADABLE: %s; its unsupported deposits are missing from the report\n", w)
	}
	if s.UnsupportedOpen > 0 {
		fmt.Fprintf(&b, "Unsupported deposits for manual handling: %d new, %d open\n", s.UnsupportedNew, s.UnsupportedOpen)
	}
	fmt.Fprintf(&b, "\nFailed: %d  Stuck: %d  Confirmed: %d  Latency p50 %ss p95 %ss\n\n", s.Failed, s.Stuck, s.ConfirmedToday, s.LatencyP50, s.LatencyP95)
	for _, r := range s.Routes {
		fmt.Fprintf(&b, "%-10s %-10s %6d transfers  volume %s  fees %s  refunds %d  cap use %s%%\n",
			r.Route, r.Direction, r.Transfers, r.Volume, r.Fees, r.Refunds, r.CapUse)
	}
	b.WriteString("\nThe full report is attached (report.html, report.xlsx).\n")
	return b.String()
}

func (m *Mail) message(r *Report) []byte {
	var rnd [12]byte
	_, _ = rand.Read(rnd[:])
	boundary := "droplet-" + hex.EncodeToString(rnd[:])
	var b bytes.Buffer
	hdr := func(k, v string) { fmt.Fprintf(&b, "%s: %s\r\n", k, v) }
	hdr("From", m.From)
	hdr("To", strings.Join(m.To, ", "))
	hdr("Subject", mime.QEncoding.Encode("utf-8", Subject(r.Summary)))
	hdr("Date", time.Now().UTC().Format(time.RFC1123Z))
	hdr("MIME-Version", "1.0")
	hdr("Content-Type", `multipart/mixed; boundary="`+boundary+`"`)
	b.WriteString("\r\n")
	fmt.Fprintf(&b, "--%s\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n", boundary)
	writeBase64(&b, []byte(Text(r.Summary)))
	for _, f := range r.Files {
		var ct string
		switch {
		case strings.HasSuffix(f.Name, ".html"):
			ct = "text/html; charset=utf-8"
		case strings.HasSuffix(f.Name, ".xlsx"):
			ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
		default:
			continue // the CSV files stay in the directory
		}
		fmt.Fprintf(&b, "--%s\r\nContent-Type: %s\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=\"%s\"\r\n\r\n",
			boundary, ct, f.Name)
		writeBase64(&b, f.Data)
	}
	fmt.Fprintf(&b, "--%s--\r\n", boundary)
	return b.Bytes()
}

func writeBase64(w io.Writer, data []byte) {
	enc := base64.StdEncoding.EncodeToString(data)
	for len(enc) > 76 {
		_, _ = io.WriteString(w, enc[:76]+"\r\n")
		enc = enc[76:]
	}
	_, _ = io.WriteString(w, enc+"\r\n")
}

// Webhook posts the summary as JSON; any answer but 2xx is a failure.
type Webhook struct {
	URL    string
	Token  string // sent as a bearer token when set
	Client *http.Client
}

// Name implements Channel.
func (h *Webhook) Name() string { return "webhook" }

// Send implements Channel.
func (h *Webhook) Send(ctx context.Context, r *Report) error {
	body, err := json.Marshal(r.Summary)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, h.URL, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("webhook: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "droplet-reporter")
	if h.Token != "" {
		req.Header.Set("Authorization", "Bearer "+h.Token)
	}
	c := h.Client
	if c == nil {
		c = &http.Client{Timeout: 30 * time.Second}
	}
	resp, err := c.Do(req)
	if err != nil {
		return fmt.Errorf("webhook: %w", err)
	}
	defer resp.Body.Close()
	snippet, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("webhook: %s: %s", resp.Status, strings.TrimSpace(string(snippet)))
	}
	return nil
}
