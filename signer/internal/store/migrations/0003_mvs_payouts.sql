-- The one Metaverse payout of each transfer, insert-only: the rule "one payout per transfer" rests
-- on these rows, not on the mutable state columns of transfers. Where the signer runs under a role
-- of its own (database_owner set), these tables belong to the owner role and the signer's role is
-- granted SELECT and INSERT only, so it can neither change a row nor drop the triggers below.
CREATE TABLE mvs_payouts (
    transfer_id  bytea PRIMARY KEY CHECK (length(transfer_id) = 32),
    raw          bytea NOT NULL,
    txid         bytea NOT NULL UNIQUE CHECK (length(txid) = 32),
    signed_at    timestamptz NOT NULL DEFAULT now()
);

-- Outputs spent by stored payouts: no two transfers' payouts may spend one.
CREATE TABLE mvs_payout_inputs (
    outpoint     text PRIMARY KEY,   -- txid:index
    transfer_id  bytea NOT NULL REFERENCES mvs_payouts (transfer_id)
);

CREATE FUNCTION mvs_payouts_insert_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Metaverse payouts are insert-only';
END
$$;
CREATE TRIGGER mvs_payouts_no_update BEFORE UPDATE OR DELETE OR TRUNCATE ON mvs_payouts
    FOR EACH STATEMENT EXECUTE FUNCTION mvs_payouts_insert_only();
CREATE TRIGGER mvs_payout_inputs_no_update BEFORE UPDATE OR DELETE OR TRUNCATE ON mvs_payout_inputs
    FOR EACH STATEMENT EXECUTE FUNCTION mvs_payouts_insert_only();

INSERT INTO mvs_payouts (transfer_id, raw, txid, signed_at)
    SELECT id, mvs_raw, mvs_txid, coalesce(signed_at, now()) FROM transfers WHERE mvs_raw IS NOT NULL;
INSERT INTO mvs_payout_inputs (outpoint, transfer_id)
    SELECT s.outpoint, s.transfer_id FROM mvs_spent s JOIN mvs_payouts p ON p.transfer_id = s.transfer_id;
