-- Schema 14: photos and documents on people, cases and found-person records (issue 14,
-- outcome 5). The bytes are stored once per content (keyed by their SHA-256), with a small
-- PNG thumbnail for pictures; an attachment links a content to exactly one owner. The station
-- of the owner is kept on the attachment row (the owner's scope, and the server's row-level
-- security). PostgreSQL: pg/schema-14.sql (BYTEA for the bytes).
CREATE TABLE attachment_contents (
    sha256     TEXT PRIMARY KEY,             -- hex SHA-256 of the bytes
    mime       TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'application/pdf')),
    size       INTEGER NOT NULL CHECK (size > 0 AND size <= 20971520),
    width      INTEGER,                      -- pictures only
    height     INTEGER,
    thumbnail  BLOB,                         -- PNG, at most 160 px on its longer side; NULL for PDF
    bytes      BLOB NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE attachments (
    id              INTEGER PRIMARY KEY,
    sha256          TEXT NOT NULL REFERENCES attachment_contents(sha256),
    person_id       INTEGER REFERENCES persons(id),
    case_id         INTEGER REFERENCES cases(id),
    found_person_id INTEGER REFERENCES found_persons(id),
    station_id      INTEGER REFERENCES stations(id),
    caption         TEXT,
    file_name       TEXT,
    added_by        INTEGER REFERENCES users(id),
    added_by_name   TEXT NOT NULL,
    added_at        TEXT NOT NULL,
    CHECK ((person_id IS NOT NULL) + (case_id IS NOT NULL) + (found_person_id IS NOT NULL) = 1)
);
CREATE INDEX attachments_person ON attachments(person_id) WHERE person_id IS NOT NULL;
CREATE INDEX attachments_case ON attachments(case_id) WHERE case_id IS NOT NULL;
CREATE INDEX attachments_found ON attachments(found_person_id) WHERE found_person_id IS NOT NULL;
CREATE INDEX attachments_content ON attachments(sha256);
