#pragma once
// Numbers of the registers that run per year (cases SZ<year>-NNNNN, found persons
// WM<year>-NNNNN): the next free number with a prefix, read inside the caller's transaction.

#include "core/common/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace hc {

inline Result<QString> nextRecordNumber(QSqlDatabase& db, const QString& table, const QString& column,
                                        const QString& prefix)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT coalesce(max(CAST(substr(%2, ?) AS INTEGER)), 0) + 1 FROM %1 "
                             "WHERE %2 LIKE ? || '%'")
                  .arg(table, column));
    q.addBindValue(prefix.size() + 1);
    q.addBindValue(prefix);
    if (!q.exec() || !q.next())
        return storageError(q.lastError().text());
    return prefix + QStringLiteral("%1").arg(q.value(0).toLongLong(), 5, 10, QLatin1Char('0'));
}

// Times are stored as wall-clock ISO text without a zone (schema-1.sql).
inline QString wallText(const QDateTime& t)
{
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

} // namespace hc
