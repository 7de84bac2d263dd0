-- Homecoming schema version 5: who works each case, the actions raised on it, and the
-- matches between missing and found people that were ruled out (issue 14).

-- The officer in charge of a case (assigned and reassigned by a supervisor).
ALTER TABLE cases ADD COLUMN officer_in_charge INTEGER REFERENCES users(id);
CREATE INDEX cases_officer ON cases(officer_in_charge, status);

-- An action raised on a case (what to do, for whom, by when), as in a major-incident enquiry:
-- allocated to an officer, who returns it with a result; a supervisor signs it off or sends
-- it back with a reason, and the officer returns it again. The station is the case's when the
-- action is raised (a station's rows keep its id).
CREATE TABLE actions (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    case_id        INTEGER NOT NULL REFERENCES cases(id),
    station_id     INTEGER REFERENCES stations(id),
    lead_id        INTEGER REFERENCES leads(id),     -- the lead it was raised from, if any
    what           TEXT NOT NULL,
    allocated_to   INTEGER NOT NULL REFERENCES users(id),
    due_date       TEXT NOT NULL,
    priority       TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('high', 'normal', 'low')),
    status         TEXT NOT NULL DEFAULT 'allocated'
                   CHECK (status IN ('allocated', 'returned', 'sent_back', 'signed_off')),
    result         TEXT,                              -- the latest result returned
    sent_back_reason TEXT,                            -- the latest reason for sending it back
    raised_by      INTEGER REFERENCES users(id),
    raised_at      TEXT NOT NULL,
    returned_at    TEXT,
    signed_off_by  INTEGER REFERENCES users(id),
    signed_off_at  TEXT,
    updated_at     TEXT NOT NULL
);
CREATE INDEX actions_case ON actions(case_id, raised_at);
CREATE INDEX actions_allocated ON actions(allocated_to, status);
CREATE INDEX actions_station ON actions(station_id, status, due_date);

-- Each step of an action, for the case timeline (the audit log holds the same, chained).
CREATE TABLE action_events (
    id        INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES actions(id),
    case_id   INTEGER NOT NULL REFERENCES cases(id),
    at        TEXT NOT NULL,
    event     TEXT NOT NULL CHECK (event IN ('raised', 'returned', 'sent_back', 'signed_off')),
    note      TEXT,
    by_user   INTEGER REFERENCES users(id),
    actor     TEXT NOT NULL
);
CREATE INDEX action_events_case ON action_events(case_id, at);

-- A missing person and a found person the investigator looked at and said are not the same:
-- the pair stays out of later rankings.
CREATE TABLE match_rule_outs (
    case_id         INTEGER NOT NULL REFERENCES cases(id),
    found_person_id INTEGER NOT NULL REFERENCES found_persons(id),
    reason          TEXT NOT NULL,
    ruled_out_by    INTEGER REFERENCES users(id),
    actor           TEXT NOT NULL,
    ruled_out_at    TEXT NOT NULL,
    PRIMARY KEY (case_id, found_person_id)
);
CREATE INDEX match_rule_outs_found ON match_rule_outs(found_person_id);
