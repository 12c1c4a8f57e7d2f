package mvs

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// Building blocks for hand-made transactions (hex).
const (
	hVer4     = "04000000"
	hHash     = "1b1cb3fc24c24e13a71e11f26fd3bc8c69ff15e1269783e09b276a23b6bf1e18"
	hInput    = hHash + "00000000" + "00" + "ffffffff"
	hP2PKH    = "1976a91404a31ae84a152ca773728761b7260726d8aeff8c88ac"
	hValue    = "6400000000000000"
	hETP      = "01000000" + "00000000"
	hLock     = "00000000"
	hOutETP   = hValue + hP2PKH + hETP
	hOneInput = hVer4 + "01" + hInput
)

func TestDecodeValidHandMade(t *testing.T) {
	for name, h := range map[string]string{
		"etp":             hOneInput + "01" + hOutETP + hLock,
		"no inputs":       hVer4 + "00" + "01" + hOutETP + hLock,
		"no outputs":      hOneInput + "00" + hLock,
		"asset transfer":  hOneInput + "01" + hValue + hP2PKH + "01000000" + "02000000" + "02000000" + "03444e41" + "0b00000000000000" + hLock,
		"207 etp":         hOneInput + "01" + hValue + hP2PKH + "cf000000" + "00000000" + "0764726f706c6574" + "00" + hLock,
		"message":         hOneInput + "01" + hValue + hP2PKH + "01000000" + "03000000" + "026869" + hLock,
		"did register":    hOneInput + "01" + hValue + hP2PKH + "01000000" + "04000000" + "01000000" + "0141" + "0142" + hLock,
		"mit transfer":    hOneInput + "01" + hValue + hP2PKH + "01000000" + "06000000" + "02" + "0141" + "0142" + hLock,
		"mit register":    hOneInput + "01" + hValue + hP2PKH + "01000000" + "06000000" + "01" + "0141" + "0142" + "0143" + hLock,
		"cert mining":     hOneInput + "01" + hValue + hP2PKH + "01000000" + "05000000" + "0141" + "0142" + "0143" + "04000060" + "01" + "0144" + hLock,
		"cert domain":     hOneInput + "01" + hValue + hP2PKH + "01000000" + "05000000" + "0141" + "0142" + "0143" + "02000000" + "00" + hLock,
		"coinstake":       hOneInput + "01" + hValue + hP2PKH + "01000000" + "ffffffff" + hLock,
		"coinbase attach": hOneInput + "01" + hValue + hP2PKH + "00000000" + "00000000" + hLock,
		"3-byte varint":   hOneInput + "01" + hValue + "fdfd00" + strings.Repeat("00", 0xfd) + hETP + hLock,
	} {
		t.Run(name, func(t *testing.T) {
			raw := mustHex(t, h)
			tx, err := Decode(raw)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if !bytes.Equal(tx.Encode(), raw) {
				t.Fatalf("round trip differs")
			}
			if err := tx.Validate(); err != nil {
				t.Fatalf("Validate: %v", err)
			}
			if _, err := MarshalTxJSON(tx, Mainnet); err != nil {
				t.Fatalf("MarshalTxJSON: %v", err)
			}
		})
	}
}

func TestDecodeRejects(t *testing.T) {
	tests := []struct {
		name string
		hex  string
		want error
	}{
		{"empty", "", ErrTruncated},
		{"short version", "0400", ErrTruncated},
		{"version 5", "05000000" + "01" + hInput + "00" + hLock, ErrUnsupportedTxVersion},
		{"version max", "ffffffff" + "00" + "00" + hLock, ErrUnsupportedTxVersion},
		{"no input count", hVer4, ErrTruncated},
		{"non-canonical input count fd", hVer4 + "fd0100" + hInput + "00" + hLock, ErrNonCanonicalVarInt},
		{"non-canonical input count fe", hVer4 + "fe01000000" + hInput + "00" + hLock, ErrNonCanonicalVarInt},
		{"non-canonical input count ff", hVer4 + "ff0100000000000000" + hInput + "00" + hLock, ErrNonCanonicalVarInt},
		{"truncated varint", hVer4 + "fd01", ErrTruncated},
		{"input count beyond data", hVer4 + "02" + hInput + "00" + hLock, ErrOversized},
		{"huge input count", hVer4 + "ffffffffffffffffff" + hInput, ErrOversized},
		{"input count fits count but not data", hVer4 + "fdfd00" + strings.Repeat("00", 100), ErrOversized},
		{"script length beyond data", hOneInput[:len(hOneInput)-10] + "fd0002" + "ffffffff" + "00" + hLock, ErrOversized},
		{"non-canonical script length", hVer4 + "01" + hHash + "00000000" + "fd0000" + "ffffffff" + "00" + hLock, ErrNonCanonicalVarInt},
		{"truncated sequence", hVer4 + "01" + hHash + "00000000" + "0a" + strings.Repeat("51", 10) + "ffff", ErrTruncated},
		{"no output count", hOneInput, ErrTruncated},
		{"output count beyond data", hOneInput + "05" + hOutETP + hLock, ErrOversized},
		{"output script beyond data", hOneInput + "01" + hValue + "50" + hETP + hLock, ErrOversized},
		{"non-canonical output script length", hOneInput + "01" + hValue + "fd1900" + hP2PKH[2:] + hETP + hLock, ErrNonCanonicalVarInt},
		{"truncated attachment version", hOneInput + "01" + hValue + hP2PKH + "0100", ErrTruncated},
		{"attachment version 2", hOneInput + "01" + hValue + hP2PKH + "02000000" + "00000000" + hLock, ErrUnknownAttachmentVersion},
		{"attachment version 206", hOneInput + "01" + hValue + hP2PKH + "ce000000" + "00000000" + hLock, ErrUnknownAttachmentVersion},
		{"truncated attachment type", hOneInput + "01" + hValue + hP2PKH + "01000000" + "0000", ErrTruncated},
		{"attachment type 1 (etp award)", hOneInput + "01" + hValue + hP2PKH + "01000000" + "01000000" + hLock, ErrUnknownAttachmentType},
		{"attachment type 7", hOneInput + "01" + hValue + hP2PKH + "01000000" + "07000000" + hLock, ErrUnknownAttachmentType},
		{"attachment type 0xfffffffe", hOneInput + "01" + hValue + hP2PKH + "01000000" + "feffffff" + hLock, ErrUnknownAttachmentType},
		{"to_did beyond data", hOneInput + "01" + hValue + hP2PKH + "cf000000" + "00000000" + "40" + "6162" + hLock, ErrOversized},
		{"missing from_did", hOneInput + "01" + hValue + hP2PKH + "cf000000" + "00000000" + "00", ErrTruncated},
		{"asset status 0", hOneInput + "01" + hValue + hP2PKH + "01000000" + "02000000" + "00000000" + "0141" + "0100000000000000" + hLock, ErrUnknownAttachmentStatus},
		{"asset status 3", hOneInput + "01" + hValue + hP2PKH + "01000000" + "02000000" + "03000000" + "0141" + "0100000000000000" + hLock, ErrUnknownAttachmentStatus},
		{"truncated asset quantity", hOneInput + "01" + hValue + hP2PKH + "01000000" + "02000000" + "02000000" + "0141" + "0100", ErrTruncated},
		{"asset symbol beyond data", hOneInput + "01" + hValue + hP2PKH + "01000000" + "02000000" + "02000000" + "fd0001" + "41", ErrOversized},
		{"truncated asset issue", hOneInput + "01" + hValue + hP2PKH + "01000000" + "02000000" + "01000000" + "0141" + "0a00000000000000" + "0000", ErrTruncated},
		{"message beyond data", hOneInput + "01" + hValue + hP2PKH + "01000000" + "03000000" + "0a6869" + hLock, ErrOversized},
		{"did status 3", hOneInput + "01" + hValue + hP2PKH + "01000000" + "04000000" + "03000000" + "0141" + "0142" + hLock, ErrUnknownAttachmentStatus},
		{"mit status 0", hOneInput + "01" + hValue + hP2PKH + "01000000" + "06000000" + "00" + "0141" + "0142" + hLock, ErrUnknownAttachmentStatus},
		{"mit register without content", hOneInput + "01" + hValue + hP2PKH + "01000000" + "06000000" + "01" + "0141" + "0142", ErrTruncated},
		{"mining cert without content", hOneInput + "01" + hValue + hP2PKH + "01000000" + "05000000" + "0141" + "0142" + "0143" + "04000060" + "01", ErrTruncated},
		{"no lock time", hOneInput + "01" + hOutETP, ErrTruncated},
		{"short lock time", hOneInput + "01" + hOutETP + "0000", ErrTruncated},
		{"trailing byte", hOneInput + "01" + hOutETP + hLock + "00", ErrTrailingBytes},
		{"trailing tx", vecDocUnsigned + vecDocUnsigned, ErrTrailingBytes},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tx, err := Decode(mustHex(t, tc.hex))
			if err == nil {
				t.Fatalf("Decode accepted it: %+v", tx)
			}
			if !errors.Is(err, ErrMalformedTx) {
				t.Errorf("error %q does not wrap ErrMalformedTx", err)
			}
			if !errors.Is(err, tc.want) {
				t.Errorf("error %q does not wrap %q", err, tc.want)
			}
			if tx != nil {
				t.Error("a failed Decode returned a transaction")
			}
		})
	}
}

func TestDecodeHexRejectsNonHex(t *testing.T) {
	_, err := DecodeHex("zz")
	if !errors.Is(err, ErrMalformedTx) {
		t.Fatalf("DecodeHex(zz) = %v", err)
	}
}

// Every proper prefix of a valid transaction must fail cleanly.
func TestDecodeEveryTruncation(t *testing.T) {
	for _, h := range []string{vecIssueSubdomain, vecStakeLock, vecAttenuation, vecDocMultisig} {
		raw := mustHex(t, h)
		for n := 0; n < len(raw); n++ {
			_, err := Decode(raw[:n])
			if err == nil {
				t.Fatalf("Decode accepted a %d-byte prefix of %d", n, len(raw))
			}
			if !errors.Is(err, ErrTruncated) && !errors.Is(err, ErrOversized) {
				t.Fatalf("prefix %d: unexpected error class: %v", n, err)
			}
		}
	}
}

func TestDecodeDoesNotAlias(t *testing.T) {
	raw := mustHex(t, vecStakeLock)
	tx, err := Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	want := tx.Encode()
	for i := range raw {
		raw[i] = 0xee
	}
	if !bytes.Equal(tx.Encode(), want) {
		t.Fatal("decoded transaction changed when the input buffer did")
	}
}

func TestValidateRejectsUnrepresentable(t *testing.T) {
	base := func(a Attachment) *Tx {
		return &Tx{Version: 4, Outputs: []Output{{Script: BlackholeScript(), Attachment: a}}}
	}
	tests := []struct {
		name string
		a    Attachment
		want error
	}{
		{"dids on version 1", Attachment{Version: 1, ToDID: "x"}, ErrAttachmentNotRepresentable},
		{"version 3", Attachment{Version: 3}, ErrUnknownAttachmentVersion},
		{"type 9", Attachment{Version: 1, Type: 9}, ErrUnknownAttachmentType},
		{"asset status 7", Attachment{Version: 1, Type: AttachmentAsset, Status: 7}, ErrUnknownAttachmentStatus},
		{"did status 0", Attachment{Version: 1, Type: AttachmentDID}, ErrUnknownAttachmentStatus},
		{"mit status 3", Attachment{Version: 1, Type: AttachmentMIT, Status: 3}, ErrUnknownAttachmentStatus},
		{"mit transfer with content", Attachment{Version: 1, Type: AttachmentMIT, Status: 2, Content: "x"}, ErrAttachmentNotRepresentable},
		{"cert status 256", Attachment{Version: 1, Type: AttachmentCert, Status: 256}, ErrAttachmentNotRepresentable},
		{"domain cert with content", Attachment{Version: 1, Type: AttachmentCert, CertType: 2, Content: "x"}, ErrAttachmentNotRepresentable},
	}
	for _, tc := range tests {
		err := base(tc.a).Validate()
		if !errors.Is(err, tc.want) || !errors.Is(err, ErrMalformedTx) {
			t.Errorf("%s: Validate = %v, want %v", tc.name, err, tc.want)
		}
	}
	if err := (&Tx{Version: 9}).Validate(); !errors.Is(err, ErrUnsupportedTxVersion) {
		t.Errorf("Validate(version 9) = %v", err)
	}
}
