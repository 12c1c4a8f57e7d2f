package store

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tokendroplet/droplet/internal/testenv"
)

func open(t *testing.T) *Store {
	t.Helper()
	s, err := Open(context.Background(), testenv.Postgres(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func sample(n int) *Transfer {
	h := crypto.Keccak256([]byte(fmt.Sprint("t", n)))
	return &Transfer{ID: h, State: StateQuorum, Route: "usdt", Direction: "eth_to_mvs", SourceChain: 1337, SourceTx: h,
		SourceIndex: uint32(n), SourceBlock: h, DestChain: 0x4d565302, DestToken: h, Recipient: []byte("tRecipient"),
		Amount: big.NewInt(int64(1000 + n)), Fee: big.NewInt(1), Digest: h, QuorumAt: time.Now()}
}

// TestClaimSkipLocked: two replicas claiming at once never get the same transfer, and every due
// transfer is claimed exactly once.
func TestClaimSkipLocked(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	const n = 60
	for i := 0; i < n; i++ {
		isNew, err := s.Insert(ctx, sample(i))
		if err != nil || !isNew {
			t.Fatal(isNew, err)
		}
	}
	if isNew, err := s.Insert(ctx, sample(0)); err != nil || isNew {
		t.Fatalf("second insert: new=%v err=%v", isNew, err)
	}
	var mu sync.Mutex
	claimed := map[string]int{}
	var wg sync.WaitGroup
	for r := 0; r < 6; r++ {
		wg.Go(func() {
			for {
				tx, err := s.Claim(ctx)
				if err != nil {
					t.Error(err)
					return
				}
				if tx == nil {
					return
				}
				mu.Lock()
				claimed[string(tx.T.ID)]++
				mu.Unlock()
				time.Sleep(2 * time.Millisecond) // hold the row while the others claim
				if err := tx.Apply(ctx, Change{To: StateSigned, NextAttempt: time.Now().Add(time.Hour), Detail: "signed"}); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	if len(claimed) != n {
		t.Fatalf("%d transfers claimed, want %d", len(claimed), n)
	}
	for id, c := range claimed {
		if c != 1 {
			t.Fatalf("transfer %x claimed %d times", id, c)
		}
	}
}

// TestHistoryAndFilters: transitions are recorded with their errors; List filters and pages.
func TestHistoryAndFilters(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	for i := 0; i < 7; i++ {
		tr := sample(i)
		if i%2 == 1 {
			tr.Route = "dai"
		}
		if _, err := s.Insert(ctx, tr); err != nil {
			t.Fatal(err)
		}
	}
	tx, err := s.LockByID(ctx, sample(2).ID)
	if err != nil {
		t.Fatal(err)
	}
	if err := tx.Apply(ctx, Change{Err: errors.New("node timeout"), Attempt: true, Reason: "node timeout", Detail: "submit"}); err != nil {
		t.Fatal(err)
	}
	tx, _ = s.LockByID(ctx, sample(2).ID)
	if err := tx.Apply(ctx, Change{To: StateSubmitted, Tx: []byte{0xaa}, Detail: "submitted"}); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Get(ctx, sample(2).ID)
	if got.State != StateSubmitted || got.Attempts != 1 || string(got.DestTx) != "\xaa" || !got.SubmittedAt.Valid {
		t.Fatalf("after transitions: %+v", got)
	}
	evs, err := s.History(ctx, sample(2).ID)
	if err != nil || len(evs) != 3 || evs[1].Error != "node timeout" || evs[2].To != StateSubmitted {
		t.Fatalf("history %+v, %v", evs, err)
	}
	dai, _ := s.List(ctx, Filter{Route: "dai", Limit: 100})
	if len(dai) != 3 {
		t.Fatalf("%d dai transfers", len(dai))
	}
	page1, _ := s.List(ctx, Filter{Limit: 4})
	last := page1[len(page1)-1]
	page2, _ := s.List(ctx, Filter{Limit: 4, BeforeAt: last.CreatedAt, BeforeID: last.ID})
	if len(page1) != 4 || len(page2) != 3 {
		t.Fatalf("pages of %d and %d", len(page1), len(page2))
	}
	q, oldest, err := s.Queue(ctx)
	if err != nil || q[StateQuorum] != 6 || q[StateSubmitted] != 1 || oldest.IsZero() {
		t.Fatalf("queue %v %v %v", q, oldest, err)
	}
}
