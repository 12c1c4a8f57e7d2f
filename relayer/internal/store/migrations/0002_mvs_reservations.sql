-- Metaverse outputs a proposed or signed payout spends, so no other payout proposes them.
CREATE TABLE mvs_reserved (
    outpoint     text PRIMARY KEY,           -- txid:index
    transfer_id  bytea NOT NULL,
    at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mvs_reserved_transfer ON mvs_reserved (transfer_id);
