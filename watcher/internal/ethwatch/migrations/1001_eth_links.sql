-- The Ethereum chain's link registry: every Linked(account, recipient) log of the bridge, so that a
-- plain transfer without a memo goes to its sender's newest link. Numbered from 1001 because the
-- scan runner's migrations share this database's schema_migrations table.

CREATE TABLE eth_links (
    chain       bigint NOT NULL,
    account     bytea NOT NULL CHECK (length(account) = 20),
    block       bigint NOT NULL,
    log_index   bigint NOT NULL,
    block_hash  bytea NOT NULL CHECK (length(block_hash) = 32),
    tx_hash     bytea NOT NULL CHECK (length(tx_hash) = 32),
    -- As the log carried it: any bytes, validated when a transfer uses it.
    recipient   bytea NOT NULL,
    PRIMARY KEY (chain, account, block, log_index)
);
