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
    // between the usual 64 MiB and 2 GiB; SQLite takes the memory only as pages are used.
    Status setUpForLoad(qint64 fileBytes);
    void restore();

private:
    QSqlDatabase m_db;
    QVariant m_cacheSize; // the settings before setUpForLoad()
    QVariant m_tempStore;
};

} // namespace hc
