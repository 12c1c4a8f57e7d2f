package mvsdevnet

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
)

// The node's state is an append-only log of JSON lines in Dir/chain.log: the genesis parameters,
// then every transaction accepted into the pool, every transaction dropped from it and every
// block mined, in order. Each record is
// written with one write and synced before the node acknowledges what it records, so a restart
// replays exactly what was acknowledged. A crash in the middle of a write leaves a last line
// without its newline; opening the log cuts it off.

const logName = "chain.log"

type record struct {
	Kind string `json:"kind"` // "genesis", "tx", "block" or "drop"

	Genesis *genesisRecord `json:"genesis,omitempty"`

	Raw string `json:"raw,omitempty"` // tx: the raw transaction

	// block: the pool's transactions at the time, in order, follow the coinbase. drop: the
	// transaction dropped from the pool, then those that no longer validated without it.
	Number    uint64   `json:"number,omitempty"`
	Timestamp uint32   `json:"timestamp,omitempty"`
	Coinbase  string   `json:"coinbase,omitempty"`
	Txs       []string `json:"txs,omitempty"`
	Hash      string   `json:"hash,omitempty"`
}

type genesisRecord struct {
	Network string `json:"network"`
	Address string `json:"address"`
	Value   uint64 `json:"value"`
	Time    uint32 `json:"time"`
}

type store struct {
	f    *os.File
	lock *os.File
}

// openStore opens (or creates) the log in dir, locks it against a second node, cuts off a torn
// last line, and returns the records it holds.
func openStore(dir string, log *slog.Logger) (*store, []record, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, nil, err
	}
	lock, err := lockDir(dir)
	if err != nil {
		return nil, nil, err
	}
	path := filepath.Join(dir, logName)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		lock.Close()
		return nil, nil, err
	}
	s := &store{f: f, lock: lock}
	recs, good, err := readRecords(f)
	if err != nil {
		s.Close()
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	if fi, err := f.Stat(); err == nil && fi.Size() > good {
		log.Warn("cutting off a torn last record", slog.String("path", path), slog.Int64("bytes", fi.Size()-good))
		if err := f.Truncate(good); err != nil {
			s.Close()
			return nil, nil, err
		}
	}
	if _, err := f.Seek(0, io.SeekEnd); err != nil {
		s.Close()
		return nil, nil, err
	}
	if err := syncDir(dir); err != nil {
		s.Close()
		return nil, nil, err
	}
	return s, recs, nil
}

// readRecords reads complete lines; good is the offset after the last one.
func readRecords(r io.Reader) (recs []record, good int64, err error) {
	br := bufio.NewReader(r)
	for {
		line, err := br.ReadBytes('\n')
		if errors.Is(err, io.EOF) {
			return recs, good, nil // a line without its newline is torn: not counted
		}
		if err != nil {
			return nil, 0, err
		}
		var rec record
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&rec); err != nil {
			return nil, 0, fmt.Errorf("record %d: %w", len(recs)+1, err)
		}
		recs = append(recs, rec)
		good += int64(len(line))
	}
}

// append writes one record and syncs it to disk.
func (s *store) append(rec record) error {
	b, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	if _, err := s.f.Write(append(b, '\n')); err != nil {
		return fmt.Errorf("writing the log: %w", err)
	}
	if err := s.f.Sync(); err != nil {
		return fmt.Errorf("syncing the log: %w", err)
	}
	return nil
}

func (s *store) Close() error {
	err := s.f.Close()
	return errors.Join(err, s.lock.Close())
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
