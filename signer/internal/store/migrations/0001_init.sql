-- The signer's own schema. Every state change is committed before it is acknowledged.

CREATE TABLE transfers (
    id            bytea PRIMARY KEY CHECK (length(id) = 32),
    digest        bytea NOT NULL CHECK (length(digest) = 32),   -- the digest first attested
    transfer      bytea NOT NULL,                               -- protobuf droplet.signer.v1.Transfer
    route         text NOT NULL,
    lane          text NOT NULL,                                -- route and direction, for the rolling cap
    dest_chain    bigint NOT NULL,
    amount        numeric(78, 0) NOT NULL CHECK (amount >= 0),
    state         text NOT NULL,
    reason        text NOT NULL DEFAULT '',
    hold_until    timestamptz,
    first_seen    timestamptz NOT NULL DEFAULT now(),
    quorum_at     timestamptz,
    signed_at     timestamptz,
    eth_r         bytea,
    eth_s         bytea,
    watcher_sigs  bytea[],
    mvs_raw       bytea,
    mvs_txid      bytea
);
CREATE INDEX transfers_state ON transfers (state, first_seen, id);
CREATE INDEX transfers_lane_signed ON transfers (lane, signed_at) INCLUDE (amount) WHERE signed_at IS NOT NULL;

CREATE TABLE attestations (
    transfer_id  bytea NOT NULL REFERENCES transfers (id),
    watcher      text NOT NULL,
    digest       bytea NOT NULL CHECK (length(digest) = 32),
    transfer     bytea NOT NULL,                                -- what this watcher claimed
    signature    bytea NOT NULL CHECK (length(signature) = 65),
    address      bytea NOT NULL CHECK (length(address) = 20),  -- the key it recovered to
    received_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (transfer_id, watcher, digest)
);

-- route '' is the global pause.
CREATE TABLE pauses (
    route   text PRIMARY KEY,
    reason  text NOT NULL,
    at      timestamptz NOT NULL DEFAULT now()
);

-- Operator overrides of the routes file's limits; amounts in whole-token decimal notation.
CREATE TABLE limits (
    route          text PRIMARY KEY,
    enabled        boolean NOT NULL,
    max            text NOT NULL,
    daily_cap      text NOT NULL,
    big_threshold  text NOT NULL,
    big_delay      text NOT NULL,
    at             timestamptz NOT NULL DEFAULT now()
);

-- Append-only, hash-chained record of every signature given and every admin action.
CREATE TABLE audit (
    seq          bigint PRIMARY KEY CHECK (seq > 0),
    at           timestamptz NOT NULL,
    kind         text NOT NULL,
    actor        text NOT NULL,
    transfer_id  bytea,
    digest       bytea,
    detail       text NOT NULL,
    prev_hash    bytea NOT NULL,
    hash         bytea NOT NULL
);

CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit is append-only';
END
$$;
CREATE TRIGGER audit_no_update BEFORE UPDATE OR DELETE OR TRUNCATE ON audit
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
