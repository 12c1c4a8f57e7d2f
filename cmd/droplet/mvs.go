package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/tokendroplet/droplet/internal/mvs"
)

// mvsCommand serves the operators' Metaverse tools, offline:
//
//	droplet mvs decoderawtx [-network mainnet|testnet|devnet] HEX
//	droplet mvs validateaddress ADDRESS
func mvsCommand(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: droplet mvs decoderawtx [-network NET] HEX | validateaddress ADDRESS")
		return 2
	}
	fs := flag.NewFlagSet("droplet mvs "+args[0], flag.ContinueOnError)
	fs.SetOutput(stderr)
	network := fs.String("network", "mainnet", "mainnet, testnet or devnet: how addresses are printed")
	if err := fs.Parse(args[1:]); err != nil {
		return 2
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
		out, err := json.MarshalIndent(mvs.NewTxView(tx, net), "", "    ")
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
