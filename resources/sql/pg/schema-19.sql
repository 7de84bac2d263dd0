-- Schema 19 on PostgreSQL (see ../schema-19.sql): a new password at first sign-in.
-- The same column; the guard against clearing the flag without a new password hash as a
-- PL/pgSQL trigger (security.sql makes its function SECURITY DEFINER and lets every login role
-- update the column of its own row).
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;

CREATE FUNCTION users_password_change_due() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'must_change_password is cleared only with a new password';
END $$;

CREATE TRIGGER users_password_change_due BEFORE UPDATE OF must_change_password ON users
    FOR EACH ROW
    WHEN (OLD.must_change_password = 1 AND NEW.must_change_password = 0
          AND NEW.password_hash IS NOT DISTINCT FROM OLD.password_hash)
    EXECUTE FUNCTION users_password_change_due();
