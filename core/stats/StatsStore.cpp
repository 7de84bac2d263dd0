#include "core/stats/StatsStore.h"

#include "core/storage/Sql.h"

namespace hc {

namespace {
// The screenings of an operation: from the visit where there is one (this checks the copies
// the triggers keep in the screenings), from the screening itself for a follow-up check
// without a visit.
const QString kScreenings = QStringLiteral(
    "(SELECT s.id, s.person_id, s.status, coalesce(v.operation_id, s.operation_id) AS op, "
    "coalesce(v.visited_at, s.screened_at) AS at FROM screenings s LEFT JOIN visits v ON v.id = s.visit_id) "
    "screened"); // PostgreSQL wants every subquery in FROM named
} // namespace

// Two columns, a key and a count, for the operation :op.
Result<QMap<QString, qint64>> StatsStore::grouped(const QString& statement, qint64 operationId) const
{
    auto found = sql::query(m_db, statement, {{QStringLiteral(":op"), operationId}});
    if (!found)
        return found.error();
    QMap<QString, qint64> out;
    while (found.value().next())
        out.insert(found.value().value(0).toString(), found.value().value(1).toLongLong());
    return out;
}

Result<qint64> StatsStore::count(const QString& statement, qint64 operationId) const
{
    auto n = sql::scalar(m_db, statement, {{QStringLiteral(":op"), operationId}});
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<std::optional<bool>> StatsStore::allStations(qint64 operationId) const
{
    auto all = sql::scalar(m_db, QStringLiteral("SELECT all_stations FROM operations WHERE id = :op"),
                           {{QStringLiteral(":op"), operationId}});
    if (!all)
        return all.error();
    return all->isValid() ? std::optional<bool>(all->toBool()) : std::optional<bool>();
}

Result<QList<CaseStatusCount>> StatsStore::casesByStatus(qint64 operationId) const
{
    auto found = sql::query(m_db,
                            QStringLiteral("SELECT status, count(*), sum(family_reunited) FROM cases "
                                           "WHERE operation_id = :op GROUP BY status"),
                            {{QStringLiteral(":op"), operationId}});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    QList<CaseStatusCount> rows;
    while (q.next())
        rows << CaseStatusCount{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()};
    return rows;
}

Result<QMap<QString, qint64>> StatsStore::casesBySource(qint64 operationId) const
{
    return grouped(
        QStringLiteral("SELECT source, count(*) FROM cases WHERE operation_id = :op GROUP BY source"),
        operationId);
}

Result<QMap<QString, qint64>> StatsStore::counters(qint64 operationId) const
{
    // Rows per station (schema 17): a figure is the sum of its name's rows.
    return grouped(
        QStringLiteral("SELECT name, sum(value) FROM op_counters WHERE operation_id = :op GROUP BY name"),
        operationId);
}

Result<RecountedFigures> StatsStore::recount(qint64 operationId) const
{
    RecountedFigures r;
    const QList<QPair<qint64*, QString>> counts = {
        {&r.visits, QStringLiteral("SELECT count(*) FROM visits WHERE operation_id = :op")},
        {&r.householdsVisited,
         QStringLiteral("SELECT count(DISTINCT household_id) FROM visits WHERE operation_id = :op")},
        {&r.householdsCovered,
         QStringLiteral("SELECT count(DISTINCT household_id) FROM visits WHERE operation_id = :op "
                        "AND outcome IN ('completed', 'vacant', 'demolished')")},
        {&r.personChecks, QStringLiteral("SELECT count(*) FROM %1 WHERE op = :op").arg(kScreenings)},
        {&r.personsScreened,
         QStringLiteral("SELECT count(DISTINCT person_id) FROM %1 WHERE op = :op").arg(kScreenings)},
        {&r.unregisteredFound, QStringLiteral("SELECT count(DISTINCT person_id) FROM %1 WHERE op = :op "
                                              "AND status = 'unregistered_found'")
                                   .arg(kScreenings)},
    };
    for (const auto& [figure, statement] : counts) {
        const auto n = count(statement, operationId);
        if (!n)
            return n.error();
        *figure = *n;
    }
    auto checks = grouped(
        QStringLiteral("SELECT status, count(*) FROM %1 WHERE op = :op GROUP BY status").arg(kScreenings),
        operationId);
    if (!checks)
        return checks.error();
    r.checksByStatus = std::move(checks).value();
    // Latest screening per person: the latest time, ties broken by the screening's id.
    auto latest = grouped(
        QStringLiteral(
            "SELECT status, count(*) FROM ("
            "  SELECT status, row_number() OVER (PARTITION BY person_id ORDER BY at DESC, id DESC) AS rn"
            "  FROM %1 WHERE op = :op"
            ") latest WHERE rn = 1 GROUP BY status")
            .arg(kScreenings),
        operationId);
    if (!latest)
        return latest.error();
    r.personsByLatestStatus = std::move(latest).value();
    return r;
}

} // namespace hc
