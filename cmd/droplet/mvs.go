package main

import (
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"

	"github.com/tokendroplet/droplet/internal/mvs"
)

// mvsCommand serves the operators' Metaverse tools, offline:
//
//	droplet mvs decoderawtx [-network mainnet|testnet|devnet] HEX
//	droplet mvs validateaddress ADDRESS
//	droplet mvs multisig -m M PUBKEY...
func mvsCommand(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: droplet mvs decoderawtx [-network NET] HEX | validateaddress ADDRESS | multisig -m M PUBKEY...")
		return 2
	}
	fs := flag.NewFlagSet("droplet mvs "+args[0], flag.ContinueOnError)
	fs.SetOutput(stderr)
	network := fs.String("network", "mainnet", "mainnet, testnet or devnet: how addresses are printed")
	var threshold *int
	if args[0] == "multisig" {
		threshold = fs.Int("m", 0, "signatures a spend needs")
	}
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	if args[0] == "multisig" {
		return multisigCommand(*threshold, fs.Args(), stdout, stderr)
	}
	if fs.NArg() != 1 {
		fmt.Fprintf(stderr, "droplet mvs %s: want exactly one argument\n", args[0])
		return 2
	}
	arg := strings.TrimSpace(fs.Arg(0))
	switch args[0] {
	case "decoderawtx":
		net, err := mvs.ParseNetwork(*network)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 2
		}
		tx, err := mvs.DecodeHex(arg)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		out, err := json.MarshalIndent(decodedTx{TxView: mvs.NewTxView(tx, net), Multisig: multisigInputs(tx)}, "", "    ")
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		fmt.Fprintln(stdout, string(out))
		return 0
	case "validateaddress":
		a, err := mvs.ParseAddress(arg)
		res := map[string]any{"address": arg, "is_valid": err == nil}
		if err != nil {
			res["error"] = err.Error()
		} else {
			res["type"] = a.Kind().String()
			net := "mainnet"
			if !a.IsFor(mvs.Mainnet) {
				net = "testnet"
			} else if a.IsFor(mvs.Testnet) {
				net = "any"
			}
			res["network"] = net
		}
		out, _ := json.MarshalIndent(res, "", "    ")
		fmt.Fprintln(stdout, string(out))
		if err != nil {
			return 1
		}
		return 0
	}
	fmt.Fprintf(stderr, "droplet mvs: unknown command %q\n", args[0])
	return 2
}

// decodedTx is mvsd's decoderawtx answer plus, for each input that spends a multisig address,
// its signatures (with the key each belongs to) and redeem script.
type decodedTx struct {
	*mvs.TxView
	Multisig []multisigInput `json:"multisig_inputs,omitempty"`
}

type multisigInput struct {
	Input        int           `json:"input"`
	Address      string        `json:"address"`
	M            int           `json:"m"`
	N            int           `json:"n"`
	RedeemScript string        `json:"multisig-script"`
	Redeem       string        `json:"redeem"`
	Signatures   []multisigSig `json:"signatures"`
	Complete     bool          `json:"complete"`
}

type multisigSig struct {
	Signature string `json:"signature"`
	PublicKey string `json:"public_key,omitempty"`
	Error     string `json:"error,omitempty"`
}

func multisigInputs(tx *mvs.Tx) []multisigInput {
	var out []multisigInput
	for i := range tx.Inputs {
		sp, err := mvs.DecodeMultisigScriptSig(tx.Inputs[i].Script)
		if err != nil {
			continue
		}
		ms := sp.Multisig
		in := multisigInput{Input: i, Address: ms.Address().String(), M: ms.M(), N: ms.N(),
			RedeemScript: ms.String(), Redeem: hex.EncodeToString(sp.Redeem)}
		keys := ms.Keys()
		for _, sig := range sp.Signatures {
			v := multisigSig{Signature: hex.EncodeToString(sig)}
			if k, err := mvs.MultisigSigner(tx, i, ms, sig); err != nil {
				v.Error = err.Error()
			} else {
				v.PublicKey = hex.EncodeToString(keys[k])
			}
			in.Signatures = append(in.Signatures, v)
		}
		in.Complete = mvs.VerifyMultisigInput(tx, i, ms.Script()) == nil
		out = append(out, in)
	}
	return out
}

// multisigCommand prints the pay-to-script-hash address and redeem script of an m-of-n key set
// as mvsd's getnewmultisig derives them (keys sorted by their bytes).
func multisigCommand(m int, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: droplet mvs multisig -m M PUBKEY...")
		return 2
	}
	var keys []*secp256k1.PublicKey
	for _, a := range args {
		b, err := hex.DecodeString(strings.TrimSpace(a))
		if err != nil {
			fmt.Fprintf(stderr, "droplet mvs multisig: public key %q: %v\n", a, err)
			return 1
		}
		k, err := secp256k1.ParsePubKey(b)
		if err != nil {
			fmt.Fprintf(stderr, "droplet mvs multisig: public key %q: %v\n", a, err)
			return 1
		}
		keys = append(keys, k)
	}
	ms, err := mvs.NewMultisig(m, keys)
	if err != nil {
		fmt.Fprintf(stderr, "droplet mvs multisig: %v\n", err)
		return 1
	}
	var hexKeys []string
	for _, k := range ms.Keys() {
		hexKeys = append(hexKeys, hex.EncodeToString(k))
	}
	out, err := json.MarshalIndent(map[string]any{
		"address": ms.Address().String(), "m": ms.M(), "n": ms.N(), "multisig-script": ms.String(),
		"redeem": hex.EncodeToString(ms.RedeemScript()), "public-keys": hexKeys,
		"script": mvs.FormatScript(ms.Script()),
	}, "", "    ")
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	fmt.Fprintln(stdout, string(out))
	return 0
}
