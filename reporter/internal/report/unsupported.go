package report

import (
	"context"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/tokendroplet/droplet/internal/transfer"
)

// Watcher is one watcher's own database, read only for the deposits it recorded as unsupported
// (its table unsupported, created by the watcher's migrations in watcher/internal/scan).
type Watcher struct {
	Name string
	DB   *sql.DB
}

// Unsupported is a deposit of a token no route maps (or one the bridge cannot refund): the
// watchers never attest it, so the bridge neither pays nor refunds it, and an operator must
// handle it by hand. The bridge records no resolution of such a deposit: every one is open.
type Unsupported struct {
	Chain       uint64 // the transfer chain id of the source chain
	ChainName   string // "ethereum", "metaverse", or "chain N" for one the routes do not name
	SourceTx    string // 0x-hex on Ethereum, hex as mvsd shows it on Metaverse
	SourceIndex uint32 // the log index (Ethereum) or output index (Metaverse)
	Block       uint64
	Token       string // the ERC20 address or the MST symbol
	Amount      string // base units of the token, whose decimals the bridge does not know
	Sender      string
	Reason      string
	FirstSeen   time.Time // the earliest time a watcher recorded it
	New         bool      // first seen during the report's day
	Watchers    []string  // the watchers that recorded it by the cutoff, sorted
	// Disagree names the fields the watchers recorded differently (the values shown are the
	// first watcher's, in name order); "" when they agree.
	Disagree string
}

// WatcherError is a watcher database the report could not read: its unsupported deposits are
// missing from the report.
type WatcherError struct {
	Watcher string
	Error   string
}

// unsupportedQuery reads a watcher's unsupported deposits recorded before the cutoff ($1), so
// that the same day made again lists the same ones. The columns are those of the watcher's
// migration watcher/internal/scan/migrations/0001_init.sql; a test there keeps them.
const unsupportedQuery = `SELECT chain, source_tx, source_index, block, token, amount::text, sender, reason, at
FROM unsupported WHERE at < $1 ORDER BY chain, source_tx, source_index`

// readUnsupported reads every watcher's unsupported deposits and merges the ones several
// watchers saw into one row. A watcher that cannot be read is returned as a WatcherError, and
// the others are still read.
func readUnsupported(ctx context.Context, watchers []Watcher, routes *transfer.Routes, day, cutoff time.Time) ([]Unsupported, []WatcherError) {
	type key struct {
		chain uint64
		tx    string
		index uint32
	}
	merged := map[key]*Unsupported{}
	var errs []WatcherError
	ws := slices.Clone(watchers)
	sort.SliceStable(ws, func(i, j int) bool { return ws[i].Name < ws[j].Name })
	for _, w := range ws {
		rows, err := readWatcher(ctx, w, routes, cutoff)
		if err != nil {
			errs = append(errs, WatcherError{Watcher: w.Name, Error: err.Error()})
			continue
		}
		for _, u := range rows {
			k := key{u.Chain, u.SourceTx, u.SourceIndex}
			m, ok := merged[k]
			if !ok {
				u.Watchers = []string{w.Name}
				merged[k] = &u
				continue
			}
			if !slices.Contains(m.Watchers, w.Name) {
				m.Watchers = append(m.Watchers, w.Name)
			}
			if u.FirstSeen.Before(m.FirstSeen) {
				m.FirstSeen = u.FirstSeen
			}
			m.Disagree = disagreement(m, &u)
		}
	}
	out := make([]Unsupported, 0, len(merged))
	for _, u := range merged {
		u.New = !u.FirstSeen.Before(day)
		out = append(out, *u)
	}
	// The day's new ones first, then the older ones; each oldest first.
	sort.Slice(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		if a.New != b.New {
			return a.New
		}
		if !a.FirstSeen.Equal(b.FirstSeen) {
			return a.FirstSeen.Before(b.FirstSeen)
		}
		if a.Chain != b.Chain {
			return a.Chain < b.Chain
		}
		if a.SourceTx != b.SourceTx {
			return a.SourceTx < b.SourceTx
		}
		return a.SourceIndex < b.SourceIndex
	})
	return out, errs
}

// disagreement adds to m's the fields u has otherwise.
func disagreement(m, u *Unsupported) string {
	fields := []string{}
	if m.Disagree != "" {
		fields = strings.Split(m.Disagree, ", ")
	}
	for _, f := range []struct {
		name string
		same bool
	}{
		{"block", m.Block == u.Block}, {"token", m.Token == u.Token}, {"amount", m.Amount == u.Amount},
		{"sender", m.Sender == u.Sender}, {"reason", m.Reason == u.Reason},
	} {
		if !f.same && !slices.Contains(fields, f.name) {
			fields = append(fields, f.name)
		}
	}
	return strings.Join(fields, ", ")
}

// WatcherTimeout bounds the reading of one watcher database: one that does not answer (a host
// that drops packets) is reported unreadable rather than holding the report back.
const WatcherTimeout = 2 * time.Minute

// readWatcher reads one watcher's table in a read-only transaction.
func readWatcher(ctx context.Context, w Watcher, routes *transfer.Routes, cutoff time.Time) ([]Unsupported, error) {
	if w.DB == nil {
		return nil, errors.New("no database handle")
	}
	ctx, cancel := context.WithTimeout(ctx, WatcherTimeout)
	defer cancel()
	tx, err := w.DB.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // read-only
	rows, err := tx.QueryContext(ctx, unsupportedQuery, cutoff)
	if err != nil {
		return nil, fmt.Errorf("read unsupported deposits: %w", err)
	}
	defer rows.Close()
	var out []Unsupported
	for rows.Next() {
		var (
			chain, index, block int64
			txHash              []byte
			u                   Unsupported
		)
		if err := rows.Scan(&chain, &txHash, &index, &block, &u.Token, &u.Amount, &u.Sender, &u.Reason, &u.FirstSeen); err != nil {
			return nil, fmt.Errorf("read unsupported deposits: %w", err)
		}
		if chain < 0 || index < 0 || index > 1<<32-1 || block < 0 {
			return nil, fmt.Errorf("read unsupported deposits: chain %d, index %d, block %d out of range", chain, index, block)
		}
		u.Chain, u.SourceIndex, u.Block = uint64(chain), uint32(index), uint64(block)
		u.FirstSeen = u.FirstSeen.UTC()
		u.ChainName, u.SourceTx = chainName(routes, u.Chain), hex.EncodeToString(txHash)
		if u.ChainName == "ethereum" {
			u.SourceTx = "0x" + u.SourceTx
		}
		out = append(out, u)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read unsupported deposits: %w", err)
	}
	return out, nil
}

// chainName names a transfer chain id for people.
func chainName(routes *transfer.Routes, id uint64) string {
	switch {
	case id == routes.Ethereum.ChainID:
		return "ethereum"
	case transfer.IsMetaverse(id):
		return "metaverse"
	}
	return "chain " + strconv.FormatUint(id, 10)
}
