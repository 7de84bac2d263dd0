#pragma once
// The SQL every import shares: while an import runs, its connection is set up for a bulk load
// and set back afterwards. The page cache is sized for the load (a registry of 2,000,000
// people does not fit the usual 64 MiB, and every page pushed out mid-transaction is written
// to the log and read back), and statement journals stay in memory (a statement that writes
// several rows keeps the pages it changes until it ends; spilled to a temporary file, that
// was 600,000 writes for the seed registry).

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QVariant>

namespace hc {

class ImportStore
{
public:
    explicit ImportStore(QSqlDatabase db) : m_db(std::move(db)) {}
    ~ImportStore() { restore(); }
    ImportStore(const ImportStore&) = delete;
    ImportStore& operator=(const ImportStore&) = delete;

    // A cache of about three times the file's size (what its rows take in the database),
    // between the usual 64 MiB and 192 MiB; SQLite takes the memory only as pages are used.
    // At scale 10 (2,000,000 people) a 2 GiB cache held 916 MiB at its peak and was no faster
    // than 192 MiB (55.5 s and 56.4 s; peak 532 MiB, most of it the index sorts in memory).
    Status setUpForLoad(qint64 fileBytes);
    // Inside the import's transaction, on a PostgreSQL server: the rows the import adds are not
    // in the table statistics until it commits, so a lookup planned on the statistics of a table
    // that held a few rows when the import began (the foreign key check of a person's household,
    // a household by number) scans the table with every row the import added, and the load
    // slows quadratically (a 200,000-row registry into a database holding a few households fell
    // below 500 rows a second). The transaction's planner takes the indexes instead.
    Status setUpTransaction();
    void restore();

private:
    QSqlDatabase m_db;
    QVariant m_cacheSize; // the settings before setUpForLoad()
    QVariant m_tempStore;
};

} // namespace hc
