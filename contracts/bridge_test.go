package contracts_test

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"encoding/json"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tokendroplet/droplet/contracts"
	"github.com/tokendroplet/droplet/contracts/bindings"
	"github.com/tokendroplet/droplet/internal/transfer"
)

// golden is one vector of internal/transfer/testdata/golden.json.
type golden struct {
	Name            string `json:"name"`
	SourceChain     uint64 `json:"source_chain"`
	SourceTx        string `json:"source_tx"`
	SourceIndex     uint32 `json:"source_index"`
	SourceBlock     string `json:"source_block"`
	Route           string `json:"route"`
	DestChain       uint64 `json:"dest_chain"`
	DestToken       string `json:"dest_token"`
	Recipient       string `json:"recipient"`
	Amount          string `json:"amount"`
	Fee             string `json:"fee"`
	Contract        string `json:"contract"`
	Salt            string `json:"salt"`
	ID              string `json:"id"`
	DomainSeparator string `json:"domain_separator"`
	StructHash      string `json:"struct_hash"`
	Digest          string `json:"digest"`
}

// TestGoldenVectors hashes the shared golden vectors with the contract's own code.
func TestGoldenVectors(t *testing.T) {
	raw, err := os.ReadFile("../internal/transfer/testdata/golden.json")
	if err != nil {
		t.Fatal(err)
	}
	var vectors []golden
	if err := json.Unmarshal(raw, &vectors); err != nil {
		t.Fatal(err)
	}
	if len(vectors) == 0 {
		t.Fatal("no golden vectors")
	}
	e := newEnv(t, 3, 2)
	for _, v := range vectors {
		t.Run(v.Name, func(t *testing.T) {
			amount, _ := new(big.Int).SetString(v.Amount, 10)
			fee, _ := new(big.Int).SetString(v.Fee, 10)
			arg := bindings.BridgeTransfer{
				SourceChain: new(big.Int).SetUint64(v.SourceChain), SourceTx: common.HexToHash(v.SourceTx),
				SourceIndex: v.SourceIndex, SourceBlock: common.HexToHash(v.SourceBlock), Route: common.HexToHash(v.Route),
				DestChain: new(big.Int).SetUint64(v.DestChain), DestToken: common.HexToHash(v.DestToken),
				Recipient: common.FromHex(v.Recipient), Amount: amount, Fee: fee,
			}
			chain, contract, salt := new(big.Int).SetUint64(v.DestChain), common.HexToAddress(v.Contract), common.HexToHash(v.Salt)
			check := func(what string, out []byte, unpack func([]byte) ([32]byte, error), want string) {
				t.Helper()
				got, err := unpack(out)
				if err != nil {
					t.Fatal(err)
				}
				if common.Hash(got) != common.HexToHash(want) {
					t.Errorf("%s = %x, want %s", what, got, want)
				}
			}
			check("digestFor", e.call(e.bridge, bridgeABI.PackDigestFor(arg, chain, contract, salt)), bridgeABI.UnpackDigestFor, v.Digest)
			check("structHash", e.call(e.bridge, bridgeABI.PackStructHash(arg)), bridgeABI.UnpackStructHash, v.StructHash)
			check("domainSeparatorFor", e.call(e.bridge, bridgeABI.PackDomainSeparatorFor(chain, contract, salt)),
				bridgeABI.UnpackDomainSeparatorFor, v.DomainSeparator)
			check("transferId", e.call(e.bridge, bridgeABI.PackTransferId(arg)), bridgeABI.UnpackTransferId, v.ID)
		})
	}
}

// TestPayoutPathHashing checks that the digest the payout path checks (hashTransfer, with this
// chain, this bridge and the stored routes hash) is the pure helper's and Go's.
func TestPayoutPathHashing(t *testing.T) {
	e := newEnv(t, 3, 2)
	p := e.newPayout(routeUSDT, e.usdt, common.HexToAddress("0xbeef"), 1000, 2)
	arg := contracts.TransferArg(p.t)

	got, err := bridgeABI.UnpackHashTransfer(e.call(e.bridge, bridgeABI.PackHashTransfer(arg)))
	if err != nil {
		t.Fatal(err)
	}
	pure, err := bridgeABI.UnpackDigestFor(e.call(e.bridge, bridgeABI.PackDigestFor(arg, e.chainID, e.bridge, e.routes)))
	if err != nil {
		t.Fatal(err)
	}
	if want := p.t.Digest(e.domain()); got != want || pure != want {
		t.Fatalf("hashTransfer = %x, digestFor = %x, Go digest = %x", got, pure, want)
	}
	sep, err := bridgeABI.UnpackDomainSeparator(e.call(e.bridge, bridgeABI.PackDomainSeparator()))
	if err != nil {
		t.Fatal(err)
	}
	if want := e.domain().Separator(); sep != want {
		t.Fatalf("domainSeparator = %x, Go = %x", sep, want)
	}
}

func TestRelease(t *testing.T) {
	e := newEnv(t, 5, 3)
	recipient := common.HexToAddress("0x00000000000000000000000000000000deadbeef")
	p := e.newPayout(routeUSDT, e.usdt, recipient, 1_000_000, 3)
	e.sign(p)
	before := e.balance(e.usdt, e.bridge)

	rcpt := e.send(e.relayer, e.bridge, e.packPayout(p, false))

	if got := e.balance(e.usdt, recipient); got.Cmp(p.t.Amount) != 0 {
		t.Errorf("recipient got %s, want %s", got, p.t.Amount)
	}
	// The fee is never paid out: the bridge is poorer by the amount only.
	if got, want := e.balance(e.usdt, e.bridge), new(big.Int).Sub(before, p.t.Amount); got.Cmp(want) != 0 {
		t.Errorf("bridge holds %s, want %s", got, want)
	}
	ev := findLog(t, rcpt, bridgeABI.UnpackReleasedEvent)
	if ev.Id != p.t.ID() || ev.Token != e.usdt || ev.Recipient != recipient || ev.Amount.Cmp(p.t.Amount) != 0 {
		t.Errorf("Released = %+v", ev)
	}
	id := p.t.ID()
	consumed, err := bridgeABI.UnpackConsumed(e.call(e.bridge, bridgeABI.PackConsumed(id)))
	if err != nil || !consumed {
		t.Errorf("consumed(%s) = %v, %v", id, consumed, err)
	}
	used, err := bridgeABI.UnpackUsedToday(e.call(e.bridge, bridgeABI.PackUsedToday(p.t.Route)))
	if err != nil || used.Cmp(p.t.Amount) != 0 {
		t.Errorf("usedToday = %v, %v, want %s", used, err, p.t.Amount)
	}
}

func TestMint(t *testing.T) {
	e := newEnv(t, 5, 3)
	recipient := common.HexToAddress("0x1234")
	// All five watchers sign: more than the threshold is fine.
	p := e.newPayout(routeETP, e.etp, recipient, 5_000, 5)
	e.sign(p)

	rcpt := e.send(e.relayer, e.bridge, e.packPayout(p, true))

	if got := e.balance(e.etp, recipient); got.Cmp(p.t.Amount) != 0 {
		t.Errorf("recipient got %s, want %s", got, p.t.Amount)
	}
	// Only the amount is minted: the fee stays locked on Metaverse as surplus backing.
	if got := e.totalSupply(e.etp); got.Cmp(p.t.Amount) != 0 {
		t.Errorf("total supply %s, want %s", got, p.t.Amount)
	}
	ev := findLog(t, rcpt, bridgeABI.UnpackMintedEvent)
	if ev.Id != p.t.ID() || ev.Token != e.etp || ev.Recipient != recipient || ev.Amount.Cmp(p.t.Amount) != 0 {
		t.Errorf("Minted = %+v", ev)
	}
}

// TestPayoutRejections tries every way a payout must fail. Each case starts from a valid payout
// signed by the signer and 3 of 5 watchers on a fresh chain.
func TestPayoutRejections(t *testing.T) {
	other := common.HexToAddress("0x0000000000000000000000000000000000c0ffee")
	highS := func(s []byte, n *big.Int) { new(big.Int).Sub(n, new(big.Int).SetBytes(s)).FillBytes(s) }
	cases := []struct {
		name   string
		mint   bool
		before func(e *env, p *payout) // before signing
		after  func(e *env, p *payout) // after signing
		want   string
	}{
		{name: "bad signer signature", want: "BadSignerSignature",
			after: func(e *env, p *payout) { p.sig.R[31] ^= 1 }},
		{name: "signed by another P-256 key", want: "BadSignerSignature",
			before: func(e *env, p *payout) { p.signer = newP256Key(e.t) }},
		{name: "high-s signer signature", want: "SignerSignatureMalleable",
			after: func(e *env, p *payout) { highS(p.sig.S[:], elliptic.P256().Params().N) }},
		{name: "domain of another chain id", want: "BadSignerSignature",
			before: func(e *env, p *payout) { p.domain.ChainID = 1 }},
		{name: "domain of another contract", want: "BadSignerSignature",
			before: func(e *env, p *payout) { p.domain.Contract = other }},
		{name: "domain with other routes", want: "BadSignerSignature",
			before: func(e *env, p *payout) { p.domain.Salt = crypto.Keccak256Hash([]byte("other routes")) }},
		{name: "amount changed after signing", want: "BadSignerSignature",
			after: func(e *env, p *payout) { p.t.Amount = new(big.Int).Add(p.t.Amount, big.NewInt(1)) }},
		{name: "destined for another chain", want: "WrongDestChain",
			before: func(e *env, p *payout) { p.t.DestChain, p.domain.ChainID = 1, 1 }},
		{name: "replay", want: "AlreadyConsumed",
			after: func(e *env, p *payout) { e.send(e.relayer, e.bridge, e.packPayout(p, false)) }},
		{name: "replay with another route", want: "AlreadyConsumed",
			after: func(e *env, p *payout) {
				e.send(e.relayer, e.bridge, e.packPayout(p, false))
				// The same source event, re-signed as a mint: one event, one payout.
				p.t.Route, p.t.DestToken = transfer.RouteKey(routeETP), transfer.EthereumToken(e.etp)
				e.sign(p)
			}, mint: true},
		{name: "too few watcher signatures", want: "NotEnoughWatcherSignatures",
			before: func(e *env, p *payout) { p.watchers = e.watchers[:2] }},
		{name: "signer key alone", want: "NotEnoughWatcherSignatures",
			before: func(e *env, p *payout) { p.watchers = nil }},
		{name: "duplicate watcher signature", want: "DuplicateWatcherSignature",
			after: func(e *env, p *payout) { p.watcherSigs[1] = p.watcherSigs[0] }},
		{name: "duplicate watcher signature padding a short set", want: "DuplicateWatcherSignature",
			after: func(e *env, p *payout) {
				p.watcherSigs = [][]byte{p.watcherSigs[0], p.watcherSigs[1], p.watcherSigs[1]}
			}},
		{name: "unsorted watcher signatures", want: "WatcherSignaturesNotSorted",
			after: func(e *env, p *payout) { p.watcherSigs[0], p.watcherSigs[2] = p.watcherSigs[2], p.watcherSigs[0] }},
		{name: "high-s watcher signature", want: "WatcherSignatureMalleable",
			after: func(e *env, p *payout) {
				highS(p.watcherSigs[1][32:64], crypto.S256().Params().N)
				p.watcherSigs[1][64] ^= 1 // 27 <-> 28: the flipped signature recovers the same watcher
			}},
		{name: "watcher signature of 64 bytes", want: "WatcherSignatureLength",
			after: func(e *env, p *payout) { p.watcherSigs[2] = p.watcherSigs[2][:64] }},
		{name: "watcher signature that recovers nobody", want: "InvalidWatcherSignature",
			after: func(e *env, p *payout) { p.watcherSigs[0][64] = 29 }},
		{name: "non-watcher signature", want: "NotWatcher",
			before: func(e *env, p *payout) {
				p.watchers = append([]*ecdsa.PrivateKey{key(e.t, "not a watcher")}, e.watchers[:2]...)
			}},
		{name: "watcher retired by a new set", want: "NotWatcher",
			after: func(e *env, p *payout) {
				fresh := sortedWatchers(e.t, "new watcher", 3)
				e.govern(contracts.Call{Target: e.bridge, Data: bridgeABI.PackSetWatchers(addrs(fresh), 2)})
			}},
		{name: "signer key rotated", want: "BadSignerSignature",
			after: func(e *env, p *payout) {
				qx, qy, err := contracts.P256PublicKey(&newP256Key(e.t).PublicKey)
				if err != nil {
					e.t.Fatal(err)
				}
				e.govern(contracts.Call{Target: e.bridge, Data: bridgeABI.PackSetSignerKey(qx, qy)})
			}},
		{name: "routes hash changed", want: "BadSignerSignature",
			after: func(e *env, p *payout) {
				e.govern(contracts.Call{Target: e.bridge, Data: bridgeABI.PackSetRoutesHash(crypto.Keccak256Hash([]byte("routes v2")))})
			}},
		{name: "paused", want: "EnforcedPause",
			after: func(e *env, p *payout) { e.send(e.pauser, e.bridge, bridgeABI.PackPause()) }},
		{name: "paused mint", want: "EnforcedPause", mint: true,
			before: func(e *env, p *payout) {
				p.t.Route, p.t.DestToken = transfer.RouteKey(routeETP), transfer.EthereumToken(e.etp)
			},
			after: func(e *env, p *payout) { e.send(e.pauser, e.bridge, bridgeABI.PackPause()) }},
		{name: "daily cap exceeded", want: "DailyCapExceeded",
			after: func(e *env, p *payout) { e.setRoute(routeUSDT, e.usdt, contracts.ModeLock, big.NewInt(999), true) }},
		{name: "daily cap exceeded by the day's earlier payouts", want: "DailyCapExceeded",
			after: func(e *env, p *payout) {
				e.setRoute(routeUSDT, e.usdt, contracts.ModeLock, big.NewInt(1500), true)
				q := e.newPayout(routeUSDT, e.usdt, other, 600, 3)
				e.sign(q)
				e.send(e.relayer, e.bridge, e.packPayout(q, false)) // 600 + 1000 > 1500
			}},
		{name: "unknown route", want: "UnknownRoute",
			before: func(e *env, p *payout) { p.t.Route = transfer.RouteKey("nope") }},
		{name: "disabled route", want: "RouteDisabled",
			after: func(e *env, p *payout) { e.setRoute(routeUSDT, e.usdt, contracts.ModeLock, bigCap, false) }},
		{name: "wrong token", want: "WrongToken",
			before: func(e *env, p *payout) { p.t.DestToken = transfer.EthereumToken(e.fee) }},
		{name: "release on a mint route", want: "WrongMode",
			before: func(e *env, p *payout) {
				p.t.Route, p.t.DestToken = transfer.RouteKey(routeETP), transfer.EthereumToken(e.etp)
			}},
		{name: "mint on a lock route", want: "WrongMode", mint: true},
		{name: "recipient of 19 bytes", want: "RecipientNot20Bytes",
			before: func(e *env, p *payout) { p.t.Recipient = p.t.Recipient[1:] }},
		{name: "recipient of 32 bytes", want: "RecipientNot20Bytes",
			before: func(e *env, p *payout) { p.t.Recipient = common.LeftPadBytes(p.t.Recipient, 32) }},
		{name: "Metaverse recipient", want: "RecipientNot20Bytes",
			before: func(e *env, p *payout) { p.t.Recipient = []byte("alice@MAwLwVGwJyFsTBfNj2j5nCUrQXGVRvHzPh") }},
		{name: "zero recipient", want: "ZeroRecipient",
			before: func(e *env, p *payout) { p.t.Recipient = make([]byte, 20) }},
		{name: "the bridge as recipient", want: "RecipientIsBridge",
			before: func(e *env, p *payout) { p.t.Recipient = e.bridge.Bytes() }},
		{name: "the bridge as recipient of a mint", want: "RecipientIsBridge", mint: true,
			before: func(e *env, p *payout) {
				p.t.Route, p.t.DestToken = transfer.RouteKey(routeETP), transfer.EthereumToken(e.etp)
				p.t.Recipient = e.bridge.Bytes()
			}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, 5, 3)
			p := e.newPayout(routeUSDT, e.usdt, common.HexToAddress("0xfeed"), 1000, 3)
			if tc.before != nil {
				tc.before(e, p)
			}
			e.sign(p)
			if tc.after != nil {
				tc.after(e, p)
			}
			e.expectRevert(e.relayer, e.bridge, e.packPayout(p, tc.mint), tc.want)
		})
	}
}

func TestDailyCapResetsNextDay(t *testing.T) {
	e := newEnv(t, 5, 3)
	e.setRoute(routeUSDT, e.usdt, contracts.ModeLock, big.NewInt(1000), true)
	first := e.newPayout(routeUSDT, e.usdt, common.HexToAddress("0xa1"), 1000, 3)
	e.sign(first)
	e.send(e.relayer, e.bridge, e.packPayout(first, false))
	second := e.newPayout(routeUSDT, e.usdt, common.HexToAddress("0xa2"), 1, 3)
	e.sign(second)
	e.expectRevert(e.relayer, e.bridge, e.packPayout(second, false), "DailyCapExceeded")

	// An empty block first: Commit waits for the pool to forget the last mined transaction, which
	// AdjustTime does not, and it refuses to run while the pool still lists one.
	e.sim.Commit()
	if err := e.sim.AdjustTime(24 * time.Hour); err != nil {
		t.Fatal(err)
	}
	e.sim.Commit()
	e.send(e.relayer, e.bridge, e.packPayout(second, false))
}

func TestUnpauseResumes(t *testing.T) {
	e := newEnv(t, 5, 3)
	p := e.newPayout(routeUSDT, e.usdt, common.HexToAddress("0xa1"), 10, 3)
	e.sign(p)
	e.send(e.pauser, e.bridge, bridgeABI.PackPause())
	e.expectRevert(e.relayer, e.bridge, e.packPayout(p, false), "EnforcedPause")
	e.govern(contracts.Call{Target: e.bridge, Data: bridgeABI.PackUnpause()})
	e.send(e.relayer, e.bridge, e.packPayout(p, false))
}

func TestDeposit(t *testing.T) {
	const memo = "alice@MAwLwVGwJyFsTBfNj2j5nCUrQXGVRvHzPh"
	t.Run("lock route", func(t *testing.T) {
		e := newEnv(t, 3, 2)
		e.send(e.user, e.usdt, tokenABI.PackMint(e.user.addr, big.NewInt(10_000)))
		e.send(e.user, e.usdt, tokenABI.PackApprove(e.bridge, big.NewInt(10_000)))
		before := e.balance(e.usdt, e.bridge)
		rcpt := e.send(e.user, e.bridge, bridgeABI.PackDeposit(e.usdt, big.NewInt(4_000), memo))
		ev := findLog(t, rcpt, bridgeABI.UnpackDepositEvent)
		if ev.Token != e.usdt || ev.Sender != e.user.addr || ev.Amount.Int64() != 4_000 || ev.Recipient != memo {
			t.Errorf("Deposit = %+v", ev)
		}
		if got := new(big.Int).Sub(e.balance(e.usdt, e.bridge), before); got.Int64() != 4_000 {
			t.Errorf("bridge received %s", got)
		}
	})
	t.Run("fee-on-transfer token credits what arrived", func(t *testing.T) {
		e := newEnv(t, 3, 2)
		e.send(e.user, e.fee, feeABI.PackMint(e.user.addr, big.NewInt(10_000)))
		e.send(e.user, e.fee, feeABI.PackApprove(e.bridge, big.NewInt(10_000)))
		rcpt := e.send(e.user, e.bridge, bridgeABI.PackDeposit(e.fee, big.NewInt(10_000), memo))
		ev := findLog(t, rcpt, bridgeABI.UnpackDepositEvent)
		if ev.Amount.Int64() != 9_900 { // 1% burned in transit
			t.Errorf("Deposit amount = %s, want 9900", ev.Amount)
		}
		if got := e.balance(e.fee, e.bridge); got.Int64() != 9_900 {
			t.Errorf("bridge holds %s, want 9900", got)
		}
	})
	t.Run("mint route burns", func(t *testing.T) {
		e := newEnv(t, 3, 2)
		p := e.newPayout(routeETP, e.etp, e.user.addr, 7_000, 2)
		e.sign(p)
		e.send(e.relayer, e.bridge, e.packPayout(p, true))
		e.send(e.user, e.etp, wrapABI.PackApprove(e.bridge, big.NewInt(7_000)))
		rcpt := e.send(e.user, e.bridge, bridgeABI.PackDeposit(e.etp, big.NewInt(3_000), memo))
		if ev := findLog(t, rcpt, bridgeABI.UnpackDepositEvent); ev.Amount.Int64() != 3_000 {
			t.Errorf("Deposit amount = %s", ev.Amount)
		}
		if got := e.totalSupply(e.etp); got.Int64() != 4_000 {
			t.Errorf("total supply %s, want 4000", got)
		}
		if got := e.balance(e.etp, e.bridge); got.Sign() != 0 {
			t.Errorf("bridge holds %s wrapped tokens", got)
		}
	})
	t.Run("rejections", func(t *testing.T) {
		e := newEnv(t, 3, 2)
		e.send(e.user, e.usdt, tokenABI.PackMint(e.user.addr, big.NewInt(10_000)))
		e.send(e.user, e.usdt, tokenABI.PackApprove(e.bridge, big.NewInt(10_000)))
		stranger := e.deploy(bindings.TestTokenMetaData.Bin, tokenABI.PackConstructor("Stranger", "STR", 18))
		cases := []struct {
			name  string
			setup func()
			data  []byte
			want  string
		}{
			{"token without a route", nil, bridgeABI.PackDeposit(stranger, big.NewInt(1), memo), "UnsupportedToken"},
			{"zero amount", nil, bridgeABI.PackDeposit(e.usdt, big.NewInt(0), memo), "ZeroAmount"},
			{"empty recipient", nil, bridgeABI.PackDeposit(e.usdt, big.NewInt(1), ""), "InvalidMetaverseRecipient"},
			{"recipient too long", nil, bridgeABI.PackDeposit(e.usdt, big.NewInt(1), string(bytes.Repeat([]byte("a"), 129))), "InvalidMetaverseRecipient"},
			{"more than approved", nil, bridgeABI.PackDeposit(e.usdt, big.NewInt(10_001), memo), "ERC20InsufficientAllowance"},
			{"disabled route", func() { e.setRoute(routeUSDT, e.usdt, contracts.ModeLock, bigCap, false) },
				bridgeABI.PackDeposit(e.usdt, big.NewInt(1), memo), "RouteDisabled"},
			{"paused", func() { e.send(e.pauser, e.bridge, bridgeABI.PackPause()) },
				bridgeABI.PackDeposit(e.usdt, big.NewInt(1), memo), "EnforcedPause"},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				if tc.setup != nil {
					tc.setup()
				}
				e.expectRevert(e.user, e.bridge, tc.data, tc.want)
			})
		}
	})
}

// TestPlainTransfer covers deposits made by a plain ERC20 transfer whose calldata carries the
// recipient after the standard 68 bytes, and the burn of wrapped tokens received that way.
func TestPlainTransfer(t *testing.T) {
	e := newEnv(t, 3, 2)
	memo := []byte("alice@MAwLwVGwJyFsTBfNj2j5nCUrQXGVRvHzPh")

	e.send(e.user, e.usdt, tokenABI.PackMint(e.user.addr, big.NewInt(500)))
	before := e.balance(e.usdt, e.bridge)
	e.send(e.user, e.usdt, append(tokenABI.PackTransfer(e.bridge, big.NewInt(500)), memo...))
	if got := new(big.Int).Sub(e.balance(e.usdt, e.bridge), before); got.Int64() != 500 {
		t.Fatalf("bridge received %s by plain transfer, want 500", got)
	}

	p := e.newPayout(routeETP, e.etp, e.user.addr, 800, 2)
	e.sign(p)
	e.send(e.relayer, e.bridge, e.packPayout(p, true))
	e.send(e.user, e.etp, append(wrapABI.PackTransfer(e.bridge, big.NewInt(300)), memo...))
	rcpt := e.send(e.outsider, e.bridge, bridgeABI.PackBurnReceived(e.etp)) // anybody may call it
	if ev := findLog(t, rcpt, bridgeABI.UnpackBurnedEvent); ev.Token != e.etp || ev.Amount.Int64() != 300 {
		t.Errorf("Burned = %+v", ev)
	}
	if got := e.totalSupply(e.etp); got.Int64() != 500 {
		t.Errorf("total supply %s, want 500", got)
	}
	e.expectRevert(e.outsider, e.bridge, bridgeABI.PackBurnReceived(e.etp), "ZeroAmount")
	e.expectRevert(e.outsider, e.bridge, bridgeABI.PackBurnReceived(e.usdt), "NotMintRoute")
}

func TestWrappedTokenBridgeOnly(t *testing.T) {
	e := newEnv(t, 3, 2)
	for _, a := range []*account{e.admin, e.user, e.relayer} {
		e.expectRevert(a, e.etp, wrapABI.PackMint(a.addr, big.NewInt(1)), "OnlyBridge")
		e.expectRevert(a, e.etp, wrapABI.PackBurn(big.NewInt(0)), "OnlyBridge")
	}
	dec, err := wrapABI.UnpackDecimals(e.call(e.etp, wrapABI.PackDecimals()))
	if err != nil || dec != 8 {
		t.Errorf("decimals = %d, %v; want 8", dec, err)
	}
}

func TestLink(t *testing.T) {
	e := newEnv(t, 3, 2)
	for _, to := range []string{"MAwLwVGwJyFsTBfNj2j5nCUrQXGVRvHzPh", "alice"} {
		rcpt := e.send(e.user, e.bridge, bridgeABI.PackLink(to))
		if ev := findLog(t, rcpt, bridgeABI.UnpackLinkedEvent); ev.Account != e.user.addr || ev.Recipient != to {
			t.Errorf("Linked = %+v", ev)
		}
		got, err := bridgeABI.UnpackLinks(e.call(e.bridge, bridgeABI.PackLinks(e.user.addr)))
		if err != nil || got != to {
			t.Errorf("links(user) = %q, %v; want %q", got, err, to)
		}
	}
	e.expectRevert(e.user, e.bridge, bridgeABI.PackLink(""), "InvalidMetaverseRecipient")
	e.expectRevert(e.user, e.bridge, bridgeABI.PackLink(string(bytes.Repeat([]byte("x"), 129))), "InvalidMetaverseRecipient")
}

// TestAdministration checks that nobody but the timelock changes anything: not the deployer
// (the old admin key), not a proposer or a pauser acting directly, not the signer's key, a
// watcher's key or the relayer; and that the timelock changes everything it should.
func TestAdministration(t *testing.T) {
	e := newEnv(t, 5, 3)
	qx, qy, err := contracts.P256PublicKey(&newP256Key(t).PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	adminCalls := map[string][]byte{
		"setSignerKey":              bridgeABI.PackSetSignerKey(qx, qy),
		"setWatchers":               bridgeABI.PackSetWatchers(addrs(e.watchers[:3]), 2),
		"setRoute":                  bridgeABI.PackSetRoute(transfer.RouteKey("x"), e.user.addr, contracts.ModeLock, big.NewInt(1), true),
		"setRoute raising a cap":    bridgeABI.PackSetRoute(transfer.RouteKey(routeUSDT), e.usdt, contracts.ModeLock, new(big.Int).Lsh(bigCap, 1), true),
		"setRoutesHash":             bridgeABI.PackSetRoutesHash([32]byte{1}),
		"grantRole ADMIN":           bridgeABI.PackGrantRole(e.role("ADMIN_ROLE"), e.outsider.addr),
		"grantRole PAUSER":          bridgeABI.PackGrantRole(e.role("PAUSER_ROLE"), e.outsider.addr),
		"grantRole UNPAUSER":        bridgeABI.PackGrantRole(e.role("UNPAUSER_ROLE"), e.outsider.addr),
		"revokeRole UNPAUSER":       bridgeABI.PackRevokeRole(e.role("UNPAUSER_ROLE"), e.timelock),
		"revokeRole PAUSER":         bridgeABI.PackRevokeRole(e.role("PAUSER_ROLE"), e.pauser.addr),
		"beginDefaultAdminTransfer": bridgeABI.PackBeginDefaultAdminTransfer(e.outsider.addr),
		"changeDefaultAdminDelay":   bridgeABI.PackChangeDefaultAdminDelay(big.NewInt(0)),
		"unpause":                   bridgeABI.PackUnpause(),
	}
	callers := map[string]*account{
		"old admin (deployer)": e.admin, "proposer": e.proposer, "pauser": e.pauser,
		"relayer": e.relayer, "outsider": e.outsider, "watcher": e.watcherAccounts[0],
		"signer key as an account": e.signerAsAccount,
	}
	for cname, caller := range callers {
		for fname, data := range adminCalls {
			t.Run(cname+" "+fname, func(t *testing.T) {
				e.expectRevert(caller, e.bridge, data, "AccessControlUnauthorizedAccount")
			})
		}
	}
	// The timelock itself cannot be reconfigured but by a proposal of its own.
	for cname, caller := range callers {
		for fname, data := range map[string][]byte{
			"grant PROPOSER":   timelockABI.PackGrantRole(e.timelockRole("PROPOSER_ROLE"), caller.addr),
			"grant EXECUTOR":   timelockABI.PackGrantRole(e.timelockRole("EXECUTOR_ROLE"), caller.addr),
			"updateDelay 0":    timelockABI.PackUpdateDelay(big.NewInt(0)),
			"revoke CANCELLER": timelockABI.PackRevokeRole(e.timelockRole("CANCELLER_ROLE"), e.pauser.addr),
		} {
			t.Run(cname+" timelock "+fname, func(t *testing.T) {
				want := "AccessControlUnauthorizedAccount"
				if fname == "updateDelay 0" {
					want = "TimelockUnauthorizedCaller"
				}
				e.expectRevert(caller, e.timelock, data, want)
			})
		}
	}
	for _, a := range []*account{e.admin, e.proposer, e.relayer, e.signerAsAccount} {
		e.expectRevert(a, e.bridge, bridgeABI.PackPause(), "AccessControlUnauthorizedAccount")
	}

	t.Run("through the timelock", func(t *testing.T) {
		rcpt := e.govern(contracts.Call{Target: e.bridge, Data: bridgeABI.PackSetSignerKey(qx, qy)})
		if ev := findLog(t, rcpt, bridgeABI.UnpackSignerKeySetEvent); ev.Qx != qx || ev.Qy != qy {
			t.Errorf("SignerKeySet = %+v", ev)
		}
		fresh := addrs(sortedWatchers(t, "rotated", 4))
		rcpt = e.govern(contracts.Call{Target: e.bridge, Data: bridgeABI.PackSetWatchers(fresh, 3)})
		if ev := findLog(t, rcpt, bridgeABI.UnpackWatchersSetEvent); len(ev.Watchers) != 4 || ev.Threshold != 3 || ev.Epoch != 2 {
			t.Errorf("WatchersSet = %+v", ev)
		}
		ws, err := bridgeABI.UnpackWatchers(e.call(e.bridge, bridgeABI.PackWatchers()))
		if err != nil || len(ws.WatcherSet) != 4 || ws.Threshold != 3 {
			t.Errorf("watchers() = %+v, %v", ws, err)
		}
		isOld, _ := bridgeABI.UnpackIsWatcher(e.call(e.bridge, bridgeABI.PackIsWatcher(crypto.PubkeyToAddress(e.watchers[0].PublicKey))))
		isNew, _ := bridgeABI.UnpackIsWatcher(e.call(e.bridge, bridgeABI.PackIsWatcher(fresh[0])))
		if isOld || !isNew {
			t.Errorf("isWatcher: old %v, new %v", isOld, isNew)
		}
		h := crypto.Keccak256Hash([]byte("routes v2"))
		rcpt = e.govern(contracts.Call{Target: e.bridge, Data: bridgeABI.PackSetRoutesHash(h)})
		if ev := findLog(t, rcpt, bridgeABI.UnpackRoutesHashSetEvent); ev.RoutesHash != h {
			t.Errorf("RoutesHashSet = %+v", ev)
		}
		rcpt = e.govern(contracts.Call{Target: e.bridge, Data: bridgeABI.PackSetRoute(transfer.RouteKey("dai"), e.outsider.addr, contracts.ModeLock, big.NewInt(5), false)})
		if ev := findLog(t, rcpt, bridgeABI.UnpackRouteSetEvent); ev.Route != transfer.RouteKey("dai") || ev.Token != e.outsider.addr ||
			ev.Mode != contracts.ModeLock || ev.DailyCap.Int64() != 5 || ev.Enabled {
			t.Errorf("RouteSet = %+v", ev)
		}
		e.govern(contracts.Call{Target: e.bridge, Data: bridgeABI.PackGrantRole(e.role("PAUSER_ROLE"), e.outsider.addr)})
		e.send(e.outsider, e.bridge, bridgeABI.PackPause())
		e.govern(contracts.Call{Target: e.bridge, Data: bridgeABI.PackUnpause()})
	})

	t.Run("admin mistakes", func(t *testing.T) {
		w := addrs(e.watchers)
		cases := []struct {
			name string
			data []byte
			want string
		}{
			{"signer key off the curve", bridgeABI.PackSetSignerKey(qx, [32]byte{1}), "InvalidSignerKey"},
			{"no watchers", bridgeABI.PackSetWatchers(nil, 1), "InvalidWatcherSet"},
			{"fewer watchers than the minimum", bridgeABI.PackSetWatchers(w[:2], 2), "TooFewWatchers"},
			{"one watcher", bridgeABI.PackSetWatchers(w[:1], 1), "TooFewWatchers"},
			{"unsorted watchers", bridgeABI.PackSetWatchers([]common.Address{w[1], w[0], w[2]}, 2), "InvalidWatcherSet"},
			{"duplicate watchers", bridgeABI.PackSetWatchers([]common.Address{w[0], w[0], w[1]}, 2), "InvalidWatcherSet"},
			{"zero watcher", bridgeABI.PackSetWatchers([]common.Address{{}, w[0], w[1]}, 2), "InvalidWatcherSet"},
			{"threshold of half", bridgeABI.PackSetWatchers(w[:4], 2), "InvalidThreshold"},
			{"threshold above n", bridgeABI.PackSetWatchers(w[:3], 4), "InvalidThreshold"},
			{"route mode 0", bridgeABI.PackSetRoute(transfer.RouteKey("x"), e.outsider.addr, 0, big.NewInt(1), true), "InvalidMode"},
			{"route mode 3", bridgeABI.PackSetRoute(transfer.RouteKey("x"), e.outsider.addr, 3, big.NewInt(1), true), "InvalidMode"},
			{"route without token", bridgeABI.PackSetRoute(transfer.RouteKey("x"), common.Address{}, 1, big.NewInt(1), true), "InvalidRoute"},
			{"zero route key", bridgeABI.PackSetRoute([32]byte{}, e.outsider.addr, 1, big.NewInt(1), true), "InvalidRoute"},
			{"token of another route", bridgeABI.PackSetRoute(transfer.RouteKey("x"), e.usdt, 1, big.NewInt(1), true), "TokenInUse"},
			{"cap beyond uint192", bridgeABI.PackSetRoute(transfer.RouteKey("x"), e.outsider.addr, 1, new(big.Int).Lsh(big.NewInt(1), 192), true), "InvalidDailyCap"},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) { e.governReverts(tc.want, contracts.Call{Target: e.bridge, Data: tc.data}) })
		}
	})
}

// TestRouteTokenChange checks that moving a route to another token frees the old one.
func TestRouteTokenChange(t *testing.T) {
	e := newEnv(t, 3, 2)
	e.setRoute(routeFee, e.outsider.addr, contracts.ModeLock, bigCap, true)
	r, err := bridgeABI.UnpackTokenRoute(e.call(e.bridge, bridgeABI.PackTokenRoute(e.fee)))
	if err != nil || r != ([32]byte{}) {
		t.Fatalf("tokenRoute(old token) = %x, %v; want none", r, err)
	}
	e.setRoute("fee2", e.fee, contracts.ModeLock, bigCap, true)
}
