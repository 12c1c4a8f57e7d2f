-- A watcher's own database: where each chain's scan stands and what it found.

CREATE TABLE checkpoints (
    chain       bigint PRIMARY KEY,
    number      bigint NOT NULL,
    hash        bytea NOT NULL CHECK (length(hash) = 32),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- Every transfer this watcher attested, once.
CREATE TABLE attested (
    transfer_id  bytea PRIMARY KEY CHECK (length(transfer_id) = 32),
    chain        bigint NOT NULL,
    block        bigint NOT NULL,
    route        text NOT NULL,
    refund       boolean NOT NULL,
    reason       text NOT NULL DEFAULT '',
    at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX attested_chain_block ON attested (chain, block);

-- Deposits the bridge cannot route (an unknown token): never attested, listed for manual handling.
CREATE TABLE unsupported (
    chain        bigint NOT NULL,
    source_tx    bytea NOT NULL,
    source_index bigint NOT NULL,
    block        bigint NOT NULL,
    token        text NOT NULL,
    amount       numeric(78, 0) NOT NULL,
    sender       text NOT NULL,
    reason       text NOT NULL,
    at           timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (chain, source_tx, source_index)
);

-- Attestations the signer refused for good: an operator must look.
CREATE TABLE refused (
    transfer_id  bytea PRIMARY KEY,
    chain        bigint NOT NULL,
    block        bigint NOT NULL,
    reason       text NOT NULL,
    at           timestamptz NOT NULL DEFAULT now()
);

-- A final block whose hash later changed: an alert, kept for the operators.
CREATE TABLE reorgs (
    chain     bigint NOT NULL,
    number    bigint NOT NULL,
    old_hash  bytea NOT NULL,
    new_hash  bytea NOT NULL,
    at        timestamptz NOT NULL DEFAULT now()
);
