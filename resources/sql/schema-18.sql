-- Schema 18: unregistered people ruled out for a case (issue 14, outcome 3). Plain SQL both
-- engines run.
--
-- People found living unregistered in the sweep are ranked as candidates for open cases beside the
-- found-person records (MissingFoundMatcher). An investigator who looked at one and said it is not
-- the missing person saves the pair here with a reason, as match_rule_outs (schema 5) does for a
-- found-person record, and the pair stays out of later rankings for that case. A merge of two
-- person records moves the rule-outs of the dropped one to the kept one (MergeStore).
CREATE TABLE unregistered_rule_outs (
    case_id      INTEGER NOT NULL REFERENCES cases(id),
    person_id    INTEGER NOT NULL REFERENCES persons(id),
    reason       TEXT NOT NULL,
    ruled_out_by INTEGER REFERENCES users(id),
    actor        TEXT NOT NULL,
    ruled_out_at TEXT NOT NULL,
    PRIMARY KEY (case_id, person_id)
);
CREATE INDEX unregistered_rule_outs_person ON unregistered_rule_outs(person_id);
