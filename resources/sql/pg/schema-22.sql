-- Schema 22 sets the size of SQLite's FTS5 in-memory term buffer (schema-22.sql). The
-- server's search uses pg_trgm GIN indexes on the tables, sized by maintenance_work_mem and
-- gin_pending_list_limit: nothing changes here.
SELECT 1;
