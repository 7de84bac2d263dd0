-- Schema 7 is the registration follow-up's (issue 13, outcome 1), merged from its own branch.
-- This file only holds the number on the crimes branch, so that schema 8 loads there; the
-- merge replaces it with the real script.
SELECT 1;
