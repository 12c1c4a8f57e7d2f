package ethwatch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/mvsrpc"
	"github.com/tokendroplet/droplet/internal/transfer"
)

// AvatarResolver finds the Metaverse address an avatar (DID) points to. The Metaverse RPC client
// implements it; a test may use a MapResolver.
type AvatarResolver interface {
	// ResolveAvatar returns the avatar's address, or an error wrapping ErrUnknownAvatar when no
	// such avatar exists. Any other error is a failure to ask, and the scan is retried.
	ResolveAvatar(ctx context.Context, avatar string) (string, error)
}

// ErrUnknownAvatar is an avatar the Metaverse chain does not know: the deposit is refunded.
var ErrUnknownAvatar = errors.New("unknown avatar")

// MapResolver resolves avatars from a fixed map (avatar -> address).
type MapResolver map[string]string

// ResolveAvatar implements AvatarResolver.
func (m MapResolver) ResolveAvatar(_ context.Context, avatar string) (string, error) {
	if a, ok := m[avatar]; ok {
		return a, nil
	}
	return "", fmt.Errorf("%w: %q", ErrUnknownAvatar, avatar)
}

// ParseMemo turns what a sender wrote (the calldata after a transfer's 68 bytes, or deposit()'s
// recipient) into a memo: trailing NUL padding and surrounding white space are dropped. An empty
// result means no memo. A memo that is not printable UTF-8 or is too long to be a recipient is an
// error, and the deposit is refunded.
func ParseMemo(b []byte) (string, error) {
	b = bytes.TrimRight(b, "\x00")
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return "", nil
	}
	if len(b) > transfer.MaxRecipientLen {
		return "", fmt.Errorf("memo of %d bytes, longer than any recipient (%d)", len(b), transfer.MaxRecipientLen)
	}
	if !utf8.Valid(b) {
		return "", fmt.Errorf("memo %s is not UTF-8", quote(b))
	}
	for _, r := range string(b) {
		if !unicode.IsPrint(r) {
			return "", fmt.Errorf("memo %s has a non-printable character", quote(b))
		}
	}
	return string(b), nil
}

// quote shows outside bytes safely in a reason or a log: escaped, and cut to a bounded length.
func quote(b []byte) string {
	const max = 140
	if len(b) > max {
		return fmt.Sprintf("%q...", b[:max])
	}
	return fmt.Sprintf("%q", b)
}

// recipients turns memos into Metaverse recipients by the signer's own rule (mvs.RecipientRule):
// a pay-to-key-hash address of the configured network that is not the bridge's own, or an
// avatar other than the bridge's, written "avatar@address" with the address it resolves to.
type recipients struct {
	rule     mvs.RecipientRule
	resolver AvatarResolver
}

// resolved is a memo's outcome: a recipient, or the reason for a refund.
type resolved struct {
	recipient string
	refund    string
}

// resolve validates one memo. cache holds the answers of one scan, so a range asks the resolver
// once per avatar and every transfer of the range sees the same answer.
func (r *recipients) resolve(ctx context.Context, memo string, cache map[string]resolved) (resolved, error) {
	if v, ok := cache[memo]; ok {
		return v, nil
	}
	v, err := r.resolveUncached(ctx, memo)
	if err != nil {
		return v, err
	}
	cache[memo] = v
	return v, nil
}

func (r *recipients) resolveUncached(ctx context.Context, memo string) (resolved, error) {
	refund := func(format string, args ...any) (resolved, error) {
		return resolved{refund: fmt.Sprintf(format, args...)}, nil
	}
	net := r.rule.Net
	var rcpt string
	a, addrErr := mvs.ParseAddress(memo)
	if addrErr == nil {
		if !a.IsFor(net) {
			return refund("bad memo: %s is not a %s address", quote([]byte(memo)), net)
		}
		rcpt = a.String()
	} else {
		if err := mvs.ValidAvatar(memo); err != nil {
			return refund("bad memo: %s is neither an address (%v) nor an avatar (%v)", quote([]byte(memo)), addrErr, err)
		}
		if err := r.rule.CheckAvatar(memo); err != nil {
			return refund("bad memo: %v", err)
		}
		addr, err := r.resolver.ResolveAvatar(ctx, memo)
		if errors.Is(err, ErrUnknownAvatar) {
			if errors.Is(addrErr, mvs.ErrBadChecksum) {
				return refund("bad memo: %s is neither a valid address (bad checksum) nor a known avatar", quote([]byte(memo)))
			}
			return refund("unknown avatar %s", quote([]byte(memo)))
		}
		if err != nil {
			return resolved{}, fmt.Errorf("resolve avatar %s: %w", quote([]byte(memo)), err)
		}
		// The resolver speaks for the Metaverse chain: an address it cannot give right is its
		// fault, retried, not the sender's.
		a, err = mvs.ParseAddressFor(addr, net)
		if err != nil {
			return resolved{}, fmt.Errorf("avatar %s resolved to %s: %w", quote([]byte(memo)), quote([]byte(addr)), err)
		}
		rcpt = memo + "@" + a.String()
		if len(rcpt) > transfer.MaxRecipientLen {
			return refund("avatar %s: recipient longer than %d bytes", quote([]byte(memo)), transfer.MaxRecipientLen)
		}
	}
	// Security-critical: the one rule the signer applies too (mvs.RecipientRule). What it
	// refuses is refunded here, never attested for the signer to refuse.
	if _, err := r.rule.Parse(rcpt); err != nil {
		if addrErr == nil {
			return refund("bad memo: %v", err)
		}
		return refund("avatar %s: %v", quote([]byte(memo)), err)
	}
	return resolved{recipient: rcpt}, nil
}

// DIDClient is the part of the Metaverse RPC client that resolves avatars.
type DIDClient interface {
	ResolveDID(ctx context.Context, avatar string) (string, error)
}

// NodeResolver resolves avatars through a Metaverse node (getdid): the address of status
// "current". Two watchers that scan one deposit on either side of an avatar's move would attest
// different recipients; the signer quarantines such a transfer for an operator.
type NodeResolver struct {
	Client DIDClient // an *mvsrpc.Client
}

// ResolveAvatar implements AvatarResolver.
func (r NodeResolver) ResolveAvatar(ctx context.Context, avatar string) (string, error) {
	addr, err := r.Client.ResolveDID(ctx, avatar)
	if errors.Is(err, mvsrpc.ErrDIDNotFound) {
		return "", fmt.Errorf("%w: %q: %v", ErrUnknownAvatar, avatar, err)
	}
	return addr, err
}
