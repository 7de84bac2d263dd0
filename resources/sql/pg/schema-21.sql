-- Schema 21 on PostgreSQL (see ../schema-21.sql): the server seals the audit chain at COMMIT.
-- Before, a writer took the chain's lock, read the head and inserted the sealed record in the
-- middle of its transaction, and held the lock through every later statement and the COMMIT:
-- all stations' saves queued there (bench stations at 60 stations: 105 ms mean wait for it).
-- Now a writer inserts the record without its place (a negative id from audit_log_pending and
-- no hashes); a deferred constraint trigger, run by the server inside the COMMIT, takes the
-- lock, gives the record the next id after the head and its hashes, so the lock is held only
-- for that, with no round trip to a client in between. The hash is AuditLog::hashOf's:
-- SHA-256 of prev_hash, 0x1E, and id, at, actor, action, entity, entity_id, before, after
-- joined by 0x1F (absent ones as empty text), as lowercase hex. A record written with its id
-- and hashes (a copy from SQLite) is left as given.
CREATE SEQUENCE audit_log_pending;

CREATE FUNCTION hc_audit_hash(p_prev TEXT, p_id BIGINT, p_at TEXT, p_actor TEXT, p_action TEXT,
                              p_entity TEXT, p_entity_id TEXT, p_before TEXT, p_after TEXT)
    RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(
        coalesce(p_prev, '') || chr(30) ||
        concat_ws(chr(31), p_id::text, coalesce(p_at, ''), coalesce(p_actor, ''), coalesce(p_action, ''),
                  coalesce(p_entity, ''), coalesce(p_entity_id, ''), coalesce(p_before, ''),
                  coalesce(p_after, '')), 'UTF8')), 'hex')
$$;

CREATE FUNCTION audit_log_seal() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    head_id BIGINT;
    head_hash TEXT;
    r audit_log%ROWTYPE;
BEGIN
    PERFORM pg_advisory_xact_lock(1098212457); -- "Audi": one sealer at a time, until COMMIT ends
    SELECT id, hash INTO head_id, head_hash FROM audit_log WHERE id > 0 ORDER BY id DESC LIMIT 1;
    IF head_id IS NOT NULL AND head_hash IS NULL THEN
        -- Records from before the chain (schema 4) that nothing has appended after: sealed
        -- first, in order, as AuditLog::sealLegacy does on SQLite.
        SELECT id, hash INTO head_id, head_hash FROM audit_log
         WHERE id > 0 AND hash IS NOT NULL ORDER BY id DESC LIMIT 1;
        FOR r IN SELECT * FROM audit_log WHERE id > coalesce(head_id, 0) ORDER BY id LOOP
            UPDATE audit_log SET prev_hash = head_hash,
                   hash = hc_audit_hash(head_hash, r.id, r.at, r.actor, r.action, r.entity,
                                        r.entity_id, r.before, r.after)
             WHERE id = r.id RETURNING id, hash INTO head_id, head_hash;
        END LOOP;
    END IF;
    UPDATE audit_log SET id = coalesce(head_id, 0) + 1, prev_hash = head_hash,
           hash = hc_audit_hash(head_hash, coalesce(head_id, 0) + 1, NEW.at, NEW.actor, NEW.action,
                                NEW.entity, NEW.entity_id, NEW.before, NEW.after)
     WHERE id = NEW.id;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER audit_log_seal AFTER INSERT ON audit_log
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.id < 0)
    EXECUTE FUNCTION audit_log_seal();
