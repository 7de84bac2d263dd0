-- Schema 11: crimes and reunions are counted from their records only (issue 13, outcomes 2 and
-- 3). Before schema 9 the case form recorded a crime kind (cases.crime_kind) and "family
-- reunited" (cases.family_reunited) on the case itself, and the figures counted those cases
-- as crimes and families when no record named them. The form no longer has these fields and
-- the figures no longer count them, so each such case becomes records here:
--  - a case with a crime kind that is the victim of no crime: one solved crime of that kind,
--    dated by the case's outcome, at the case's station, the case its one victim;
--  - a case marked reunited without a reunion: a reunion of the subject's household (else the
--    case), dated by the outcome (else the opening), how "in person" (the form did not say).
-- Duplicates counted nothing before and are left out. The case columns keep their values as a
-- record of what the form said. Plain SQL both engines run.

INSERT INTO crimes(operation_id, station_id, kind, crime_date, criminal_case_no, solved, note, created_by,
                   created_at)
SELECT c.operation_id, c.station_id, c.crime_kind, substr(c.outcome_date, 1, 10), NULL, 1,
       'Recorded on case ' || c.case_no || ' before crime records', NULL,
       coalesce(c.outcome_date, c.opened_at)
FROM cases c
WHERE c.crime_kind IS NOT NULL AND c.status <> 'duplicate'
  AND NOT EXISTS (SELECT 1 FROM crime_victims v WHERE v.case_id = c.id);

INSERT INTO crime_victims(crime_id, case_id)
SELECT k.id, c.id
FROM crimes k JOIN cases c ON k.note = 'Recorded on case ' || c.case_no || ' before crime records'
WHERE k.created_by IS NULL AND c.crime_kind IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM crime_victims v WHERE v.crime_id = k.id);

INSERT INTO reunions(case_id, family_key, reunited_on, how, note, created_by, created_at)
SELECT c.id,
       CASE WHEN p.household_id IS NULL THEN 'case:' || c.id ELSE 'household:' || p.household_id END,
       coalesce(substr(c.outcome_date, 1, 10), substr(c.opened_at, 1, 10)), 'in_person',
       'Recorded on the case form before reunion records; how was not recorded', NULL,
       coalesce(c.outcome_date, c.opened_at)
FROM cases c LEFT JOIN persons p ON p.id = c.subject_person_id
WHERE c.family_reunited = 1 AND c.status <> 'duplicate'
  AND NOT EXISTS (SELECT 1 FROM reunions r WHERE r.case_id = c.id);
