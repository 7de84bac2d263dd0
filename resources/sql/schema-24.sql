-- Schema 24 lets the server's first registry load build the secondary indexes of households and
-- persons once, after the rows, whoever runs it (pg/schema-24.sql). On SQLite the importing
-- connection drops and makes them itself (RegistryImportStore::deferIndexes), and its counting
-- triggers stay per row: nothing changes.
SELECT 1;
