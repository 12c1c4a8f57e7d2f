-- The relayer's own database. The reporter reads it, read-only.

CREATE TABLE transfers (
    id              bytea PRIMARY KEY CHECK (length(id) = 32),
    state           text NOT NULL,
    route           text NOT NULL,
    direction       text NOT NULL,            -- eth_to_mvs, mvs_to_eth, refund_eth, refund_mvs
    source_chain    bigint NOT NULL,
    source_tx       bytea NOT NULL,
    source_index    bigint NOT NULL,
    source_block    bytea NOT NULL,
    dest_chain      bigint NOT NULL,
    dest_token      bytea NOT NULL,
    recipient       bytea NOT NULL,
    amount          numeric(78, 0) NOT NULL,
    fee             numeric(78, 0) NOT NULL,
    digest          bytea NOT NULL,
    quorum_at       timestamptz NOT NULL,     -- when the signer saw quorum (source finality + attestation)
    hold_until      timestamptz,
    -- the signer's answer
    eth_r           bytea,
    eth_s           bytea,
    watcher_sigs    bytea[],
    mvs_raw         bytea,
    -- the destination
    dest_tx         bytea,
    submitted_at    timestamptz,
    confirmed_at    timestamptz,
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    reason          text NOT NULL DEFAULT '',
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX transfers_work ON transfers (next_attempt_at) WHERE state IN ('quorum', 'held', 'signed', 'submitted');
CREATE INDEX transfers_state ON transfers (state, created_at);
CREATE INDEX transfers_created ON transfers (created_at DESC, id);
CREATE INDEX transfers_source_tx ON transfers (source_tx);
CREATE INDEX transfers_recipient ON transfers (recipient);

-- Every state change and attempt, with its error.
CREATE TABLE events (
    id           bigserial PRIMARY KEY,
    transfer_id  bytea NOT NULL REFERENCES transfers (id),
    at           timestamptz NOT NULL DEFAULT now(),
    from_state   text NOT NULL,
    to_state     text NOT NULL,
    detail       text NOT NULL DEFAULT '',
    tx           bytea,
    error        text NOT NULL DEFAULT ''
);
CREATE INDEX events_transfer ON events (transfer_id, id);

-- Administrative actions (retry, resolve), who and why.
CREATE TABLE admin_audit (
    id           bigserial PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT now(),
    actor        text NOT NULL,
    action       text NOT NULL,
    transfer_id  bytea NOT NULL,
    reason       text NOT NULL
);
