#pragma once
// The SQL every import shares: while an import runs, its connection's page cache is sized for
// the load (a registry of 2,000,000 people no longer fits the default 64 MiB, and every page
// pushed out mid-transaction is written to the log and read back), then set back.

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QVariant>

namespace hc {

class ImportStore
{
public:
    explicit ImportStore(QSqlDatabase db) : m_db(std::move(db)) {}
    ~ImportStore() { restoreCache(); }
    ImportStore(const ImportStore&) = delete;
    ImportStore& operator=(const ImportStore&) = delete;

    // About three times the file's size (what the rows take in the database), between the
    // usual 64 MiB and 2 GiB. SQLite takes the memory only as pages are used.
    Status enlargeCache(qint64 fileBytes);
    void restoreCache();

private:
    QSqlDatabase m_db;
    QVariant m_saved; // the cache_size before enlargeCache()
};

} // namespace hc
