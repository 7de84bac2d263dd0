-- Schema 15: PFIF 1.4 interchange (issue 14, outcome 6). Plain SQL both engines run.
--
-- pfif_repository holds this database's PFIF domain (one row, written by the first export or
-- import): record ids of its own records are DOMAIN/case.UUID, DOMAIN/found.UUID,
-- DOMAIN/lead.ID and DOMAIN/outcome.UUID.
CREATE TABLE pfif_repository (
    singleton INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
    domain    TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- A PFIF record read from another repository and what it became here: a person record a case
-- (public report) or a found-person record, a note a lead on that case, or nothing of its own
-- (a note whose content the case's outcome or the found-person record already holds). An
-- import matches a known record by its id and does not add it again; an export writes an
-- imported record under its original id, with its source.
CREATE TABLE pfif_records (
    record_id        TEXT PRIMARY KEY,      -- person_record_id or note_record_id, as received
    kind             TEXT NOT NULL CHECK (kind IN ('person', 'note')),
    person_record_id TEXT,                  -- notes: the person record they belong to
    case_id          INTEGER REFERENCES cases(id) ON DELETE CASCADE,
    found_person_id  INTEGER REFERENCES found_persons(id) ON DELETE CASCADE,
    lead_id          INTEGER REFERENCES leads(id) ON DELETE CASCADE,
    source_name      TEXT,
    source_url       TEXT,
    source_date      TEXT,                  -- as received (UTC, PFIF's form)
    author_name      TEXT,
    author_email     TEXT,
    imported_at      TEXT NOT NULL,
    imported_by      INTEGER REFERENCES users(id)
);
CREATE INDEX pfif_records_case ON pfif_records(case_id);
CREATE INDEX pfif_records_found ON pfif_records(found_person_id);
CREATE INDEX pfif_records_lead ON pfif_records(lead_id);
