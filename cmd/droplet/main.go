// Command droplet is TokenDroplet's tool for operators and developers.
//
//	droplet devnet [-dir .devnet]                                     run the whole bridge locally until Ctrl-C
//	droplet demo [-dir .devnet]                                       transfers both ways on a running devnet
//	droplet devnet-init -dir .devnet -database URL                    write a devnet's configuration once
//	droplet config check -routes F -signer F -watcher F ...           validate configuration files
//	droplet mvs decoderawtx [-network NET] HEX                          a Metaverse transaction as mvsd prints it
//	droplet mvs validateaddress ADDRESS                                 check a Metaverse address
//	droplet mvs multisig -m M PUBKEY...                                 a multisig address and redeem script, as mvsd derives them
package main

import (
	"fmt"
	"io"
	"os"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: droplet devnet|demo|devnet-init|config check|mvs [flags]")
		return 2
	}
	switch args[0] {
	case "devnet":
		return devnetRun(args[1:], stdout, stderr)
	case "demo":
		return demoRun(args[1:], stdout, stderr)
	case "devnet-init":
		return devnetInit(args[1:], stdout, stderr)
	case "mvs":
		return mvsCommand(args[1:], stdout, stderr)
	case "config":
		if len(args) > 1 && args[1] == "check" {
			return configCheck(args[2:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "droplet: unknown command %q\n", args[0])
	return 2
}
