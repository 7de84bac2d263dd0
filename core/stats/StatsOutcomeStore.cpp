// StatsStore's crimes, families reunited and people found within a dashboard filter: the
// records (crimes, reunions, screenings) counted through the filter's SQL (FilterStore), the
// same for the whole operation as for a date range, a sub-bureau, a station or an area.
#include "core/stats/FilterStore.h"
#include "core/stats/StatsStore.h"

namespace hc {

Result<QMap<QString, CrimeKindCount>> StatsStore::crimesByKind(const DashboardFilter& f) const
{
    // A crime's victims within the filter's places (all of them without a place); a crime
    // counts when one of its victims does. The kept victims are gathered once and joined, not
    // looked up twice per crime: 0.46 s for one area at scale 10 on PostgreSQL the other way.
    const QString statement =
        QStringLiteral("SELECT k.kind, count(*), sum(k.solved), sum(kept.victims) FROM crimes k JOIN "
                       "(SELECT kv.crime_id, count(*) AS victims FROM crime_victims kv JOIN cases c "
                       "ON c.id = kv.case_id WHERE %1 GROUP BY kv.crime_id) kept ON kept.crime_id = k.id "
                       "WHERE k.operation_id = :op AND %2 GROUP BY k.kind")
            .arg(filtersql::casesKept(), filtersql::dated(QStringLiteral("k.crime_date")));
    auto found = filtersql::query(m_db, statement, f);
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    QMap<QString, CrimeKindCount> out;
    while (q.next())
        out.insert(q.value(0).toString(),
                   CrimeKindCount{q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    return out;
}

Result<qint64> StatsStore::familiesReunited(const DashboardFilter& f) const
{
    return count(filtersql::familiesReunited(), f);
}

Result<FoundPeople> StatsStore::foundPeople(const DashboardFilter& f) const
{
    FoundPeople r;
    const auto withCase = count(filtersql::foundWithCase(), f);
    if (!withCase)
        return withCase.error();
    r.withCase = *withCase;
    const auto traced = count(filtersql::tracedWithoutCase(), f);
    if (!traced)
        return traced.error();
    r.tracedWithoutCase = *traced;
    return r;
}

} // namespace hc
