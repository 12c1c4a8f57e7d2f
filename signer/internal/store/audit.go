package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"time"
)

// auditLockKey serialises appends to the audit chain (pg_advisory_xact_lock).
const auditLockKey = 0x64726f706c657401

// AuditEntry is one record of the audit log.
type AuditEntry struct {
	Seq        int64
	At         time.Time
	Kind       string // "sign_ethereum", "sign_metaverse", "pause", ...
	Actor      string // the relayer's or administrator's certificate name
	TransferID []byte
	Digest     []byte
	Detail     string // JSON
	PrevHash   []byte
	Hash       []byte
}

// hash chains an entry to its predecessor. Every field is length-prefixed, so no two different
// entries hash alike.
func (e *AuditEntry) hash() []byte {
	h := sha256.New()
	var n [8]byte
	field := func(b []byte) {
		binary.BigEndian.PutUint64(n[:], uint64(len(b)))
		h.Write(n[:])
		h.Write(b)
	}
	field(e.PrevHash)
	binary.BigEndian.PutUint64(n[:], uint64(e.Seq))
	h.Write(n[:])
	binary.BigEndian.PutUint64(n[:], uint64(e.At.UnixMicro()))
	h.Write(n[:])
	field([]byte(e.Kind))
	field([]byte(e.Actor))
	field(e.TransferID)
	field(e.Digest)
	field([]byte(e.Detail))
	return h.Sum(nil)
}

// appendAudit adds e to the chain inside tx. The advisory lock is taken last in the caller's
// transaction and held until it commits, so the chain has no gaps and no forks.
func appendAudit(ctx context.Context, tx *sql.Tx, e *AuditEntry) error {
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, auditLockKey); err != nil {
		return fmt.Errorf("audit lock: %w", err)
	}
	var prevSeq int64
	var prevHash []byte
	err := tx.QueryRowContext(ctx, `SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1`).Scan(&prevSeq, &prevHash)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		prevHash = make([]byte, 32)
	case err != nil:
		return fmt.Errorf("audit head: %w", err)
	}
	e.Seq = prevSeq + 1
	e.At = time.Now().UTC().Truncate(time.Microsecond)
	e.PrevHash = prevHash
	e.Hash = e.hash()
	_, err = tx.ExecContext(ctx, `INSERT INTO audit (seq, at, kind, actor, transfer_id, digest, detail, prev_hash, hash)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
		e.Seq, e.At, e.Kind, e.Actor, e.TransferID, e.Digest, e.Detail, e.PrevHash, e.Hash)
	if err != nil {
		return fmt.Errorf("audit append: %w", err)
	}
	return nil
}

// ErrAuditBroken says the audit chain was edited: a row changed, removed or reordered.
var ErrAuditBroken = errors.New("audit chain broken")

// VerifyAudit walks the whole chain and checks every hash and that sequence numbers have no gap.
// expectHead, when set, is a head hash published earlier (logged by the signer after each
// append); a chain whose tail was cut off no longer contains it. It returns the number of
// entries and the head hash.
func (s *Store) VerifyAudit(ctx context.Context, expectHead []byte) (int64, []byte, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT seq, at, kind, actor, transfer_id, digest, detail, prev_hash, hash
		FROM audit ORDER BY seq`)
	if err != nil {
		return 0, nil, fmt.Errorf("read audit: %w", err)
	}
	defer rows.Close()
	prev := make([]byte, 32)
	var n int64
	sawHead := expectHead == nil
	for rows.Next() {
		var e AuditEntry
		if err := rows.Scan(&e.Seq, &e.At, &e.Kind, &e.Actor, &e.TransferID, &e.Digest, &e.Detail, &e.PrevHash, &e.Hash); err != nil {
			return n, nil, fmt.Errorf("read audit: %w", err)
		}
		n++
		if e.Seq != n {
			return n, nil, fmt.Errorf("%w: entry %d missing (next is %d)", ErrAuditBroken, n, e.Seq)
		}
		if !bytes.Equal(e.PrevHash, prev) {
			return n, nil, fmt.Errorf("%w: entry %d does not link to entry %d", ErrAuditBroken, e.Seq, e.Seq-1)
		}
		if !bytes.Equal(e.hash(), e.Hash) {
			return n, nil, fmt.Errorf("%w: entry %d was edited", ErrAuditBroken, e.Seq)
		}
		if !sawHead && bytes.Equal(e.Hash, expectHead) {
			sawHead = true
		}
		prev = e.Hash
	}
	if err := rows.Err(); err != nil {
		return n, nil, fmt.Errorf("read audit: %w", err)
	}
	if !sawHead {
		return n, prev, fmt.Errorf("%w: the expected head %x is not in the chain: entries were cut from its end", ErrAuditBroken, expectHead)
	}
	return n, prev, nil
}
