-- Schema 9: crimes and family reunions as the bureau counts them (issue 13, outcomes 2 and 3).
--
-- A crime (刑事案件) is one criminal case: its kind, date, the criminal case number, whether it
-- is solved. It may have several victims (missing-person cases, crime_victims) and suspects
-- (link-graph entities: a person, phone, vehicle, address, household or case, crime_suspects).
-- "破获命案2起" counts crimes, not victims. A case whose outcome names a crime kind
-- (cases.crime_kind) but that is the victim of no crime record still counts as one crime of
-- that kind with one victim, as it did before this schema.
--
-- A reunion (家庭团圆) records how a person found alive or rescued went home: the date, how
-- (in person, by video, at the station) and the family's key ("household:<id>" for the
-- subject's household, or a key the reunion names, e.g. a kin group). Families reunited count
-- distinct family keys, so two siblings returning to one family count once.
CREATE TABLE crimes (
    id               INTEGER PRIMARY KEY,
    operation_id     INTEGER REFERENCES operations(id),
    station_id       INTEGER REFERENCES stations(id),
    kind             TEXT NOT NULL CHECK (kind IN ('homicide', 'kidnapping', 'trafficking', 'other')),
    crime_date       TEXT,
    criminal_case_no TEXT,
    solved           INTEGER NOT NULL DEFAULT 0 CHECK (solved IN (0, 1)),
    note             TEXT,
    created_by       INTEGER REFERENCES users(id),
    created_at       TEXT NOT NULL
);
CREATE INDEX crimes_operation ON crimes(operation_id, kind);
CREATE INDEX crimes_station ON crimes(station_id, kind);

CREATE TABLE crime_victims (
    crime_id INTEGER NOT NULL REFERENCES crimes(id) ON DELETE CASCADE,
    case_id  INTEGER NOT NULL REFERENCES cases(id),
    PRIMARY KEY (crime_id, case_id)
);
CREATE INDEX crime_victims_case ON crime_victims(case_id);

CREATE TABLE crime_suspects (
    crime_id    INTEGER NOT NULL REFERENCES crimes(id) ON DELETE CASCADE,
    entity_kind TEXT NOT NULL CHECK (entity_kind IN ('person', 'case', 'household', 'phone', 'address',
                                                     'vehicle')),
    entity_key  TEXT NOT NULL,
    note        TEXT,
    PRIMARY KEY (crime_id, entity_kind, entity_key)
);

CREATE TABLE reunions (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL UNIQUE REFERENCES cases(id),
    family_key   TEXT NOT NULL,
    reunited_on  TEXT NOT NULL,
    how          TEXT NOT NULL CHECK (how IN ('in_person', 'video', 'station')),
    note         TEXT,
    created_by   INTEGER REFERENCES users(id),
    created_at   TEXT NOT NULL
);
CREATE INDEX reunions_family ON reunions(family_key);
