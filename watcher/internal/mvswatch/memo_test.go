package mvswatch

import (
	"encoding/hex"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
)

const memoAddr = "0x8bb1b6e0e4b6f3b8a4b0a5b3c2d1e0f9a8b7bf95"

func TestParseMemo(t *testing.T) {
	good := []string{
		`{"type":"ETH","address":"` + memoAddr + `"}`,
		`{"type":"ETH","address":"0x8BB1B6E0E4B6F3B8A4B0A5B3C2D1E0F9A8B7BF95"}`, // lower-cased
		`{"address":"0x8bB1b6e0E4b6F3b8A4b0A5b3C2d1E0f9A8b7Bf95","type":"ETH"}`,
		` {"type": "ETH", "address": "` + memoAddr + `", "amount": 5} ` + "\n", // other keys ignored
		memoAddr,
		"  0x8BB1B6E0E4B6F3B8A4B0A5B3C2D1E0F9A8B7BF95\n",
		"0X8BB1B6E0E4B6F3B8A4B0A5B3C2D1E0F9A8B7BF95", // the original lower-cased the whole address
	}
	want, _ := hex.DecodeString(memoAddr[2:])
	for _, m := range good {
		got, err := ParseMemo(m)
		if err != nil {
			t.Errorf("ParseMemo(%q): %v", m, err)
			continue
		}
		if string(got[:]) != string(want) {
			t.Errorf("ParseMemo(%q) = %x", m, got)
		}
	}
	bad := map[string]string{
		"":                             "empty",
		"   ":                          "empty",
		"hello":                        "not a 0x",
		memoAddr[:41]:                  "not a 0x",
		memoAddr + "00":                "not a 0x",
		"0x" + strings.Repeat("0", 40): "zero address",
		"0x8bb1b6e0e4b6f3b8a4b0a5b3c2d1e0f9a8b7bfzz": "not a 0x",
		`{"type":"ETH"}`:                                 `no "address"`,
		`{"address":"` + memoAddr + `"}`:                 `no "type"`,
		`{"type":"eth","address":"` + memoAddr + `"}`:    `type "eth"`,
		`{"type":"ETP","address":"` + memoAddr + `"}`:    `type "ETP"`,
		`{"type":"ETH","address":5}`:                     "not a string",
		`{"type":["ETH"],"address":"` + memoAddr + `"}`:  "not a string",
		`{"type":"ETH","address":"` + memoAddr + `"}x`:   "trailing",
		`{"type":"ETH","address":"` + memoAddr + `"}{}`:  "trailing",
		`{"type":"ETH","address":"` + memoAddr + `"`:     "not JSON",
		`{"type":"ETH","type":"ETH","address":"0x1"}`:    "twice",
		`{"type":"ETH","address":"0x1","address":"0x2"}`: "twice",
		`{"type":"ETH","address":"bc1q"}`:                "not a 0x",
		`{"type":"ETH","address":null}`:                  "not a string",
		`{"type":"ETH","address":" ` + memoAddr + `"}`:   "not a 0x", // inside JSON, no trimming
		strings.Repeat(" ", MaxMemoLen) + memoAddr:       "more than",
	}
	for m, reason := range bad {
		_, err := ParseMemo(m)
		if !errors.Is(err, ErrBadMemo) || !strings.Contains(err.Error(), reason) {
			t.Errorf("ParseMemo(%q) = %v, want ErrBadMemo with %q", m, err, reason)
		}
	}
}

func TestMemoOf(t *testing.T) {
	if _, reason, ok := memoOf(nil); ok || !strings.Contains(reason, "missing memo") {
		t.Fatal(reason)
	}
	if m, _, ok := memoOf([]string{"a", "a"}); !ok || m != "a" {
		t.Fatal("two equal memos")
	}
	if _, reason, ok := memoOf([]string{"a", "b"}); ok || !strings.Contains(reason, "ambiguous") {
		t.Fatal(reason)
	}
}

var strictAddr = regexp.MustCompile(`^0x[0-9a-f]{40}$`)

// FuzzParseMemo: the parser never panics, accepts only what names a non-zero 20-byte address
// that the memo spells (in either form), and is deterministic.
func FuzzParseMemo(f *testing.F) {
	for _, s := range []string{
		`{"type":"ETH","address":"` + memoAddr + `"}`, memoAddr, "", "{", "{}", `{"type":"ETH"}`,
		`{"type":"ETH","address":"0x1","address":"0x2"}`, "0x" + strings.Repeat("0", 40), `[1,2]`, `{"a":{"b":[1]}}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseMemo(s)
		b, err2 := ParseMemo(s)
		if a != b || (err == nil) != (err2 == nil) {
			t.Fatal("not deterministic")
		}
		if err != nil {
			if !errors.Is(err, ErrBadMemo) {
				t.Fatalf("error %v does not wrap ErrBadMemo", err)
			}
			return
		}
		if a == ([20]byte{}) {
			t.Fatal("zero address accepted")
		}
		hexAddr := "0x" + hex.EncodeToString(a[:])
		if !strictAddr.MatchString(hexAddr) || !strings.Contains(strings.ToLower(s), hexAddr) {
			t.Fatalf("%q gave %s, which it does not spell", s, hexAddr)
		}
	})
}

// TestParseMemoFor: the Ethereum bridge contract, in either form and any case, is a bad memo.
func TestParseMemoFor(t *testing.T) {
	routes := testRoutes(t, bridgeW.Address(), false)
	b := routes.EthereumBridge()
	for _, m := range []string{fmt.Sprintf("0x%x", b), fmt.Sprintf("0x%X", b), fmt.Sprintf(`{"type":"ETH","address":"0x%x"}`, b)} {
		if _, err := ParseMemoFor(m, routes); !errors.Is(err, ErrBadMemo) || !strings.Contains(err.Error(), "bridge itself") {
			t.Errorf("ParseMemoFor(%q): %v, want a bad memo naming the bridge", m, err)
		}
	}
	if _, err := ParseMemoFor(goodMemo, routes); err != nil {
		t.Errorf("a good memo: %v", err)
	}
}
