-- Loosening a route's limits takes two administrators: the first one's request waits here until
-- a second, different administrator asks for the same limits within the approval window.
CREATE TABLE limit_approvals (
    route          text NOT NULL,
    enabled        boolean NOT NULL,
    max            text NOT NULL,   -- canonical decimal forms, so equal limits compare equal
    daily_cap      text NOT NULL,
    big_threshold  text NOT NULL,
    big_delay      text NOT NULL,
    admin          text NOT NULL,   -- the administrator's certificate name
    reason         text NOT NULL,
    at             timestamptz NOT NULL,
    PRIMARY KEY (route, enabled, max, daily_cap, big_threshold, big_delay, admin)
);

-- A watcher's attestation of a digest other than the one a quorum (or an operator) agreed on:
-- at most one per transfer and watcher.
CREATE TABLE watcher_conflicts (
    transfer_id    bytea NOT NULL REFERENCES transfers (id),
    watcher        text NOT NULL,
    digest         bytea NOT NULL CHECK (length(digest) = 32),
    agreed_digest  bytea NOT NULL CHECK (length(agreed_digest) = 32),
    at             timestamptz NOT NULL,
    PRIMARY KEY (transfer_id, watcher)
);
CREATE INDEX watcher_conflicts_watcher_at ON watcher_conflicts (watcher, at);

-- Watchers excluded from counting; excluded while restored_at is null. Written only under the
-- audit lock, so signing batches re-read it consistently.
CREATE TABLE watcher_exclusions (
    watcher      text PRIMARY KEY,
    conflicts    integer NOT NULL,
    reason       text NOT NULL,
    excluded_at  timestamptz NOT NULL,
    restored_at  timestamptz,
    restored_by  text
);
