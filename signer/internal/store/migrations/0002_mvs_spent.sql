-- Outputs spent by stored Metaverse payouts: no two transfers' payouts may spend one.
CREATE TABLE mvs_spent (
    outpoint     text PRIMARY KEY,   -- txid:index
    transfer_id  bytea NOT NULL REFERENCES transfers (id)
);
CREATE UNIQUE INDEX transfers_mvs_txid ON transfers (mvs_txid) WHERE mvs_txid IS NOT NULL;
