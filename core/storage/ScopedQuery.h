#pragma once
// Runs a query over one operation, optionally narrowed to one station: the shape shared by
// the follow-up lists and the dashboard series. The SQL names the operation :op and holds %1
// where the station condition goes (" AND <stationColumn> = :station", or nothing).

#include "core/common/Result.h"

#include <QList>
#include <QPair>
#include <QSqlQuery>
#include <QVariant>

namespace hc {

Result<QSqlQuery> runScoped(const QSqlDatabase& db, const QString& sql, qint64 operationId, qint64 stationId,
                            const QString& stationColumn = QStringLiteral("a.station_id"),
                            const QList<QPair<QString, QVariant>>& extra = {});

} // namespace hc
