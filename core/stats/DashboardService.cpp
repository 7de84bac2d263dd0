#include "core/stats/DashboardService.h"

#include "core/operations/OperationService.h"
#include "core/storage/Database.h"
#include "core/storage/ScopedQuery.h"

#include <QSqlError>
#include <QSqlQuery>

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
    auto found = runScoped(
        m_db.sql(),
        QStringLiteral(
            "SELECT u.id, u.name || ' (' || u.badge || ')', coalesce(s.name, ''), count(*), "
            "count(DISTINCT CASE WHEN v.outcome IN ('completed', 'vacant', 'demolished') THEN v.household_id "
            "END), "
            "(SELECT count(*) FROM screenings sc JOIN visits v2 ON v2.id = sc.visit_id "
            " WHERE v2.officer_id = u.id AND v2.operation_id = :op), "
            "count(DISTINCT substr(v.visited_at, 1, 10)) "
            "FROM visits v JOIN users u ON u.id = v.officer_id LEFT JOIN stations s ON s.id = u.station_id "
            "WHERE v.operation_id = :op%1 GROUP BY u.id ORDER BY count(*) DESC, u.badge"),
        operationId, stationId, QStringLiteral("u.station_id"));
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    QList<OfficerRow> rows;
    while (q.next())
        rows << OfficerRow{q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(),
                           q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                           q.value(6).toInt()};
    return rows;
}

Result<QList<CoverageRow>> DashboardService::revisitBacklog(qint64 operationId, qint64 stationId) const
{
    auto found = runScoped(
        m_db.sql(),
        QStringLiteral("SELECT a.id, a.name, count(*), count(*), 0 FROM household_progress hp "
                       "JOIN households h ON h.id = hp.household_id JOIN areas a ON a.id = h.area_id "
                       "WHERE hp.operation_id = :op AND hp.covered = 0%1 "
                       "GROUP BY a.id ORDER BY count(*) DESC, a.name"),
        operationId, stationId);
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    QList<CoverageRow> rows;
    while (q.next())
        rows << CoverageRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                            q.value(3).toLongLong(), 0};
    return rows;
}

Result<QList<OverdueCase>> DashboardService::overdueCases(qint64 operationId, QDate today, int days) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT c.id, c.case_no, coalesce(p.name, ''), c.risk_level, "
        "coalesce((SELECT max(l.at) FROM leads l WHERE l.case_id = c.id), c.opened_at) AS last "
        "FROM cases c LEFT JOIN persons p ON p.id = c.subject_person_id "
        "WHERE c.operation_id = ? AND c.status IN ('open', 'investigating') AND substr(last, 1, 10) <= ? "
        "ORDER BY last, c.case_no"));
    q.addBindValue(operationId);
    q.addBindValue(today.addDays(-days).toString(Qt::ISODate));
    if (!q.exec())
        return storageError(q.lastError().text());
    QList<OverdueCase> rows;
    while (q.next()) {
        const QString last = q.value(4).toString();
        rows << OverdueCase{q.value(0).toLongLong(),
                            q.value(1).toString(),
                            q.value(2).toString(),
                            q.value(3).toString(),
                            last,
                            int(QDate::fromString(last.left(10), Qt::ISODate).daysTo(today))};
    }
    return rows;
}

} // namespace hc
