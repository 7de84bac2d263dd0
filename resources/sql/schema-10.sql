-- Schema 10: the hotline and officers' published phones (issue 13, outcome 5).
--
-- Every call taken on the public hotline (96110) or on an officer's published phone is logged
-- with its result, whether or not it opens a case: `case` (a missing-person case opened from the
-- call, case_id), `lead` (added as a lead to case case_id, lead_id), `info` (information only)
-- or `none` (no action, with the reason). A call belongs to the station that took it and counts
-- by its date (called_at), not by an operation: figures count the calls of their stations on
-- the dates they span, also outside an operation's dates.
CREATE TABLE calls (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    station_id      INTEGER NOT NULL REFERENCES stations(id),
    called_at       TEXT NOT NULL,
    caller_name     TEXT,
    caller_phone    TEXT NOT NULL,
    line            TEXT NOT NULL CHECK (line IN ('hotline', 'officer')),
    line_officer_id INTEGER REFERENCES users(id),
    report_text     TEXT NOT NULL,
    result          TEXT NOT NULL CHECK (result IN ('case', 'lead', 'info', 'none')),
    case_id         INTEGER REFERENCES cases(id),
    lead_id         INTEGER REFERENCES leads(id),
    reason          TEXT,
    logged_by       INTEGER REFERENCES users(id),
    logged_at       TEXT NOT NULL,
    CHECK ((line = 'officer') = (line_officer_id IS NOT NULL)),
    CHECK ((result IN ('case', 'lead')) = (case_id IS NOT NULL)),
    CHECK (result <> 'none' OR reason IS NOT NULL)
);
CREATE INDEX calls_station_time ON calls(station_id, called_at);
CREATE INDEX calls_time ON calls(called_at);
CREATE INDEX calls_case ON calls(case_id);
