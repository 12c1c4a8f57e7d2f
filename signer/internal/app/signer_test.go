package app

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/tokendroplet/droplet/internal/devpki"
	"github.com/tokendroplet/droplet/internal/mvs"
	"github.com/tokendroplet/droplet/internal/transfer"
	signerv1 "github.com/tokendroplet/droplet/proto/droplet/signer/v1"
	"github.com/tokendroplet/droplet/signer/internal/store"
)

func wantCode(t *testing.T, err error, code codes.Code, contains string) {
	t.Helper()
	st, _ := status.FromError(err)
	if st.Code() != code || !strings.Contains(st.Message(), contains) {
		t.Fatalf("got %v, want %v containing %q", err, code, contains)
	}
}

// TestQuorumAndEthereumSignature: m-1 attestations give no signature, m give one; a repeat counts
// once; the P-256 signature from Vault verifies against the published key and is low-s.
func TestQuorumAndEthereumSignature(t *testing.T) {
	s := newStack(t, stackOpts{watchers: 3, threshold: 2})
	ctx := context.Background()
	relayer := s.client("relayer")
	tr := s.mvsToEth(1, 100_000_000)
	id := tr.ID()

	w0 := s.client(s.watchers[0].name)
	for i := 0; i < 2; i++ { // the same watcher twice counts once
		resp, err := w0.SubmitAttestation(ctx, s.attestation(s.watchers[0], tr))
		if err != nil {
			t.Fatal(err)
		}
		if q := resp.GetQuorum(); q.GetAttestations() != 1 || q.GetState() != signerv1.State_STATE_ATTESTED || q.GetThreshold() != 2 {
			t.Fatalf("after watcher 0 (try %d): %v", i, q)
		}
	}
	_, err := relayer.SignTransfer(ctx, &signerv1.SignTransferRequest{TransferId: id[:]})
	wantCode(t, err, codes.FailedPrecondition, "1 of 2")
	st, _ := status.FromError(err)
	var info *errdetails.ErrorInfo
	for _, d := range st.Details() {
		if e, ok := d.(*errdetails.ErrorInfo); ok {
			info = e
		}
	}
	if info == nil || info.Reason != "QUORUM_NOT_REACHED" || info.Metadata["attestations"] != "1" || info.Metadata["threshold"] != "2" {
		t.Fatalf("error details: %v", st.Details())
	}

	req2 := s.attestation(s.watchers[2], tr)
	resp, err := s.client(s.watchers[2].name).SubmitAttestation(ctx, req2)
	if err != nil {
		t.Fatal(err)
	}
	if q := resp.GetQuorum(); q.GetAttestations() != 2 || q.GetState() != signerv1.State_STATE_QUORUM {
		t.Fatalf("after watcher 2: %v", q)
	}
	signed, err := relayer.SignTransfer(ctx, &signerv1.SignTransferRequest{TransferId: id[:]})
	if err != nil {
		t.Fatal(err)
	}
	auth := signed.GetEthereum()
	digest := s.digest(tr)
	pub := s.signer.EthKey.PublicKey()
	r, sv := new(big.Int).SetBytes(auth.GetR()), new(big.Int).SetBytes(auth.GetS())
	if !ecdsa.Verify(pub, digest[:], r, sv) {
		t.Fatal("P-256 signature does not verify against the published key")
	}
	if sv.Cmp(new(big.Int).Rsh(elliptic.P256().Params().N, 1)) > 0 {
		t.Fatal("P-256 signature is high-s")
	}
	if got := len(auth.GetWatcherSignatures()); got != 2 {
		t.Fatalf("%d watcher signatures, want 2", got)
	}
	var prev common.Address
	for i, sig := range auth.GetWatcherSignatures() {
		if sig[64] != 27 && sig[64] != 28 {
			t.Fatalf("watcher signature %d has v = %d; the contract takes 27 or 28", i, sig[64])
		}
		rs := append([]byte(nil), sig...)
		rs[64] -= 27
		pk, err := crypto.SigToPub(digest[:], rs)
		if err != nil {
			t.Fatal(err)
		}
		a := crypto.PubkeyToAddress(*pk)
		if i > 0 && bytes.Compare(a[:], prev[:]) <= 0 {
			t.Fatal("watcher signatures not in strictly increasing address order")
		}
		prev = a
	}
	again, err := relayer.SignTransfer(ctx, &signerv1.SignTransferRequest{TransferId: id[:]})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.GetEthereum().GetS(), auth.GetS()) || again.GetQuorum().GetState() != signerv1.State_STATE_SIGNED {
		t.Fatal("a second SignTransfer did not return the stored signature")
	}
	n, _, err := s.signer.store.VerifyAudit(ctx, nil)
	if err != nil || n != 1 {
		t.Fatalf("audit: %d entries, %v", n, err)
	}
}

// TestWatcherAuthorisation: a key over another watcher's certificate, an unknown certificate
// name, a certificate from another CA, and a relayer attesting are all refused.
func TestWatcherAuthorisation(t *testing.T) {
	s := newStack(t, stackOpts{watchers: 3, threshold: 2})
	ctx := context.Background()
	tr := s.mvsToEth(2, 5_000_000)

	_, err := s.client(s.watchers[1].name).SubmitAttestation(ctx, s.attestation(s.watchers[0], tr))
	wantCode(t, err, codes.PermissionDenied, "does not belong")

	_, err = s.client("stranger").SubmitAttestation(ctx, s.attestation(s.watchers[0], tr))
	wantCode(t, err, codes.PermissionDenied, "unknown watcher")

	_, err = s.client("relayer").SubmitAttestation(ctx, s.attestation(s.watchers[0], tr))
	wantCode(t, err, codes.PermissionDenied, "unknown watcher")

	other := mustV[*devpki.CA](t)(devpki.NewCA("somebody else"))
	conn := s.dial(s.signer.Addr(), other, s.watchers[0].name)
	_, err = signerv1.NewSignerServiceClient(conn).SubmitAttestation(ctx, s.attestation(s.watchers[0], tr))
	if status.Code(err) != codes.Unavailable {
		t.Fatalf("certificate of another CA: %v", err)
	}

	// A watcher may not ask for signatures.
	id := tr.ID()
	_, err = s.client(s.watchers[0].name).SignTransfer(ctx, &signerv1.SignTransferRequest{TransferId: id[:]})
	wantCode(t, err, codes.PermissionDenied, "may not ask")
	assertNoTransfers(t, s)
}

func assertNoTransfers(t *testing.T, s *stack) {
	t.Helper()
	db, err := sql.Open("postgres", s.cfg.Database)
	must(t, err)
	defer db.Close()
	var n int
	must(t, db.QueryRow(`SELECT (SELECT count(*) FROM transfers) + (SELECT count(*) FROM attestations)`).Scan(&n))
	if n != 0 {
		t.Fatalf("%d rows persisted, want none", n)
	}
}

// TestMalformedInput: each malformed field is INVALID_ARGUMENT naming it; nothing is persisted.
func TestMalformedInput(t *testing.T) {
	s := newStack(t, stackOpts{watchers: 3, threshold: 2, devnetKeys: true})
	ctx := context.Background()
	w := s.client(s.watchers[0].name)
	base := s.mvsToEth(3, 7_000_000)
	cases := []struct {
		name  string
		edit  func(*signerv1.Transfer)
		field string
	}{
		{"short source tx", func(m *signerv1.Transfer) { m.SourceTx = m.SourceTx[:31] }, "transfer.source_tx"},
		{"long source block", func(m *signerv1.Transfer) { m.SourceBlock = append(m.SourceBlock, 0) }, "transfer.source_block"},
		{"dest token length", func(m *signerv1.Transfer) { m.DestToken = m.DestToken[:20] }, "transfer.dest_token"},
		{"recipient length", func(m *signerv1.Transfer) { m.Recipient = m.Recipient[:19] }, "transfer.recipient"},
		{"amount beyond uint256", func(m *signerv1.Transfer) { m.Amount = "1" + strings.Repeat("0", 78) }, "transfer.amount"},
		{"amount 2^256", func(m *signerv1.Transfer) {
			m.Amount = new(big.Int).Lsh(big.NewInt(1), 256).String()
		}, "transfer.amount"},
		{"negative amount", func(m *signerv1.Transfer) { m.Amount = "-1" }, "transfer.amount"},
		{"hex amount", func(m *signerv1.Transfer) { m.Amount = "0x10" }, "transfer.amount"},
		{"empty fee", func(m *signerv1.Transfer) { m.Fee = "" }, "transfer.fee"},
		{"unknown route", func(m *signerv1.Transfer) { m.Route = "nope" }, "transfer.route"},
		{"oversized route", func(m *signerv1.Transfer) { m.Route = strings.Repeat("x", 1<<16) }, "transfer.route"},
		{"unknown source chain", func(m *signerv1.Transfer) { m.SourceChain = 5 }, "transfer.source_chain"},
		{"zero source chain", func(m *signerv1.Transfer) { m.SourceChain = 0 }, "transfer.source_chain"},
		{"unknown dest chain", func(m *signerv1.Transfer) { m.DestChain = 10 }, "transfer.dest_chain"},
		{"wrong dest token", func(m *signerv1.Transfer) { m.DestToken = make([]byte, 32); m.DestToken[31] = 1 }, "transfer.dest_token"},
		{"oversized metaverse recipient", func(m *signerv1.Transfer) {
			m.DestChain, m.SourceChain = m.SourceChain, m.DestChain
			tok := transfer.MetaverseToken("ERC20.USDT")
			m.DestToken, m.Recipient = tok[:], bytes.Repeat([]byte("a"), 4096)
		}, "transfer.recipient"},
		{"bad metaverse address", func(m *signerv1.Transfer) {
			m.DestChain, m.SourceChain = m.SourceChain, m.DestChain
			tok := transfer.MetaverseToken("ERC20.USDT")
			m.DestToken, m.Recipient = tok[:], []byte("tNotAnAddress")
		}, "transfer.recipient"},
		{"missing transfer", nil, "transfer"},
		// The attacks of the security review: a transfer that pays nothing, and the self-payout
		// loop through either chain's bridge.
		{"zero amount", func(m *signerv1.Transfer) { m.Amount, m.Fee = "0", "7000000" }, "transfer.amount"},
		{"the ethereum bridge as recipient", func(m *signerv1.Transfer) {
			b := s.routes.EthereumBridge()
			m.Recipient = b[:]
		}, "transfer.recipient"},
		{"the metaverse bridge as recipient", func(m *signerv1.Transfer) {
			m.DestChain, m.SourceChain = m.SourceChain, m.DestChain
			tok := transfer.MetaverseToken("ERC20.USDT")
			m.DestToken, m.Recipient = tok[:], []byte(s.bridge.String())
		}, "transfer.recipient"},
		{"the metaverse bridge's avatar as recipient", func(m *signerv1.Transfer) {
			m.DestChain, m.SourceChain = m.SourceChain, m.DestChain
			tok := transfer.MetaverseToken("ERC20.USDT")
			m.DestToken, m.Recipient = tok[:], []byte("droplet@"+mvs.NewP2PKHAddress(mvs.Testnet, [20]byte{9}).String())
		}, "transfer.recipient"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			req := s.attestation(s.watchers[0], base)
			if c.edit == nil {
				req.Transfer = nil
			} else {
				c.edit(req.Transfer)
			}
			_, err := w.SubmitAttestation(ctx, req)
			wantCode(t, err, codes.InvalidArgument, c.field)
			st, _ := status.FromError(err)
			var named bool
			for _, d := range st.Details() {
				if br, ok := d.(*errdetails.BadRequest); ok && len(br.FieldViolations) == 1 && br.FieldViolations[0].Field == c.field {
					named = true
				}
			}
			if !named {
				t.Fatalf("no BadRequest detail naming %s: %v", c.field, st.Details())
			}
		})
	}
	sigCases := []struct {
		name string
		sig  func([]byte) []byte
	}{
		{"short signature", func(b []byte) []byte { return b[:64] }},
		{"bad v", func(b []byte) []byte { b[64] = 30; return b }},
		// The proto's word is v in {27, 28}, what the watchers send and the contract's ecrecover
		// takes; the same signature with v 0 or 1 is refused.
		{"v 0 or 1", func(b []byte) []byte { b[64] -= 27; return b }},
		{"high s", func(b []byte) []byte {
			sv := new(big.Int).SetBytes(b[32:64])
			sv.Sub(crypto.S256().Params().N, sv)
			sv.FillBytes(b[32:64])
			b[64] ^= 1
			return b
		}},
	}
	for _, c := range sigCases {
		t.Run(c.name, func(t *testing.T) {
			req := s.attestation(s.watchers[0], base)
			req.Signature = c.sig(req.Signature)
			_, err := w.SubmitAttestation(ctx, req)
			wantCode(t, err, codes.InvalidArgument, "signature")
		})
	}
	for _, bad := range [][]byte{nil, make([]byte, 31), make([]byte, 33)} {
		_, err := s.client("relayer").SignTransfer(ctx, &signerv1.SignTransferRequest{TransferId: bad})
		wantCode(t, err, codes.InvalidArgument, "transfer_id")
	}
	_, err := s.client("relayer").ListTransfers(ctx, &signerv1.ListTransfersRequest{PageToken: "!!"})
	wantCode(t, err, codes.InvalidArgument, "page_token")
	assertNoTransfers(t, s)
}

// TestConflictQuarantine: a second digest for one transfer quarantines it; it is not signed even
// with a quorum of the first digest, until an administrator resolves it.
func TestConflictQuarantine(t *testing.T) {
	s := newStack(t, stackOpts{watchers: 3, threshold: 2, devnetKeys: true})
	ctx := context.Background()
	honest := s.mvsToEth(4, 9_000_000)
	liar := s.mvsToEth(4, 9_000_000)
	liar.Amount = big.NewInt(900_000_000) // same source event, more money

	submit := func(w watcherID, tr *transfer.Transfer) *signerv1.QuorumState {
		resp, err := s.client(w.name).SubmitAttestation(ctx, s.attestation(w, tr))
		if err != nil {
			t.Fatal(err)
		}
		return resp.GetQuorum()
	}
	submit(s.watchers[0], honest)
	if q := submit(s.watchers[1], liar); q.GetState() != signerv1.State_STATE_QUARANTINED {
		t.Fatalf("conflicting digest: state %v", q.GetState())
	}
	if q := submit(s.watchers[2], honest); q.GetState() != signerv1.State_STATE_QUARANTINED || q.GetAttestations() != 2 {
		t.Fatalf("after the third watcher: %v", q)
	}
	id := honest.ID()
	relayer := s.client("relayer")
	_, err := relayer.SignTransfer(ctx, &signerv1.SignTransferRequest{TransferId: id[:]})
	wantCode(t, err, codes.FailedPrecondition, "quarantined")

	// Only administrators resolve, on the admin listener.
	honestDigest := s.digest(honest)
	req := &signerv1.ResolveQuarantineRequest{TransferId: id[:], Resolution: &signerv1.ResolveQuarantineRequest_AcceptDigest{AcceptDigest: honestDigest[:]}, Reason: "checked both chains"}
	_, err = s.admin("mallory").ResolveQuarantine(ctx, req)
	wantCode(t, err, codes.PermissionDenied, "not an administrator")
	liarDigest := s.digest(liar)
	_, err = s.admin("alice-admin").ResolveQuarantine(ctx, &signerv1.ResolveQuarantineRequest{TransferId: id[:],
		Resolution: &signerv1.ResolveQuarantineRequest_AcceptDigest{AcceptDigest: make([]byte, 32)}, Reason: "x"})
	wantCode(t, err, codes.InvalidArgument, "no watcher attested")
	resp, err := s.admin("alice-admin").ResolveQuarantine(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if q := resp.GetQuorum(); q.GetState() != signerv1.State_STATE_QUORUM || !bytes.Equal(q.GetDigest(), honestDigest[:]) {
		t.Fatalf("after resolution: %v", q)
	}
	signed, err := relayer.SignTransfer(ctx, &signerv1.SignTransferRequest{TransferId: id[:]})
	if err != nil {
		t.Fatal(err)
	}
	if len(signed.GetEthereum().GetWatcherSignatures()) != 2 {
		t.Fatal("want the two honest signatures")
	}
	// The liar's digest is never what got signed.
	if bytes.Equal(signed.GetQuorum().GetDigest(), liarDigest[:]) {
		t.Fatal("signed the conflicting digest")
	}

	// The liar first: after the operator accepts the honest digest, the cap counts the honest
	// amount in the honest lane, not what the liar claimed.
	honest2, liar2 := s.mvsToEth(5, 300_000_000), s.mvsToEth(5, 300_000_000)
	liar2.Amount = big.NewInt(1)
	submit(s.watchers[0], liar2)
	submit(s.watchers[1], honest2)
	submit(s.watchers[2], honest2)
	id2, d2 := honest2.ID(), s.digest(honest2)
	if _, err := s.admin("alice-admin").ResolveQuarantine(ctx, &signerv1.ResolveQuarantineRequest{TransferId: id2[:],
		Resolution: &signerv1.ResolveQuarantineRequest_AcceptDigest{AcceptDigest: d2[:]}, Reason: "checked"}); err != nil {
		t.Fatal(err)
	}
	if _, err := relayer.SignTransfer(ctx, &signerv1.SignTransferRequest{TransferId: id2[:]}); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("postgres", s.cfg.Database)
	must(t, err)
	defer db.Close()
	var amount, lane string
	must(t, db.QueryRow(`SELECT amount::text, lane FROM transfers WHERE id = $1`, id2[:]).Scan(&amount, &lane))
	if amount != "300000000" || lane != "usdt:to_eth" {
		t.Fatalf("signed transfer counted as %s in lane %s", amount, lane)
	}
}

// TestPolicy: every policy rejection path, on real PostgreSQL.
func TestPolicy(t *testing.T) {
	s := newStack(t, stackOpts{watchers: 3, threshold: 2, devnetKeys: true})
	ctx := context.Background()
	relayer, admin, second := s.client("relayer"), s.admin("alice-admin"), s.admin("bob-admin")
	n := 100
	quorumOf := func(amount int64) transfer.ID {
		n++
		tr := s.mvsToEth(n, amount)
		for _, w := range s.watchers[:2] {
			if _, err := s.client(w.name).SubmitAttestation(ctx, s.attestation(w, tr)); err != nil {
				t.Fatal(err)
			}
		}
		return tr.ID()
	}
	sign := func(id transfer.ID) error {
		_, err := relayer.SignTransfer(ctx, &signerv1.SignTransferRequest{TransferId: id[:]})
		return err
	}
	limits := func(enabled bool, max, cap, big, delay string) {
		resp, err := admin.SetLimits(ctx, &signerv1.SetLimitsRequest{Reason: "test", Limits: &signerv1.Limits{
			Route: "usdt", Enabled: enabled, Max: max, DailyCap: cap, BigThreshold: big, BigDelay: delay}})
		must(t, err)
		if resp.GetPending() { // loosening: a second administrator agrees
			_, err = second.SetLimits(ctx, &signerv1.SetLimitsRequest{Reason: "test, agreed", Limits: &signerv1.Limits{
				Route: "usdt", Enabled: enabled, Max: max, DailyCap: cap, BigThreshold: big, BigDelay: delay}})
			must(t, err)
		}
	}
	cases := []struct {
		name   string
		setup  func()
		amount int64
		reason string
		undo   func()
	}{
		{"global pause", func() { _, err := admin.Pause(ctx, &signerv1.PauseRequest{Reason: "incident"}); must(t, err) },
			1_000_000, "POLICY_PAUSED", func() { _, err := admin.Unpause(ctx, &signerv1.UnpauseRequest{}); must(t, err) }},
		{"route pause", func() {
			_, err := admin.Pause(ctx, &signerv1.PauseRequest{Route: "usdt", Reason: "token issue"})
			must(t, err)
		}, 1_000_000, "POLICY_ROUTE_PAUSED", func() { _, err := admin.Unpause(ctx, &signerv1.UnpauseRequest{Route: "usdt"}); must(t, err) }},
		{"route disabled", func() { limits(false, "1000", "1500", "500", "1h") }, 1_000_000, "POLICY_ROUTE_DISABLED",
			func() { limits(true, "1000", "1500", "500", "1h") }},
		{"above maximum", nil, 1_000_000_001, "POLICY_OVER_MAX", nil},
		{"big transfer held", nil, 600_000_000, "POLICY_HELD", nil},
		{"rolling cap", func() {
			for i := 0; i < 3; i++ { // 3 x 499 signed
				must(t, sign(quorumOf(499_000_000)))
			}
		}, 100_000_000, "POLICY_OVER_CAP", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.setup != nil {
				c.setup()
			}
			id := quorumOf(c.amount)
			err := sign(id)
			st, _ := status.FromError(err)
			var reason string
			for _, d := range st.Details() {
				if e, ok := d.(*errdetails.ErrorInfo); ok {
					reason = e.Reason
				}
			}
			if st.Code() != codes.FailedPrecondition || reason != c.reason {
				t.Fatalf("got %v (%s), want FAILED_PRECONDITION %s", err, reason, c.reason)
			}
			if c.undo != nil {
				c.undo()
				if err := sign(id); err != nil {
					t.Fatalf("after undo: %v", err)
				}
			}
		})
	}
	// Unknown routes and bad limits are refused by the admin API.
	_, err := admin.SetLimits(ctx, &signerv1.SetLimitsRequest{Reason: "x", Limits: &signerv1.Limits{Route: "nope"}})
	wantCode(t, err, codes.InvalidArgument, "limits.route")
	_, err = admin.SetLimits(ctx, &signerv1.SetLimitsRequest{Reason: "x", Limits: &signerv1.Limits{Route: "usdt", Enabled: true,
		Max: "1.0000001", DailyCap: "2", BigThreshold: "1", BigDelay: "1h"}})
	wantCode(t, err, codes.InvalidArgument, "more decimals")
	_, err = admin.Pause(ctx, &signerv1.PauseRequest{})
	wantCode(t, err, codes.InvalidArgument, "reason")
}

// TestRestartKeepsQuorum: the signer restarted between attestations keeps its state.
func TestRestartKeepsQuorum(t *testing.T) {
	s := newStack(t, stackOpts{watchers: 3, threshold: 2, devnetKeys: true})
	ctx := context.Background()
	tr := s.mvsToEth(7, 2_000_000)
	_, err := s.client(s.watchers[0].name).SubmitAttestation(ctx, s.attestation(s.watchers[0], tr))
	must(t, err)
	s.stop()
	s.start()
	resp, err := s.client(s.watchers[1].name).SubmitAttestation(ctx, s.attestation(s.watchers[1], tr))
	must(t, err)
	if q := resp.GetQuorum(); q.GetAttestations() != 2 || q.GetState() != signerv1.State_STATE_QUORUM {
		t.Fatalf("after restart: %v", q)
	}
	id := tr.ID()
	_, err = s.client("relayer").SignTransfer(ctx, &signerv1.SignTransferRequest{TransferId: id[:]})
	must(t, err)
	list, err := s.client("relayer").ListTransfers(ctx, &signerv1.ListTransfersRequest{State: signerv1.State_STATE_SIGNED})
	must(t, err)
	if len(list.GetTransfers()) != 1 {
		t.Fatalf("listed %d signed transfers", len(list.GetTransfers()))
	}
	for _, st := range []signerv1.State{signerv1.State_STATE_UNSPECIFIED, signerv1.State_STATE_ATTESTED} {
		list, err = s.client("relayer").ListTransfers(ctx, &signerv1.ListTransfersRequest{State: st})
		must(t, err)
		if want := map[signerv1.State]int{signerv1.State_STATE_UNSPECIFIED: 1}[st]; len(list.GetTransfers()) != want {
			t.Fatalf("state %s: listed %d transfers, want %d", st, len(list.GetTransfers()), want)
		}
	}
}

// TestAuditVerify: the chain verifies, and an edited, deleted or cut row is detected.
func TestAuditVerify(t *testing.T) {
	s := newStack(t, stackOpts{watchers: 3, threshold: 2, devnetKeys: true})
	ctx := context.Background()
	for i := 0; i < 4; i++ {
		tr := s.mvsToEth(200+i, 1_000_000)
		for _, w := range s.watchers[:2] {
			_, err := s.client(w.name).SubmitAttestation(ctx, s.attestation(w, tr))
			must(t, err)
		}
		id := tr.ID()
		_, err := s.client("relayer").SignTransfer(ctx, &signerv1.SignTransferRequest{TransferId: id[:]})
		must(t, err)
	}
	st := s.signer.store
	n, head, err := st.VerifyAudit(ctx, nil)
	if err != nil || n != 4 {
		t.Fatalf("%d entries: %v", n, err)
	}
	db, err := sql.Open("postgres", s.cfg.Database)
	must(t, err)
	defer db.Close()
	// The trigger refuses edits by the application.
	if _, err := db.Exec(`UPDATE audit SET detail = '{}' WHERE seq = 2`); err == nil {
		t.Fatal("audit row updated despite the append-only trigger")
	}
	tamper := func(q string) {
		t.Helper()
		_, err := db.Exec(`ALTER TABLE audit DISABLE TRIGGER audit_no_update; ` + q + `; ALTER TABLE audit ENABLE TRIGGER audit_no_update`)
		must(t, err)
	}
	tamper(`UPDATE audit SET detail = replace(detail, '1000000', '9000000') WHERE seq = 2`)
	if _, _, err := st.VerifyAudit(ctx, nil); !errors.Is(err, store.ErrAuditBroken) || !strings.Contains(err.Error(), "entry 2 was edited") {
		t.Fatalf("edited row: %v", err)
	}
	tamper(`UPDATE audit SET detail = replace(detail, '9000000', '1000000') WHERE seq = 2`)
	if _, _, err := st.VerifyAudit(ctx, head); err != nil {
		t.Fatalf("restored: %v", err)
	}
	tamper(`DELETE FROM audit WHERE seq = 4`)
	if _, _, err := st.VerifyAudit(ctx, head); !errors.Is(err, store.ErrAuditBroken) {
		t.Fatalf("cut tail against the published head: %v", err)
	}
	tamper(`DELETE FROM audit WHERE seq = 2`)
	if _, _, err := st.VerifyAudit(ctx, nil); !errors.Is(err, store.ErrAuditBroken) || !strings.Contains(err.Error(), "entry 2 missing") {
		t.Fatalf("deleted row: %v", err)
	}
}

// TestAdminListenerIsSeparate: the signer's CA does not open the admin port.
func TestAdminListenerIsSeparate(t *testing.T) {
	s := newStack(t, stackOpts{watchers: 3, threshold: 2, devnetKeys: true})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn := s.dial(s.signer.AdminAddr(), s.ca, "alice-admin") // right name, wrong CA
	_, err := signerv1.NewAdminServiceClient(conn).GetPolicy(ctx, &signerv1.GetPolicyRequest{})
	if status.Code(err) != codes.Unavailable {
		t.Fatalf("admin call with the services' CA: %v", err)
	}
	p, err := s.admin("alice-admin").GetPolicy(ctx, &signerv1.GetPolicyRequest{})
	must(t, err)
	if len(p.GetLimits()) != 2 || p.GetPaused() {
		t.Fatalf("policy: %v", p)
	}
}

// TestMetaversePayout: the signer validates and signs the proposed payout, returns the very
// same transaction on every later call, and two replicas on one database racing with different
// proposals sign only one.
func TestMetaversePayout(t *testing.T) {
	s := newStack(t, stackOpts{watchers: 3, threshold: 2})
	ctx := context.Background()
	script, _ := mvs.P2PKHScript(s.bridge)
	fundingFor := func(n int) *mvs.Tx { // the bridge's outputs for transfer n's payout
		return &mvs.Tx{Version: 4, Inputs: []mvs.Input{{PrevOut: mvs.OutPoint{Index: uint32(n)}, Sequence: mvs.SequenceFinal}},
			Outputs: []mvs.Output{
				{Value: 50_000_000, Script: script, Attachment: mvs.ETPAttachment()},
				{Script: script, Attachment: mvs.AssetTransferAttachment("ERC20.USDT", 900_000_000)},
			}}
	}
	funding := fundingFor(1)
	var proposeFrom func(funding *mvs.Tx, amount, fee uint64) []byte
	userKey, _ := secp256k1.GeneratePrivateKey()
	user := mvs.PubKeyAddress(mvs.Testnet, userKey.PubKey())
	userScript, _ := mvs.P2PKHScript(user)
	rt, _ := s.routes.Route("usdt")
	ethToMvs := func(n int, amount uint64) *transfer.Transfer {
		return &transfer.Transfer{SourceChain: s.routes.Ethereum.ChainID, SourceTx: crypto.Keccak256Hash([]byte(fmt.Sprint("eth", n))),
			SourceIndex: 1, SourceBlock: crypto.Keccak256Hash([]byte("b")), Route: rt.Key(), DestChain: s.routes.MetaverseChainID(),
			DestToken: rt.DestToken(transfer.EthToMvs), Recipient: []byte(user.String()), Amount: new(big.Int).SetUint64(amount), Fee: big.NewInt(0)}
	}
	propose := func(amount, fee uint64) []byte {
		return proposeFrom(funding, amount, fee)
	}
	proposeFrom = func(funding *mvs.Tx, amount, fee uint64) []byte {
		h := funding.Hash()
		return (&mvs.Tx{Version: 4,
			Inputs: []mvs.Input{{PrevOut: mvs.OutPoint{Hash: h, Index: 0}, Sequence: mvs.SequenceFinal},
				{PrevOut: mvs.OutPoint{Hash: h, Index: 1}, Sequence: mvs.SequenceFinal}},
			Outputs: []mvs.Output{
				{Script: userScript, Attachment: mvs.AssetTransferAttachment("ERC20.USDT", amount)},
				{Script: script, Attachment: mvs.AssetTransferAttachment("ERC20.USDT", 900_000_000-amount)},
				{Value: 50_000_000 - fee, Script: script, Attachment: mvs.ETPAttachment()},
			}}).Encode()
	}
	attest := func(tr *transfer.Transfer) transfer.ID {
		for _, w := range s.watchers[:2] {
			req := s.attestation(w, tr)
			if _, err := s.client(w.name).SubmitAttestation(ctx, req); err != nil {
				t.Fatal(err)
			}
		}
		return tr.ID()
	}
	relayer := s.client("relayer")
	prev := [][]byte{funding.Encode()}

	id := attest(ethToMvs(1, 3_000_000))
	_, err := relayer.SignTransfer(ctx, &signerv1.SignTransferRequest{TransferId: id[:], MetaversePayout: propose(3_000_001, 20_000), MetaversePrevious: prev})
	wantCode(t, err, codes.InvalidArgument, "exactly 3000000")
	first, err := relayer.SignTransfer(ctx, &signerv1.SignTransferRequest{TransferId: id[:], MetaversePayout: propose(3_000_000, 20_000), MetaversePrevious: prev})
	must(t, err)
	tx, err := mvs.Decode(first.GetMetaverse().GetRaw())
	must(t, err)
	for i := range tx.Inputs {
		if err := mvs.VerifyInput(tx, i, script); err != nil {
			t.Fatalf("input %d: %v", i, err)
		}
	}
	again, err := relayer.SignTransfer(ctx, &signerv1.SignTransferRequest{TransferId: id[:], MetaversePayout: propose(3_000_000, 30_000), MetaversePrevious: prev})
	must(t, err)
	if !bytes.Equal(again.GetMetaverse().GetRaw(), first.GetMetaverse().GetRaw()) {
		t.Fatal("a later call returned a different payout")
	}

	// A second replica on the same database.
	other := &stack{t: t, dir: s.dir, cfg: s.cfg, routes: s.routes, ca: s.ca, adminCA: s.adminCA, watchers: s.watchers, mvsKey: s.mvsKey, bridge: s.bridge}
	other.start()
	t.Cleanup(other.stop)
	relayer2 := other.client("relayer")
	for n := 2; n < 6; n++ {
		id := attest(ethToMvs(n, 1_000_000))
		fund := fundingFor(n)
		results := make(chan []byte, 2)
		for i, c := range []signerv1.SignerServiceClient{relayer, relayer2} {
			fee := uint64(10_000 + 10_000*i)
			go func() {
				r, err := c.SignTransfer(ctx, &signerv1.SignTransferRequest{TransferId: id[:], MetaversePayout: proposeFrom(fund, 1_000_000, fee),
					MetaversePrevious: [][]byte{fund.Encode()}})
				if err != nil {
					t.Error(err)
					results <- nil
					return
				}
				results <- r.GetMetaverse().GetRaw()
			}()
		}
		a, b := <-results, <-results
		if a == nil || !bytes.Equal(a, b) {
			t.Fatalf("transfer %d: the replicas returned different payouts", n)
		}
	}
	// A payout for another transfer that spends an output a stored payout spends is refused.
	id = attest(ethToMvs(9, 3_000_000))
	_, err = relayer.SignTransfer(ctx, &signerv1.SignTransferRequest{TransferId: id[:], MetaversePayout: propose(3_000_000, 20_000), MetaversePrevious: prev})
	wantCode(t, err, codes.InvalidArgument, "spends the same output")
}

// TestEditedDatabaseNoSecondPayout plays an attacker with the signer's database role who, after
// a transfer's Metaverse payout was signed, rewrites the transfer's row back to "quorum", wipes the
// payout columns and spent outputs, tries to delete the stored payout, and then asks for a payout
// spending other outputs: the signer answers with the first payout and signs nothing new.
func TestEditedDatabaseNoSecondPayout(t *testing.T) {
	s := newStack(t, stackOpts{watchers: 3, threshold: 2, ownerRole: true})
	ctx := context.Background()
	script, _ := mvs.P2PKHScript(s.bridge)
	userKey, _ := secp256k1.GeneratePrivateKey()
	user := mvs.PubKeyAddress(mvs.Testnet, userKey.PubKey())
	userScript, _ := mvs.P2PKHScript(user)
	rt, _ := s.routes.Route("usdt")
	tr := &transfer.Transfer{SourceChain: s.routes.Ethereum.ChainID, SourceTx: crypto.Keccak256Hash([]byte("edited")),
		SourceIndex: 1, SourceBlock: crypto.Keccak256Hash([]byte("b")), Route: rt.Key(), DestChain: s.routes.MetaverseChainID(),
		DestToken: rt.DestToken(transfer.EthToMvs), Recipient: []byte(user.String()), Amount: big.NewInt(2_000_000), Fee: big.NewInt(0)}
	for _, w := range s.watchers[:2] {
		if _, err := s.client(w.name).SubmitAttestation(ctx, s.attestation(w, tr)); err != nil {
			t.Fatal(err)
		}
	}
	id := tr.ID()
	payout := func(n uint32) ([]byte, [][]byte) {
		funding := &mvs.Tx{Version: 4, Inputs: []mvs.Input{{PrevOut: mvs.OutPoint{Index: n}, Sequence: mvs.SequenceFinal}},
			Outputs: []mvs.Output{
				{Value: 50_000_000, Script: script, Attachment: mvs.ETPAttachment()},
				{Script: script, Attachment: mvs.AssetTransferAttachment("ERC20.USDT", 900_000_000)},
			}}
		h := funding.Hash()
		return (&mvs.Tx{Version: 4,
			Inputs: []mvs.Input{{PrevOut: mvs.OutPoint{Hash: h, Index: 0}, Sequence: mvs.SequenceFinal},
				{PrevOut: mvs.OutPoint{Hash: h, Index: 1}, Sequence: mvs.SequenceFinal}},
			Outputs: []mvs.Output{
				{Script: userScript, Attachment: mvs.AssetTransferAttachment("ERC20.USDT", 2_000_000)},
				{Script: script, Attachment: mvs.AssetTransferAttachment("ERC20.USDT", 898_000_000)},
				{Value: 50_000_000 - 20_000, Script: script, Attachment: mvs.ETPAttachment()},
			}}).Encode(), [][]byte{funding.Encode()}
	}
	relayer := s.client("relayer")
	raw1, prev1 := payout(1)
	first, err := relayer.SignTransfer(ctx, &signerv1.SignTransferRequest{TransferId: id[:], MetaversePayout: raw1, MetaversePrevious: prev1})
	must(t, err)

	attacker, err := sql.Open("postgres", s.cfg.Database)
	must(t, err)
	defer attacker.Close()
	for _, q := range []string{
		`UPDATE transfers SET state = 'quorum', signed_at = NULL, mvs_raw = NULL, mvs_txid = NULL`,
		`DELETE FROM mvs_spent`,
	} {
		if _, err := attacker.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	for _, q := range []string{`DELETE FROM mvs_payouts`, `DELETE FROM mvs_payout_inputs`, `TRUNCATE mvs_payouts CASCADE`,
		`ALTER TABLE mvs_payouts DISABLE TRIGGER ALL`} {
		if _, err := attacker.Exec(q); err == nil {
			t.Fatalf("the signer's role ran %s", q)
		}
	}
	raw2, prev2 := payout(2)
	again, err := relayer.SignTransfer(ctx, &signerv1.SignTransferRequest{TransferId: id[:], MetaversePayout: raw2, MetaversePrevious: prev2})
	must(t, err)
	if !bytes.Equal(again.GetMetaverse().GetRaw(), first.GetMetaverse().GetRaw()) ||
		!bytes.Equal(again.GetMetaverse().GetTxid(), first.GetMetaverse().GetTxid()) {
		t.Fatal("after the database was edited the signer signed a second payout of one transfer")
	}
}

// TestEditedAttestationNotCounted: the database is not trusted to vouch for a signature. An
// attestation whose stored signature was edited (here: replaced by the same watcher's signature
// over another digest, so it is well formed) no longer counts, and the transfer is not signed.
func TestEditedAttestationNotCounted(t *testing.T) {
	s := newStack(t, stackOpts{watchers: 3, threshold: 2, devnetKeys: true})
	ctx := context.Background()
	tr := s.mvsToEth(31, 2_000_000)
	other := s.mvsToEth(32, 2_000_000)
	for _, w := range s.watchers[:2] {
		_, err := s.client(w.name).SubmitAttestation(ctx, s.attestation(w, tr))
		must(t, err)
	}
	forged := s.attestation(s.watchers[1], other).Signature
	db, err := sql.Open("postgres", s.cfg.Database)
	must(t, err)
	defer db.Close()
	id := tr.ID()
	res, err := db.Exec(`UPDATE attestations SET signature = $1 WHERE transfer_id = $2 AND watcher = $3`, forged, id[:], s.watchers[1].name)
	must(t, err)
	if n, _ := res.RowsAffected(); n != 1 {
		t.Fatalf("edited %d rows", n)
	}
	_, err = s.client("relayer").SignTransfer(ctx, &signerv1.SignTransferRequest{TransferId: id[:]})
	wantCode(t, err, codes.FailedPrecondition, "1 of 2")
	// The third watcher's honest attestation makes the quorum again.
	_, err = s.client(s.watchers[2].name).SubmitAttestation(ctx, s.attestation(s.watchers[2], tr))
	must(t, err)
	resp, err := s.client("relayer").SignTransfer(ctx, &signerv1.SignTransferRequest{TransferId: id[:]})
	must(t, err)
	if got := resp.GetQuorum().GetAttestedBy(); len(got) != 2 || slices.Contains(got, s.watchers[1].name) {
		t.Fatalf("signed with %v, want watchers 0 and 2 only", got)
	}
}

// TestAdminCAOfItsOwn: an administrators' CA file that is the services' CA under another name
// (or a bundle holding it) is refused at start: a watcher's certificate must never pass as an
// administrator's.
func TestAdminCAOfItsOwn(t *testing.T) {
	s := newStack(t, stackOpts{watchers: 3, threshold: 2, devnetKeys: true})
	s.stop()
	services, err := os.ReadFile(s.cfg.TLS.ClientCA)
	must(t, err)
	admin, err := os.ReadFile(s.cfg.AdminTLS.ClientCA)
	must(t, err)
	for name, pemText := range map[string][]byte{"a copy": services, "a bundle": append(append([]byte{}, admin...), services...)} {
		t.Run(name, func(t *testing.T) {
			cfg := s.cfg
			cfg.AdminTLS.ClientCA = filepath.Join(t.TempDir(), "admin-ca.pem")
			must(t, os.WriteFile(cfg.AdminTLS.ClientCA, pemText, 0o600))
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			sg, err := Build(ctx, cfg, slog.New(slog.DiscardHandler))
			if err == nil {
				_ = sg
				t.Fatal("the signer started with the services' CA trusted for administrators")
			}
			if !strings.Contains(err.Error(), "administrators need a CA of their own") {
				t.Fatalf("error %v", err)
			}
		})
	}
}
