#include "core/imports/ImportStore.h"

#include "core/storage/Sql.h"

#include <algorithm>

namespace hc {

Status ImportStore::enlargeCache(qint64 fileBytes)
{
    const auto saved = sql::scalar(m_db, QStringLiteral("PRAGMA cache_size"));
    if (!saved)
        return saved.error();
    constexpr qint64 kMiB = 1024 * 1024;
    const qint64 bytes = std::clamp(3 * fileBytes + 64 * kMiB, 64 * kMiB, 2048 * kMiB);
    // A negative cache_size is in KiB.
    if (auto set = sql::execute(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(-bytes / 1024)); !set)
        return set.error();
    m_saved = *saved;
    return {};
}

void ImportStore::restoreCache()
{
    if (!m_saved.isValid())
        return;
    // Best effort: a failure leaves a larger cache on this connection, nothing worse.
    (void)sql::execute(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_saved.toLongLong()));
    m_saved = QVariant();
}

} // namespace hc
