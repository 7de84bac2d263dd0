-- Homecoming schema version 1.
-- Kept to SQL that PostgreSQL also accepts where that costs nothing (see ARCHITECTURE.md);
-- the FTS5 table and its triggers are SQLite-only and isolated at the end.
-- Dates are ISO 8601 text: 'YYYY-MM-DD', times 'YYYY-MM-DDTHH:MM:SS' (local time).

CREATE TABLE sub_bureaus (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE stations (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    sub_bureau_id INTEGER REFERENCES sub_bureaus(id)
);

CREATE TABLE areas (
    id         INTEGER PRIMARY KEY,
    station_id INTEGER NOT NULL REFERENCES stations(id),
    name       TEXT NOT NULL,
    UNIQUE (station_id, name)
);

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    badge         TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    station_id    INTEGER REFERENCES stations(id),
    role          TEXT NOT NULL CHECK (role IN ('officer', 'supervisor', 'investigator', 'admin')),
    password_hash TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL
);
CREATE INDEX users_station ON users(station_id);

CREATE TABLE operations (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL UNIQUE,
    start_date        TEXT NOT NULL,
    end_date          TEXT NOT NULL,
    target_households INTEGER,
    all_stations      INTEGER NOT NULL DEFAULT 0,  -- 1: every station, present and future
    created_at        TEXT NOT NULL,
    CHECK (end_date >= start_date)
);

CREATE TABLE operation_stations (
    operation_id INTEGER NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
    station_id   INTEGER NOT NULL REFERENCES stations(id),
    PRIMARY KEY (operation_id, station_id)
);

CREATE TABLE households (
    id           INTEGER PRIMARY KEY,
    household_no TEXT NOT NULL UNIQUE,
    area_id      INTEGER NOT NULL REFERENCES areas(id),
    address      TEXT NOT NULL
);
CREATE INDEX households_area ON households(area_id, household_no);  -- a station's page in order

CREATE TABLE persons (
    id           INTEGER PRIMARY KEY,
    id_number    TEXT UNIQUE,
    name         TEXT NOT NULL,
    sex          TEXT CHECK (sex IN ('M', 'F')),
    birth_date   TEXT,
    birth_year   INTEGER,
    phone        TEXT,
    household_id INTEGER REFERENCES households(id),
    relation     TEXT,
    registered   INTEGER NOT NULL DEFAULT 1,  -- 0: found living here with no registration
    notes        TEXT
);
CREATE INDEX persons_household ON persons(household_id);
CREATE INDEX persons_name ON persons(name);  -- exact/prefix path for 1-2 character queries
-- Phone numbers are found through search_fts (any part of the number), so no index here.

CREATE TABLE visits (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    operation_id INTEGER NOT NULL REFERENCES operations(id),
    household_id INTEGER NOT NULL REFERENCES households(id),
    officer_id   INTEGER NOT NULL REFERENCES users(id),
    visited_at   TEXT NOT NULL,
    outcome      TEXT NOT NULL CHECK (outcome IN ('completed', 'no_answer', 'refused', 'vacant',
                                                  'demolished', 'address_not_found')),
    notes        TEXT,
    created_at   TEXT NOT NULL,
    UNIQUE (operation_id, household_id, officer_id, visited_at)
);
CREATE INDEX visits_household ON visits(household_id, visited_at);
CREATE INDEX visits_officer ON visits(officer_id, visited_at);
CREATE INDEX visits_operation_day ON visits(operation_id, visited_at);

CREATE TABLE screenings (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    -- NULL for a follow-up check away from the door (whereabouts verified by phone later).
    visit_id     INTEGER REFERENCES visits(id) ON DELETE CASCADE,
    officer_id   INTEGER REFERENCES users(id),            -- who checked, for follow-ups
    operation_id INTEGER NOT NULL REFERENCES operations(id), -- copied from the visit for fast figures
    person_id    INTEGER NOT NULL REFERENCES persons(id),
    screened_at  TEXT NOT NULL,                              -- copied from the visit
    status       TEXT NOT NULL CHECK (status IN ('present', 'away_verified', 'away_unverified',
                                                 'whereabouts_unknown', 'deceased', 'moved_out',
                                                 'unregistered_found')),
    whereabouts  TEXT,
    verified_by  TEXT CHECK (verified_by IS NULL OR verified_by IN ('phone', 'video', 'in_person',
                                                                     'third_party')),
    event_date   TEXT,   -- date of death, or of moving out, when known
    notes        TEXT,
    UNIQUE (visit_id, person_id)
);
CREATE INDEX screenings_person ON screenings(person_id, screened_at);
CREATE INDEX screenings_operation ON screenings(operation_id, status);

-- A supervisor hands a household that needs another knock to an officer.
CREATE TABLE revisit_assignments (
    operation_id INTEGER NOT NULL REFERENCES operations(id),
    household_id INTEGER NOT NULL REFERENCES households(id),
    officer_id   INTEGER NOT NULL REFERENCES users(id),
    assigned_by  TEXT NOT NULL,
    assigned_at  TEXT NOT NULL,
    PRIMARY KEY (operation_id, household_id)
);
CREATE INDEX revisit_assignments_officer ON revisit_assignments(officer_id);

CREATE TABLE cases (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    case_no           TEXT NOT NULL UNIQUE,
    operation_id      INTEGER REFERENCES operations(id),
    station_id        INTEGER REFERENCES stations(id),
    subject_person_id INTEGER REFERENCES persons(id),
    source            TEXT NOT NULL CHECK (source IN ('screening', 'public_report')),
    screening_id      INTEGER REFERENCES screenings(id),
    reporter_name     TEXT,
    reporter_phone    TEXT,
    status            TEXT NOT NULL DEFAULT 'open'
                      CHECK (status IN ('open', 'investigating', 'found_alive', 'rescued',
                                        'found_deceased', 'closed_other', 'duplicate')),
    risk_level        TEXT NOT NULL DEFAULT 'medium' CHECK (risk_level IN ('high', 'medium', 'low')),
    opened_at         TEXT NOT NULL,
    last_seen_date    TEXT,
    last_seen_place   TEXT,
    circumstances     TEXT,
    description       TEXT,     -- height, build, marks, clothing
    contacts          TEXT,
    outcome_date      TEXT,
    crime_kind        TEXT CHECK (crime_kind IS NULL OR crime_kind IN ('homicide', 'kidnapping',
                                                                        'trafficking', 'other')),
    family_reunited   INTEGER NOT NULL DEFAULT 0,
    duplicate_of      INTEGER REFERENCES cases(id),
    created_by        INTEGER REFERENCES users(id)
);
CREATE INDEX cases_operation ON cases(operation_id, status);
CREATE INDEX cases_subject ON cases(subject_person_id);

CREATE TABLE leads (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    at         TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('sighting', 'tip', 'call', 'search', 'action')),
    text       TEXT NOT NULL,
    source     TEXT,
    officer_id INTEGER REFERENCES users(id)
);
CREATE INDEX leads_case ON leads(case_id, at);

-- An edge between two entities. Entity keys: person/case/household by row id (as text),
-- phone/address/vehicle by their normalised value.
CREATE TABLE links (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    a_kind     TEXT NOT NULL CHECK (a_kind IN ('person', 'case', 'household', 'phone', 'address', 'vehicle')),
    a_key      TEXT NOT NULL,
    b_kind     TEXT NOT NULL CHECK (b_kind IN ('person', 'case', 'household', 'phone', 'address', 'vehicle')),
    b_key      TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('kin', 'same_phone', 'same_address', 'co_traveller',
                                             'suspect', 'witness', 'sighting', 'related_case',
                                             'same_person')),
    confidence REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    note       TEXT,
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL
);
CREATE INDEX links_a ON links(a_kind, a_key);
CREATE INDEX links_b ON links(b_kind, b_key);

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT,
    before    TEXT,   -- JSON
    after     TEXT    -- JSON
);
CREATE INDEX audit_entity ON audit_log(entity, entity_id);

-- Running figures per operation, kept in step by the triggers below so that `stats` reads a
-- few dozen rows instead of aggregating millions (measured in bench/). Keys: see StatsService.
CREATE TABLE op_counters (
    operation_id INTEGER NOT NULL,
    name         TEXT NOT NULL,
    value        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (operation_id, name)
);

-- One row per household visited in an operation.
CREATE TABLE household_progress (
    operation_id  INTEGER NOT NULL,
    household_id  INTEGER NOT NULL,
    visits        INTEGER NOT NULL,
    covered       INTEGER NOT NULL,
    last_visit_at TEXT NOT NULL,
    PRIMARY KEY (operation_id, household_id)
);

-- One row per person screened in an operation: the latest screening's status.
CREATE TABLE person_progress (
    operation_id   INTEGER NOT NULL,
    person_id      INTEGER NOT NULL,
    latest_at      TEXT NOT NULL,
    latest_id      INTEGER NOT NULL,
    status         TEXT NOT NULL,
    PRIMARY KEY (operation_id, person_id)
);

-- ---- Figures kept in step (SQLite triggers) -------------------------------------------
CREATE TRIGGER visits_ai AFTER INSERT ON visits BEGIN
    INSERT INTO op_counters(operation_id, name, value) VALUES (NEW.operation_id, 'visits', 1)
        ON CONFLICT(operation_id, name) DO UPDATE SET value = value + 1;
    INSERT INTO household_progress(operation_id, household_id, visits, covered, last_visit_at)
        VALUES (NEW.operation_id, NEW.household_id, 1,
                NEW.outcome IN ('completed', 'vacant', 'demolished'), NEW.visited_at)
        ON CONFLICT(operation_id, household_id) DO UPDATE SET
            visits = visits + 1,
            covered = max(covered, excluded.covered),
            last_visit_at = max(last_visit_at, excluded.last_visit_at);
END;

-- Corrections and deletions recompute the household's row from the visits left.
CREATE TRIGGER visits_ad AFTER DELETE ON visits BEGIN
    UPDATE op_counters SET value = value - 1 WHERE operation_id = OLD.operation_id AND name = 'visits';
    DELETE FROM household_progress WHERE operation_id = OLD.operation_id AND household_id = OLD.household_id;
    INSERT INTO household_progress(operation_id, household_id, visits, covered, last_visit_at)
        SELECT operation_id, household_id, count(*),
               max(outcome IN ('completed', 'vacant', 'demolished')), max(visited_at)
        FROM visits WHERE operation_id = OLD.operation_id AND household_id = OLD.household_id
        GROUP BY operation_id, household_id;
END;

CREATE TRIGGER visits_au AFTER UPDATE OF operation_id, household_id, visited_at, outcome ON visits BEGIN
    UPDATE op_counters SET value = value - 1 WHERE operation_id = OLD.operation_id AND name = 'visits';
    INSERT INTO op_counters(operation_id, name, value) VALUES (NEW.operation_id, 'visits', 1)
        ON CONFLICT(operation_id, name) DO UPDATE SET value = value + 1;
    DELETE FROM household_progress WHERE operation_id = OLD.operation_id AND household_id = OLD.household_id;
    INSERT INTO household_progress(operation_id, household_id, visits, covered, last_visit_at)
        SELECT operation_id, household_id, count(*),
               max(outcome IN ('completed', 'vacant', 'demolished')), max(visited_at)
        FROM visits WHERE operation_id = OLD.operation_id AND household_id = OLD.household_id
        GROUP BY operation_id, household_id;
    DELETE FROM household_progress WHERE operation_id = NEW.operation_id AND household_id = NEW.household_id;
    INSERT INTO household_progress(operation_id, household_id, visits, covered, last_visit_at)
        SELECT operation_id, household_id, count(*),
               max(outcome IN ('completed', 'vacant', 'demolished')), max(visited_at)
        FROM visits WHERE operation_id = NEW.operation_id AND household_id = NEW.household_id
        GROUP BY operation_id, household_id;
    UPDATE screenings SET operation_id = NEW.operation_id, screened_at = NEW.visited_at
        WHERE visit_id = NEW.id AND (operation_id <> NEW.operation_id OR screened_at <> NEW.visited_at);
END;

CREATE TRIGGER household_progress_ai AFTER INSERT ON household_progress BEGIN
    INSERT INTO op_counters(operation_id, name, value) VALUES (NEW.operation_id, 'households_visited', 1)
        ON CONFLICT(operation_id, name) DO UPDATE SET value = value + 1;
    INSERT INTO op_counters(operation_id, name, value) VALUES (NEW.operation_id, 'households_covered', NEW.covered)
        ON CONFLICT(operation_id, name) DO UPDATE SET value = value + excluded.value;
END;

CREATE TRIGGER household_progress_au AFTER UPDATE OF covered ON household_progress
WHEN NEW.covered <> OLD.covered BEGIN
    UPDATE op_counters SET value = value + NEW.covered - OLD.covered
        WHERE operation_id = NEW.operation_id AND name = 'households_covered';
END;

CREATE TRIGGER household_progress_ad AFTER DELETE ON household_progress BEGIN
    UPDATE op_counters SET value = value - 1
        WHERE operation_id = OLD.operation_id AND name = 'households_visited';
    UPDATE op_counters SET value = value - OLD.covered
        WHERE operation_id = OLD.operation_id AND name = 'households_covered';
END;

CREATE TRIGGER screenings_ai AFTER INSERT ON screenings BEGIN
    INSERT INTO op_counters(operation_id, name, value) VALUES (NEW.operation_id, 'person_checks', 1)
        ON CONFLICT(operation_id, name) DO UPDATE SET value = value + 1;
    INSERT INTO op_counters(operation_id, name, value) VALUES (NEW.operation_id, 'checks.' || NEW.status, 1)
        ON CONFLICT(operation_id, name) DO UPDATE SET value = value + 1;
    INSERT INTO op_counters(operation_id, name, value)
        SELECT NEW.operation_id, 'unregistered_found', 1
        WHERE NEW.status = 'unregistered_found'
          AND NOT EXISTS (SELECT 1 FROM screenings s WHERE s.person_id = NEW.person_id
                          AND s.operation_id = NEW.operation_id AND s.status = 'unregistered_found'
                          AND s.id <> NEW.id)
        ON CONFLICT(operation_id, name) DO UPDATE SET value = value + 1;
    INSERT INTO person_progress(operation_id, person_id, latest_at, latest_id, status)
        VALUES (NEW.operation_id, NEW.person_id, NEW.screened_at, NEW.id, NEW.status)
        ON CONFLICT(operation_id, person_id) DO UPDATE SET
            latest_at = excluded.latest_at, latest_id = excluded.latest_id, status = excluded.status
        WHERE excluded.latest_at > person_progress.latest_at
           OR (excluded.latest_at = person_progress.latest_at AND excluded.latest_id > person_progress.latest_id);
END;

CREATE TRIGGER screenings_ad AFTER DELETE ON screenings BEGIN
    UPDATE op_counters SET value = value - 1 WHERE operation_id = OLD.operation_id AND name = 'person_checks';
    UPDATE op_counters SET value = value - 1
        WHERE operation_id = OLD.operation_id AND name = 'checks.' || OLD.status;
    UPDATE op_counters SET value = value - 1
        WHERE operation_id = OLD.operation_id AND name = 'unregistered_found'
          AND OLD.status = 'unregistered_found'
          AND NOT EXISTS (SELECT 1 FROM screenings s WHERE s.person_id = OLD.person_id
                          AND s.operation_id = OLD.operation_id AND s.status = 'unregistered_found');
    DELETE FROM person_progress WHERE operation_id = OLD.operation_id AND person_id = OLD.person_id;
    INSERT INTO person_progress(operation_id, person_id, latest_at, latest_id, status)
        SELECT operation_id, person_id, screened_at, id, status FROM screenings
        WHERE operation_id = OLD.operation_id AND person_id = OLD.person_id
        ORDER BY screened_at DESC, id DESC LIMIT 1;
END;

-- An update is a deletion of the old row's effects followed by an insertion of the new.
CREATE TRIGGER screenings_au AFTER UPDATE OF operation_id, person_id, screened_at, status ON screenings BEGIN
    UPDATE op_counters SET value = value - 1 WHERE operation_id = OLD.operation_id AND name = 'person_checks';
    UPDATE op_counters SET value = value - 1
        WHERE operation_id = OLD.operation_id AND name = 'checks.' || OLD.status;
    UPDATE op_counters SET value = value - 1
        WHERE operation_id = OLD.operation_id AND name = 'unregistered_found'
          AND OLD.status = 'unregistered_found'
          AND NOT EXISTS (SELECT 1 FROM screenings s WHERE s.person_id = OLD.person_id
                          AND s.operation_id = OLD.operation_id AND s.status = 'unregistered_found');
    INSERT INTO op_counters(operation_id, name, value) VALUES (NEW.operation_id, 'person_checks', 1)
        ON CONFLICT(operation_id, name) DO UPDATE SET value = value + 1;
    INSERT INTO op_counters(operation_id, name, value) VALUES (NEW.operation_id, 'checks.' || NEW.status, 1)
        ON CONFLICT(operation_id, name) DO UPDATE SET value = value + 1;
    -- Not when this very row already counted the same person in the same operation.
    INSERT INTO op_counters(operation_id, name, value)
        SELECT NEW.operation_id, 'unregistered_found', 1
        WHERE NEW.status = 'unregistered_found'
          AND NOT (OLD.status = 'unregistered_found' AND OLD.operation_id = NEW.operation_id
                   AND OLD.person_id = NEW.person_id)
          AND NOT EXISTS (SELECT 1 FROM screenings s WHERE s.person_id = NEW.person_id
                          AND s.operation_id = NEW.operation_id AND s.status = 'unregistered_found'
                          AND s.id <> NEW.id)
        ON CONFLICT(operation_id, name) DO UPDATE SET value = value + 1;
    DELETE FROM person_progress WHERE operation_id = OLD.operation_id AND person_id = OLD.person_id;
    INSERT INTO person_progress(operation_id, person_id, latest_at, latest_id, status)
        SELECT operation_id, person_id, screened_at, id, status FROM screenings
        WHERE operation_id = OLD.operation_id AND person_id = OLD.person_id
        ORDER BY screened_at DESC, id DESC LIMIT 1;
    DELETE FROM person_progress WHERE operation_id = NEW.operation_id AND person_id = NEW.person_id;
    INSERT INTO person_progress(operation_id, person_id, latest_at, latest_id, status)
        SELECT operation_id, person_id, screened_at, id, status FROM screenings
        WHERE operation_id = NEW.operation_id AND person_id = NEW.person_id
        ORDER BY screened_at DESC, id DESC LIMIT 1;
END;

CREATE TRIGGER person_progress_ai AFTER INSERT ON person_progress BEGIN
    INSERT INTO op_counters(operation_id, name, value) VALUES (NEW.operation_id, 'persons_screened', 1)
        ON CONFLICT(operation_id, name) DO UPDATE SET value = value + 1;
    INSERT INTO op_counters(operation_id, name, value) VALUES (NEW.operation_id, 'latest.' || NEW.status, 1)
        ON CONFLICT(operation_id, name) DO UPDATE SET value = value + 1;
END;

CREATE TRIGGER person_progress_au AFTER UPDATE OF status ON person_progress
WHEN NEW.status <> OLD.status BEGIN
    UPDATE op_counters SET value = value - 1
        WHERE operation_id = OLD.operation_id AND name = 'latest.' || OLD.status;
    INSERT INTO op_counters(operation_id, name, value) VALUES (NEW.operation_id, 'latest.' || NEW.status, 1)
        ON CONFLICT(operation_id, name) DO UPDATE SET value = value + 1;
END;

CREATE TRIGGER person_progress_ad AFTER DELETE ON person_progress BEGIN
    UPDATE op_counters SET value = value - 1
        WHERE operation_id = OLD.operation_id AND name = 'persons_screened';
    UPDATE op_counters SET value = value - 1
        WHERE operation_id = OLD.operation_id AND name = 'latest.' || OLD.status;
END;

-- ---- Search (SQLite FTS5 trigram; 1-2 character queries use persons_name instead) -----
-- Columns: person name / ID number or household number / phone / household address.
-- Contentless: rowid 2*person.id for a person, 2*household.id+1 for a household.
CREATE VIRTUAL TABLE search_fts USING fts5(name, number, phone, address,
                                           content='', tokenize='trigram');

-- Bulk writers (imports, demo) insert one row here inside their transaction: people and
-- households with ids from these on are then indexed by one INSERT ... SELECT at the end
-- (SearchIndexDeferral), because FTS5 flushes its pending terms at every statement once it
-- takes part in a transaction, which made a row-by-row import 7x slower (measured).
CREATE TABLE fts_deferral (
    person_from    INTEGER NOT NULL,
    household_from INTEGER NOT NULL
);

CREATE TRIGGER persons_fts_ai AFTER INSERT ON persons
WHEN NOT EXISTS (SELECT 1 FROM fts_deferral WHERE NEW.id >= person_from) BEGIN
    INSERT INTO search_fts(rowid, name, number, phone, address)
        VALUES (2 * NEW.id, NEW.name, NEW.id_number, NEW.phone, NULL);
END;
CREATE TRIGGER persons_fts_ad AFTER DELETE ON persons
WHEN NOT EXISTS (SELECT 1 FROM fts_deferral WHERE OLD.id >= person_from) BEGIN
    INSERT INTO search_fts(search_fts, rowid, name, number, phone, address)
        VALUES ('delete', 2 * OLD.id, OLD.name, OLD.id_number, OLD.phone, NULL);
END;
CREATE TRIGGER persons_fts_au AFTER UPDATE OF name, id_number, phone ON persons
WHEN NOT EXISTS (SELECT 1 FROM fts_deferral WHERE OLD.id >= person_from) BEGIN
    INSERT INTO search_fts(search_fts, rowid, name, number, phone, address)
        VALUES ('delete', 2 * OLD.id, OLD.name, OLD.id_number, OLD.phone, NULL);
    INSERT INTO search_fts(rowid, name, number, phone, address)
        VALUES (2 * NEW.id, NEW.name, NEW.id_number, NEW.phone, NULL);
END;
CREATE TRIGGER households_fts_ai AFTER INSERT ON households
WHEN NOT EXISTS (SELECT 1 FROM fts_deferral WHERE NEW.id >= household_from) BEGIN
    INSERT INTO search_fts(rowid, name, number, phone, address)
        VALUES (2 * NEW.id + 1, NULL, NEW.household_no, NULL, NEW.address);
END;
CREATE TRIGGER households_fts_ad AFTER DELETE ON households
WHEN NOT EXISTS (SELECT 1 FROM fts_deferral WHERE OLD.id >= household_from) BEGIN
    INSERT INTO search_fts(search_fts, rowid, name, number, phone, address)
        VALUES ('delete', 2 * OLD.id + 1, NULL, OLD.household_no, NULL, OLD.address);
END;
CREATE TRIGGER households_fts_au AFTER UPDATE OF address, household_no ON households
WHEN NOT EXISTS (SELECT 1 FROM fts_deferral WHERE OLD.id >= household_from) BEGIN
    INSERT INTO search_fts(search_fts, rowid, name, number, phone, address)
        VALUES ('delete', 2 * OLD.id + 1, NULL, OLD.household_no, NULL, OLD.address);
    INSERT INTO search_fts(rowid, name, number, phone, address)
        VALUES (2 * NEW.id + 1, NULL, NEW.household_no, NULL, NEW.address);
END;
