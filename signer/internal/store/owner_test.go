package store

import (
	"context"
	"database/sql"
	"math/big"
	"strings"
	"testing"

	"github.com/tokendroplet/droplet/internal/testenv"
)

// TestPayoutsInsertOnly plays an attacker who holds the signer's database role and tries to erase
// or rewrite a stored Metaverse payout, so that the transfer could be paid a second time. With the
// tables owned by another role, every attempt fails, including dropping or disabling the triggers.
func TestPayoutsInsertOnly(t *testing.T) {
	ctx := context.Background()
	ownerURL, signerURL := testenv.PostgresRoles(t)
	st, err := OpenAs(ctx, signerURL, ownerURL)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if ok, err := st.PayoutsProtected(ctx); err != nil || !ok {
		t.Fatalf("PayoutsProtected = %v, %v", ok, err)
	}
	id := make([]byte, 32)
	id[0] = 7
	txid := make([]byte, 32)
	txid[0] = 9
	err = st.InTx(ctx, func(tx *Tx) error {
		if err := tx.InsertTransfer(ctx, &Record{ID: id, Digest: make([]byte, 32), Transfer: []byte{1}, Route: "usdt", Lane: "usdt/eth-mvs",
			DestChain: 1, Amount: big.NewInt(5), State: StateQuorum}); err != nil {
			return err
		}
		return tx.SaveMetaverse(ctx, id, "usdt/eth-mvs", big.NewInt(5), []byte("raw payout"), txid, []string{"aa:0"})
	})
	if err != nil {
		t.Fatal(err)
	}
	attacker, err := sql.Open("postgres", signerURL)
	if err != nil {
		t.Fatal(err)
	}
	defer attacker.Close()
	// The working columns stay editable: the rule does not rest on them.
	if _, err := attacker.Exec(`UPDATE transfers SET state = 'quorum', mvs_raw = NULL, mvs_txid = NULL`); err != nil {
		t.Fatalf("the signer's role cannot update its transfers: %v", err)
	}
	for _, q := range []string{
		`DELETE FROM mvs_payouts`,
		`UPDATE mvs_payouts SET raw = 'other'`,
		`TRUNCATE mvs_payouts CASCADE`,
		`DELETE FROM mvs_payout_inputs`,
		`UPDATE mvs_payout_inputs SET transfer_id = '\x00'`,
		`DROP TRIGGER mvs_payouts_no_update ON mvs_payouts`,
		`ALTER TABLE mvs_payouts DISABLE TRIGGER ALL`,
		`DROP TABLE mvs_payouts CASCADE`,
		`ALTER TABLE mvs_payouts RENAME TO old_payouts`,
		`CREATE OR REPLACE FUNCTION mvs_payouts_insert_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$`,
		`DELETE FROM audit`,
		`DELETE FROM schema_migrations`,
	} {
		if _, err := attacker.Exec(q); err == nil {
			t.Errorf("the signer's role ran %q", q)
		} else if !strings.Contains(err.Error(), "permission denied") && !strings.Contains(err.Error(), "must be owner") &&
			!strings.Contains(err.Error(), "insert-only") {
			t.Errorf("%q failed for another reason: %v", q, err)
		}
	}
	err = st.InTx(ctx, func(tx *Tx) error {
		raw, got, err := tx.MetaversePayout(ctx, id)
		if err != nil {
			return err
		}
		if string(raw) != "raw payout" || string(got) != string(txid) {
			t.Errorf("stored payout changed: %q %x", raw, got)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// A second payout of the transfer cannot be stored either.
	err = st.InTx(ctx, func(tx *Tx) error {
		return tx.SaveMetaverse(ctx, id, "usdt/eth-mvs", big.NewInt(5), []byte("second"), make([]byte, 32), []string{"bb:0"})
	})
	if err == nil {
		t.Error("a second payout of one transfer was stored")
	}

	// Without an owner role the signer's role owns the tables: the triggers still refuse edits,
	// but PayoutsProtected says the role could drop them.
	plain, err := Open(ctx, testenv.Postgres(t))
	if err != nil {
		t.Fatal(err)
	}
	defer plain.Close()
	if ok, err := plain.PayoutsProtected(ctx); err != nil || ok {
		t.Errorf("PayoutsProtected without an owner = %v, %v", ok, err)
	}
	if _, err := plain.db.Exec(`DELETE FROM mvs_payouts`); err == nil || !strings.Contains(err.Error(), "insert-only") {
		t.Errorf("delete from the payouts without an owner: %v", err)
	}
	// The same role as owner is refused.
	if _, err := OpenAs(ctx, signerURL, signerURL); err == nil {
		t.Error("database_owner equal to the signer's role was accepted")
	}
}
