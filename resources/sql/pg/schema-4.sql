-- PostgreSQL variant of ../schema-4.sql (identity columns; PL/pgSQL triggers).
-- Schema 4: the audit log becomes a hash chain (tamper-evident). Each record carries the
-- SHA-256 of the record before it (prev_hash) and its own (hash, over prev_hash and the
-- record's canonical content, its id included); core computes both when it appends.
-- Records are appended, never changed or removed: the triggers refuse UPDATE and DELETE.
-- Records written before this version have no hash yet: core seals them once, in id order,
-- before its next append (the one UPDATE the trigger lets through: OLD.hash IS NULL).
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;

CREATE FUNCTION audit_log_append_only_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: records cannot be changed';
    RETURN NEW;
END $$;
CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
    FOR EACH ROW
    WHEN (OLD.hash IS NOT NULL) EXECUTE FUNCTION audit_log_append_only_update();

CREATE FUNCTION audit_log_append_only_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: records cannot be removed';
    RETURN OLD;
END $$;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only_delete();
