-- Schema 16: a visit's version, checked when it is corrected (issue 11, outcome 4). Two people
-- correcting the same visit at once (an officer and a supervisor, on one server): each
-- correction names the version it was made from and raises it by one; a correction made from an
-- older version is refused with the current one shown, so nothing is overwritten silently.
-- corrected_by / corrected_at say whose correction made the current version. Plain SQL both
-- engines run.
ALTER TABLE visits ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE visits ADD COLUMN corrected_by INTEGER REFERENCES users(id);
ALTER TABLE visits ADD COLUMN corrected_at TEXT;
