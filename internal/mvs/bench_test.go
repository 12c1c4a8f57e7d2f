package mvs

import "testing"

func BenchmarkDecode(b *testing.B) {
	raw := mustHex(b, vecIssueSubdomain) // 7 inputs, asset-issue and cert attachments
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(raw); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncode(b *testing.B) {
	tx, err := DecodeHex(vecIssueSubdomain)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		tx.Encode()
	}
}

func BenchmarkSignInput(b *testing.B) {
	tx, err := DecodeHex(vecAsset)
	if err != nil {
		b.Fatal(err)
	}
	prev := mustAddrScript(b, "MKXYH2MhpvA3GU7kMk8y3SoywGnyHEj5SB")
	key := mustKey(b, "MKXYH2MhpvA3GU7kMk8y3SoywGnyHEj5SB")
	b.ReportAllocs()
	for b.Loop() {
		if err := SignInput(tx, 2, prev, key); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerifyInput(b *testing.B) {
	tx, err := DecodeHex(vecAsset)
	if err != nil {
		b.Fatal(err)
	}
	prev := mustAddrScript(b, "MKXYH2MhpvA3GU7kMk8y3SoywGnyHEj5SB")
	b.ReportAllocs()
	for b.Loop() {
		if err := VerifyInput(tx, 2, prev); err != nil {
			b.Fatal(err)
		}
	}
}
