// Package synth writes a realistic history of relayer transfers into a database with the
// relayer's schema, for the reporter's tests and benchmark: a day's traffic with a daily rhythm,
// every route and direction, refunds, big transfers held by policy, retries, failures (some
// closed by an operator), transfers stuck for hours, and transfers still in flight when the day
// ends that finish after it. The same Config gives the same rows.
package synth

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"time"

	"github.com/lib/pq"

	"github.com/tokendroplet/droplet/internal/transfer"
)

// Config of a generated history.
type Config struct {
	Routes *transfer.Routes
	Day    time.Time // the UTC day that gets Transfers transfers
	// Now is when the database is looked at: events after it have not happened yet. Transfers
	// keep arriving at the day's rate from the day's end until Now, and in the 6 hours before
	// the day.
	Now       time.Time
	Transfers int
	Seed      uint64
}

// Stats says what was written.
type Stats struct {
	Transfers, Events, Audits int
	// Dust is, per route, what decimal conversion left with the bridge on the source side, at
	// the route's finer decimals: the part of the locked tokens no transfer's row shows.
	Dust map[string]*big.Int
}

// Write generates the history and copies it into db's transfers, events and admin_audit tables.
func Write(ctx context.Context, db *sql.DB, cfg Config) (Stats, error) {
	g := &gen{cfg: cfg, rnd: rand.New(rand.NewPCG(cfg.Seed, 0x5eed)), day: dayOf(cfg.Day)}
	g.plan()

	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return Stats{}, err
	}
	defer tx.Rollback() //nolint:errcheck // no-op after Commit
	st := Stats{Dust: map[string]*big.Int{}}
	for i := range cfg.Routes.Routes {
		st.Dust[cfg.Routes.Routes[i].ID] = new(big.Int)
	}
	for _, t := range g.out {
		st.Dust[t.route].Add(st.Dust[t.route], t.dust)
	}
	stmt, err := tx.PrepareContext(ctx, pq.CopyIn("transfers", "id", "state", "route", "direction", "source_chain",
		"source_tx", "source_index", "source_block", "dest_chain", "dest_token", "recipient", "amount", "fee", "digest",
		"quorum_at", "hold_until", "dest_tx", "submitted_at", "confirmed_at", "attempts", "next_attempt_at", "reason",
		"created_at", "updated_at"))
	if err != nil {
		return st, fmt.Errorf("synth: %w", err)
	}
	for _, t := range g.out {
		if _, err := stmt.ExecContext(ctx, t.id, t.state, t.route, t.dir, int64(t.srcChain), t.srcTx, int64(t.srcIndex),
			t.srcBlock, int64(t.dstChain), t.dstToken, t.recipient, t.amount.String(), t.fee.String(), t.digest,
			t.quorumAt, nullTime(t.holdUntil), nullBytes(t.destTx), nullTime(t.submittedAt), nullTime(t.confirmedAt),
			t.attempts, t.nextAttempt, t.reason, t.createdAt, t.updatedAt); err != nil {
			return st, fmt.Errorf("synth: transfers: %w", err)
		}
		st.Transfers++
	}
	if _, err := stmt.ExecContext(ctx); err != nil {
		return st, fmt.Errorf("synth: transfers: %w", err)
	}
	if err := stmt.Close(); err != nil {
		return st, err
	}

	stmt, err = tx.PrepareContext(ctx, pq.CopyIn("events", "transfer_id", "at", "from_state", "to_state", "detail", "tx", "error"))
	if err != nil {
		return st, fmt.Errorf("synth: %w", err)
	}
	for _, t := range g.out {
		for _, e := range t.events {
			if _, err := stmt.ExecContext(ctx, t.id, e.at, e.from, e.to, e.detail, nullBytes(e.tx), e.err); err != nil {
				return st, fmt.Errorf("synth: events: %w", err)
			}
			st.Events++
		}
	}
	if _, err := stmt.ExecContext(ctx); err != nil {
		return st, fmt.Errorf("synth: events: %w", err)
	}
	if err := stmt.Close(); err != nil {
		return st, err
	}
	for _, t := range g.out {
		if t.audit != nil {
			if _, err := tx.ExecContext(ctx, `INSERT INTO admin_audit (at, actor, action, transfer_id, reason) VALUES ($1, $2, $3, $4, $5)`,
				t.audit.at, "ops-oncall", "resolve", t.id, t.audit.detail); err != nil {
				return st, fmt.Errorf("synth: audit: %w", err)
			}
			st.Audits++
		}
	}
	return st, tx.Commit()
}

func nullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}

func nullBytes(b []byte) any {
	if len(b) == 0 {
		return nil
	}
	return b
}

func dayOf(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

type event struct {
	at       time.Time
	from, to string
	detail   string
	tx       []byte
	err      string
}

type row struct {
	id                                   []byte
	state, route, dir, reason            string
	srcChain, dstChain                   uint64
	srcIndex                             uint32
	srcTx, srcBlock, dstToken, recipient []byte
	digest, destTx                       []byte
	amount, fee, dust                    *big.Int
	quorumAt, holdUntil, submittedAt     time.Time
	confirmedAt, nextAttempt             time.Time
	createdAt, updatedAt                 time.Time
	attempts                             int
	events                               []event
	audit                                *event
}

type gen struct {
	cfg  Config
	rnd  *rand.Rand
	day  time.Time
	n    int
	out  []*row
	seqs uint64
}

// Fates: what happens to a transfer eventually.
type fate int

const (
	confirms fate = iota
	confirmsSlowly
	fails
	failsThenResolved
	staysStuck
)

func (g *gen) plan() {
	cutoff := g.day.Add(24 * time.Hour)
	perDay := g.cfg.Transfers
	// The day itself, exactly Transfers of them.
	for range perDay {
		g.one(g.timeIn(g.day, cutoff), g.pickFate())
	}
	// The 6 hours before and the time after the day, at the same rate.
	before := perDay / 4
	for range before {
		g.one(g.timeIn(g.day.Add(-6*time.Hour), g.day), g.pickFate())
	}
	if g.cfg.Now.After(cutoff) {
		after := int(float64(perDay) * g.cfg.Now.Sub(cutoff).Hours() / 24)
		for range after {
			g.one(g.timeIn(cutoff, g.cfg.Now), g.pickFate())
		}
	}
	// Old trouble still open: failed and stuck transfers of the days before.
	for i := range 6 {
		q := g.day.Add(-time.Duration(30+i*9) * time.Hour)
		f := fails
		if i%2 == 1 {
			f = staysStuck
		}
		g.one(q, f)
	}
}

// timeIn draws an instant in [from, to) following a daily rhythm (quiet at 04:00 UTC, busy at
// 16:00), truncated to microseconds as PostgreSQL keeps it.
func (g *gen) timeIn(from, to time.Time) time.Time {
	span := to.Sub(from)
	for {
		t := from.Add(time.Duration(g.rnd.Int64N(int64(span))))
		h := float64(t.Hour()) + float64(t.Minute())/60
		w := 1 + 0.7*math.Sin((h-10)/24*2*math.Pi)
		if g.rnd.Float64()*1.7 < w {
			return t.Truncate(time.Microsecond)
		}
	}
}

func (g *gen) pickFate() fate {
	switch p := g.rnd.Float64(); {
	case p < 0.015:
		return fails
	case p < 0.02:
		return failsThenResolved
	case p < 0.023:
		return staysStuck
	case p < 0.05:
		return confirmsSlowly
	}
	return confirms
}

var (
	submitErrors = []string{
		"submit: replacement transaction underpriced",
		"submit: nonce too low",
		"submit: context deadline exceeded",
		"follow: transaction not found after 40 blocks",
	}
	signErrors = []string{
		"sign: rpc error: code = Unavailable desc = connection refused",
		"sign: rpc error: code = FailedPrecondition desc = daily cap reached",
		"propose payout: no spendable output: 0 of 3 UTXOs confirmed",
	}
)

func (g *gen) pickRoute() *transfer.Route {
	rs := g.cfg.Routes.Routes
	// The first route carries most of the traffic.
	w := []float64{0.6, 0.3, 0.1}
	p := g.rnd.Float64()
	for i := range rs {
		if i < len(w) && p < w[i] {
			return &rs[i]
		}
		if i < len(w) {
			p -= w[i]
		}
	}
	return &rs[len(rs)-1]
}

func (g *gen) bytes(n int) []byte {
	g.seqs++
	var seed [16]byte
	binary.BigEndian.PutUint64(seed[:8], g.cfg.Seed)
	binary.BigEndian.PutUint64(seed[8:], g.seqs)
	h := sha256.Sum256(seed[:])
	out := make([]byte, n)
	for i := range out {
		out[i] = h[i%32] ^ byte(i/32)
	}
	return out
}

func pow10(n uint8) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil) }

// tokens draws a deposit in whole tokens: log-normal around 400, a few very large.
func (g *gen) tokens(rt *transfer.Route, quorumAt time.Time) float64 {
	// Late in the day some big transfers, which the signer holds past the day's end.
	if end := g.day.Add(24 * time.Hour); quorumAt.Before(end) && end.Sub(quorumAt) < 3*time.Hour && g.rnd.Float64() < 0.08 {
		var v float64
		fmt.Sscan(rt.BigThreshold.String(), &v)
		return v * (1.1 + g.rnd.Float64())
	}
	v := math.Exp(math.Log(400) + 1.6*g.rnd.NormFloat64())
	if g.rnd.Float64() < 0.01 {
		v *= 40
	}
	return v
}

func (g *gen) one(quorumAt time.Time, f fate) {
	rt := g.pickRoute()
	r := &row{route: rt.ID, quorumAt: quorumAt}
	switch p := g.rnd.Float64(); {
	case p < 0.55:
		r.dir = "eth_to_mvs"
	case p < 0.95:
		r.dir = "mvs_to_eth"
	case p < 0.98:
		r.dir = "refund_eth"
	default:
		r.dir = "refund_mvs"
	}
	eth, mvs := g.cfg.Routes.Ethereum.ChainID, g.cfg.Routes.MetaverseChainID()
	var dec uint8
	switch r.dir {
	case "eth_to_mvs":
		r.srcChain, r.dstChain, dec = eth, mvs, rt.Metaverse.Decimals
		r.dstToken = tok(rt.DestToken(transfer.EthToMvs))
	case "mvs_to_eth":
		r.srcChain, r.dstChain, dec = mvs, eth, rt.Ethereum.Decimals
		r.dstToken = tok(rt.DestToken(transfer.MvsToEth))
	case "refund_eth":
		r.srcChain, r.dstChain, dec = eth, eth, rt.Ethereum.Decimals
		r.dstToken = tok(rt.DestToken(transfer.MvsToEth))
	default:
		r.srcChain, r.dstChain, dec = mvs, mvs, rt.Metaverse.Decimals
		r.dstToken = tok(rt.DestToken(transfer.EthToMvs))
	}
	r.srcTx, r.srcBlock, r.digest = g.bytes(32), g.bytes(32), g.bytes(32)
	r.srcIndex = uint32(g.rnd.IntN(4))
	var srcTx [32]byte
	copy(srcTx[:], r.srcTx)
	id := transfer.MakeID(r.srcChain, srcTx, r.srcIndex)
	r.id = id[:]
	if r.dstChain == eth {
		r.recipient = g.bytes(20)
	} else {
		r.recipient = []byte("MAwLwVGwJyFsTBfNj2j5nCUrQXGVRvHzPh")
	}

	// The deposit in source units, converted as the signer does: what the destination cannot
	// represent stays with the bridge as dust.
	depositDir, srcDec := transfer.EthToMvs, rt.Ethereum.Decimals
	if r.srcChain != eth {
		depositDir, srcDec = transfer.MvsToEth, rt.Metaverse.Decimals
	}
	var q transfer.Quote
	if isRefund(r.dir) {
		// Below the minimum (or a bad memo): paid back less the flat fee.
		src := new(big.Int).Quo(new(big.Int).Mul(rt.Min.Units(srcDec), big.NewInt(int64(10+g.rnd.IntN(90)))), big.NewInt(100))
		src.Add(src, big.NewInt(1+g.rnd.Int64N(1000)))
		q = rt.RefundQuote(depositDir, src)
	} else {
		tk := big.NewFloat(g.tokens(rt, quorumAt))
		tk.Mul(tk, new(big.Float).SetInt(pow10(srcDec)))
		src, _ := tk.Int(nil)
		if srcDec > 2 { // a tail of digits a user would not type, but a contract might send
			src.Add(src, big.NewInt(g.rnd.Int64N(1000)))
		}
		if maxUnits := rt.Max.Units(srcDec); src.Cmp(maxUnits) > 0 {
			src.Set(maxUnits)
		}
		floor := new(big.Int).Mul(rt.Min.Units(srcDec), big.NewInt(2))
		floor.Add(floor, rt.Fee.Flat.Units(srcDec))
		if src.Cmp(floor) < 0 {
			src.Add(floor, big.NewInt(g.rnd.Int64N(1000)))
		}
		q = rt.Quote(depositDir, src)
		if q.Refund {
			panic("synth: a deposit above the minimum was quoted as a refund")
		}
	}
	r.amount, r.fee = q.Amount, q.Fee
	r.dust = new(big.Int).Mul(q.Dust, pow10(max(rt.Ethereum.Decimals, rt.Metaverse.Decimals)-srcDec))

	g.history(r, rt, f, dec)
	g.cut(r)
	if len(r.events) > 0 {
		g.out = append(g.out, r)
	}
}

func tok(b [32]byte) []byte { return b[:] }

func (g *gen) secs(lo, hi float64) time.Duration {
	return time.Duration((lo + g.rnd.Float64()*(hi-lo)) * float64(time.Second))
}

// history plans every event of the transfer's life, whether or not it has happened by Now.
func (g *gen) history(r *row, rt *transfer.Route, f fate, dec uint8) {
	at := r.quorumAt.Add(g.secs(0.5, 4))
	add := func(to, detail string, tx []byte, errText string) {
		from := ""
		if n := len(r.events); n > 0 {
			from = r.events[n-1].to
		}
		r.events = append(r.events, event{at: at.Truncate(time.Microsecond), from: from, to: to, detail: detail, tx: tx, err: errText})
	}
	add("quorum", "quorum reported by the signer", nil, "")
	isBig := !isRefund(r.dir) && r.amount.Cmp(rt.BigThreshold.Units(dec)) > 0
	if isBig {
		at = at.Add(g.secs(0.5, 2))
		r.holdUntil = r.quorumAt.Add(rt.BigDelay.D).Truncate(time.Microsecond)
		add("held", "held by the signer", nil, "")
		at = r.holdUntil.Add(g.secs(1, 5))
	} else {
		at = at.Add(g.secs(1, 6))
	}
	stuckHow := g.rnd.IntN(3)
	if f == staysStuck && stuckHow == 0 {
		// The signer keeps refusing: it never gets signed.
		msg := signErrors[g.rnd.IntN(len(signErrors))]
		state := r.events[len(r.events)-1].to
		for range 12 {
			add(state, "sign", nil, msg)
			at = at.Add(g.secs(300, 900))
		}
		return
	}
	// Occasional signing retries.
	for g.rnd.Float64() < 0.04 {
		add(r.events[len(r.events)-1].to, "sign", nil, signErrors[g.rnd.IntN(len(signErrors))])
		at = at.Add(g.secs(2, 30))
	}
	add("signed", "signed", nil, "")
	at = at.Add(g.secs(2, 12))
	if f == staysStuck && stuckHow == 1 {
		// Every submission fails, and the relayer has not given up yet.
		msg := submitErrors[g.rnd.IntN(len(submitErrors))]
		for range 12 {
			add("signed", "submit", nil, msg)
			at = at.Add(g.secs(600, 1200))
		}
		return
	}
	switch f {
	case fails, failsThenResolved:
		msg := submitErrors[g.rnd.IntN(len(submitErrors))]
		for range 7 {
			add("signed", "submit", nil, msg)
			at = at.Add(g.secs(20, 400))
		}
		add("failed", "", nil, msg)
		if f == failsThenResolved {
			at = at.Add(time.Duration(2+g.rnd.IntN(5)) * time.Hour)
			reason := "paid by hand from the hot wallet, ticket OPS-" + fmt.Sprint(1000+g.rnd.IntN(9000))
			add("resolved", "", nil, "")
			r.events[len(r.events)-1].detail = reason
			r.audit = &event{at: at.Truncate(time.Microsecond), detail: reason}
		}
		return
	}
	destTx := g.bytes(32)
	add("submitted", "submitted", destTx, "")
	if f == staysStuck {
		for range 10 {
			at = at.Add(g.secs(600, 1800))
			add("submitted", "follow", nil, "follow: receipt not found")
		}
		return
	}
	// Confirmation: about 2.5 minutes typically, a slow tail of up to three hours.
	wait := math.Exp(math.Log(150) + 0.6*g.rnd.NormFloat64())
	if f == confirmsSlowly {
		wait = 1800 + g.rnd.Float64()*9000
	}
	at = at.Add(time.Duration(wait * float64(time.Second)))
	add("confirmed", "confirmed", nil, "")
}

func isRefund(dir string) bool { return dir == "refund_eth" || dir == "refund_mvs" }

// cut drops the events after Now and sets the row's columns from what is left, as the relayer's
// store would have them at Now.
func (g *gen) cut(r *row) {
	now := g.cfg.Now
	n := 0
	for n < len(r.events) && !r.events[n].at.After(now) {
		n++
	}
	r.events = r.events[:n]
	if n == 0 {
		return
	}
	last := r.events[n-1]
	r.state = last.to
	r.createdAt, r.updatedAt = r.events[0].at, last.at
	r.nextAttempt = last.at
	for _, e := range r.events {
		switch {
		case e.err != "":
			r.attempts++
		case e.to == "submitted" && r.submittedAt.IsZero():
			r.submittedAt, r.destTx = e.at, e.tx
		case e.to == "confirmed":
			r.confirmedAt = e.at
		}
	}
	if !r.holdUntil.IsZero() && r.events[len(r.events)-1].to == "quorum" {
		r.holdUntil = time.Time{} // not yet held
	}
	switch r.state {
	case "failed":
		r.reason = fmt.Sprintf("gave up after %d attempts: %s", r.attempts, last.err)
	case "resolved":
		r.reason = last.detail
	default:
		if last.err != "" {
			r.reason = last.err
		}
	}
	if r.audit != nil && r.audit.at.After(now) {
		r.audit = nil
	}
}
