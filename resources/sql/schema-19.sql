-- Schema 19: a new password at first sign-in (issue 11, outcome 6). PostgreSQL runs
-- pg/schema-19.sql (the same column, the guard as a PL/pgSQL trigger).
--
-- must_change_password = 1: the account's password is a temporary one that somebody else knew
-- (set by `homecoming-cli copy` for every account it brings onto a server, and by an
-- administrator's reset of another user's password). Signing in with it (GUI and CLI) asks for
-- a new password before anything else; UserService::changePassword clears the flag in the same
-- statement that stores the new hash. The trigger refuses clearing the flag without a new hash,
-- so no client clears it while keeping the temporary password.
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER users_password_change_due BEFORE UPDATE OF must_change_password ON users
WHEN OLD.must_change_password = 1 AND NEW.must_change_password = 0
     AND NEW.password_hash IS OLD.password_hash
BEGIN
    SELECT RAISE(ABORT, 'must_change_password is cleared only with a new password');
END;
