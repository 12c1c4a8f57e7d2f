package mvsdevnet

import (
	"errors"
	"fmt"
	"time"

	"github.com/tokendroplet/droplet/internal/mvs"
)

// Amounts in ETP bits (1 ETP = 1e8 bits).
const (
	ETP = 100_000_000

	// mvsd's bounds on a raw transaction's fee (base_transfer_common::minimum_fee, maximum_fee).
	DefaultMinFee uint64 = 10_000
	DefaultMaxFee uint64 = 10_000_000_000
)

// Config configures a devnet node.
type Config struct {
	// Dir holds the node's state (an append-only log). Required.
	Dir string
	// Network is "devnet" (testnet address prefixes, the default), "testnet" or "mainnet".
	Network string
	// BlockInterval is how often Run mines a block, with or without transactions. Zero mines
	// only on demand (Mine, or the devnet_mine method).
	BlockInterval time.Duration
	// GenesisAddress receives GenesisValue in the genesis block. The default is the address of
	// DevKey("genesis").
	GenesisAddress string
	GenesisValue   uint64
	// GenesisTime is the genesis block's timestamp (Unix seconds). Changing any genesis field
	// makes another chain: Open refuses a directory holding a different one.
	GenesisTime uint32
	// MinerAddress receives each block's coinbase: BlockReward plus the fees. The default is
	// the address of DevKey("miner").
	MinerAddress string
	BlockReward  uint64
	// MinFee and MaxFee bound a transaction's fee (inputs minus outputs), as mvsd does.
	MinFee, MaxFee uint64
}

// Default returns a configuration with every field but Dir set.
func Default() Config {
	return Config{
		Network:        "devnet",
		BlockInterval:  5 * time.Second,
		GenesisAddress: NewWallet(mvs.Testnet, DevKey("genesis")).Address(),
		GenesisValue:   50_000_000 * ETP, // mvsd's genesis output: 5e15 bits
		GenesisTime:    1_700_000_000,
		MinerAddress:   NewWallet(mvs.Testnet, DevKey("miner")).Address(),
		BlockReward:    3 * ETP, // the coinbase reward of the docs
		MinFee:         DefaultMinFee,
		MaxFee:         DefaultMaxFee,
	}
}

// Validate checks the configuration.
func (c Config) Validate() error {
	var errs []error
	if c.Dir == "" {
		errs = append(errs, errors.New("dir: required"))
	}
	net, err := mvs.ParseNetwork(c.Network)
	if err != nil {
		errs = append(errs, fmt.Errorf("network: %w", err))
	} else {
		for name, a := range map[string]string{"genesis address": c.GenesisAddress, "miner address": c.MinerAddress} {
			addr, err := mvs.ParseAddressFor(a, net)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", name, err))
			} else if addr.Kind() != mvs.KindP2PKH {
				errs = append(errs, fmt.Errorf("%s: %s is not a pay-to-key-hash address", name, a))
			}
		}
	}
	if c.BlockInterval < 0 {
		errs = append(errs, errors.New("block interval: negative"))
	}
	if c.MinFee == 0 || c.MaxFee < c.MinFee {
		errs = append(errs, fmt.Errorf("fees: want 0 < min (%d) <= max (%d)", c.MinFee, c.MaxFee))
	}
	if c.GenesisValue == 0 {
		errs = append(errs, errors.New("genesis value: zero"))
	}
	return errors.Join(errs...)
}

func (c Config) network() mvs.Network {
	n, _ := mvs.ParseNetwork(c.Network) // checked by Validate
	return n
}
