-- Schema 23: the figures of `stats` and the dashboard read the checks of one operation by
-- status and then their person and time, and look up whether a person has a case. Both
-- indexes now carry those columns, so the figures read the index alone, not one table row
-- per check: at scale 10 (1.9 million checks) the registration figures went from 43 ms to
-- 10 ms and the people traced without a case from 45 ms to 25 ms, warm, in the sqlite3
-- shell. The index names stay; the prefixes they served before are unchanged.
DROP INDEX screenings_operation;
CREATE INDEX screenings_operation ON screenings(operation_id, status, person_id, screened_at);
DROP INDEX cases_subject;
CREATE INDEX cases_subject ON cases(subject_person_id, status);
-- The operation's cases by status and source, the people found with a case and the families
-- reunited read the case's status, source, subject, outcome date and station from this index,
-- not from the case (1,209 pages at scale 10 against 55 for the index before). It holds the
-- columns of cases_outcome (operation, outcome date), which goes: with both, SQLite chose
-- cases_outcome for the families reunited, bound parameters hiding that no date was asked,
-- and read every case row (25 ms of `stats`'s time; 7 ms with this index alone).
DROP INDEX cases_operation;
DROP INDEX cases_outcome;
CREATE INDEX cases_operation ON cases(operation_id, status, source, family_reunited, subject_person_id,
                                      outcome_date, station_id);
-- The calls counted per station and day, with their result.
DROP INDEX calls_station_time;
CREATE INDEX calls_station_time ON calls(station_id, called_at, result);
