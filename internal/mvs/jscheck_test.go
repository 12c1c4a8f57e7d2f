package mvs

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
)

// TestAgainstMetaversejs cross-checks this package against metaversejs, an
// independent JavaScript implementation of the Metaverse transaction format
// (pinned in testdata/jscheck/package-lock.json; install it with
// testdata/jscheck/install.sh). For the published vectors and for randomly
// generated transactions it requires byte-identical unsigned and signed
// encodings, txids, signature hashes and (RFC 6979) signatures, and that each
// side decodes the other's encoding to the same fields.
func TestAgainstMetaversejs(t *testing.T) {
	dir := filepath.Join("testdata", "jscheck")
	_, modErr := os.Stat(filepath.Join(dir, "node_modules", "metaversejs", "package.json"))
	ci := os.Getenv("CI") != ""
	if modErr != nil && !ci {
		t.Skip("metaversejs is not installed: run internal/mvs/testdata/jscheck/install.sh " +
			"(with CI set, this test fails instead of skipping)")
	}
	if modErr != nil {
		t.Fatalf("CI is set but metaversejs is not installed (run internal/mvs/testdata/jscheck/install.sh): %v", modErr)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("node is not installed, but the metaversejs check needs it: %v", err)
	}

	seed := uint64(20181024)
	if s := os.Getenv("MVS_JSCHECK_SEED"); s != "" {
		if seed, err = strconv.ParseUint(s, 10, 64); err != nil {
			t.Fatalf("MVS_JSCHECK_SEED: %v", err)
		}
	}
	t.Logf("random cases from seed %d (set MVS_JSCHECK_SEED to change)", seed)
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))

	var cases []jsCase
	var want []jsExpect
	for _, v := range jsVectors(t) {
		cases = append(cases, v.c)
		want = append(want, v.e)
	}
	const randomCases = 1000
	g := newTxGen(rng)
	for i := 0; i < randomCases; i++ {
		c, e := g.buildCase(t, len(cases))
		cases = append(cases, c)
		want = append(want, e)
	}

	out := runNode(t, node, dir, cases)
	if len(out.Results) != len(cases) {
		t.Fatalf("metaversejs answered %d cases of %d", len(out.Results), len(cases))
	}
	if len(out.WalletErrors) > 0 {
		t.Errorf("metaversejs's own wallet signing disagrees with its preimage: %v", out.WalletErrors)
	}
	if out.WalletChecks == 0 {
		t.Error("no case went through metaversejs's wallet signing path")
	}
	failures := 0
	for i, r := range out.Results {
		if r.ID != cases[i].ID {
			t.Fatalf("result %d is for case %d", i, r.ID)
		}
		if errs := compareJS(&cases[i], &want[i], &r); len(errs) > 0 {
			failures++
			if failures <= 5 {
				t.Errorf("case %d (%s): %s\ncase: %s", cases[i].ID, want[i].name, strings.Join(errs, "\n"), mustJSON(cases[i]))
			}
		}
	}
	if failures > 0 {
		t.Fatalf("%d of %d cases differ from metaversejs %s", failures, len(cases), out.Version)
	}
	t.Logf("metaversejs %s agrees on %d vectors and %d random transactions (%d signatures also through its wallet path)",
		out.Version, len(cases)-randomCases, randomCases, out.WalletChecks)
}

// Wire types of the harness (testdata/jscheck/check.js).
type jsCase struct {
	Kind     string     `json:"kind"`
	ID       int        `json:"id"`
	Network  string     `json:"network"`
	Version  uint32     `json:"version,omitempty"`
	LockTime uint32     `json:"lock_time"`
	Inputs   []jsInput  `json:"inputs,omitempty"`
	Outputs  []jsOutput `json:"outputs,omitempty"`
	GoHex    string     `json:"go_hex,omitempty"`
	Hex      string     `json:"hex,omitempty"`
}

type jsInput struct {
	Address    string `json:"address"`
	Hash       string `json:"hash,omitempty"`
	Index      uint32 `json:"index"`
	Sequence   uint32 `json:"sequence"`
	PrevScript string `json:"prev_script"`
	Key        string `json:"key,omitempty"`
}

type jsOutput struct {
	Kind       string       `json:"kind"`
	Address    string       `json:"address"`
	Value      uint64       `json:"value"`
	Script     *string      `json:"script,omitempty"`
	Attachment jsAttachment `json:"attachment"`
}

type jsAttachment struct {
	Version     uint32 `json:"version"`
	ToDID       string `json:"to_did"`
	FromDID     string `json:"from_did"`
	Symbol      string `json:"symbol"`
	Quantity    uint64 `json:"quantity"`
	Content     string `json:"content"`
	Status      uint32 `json:"status"`
	Address     string `json:"address"`
	Owner       string `json:"owner"`
	CertType    uint32 `json:"cert_type"`
	Decimals    uint8  `json:"decimals"`
	Threshold   uint8  `json:"threshold"`
	Issuer      string `json:"issuer"`
	Description string `json:"description"`
}

type jsOutcome struct {
	Version      string     `json:"metaversejs"`
	Results      []jsResult `json:"results"`
	WalletChecks int        `json:"wallet_checks"`
	WalletErrors []string   `json:"wallet_errors"`
}

type jsResult struct {
	ID           int        `json:"id"`
	Error        string     `json:"error"`
	Unsigned     string     `json:"unsigned"`
	UnsignedTxid string     `json:"unsigned_txid"`
	Sighashes    []string   `json:"sighashes"`
	Signatures   []string   `json:"signatures"`
	Signed       string     `json:"signed"`
	SignedTxid   string     `json:"signed_txid"`
	Txid         string     `json:"txid"`
	Decoded      *jsDecoded `json:"decoded"`
	Reencoded    string     `json:"reencoded"`
}

type jsDecoded struct {
	Version  uint32 `json:"version"`
	LockTime uint32 `json:"lock_time"`
	Inputs   []struct {
		Hash     string `json:"hash"`
		Index    uint32 `json:"index"`
		Script   string `json:"script"`
		Sequence uint32 `json:"sequence"`
	} `json:"inputs"`
	Outputs []struct {
		Value      uint64         `json:"value"`
		Script     string         `json:"script"`
		Address    string         `json:"address"`
		Attachment map[string]any `json:"attachment"`
	} `json:"outputs"`
}

// jsExpect is what this package computed for a case.
type jsExpect struct {
	name       string
	tx         *Tx // signed form (or the vector)
	net        Network
	unsigned   string
	sighashes  []string // "" for inputs not signed
	signatures []string
	signed     string
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	if len(b) > 2000 {
		return string(b[:2000]) + "..."
	}
	return string(b)
}

func runNode(t *testing.T, node, dir string, cases []jsCase) *jsOutcome {
	t.Helper()
	in, err := json.Marshal(map[string]any{"cases": cases})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, "check.js")
	cmd.Dir = dir
	cmd.Stdin = bytes.NewReader(in)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("node check.js: %v\n%s", err, stderr.String())
	}
	var out jsOutcome
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatalf("node check.js printed no result JSON: %v\nstderr: %s", err, stderr.String())
	}
	return &out
}

func compareJS(c *jsCase, e *jsExpect, r *jsResult) []string {
	var errs []string
	check := func(what, got, want string) {
		if got != want {
			errs = append(errs, fmt.Sprintf("%s:\n  metaversejs %s\n  go          %s", what, got, want))
		}
	}
	if r.Error != "" {
		return []string{"metaversejs failed: " + r.Error}
	}
	signedHex := hex.EncodeToString(e.tx.Encode())
	if c.Kind == "vector" {
		check("txid", r.Txid, e.tx.Hash().String())
		check("decode and re-encode", r.Reencoded, hex.EncodeToString(jsReencoding(e.tx).Encode()))
	} else {
		check("unsigned encoding", r.Unsigned, e.unsigned)
		unsigned, err := DecodeHex(e.unsigned)
		if err != nil {
			return append(errs, err.Error())
		}
		check("unsigned txid", r.UnsignedTxid, unsigned.Hash().String())
		check("signed encoding", r.Signed, e.signed)
		check("signed txid", r.SignedTxid, e.tx.Hash().String())
		check("decode and re-encode of the Go encoding", r.Reencoded, signedHex)
	}
	if e.sighashes != nil {
		check("signature hashes", strings.Join(r.Sighashes, ","), strings.Join(e.sighashes, ","))
		check("signatures", strings.Join(r.Signatures, ","), strings.Join(e.signatures, ","))
		if e.signed != "" {
			check("signed encoding", r.Signed, e.signed)
		}
	}
	if r.Decoded == nil {
		return append(errs, "no decoded view")
	}
	errs = append(errs, compareDecoded(e.tx, e.net, r.Decoded)...)
	return errs
}

func compareDecoded(tx *Tx, net Network, d *jsDecoded) []string {
	var errs []string
	if d.Version != tx.Version || d.LockTime != tx.LockTime {
		errs = append(errs, fmt.Sprintf("decoded version/lock time %d/%d, want %d/%d", d.Version, d.LockTime, tx.Version, tx.LockTime))
	}
	if len(d.Inputs) != len(tx.Inputs) || len(d.Outputs) != len(tx.Outputs) {
		return append(errs, fmt.Sprintf("decoded %d inputs and %d outputs, want %d and %d",
			len(d.Inputs), len(d.Outputs), len(tx.Inputs), len(tx.Outputs)))
	}
	for i, in := range d.Inputs {
		g := &tx.Inputs[i]
		if in.Hash != g.PrevOut.Hash.String() || in.Index != g.PrevOut.Index || in.Sequence != g.Sequence ||
			in.Script != hex.EncodeToString(minimalPushes(g.Script)) {
			errs = append(errs, fmt.Sprintf("input %d decodes as %+v", i, in))
		}
	}
	for i, out := range d.Outputs {
		g := &tx.Outputs[i]
		if out.Value != g.Value || out.Script != hex.EncodeToString(minimalPushes(g.Script)) {
			errs = append(errs, fmt.Sprintf("output %d decodes as value %d script %s", i, out.Value, out.Script))
		}
		switch ClassifyScript(g.Script) {
		case ClassP2PKH, ClassP2SH, ClassLockHeightP2PKH, ClassAttenuationP2PKH:
			if a, _ := g.Address(net); out.Address != a {
				errs = append(errs, fmt.Sprintf("output %d address %s, want %s", i, out.Address, a))
			}
		}
		want := jsAttachmentView(&g.Attachment)
		if !reflect.DeepEqual(normJSON(out.Attachment), normJSON(want)) {
			errs = append(errs, fmt.Sprintf("output %d attachment %s, want %s", i, mustJSON(out.Attachment), mustJSON(want)))
		}
	}
	return errs
}

// minimalPushes rewrites every data push with the shortest opcode. metaversejs
// decodes scripts to text, so what it reports, and re-encodes, has minimal
// pushes even where the original did not (the multisig vector pushes a
// 71-byte redeem script with pushdata1).
func minimalPushes(script []byte) []byte {
	ops, err := ParseScript(script)
	if err != nil {
		return script
	}
	var out []byte
	for _, op := range ops {
		switch {
		case len(op.Data) == 0:
			out = append(out, op.Code)
		case len(op.Data) < int(OpPushData1):
			out = append(append(out, byte(len(op.Data))), op.Data...)
		case len(op.Data) <= 0xff:
			out = append(append(out, OpPushData1, byte(len(op.Data))), op.Data...)
		default:
			out = appendPush(out, op.Data)
		}
	}
	return out
}

// jsReencoding is tx as metaversejs re-encodes it after decoding: minimal
// pushes, except in attenuation outputs, which it always writes with
// pushdata2 for the model (as the published vectors have them).
func jsReencoding(tx *Tx) *Tx {
	c := tx.Clone()
	for i := range c.Inputs {
		c.Inputs[i].Script = minimalPushes(c.Inputs[i].Script)
	}
	for i := range c.Outputs {
		if ClassifyScript(c.Outputs[i].Script) != ClassAttenuationP2PKH {
			c.Outputs[i].Script = minimalPushes(c.Outputs[i].Script)
		}
	}
	return c
}

func normJSON(v any) any {
	b, _ := json.Marshal(v)
	var out any
	_ = json.Unmarshal(b, &out)
	return out
}

// jsAttachmentView is an attachment as metaversejs's decoder reports it.
func jsAttachmentView(a *Attachment) map[string]any {
	m := map[string]any{"version": a.Version, "type": uint32(a.Type)}
	if a.Version == AttachmentVersionDID {
		m["to_did"], m["from_did"] = a.ToDID, a.FromDID
	}
	switch a.Type {
	case AttachmentAsset:
		m["status"], m["symbol"] = a.Status, a.Symbol
		if a.Status == AssetStatusTransfer {
			m["quantity"] = a.Quantity
			break
		}
		th, sec := int(a.SecondaryIssueThreshold), 0
		if th == 127 {
			th = -1
		}
		if th > 127 {
			th, sec = th-128, 1
		}
		m["max_supply"], m["precision"], m["secondaryissue_threshold"], m["is_secondaryissue"] = a.Quantity, a.Decimals, th, sec
		m["issuer"], m["address"], m["description"] = a.Issuer, a.Address, a.Description
	case AttachmentMessage:
		m["message"] = a.Content
	case AttachmentDID:
		m["status"], m["symbol"], m["address"] = a.Status, a.Symbol, a.Address
	case AttachmentMIT:
		m["status"], m["symbol"], m["address"] = a.Status, a.Symbol, a.Address
		if a.Status == MITStatusRegister {
			m["content"] = a.Content
		}
	case AttachmentCert:
		m["symbol"], m["owner"], m["address"], m["cert"], m["status"] = a.Symbol, a.Owner, a.Address, a.CertType, a.Status
		if a.CertType == CertTypeMining {
			m["content"] = a.Content
		}
	}
	return m
}

type jsVector struct {
	c jsCase
	e jsExpect
}

// jsVectors are the published vectors of vectors_test.go; those signed with
// known keys are signed again on both sides.
func jsVectors(t *testing.T) []jsVector {
	type in struct{ addr, prev string }
	p2pkh := func(addr string) in { return in{addr, FormatScript(mustAddrScript(t, addr))} }
	lock := "[ 7062 ] numequalverify dup hash160 [ 4fd34a03c3e140700c9324202a335bda6b5fddc3 ] equalverify checksig"
	stake := "[ 14 ] checksequenceverify drop dup hash160 [ 3e995f80739ecbfad8d92e3e523c540bd2847ffd ] equalverify checksig"
	repeat := func(x in, n int) []in {
		var r []in
		for i := 0; i < n; i++ {
			r = append(r, x)
		}
		return r
	}
	vs := []struct {
		name   string
		hex    string
		net    Network
		inputs []in
	}{
		{"coinbase", vecCoinbase, Mainnet, nil},
		{"single", vecSingle, Mainnet, []in{p2pkh("MKXYH2MhpvA3GU7kMk8y3SoywGnyHEj5SB")}},
		{"multi", vecMulti, Mainnet, []in{p2pkh("MV1HEd7A4bCnLXhxXLHgWB2rurtS7xVWJf"), p2pkh("MKXYH2MhpvA3GU7kMk8y3SoywGnyHEj5SB")}},
		{"asset", vecAsset, Mainnet, []in{p2pkh("MV1HEd7A4bCnLXhxXLHgWB2rurtS7xVWJf"), p2pkh("MV1HEd7A4bCnLXhxXLHgWB2rurtS7xVWJf"), p2pkh("MKXYH2MhpvA3GU7kMk8y3SoywGnyHEj5SB")}},
		{"locked fee", vecLockedFee, Mainnet, []in{{"MFBEjD9QwgTxnRiUGd2qXATYxcReyG5ZtB", lock}, {"MFBEjD9QwgTxnRiUGd2qXATYxcReyG5ZtB", lock}, p2pkh("MFBEjD9QwgTxnRiUGd2qXATYxcReyG5ZtB")}},
		{"stake lock", vecStakeLock, Testnet, []in{p2pkh("tCdbgEP2kNS9qAoSnRnoN6nDMhvCugNVgZ"), {"tCdbgEP2kNS9qAoSnRnoN6nDMhvCugNVgZ", stake}}},
		{"attenuation", vecAttenuation, Testnet, nil},
		{"attenuation signed", vecAttenuationSigned, Testnet, repeat(p2pkh("tK8TaQix9QSgaAAPTaUj7NwKMfbkWRKgVf"), 2)},
		{"issue subdomain", vecIssueSubdomain, Testnet, append(repeat(p2pkh("tFHAbEiLQi3Tdw94Xf9Y5Xkj39CrCMXZFz"), 6), p2pkh("tGBMcLr6dwfaMaoYiJgtZ3cYUbbGsbpb8t"))},
		{"message", vecMessage, Testnet, nil},
		{"doc unsigned", vecDocUnsigned, Testnet, nil},
		{"doc signed", vecDocSigned, Testnet, nil},
		{"doc asset v4", vecDocAssetV4, Testnet, nil},
		{"doc multisig", vecDocMultisig, Testnet, nil},
	}
	var out []jsVector
	for i, v := range vs {
		tx, err := DecodeHex(v.hex)
		if err != nil {
			t.Fatal(err)
		}
		c := jsCase{Kind: "vector", ID: i, Network: v.net.String(), Hex: v.hex}
		e := jsExpect{name: "vector " + v.name, tx: tx, net: v.net}
		if v.inputs != nil {
			signed := tx.Clone()
			for j := range signed.Inputs {
				signed.Inputs[j].Script = nil
			}
			for j, spec := range v.inputs {
				prev := mustScript(t, spec.prev)
				key := mustKey(t, spec.addr)
				c.Inputs = append(c.Inputs, jsInput{Address: spec.addr, PrevScript: spec.prev, Key: hex.EncodeToString(key.Serialize())})
				h := SigHash(signed, j, prev)
				if err := SignInput(signed, j, prev, key); err != nil {
					t.Fatal(err)
				}
				ops, _ := ParseScript(signed.Inputs[j].Script)
				e.sighashes = append(e.sighashes, hex.EncodeToString(h[:]))
				e.signatures = append(e.signatures, hex.EncodeToString(ops[0].Data))
			}
			e.signed = signed.EncodeHex()
		}
		out = append(out, jsVector{c, e})
	}
	return out
}

// txGen makes random transactions within what metaversejs can express:
// amounts below 2^53 (JavaScript numbers), strings shorter than 253 bytes
// (its string encoder assumes a one-byte length), lock times below 2^31 (it
// writes them as signed), minimal pushes, and a mining certificate always
// with content (it omits empty content).
type txGen struct {
	r    *rand.Rand
	keys []*secp256k1.PrivateKey
}

func newTxGen(r *rand.Rand) *txGen {
	g := &txGen{r: r}
	for i := 0; i < 8; i++ {
		var b [32]byte
		for j := range b {
			b[j] = byte(r.UintN(256))
		}
		b[0] |= 1 // never zero
		g.keys = append(g.keys, secp256k1.PrivKeyFromBytes(b[:]))
	}
	return g
}

func (g *txGen) bytes(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(g.r.UintN(256))
	}
	return b
}

func (g *txGen) pick(s string) byte { return s[g.r.IntN(len(s))] }

func (g *txGen) word(alphabet string, minLen, maxLen int) string {
	n := minLen + g.r.IntN(maxLen-minLen+1)
	b := make([]byte, n)
	for i := range b {
		b[i] = g.pick(alphabet)
	}
	return string(b)
}

const (
	avatarChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@._-"
	symbolChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789."
)

func (g *txGen) avatar() string { return g.word(avatarChars, 1, 30) }

// text is free text, with multi-byte UTF-8, shorter than 253 bytes.
func (g *txGen) text() string {
	if g.r.IntN(5) == 0 {
		return `{"type":"ETH","address":"0x` + hex.EncodeToString(g.bytes(20)) + `"}`
	}
	pieces := []string{"a", "Z", "0", " ", "\"", "\\", "<", "&", "é", "中", "🚀", "\n", "{", "}", "ERC20.EDU", "droplet"}
	var sb strings.Builder
	n := g.r.IntN(40)
	for i := 0; i < n && sb.Len() < 200; i++ {
		sb.WriteString(pieces[g.r.IntN(len(pieces))])
	}
	return sb.String()
}

func (g *txGen) amount() uint64 {
	switch g.r.IntN(4) {
	case 0:
		return 0
	case 1:
		return g.r.Uint64N(1000)
	case 2:
		return g.r.Uint64N(1 << 32)
	}
	return g.r.Uint64N(1 << 53)
}

// scriptNum is a minimal positive script number.
func scriptNum(v uint32) []byte {
	var b []byte
	for v > 0 {
		b = append(b, byte(v))
		v >>= 8
	}
	if b[len(b)-1]&0x80 != 0 {
		b = append(b, 0)
	}
	return b
}

func (g *txGen) buildCase(t *testing.T, id int) (jsCase, jsExpect) {
	net := []Network{Mainnet, Testnet}[g.r.IntN(2)]
	tx := &Tx{Version: []uint32{1, 2, 4}[g.r.IntN(3)]}
	if g.r.IntN(4) == 0 {
		tx.LockTime = g.r.Uint32N(1 << 31)
	}
	c := jsCase{Kind: "build", ID: id, Network: net.String(), Version: tx.Version, LockTime: tx.LockTime}
	var prevs [][]byte
	var keys []*secp256k1.PrivateKey
	for i, n := 0, 1+g.r.IntN(4); i < n; i++ {
		key := g.keys[g.r.IntN(len(g.keys))]
		addr := PubKeyAddress(net, key.PubKey())
		hash := addr.Hash()
		var prev []byte
		var blocks uint32
		switch k := g.r.IntN(10); {
		case k < 7:
			prev = addr.Script()
		case k < 9:
			prev = append(appendPush(nil, scriptNum(1+g.r.Uint32N(1<<23))), OpNumEqualVerify)
			prev = append(prev, p2pkhScript(hash)...)
		default:
			blocks = 1 + g.r.Uint32N(1<<15)
			prev = append(appendPush(nil, scriptNum(blocks)), OpCheckSequenceVerify, OpDrop)
			prev = append(prev, p2pkhScript(hash)...)
		}
		in := Input{PrevOut: OutPoint{Index: g.r.Uint32N(8)}, Sequence: SequenceFinal}
		copy(in.PrevOut.Hash[:], g.bytes(32))
		switch {
		case blocks != 0:
			// A stake-locked output is spent with its lock as the sequence.
			in.Sequence = blocks
		case g.r.IntN(4) == 0:
			in.Sequence = g.r.Uint32()
		}
		tx.Inputs = append(tx.Inputs, in)
		prevs = append(prevs, prev)
		keys = append(keys, key)
		c.Inputs = append(c.Inputs, jsInput{
			Address: addr.String(), Hash: in.PrevOut.Hash.String(), Index: in.PrevOut.Index,
			Sequence: in.Sequence, PrevScript: FormatScript(prev), Key: hex.EncodeToString(key.Serialize()),
		})
	}
	for i, n := 0, 1+g.r.IntN(5); i < n; i++ {
		out, spec := g.output(net)
		tx.Outputs = append(tx.Outputs, out)
		c.Outputs = append(c.Outputs, spec)
	}
	if err := tx.Validate(); err != nil {
		t.Fatalf("generated an invalid transaction: %v", err)
	}
	e := jsExpect{name: "random", net: net, unsigned: tx.EncodeHex()}
	for i := range tx.Inputs {
		h := SigHash(tx, i, prevs[i])
		if err := SignInput(tx, i, prevs[i], keys[i]); err != nil {
			t.Fatal(err)
		}
		if err := VerifyInput(tx, i, prevs[i]); err != nil {
			t.Fatal(err)
		}
		ops, _ := ParseScript(tx.Inputs[i].Script)
		e.sighashes = append(e.sighashes, hex.EncodeToString(h[:]))
		e.signatures = append(e.signatures, hex.EncodeToString(ops[0].Data))
	}
	e.signed = tx.EncodeHex()
	e.tx = tx
	c.GoHex = e.signed
	return c, e
}

func (g *txGen) output(net Network) (Output, jsOutput) {
	kinds := []string{"etp", "etp", "etp", "asset-transfer", "asset-transfer", "asset-transfer", "message", "message",
		"asset-issue", "did", "cert", "mit"}
	kind := kinds[g.r.IntN(len(kinds))]
	var hash [20]byte
	copy(hash[:], g.bytes(20))
	addr := NewP2PKHAddress(net, hash)
	if (kind == "etp" || kind == "asset-transfer") && g.r.IntN(8) == 0 {
		addr = NewP2SHAddress(hash)
	}
	out := Output{Value: g.amount(), Script: addr.Script()}
	spec := jsOutput{Kind: kind, Address: addr.String(), Value: out.Value}
	if kind == "etp" && addr.Kind() == KindP2PKH {
		switch g.r.IntN(12) {
		case 0:
			out.Script = BlackholeScript()
		case 1:
			out.Script = append(appendPush(nil, scriptNum(1+g.r.Uint32N(1<<20))), OpNumEqualVerify)
			out.Script = append(out.Script, p2pkhScript(hash)...)
		}
		if len(out.Script) != 25 {
			s := FormatScript(out.Script)
			spec.Script = &s
		}
	}
	a := Attachment{Version: AttachmentVersionDefault}
	switch kind {
	case "etp":
		a.Type = AttachmentETP
	case "asset-transfer":
		a = AssetTransferAttachment(g.word(symbolChars, 1, 24), g.amount())
	case "message":
		a = MessageAttachment(g.text())
	case "asset-issue":
		a = Attachment{Version: 1, Type: AttachmentAsset, Status: AssetStatusIssue, Symbol: g.word(symbolChars, 3, 24),
			Quantity: 1 + g.amount(), Decimals: uint8(g.r.IntN(20)), SecondaryIssueThreshold: uint8(g.r.IntN(256)),
			Issuer: g.avatar(), Address: addr.String(), Description: g.word(avatarChars+" ", 0, 60)}
	case "did":
		a = Attachment{Version: 1, Type: AttachmentDID, Status: 1 + uint32(g.r.IntN(2)), Symbol: g.avatar(), Address: addr.String()}
	case "cert":
		a = Attachment{Version: 1, Type: AttachmentCert, Symbol: g.word(symbolChars, 1, 24), Owner: g.avatar(),
			Address: addr.String(), CertType: []uint32{1, 2, 3, CertTypeMining, 5, 0x80000000}[g.r.IntN(6)], Status: uint32(g.r.IntN(4))}
		if a.CertType == CertTypeMining {
			a.Content = "MINING=" + g.word(symbolChars, 1, 40)
		}
	case "mit":
		a = Attachment{Version: 1, Type: AttachmentMIT, Status: 1 + uint32(g.r.IntN(2)), Symbol: g.avatar(), Address: addr.String()}
		if a.Status == MITStatusRegister {
			a.Content = g.text()
		}
	}
	if g.r.IntN(10) < 3 {
		from := ""
		if g.r.IntN(2) == 0 {
			from = g.avatar()
		}
		a = a.WithDIDs(g.avatar(), from)
	}
	out.Attachment = a
	spec.Attachment = jsAttachment{
		Version: a.Version, ToDID: a.ToDID, FromDID: a.FromDID, Symbol: a.Symbol, Quantity: a.Quantity,
		Content: a.Content, Status: a.Status, Address: a.Address, Owner: a.Owner, CertType: a.CertType,
		Decimals: a.Decimals, Threshold: a.SecondaryIssueThreshold, Issuer: a.Issuer, Description: a.Description,
	}
	return out, spec
}
