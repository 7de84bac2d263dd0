-- Schema 7 (branch ops13; renumber to follow the other migrations when merged): operations
-- that close, and follow-up that does not drop people.
-- A closed operation is read-only: core refuses visits, screenings, new cases and follow-up
-- writes into it. closed_by names the account that closed it.
ALTER TABLE operations ADD COLUMN closed_at TEXT;
ALTER TABLE operations ADD COLUMN closed_by TEXT;

-- A failed try at verifying an away person's whereabouts (the phone not answered, a wrong
-- number, the family refusing to say). The person stays on the verification list, with the
-- number of attempts, until the whereabouts are verified.
CREATE TABLE verification_attempts (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    operation_id INTEGER NOT NULL REFERENCES operations(id),
    station_id   INTEGER NOT NULL REFERENCES stations(id),
    person_id    INTEGER NOT NULL REFERENCES persons(id),
    officer_id   INTEGER REFERENCES users(id),
    attempted_at TEXT NOT NULL, -- wall-clock time
    result       TEXT NOT NULL CHECK (result IN ('unreachable', 'wrong_number', 'refused')),
    notes        TEXT
);
CREATE INDEX verification_attempts_person ON verification_attempts(operation_id, person_id);

-- A person whose whereabouts are unknown and who has no case stays on the untraced list until
-- traced (a later screening), a case is opened, or a supervisor closes it here with a reason.
-- Found unknown again after the closing, the person is back on the list.
CREATE TABLE untraced_closures (
    operation_id INTEGER NOT NULL REFERENCES operations(id),
    person_id    INTEGER NOT NULL REFERENCES persons(id),
    station_id   INTEGER NOT NULL REFERENCES stations(id),
    closed_by    INTEGER REFERENCES users(id),
    closed_at    TEXT NOT NULL, -- wall-clock time
    reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    PRIMARY KEY (operation_id, person_id)
);
