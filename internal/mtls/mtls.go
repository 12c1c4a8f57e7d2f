// Package mtls is the mutual TLS of every TokenDroplet gRPC service: servers require and verify
// client certificates from a configured CA, and a caller is known by its certificate's CommonName.
package mtls

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"os"

	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/peer"
)

// ErrNoPeer is a call without a verified client certificate.
var ErrNoPeer = errors.New("no verified client certificate")

// Server is TLS 1.3 with certFile/keyFile that requires client certificates from clientCAFile.
func Server(certFile, keyFile, clientCAFile string) (credentials.TransportCredentials, error) {
	cert, err := tls.LoadX509KeyPair(certFile, keyFile)
	if err != nil {
		return nil, err
	}
	pool, err := pool(clientCAFile)
	if err != nil {
		return nil, err
	}
	return credentials.NewTLS(&tls.Config{
		Certificates: []tls.Certificate{cert},
		ClientCAs:    pool,
		ClientAuth:   tls.RequireAndVerifyClientCert,
		MinVersion:   tls.VersionTLS13,
		// Security-critical: the client certificate must say it is one. Go accepts a
		// certificate without extended key usages as good for anything; here it is not.
		VerifyConnection: func(cs tls.ConnectionState) error { return CheckClientUsage(cs.PeerCertificates) },
	}), nil
}

// ErrNotClientCert is a client certificate without the client-auth extended key usage.
var ErrNotClientCert = errors.New("the client certificate lacks the client-auth usage")

// CheckClientUsage requires the leaf of a client's chain to name the client-auth usage.
func CheckClientUsage(chain []*x509.Certificate) error {
	if len(chain) == 0 {
		return ErrNoPeer
	}
	for _, u := range chain[0].ExtKeyUsage {
		if u == x509.ExtKeyUsageClientAuth {
			return nil
		}
	}
	return fmt.Errorf("%w: %q", ErrNotClientCert, chain[0].Subject.CommonName)
}

// Client presents certFile/keyFile and trusts servers whose certificate chains to caFile.
func Client(certFile, keyFile, caFile string) (credentials.TransportCredentials, error) {
	cert, err := tls.LoadX509KeyPair(certFile, keyFile)
	if err != nil {
		return nil, err
	}
	pool, err := pool(caFile)
	if err != nil {
		return nil, err
	}
	return credentials.NewTLS(&tls.Config{Certificates: []tls.Certificate{cert}, RootCAs: pool, MinVersion: tls.VersionTLS13}), nil
}

func pool(caFile string) (*x509.CertPool, error) {
	caPEM, err := os.ReadFile(caFile)
	if err != nil {
		return nil, err
	}
	p := x509.NewCertPool()
	if !p.AppendCertsFromPEM(caPEM) {
		return nil, fmt.Errorf("%s holds no PEM certificate", caFile)
	}
	return p, nil
}

// PeerName is the CommonName of the caller's verified client certificate. The servers require
// and verify client certificates, so an unverified caller never gets this far; PeerName refuses
// one all the same.
func PeerName(ctx context.Context) (string, error) {
	p, ok := peer.FromContext(ctx)
	if !ok {
		return "", ErrNoPeer
	}
	ti, ok := p.AuthInfo.(credentials.TLSInfo)
	if !ok || len(ti.State.VerifiedChains) == 0 || len(ti.State.VerifiedChains[0]) == 0 {
		return "", ErrNoPeer
	}
	cn := ti.State.VerifiedChains[0][0].Subject.CommonName
	if cn == "" {
		return "", ErrNoPeer
	}
	return cn, nil
}

// SharedCA returns a certificate authority that both PEM files trust (the same key), or nil.
// Two listeners meant for different callers (the signer's services and its administrators) must
// not trust one CA, whatever the files are called.
func SharedCA(fileA, fileB string) (*x509.Certificate, error) {
	a, err := certs(fileA)
	if err != nil {
		return nil, err
	}
	b, err := certs(fileB)
	if err != nil {
		return nil, err
	}
	for _, x := range a {
		for _, y := range b {
			if bytes.Equal(x.RawSubjectPublicKeyInfo, y.RawSubjectPublicKeyInfo) {
				return x, nil
			}
		}
	}
	return nil, nil
}

func certs(file string) ([]*x509.Certificate, error) {
	rest, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var out []*x509.Certificate
	for {
		var blk *pem.Block
		blk, rest = pem.Decode(rest)
		if blk == nil {
			break
		}
		if blk.Type != "CERTIFICATE" {
			continue
		}
		c, err := x509.ParseCertificate(blk.Bytes)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s holds no PEM certificate", file)
	}
	return out, nil
}
