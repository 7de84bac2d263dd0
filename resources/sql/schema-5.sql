-- Schema 5 is another branch's migration. On branch cliuser this file only holds the number
-- so that schema-6.sql loads (migrations are read 1, 2, 3 ... until one is missing); the merge
-- replaces it with the real schema 5.
SELECT 1;
