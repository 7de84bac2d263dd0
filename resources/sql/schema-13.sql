-- Schema 13: identifying marks as data (issue 14, outcome 4). Scars, moles, tattoos,
-- birthmarks, missing teeth or limbs, each at a body location from a fixed list with a free
-- description, on a case's missing person or on a found-person record; missing-vs-found
-- matching scores the same kind at the same location.
--
-- The owner is one of two foreign keys, exactly one set (the CHECK): the engine keeps each
-- mark tied to a row that exists, each side has its own index, and the server's row-level
-- policy reaches the case's station through case_id (an "owner kind + id" pair could have
-- neither a foreign key nor that policy). Plain SQL both engines run.
CREATE TABLE identifying_marks (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER REFERENCES cases(id),
    found_person_id INTEGER REFERENCES found_persons(id),
    kind            TEXT NOT NULL CHECK (kind IN ('scar', 'mole', 'tattoo', 'birthmark',
                                                  'missing_teeth', 'missing_limb', 'other')),
    location        TEXT NOT NULL CHECK (location IN ('head', 'face', 'neck', 'chest', 'back',
                                                      'abdomen', 'left_arm', 'right_arm',
                                                      'left_hand', 'right_hand', 'left_leg',
                                                      'right_leg', 'left_foot', 'right_foot',
                                                      'other')),
    description     TEXT NOT NULL DEFAULT '',
    CHECK ((case_id IS NULL) <> (found_person_id IS NULL))
);
CREATE INDEX identifying_marks_case ON identifying_marks(case_id);
CREATE INDEX identifying_marks_found ON identifying_marks(found_person_id);
