#include "core/storage/SearchIndexDeferral.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hc {

Status SearchIndexDeferral::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM fts_deferral")) ||
        !q.exec(QStringLiteral("INSERT INTO fts_deferral(person_from, household_from) "
                               "SELECT (SELECT coalesce(max(id), 0) + 1 FROM persons), "
                               "(SELECT coalesce(max(id), 0) + 1 FROM households)")))
        return storageError(q.lastError().text());
    m_active = true;
    return {};
}

Status SearchIndexDeferral::finish()
{
    if (!m_active)
        return {};
    QSqlQuery q(m_db);
    // PostgreSQL's trigram indexes are on the tables themselves: nothing was deferred.
    if (m_db.driverName() == QLatin1String("QPSQL")) {
        if (!q.exec(QStringLiteral("DELETE FROM fts_deferral")))
            return storageError(q.lastError().text());
        m_active = false;
        return {};
    }
    if (!q.exec(QStringLiteral("INSERT INTO search_fts(rowid, name, number, phone, address) "
                               "SELECT 2 * id, name, id_number, phone, NULL FROM persons "
                               "WHERE id >= (SELECT person_from FROM fts_deferral)")) ||
        !q.exec(QStringLiteral("INSERT INTO search_fts(rowid, name, number, phone, address) "
                               "SELECT 2 * id + 1, NULL, household_no, NULL, address FROM households "
                               "WHERE id >= (SELECT household_from FROM fts_deferral)")) ||
        !q.exec(QStringLiteral("DELETE FROM fts_deferral")))
        return storageError(q.lastError().text());
    m_active = false;
    return {};
}

} // namespace hc
