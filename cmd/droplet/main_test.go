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
