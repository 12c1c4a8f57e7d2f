package mvs

import (
	"bytes"
	"errors"
	"testing"
)

func FuzzDecode(f *testing.F) {
	for _, h := range []string{
		vecCoinbase, vecSingle, vecMulti, vecAsset, vecLockedFee, vecStakeLock, vecAttenuation,
		vecAttenuationSigned, vecIssueSubdomain, vecMessage, vecDocUnsigned, vecDocSigned,
		vecDocAssetV4, vecDocMultisig,
		hOneInput + "01" + hValue + hP2PKH + "01000000" + "05000000" + "0141" + "0142" + "0143" + "04000060" + "01" + "0144" + hLock,
		hOneInput + "01" + hValue + hP2PKH + "01000000" + "06000000" + "01" + "0141" + "0142" + "0143" + hLock,
		hOneInput + "01" + hValue + hP2PKH + "01000000" + "04000000" + "01000000" + "0141" + "0142" + hLock,
		hOneInput + "01" + hValue + hP2PKH + "01000000" + "ffffffff" + hLock,
	} {
		f.Add(mustHex(f, h))
	}
	f.Add([]byte{})
	f.Add([]byte{4, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, raw []byte) {
		tx, err := Decode(raw)
		if err != nil {
			if !errors.Is(err, ErrMalformedTx) {
				t.Fatalf("error without class: %v", err)
			}
			if tx != nil {
				t.Fatal("transaction returned with an error")
			}
			return
		}
		enc := tx.Encode()
		if !bytes.Equal(enc, raw) {
			t.Fatalf("round trip differs:\n in %x\nout %x", raw, enc)
		}
		if err := tx.Validate(); err != nil {
			t.Fatalf("decoded transaction fails Validate: %v", err)
		}
		if _, err := MarshalTxJSON(tx, Testnet); err != nil {
			t.Fatalf("MarshalTxJSON: %v", err)
		}
		// Verifying garbage must fail cleanly, never panic.
		for i := range tx.Inputs {
			for j := range tx.Outputs {
				_ = VerifyInput(tx, i, tx.Outputs[j].Script)
				_ = VerifyMultisigInput(tx, i, tx.Outputs[j].Script)
			}
		}
		if tx.Hash() != Hash(DoubleSHA256(raw)) {
			t.Fatal("Hash is not the hash of the encoding")
		}
	})
}

func FuzzParseAddress(f *testing.F) {
	for _, s := range []string{
		"MAwLwVGwJyFsTBfNj2j5nCUrQXGVRvHzPh", "tCrRWkDBZQTqp3AdZc39DSMJ8FremrTinj",
		"35cY636TPTfFW8PxhqH3BNRL54g1T4mbR2", BlackholeAddress, "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
		"", "1", "111111111111111111111111111111111", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", "M0",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAddress(s)
		if err != nil {
			if !errors.Is(err, ErrInvalidAddress) {
				t.Fatalf("error without class: %v", err)
			}
			return
		}
		if a.String() != s {
			t.Fatalf("ParseAddress(%q).String() = %q", s, a)
		}
		if a.Kind() == KindUnknown {
			t.Fatalf("accepted an address of unknown kind: %q", s)
		}
		if !a.IsFor(Mainnet) && !a.IsFor(Testnet) {
			t.Fatalf("accepted an address of no network: %q", s)
		}
		if got, ok := ExtractAddress(a.Script(), map[bool]Network{true: Mainnet, false: Testnet}[a.IsFor(Mainnet)]); !ok || got != s {
			t.Fatalf("script of %q extracts to %q", s, got)
		}
	})
}

func FuzzFormatScript(f *testing.F) {
	for _, h := range []string{"76a91404a31ae84a152ca773728761b7260726d8aeff8c88ac", "4c05aabb", "00", "6a", ""} {
		f.Add(mustHex(f, h))
	}
	f.Fuzz(func(t *testing.T, script []byte) {
		s := FormatScript(script)
		ClassifyScript(script)
		ExtractAddress(script, Mainnet)
		IsLocked(script)
		LockHeight(script)
		// Whatever prints as ops parses back to a script that prints the same.
		if back, err := ScriptFromString(s); err == nil {
			if FormatScript(back) != s {
				t.Fatalf("%x prints %q, which parses to %x that prints %q", script, s, back, FormatScript(back))
			}
		}
	})
}

func FuzzParseRedeemScript(f *testing.F) {
	ms, err := NewMultisig(2, docKeys(f))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(ms.RedeemScript())
	f.Add([]byte{0x51, 0x51, 0xae})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		ms, err := ParseRedeemScript(b)
		if err != nil {
			if !errors.Is(err, ErrInvalidScript) {
				t.Fatalf("error without class: %v", err)
			}
			return
		}
		if !bytes.Equal(ms.RedeemScript(), b) {
			t.Fatalf("round trip differs")
		}
		if ms.M() < 1 || ms.M() > ms.N() || ms.N() > MaxMultisigKeys {
			t.Fatalf("accepted %d of %d", ms.M(), ms.N())
		}
		if ClassifyScript(b) != ClassPayMultisig {
			t.Fatalf("accepted a script mvsd does not classify as multisig")
		}
	})
}

func FuzzDecodeMultisigScriptSig(f *testing.F) {
	full, err := DecodeHex(docMultisigFull)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(full.Inputs[0].Script)
	partial, err := DecodeHex(docMultisigPartial)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(partial.Inputs[0].Script)
	f.Add([]byte{0})
	f.Fuzz(func(t *testing.T, b []byte) {
		sp, err := DecodeMultisigScriptSig(b)
		// Verifying must never panic, whatever the script-sig.
		c := full.Clone()
		c.Inputs[0].Script = b
		verr := VerifyMultisigInput(c, 0, p2shScript(Hash160(b)))
		if err != nil {
			if !errors.Is(err, ErrInvalidScript) {
				t.Fatalf("error without class: %v", err)
			}
			if verr == nil {
				t.Fatal("a script-sig that does not decode verifies")
			}
			return
		}
		if len(sp.Signatures) > sp.Multisig.N() {
			t.Fatal("more signatures than keys")
		}
		again, err := DecodeMultisigScriptSig(multisigScriptSig(sp.Signatures, sp.Redeem))
		if err != nil || len(again.Signatures) != len(sp.Signatures) {
			t.Fatalf("canonical re-encoding does not decode: %v", err)
		}
		if ClassifyScript(b) != ClassSignMultisig {
			t.Fatalf("decoded a script-sig mvsd does not classify as sign_multisig: %s", ClassifyScript(b))
		}
	})
}
