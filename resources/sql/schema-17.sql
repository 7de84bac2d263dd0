-- Schema 17: the running figures of an operation (op_counters) kept in rows per station
-- (issue 11, outcome 4), read as the sum of a name's rows (StatsStore::counters).
-- On a server every station's visit save used to update the same few rows (operation, name),
-- so sixty stations saving at once queued on them; PostgreSQL's variant (pg/schema-17.sql)
-- makes the key (operation, station, name) and its triggers count in the row of the station
-- whose household or person it is. SQLite has one writer at a time anyway: its triggers keep
-- counting in one row per name, station 0, so the table has the same columns and the same
-- read on both engines. The rows already there are station 0 on both.
ALTER TABLE op_counters ADD COLUMN station_id INTEGER NOT NULL DEFAULT 0;
