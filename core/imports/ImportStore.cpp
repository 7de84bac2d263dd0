#include "core/imports/ImportStore.h"

#include "core/storage/Sql.h"

#include <algorithm>

namespace hc {

Status ImportStore::setUpForLoad(qint64 fileBytes)
{
    // The page cache and temporary storage are SQLite's; a server keeps its own settings.
    if (m_db.driverName() != QLatin1String("QSQLITE"))
        return {};
    const auto cacheSize = sql::scalar(m_db, QStringLiteral("PRAGMA cache_size"));
    if (!cacheSize)
        return cacheSize.error();
    const auto tempStore = sql::scalar(m_db, QStringLiteral("PRAGMA temp_store"));
    if (!tempStore)
        return tempStore.error();
    constexpr qint64 kMiB = 1024 * 1024;
    const qint64 bytes = std::clamp(3 * fileBytes + 64 * kMiB, 64 * kMiB, 192 * kMiB);
    m_cacheSize = *cacheSize;
    m_tempStore = *tempStore;
    // A negative cache_size is in KiB; temp_store 2 is MEMORY.
    for (const QString& pragma : {QStringLiteral("PRAGMA cache_size = %1").arg(-bytes / 1024),
                                  QStringLiteral("PRAGMA temp_store = 2")})
        if (auto set = sql::execute(m_db, pragma); !set)
            return set.error();
    return {};
}

Status ImportStore::setUpTransaction()
{
    if (m_db.driverName() != QLatin1String("QPSQL"))
        return {};
    // Local to the transaction (SET LOCAL), which ends it, committed or rolled back. No JIT: each
    // block's INSERT ... SELECT is costed high enough to be compiled, and compiling them was 12%
    // of the server's time for the seed registry (perf), for statements that run once.
    const auto set = sql::execute(m_db, QStringLiteral("SELECT set_config('enable_seqscan', 'off', true), "
                                                       "set_config('jit', 'off', true)"));
    return set ? Status{} : set.error();
}

void ImportStore::restore()
{
    if (!m_cacheSize.isValid())
        return;
    // Best effort: a failure leaves this connection with more memory for its cache, no worse.
    (void)sql::execute(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize.toLongLong()));
    (void)sql::execute(m_db, QStringLiteral("PRAGMA temp_store = %1").arg(m_tempStore.toInt()));
    m_cacheSize = QVariant();
}

} // namespace hc
