-- Schema 6: accounts as people expect. Failed sign-ins are counted in the database, per badge
-- and per workstation (host name), so neither a restart nor another program on the same file
-- starts the count afresh; retry_after is the growing delay core computes. A password change
-- is dated (an administrator's reset too).
CREATE TABLE sign_in_failures (
    scope          TEXT NOT NULL CHECK (scope IN ('badge', 'workstation')),
    key            TEXT NOT NULL,
    failures       INTEGER NOT NULL DEFAULT 0,
    last_failed_at TEXT NOT NULL,
    retry_after    TEXT,
    PRIMARY KEY (scope, key)
);

ALTER TABLE users ADD COLUMN password_changed_at TEXT;
