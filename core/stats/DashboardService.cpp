#include "core/stats/DashboardService.h"

#include "core/auth/Scope.h"
#include "core/operations/OperationService.h"
#include "core/stats/DashboardStore.h"
#include "core/storage/Database.h"

namespace hc {

DashboardService::DashboardService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

Result<DashboardFilter> DashboardService::scoped(const DashboardFilter& f) const
{
    const auto station = Scope::narrow(m_actor, f.stationId, tr("see the dashboard of another station"));
    if (!station)
        return refused(m_db.sql(), m_actor, QStringLiteral("station"), QString::number(f.stationId),
                       station.error());
    DashboardFilter n = f;
    n.stationId = *station;
    // Dates that reach past the operation's are no limit on that side, so that a range over the
    // whole operation counts what the whole operation counts (an outcome recorded after the
    // last day included).
    if (n.hasDates()) {
        const auto op = OperationService(m_db, m_actor).find(n.operationId);
        if (!op)
            return op.error();
        if (n.from.isValid() && n.from <= op->start)
            n.from = QDate();
        if (n.to.isValid() && n.to >= op->end)
            n.to = QDate();
    }
    return n;
}

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
    const auto f = scoped(DashboardFilter{operationId, 0, stationId, 0, {}, {}});
    if (!f)
        return f.error();
    return DashboardStore(m_db.sql()).officers(sql::OperationScope{operationId, f->stationId});
}

Result<QList<CoverageRow>> DashboardService::revisitBacklog(qint64 operationId, qint64 stationId) const
{
    const auto f = scoped(DashboardFilter{operationId, 0, stationId, 0, {}, {}});
    if (!f)
        return f.error();
    return DashboardStore(m_db.sql()).revisitBacklog(sql::OperationScope{operationId, f->stationId});
}

Result<QList<OverdueCase>> DashboardService::overdueCases(qint64 operationId, QDate today, int days) const
{
    const auto f = scoped(DashboardFilter{operationId, 0, 0, 0, {}, {}});
    if (!f)
        return f.error();
    return overdue(*f, today, days);
}

// The overdue cases within the filter's places (an officer's: their station's).
Result<QList<OverdueCase>> DashboardService::overdue(const DashboardFilter& f, QDate today, int days) const
{
    const DashboardStore store(m_db.sql());
    auto rows = store.overdueCases(f.operationId, today.addDays(-days));
    if (!rows)
        return rows;
    std::optional<QSet<qint64>> keep;
    if (f.hasPlace()) {
        auto ids = store.caseIds(f);
        if (!ids)
            return ids.error();
        keep = std::move(ids).value();
    }
    QList<OverdueCase> kept;
    for (OverdueCase& c : rows.value()) {
        c.daysSilent = int(QDate::fromString(c.lastActivity.left(10), Qt::ISODate).daysTo(today));
        if (!keep || keep->contains(c.id))
            kept << c;
    }
    return kept;
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
