package e2e

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/tokendroplet/droplet/contracts/bindings"
	"github.com/tokendroplet/droplet/internal/devnet"
	"github.com/tokendroplet/droplet/internal/devnet/stack"
	"github.com/tokendroplet/droplet/internal/mtls"
	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/mvsrpc"
	"github.com/tokendroplet/droplet/internal/testenv"
	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/mvsdevnet"
	relayerv1 "github.com/tokendroplet/droplet/proto/droplet/relayer/v1"
	signerv1 "github.com/tokendroplet/droplet/proto/droplet/signer/v1"
)

// bridge is a running devnet and the clients a test drives it with.
type bridge struct {
	l      *devnet.Layout
	ctl    *stack.Control
	out    *testenv.Buffer
	cancel context.CancelFunc
	done   chan struct{} // closed when Run returned; runErr is set before
	runErr error

	eth     *ethclient.Client
	chainID *big.Int
	mvs     *mvsrpc.Client
	relayer relayerv1.RelayerServiceClient
	signer  signerv1.SignerServiceClient
	conns   []*grpc.ClientConn

	route  *transfer.Route
	token  common.Address // the route's ERC20
	bridge common.Address // the Ethereum bridge contract
	mvsBr  string         // the bridge's Metaverse address
	alice  *ecdsa.PrivateKey
	carol  *mvsdevnet.Wallet

	nonceMu sync.Mutex
	nonce   uint64 // alice's next nonce
}

// needs fails in CI and skips elsewhere, as internal/testenv does, when a service is missing.
func needs(tb testing.TB) {
	tb.Helper()
	testenv.AnvilBin(tb)
	missing := ""
	if _, err := stack.FindPostgres(); err != nil {
		missing = err.Error()
	} else if stack.FindVault() == "" {
		missing = "no Vault binary (scripts/build-vault.sh, or DROPLET_VAULT_BIN): the end-to-end run keeps the signer's keys in a Vault dev server"
	}
	if missing == "" {
		return
	}
	if os.Getenv("CI") == "true" {
		tb.Fatal(missing)
	}
	tb.Skip(missing)
}

// startBridge starts a fresh devnet with the signer's keys in Vault in a temporary directory
// under dir and connects to it. stop ends it and reports an unclean stop.
func startBridge(ctx context.Context, dir string) (*bridge, error) {
	// PostgreSQL runs as the postgres user when this runs as root: it must enter the directory.
	for _, d := range []string{dir, filepath.Dir(dir)} {
		if err := os.Chmod(d, 0o755); err != nil {
			return nil, err
		}
	}
	b := &bridge{out: &testenv.Buffer{}, done: make(chan struct{})}
	rctx, cancel := context.WithCancel(context.Background())
	b.cancel = cancel
	ready := make(chan struct{})
	go func() {
		defer close(b.done)
		b.runErr = stack.Run(rctx, stack.Options{Dir: filepath.Join(dir, "devnet"), FreePorts: true, Build: true, Out: b.out,
			Control: func(c *stack.Control) { b.ctl = c },
			Ready:   func(l *devnet.Layout) { b.l = l; close(ready) }})
	}()
	select {
	case <-ready:
	case <-b.done:
		return nil, fmt.Errorf("the devnet stopped before it was up: %v\n%s", b.runErr, b.out)
	case <-ctx.Done():
		b.stop()
		return nil, fmt.Errorf("the devnet is not up: %w\n%s", ctx.Err(), b.out)
	}
	if b.l.Keys != devnet.KeysVault {
		b.stop()
		return nil, fmt.Errorf("the devnet's signer keys are in %q, want %q", b.l.Keys, devnet.KeysVault)
	}
	if err := b.connect(ctx); err != nil {
		b.stop()
		return nil, err
	}
	return b, nil
}

// stop stops the devnet and every part of it.
func (b *bridge) stop() error {
	for _, c := range b.conns {
		c.Close()
	}
	if b.eth != nil {
		b.eth.Close()
	}
	b.cancel()
	<-b.done
	return b.runErr
}

// alive is an error when the devnet stopped on its own (a component died).
func (b *bridge) alive() error {
	select {
	case <-b.done:
		return fmt.Errorf("the devnet stopped: %v", b.runErr)
	default:
		return nil
	}
}

func (b *bridge) connect(ctx context.Context) error {
	l := b.l
	rb, err := os.ReadFile(l.Path(devnet.RoutesFile))
	if err != nil {
		return err
	}
	routes, err := transfer.ParseRoutes(rb)
	if err != nil {
		return err
	}
	rt, ok := routes.Route("usdt")
	if !ok {
		return errors.New("routes: no usdt route")
	}
	b.route, b.token, b.bridge, b.mvsBr = rt, rt.ERC20(), routes.EthereumBridge(), routes.Metaverse.BridgeAddress
	users, err := l.LoadUsers()
	if err != nil {
		return err
	}
	if b.alice, err = crypto.HexToECDSA(users.Ethereum["alice"]); err != nil {
		return fmt.Errorf("alice's key: %w", err)
	}
	b.carol = devnet.MetaverseUser("carol")
	if b.eth, err = ethclient.DialContext(ctx, l.EthereumURL()); err != nil {
		return err
	}
	if b.chainID, err = b.eth.ChainID(ctx); err != nil {
		return err
	}
	if b.mvs, err = mvsrpc.New(l.MetaverseURL()); err != nil {
		return err
	}
	pki := l.Path("pki")
	dial := func(addr, name string) (*grpc.ClientConn, error) {
		creds, err := mtls.Client(filepath.Join(pki, name+".crt"), filepath.Join(pki, name+".key"), filepath.Join(pki, "ca.crt"))
		if err != nil {
			return nil, err
		}
		c, err := grpc.NewClient(addr, grpc.WithTransportCredentials(creds))
		if err == nil {
			b.conns = append(b.conns, c)
		}
		return c, err
	}
	rc, err := dial(l.Relayer, "ops-admin")
	if err != nil {
		return fmt.Errorf("relayer: %w", err)
	}
	b.relayer = relayerv1.NewRelayerServiceClient(rc)
	// The signer answers its configured relayer's reads of quorum state.
	sc, err := dial(l.Signer.Signer, "relayer")
	if err != nil {
		return fmt.Errorf("signer: %w", err)
	}
	b.signer = signerv1.NewSignerServiceClient(sc)

	// Alice approves the bridge once for every deposit a run makes.
	if b.nonce, err = b.eth.PendingNonceAt(ctx, crypto.PubkeyToAddress(b.alice.PublicKey)); err != nil {
		return err
	}
	tx, err := b.sendEth(ctx, b.token, tokenABI.PackApprove(b.bridge, new(big.Int).Lsh(big.NewInt(1), 200)))
	if err != nil {
		return fmt.Errorf("approve: %w", err)
	}
	_, err = b.mined(ctx, tx)
	return err
}

var (
	tokenABI  = bindings.NewTestToken()
	bridgeABI = bindings.NewBridge()
)

func usdt(n int64) *big.Int { return big.NewInt(n * 1_000_000) }

// sendEth sends alice's transaction to `to` without waiting for it to be mined.
func (b *bridge) sendEth(ctx context.Context, to common.Address, data []byte) (*types.Transaction, error) {
	b.nonceMu.Lock()
	defer b.nonceMu.Unlock()
	opts := bind.NewKeyedTransactor(b.alice, b.chainID)
	opts.Context = ctx
	opts.Nonce = new(big.Int).SetUint64(b.nonce)
	tx, err := bind.NewBoundContract(to, abi.ABI{}, b.eth, b.eth, b.eth).RawTransact(opts, data)
	if err != nil {
		return nil, err
	}
	b.nonce++
	return tx, nil
}

// mined waits for tx's receipt and fails on a revert.
func (b *bridge) mined(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	r, err := bind.WaitMined(ctx, b.eth, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("ethereum transaction %s: %w", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("ethereum transaction %s reverted", tx.Hash())
	}
	return r, nil
}

// sent is one deposit a test made.
type sent struct {
	dir      transfer.Direction
	sourceTx common.Hash // as the relayer and signer key it (Metaverse: display order)
	amount   *big.Int    // source units
	block    uint64      // the source block; 0 until known
	ethTx    *types.Transaction
}

// depositEth has alice deposit amount for carol through the bridge's deposit(); it does not wait
// for the transaction to be mined (settle does).
func (b *bridge) depositEth(ctx context.Context, amount *big.Int) (*sent, error) {
	tx, err := b.sendEth(ctx, b.bridge, bridgeABI.PackDeposit(b.token, amount, b.carol.Address()))
	if err != nil {
		return nil, fmt.Errorf("deposit: %w", err)
	}
	return &sent{dir: transfer.EthToMvs, sourceTx: tx.Hash(), amount: amount, ethTx: tx}, nil
}

// depositMvs has carol send amount of the MST to the bridge's address with alice's address as
// the memo, and waits until it is in a block: carol's next send spends its change.
func (b *bridge) depositMvs(ctx context.Context, amount uint64) (*sent, error) {
	pay, err := mvsdevnet.PayMST(b.mvsBr, devnet.MST, amount)
	if err != nil {
		return nil, err
	}
	msg, err := mvsdevnet.Message(b.carol.Address(), mvsdevnet.EthMemo(b.aliceAddr().Hex()))
	if err != nil {
		return nil, err
	}
	tx, err := b.carol.Send(ctx, b.mvs, []mvs.Output{pay, msg}, mvsdevnet.DefaultMinFee)
	if err != nil {
		return nil, fmt.Errorf("carol's send: %w", err)
	}
	h := tx.Hash()
	height, err := b.mvsMined(ctx, h)
	if err != nil {
		return nil, err
	}
	return &sent{dir: transfer.MvsToEth, sourceTx: common.HexToHash(h.String()), amount: new(big.Int).SetUint64(amount), block: height}, nil
}

// mvsMined waits until the Metaverse transaction h is in a block and returns its height.
func (b *bridge) mvsMined(ctx context.Context, h mvs.Hash) (uint64, error) {
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		if tx, err := b.mvs.Tx(ctx, h); err == nil && tx.Height > 0 {
			return tx.Height, nil
		}
		select {
		case <-ctx.Done():
			return 0, fmt.Errorf("metaverse transaction %s not mined: %w", h, ctx.Err())
		case <-tick.C:
		}
	}
}

// settle waits until an Ethereum deposit is mined and records its block.
func (b *bridge) settle(ctx context.Context, s *sent) error {
	if s.block != 0 {
		return nil
	}
	r, err := b.mined(ctx, s.ethTx)
	if err != nil {
		return err
	}
	s.block = r.BlockNumber.Uint64()
	return nil
}

func (b *bridge) aliceAddr() common.Address { return crypto.PubkeyToAddress(b.alice.PublicKey) }

// balances are alice's ERC20 on Ethereum and carol's MST on Metaverse, in base units.
func (b *bridge) balances(ctx context.Context) (eth, mvsBal *big.Int, err error) {
	out, err := b.eth.CallContract(ctx, ethereum.CallMsg{To: &b.token, Data: tokenABI.PackBalanceOf(b.aliceAddr())}, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("ethereum balance: %w", err)
	}
	eth = new(big.Int).SetBytes(out)
	assets, err := b.mvs.AddressAssets(ctx, b.carol.Address())
	if err != nil {
		return nil, nil, fmt.Errorf("metaverse balance: %w", err)
	}
	mvsBal = new(big.Int)
	for _, a := range assets {
		if a.Symbol == devnet.MST {
			mvsBal.SetUint64(a.Quantity)
		}
	}
	return eth, mvsBal, nil
}

// relayerTransfer is the relayer's record of a deposit with its history; nil while the relayer
// has not heard of it (no quorum yet).
func (b *bridge) relayerTransfer(ctx context.Context, s *sent) (*relayerv1.TransferHistory, error) {
	resp, err := b.relayer.GetTransfer(ctx, &relayerv1.GetTransferRequest{Key: &relayerv1.GetTransferRequest_SourceTx{SourceTx: s.sourceTx[:]}})
	switch status.Code(err) {
	case codes.OK:
	case codes.NotFound:
		return nil, nil
	default:
		return nil, fmt.Errorf("relayer: %w", err)
	}
	if len(resp.GetTransfers()) == 0 {
		return nil, nil
	}
	return resp.GetTransfers()[0], nil
}

// signerState is the signer's quorum state of a deposit; nil while no watcher attested it.
func (b *bridge) signerState(ctx context.Context, s *sent) (*signerv1.QuorumState, error) {
	var tok string
	for {
		resp, err := b.signer.ListTransfers(ctx, &signerv1.ListTransfersRequest{PageSize: 500, PageToken: tok})
		if err != nil {
			return nil, fmt.Errorf("signer: %w", err)
		}
		for _, q := range resp.GetTransfers() {
			if bytes.Equal(q.GetTransfer().GetSourceTx(), s.sourceTx[:]) {
				return q, nil
			}
		}
		if tok = resp.GetNextPageToken(); tok == "" {
			return nil, nil
		}
	}
}

// poll calls check every interval until it reports done or an error, the devnet stops, or ctx
// ends; what names the wait in the error.
func (b *bridge) poll(ctx context.Context, interval time.Duration, what string, check func() (bool, error)) error {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		ok, err := check()
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		if ok {
			return nil
		}
		if err := b.alive(); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%s: %w", what, ctx.Err())
		case <-t.C:
		}
	}
}

// errNotPaid: a transfer ended other than paid.
var errNotPaid = errors.New("transfer not paid")

// paid waits until the relayer reports every deposit confirmed on its destination chain, and
// returns their records.
func (b *bridge) paid(ctx context.Context, ss []*sent) ([]*relayerv1.Transfer, error) {
	out := make([]*relayerv1.Transfer, len(ss))
	err := b.poll(ctx, 200*time.Millisecond, "waiting for payouts", func() (bool, error) {
		all := true
		for i, s := range ss {
			if out[i] != nil {
				continue
			}
			h, err := b.relayerTransfer(ctx, s)
			if err != nil {
				return false, err
			}
			if h == nil {
				all = false
				continue
			}
			t := h.GetTransfer()
			switch t.GetState() {
			case relayerv1.State_STATE_CONFIRMED:
				if t.GetDirection() != s.dir.String() || len(t.GetDestTx()) == 0 {
					return false, fmt.Errorf("%w: %s: direction %s, destination tx %x", errNotPaid, s.sourceTx, t.GetDirection(), t.GetDestTx())
				}
				out[i] = t
			case relayerv1.State_STATE_FAILED, relayerv1.State_STATE_RESOLVED:
				return false, fmt.Errorf("%w: %s is %s: %s", errNotPaid, s.sourceTx, t.GetState(), t.GetReason())
			default:
				all = false
			}
		}
		return all, nil
	})
	return out, err
}

// want is what the route pays for deposits of the given direction, in destination units.
func (b *bridge) want(ss []*sent, dir transfer.Direction) *big.Int {
	sum := new(big.Int)
	for _, s := range ss {
		if s.dir == dir {
			q := b.route.Quote(dir, s.amount)
			sum.Add(sum, q.Amount)
		}
	}
	return sum
}
