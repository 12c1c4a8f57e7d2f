package mvs

import (
	"bytes"
	"errors"
	"testing"
)

func TestFormatScript(t *testing.T) {
	tests := []struct{ hex, want string }{
		{"", ""},
		{"76a91404a31ae84a152ca773728761b7260726d8aeff8c88ac", "dup hash160 [ 04a31ae84a152ca773728761b7260726d8aeff8c ] equalverify checksig"},
		{"a91409594fe3a84e3de95831d2474ca3ca29d2f9053d87", "hash160 [ 09594fe3a84e3de95831d2474ca3ca29d2f9053d ] equal"},
		{"6a", "return"},
		{"00", "zero"},
		{"4c00", "pushdata1"},
		{"4f5051605a", "-1 reserved 1 16 10"},
		{"b1b2b3b9", "checklocktimeverify checkattenuationverify checksequenceverify nop10"},
		{"babbc8ff", "<none 186> raw_data <none 200> <none 255>"},
		{"4c0101", "[ 01 ]"},
		{"4d0100ab", "[ ab ]"},
		{"4e01000000cd", "[ cd ]"},
		// A push that runs past the end: mvsd shows the whole script as raw data.
		{"4c05aabb", "[ 4c05aabb ]"},
		{"0501", "[ 0501 ]"},
		{"4d01", "[ 4d01 ]"},
		{"4effffffff00", "[ 4effffffff00 ]"},
		// The testnet genesis coinbase script, as observed from mvsd.
		{"323031372e30312e3138204d56532073746172742072756e6e696e6720746573746e65742e", "[ 323031372e30312e3138204d56532073746172742072756e6e696e6720746573746e65742e ]"},
	}
	for _, tc := range tests {
		if got := FormatScript(mustHex(t, tc.hex)); got != tc.want {
			t.Errorf("FormatScript(%s) = %q, want %q", tc.hex, got, tc.want)
		}
	}
}

func TestScriptFromString(t *testing.T) {
	for _, s := range []string{
		"dup hash160 [ 04a31ae84a152ca773728761b7260726d8aeff8c ] equalverify checksig",
		"[ 7062 ] numequalverify dup hash160 [ 4fd34a03c3e140700c9324202a335bda6b5fddc3 ] equalverify checksig",
		"[ 14 ] checksequenceverify drop dup hash160 [ 3e995f80739ecbfad8d92e3e523c540bd2847ffd ] equalverify checksig",
		"zero [ 00 ] 2 [ 0200e5782241ce24af725f2e823dfcc325101cec604e422566ba5ce4ca4bd5bc8c ] checkmultisig",
		"return",
		"",
	} {
		b, err := ScriptFromString(s)
		if err != nil {
			t.Fatalf("ScriptFromString(%q): %v", s, err)
		}
		if got := FormatScript(b); got != s {
			t.Errorf("round trip %q -> %q", s, got)
		}
	}
	// Aliases and push sizes.
	b, err := ScriptFromString("nop2 nop3 nop4")
	if err != nil || !bytes.Equal(b, []byte{0xb1, 0xb2, 0xb3}) {
		t.Errorf("aliases: %x, %v", b, err)
	}
	long := make([]byte, 80)
	b, _ = ScriptFromString("[ " + hexOf(long) + " ]")
	if b[0] != OpPushData1 || b[1] != 80 {
		t.Errorf("80-byte push uses %x", b[:2])
	}
	for _, bad := range []string{"dupp", "[ 00", "[ zz ]", "[ ] dup", "[ 00 00 ]", "pushdata1", "special", "raw_data", "<none"} {
		if _, err := ScriptFromString(bad); !errors.Is(err, ErrInvalidScript) {
			t.Errorf("ScriptFromString(%q) = %v", bad, err)
		}
	}
}

func hexOf(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 2*len(b))
	for i, c := range b {
		out[2*i], out[2*i+1] = digits[c>>4], digits[c&15]
	}
	return string(out)
}

const (
	pub33 = "034593f54b073ed6a3728056d0f6595d614c717c639a9301761de7c8ef5d5fe1b4"
	sig71 = "3045022100f8fa56d4f3015689c01f4557351e858aec4a139d752bc19b322390093393efc3022077d706621c3e36c8b6a90c6d354e8a85dd81d39a4e2fb582c0fd28f3f1a9caec01"
	h20   = "4fd34a03c3e140700c9324202a335bda6b5fddc3"
)

func TestClassifyScript(t *testing.T) {
	tests := []struct {
		script string
		want   ScriptClass
		locked bool
		addr   bool
	}{
		{"dup hash160 [ " + h20 + " ] equalverify checksig", ClassP2PKH, false, true},
		{"hash160 [ " + h20 + " ] equal", ClassP2SH, false, true},
		{"[ 7062 ] numequalverify dup hash160 [ " + h20 + " ] equalverify checksig", ClassLockHeightP2PKH, true, true},
		{"[ 14 ] checksequenceverify drop dup hash160 [ " + h20 + " ] equalverify checksig", ClassSequenceLockP2PKH, true, false},
		{"[ 504e3d303b4c483d3130 ] [ " + hexOf(make([]byte, 36)) + " ] checkattenuationverify dup hash160 [ " + h20 + " ] equalverify checksig", ClassAttenuationP2PKH, true, true},
		{"return", ClassBlackhole, false, true},
		{"return [ 0102 ]", ClassNullData, false, false},
		{"[ " + pub33 + " ] checksig", ClassPayPubKey, false, true},
		{"1 [ " + pub33 + " ] 1 checkmultisig", ClassPayMultisig, false, false},
		{"2 [ " + pub33 + " ] 1 checkmultisig", ClassNonStandard, false, false},
		{"[ " + sig71 + " ] [ " + pub33 + " ]", ClassSignKeyHash, false, true},
		{"[ " + sig71 + " ] [ " + pub33 + " ] [ 7062 ]", ClassSignKeyHashLockHeight, false, true},
		{"[ " + sig71 + " ]", ClassSignPubKey, false, false},
		{"zero [ " + sig71 + " ] [ 51" + "21" + pub33 + "51ae ]", ClassSignMultisig, false, true},
		{"[ " + sig71 + " ] [ 76a914" + h20 + "88ac ]", ClassSignScriptHash, false, true},
		{"dup dup", ClassNonStandard, false, false},
		{"numequalverify", ClassNonStandard, true, false},
		{"", ClassNonStandard, false, false},
	}
	for _, tc := range tests {
		s := mustScript(t, tc.script)
		if got := ClassifyScript(s); got != tc.want {
			t.Errorf("ClassifyScript(%s) = %v, want %v", tc.script, got, tc.want)
		}
		if got := IsLocked(s); got != tc.locked {
			t.Errorf("IsLocked(%s) = %v", tc.script, got)
		}
		if _, ok := ExtractAddress(s, Mainnet); ok != tc.addr {
			t.Errorf("ExtractAddress(%s) ok = %v", tc.script, ok)
		}
	}
	if ClassifyScript([]byte{0x4c}) != ClassNonStandard || IsLocked([]byte{0x4c}) {
		t.Error("unparseable script classified")
	}
	if ClassP2PKH.String() != "pay_key_hash" || ScriptClass(200).String() != "script_class(200)" {
		t.Error("class names")
	}
}

func TestLockHeight(t *testing.T) {
	s := mustScript(t, "[ 7062 ] numequalverify dup hash160 [ "+h20+" ] equalverify checksig")
	if h, ok := LockHeight(s); !ok || h != 25200 {
		t.Errorf("LockHeight = %d, %v; want 25200", h, ok)
	}
	if _, ok := LockHeight(p2pkhScript([20]byte{})); ok {
		t.Error("LockHeight of a plain P2PKH")
	}
	for _, tc := range []struct {
		hex  string
		want uint64
	}{{"", 0}, {"80", 0}, {"ff00", 255}, {"0a", 10}, {"e02e", 12000}, {"0102030405060708090a", 0}} {
		if got := scriptNumber(mustHex(t, tc.hex)); got != tc.want {
			t.Errorf("scriptNumber(%s) = %d, want %d", tc.hex, got, tc.want)
		}
	}
}

func TestOutputLockedHeightInJSON(t *testing.T) {
	tx := &Tx{Version: 4, Outputs: []Output{{
		Value:      5,
		Script:     mustScript(t, "[ 7062 ] numequalverify dup hash160 [ "+h20+" ] equalverify checksig"),
		Attachment: ETPAttachment(),
	}, {
		Script:     BlackholeScript(),
		Attachment: ETPAttachment(),
	}, {
		Script:     mustScript(t, "return [ 0102 ]"),
		Attachment: MessageAttachment("<&>"),
	}}}
	got, err := MarshalTxJSON(tx, Mainnet)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"hash":"` + tx.Hash().String() + `","inputs":[],"lock_time":"0","outputs":[` +
		`{"address":"MFBEjD9QwgTxnRiUGd2qXATYxcReyG5ZtB","attachment":{"type":"etp"},"index":0,"locked_height_range":25200,"script":"[ 7062 ] numequalverify dup hash160 [ ` + h20 + ` ] equalverify checksig","value":5},` +
		`{"address":"1111111111111111111114oLvT2","attachment":{"type":"etp"},"index":1,"locked_height_range":0,"script":"return","value":0},` +
		`{"attachment":{"content":"<&>","type":"message"},"index":2,"locked_height_range":0,"script":"return [ 0102 ]","stealth":{},"value":0}` +
		`],"version":"4"}`
	if string(got) != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
