#include "core/cases/RecordNumberStore.h"

#include "core/cases/RecordNumbers.h"
#include "core/storage/Sql.h"

namespace hc {

Result<QString> nextRecordNumber(const QSqlDatabase& db, const QString& table, const QString& column,
                                 const QString& prefix)
{
    // table and column are the callers' constants, never user text.
    const auto next =
        sql::scalar(db,
                    QStringLiteral("SELECT coalesce(max(CAST(substr(%2, :start) AS INTEGER)), 0) "
                                   "+ 1 FROM %1 WHERE %2 LIKE :prefix || '%'")
                        .arg(table, column),
                    {{QStringLiteral(":start"), prefix.size() + 1}, {QStringLiteral(":prefix"), prefix}});
    if (!next)
        return next.error();
    return recordNumber(prefix, next->toLongLong());
}

} // namespace hc
