package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestMvsCommands(t *testing.T) {
	// metaversejs's "Single input ETP tx, version 2", as a real mvsd (testnet rules) decoded it.
	const raw = "0200000001ea1a27de1f3cee7c31033b93fd493717b2ff47e756df1185007d65bf7db25455010000006b483045022100f8fa56d4f3015689c01f4557351e858aec4a139d752bc19b322390093393efc3022077d706621c3e36c8b6a90c6d354e8a85dd81d39a4e2fb582c0fd28f3f1a9caec0121034593f54b073ed6a3728056d0f6595d614c717c639a9301761de7c8ef5d5fe1b4ffffffff0201000000000000001976a914f087200b95bd043a134a0cead903e0a3600d79eb88ac0100000000000000db604b00000000001976a9147f8ac2a0179a4eb308c7ae837aed878b5ed25de288ac010000000000000000000000"
	var out bytes.Buffer
	if code := run([]string{"mvs", "decoderawtx", "-network", "testnet", raw}, &out, &out); code != 0 {
		t.Fatalf("exit %d: %s", code, out.String())
	}
	var v struct {
		Hash    string `json:"hash"`
		Version string `json:"version"`
		Inputs  []struct {
			Address string `json:"address"`
		} `json:"inputs"`
		Outputs []struct {
			Address string `json:"address"`
			Script  string `json:"script"`
			Value   uint64 `json:"value"`
		} `json:"outputs"`
	}
	if err := json.Unmarshal(out.Bytes(), &v); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	if v.Hash != "d700c4518392419a689d0a4e516c4811fe72388893c6afe710a1f1145b4a3237" || v.Version != "2" ||
		v.Inputs[0].Address != "tJYz6PJtVoqWEqrRF3nWP6mZQ7dbxTK3dS" || v.Outputs[0].Address != "tUrQ6VXMEvrdWJLJin7rGtLgKsRMzpnu3G" ||
		v.Outputs[1].Value != 4939995 || v.Outputs[0].Script != "dup hash160 [ f087200b95bd043a134a0cead903e0a3600d79eb ] equalverify checksig" {
		t.Fatalf("decoded %+v", v)
	}
	out.Reset()
	if code := run([]string{"mvs", "decoderawtx", raw[:40]}, &out, &out); code != 1 || !strings.Contains(out.String(), "mvs") {
		t.Fatalf("truncated transaction: exit %d: %s", code, out.String())
	}
	out.Reset()
	if code := run([]string{"mvs", "validateaddress", "MAwLwVGwJyFsTBfNj2j5nCUrQXGVRvHzPh"}, &out, &out); code != 0 ||
		!strings.Contains(out.String(), `"is_valid": true`) || !strings.Contains(out.String(), `"network": "mainnet"`) {
		t.Fatalf("valid address: exit %d: %s", code, out.String())
	}
	out.Reset()
	if code := run([]string{"mvs", "validateaddress", "MAwLwVGwJyFsTBfNj2j5nCUrQXGVRvHzPi"}, &out, &out); code != 1 ||
		!strings.Contains(out.String(), "checksum") {
		t.Fatalf("bad checksum: exit %d: %s", code, out.String())
	}
}

func TestMvsMultisigCommands(t *testing.T) {
	// mvsd's getnewmultisig documentation: these keys, 2 of 3, give this address.
	var out bytes.Buffer
	code := run([]string{"mvs", "multisig", "-m", "2",
		"03f97e079ccae21e1ee65d5ee64e5c27d7d6ce9a867cec75e9736ad5f258329e02",
		"03d29f0b96f332e50d6014cb91c334214ecb8caf2881a97e7d944bdf4e5fd6a39e",
		"02729cae0c16009f44440f306b76fafb7a7d2503741a619c15b41ff927c1afd6b9"}, &out, &out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, out.String())
	}
	var ms struct {
		Address string   `json:"address"`
		Script  string   `json:"multisig-script"`
		Keys    []string `json:"public-keys"`
	}
	if err := json.Unmarshal(out.Bytes(), &ms); err != nil {
		t.Fatal(err)
	}
	if ms.Address != "39hh1NY9xyTKzawD8zFKXgXa7XBwqck6BR" || ms.Keys[0] != "02729cae0c16009f44440f306b76fafb7a7d2503741a619c15b41ff927c1afd6b9" ||
		!strings.HasPrefix(ms.Script, "2 [ 02729cae") || !strings.HasSuffix(ms.Script, "] 3 checkmultisig") {
		t.Fatalf("multisig: %s", out.String())
	}
	for _, args := range [][]string{
		{"mvs", "multisig", "-m", "3", "02729cae0c16009f44440f306b76fafb7a7d2503741a619c15b41ff927c1afd6b9"},
		{"mvs", "multisig", "-m", "1", "02729c"},
		{"mvs", "multisig", "-m", "1", "zz"},
	} {
		out.Reset()
		if code := run(args, &out, &out); code != 1 {
			t.Errorf("%v: exit %d: %s", args, code, out.String())
		}
	}

	// mvsd's signmultisigtx documentation: the spend signed by the first two keys.
	const signed = "02000000016453713104d144387553bcb0fa457f40d2dc5fb916bd9e2256835a4b6de48d4c00000000fdfd0000483045022100cbfdda943648344dc03fd92a905072082af93dfd4f166e3d1bb258e3437069790220321ee22c6a2543392909e21cd347d009a6d32173c23700424b45b4592d4075e3014730440220018b6a113d89de18b6c3c7090758cf9e4ca24e7762a2796b872bf6d2d1015b96022046b4518aa9451e617dff9467db7fe0c0d45811d0884faed51e343fec2c4579ff014c69522102729cae0c16009f44440f306b76fafb7a7d2503741a619c15b41ff927c1afd6b92103d29f0b96f332e50d6014cb91c334214ecb8caf2881a97e7d944bdf4e5fd6a39e2103f97e079ccae21e1ee65d5ee64e5c27d7d6ce9a867cec75e9736ad5f258329e0253aeffffffff02100d0000000000001976a9146a20e940e8d7be0a49c598e91fa79c8b36e5353588ac0100000000000000d0fb01000000000017a91457e1a19e5ee4c0065f8fd76b0351fa145e44435a87010000000000000000000000"
	out.Reset()
	if code := run([]string{"mvs", "decoderawtx", signed}, &out, &out); code != 0 {
		t.Fatalf("exit %d: %s", code, out.String())
	}
	var v struct {
		Inputs []struct {
			Address string `json:"address"`
		} `json:"inputs"`
		Multisig []struct {
			Address    string `json:"address"`
			M          int    `json:"m"`
			Complete   bool   `json:"complete"`
			Signatures []struct {
				PublicKey string `json:"public_key"`
			} `json:"signatures"`
		} `json:"multisig_inputs"`
	}
	if err := json.Unmarshal(out.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Multisig) != 1 || v.Multisig[0].Address != "39hh1NY9xyTKzawD8zFKXgXa7XBwqck6BR" || !v.Multisig[0].Complete ||
		len(v.Multisig[0].Signatures) != 2 || v.Multisig[0].Signatures[1].PublicKey != "03d29f0b96f332e50d6014cb91c334214ecb8caf2881a97e7d944bdf4e5fd6a39e" ||
		v.Inputs[0].Address != "39hh1NY9xyTKzawD8zFKXgXa7XBwqck6BR" {
		t.Fatalf("decoded: %s", out.String())
	}
}
