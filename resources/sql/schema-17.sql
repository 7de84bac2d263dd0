-- STAND-IN for schema 17 (branch inv14 only): schema 17 belongs to the bench11 branch (counters
-- per station). Migrations must be contiguous, so this branch carries this empty step to reach its
-- own schema 18. When merging, take bench11's schema-17.sql (and pg/schema-17.sql) instead of this.
SELECT 1;
