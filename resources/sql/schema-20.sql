-- Schema 20: the two facts of the risk rule a case could not record (issue 16, outcome 6).
-- DOMAIN.md "Case life cycle": a child (under 14), an elderly person (over 70), a recorded mental
-- illness or a suspected crime makes a case high risk. The birth year and the date last seen were
-- on record; these two columns are the others, set on the case form (and by a public report) and
-- read by CaseRisk when the case opens or its details change. The same SQL on both engines.
ALTER TABLE cases ADD COLUMN mental_illness INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN suspected_crime INTEGER NOT NULL DEFAULT 0;
