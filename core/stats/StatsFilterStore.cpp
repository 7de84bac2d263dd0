// StatsStore's figures within a dashboard filter, recounted from the visits, screenings and
// cases themselves: the reference the dashboard's counters are checked against.
#include "core/stats/FilterStore.h"
#include "core/stats/StatsStore.h"

namespace hc {

namespace {
// The operation's screenings with the area they count for and their times.
const QString kScreenings = QStringLiteral(
    "(SELECT s.id, s.person_id, s.status, coalesce(v.visited_at, s.screened_at) AS at, "
    "s.screened_at AS day_at, coalesce(hv.area_id, hp.area_id, 0) AS area FROM screenings s "
    "LEFT JOIN visits v ON v.id = s.visit_id LEFT JOIN households hv ON hv.id = v.household_id "
    "LEFT JOIN persons p ON p.id = s.person_id LEFT JOIN households hp ON hp.id = p.household_id "
    "WHERE coalesce(v.operation_id, s.operation_id) = :op)");

// The visits of the operation to households of the areas kept.
const QString kVisits = QStringLiteral("visits v JOIN households h ON h.id = v.household_id "
                                       "WHERE v.operation_id = :op AND h.area_id IN (SELECT id FROM sa)");

const QString kCovering = QStringLiteral(" AND v.outcome IN ('completed', 'vacant', 'demolished')");
} // namespace

Result<QMap<QString, qint64>> StatsStore::grouped(const QString& statement, const DashboardFilter& f) const
{
    auto found = filtersql::query(m_db, statement, f);
    if (!found)
        return found.error();
    QMap<QString, qint64> out;
    while (found.value().next())
        out.insert(found.value().value(0).toString(), found.value().value(1).toLongLong());
    return out;
}

Result<qint64> StatsStore::count(const QString& statement, const DashboardFilter& f) const
{
    auto found = filtersql::query(m_db, statement, f);
    if (!found)
        return found.error();
    return found.value().next() ? found.value().value(0).toLongLong() : 0;
}

Result<qint64> StatsStore::householdsCounted(const DashboardFilter& f) const
{
    return count(QStringLiteral("SELECT coalesce(sum(ah.households), 0) FROM sa "
                                "JOIN area_households ah ON ah.area_id = sa.id"),
                 f);
}

Result<qint64> StatsStore::householdsInScope(const DashboardFilter& f) const
{
    return count(QStringLiteral("SELECT count(*) FROM households WHERE area_id IN (SELECT id FROM sa)"), f);
}

Result<FilteredCases> StatsStore::cases(const DashboardFilter& f) const
{
    const QString kept = filtersql::casesKept();
    const QString opened = kept + QStringLiteral(" AND ") + filtersql::dated(QStringLiteral("c.opened_at"));
    FilteredCases r;
    const QList<QPair<QMap<QString, qint64>*, QString>> maps = {
        {&r.byStatus,
         QStringLiteral("SELECT c.status, count(*) FROM cases c WHERE %1 GROUP BY 1").arg(opened)},
        {&r.bySource,
         QStringLiteral("SELECT c.source, count(*) FROM cases c WHERE %1 GROUP BY 1").arg(opened)},
    };
    for (const auto& [map, statement] : maps) {
        auto m = grouped(statement, f);
        if (!m)
            return m.error();
        *map = std::move(m).value();
    }
    for (qint64 n : r.byStatus)
        r.opened += n;
    const QString outcome =
        kept + QStringLiteral(" AND ") + filtersql::dated(QStringLiteral("c.outcome_date"));
    const QList<QPair<qint64*, QString>> outcomes = {
        {&r.foundAlive, QStringLiteral("c.status = 'found_alive'")},
        {&r.rescued, QStringLiteral("c.status = 'rescued'")},
        {&r.foundDeceased, QStringLiteral("c.status = 'found_deceased'")},
    };
    for (const auto& [figure, condition] : outcomes) {
        auto n =
            count(QStringLiteral("SELECT count(*) FROM cases c WHERE %1 AND %2").arg(outcome, condition), f);
        if (!n)
            return n.error();
        *figure = *n;
    }
    return r;
}

Result<RecountedFigures> StatsStore::recount(const DashboardFilter& f) const
{
    RecountedFigures r;
    const QString first = QStringLiteral("SELECT count(*) FROM (SELECT min(v.visited_at) AS first FROM %1%2 "
                                         "GROUP BY v.household_id) firsts WHERE %3")
                              .arg(kVisits);
    const QString firstDated = filtersql::dated(QStringLiteral("first"));
    const QList<QPair<qint64*, QString>> counts = {
        {&r.visits, QStringLiteral("SELECT count(*) FROM %1 AND %2")
                        .arg(kVisits, filtersql::dated(QStringLiteral("v.visited_at")))},
        {&r.householdsVisited, first.arg(QString(), firstDated)},
        {&r.householdsCovered, first.arg(kCovering, firstDated)},
    };
    for (const auto& [figure, statement] : counts) {
        const auto n = count(statement, f);
        if (!n)
            return n.error();
        *figure = *n;
    }
    if (Status s = screeningFigures(f, r); !s)
        return s.error();
    return r;
}

Status StatsStore::screeningFigures(const DashboardFilter& f, RecountedFigures& r) const
{
    const QString kept = QStringLiteral("%1 x WHERE x.area IN (SELECT id FROM sa) AND %2")
                             .arg(kScreenings, filtersql::dated(QStringLiteral("x.day_at")));
    const QList<QPair<qint64*, QString>> counts = {
        {&r.personChecks, QStringLiteral("SELECT count(*) FROM %1").arg(kept)},
        {&r.personsScreened, QStringLiteral("SELECT count(DISTINCT x.person_id) FROM %1").arg(kept)},
    };
    for (const auto& [figure, statement] : counts) {
        const auto n = count(statement, f);
        if (!n)
            return n.error();
        *figure = *n;
    }
    const auto unregistered = this->unregistered(f);
    if (!unregistered)
        return unregistered.error();
    r.unregisteredFound = unregistered->found;
    r.unregisteredRegistered = unregistered->registered;
    r.unregisteredIdCards = unregistered->idCards;
    auto checks = grouped(QStringLiteral("SELECT x.status, count(*) FROM %1 GROUP BY 1").arg(kept), f);
    if (!checks)
        return checks.error();
    r.checksByStatus = std::move(checks).value();
    auto latest = grouped(
        QStringLiteral("SELECT l.status, count(*) FROM (SELECT x.person_id, x.status, row_number() OVER "
                       "(PARTITION BY x.person_id ORDER BY x.at DESC, x.id DESC) AS rn FROM %1 x) l "
                       "JOIN persons p ON p.id = l.person_id JOIN households h ON h.id = p.household_id "
                       "WHERE l.rn = 1 AND h.area_id IN (SELECT id FROM sa) GROUP BY 1")
            .arg(kScreenings),
        f);
    if (!latest)
        return latest.error();
    r.personsByLatestStatus = std::move(latest).value();
    return {};
}

// One pass over the unregistered people found, each looked up once in registrations (one
// row per person at most): three passes took 130 ms at scale 10 on PostgreSQL. The few
// 'unregistered_found' checks are read first (screenings_operation; a screening carries its
// visit's operation) and each placed as kScreenings places it, the person's household looked
// up only for a check without a visit's household.
Result<UnregisteredFigures> StatsStore::unregistered(const DashboardFilter& f) const
{
    const QString statement =
        QStringLiteral(
            "SELECT count(DISTINCT x.person_id), count(DISTINCT CASE WHEN r.stage IN ('registered', "
            "'id_card') THEN x.person_id END), count(DISTINCT CASE WHEN r.stage = 'id_card' THEN "
            "x.person_id END) FROM (SELECT s.person_id, s.screened_at AS day_at, coalesce((SELECT h.area_id "
            "FROM visits v JOIN households h ON h.id = v.household_id WHERE v.id = s.visit_id), "
            "(SELECT h.area_id FROM persons p JOIN households h ON h.id = p.household_id WHERE p.id = "
            "s.person_id), 0) AS area FROM screenings s WHERE s.operation_id = :op "
            "AND s.status = 'unregistered_found') x LEFT JOIN registrations r ON r.person_id = x.person_id "
            "WHERE x.area IN (SELECT id FROM sa) AND %1")
            .arg(filtersql::dated(QStringLiteral("x.day_at")));
    auto found = filtersql::query(m_db, statement, f);
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    if (!q.next())
        return sql::failed(q);
    return UnregisteredFigures{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

} // namespace hc
