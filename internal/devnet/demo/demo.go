// Package demo moves tokens both ways through a running devnet, through every way a user can
// deposit: on Ethereum the bridge's deposit(token, amount, recipient), a plain ERC20 transfer with
// the Metaverse address after the 68 bytes of calldata, and a plain transfer from an address that
// called link(recipient); on Metaverse the MST sent to the bridge's address with a message memo,
// and once with a memo that names no one, which is refunded. It follows each transfer through
// the relayer's API until it is paid, then shows the relayer's status.
package demo

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
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
	"google.golang.org/protobuf/encoding/protojson"

	"github.com/tokendroplet/droplet/contracts/bindings"
	"github.com/tokendroplet/droplet/internal/devnet"
	"github.com/tokendroplet/droplet/internal/mtls"
	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/mvsrpc"
	"github.com/tokendroplet/droplet/internal/transfer"
	"github.com/tokendroplet/droplet/mvsdevnet"
	relayerv1 "github.com/tokendroplet/droplet/proto/droplet/relayer/v1"
)

// Options of Run.
type Options struct {
	Dir string
	Out io.Writer
	// Wait is how long each leg waits for its transfers to be paid; 0 means three minutes.
	Wait time.Duration
	// Poll is how often the relayer is asked; 0 means half a second.
	Poll time.Duration
}

// Outcome is one deposit as the relayer ended it.
type Outcome struct {
	Name      string // how it was made
	Direction string // eth_to_mvs, mvs_to_eth, refund_eth or refund_mvs
	State     relayerv1.State
	Amount    string // destination base units
	Recipient string
	DestTx    []byte
}

// ErrNotPaid: a transfer failed, or was not paid in time.
var ErrNotPaid = errors.New("transfer not paid")

// demo is a run's connections and accounts.
type demo struct {
	o       Options
	l       *devnet.Layout
	routes  *transfer.Routes
	route   *transfer.Route
	eth     *ethclient.Client
	chainID *big.Int
	mvs     *mvsrpc.Client
	relayer relayerv1.RelayerServiceClient
	alice   *ecdsa.PrivateKey
	bob     *ecdsa.PrivateKey
	carol   *mvsdevnet.Wallet
	token   common.Address
	bridge  common.Address
	start   time.Time
	// unavailable is the relayer's last connection error, reported if a leg times out.
	unavailable error
}

// deposit is one transfer the demo made and follows.
type deposit struct {
	name     string
	sourceTx common.Hash
	want     string // the direction it must end in
	seen     bool
	out      *Outcome
}

// Run makes the deposits and follows them until each is paid or refunded; it returns every
// outcome, and an error wrapping ErrNotPaid when one was not.
func Run(ctx context.Context, o Options) ([]Outcome, error) {
	if o.Wait == 0 {
		o.Wait = 3 * time.Minute
	}
	if o.Poll == 0 {
		o.Poll = 500 * time.Millisecond
	}
	d, closeAll, err := connect(ctx, o)
	if err != nil {
		return nil, err
	}
	defer closeAll()
	d.printf("Ethereum -> Metaverse: alice and bob send USDT to carol (%s)", d.carol.Address())
	before, err := d.mvsBalance(ctx)
	if err != nil {
		return nil, err
	}
	leg1, err := d.ethereumDeposits(ctx)
	if err != nil {
		return nil, err
	}
	if err := d.follow(ctx, leg1); err != nil {
		return outcomes(leg1), err
	}
	after, err := d.mvsBalance(ctx)
	if err != nil {
		return outcomes(leg1), err
	}
	d.printf("carol holds %s %s on Metaverse (was %s)", units(after, 6), devnet.MST, units(before, 6))

	aliceAddr := crypto.PubkeyToAddress(d.alice.PublicKey)
	d.printf("Metaverse -> Ethereum: carol sends %s back to alice (%s), then once with a memo that names no one", devnet.MST, aliceAddr.Hex())
	ethBefore, err := d.ethBalance(ctx, aliceAddr)
	if err != nil {
		return outcomes(leg1), err
	}
	leg2, err := d.metaverseDeposits(ctx, aliceAddr)
	all := append(leg1, leg2...)
	if err != nil {
		return outcomes(all), err
	}
	if err := d.follow(ctx, leg2); err != nil {
		return outcomes(all), err
	}
	ethAfter, err := d.ethBalance(ctx, aliceAddr)
	if err != nil {
		return outcomes(all), err
	}
	d.printf("alice holds %s USDT on Ethereum (was %s)", units(ethAfter, 6), units(ethBefore, 6))

	st, err := d.relayer.GetStatus(ctx, &relayerv1.GetStatusRequest{}, grpc.WaitForReady(true))
	if err != nil {
		return outcomes(all), fmt.Errorf("relayer status: %w", err)
	}
	b, _ := protojson.MarshalOptions{Multiline: true, Indent: "  "}.Marshal(st)
	fmt.Fprintf(o.Out, "\nThe relayer's status (RelayerService/GetStatus):\n%s\n", b)
	return outcomes(all), nil
}

func outcomes(ds []*deposit) []Outcome {
	var out []Outcome
	for _, d := range ds {
		if d.out != nil {
			out = append(out, *d.out)
		}
	}
	return out
}

func connect(ctx context.Context, o Options) (*demo, func(), error) {
	l, err := devnet.Load(o.Dir)
	if err != nil {
		return nil, nil, err
	}
	rb, err := os.ReadFile(l.Path(devnet.RoutesFile))
	if err != nil {
		return nil, nil, err
	}
	routes, err := transfer.ParseRoutes(rb)
	if err != nil {
		return nil, nil, err
	}
	rt, ok := routes.Route("usdt")
	if !ok {
		return nil, nil, errors.New("routes: no usdt route")
	}
	users, err := l.LoadUsers()
	if err != nil {
		return nil, nil, err
	}
	d := &demo{o: o, l: l, routes: routes, route: rt, token: rt.ERC20(), bridge: routes.EthereumBridge(), start: time.Now(),
		carol: devnet.MetaverseUser("carol")}
	if d.alice, err = crypto.HexToECDSA(users.Ethereum["alice"]); err != nil {
		return nil, nil, fmt.Errorf("%s: alice: %w", devnet.UsersFile, err)
	}
	if d.bob, err = crypto.HexToECDSA(users.Ethereum["bob"]); err != nil {
		return nil, nil, fmt.Errorf("%s: bob: %w", devnet.UsersFile, err)
	}
	if d.eth, err = ethclient.DialContext(ctx, l.EthereumURL()); err != nil {
		return nil, nil, fmt.Errorf("ethereum: %w", err)
	}
	if d.chainID, err = d.eth.ChainID(ctx); err != nil {
		d.eth.Close()
		return nil, nil, fmt.Errorf("ethereum at %s (is the devnet running?): %w", l.EthereumURL(), err)
	}
	if d.mvs, err = mvsrpc.New(l.MetaverseURL()); err != nil {
		d.eth.Close()
		return nil, nil, err
	}
	pki := l.Path("pki")
	creds, err := mtls.Client(filepath.Join(pki, "ops-admin.crt"), filepath.Join(pki, "ops-admin.key"), filepath.Join(pki, "ca.crt"))
	if err != nil {
		d.eth.Close()
		return nil, nil, fmt.Errorf("relayer tls: %w", err)
	}
	conn, err := grpc.NewClient(l.Relayer, grpc.WithTransportCredentials(creds))
	if err != nil {
		d.eth.Close()
		return nil, nil, fmt.Errorf("relayer: %w", err)
	}
	d.relayer = relayerv1.NewRelayerServiceClient(conn)
	return d, func() { conn.Close(); d.eth.Close() }, nil
}

func (d *demo) printf(format string, a ...any) {
	fmt.Fprintf(d.o.Out, "[%5.1fs] %s\n", time.Since(d.start).Seconds(), fmt.Sprintf(format, a...))
}

var (
	tokenABI  = bindings.NewTestToken()
	bridgeABI = bindings.NewBridge()
)

// ethereumDeposits makes the three kinds of Ethereum deposit for carol.
func (d *demo) ethereumDeposits(ctx context.Context) ([]*deposit, error) {
	carol := d.carol.Address()
	usdt := func(n int64) *big.Int { return big.NewInt(n * 1_000_000) }
	var sent []*deposit
	var txs []*types.Transaction

	alice := d.transactor(d.alice)
	nonce, err := d.eth.PendingNonceAt(ctx, crypto.PubkeyToAddress(d.alice.PublicKey))
	if err != nil {
		return nil, err
	}
	call := func(opts *bind.TransactOpts, nonce *uint64, to common.Address, data []byte) (*types.Transaction, error) {
		opts.Nonce = new(big.Int).SetUint64(*nonce)
		tx, err := bind.NewBoundContract(to, abi.ABI{}, d.eth, d.eth, d.eth).RawTransact(opts, data)
		if err != nil {
			return nil, err
		}
		*nonce++
		txs = append(txs, tx)
		return tx, nil
	}
	if _, err := call(alice, &nonce, d.token, tokenABI.PackApprove(d.bridge, usdt(10))); err != nil {
		return nil, fmt.Errorf("approve: %w", err)
	}
	tx, err := call(alice, &nonce, d.bridge, bridgeABI.PackDeposit(d.token, usdt(10), carol))
	if err != nil {
		return nil, fmt.Errorf("deposit: %w", err)
	}
	sent = append(sent, &deposit{name: "Ethereum deposit(token, 10 USDT, carol) by alice", sourceTx: tx.Hash(), want: "eth_to_mvs"})
	// A wallet's memo field: the recipient after transfer(to, amount)'s 68 bytes.
	memo := append(tokenABI.PackTransfer(d.bridge, usdt(5)), []byte(carol)...)
	if tx, err = call(alice, &nonce, d.token, memo); err != nil {
		return nil, fmt.Errorf("memo transfer: %w", err)
	}
	sent = append(sent, &deposit{name: "Ethereum transfer of 5 USDT with carol's address after the calldata, by alice", sourceTx: tx.Hash(), want: "eth_to_mvs"})

	bob := d.transactor(d.bob)
	bobAddr := crypto.PubkeyToAddress(d.bob.PublicKey)
	bnonce, err := d.eth.PendingNonceAt(ctx, bobAddr)
	if err != nil {
		return nil, err
	}
	out, err := d.eth.CallContract(ctx, ethereum.CallMsg{To: &d.bridge, Data: bridgeABI.PackLinks(bobAddr)}, nil)
	if err != nil {
		return nil, fmt.Errorf("links: %w", err)
	}
	linked, err := bridgeABI.UnpackLinks(out)
	if err != nil {
		return nil, fmt.Errorf("links: %w", err)
	}
	if linked != carol {
		if _, err := call(bob, &bnonce, d.bridge, bridgeABI.PackLink(carol)); err != nil {
			return nil, fmt.Errorf("link: %w", err)
		}
		d.printf("bob linked his address to carol's with link(%q)", carol)
	}
	if tx, err = call(bob, &bnonce, d.token, tokenABI.PackTransfer(d.bridge, usdt(7))); err != nil {
		return nil, fmt.Errorf("linked transfer: %w", err)
	}
	sent = append(sent, &deposit{name: "Ethereum plain transfer of 7 USDT by bob, linked to carol", sourceTx: tx.Hash(), want: "eth_to_mvs"})
	for _, tx := range txs {
		r, err := bind.WaitMined(ctx, d.eth, tx.Hash())
		if err != nil {
			return nil, err
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return nil, fmt.Errorf("ethereum transaction %s reverted", tx.Hash())
		}
	}
	for _, s := range sent {
		d.printf("sent: %s (tx %s)", s.name, s.sourceTx.Hex())
	}
	return sent, nil
}

func (d *demo) transactor(k *ecdsa.PrivateKey) *bind.TransactOpts {
	return bind.NewKeyedTransactor(k, d.chainID)
}

// metaverseDeposits sends carol's MST to the bridge's address with a memo naming alice, then
// with one that names no one.
func (d *demo) metaverseDeposits(ctx context.Context, alice common.Address) ([]*deposit, error) {
	bridge := d.routes.Metaverse.BridgeAddress
	sends := []struct {
		name, memo, want string
		amount           uint64
	}{
		{"Metaverse 4 " + devnet.MST + " to the bridge's address, memo " + mvsdevnet.EthMemo(alice.Hex()), mvsdevnet.EthMemo(alice.Hex()), "mvs_to_eth", 4_000_000},
		{"Metaverse 3 " + devnet.MST + " to the bridge's address, memo \"to my friend\" (no recipient: refunded)", "to my friend", "refund_mvs", 3_000_000},
	}
	var sent []*deposit
	for _, s := range sends {
		pay, err := mvsdevnet.PayMST(bridge, devnet.MST, s.amount)
		if err != nil {
			return sent, err
		}
		msg, err := mvsdevnet.Message(d.carol.Address(), s.memo)
		if err != nil {
			return sent, err
		}
		tx, err := d.carol.Send(ctx, d.mvs, []mvs.Output{pay, msg}, mvsdevnet.DefaultMinFee)
		if err != nil {
			return sent, fmt.Errorf("carol's send: %w", err)
		}
		// The relayer keys a Metaverse transaction by its hash as mvsd prints it.
		h := tx.Hash()
		// Carol's next send spends this one's change, which must be in a block first.
		wctx, cancel := context.WithTimeout(ctx, time.Minute)
		err = waitMetaverseTx(wctx, d.mvs, h, d.o.Poll)
		cancel()
		if err != nil {
			return sent, err
		}
		dep := &deposit{name: s.name, sourceTx: common.HexToHash(h.String()), want: s.want}
		sent = append(sent, dep)
		d.printf("sent: %s (tx %s)", s.name, h)
	}
	return sent, nil
}

func waitMetaverseTx(ctx context.Context, rpc *mvsrpc.Client, h mvs.Hash, poll time.Duration) error {
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		if tx, err := rpc.Tx(ctx, h); err == nil && tx.Height > 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("metaverse transaction %s not mined: %w", h, ctx.Err())
		case <-t.C:
		}
	}
}

// follow asks the relayer about each deposit until all are confirmed, printing each step as it
// arrives.
func (d *demo) follow(ctx context.Context, ds []*deposit) error {
	ctx, cancel := context.WithTimeout(ctx, d.o.Wait)
	defer cancel()
	t := time.NewTicker(d.o.Poll)
	defer t.Stop()
	for {
		pending := 0
		for _, dep := range ds {
			if dep.out != nil && dep.out.State == relayerv1.State_STATE_CONFIRMED {
				continue
			}
			if err := d.check(ctx, dep); err != nil {
				return err
			}
			if dep.out == nil || dep.out.State != relayerv1.State_STATE_CONFIRMED {
				pending++
			}
		}
		if pending == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			var names []string
			for _, dep := range ds {
				if dep.out == nil || dep.out.State != relayerv1.State_STATE_CONFIRMED {
					names = append(names, dep.name)
				}
			}
			err := fmt.Errorf("%w after %s: %s (see the logs in %s)", ErrNotPaid, d.o.Wait, strings.Join(names, "; "), d.l.Path("logs"))
			if d.unavailable != nil {
				err = fmt.Errorf("%w; the relayer was unreachable: %v", err, d.unavailable)
			}
			return err
		case <-t.C:
		}
	}
}

// check asks the relayer about one deposit and prints what changed.
func (d *demo) check(ctx context.Context, dep *deposit) error {
	resp, err := d.relayer.GetTransfer(ctx, &relayerv1.GetTransferRequest{Key: &relayerv1.GetTransferRequest_SourceTx{SourceTx: dep.sourceTx[:]}})
	if err != nil {
		if ctx.Err() != nil {
			return nil // the caller reports the time out
		}
		switch status.Code(err) {
		case codes.NotFound: // not attested by a quorum yet
			return nil
		case codes.Unavailable: // the relayer is (re)starting: asked again until the leg's deadline
			d.unavailable = err
			return nil
		}
		return fmt.Errorf("relayer: %w", err)
	}
	if len(resp.Transfers) == 0 {
		return nil
	}
	t := resp.Transfers[0].Transfer
	prev := relayerv1.State_STATE_UNSPECIFIED
	if dep.out != nil {
		prev = dep.out.State
	}
	dep.out = &Outcome{Name: dep.name, Direction: t.Direction, State: t.State, Amount: t.Amount, Recipient: t.Recipient, DestTx: t.DestTx}
	if t.Direction != dep.want {
		return fmt.Errorf("%w: %s became %s, want %s", ErrNotPaid, dep.name, t.Direction, dep.want)
	}
	if t.State == prev {
		return nil
	}
	decimals := uint8(6)
	switch {
	case !dep.seen:
		dep.seen = true
		d.printf("arrived at the relayer (%s, %s): %s %s to %s — %s", t.Direction, stateName(t.State), units(amount(t.Amount), decimals), d.symbol(t.Direction), t.Recipient, dep.name)
		if t.State != relayerv1.State_STATE_CONFIRMED {
			return d.failed(t, dep)
		}
		fallthrough
	case t.State == relayerv1.State_STATE_CONFIRMED:
		what := "paid"
		if strings.HasPrefix(t.Direction, "refund") {
			what = "refunded"
		}
		d.printf("%s: %s %s to %s in tx %x — %s", what, units(amount(t.Amount), decimals), d.symbol(t.Direction), t.Recipient, t.DestTx, dep.name)
	default:
		d.printf("%s — %s", stateName(t.State), dep.name)
	}
	return d.failed(t, dep)
}

func (d *demo) failed(t *relayerv1.Transfer, dep *deposit) error {
	if t.State == relayerv1.State_STATE_FAILED || t.State == relayerv1.State_STATE_RESOLVED {
		return fmt.Errorf("%w: %s is %s: %s", ErrNotPaid, dep.name, stateName(t.State), t.Reason)
	}
	return nil
}

func (d *demo) symbol(direction string) string {
	if direction == "eth_to_mvs" || direction == "refund_mvs" {
		return devnet.MST
	}
	return "USDT"
}

func stateName(s relayerv1.State) string {
	return strings.ToLower(strings.TrimPrefix(s.String(), "STATE_"))
}

func (d *demo) mvsBalance(ctx context.Context) (*big.Int, error) {
	assets, err := d.mvs.AddressAssets(ctx, d.carol.Address())
	if err != nil {
		return nil, fmt.Errorf("metaverse balance: %w", err)
	}
	for _, a := range assets {
		if a.Symbol == devnet.MST {
			return new(big.Int).SetUint64(a.Quantity), nil
		}
	}
	return new(big.Int), nil
}

func (d *demo) ethBalance(ctx context.Context, who common.Address) (*big.Int, error) {
	out, err := d.eth.CallContract(ctx, ethereum.CallMsg{To: &d.token, Data: tokenABI.PackBalanceOf(who)}, nil)
	if err != nil {
		return nil, fmt.Errorf("ethereum balance: %w", err)
	}
	return new(big.Int).SetBytes(out), nil
}

func amount(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return new(big.Int)
	}
	return v
}

// units writes v base units with the given decimals, without trailing zeros.
func units(v *big.Int, decimals uint8) string {
	r := new(big.Rat).SetFrac(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil))
	s := r.FloatString(int(decimals))
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}
