package ethwatch

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

const (
	goodHeader = `{"number":"0x10","hash":"0x1111111111111111111111111111111111111111111111111111111111111111","parentHash":"0x2222222222222222222222222222222222222222222222222222222222222222","extra":1}`
	goodLog    = `{"address":"0x5fbdb2315678afecb367f032d93f642f64180aa3","topics":["0x3333333333333333333333333333333333333333333333333333333333333333"],"data":"0x","blockNumber":"0x10","blockHash":"0x1111111111111111111111111111111111111111111111111111111111111111","transactionHash":"0x4444444444444444444444444444444444444444444444444444444444444444","transactionIndex":"0x0","logIndex":"0x2","removed":false}`
	goodTx     = `{"hash":"0x4444444444444444444444444444444444444444444444444444444444444444","blockHash":"0x1111111111111111111111111111111111111111111111111111111111111111","from":"0x5fbdb2315678afecb367f032d93f642f64180aa3","to":null,"input":"0x"}`
)

// TestDecodeAnswers: every malformed answer is ErrAnswer with a reason, never a zero value.
func TestDecodeAnswers(t *testing.T) {
	del := func(js, key string) string {
		var m map[string]any
		if err := json.Unmarshal([]byte(js), &m); err != nil {
			t.Fatal(err)
		}
		delete(m, key)
		b, _ := json.Marshal(m)
		return string(b)
	}
	set := func(js, key string, v any) string {
		var m map[string]any
		if err := json.Unmarshal([]byte(js), &m); err != nil {
			t.Fatal(err)
		}
		m[key] = v
		b, _ := json.Marshal(m)
		return string(b)
	}
	header := func(s string) error { _, err := decodeHeader(json.RawMessage(s)); return err }
	logs := func(s string) error { _, err := decodeLogs(json.RawMessage("[" + s + "]")); return err }
	tx := func(s string) error { _, err := decodeTx(json.RawMessage(s)); return err }
	for _, tc := range []struct {
		name   string
		decode func(string) error
		in     string
		want   string
	}{
		{"header ok", header, goodHeader, ""},
		{"header null", header, `null`, "null"},
		{"header empty", header, ``, "null"},
		{"header not an object", header, `[1]`, "cannot unmarshal"},
		{"header missing number", header, del(goodHeader, "number"), "missing number"},
		{"header missing hash", header, del(goodHeader, "hash"), "missing hash"},
		{"header missing parentHash", header, del(goodHeader, "parentHash"), "missing parentHash"},
		{"header number as a number", header, set(goodHeader, "number", 16), "cannot unmarshal"},
		{"header number without 0x", header, set(goodHeader, "number", "10"), "without 0x"},
		{"header short hash", header, set(goodHeader, "hash", "0x1234"), "want 64 for common.Hash"},
		{"header zero hash", header, set(goodHeader, "hash", "0x0000000000000000000000000000000000000000000000000000000000000000"), "zero hash"},
		{"log ok", logs, goodLog, ""},
		{"logs null", func(string) error { _, err := decodeLogs(json.RawMessage(`null`)); return err }, "", "null"},
		{"logs an object", func(string) error { _, err := decodeLogs(json.RawMessage(`{}`)); return err }, "", "cannot unmarshal"},
		{"log missing address", logs, del(goodLog, "address"), "missing address"},
		{"log missing topics", logs, del(goodLog, "topics"), "missing topics"},
		{"log missing data", logs, del(goodLog, "data"), "missing data"},
		{"log missing blockNumber", logs, del(goodLog, "blockNumber"), "missing blockNumber"},
		{"log missing blockHash", logs, del(goodLog, "blockHash"), "missing blockHash"},
		{"log missing transactionHash", logs, del(goodLog, "transactionHash"), "missing transactionHash"},
		{"log missing transactionIndex", logs, del(goodLog, "transactionIndex"), "missing transactionIndex"},
		{"log missing logIndex", logs, del(goodLog, "logIndex"), "missing logIndex"},
		{"log removed", logs, set(goodLog, "removed", true), "removed"},
		{"log index too big", logs, set(goodLog, "logIndex", "0x100000000"), "out of range"},
		{"log data odd", logs, set(goodLog, "data", "0x123"), "odd length"},
		{"log topic as number", logs, set(goodLog, "topics", []any{1}), "cannot unmarshal"},
		{"tx ok", tx, goodTx, ""},
		{"tx null", tx, `null`, "null"},
		{"tx missing hash", tx, del(goodTx, "hash"), "missing hash"},
		{"tx pending", tx, set(goodTx, "blockHash", nil), "missing blockHash"},
		{"tx missing from", tx, del(goodTx, "from"), "missing from"},
		{"tx missing to", tx, del(goodTx, "to"), "missing to"},
		{"tx missing input", tx, del(goodTx, "input"), "missing input"},
		{"tx to not an address", tx, set(goodTx, "to", "0x12"), "want 40 for common.Address"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.decode(tc.in)
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if !errors.Is(err, ErrAnswer) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("%v, want ErrAnswer saying %q", err, tc.want)
			}
		})
	}
}

// FuzzDecodeAnswers: node answers never panic the decoders; what they accept has every field.
func FuzzDecodeAnswers(f *testing.F) {
	for _, s := range []string{goodHeader, "[" + goodLog + "]", goodTx, `null`, `{}`, `[{}]`, `"0x"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if h, err := decodeHeader(b); err == nil && h.Hash == ([32]byte{}) {
			t.Fatal("accepted a header with a zero hash")
		}
		if ls, err := decodeLogs(b); err == nil {
			for _, l := range ls {
				if l.Topics == nil || l.Data == nil {
					t.Fatalf("accepted a log without topics or data: %+v", l)
				}
			}
		}
		_, _ = decodeTx(b)
	})
}
