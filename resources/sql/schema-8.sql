-- Homecoming schema version 7: the registration file of each person found living with no
-- household registration (issue 13, outcome 1), from the referral to the registration desk
-- to the ID card, or closed with a reason. Plain SQL both engines run; no triggers: the
-- service writes the file, its timeline event and the audit record in one transaction.

-- One file per person. A person found unregistered has no row until the first step is taken
-- (the lists show them as "found"). The station is the one where the person was found; the
-- stage moves forward only, each stage's date not before the one before it.
CREATE TABLE registrations (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    person_id        INTEGER NOT NULL UNIQUE REFERENCES persons(id),
    station_id       INTEGER REFERENCES stations(id),
    stage            TEXT NOT NULL CHECK (stage IN ('referred', 'documents', 'filed', 'registered',
                                                    'id_card', 'closed')),
    officer_id       INTEGER REFERENCES users(id),     -- the officer responsible
    referred_on      TEXT,
    documents_on     TEXT,
    filed_on         TEXT,
    registered_on    TEXT,
    id_card_on       TEXT,
    closed_on        TEXT,
    -- The checklist of documents gathered (1: in hand).
    doc_birth        INTEGER NOT NULL DEFAULT 0,  -- proof of birth
    doc_parents      INTEGER NOT NULL DEFAULT 0,  -- the parents' registration
    doc_dna          INTEGER NOT NULL DEFAULT 0,  -- DNA test, where needed
    dna_needed       INTEGER NOT NULL DEFAULT 0,
    doc_certificate  INTEGER NOT NULL DEFAULT 0,  -- court or village certificate
    closed_reason    TEXT CHECK (closed_reason IS NULL OR closed_reason IN
                                 ('not_eligible', 'moved_away', 'registered_elsewhere')),
    closed_note      TEXT,
    household_id     INTEGER REFERENCES households(id),  -- joined or created on registration
    household_created INTEGER NOT NULL DEFAULT 0,
    id_number        TEXT,                               -- the new number, as on persons
    last_step_on     TEXT NOT NULL,                      -- the latest stage's date ("no progress")
    updated_at       TEXT NOT NULL
);
CREATE INDEX registrations_station ON registrations(station_id, stage, last_step_on);
CREATE INDEX registrations_officer ON registrations(officer_id);

-- Each step of a file, for its timeline (the audit log holds the same, chained).
CREATE TABLE registration_events (
    id              INTEGER PRIMARY KEY,
    registration_id INTEGER NOT NULL REFERENCES registrations(id),
    person_id       INTEGER NOT NULL REFERENCES persons(id),
    station_id      INTEGER REFERENCES stations(id),
    at              TEXT NOT NULL,   -- wall-clock time of the entry
    stage           TEXT NOT NULL CHECK (stage IN ('referred', 'documents', 'filed', 'registered',
                                                   'id_card', 'closed')),
    on_date         TEXT NOT NULL,   -- the stage's date
    note            TEXT,
    by_user         INTEGER REFERENCES users(id),
    actor           TEXT NOT NULL
);
CREATE INDEX registration_events_file ON registration_events(registration_id, at);
CREATE INDEX registration_events_person ON registration_events(person_id, stage);

-- The lists find the people found unregistered by status.
CREATE INDEX screenings_status_person ON screenings(status, person_id);
