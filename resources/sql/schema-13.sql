-- Placeholder on branch pfif14 only, so that schema-15 (PFIF) runs before the branches merge:
-- the migrations run 1, 2, 3 ... up to the first missing number. At the merge take marks14's
-- schema-13.sql instead of this file.
SELECT 1;
