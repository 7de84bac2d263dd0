-- Placeholder on branch pfif14 only, so that schema-15 (PFIF) runs before the branches merge:
-- the migrations run 1, 2, 3 ... up to the first missing number. At the merge take photos14's
-- schema-14.sql instead of this file.
SELECT 1;
