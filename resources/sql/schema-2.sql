-- Homecoming schema version 2: the investigator's workflow.
-- Applied on open to a version-1 database in one transaction (see Database::open).

-- A case opened from a public report may concern somebody who is not in the registry, so the
-- subject's own details live on the case too (for a registered subject they are copied from
-- the person when the case is opened and may be corrected by the investigator).
ALTER TABLE cases ADD COLUMN subject_name TEXT;
ALTER TABLE cases ADD COLUMN subject_sex TEXT CHECK (subject_sex IS NULL OR subject_sex IN ('M', 'F'));
ALTER TABLE cases ADD COLUMN subject_birth_year INTEGER;
ALTER TABLE cases ADD COLUMN subject_height_cm INTEGER;
ALTER TABLE cases ADD COLUMN report_text TEXT;   -- what the caller reported (public reports)
ALTER TABLE cases ADD COLUMN updated_at TEXT;
CREATE INDEX cases_station ON cases(station_id, status);
CREATE INDEX cases_opened ON cases(opened_at);

-- Registered subjects of version-1 cases: copy their details once.
UPDATE cases SET
    subject_name = (SELECT name FROM persons WHERE persons.id = cases.subject_person_id),
    subject_sex = (SELECT sex FROM persons WHERE persons.id = cases.subject_person_id),
    subject_birth_year = (SELECT coalesce(birth_year, CAST(substr(birth_date, 1, 4) AS INTEGER))
                          FROM persons WHERE persons.id = cases.subject_person_id)
WHERE subject_person_id IS NOT NULL;

-- People found without identification: alive in a shelter or hospital, or remains.
CREATE TABLE found_persons (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    record_no      TEXT NOT NULL UNIQUE,            -- e.g. WM2026-00012
    circumstance   TEXT NOT NULL CHECK (circumstance IN ('shelter', 'hospital', 'remains', 'other')),
    station_id     INTEGER REFERENCES stations(id),
    sex            TEXT CHECK (sex IS NULL OR sex IN ('M', 'F')),
    age_min        INTEGER CHECK (age_min IS NULL OR age_min >= 0),
    age_max        INTEGER CHECK (age_max IS NULL OR age_max >= 0),
    height_cm      INTEGER CHECK (height_cm IS NULL OR (height_cm > 0 AND height_cm < 260)),
    name_given     TEXT,                            -- a name the person gave, when any
    marks          TEXT,                            -- scars, tattoos, clothing, belongings
    place_found    TEXT NOT NULL,
    found_date     TEXT NOT NULL,
    notes          TEXT,
    status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'identified', 'closed')),
    matched_case_id INTEGER REFERENCES cases(id),
    created_by     INTEGER REFERENCES users(id),
    created_at     TEXT NOT NULL,
    CHECK (age_min IS NULL OR age_max IS NULL OR age_min <= age_max)
);
CREATE INDEX found_persons_status ON found_persons(status, found_date);

-- Possible duplicate people the investigator looked at and said are different people.
CREATE TABLE person_match_dismissals (
    person_a     INTEGER NOT NULL,   -- the smaller id
    person_b     INTEGER NOT NULL,
    dismissed_by INTEGER REFERENCES users(id),
    dismissed_at TEXT NOT NULL,
    PRIMARY KEY (person_a, person_b),
    CHECK (person_a < person_b)
);

-- Cache of a name's phonetic key (ICU Han-Latin then Latin-ASCII, lower case, no spaces):
-- names repeat, and transliteration is the slow step of duplicate detection.
CREATE TABLE name_phonetic (
    name TEXT PRIMARY KEY,
    key  TEXT NOT NULL
);
