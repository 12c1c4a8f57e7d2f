-- The Ethereum payout chain's gas account (package ethchain owns these tables).

-- The next nonce a payout takes. Replicas allocate under this row's lock, so no two transfers
-- ever get one nonce; it is raised to the node's pending nonce whenever the key was used elsewhere.
CREATE TABLE eth_accounts (
    chain_id    bigint NOT NULL,
    address     bytea NOT NULL CHECK (length(address) = 20),
    next_nonce  bigint NOT NULL CHECK (next_nonce >= 0),
    PRIMARY KEY (chain_id, address)
);

-- One nonce of the gas account, held by one transfer's payout.
--   pending     sent (or about to be), not yet seen mined
--   mined       one of its transactions paid the transfer
--   reverted    one of its transactions was mined and reverted (reason says why)
--   superseded  the chain used the nonce for a transaction that is not the relayer's
--   orphaned    the transfer was paid by another transaction first; the relayer's transaction
--               still fills the nonce (it reverts when mined)
CREATE TABLE eth_nonces (
    chain_id      bigint NOT NULL,
    address       bytea NOT NULL,
    nonce         bigint NOT NULL CHECK (nonce >= 0),
    transfer_id   bytea NOT NULL CHECK (length(transfer_id) = 32),
    state         text NOT NULL CHECK (state IN ('pending', 'mined', 'reverted', 'superseded', 'orphaned')),
    reason        text NOT NULL DEFAULT '',
    broadcast_at  timestamptz NOT NULL DEFAULT now(), -- the last (re)broadcast: replacement waits from here
    cap_reported  boolean NOT NULL DEFAULT false,     -- "stuck at the fee cap" was reported once
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (chain_id, address, nonce)
);
CREATE UNIQUE INDEX eth_nonces_pending_transfer ON eth_nonces (transfer_id) WHERE state = 'pending';
CREATE INDEX eth_nonces_transfer ON eth_nonces (transfer_id);

-- Every signed transaction of a nonce, the first and each fee-raised replacement, recorded before
-- it is broadcast.
CREATE TABLE eth_txs (
    hash        bytea PRIMARY KEY CHECK (length(hash) = 32),
    chain_id    bigint NOT NULL,
    address     bytea NOT NULL,
    nonce       bigint NOT NULL,
    seq         integer NOT NULL,                -- 0 for the first, then each replacement
    tip_cap     numeric(78, 0) NOT NULL,
    fee_cap     numeric(78, 0) NOT NULL,
    gas         bigint NOT NULL,
    raw         bytea NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (chain_id, address, nonce) REFERENCES eth_nonces (chain_id, address, nonce),
    UNIQUE (chain_id, address, nonce, seq)
);
