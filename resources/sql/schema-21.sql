-- Schema 21: on PostgreSQL the server seals the audit chain when a transaction commits
-- (pg/schema-21.sql), so sixty stations saving at once no longer queue on the chain's head
-- for the rest of each other's transactions. SQLite lets one writer in at a time anyway: the
-- writer seals each record as it appends it (AuditLog::append), and nothing changes here.
SELECT 1;
