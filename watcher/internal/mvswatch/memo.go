package mvswatch

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/tokendroplet/droplet/internal/transfer"
)

// MaxMemoLen bounds the message content the parser reads; longer memos are bad memos.
const MaxMemoLen = 1024

// ErrBadMemo is a memo that names no Ethereum recipient: the deposit is refunded.
var ErrBadMemo = errors.New("bad memo")

var ethAddrRe = regexp.MustCompile(`^0x[0-9a-f]{40}$`)

// ParseMemo reads the Ethereum recipient of a deposit from the content of its transaction's
// message output. Two forms are accepted, as the original bridge's users wrote them:
//
//	{"type":"ETH","address":"0x..."}   (MyETPWallet's swap page)
//	0x...                              (a bare address, the first 2018 form)
//
// The address is lower-cased and must then match ^0x[0-9a-f]{40}$. Surrounding white space is
// ignored. The JSON form must be one object whose "type" is the string "ETH" and whose "address"
// is a string; other keys are ignored, a key given twice, trailing data or any other shape is an
// error. The zero address is refused (a payout to it would be burnt). Errors wrap ErrBadMemo.
func ParseMemo(content string) ([20]byte, error) {
	var zero [20]byte
	if len(content) > MaxMemoLen {
		return zero, fmt.Errorf("%w: %d bytes, more than %d", ErrBadMemo, len(content), MaxMemoLen)
	}
	s := strings.TrimSpace(content)
	if s == "" {
		return zero, fmt.Errorf("%w: empty", ErrBadMemo)
	}
	addr := s
	if s[0] == '{' {
		a, err := parseJSONMemo(s)
		if err != nil {
			return zero, fmt.Errorf("%w: %v", ErrBadMemo, err)
		}
		addr = a
	}
	low := strings.ToLower(addr)
	if !ethAddrRe.MatchString(low) {
		return zero, fmt.Errorf("%w: %s is not a 0x-prefixed 20-byte hex address", ErrBadMemo, quoteShort(addr))
	}
	var out [20]byte
	if _, err := hex.Decode(out[:], []byte(low[2:])); err != nil { // cannot fail after the regexp
		return zero, fmt.Errorf("%w: %v", ErrBadMemo, err)
	}
	if out == zero {
		return zero, fmt.Errorf("%w: the zero address", ErrBadMemo)
	}
	return out, nil
}

// ParseMemoFor is ParseMemo for the bridge of routes: a memo naming the Ethereum bridge contract
// itself is a bad memo too (its payout would be read as a new deposit and refunded, round after
// round: a self-payout loop). Errors wrap ErrBadMemo.
func ParseMemoFor(content string, routes *transfer.Routes) ([20]byte, error) {
	a, err := ParseMemo(content)
	if err != nil {
		return a, err
	}
	if err := routes.CheckEthereumRecipient(a); err != nil { // security-critical
		return [20]byte{}, fmt.Errorf("%w: %v", ErrBadMemo, err)
	}
	return a, nil
}

// parseJSONMemo returns the "address" of {"type":"ETH","address":"..."}.
func parseJSONMemo(s string) (string, error) {
	dec := json.NewDecoder(strings.NewReader(s))
	tok, err := dec.Token()
	if err != nil {
		return "", errors.New("not JSON")
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return "", errors.New("not a JSON object")
	}
	seen := map[string]bool{}
	var typ, addr *string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return "", errors.New("not JSON")
		}
		key, ok := tok.(string)
		if !ok {
			return "", errors.New("not JSON")
		}
		if seen[key] {
			return "", fmt.Errorf("key %s given twice", quoteShort(key))
		}
		seen[key] = true
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return "", errors.New("not JSON")
		}
		switch key {
		case "type", "address":
			var v string
			if len(raw) == 0 || raw[0] != '"' || json.Unmarshal(raw, &v) != nil {
				return "", fmt.Errorf("%q is not a string", key)
			}
			if key == "type" {
				typ = &v
			} else {
				addr = &v
			}
		}
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		return "", errors.New("not JSON")
	}
	if _, err := dec.Token(); err != io.EOF {
		return "", errors.New("trailing data after the JSON object")
	}
	switch {
	case typ == nil:
		return "", errors.New(`no "type"`)
	case *typ != "ETH":
		return "", fmt.Errorf(`type %s, want "ETH"`, quoteShort(*typ))
	case addr == nil:
		return "", errors.New(`no "address"`)
	}
	return *addr, nil
}

// quoteShort quotes s for a reason text, cut to 80 bytes: reasons are stored and shown to people.
func quoteShort(s string) string {
	if len(s) > 80 {
		s = s[:80] + "..."
	}
	return fmt.Sprintf("%q", s)
}

// memoOf returns the content of the transaction's message output: exactly one message, or
// several with the same content. ok is false with a reason when there is none or they disagree.
func memoOf(contents []string) (string, string, bool) {
	if len(contents) == 0 {
		return "", "missing memo: the transaction has no message output", false
	}
	for _, c := range contents[1:] {
		if c != contents[0] {
			return "", fmt.Sprintf("ambiguous memo: %d message outputs with different contents", len(contents)), false
		}
	}
	return contents[0], "", true
}
