package ethwatch

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/lib/pq"
)

// link is one Linked log: account's plain transfers after it go to recipient.
type link struct {
	account   common.Address
	block     uint64
	index     uint32
	blockHash common.Hash
	tx        common.Hash
	recipient []byte
}

// linkStore is the link registry in the watcher's database. Links are written when their range is
// scanned, before its checkpoint; a range scanned again writes the same rows (a node's later view
// of the same position replaces an earlier one).
type linkStore struct {
	db    *sql.DB
	chain uint64
}

func (s linkStore) save(ctx context.Context, links []link) error {
	if len(links) == 0 {
		return nil
	}
	accounts, hashes, txs, rcpts := make([][]byte, len(links)), make([][]byte, len(links)), make([][]byte, len(links)), make([][]byte, len(links))
	blocks, idx := make([]int64, len(links)), make([]int64, len(links))
	for i, l := range links {
		accounts[i], hashes[i], txs[i], rcpts[i] = l.account.Bytes(), l.blockHash.Bytes(), l.tx.Bytes(), l.recipient
		blocks[i], idx[i] = int64(l.block), int64(l.index)
	}
	_, err := s.db.ExecContext(ctx, `INSERT INTO eth_links (chain, account, block, log_index, block_hash, tx_hash, recipient)
		SELECT $1::bigint, * FROM unnest($2::bytea[], $3::bigint[], $4::bigint[], $5::bytea[], $6::bytea[], $7::bytea[])
		ON CONFLICT (chain, account, block, log_index) DO UPDATE
		SET block_hash = EXCLUDED.block_hash, tx_hash = EXCLUDED.tx_hash, recipient = EXCLUDED.recipient`,
		int64(s.chain), pq.ByteaArray(accounts), pq.Array(blocks), pq.Array(idx), pq.ByteaArray(hashes), pq.ByteaArray(txs), pq.ByteaArray(rcpts))
	if err != nil {
		return fmt.Errorf("save links: %w", err)
	}
	return nil
}

// before returns each account's newest link in a block before block from.
func (s linkStore) before(ctx context.Context, accounts []common.Address, from uint64) (map[common.Address][]byte, error) {
	out := map[common.Address][]byte{}
	if len(accounts) == 0 {
		return out, nil
	}
	seen := map[common.Address]bool{}
	var keys [][]byte
	for _, a := range accounts {
		if !seen[a] {
			seen[a] = true
			keys = append(keys, a.Bytes())
		}
	}
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT ON (account) account, recipient FROM eth_links
		WHERE chain = $1 AND account = ANY($2::bytea[]) AND block < $3
		ORDER BY account, block DESC, log_index DESC`, int64(s.chain), pq.ByteaArray(keys), int64(from))
	if err != nil {
		return nil, fmt.Errorf("read links: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var a, r []byte
		if err := rows.Scan(&a, &r); err != nil {
			return nil, fmt.Errorf("read links: %w", err)
		}
		out[common.BytesToAddress(a)] = r
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read links: %w", err)
	}
	return out, nil
}

// latestLink is account's newest link before position (block, index): from the range's own links
// (by account, in chain order), else from before the range.
func latestLink(inRange map[common.Address][]link, before map[common.Address][]byte, account common.Address, block uint64, index uint32) ([]byte, bool) {
	ls := inRange[account]
	for i := len(ls) - 1; i >= 0; i-- {
		if l := ls[i]; l.block < block || l.block == block && l.index < index {
			return l.recipient, true
		}
	}
	r, ok := before[account]
	return r, ok
}
