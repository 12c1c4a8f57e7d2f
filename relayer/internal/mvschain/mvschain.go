// Package mvschain is the relayer's Metaverse payout chain: it proposes payouts built from the
// bridge's unspent outputs (reserving them, so two payouts never spend one output), broadcasts
// the signed transaction, rebroadcasts the very same transaction when it is dropped, and follows
// it to n confirmations.
package mvschain

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"

	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/mvsrpc"
	"github.com/tokendroplet/droplet/internal/transfer"
	relayerv1 "github.com/tokendroplet/droplet/proto/droplet/relayer/v1"
	"github.com/tokendroplet/droplet/relayer/internal/mvspayout"
	"github.com/tokendroplet/droplet/relayer/internal/pipeline"
	"github.com/tokendroplet/droplet/relayer/internal/store"
)

// reserveLock serialises proposals across replicas (pg_advisory_xact_lock).
const reserveLock = 0x64726f706c657421

// Config of the chain.
type Config struct {
	RPC           *mvsrpc.Client
	Routes        *transfer.Routes
	DB            *sql.DB // the relayer's database (table mvs_reserved)
	FeeBits       uint64
	Confirmations uint64
}

// Chain pays out on Metaverse.
type Chain struct {
	c      Config
	net    mvs.Network
	bridge mvs.Address
	mu     sync.Mutex
}

var _ pipeline.Chain = (*Chain)(nil)

// New checks the configuration.
func New(c Config) (*Chain, error) {
	net, err := mvs.ParseNetwork(c.Routes.Metaverse.Network)
	if err != nil {
		return nil, err
	}
	bridge, err := mvs.ParseAddressFor(c.Routes.Metaverse.BridgeAddress, net)
	if err != nil {
		return nil, fmt.Errorf("metaverse bridge address: %w", err)
	}
	if c.Confirmations == 0 {
		return nil, errors.New("mvschain: confirmations required")
	}
	return &Chain{c: c, net: net, bridge: bridge}, nil
}

// ChainID is the Metaverse chain id.
func (c *Chain) ChainID() uint64 { return c.c.Routes.MetaverseChainID() }

func outpointKey(p mvs.OutPoint) string { return fmt.Sprintf("%s:%d", p.Hash, p.Index) }

// Propose builds an unsigned payout from unreserved bridge outputs and reserves its inputs.
func (c *Chain) Propose(ctx context.Context, t *store.Transfer) ([]byte, [][]byte, error) {
	rt, ok := c.c.Routes.Route(t.Route)
	if !ok {
		return nil, nil, fmt.Errorf("unknown route %q", t.Route)
	}
	rcpt, err := mvs.ParseRecipient(string(t.Recipient), c.net)
	if err != nil {
		return nil, nil, fmt.Errorf("recipient: %w", err)
	}
	if !t.Amount.IsUint64() {
		return nil, nil, fmt.Errorf("amount %s does not fit a Metaverse output", t.Amount)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	tx, err := c.c.DB.BeginTx(ctx, nil)
	if err != nil {
		return nil, nil, err
	}
	defer tx.Rollback() //nolint:errcheck // no-op after Commit
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(reserveLock)); err != nil {
		return nil, nil, err
	}
	// A new proposal for this transfer replaces its earlier one (which was never signed, or the
	// signer answers with the signed one, whose inputs Signed reserves again).
	if _, err := tx.ExecContext(ctx, `DELETE FROM mvs_reserved WHERE transfer_id = $1`, t.ID); err != nil {
		return nil, nil, err
	}
	reserved := map[string]bool{}
	rows, err := tx.QueryContext(ctx, `SELECT outpoint FROM mvs_reserved`)
	if err != nil {
		return nil, nil, err
	}
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			rows.Close()
			return nil, nil, err
		}
		reserved[k] = true
	}
	rows.Close()

	symbol := rt.Metaverse.Symbol
	var list []mvsrpc.UTXO
	if symbol != "ETP" {
		a, err := c.c.RPC.AddressAssetUTXOs(ctx, c.bridge.String(), symbol, 1)
		if err != nil {
			return nil, nil, fmt.Errorf("bridge %s outputs: %w", symbol, err)
		}
		list = append(list, a...)
	}
	e, err := c.c.RPC.AddressETPUTXOs(ctx, c.bridge.String())
	if err != nil {
		return nil, nil, fmt.Errorf("bridge ETP outputs: %w", err)
	}
	list = append(list, e...)
	raws := map[mvs.Hash][]byte{}
	var utxos []mvspayout.UTXO
	for _, u := range list {
		if reserved[outpointKey(u.OutPoint)] {
			continue
		}
		raw, ok := raws[u.OutPoint.Hash]
		if !ok {
			if raw, err = c.c.RPC.RawTx(ctx, u.OutPoint.Hash); err != nil {
				return nil, nil, fmt.Errorf("previous transaction: %w", err)
			}
			raws[u.OutPoint.Hash] = raw
		}
		prev, err := mvs.Decode(raw)
		if err != nil || int(u.OutPoint.Index) >= len(prev.Outputs) {
			return nil, nil, fmt.Errorf("previous transaction %s: bad output %d", u.OutPoint.Hash, u.OutPoint.Index)
		}
		utxos = append(utxos, mvspayout.UTXO{Point: u.OutPoint, Output: prev.Outputs[u.OutPoint.Index], PrevTx: raw})
	}
	ptx, prev, err := mvspayout.Build(mvspayout.Request{Bridge: c.bridge, BridgeDID: c.c.Routes.Metaverse.BridgeAvatar,
		Recipient: rcpt, Symbol: symbol, Amount: t.Amount.Uint64(), Fee: c.c.FeeBits}, utxos)
	if errors.Is(err, mvspayout.ErrInsufficient) && len(reserved) > 0 {
		// Payouts in flight hold some of the bridge's outputs; their change comes back once they
		// confirm. Only a float short with nothing in flight is an operator's matter.
		return nil, nil, fmt.Errorf("%w: %d outputs held by payouts in flight: %v", pipeline.ErrBusy, len(reserved), err)
	}
	if err != nil {
		return nil, nil, err
	}
	for _, in := range ptx.Inputs {
		if _, err := tx.ExecContext(ctx, `INSERT INTO mvs_reserved (outpoint, transfer_id) VALUES ($1, $2)`,
			outpointKey(in.PrevOut), t.ID); err != nil {
			return nil, nil, fmt.Errorf("reserve: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, nil, err
	}
	return ptx.Encode(), prev, nil
}

// Signed reserves the inputs of the payout the signer signed (it may be an earlier proposal).
func (c *Chain) Signed(ctx context.Context, t *store.Transfer, raw []byte) error {
	tx, err := mvs.Decode(raw)
	if err != nil {
		return fmt.Errorf("signed payout: %w", err)
	}
	for _, in := range tx.Inputs {
		if _, err := c.c.DB.ExecContext(ctx, `INSERT INTO mvs_reserved (outpoint, transfer_id) VALUES ($1, $2)
			ON CONFLICT (outpoint) DO UPDATE SET transfer_id = $2`, outpointKey(in.PrevOut), t.ID); err != nil {
			return fmt.Errorf("reserve: %w", err)
		}
	}
	return nil
}

// Submit broadcasts the signed payout; a transaction the node already has is success.
func (c *Chain) Submit(ctx context.Context, t *store.Transfer) ([]byte, error) {
	tx, err := mvs.Decode(t.MvsRaw)
	if err != nil {
		return nil, fmt.Errorf("signed payout: %w", err)
	}
	h := tx.Hash()
	if _, err := c.c.RPC.SendRawTx(ctx, tx); err != nil {
		// Already broadcast (before a crash, or by another replica): check the node has it.
		if known, kerr := c.c.RPC.Tx(ctx, h); kerr == nil && known.Hash == h {
			return display(h), nil
		}
		return nil, err
	}
	return display(h), nil
}

func display(h mvs.Hash) []byte {
	b := make([]byte, 32)
	for i := range h {
		b[i] = h[31-i]
	}
	return b
}

// Follow checks confirmations; a transaction the node no longer knows is Dropped (the pipeline
// submits the same signed transaction again).
func (c *Chain) Follow(ctx context.Context, t *store.Transfer) (pipeline.Follow, error) {
	tx, err := mvs.Decode(t.MvsRaw)
	if err != nil {
		return pipeline.Pending, fmt.Errorf("signed payout: %w", err)
	}
	got, err := c.c.RPC.Tx(ctx, tx.Hash())
	if errors.Is(err, mvsrpc.ErrTxNotFound) {
		return pipeline.Dropped, nil
	}
	if err != nil {
		return pipeline.Pending, err
	}
	if got.Height == 0 {
		return pipeline.Pending, nil
	}
	head, err := c.c.RPC.Height(ctx)
	if err != nil {
		return pipeline.Pending, err
	}
	if head+1 >= got.Height+c.c.Confirmations {
		if _, err := c.c.DB.ExecContext(ctx, `DELETE FROM mvs_reserved WHERE transfer_id = $1`, t.ID); err != nil {
			return pipeline.Pending, err
		}
		return pipeline.Confirmed, nil
	}
	return pipeline.Pending, nil
}

// Status reports the head and the bridge's float.
func (c *Chain) Status(ctx context.Context) (*relayerv1.ChainStatus, error) {
	h, err := c.c.RPC.Height(ctx)
	if err != nil {
		return nil, err
	}
	st := &relayerv1.ChainStatus{ChainId: c.ChainID(), Name: "metaverse", Head: h, Float: map[string]string{}}
	if h+1 >= c.c.Confirmations {
		st.Final = h + 1 - c.c.Confirmations
		st.Lag = h - st.Final
	}
	etp, err := c.c.RPC.AddressETP(ctx, c.bridge.String())
	if err != nil {
		return nil, err
	}
	st.Float["ETP"] = fmt.Sprint(etp.Unspent)
	assets, err := c.c.RPC.AddressAssets(ctx, c.bridge.String())
	if err != nil {
		return nil, err
	}
	for _, a := range assets {
		st.Float[a.Symbol] = fmt.Sprint(a.Quantity)
	}
	return st, nil
}
