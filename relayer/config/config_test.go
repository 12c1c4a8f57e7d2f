package config

import (
	"errors"
	"testing"
	"time"
)

// TestEthereumKeys: the example configuration is valid, and every wrong Ethereum payout key is
// refused by name.
func TestEthereumKeys(t *testing.T) {
	base, err := Load("../../deploy/examples/relayer.json")
	if err != nil {
		t.Fatal(err)
	}
	base.Ethereum.GasKeyFile = "gas.key" // the example's paths need not exist: Validate reads no file
	if err := base.Validate(); err != nil {
		t.Fatalf("the example: %v", err)
	}
	if base.Ethereum.ReplaceAfter.Duration != 3*time.Minute || base.Ethereum.FeeBumpPercent != 12 {
		t.Fatalf("the example's replacement keys read as %v and %d", base.Ethereum.ReplaceAfter, base.Ethereum.FeeBumpPercent)
	}
	for _, tc := range []struct {
		name string
		mod  func(*Ethereum)
		key  string
	}{
		{"no endpoint", func(e *Ethereum) { e.RPC = nil }, "ethereum.rpc"},
		{"no gas key", func(e *Ethereum) { e.GasKeyFile = "" }, "ethereum.gas_key_file"},
		{"no fee cap", func(e *Ethereum) { e.MaxFeeGwei = 0 }, "ethereum.max_fee_gwei"},
		{"fee cap in wei", func(e *Ethereum) { e.MaxFeeGwei = 200_000_000_000 }, "ethereum.max_fee_gwei"},
		{"no confirmations", func(e *Ethereum) { e.Confirmations = 0 }, "ethereum.confirmations"},
		{"negative wait", func(e *Ethereum) { e.ReplaceAfter.Duration = -time.Minute }, "ethereum.replace_after"},
		{"wait too short", func(e *Ethereum) { e.ReplaceAfter.Duration = time.Millisecond }, "ethereum.replace_after"},
		{"bump below the pools' minimum", func(e *Ethereum) { e.FeeBumpPercent = 9 }, "ethereum.fee_bump_percent"},
		{"bump above 100%", func(e *Ethereum) { e.FeeBumpPercent = 101 }, "ethereum.fee_bump_percent"},
		{"negative call timeout", func(e *Ethereum) { e.RPCTimeout.Duration = -time.Second }, "ethereum.rpc_timeout"},
		{"call timeout too short", func(e *Ethereum) { e.RPCTimeout.Duration = time.Millisecond }, "ethereum.rpc_timeout"},
		{"call timeout past a step's budget", func(e *Ethereum) { e.RPCTimeout.Duration = time.Minute }, "ethereum.rpc_timeout"},
	} {
		c := base
		eth := *base.Ethereum
		tc.mod(&eth)
		c.Ethereum = &eth
		var ke *KeyError
		if err := c.Validate(); !errors.As(err, &ke) || ke.Key != tc.key {
			t.Errorf("%s: %v, want an error on %s", tc.name, err, tc.key)
		}
	}
	// Absent replacement and timeout keys take the defaults.
	c := base
	eth := *base.Ethereum
	eth.ReplaceAfter.Duration, eth.FeeBumpPercent, eth.RPCTimeout.Duration = 0, 0, 0
	c.Ethereum = &eth
	if err := c.Validate(); err != nil {
		t.Fatalf("without replace_after, fee_bump_percent and rpc_timeout: %v", err)
	}
	eth.RPCTimeout.Duration = 2 * time.Second
	if err := c.Validate(); err != nil {
		t.Fatalf("with rpc_timeout 2s: %v", err)
	}
}
