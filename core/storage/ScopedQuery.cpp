#include "core/storage/ScopedQuery.h"

#include <QSqlError>

namespace hc {

Result<QSqlQuery> runScoped(const QSqlDatabase& db, const QString& sql, qint64 operationId, qint64 stationId,
                            const QString& stationColumn, const QList<QPair<QString, QVariant>>& extra)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString condition = stationId ? QStringLiteral(" AND %1 = :station").arg(stationColumn) : QString();
    if (!q.prepare(sql.arg(condition)))
        return storageError(q.lastError().text());
    q.bindValue(QStringLiteral(":op"), operationId);
    if (stationId)
        q.bindValue(QStringLiteral(":station"), stationId);
    for (const auto& [name, value] : extra)
        q.bindValue(name, value);
    if (!q.exec())
        return storageError(q.lastError().text());
    return q;
}

} // namespace hc
