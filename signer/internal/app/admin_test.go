package app

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"testing"

	"google.golang.org/grpc/codes"

	"github.com/tokendroplet/droplet/internal/transfer"
	signerv1 "github.com/tokendroplet/droplet/proto/droplet/signer/v1"
	"github.com/tokendroplet/droplet/signer/config"
)

// limitsOf is the usdt route's limits in testRoutes, edited.
func limitsOf(edit func(*signerv1.Limits)) *signerv1.Limits {
	l := &signerv1.Limits{Route: "usdt", Enabled: true, Max: "1000", DailyCap: "1500", BigThreshold: "500", BigDelay: "1h"}
	if edit != nil {
		edit(l)
	}
	return l
}

func auditCount(t *testing.T, db *sql.DB, kind string) int {
	t.Helper()
	var n int
	must(t, db.QueryRow(`SELECT count(*) FROM audit WHERE kind = $1`, kind).Scan(&n))
	return n
}

// TestSetLimitsOnlyTightensTheRoutesFile: every way an override could be looser than the routes
// file is refused, whoever asks and however many administrators agree.
func TestSetLimitsOnlyTightensTheRoutesFile(t *testing.T) {
	s := newStack(t, stackOpts{watchers: 3, threshold: 2, devnetKeys: true})
	ctx := context.Background()
	alice, bob := s.admin("alice-admin"), s.admin("bob-admin")
	cases := []struct {
		name   string
		edit   func(*signerv1.Limits)
		code   codes.Code
		reason string
	}{
		{"max above the file", func(l *signerv1.Limits) { l.Max = "1000.000001" }, codes.InvalidArgument, "limits.max"},
		{"cap above the file", func(l *signerv1.Limits) { l.DailyCap = "1501" }, codes.InvalidArgument, "limits.daily_cap"},
		{"big threshold above the file", func(l *signerv1.Limits) { l.BigThreshold = "501" }, codes.InvalidArgument, "limits.big_threshold"},
		{"delay shorter than the file", func(l *signerv1.Limits) { l.BigDelay = "59m59s" }, codes.InvalidArgument, "limits.big_delay"},
		{"no delay at all", func(l *signerv1.Limits) { l.BigDelay = "0s" }, codes.InvalidArgument, "limits.big_delay"},
		{"unknown route", func(l *signerv1.Limits) { l.Route = "nope" }, codes.InvalidArgument, "route"},
		{"malformed max", func(l *signerv1.Limits) { l.Max = "-1" }, codes.InvalidArgument, "limits"},
	}
	db, err := sql.Open("postgres", s.cfg.Database)
	must(t, err)
	defer db.Close()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, a := range []signerv1.AdminServiceClient{alice, bob} {
				_, err := a.SetLimits(ctx, &signerv1.SetLimitsRequest{Reason: "try", Limits: limitsOf(c.edit)})
				wantCode(t, err, c.code, c.reason)
			}
		})
	}
	t.Run("not an administrator", func(t *testing.T) {
		_, err := s.admin("mallory").SetLimits(ctx, &signerv1.SetLimitsRequest{Reason: "try",
			Limits: limitsOf(func(l *signerv1.Limits) { l.Max = "1" })})
		wantCode(t, err, codes.PermissionDenied, "")
	})
	t.Run("no reason", func(t *testing.T) {
		_, err := alice.SetLimits(ctx, &signerv1.SetLimitsRequest{Limits: limitsOf(func(l *signerv1.Limits) { l.Max = "1" })})
		wantCode(t, err, codes.InvalidArgument, "reason")
	})
	if n := auditCount(t, db, "set_limits") + auditCount(t, db, "approve_limits"); n != 0 {
		t.Fatalf("%d limit changes audited, want none", n)
	}
	pol, err := alice.GetPolicy(ctx, &signerv1.GetPolicyRequest{})
	must(t, err)
	if len(pol.GetPendingApprovals()) != 0 {
		t.Fatalf("pending approvals %v, want none", pol.GetPendingApprovals())
	}
}

// TestSetLimitsLooseningNeedsTwoAdministrators: one administrator tightens alone; loosening back
// (never past the routes file) takes a second, different administrator within the window. The
// same administrator twice, or an approval that expired, changes nothing.
func TestSetLimitsLooseningNeedsTwoAdministrators(t *testing.T) {
	s := newStack(t, stackOpts{watchers: 3, threshold: 2, devnetKeys: true})
	ctx := context.Background()
	alice, bob := s.admin("alice-admin"), s.admin("bob-admin")
	relayer := s.client("relayer")
	db, err := sql.Open("postgres", s.cfg.Database)
	must(t, err)
	defer db.Close()
	set := func(a signerv1.AdminServiceClient, l *signerv1.Limits) *signerv1.SetLimitsResponse {
		t.Helper()
		resp, err := a.SetLimits(ctx, &signerv1.SetLimitsRequest{Reason: "test", Limits: l})
		must(t, err)
		return resp
	}
	maxInForce := func() string {
		t.Helper()
		pol, err := bob.GetPolicy(ctx, &signerv1.GetPolicyRequest{})
		must(t, err)
		for _, l := range pol.GetLimits() {
			if l.GetRoute() == "usdt" {
				return l.GetMax()
			}
		}
		t.Fatal("no usdt limits")
		return ""
	}
	n := 0
	quorumOf := func(amount int64) []byte {
		n++
		tr := s.mvsToEth(n, amount)
		for _, w := range s.watchers[:2] {
			_, err := s.client(w.name).SubmitAttestation(ctx, s.attestation(w, tr))
			must(t, err)
		}
		id := tr.ID()
		return id[:]
	}

	// Tightening takes one administrator and applies at once.
	tight := limitsOf(func(l *signerv1.Limits) { l.Max = "100" })
	if resp := set(alice, tight); resp.GetPending() || resp.GetLimits().GetMax() != "100" {
		t.Fatalf("tightening: %v", resp)
	}
	blocked := quorumOf(200_000_000) // 200 > 100
	_, err = relayer.SignTransfer(ctx, &signerv1.SignTransferRequest{TransferId: blocked})
	wantCode(t, err, codes.FailedPrecondition, "above the per-transfer maximum")

	// The attack: alice alone lifts the limit back, however often she asks.
	loose := limitsOf(nil)
	for i := 0; i < 3; i++ {
		resp := set(alice, loose)
		if !resp.GetPending() || resp.GetLimits().GetMax() != "100" || len(resp.GetApprovedBy()) != 1 {
			t.Fatalf("alice alone, call %d: %v", i, resp)
		}
	}
	if m := maxInForce(); m != "100" {
		t.Fatalf("max in force %s after one administrator loosened, want 100", m)
	}
	_, err = relayer.SignTransfer(ctx, &signerv1.SignTransferRequest{TransferId: blocked})
	wantCode(t, err, codes.FailedPrecondition, "above the per-transfer maximum")
	if got := auditCount(t, db, "approve_limits"); got != 1 {
		t.Fatalf("%d approvals audited, want 1 (a repeat changes nothing)", got)
	}
	pol, err := bob.GetPolicy(ctx, &signerv1.GetPolicyRequest{})
	must(t, err)
	if p := pol.GetPendingApprovals(); len(p) != 1 || p[0].GetAdministrator() != "alice-admin" || p[0].GetLimits().GetMax() != "1000" {
		t.Fatalf("pending approvals %v", p)
	}

	// Bob asking for other limits is no approval of alice's.
	if resp := set(bob, limitsOf(func(l *signerv1.Limits) { l.Max = "999" })); !resp.GetPending() {
		t.Fatalf("bob, other limits: %v", resp)
	}
	if m := maxInForce(); m != "100" {
		t.Fatalf("max in force %s, want 100", m)
	}

	// Alice's approval expires: bob's later one is a first approval again.
	_, err = db.Exec(`UPDATE limit_approvals SET at = at - $1::interval WHERE admin = 'alice-admin'`, "2 hours")
	must(t, err)
	if resp := set(bob, loose); !resp.GetPending() || len(resp.GetApprovedBy()) != 1 || resp.GetApprovedBy()[0] != "bob-admin" {
		t.Fatalf("bob after alice's approval expired: %v", resp)
	}
	if m := maxInForce(); m != "100" {
		t.Fatalf("max in force %s after an expired approval, want 100", m)
	}

	// A second, different administrator within the window applies it.
	resp := set(alice, loose)
	if resp.GetPending() || resp.GetLimits().GetMax() != "1000" || len(resp.GetApprovedBy()) != 2 {
		t.Fatalf("second administrator: %v", resp)
	}
	if m := maxInForce(); m != "1000" {
		t.Fatalf("max in force %s, want 1000", m)
	}
	if _, err := relayer.SignTransfer(ctx, &signerv1.SignTransferRequest{TransferId: blocked}); err != nil {
		t.Fatalf("after two administrators loosened: %v", err)
	}
	var detail string
	must(t, db.QueryRow(`SELECT detail FROM audit WHERE kind = 'set_limits' ORDER BY seq DESC LIMIT 1`).Scan(&detail))
	for _, want := range []string{`"bob-admin"`, `"alice-admin"`, `"loosens"`} {
		if !strings.Contains(detail, want) {
			t.Fatalf("audit of the loosening %s lacks %s", detail, want)
		}
	}
	if got := auditCount(t, db, "approve_limits"); got != 3 {
		t.Fatalf("%d approvals audited, want 3", got)
	}
	var left int
	must(t, db.QueryRow(`SELECT count(*) FROM limit_approvals WHERE max = '1000'`).Scan(&left))
	if left != 0 {
		t.Fatalf("%d approvals of applied limits left", left)
	}
	if _, _, err := s.signer.store.VerifyAudit(ctx, nil); err != nil {
		t.Fatal(err)
	}
}

// TestLyingWatcherIsExcluded: one of three watchers attests a wrong amount for every deposit of a
// run. Its first conflicts quarantine their transfers; once it has more than max_conflicts it no
// longer counts, the honest two get every later deposit signed, nothing it attested alone is
// signed, and the quarantined ones are resolved in one bulk call. A watcher that signed two
// digests for one event counts for neither.
func TestLyingWatcherIsExcluded(t *testing.T) {
	const maxConflicts = 2
	s := newStack(t, stackOpts{watchers: 3, threshold: 2, devnetKeys: true, edit: func(c *config.Config) {
		c.WatcherExclusion.MaxConflicts = maxConflicts
	}})
	ctx := context.Background()
	relayer, admin := s.client("relayer"), s.admin("alice-admin")
	a, b, liar := s.watchers[0], s.watchers[1], s.watchers[2]
	db, err := sql.Open("postgres", s.cfg.Database)
	must(t, err)
	defer db.Close()
	submit := func(w watcherID, tr *transfer.Transfer) {
		t.Helper()
		_, err := s.client(w.name).SubmitAttestation(ctx, s.attestation(w, tr))
		must(t, err)
	}
	sign := func(tr *transfer.Transfer) (*signerv1.SignTransferResponse, error) {
		id := tr.ID()
		return relayer.SignTransfer(ctx, &signerv1.SignTransferRequest{TransferId: id[:]})
	}
	signedAmount := func(tr *transfer.Transfer) string {
		t.Helper()
		id := tr.ID()
		var state, amount string
		must(t, db.QueryRow(`SELECT state, amount::text FROM transfers WHERE id = $1`, id[:]).Scan(&state, &amount))
		if state != "signed" {
			t.Fatalf("transfer %d is %s, want signed", tr.SourceIndex, state)
		}
		return amount
	}

	const runs = 10
	var quarantined []*transfer.Transfer
	for i := 1; i <= runs; i++ {
		honest := s.mvsToEth(i, 100_000_000)
		lie := s.mvsToEth(i, 100_000_000+int64(i)) // same source event, another amount
		if i%2 == 1 {
			submit(liar, lie)
			submit(a, honest)
			submit(b, honest)
		} else {
			submit(a, honest)
			submit(b, honest)
			submit(liar, lie)
		}
		resp, err := sign(honest)
		if i <= maxConflicts+1 {
			// Not excluded yet when it attested: a conflict quarantines, as before.
			wantCode(t, err, codes.FailedPrecondition, "")
			quarantined = append(quarantined, honest)
			continue
		}
		if err != nil {
			t.Fatalf("deposit %d after the liar's exclusion: %v", i, err)
		}
		if got := resp.GetQuorum().GetAttestedBy(); len(got) != 2 || slices.Contains(got, liar.name) {
			t.Fatalf("deposit %d signed on %v", i, got)
		}
		if amount := signedAmount(honest); amount != "100000000" {
			t.Fatalf("deposit %d signed for %s", i, amount)
		}
	}

	pol, err := admin.GetPolicy(ctx, &signerv1.GetPolicyRequest{})
	must(t, err)
	if ex := pol.GetExcludedWatchers(); len(ex) != 1 || ex[0].GetWatcher() != liar.name || ex[0].GetConflicts() != maxConflicts+1 {
		t.Fatalf("excluded watchers %v", ex)
	}
	if n := auditCount(t, db, "exclude_watcher"); n != 1 {
		t.Fatalf("%d exclusions audited, want 1", n)
	}

	// Nothing the liar attested alone is signed, excluded or not.
	alone := s.mvsToEth(100, 1_000_000)
	submit(liar, alone)
	_, err = sign(alone)
	wantCode(t, err, codes.FailedPrecondition, "0 of 2")

	// b equivocates on one event: it signed the honest digest and a lie. It counts for neither, so
	// a's attestation alone is no quorum, and a bulk acceptance leaves it quarantined.
	eqHonest, eqLie := s.mvsToEth(200, 5_000_000), s.mvsToEth(200, 6_000_000)
	submit(a, eqHonest)
	submit(b, eqHonest)
	submit(b, eqLie)
	_, err = sign(eqHonest)
	wantCode(t, err, codes.FailedPrecondition, "")

	// Bulk: every quarantined transfer the liar attested, released with the honest quorum's digest.
	bulk, err := admin.ResolveQuarantines(ctx, &signerv1.ResolveQuarantinesRequest{Watcher: liar.name, Reason: "watcher-c lied",
		Resolution: &signerv1.ResolveQuarantinesRequest_AcceptQuorumDigest{AcceptQuorumDigest: true}})
	must(t, err)
	if len(bulk.GetResolved()) != len(quarantined) || len(bulk.GetUnresolved()) != 0 || bulk.GetMore() {
		t.Fatalf("bulk resolution: %d resolved, unresolved %v, more %v; want %d", len(bulk.GetResolved()),
			bulk.GetUnresolved(), bulk.GetMore(), len(quarantined))
	}
	for _, tr := range quarantined {
		resp, err := sign(tr)
		if err != nil {
			t.Fatalf("quarantined deposit %d after the bulk resolution: %v", tr.SourceIndex, err)
		}
		if slices.Contains(resp.GetQuorum().GetAttestedBy(), liar.name) {
			t.Fatalf("signed on the liar's word: %v", resp.GetQuorum().GetAttestedBy())
		}
		if amount := signedAmount(tr); amount != "100000000" {
			t.Fatalf("quarantined deposit signed for %s", amount)
		}
	}
	var bulkAudits int
	must(t, db.QueryRow(`SELECT count(*) FROM audit WHERE kind = 'accept_quarantined' AND detail LIKE '%"bulk":true%'`).Scan(&bulkAudits))
	if bulkAudits != len(quarantined) {
		t.Fatalf("%d bulk resolutions audited, want %d", bulkAudits, len(quarantined))
	}

	// By id: the equivocated one has no quorum digest, a signed one is not quarantined.
	eqID, signedID := eqHonest.ID(), quarantined[0].ID()
	bulk, err = admin.ResolveQuarantines(ctx, &signerv1.ResolveQuarantinesRequest{TransferIds: [][]byte{eqID[:], signedID[:]},
		Reason: "try", Resolution: &signerv1.ResolveQuarantinesRequest_AcceptQuorumDigest{AcceptQuorumDigest: true}})
	must(t, err)
	if len(bulk.GetResolved()) != 0 || len(bulk.GetUnresolved()) != 2 {
		t.Fatalf("bulk by id: resolved %v, unresolved %v", bulk.GetResolved(), bulk.GetUnresolved())
	}
	_, err = sign(eqHonest)
	wantCode(t, err, codes.FailedPrecondition, "")

	// The operator restores the watcher: it counts again, audited; a second restore is refused.
	_, err = admin.RestoreWatcher(ctx, &signerv1.RestoreWatcherRequest{Watcher: liar.name, Reason: "node fixed"})
	must(t, err)
	_, err = admin.RestoreWatcher(ctx, &signerv1.RestoreWatcherRequest{Watcher: liar.name, Reason: "again"})
	wantCode(t, err, codes.FailedPrecondition, "not excluded")
	pol, err = admin.GetPolicy(ctx, &signerv1.GetPolicyRequest{})
	must(t, err)
	if len(pol.GetExcludedWatchers()) != 0 {
		t.Fatalf("excluded after restore: %v", pol.GetExcludedWatchers())
	}
	if n := auditCount(t, db, "restore_watcher"); n != 1 {
		t.Fatalf("%d restores audited, want 1", n)
	}
	if _, _, err := s.signer.store.VerifyAudit(ctx, nil); err != nil {
		t.Fatal(err)
	}
}

// TestBulkResolutionRejects: every refusal of a malformed ResolveQuarantines or RestoreWatcher.
func TestBulkResolutionRejects(t *testing.T) {
	s := newStack(t, stackOpts{watchers: 3, threshold: 2, devnetKeys: true})
	ctx := context.Background()
	admin := s.admin("alice-admin")
	accept := &signerv1.ResolveQuarantinesRequest_AcceptQuorumDigest{AcceptQuorumDigest: true}
	id := make([]byte, 32)
	many := make([][]byte, 1001)
	for i := range many {
		many[i] = id
	}
	cases := []struct {
		name string
		req  *signerv1.ResolveQuarantinesRequest
		code codes.Code
		msg  string
	}{
		{"no reason", &signerv1.ResolveQuarantinesRequest{TransferIds: [][]byte{id}, Resolution: accept}, codes.InvalidArgument, "reason"},
		{"no resolution", &signerv1.ResolveQuarantinesRequest{TransferIds: [][]byte{id}, Reason: "x"}, codes.InvalidArgument, "resolution"},
		{"reject false", &signerv1.ResolveQuarantinesRequest{TransferIds: [][]byte{id}, Reason: "x",
			Resolution: &signerv1.ResolveQuarantinesRequest_Reject{}}, codes.InvalidArgument, "reject"},
		{"accept false", &signerv1.ResolveQuarantinesRequest{TransferIds: [][]byte{id}, Reason: "x",
			Resolution: &signerv1.ResolveQuarantinesRequest_AcceptQuorumDigest{}}, codes.InvalidArgument, "accept_quorum_digest"},
		{"neither ids nor watcher", &signerv1.ResolveQuarantinesRequest{Reason: "x", Resolution: accept}, codes.InvalidArgument, "transfer_ids"},
		{"both ids and watcher", &signerv1.ResolveQuarantinesRequest{TransferIds: [][]byte{id}, Watcher: s.watchers[0].name,
			Reason: "x", Resolution: accept}, codes.InvalidArgument, "not both"},
		{"short id", &signerv1.ResolveQuarantinesRequest{TransferIds: [][]byte{id[:31]}, Reason: "x", Resolution: accept},
			codes.InvalidArgument, "transfer_ids[0]"},
		{"too many ids", &signerv1.ResolveQuarantinesRequest{TransferIds: many, Reason: "x", Resolution: accept}, codes.InvalidArgument, "at most 1000"},
		{"unknown watcher", &signerv1.ResolveQuarantinesRequest{Watcher: "nobody", Reason: "x", Resolution: accept}, codes.InvalidArgument, "unknown watcher"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := admin.ResolveQuarantines(ctx, c.req)
			wantCode(t, err, c.code, c.msg)
		})
	}
	t.Run("not an administrator", func(t *testing.T) {
		_, err := s.admin("mallory").ResolveQuarantines(ctx, &signerv1.ResolveQuarantinesRequest{TransferIds: [][]byte{id},
			Reason: "x", Resolution: accept})
		wantCode(t, err, codes.PermissionDenied, "")
		_, err = s.admin("mallory").RestoreWatcher(ctx, &signerv1.RestoreWatcherRequest{Watcher: s.watchers[0].name, Reason: "x"})
		wantCode(t, err, codes.PermissionDenied, "")
	})
	restores := []struct {
		name string
		req  *signerv1.RestoreWatcherRequest
		code codes.Code
		msg  string
	}{
		{"unknown watcher", &signerv1.RestoreWatcherRequest{Watcher: "nobody", Reason: "x"}, codes.InvalidArgument, "unknown watcher"},
		{"no reason", &signerv1.RestoreWatcherRequest{Watcher: s.watchers[0].name}, codes.InvalidArgument, "reason"},
		{"not excluded", &signerv1.RestoreWatcherRequest{Watcher: s.watchers[0].name, Reason: "x"}, codes.FailedPrecondition, "not excluded"},
	}
	for _, c := range restores {
		t.Run("restore "+c.name, func(t *testing.T) {
			_, err := admin.RestoreWatcher(ctx, c.req)
			wantCode(t, err, c.code, c.msg)
		})
	}
}
