#include "core/stats/DashboardService.h"

#include "core/stats/DashboardStore.h"
#include "core/storage/Database.h"

namespace hc {

DashboardService::DashboardService(Database& db) : m_db(db) {}

// Both from the counters of schema 3 (DashboardRefresh.cpp).
Result<QList<CoverageRow>> DashboardService::coverage(qint64 operationId, qint64 stationId) const
{
    DashboardFilter f;
    f.operationId = operationId;
    f.stationId = stationId;
    return coverage(f);
}

Result<QList<DayRow>> DashboardService::days(qint64 operationId) const
{
    DashboardFilter f;
    f.operationId = operationId;
    return days(f);
}

Result<QList<OfficerRow>> DashboardService::officers(qint64 operationId, qint64 stationId) const
{
    return DashboardStore(m_db.sql()).officers(sql::OperationScope{operationId, stationId});
}

Result<QList<CoverageRow>> DashboardService::revisitBacklog(qint64 operationId, qint64 stationId) const
{
    return DashboardStore(m_db.sql()).revisitBacklog(sql::OperationScope{operationId, stationId});
}

Result<QList<OverdueCase>> DashboardService::overdueCases(qint64 operationId, QDate today, int days) const
{
    auto rows = DashboardStore(m_db.sql()).overdueCases(operationId, today.addDays(-days));
    if (!rows)
        return rows;
    for (OverdueCase& c : rows.value())
        c.daysSilent = int(QDate::fromString(c.lastActivity.left(10), Qt::ISODate).daysTo(today));
    return rows;
}

QList<Place> DashboardService::subBureaus() const
{
    auto rows = DashboardStore(m_db.sql()).subBureaus();
    return rows ? std::move(rows).value() : QList<Place>();
}

QList<Place> DashboardService::stations(qint64 subBureauId) const
{
    auto rows = DashboardStore(m_db.sql()).stations(subBureauId);
    return rows ? std::move(rows).value() : QList<Place>();
}

} // namespace hc
