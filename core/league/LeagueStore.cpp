#include "core/league/LeagueStore.h"

#include "core/stats/FilterStore.h"
#include "core/storage/Sql.h"

namespace hc {

namespace {
// The statement after the areas of the operation's scope (FilterStore's `sa`, every station).
Result<QSqlQuery> inScope(const QSqlDatabase& db, const QString& statement, qint64 operationId)
{
    DashboardFilter f;
    f.operationId = operationId;
    return filtersql::query(db, statement, f);
}

template <typename T> bool take(Result<T> r, T& into, Error& error)
{
    if (!r) {
        error = r.error();
        return false;
    }
    into = std::move(r).value();
    return true;
}

QDate day(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
}

// Households by their first visit and first covering visit (household_progress, schema 3).
const char* const kHouseholds =
    "SELECT station_id, since, until, count(*) FROM (SELECT sa.station_id, "
    "substr(hp.first_visit_at, 1, 10) AS since, substr(hp.first_covered_at, 1, 10) AS until "
    "FROM household_progress hp JOIN households h ON h.id = hp.household_id JOIN sa ON sa.id = h.area_id "
    "WHERE hp.operation_id = :op) x GROUP BY station_id, since, until";

// A visit is on time when it was logged (created_at, the wall-clock time it was saved or
// imported) on the day of the visit (visited_at).
const char* const kVisits = "SELECT station_id, day, count(*), sum(on_time) FROM (SELECT sa.station_id, "
                            "substr(v.visited_at, 1, 10) AS day, CASE WHEN substr(v.created_at, 1, 10) = "
                            "substr(v.visited_at, 1, 10) THEN 1 ELSE 0 END AS on_time FROM visits v "
                            "JOIN households h ON h.id = v.household_id JOIN sa ON sa.id = h.area_id "
                            "WHERE v.operation_id = :op) x GROUP BY station_id, day";

// Persons first screened away with whereabouts unverified, and when a later screening found
// them away verified or present.
const char* const kVerifications =
    ", u AS (SELECT s.person_id, min(s.screened_at) AS since FROM screenings s "
    "WHERE s.operation_id = :op AND s.status = 'away_unverified' GROUP BY s.person_id) "
    "SELECT station_id, since, until, count(*) FROM (SELECT sa.station_id, substr(u.since, 1, 10) AS since, "
    "substr((SELECT min(s2.screened_at) FROM screenings s2 WHERE s2.person_id = u.person_id "
    "AND s2.operation_id = :op AND s2.status IN ('away_verified', 'present') AND s2.screened_at > u.since), "
    "1, 10) AS until FROM u JOIN persons p ON p.id = u.person_id JOIN households h ON h.id = p.household_id "
    "JOIN sa ON sa.id = h.area_id) x GROUP BY station_id, since, until";

// The station's cases of the operation closed (any outcome but a duplicate), by outcome date.
const char* const kCasesClosed =
    "SELECT station_id, day, count(*), 0 FROM (SELECT c.station_id, substr(c.outcome_date, 1, 10) AS day "
    "FROM cases c WHERE c.operation_id = :op AND c.outcome_date IS NOT NULL AND c.status IN "
    "('found_alive', 'rescued', 'found_deceased', 'closed_other') "
    "AND c.station_id IN (SELECT station_id FROM sa)) x GROUP BY station_id, day";

// Registration files of the station by the day the person was registered.
const char* const kRegistrations =
    "SELECT station_id, day, count(*), 0 FROM (SELECT r.station_id, substr(r.registered_on, 1, 10) AS day "
    "FROM registrations r WHERE r.registered_on IS NOT NULL "
    "AND r.station_id IN (SELECT station_id FROM sa)) x GROUP BY station_id, day";
} // namespace

Result<QList<LeagueFigures>> LeagueStore::stations(qint64 operationId) const
{
    auto found = inScope(m_db,
                         QStringLiteral("SELECT sa.station_id, sa.station, coalesce(sum(ah.households), 0) "
                                        "FROM sa LEFT JOIN area_households ah ON ah.area_id = sa.id "
                                        "GROUP BY sa.station_id, sa.station ORDER BY sa.station"),
                         operationId);
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    QList<LeagueFigures> rows;
    while (q.next()) {
        LeagueFigures s;
        s.stationId = q.value(0).toLongLong();
        s.station = q.value(1).toString();
        s.households = q.value(2).toLongLong();
        rows << s;
    }
    return rows;
}

Result<QList<LeagueSpanCount>> LeagueStore::spans(const QString& statement, qint64 operationId) const
{
    auto found = inScope(m_db, statement, operationId);
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    QList<LeagueSpanCount> rows;
    while (q.next())
        rows << LeagueSpanCount{q.value(0).toLongLong(), day(q.value(1)), day(q.value(2)),
                                q.value(3).toLongLong()};
    return rows;
}

Result<QList<LeagueDayCount>> LeagueStore::days(const QString& statement, qint64 operationId) const
{
    auto found = inScope(m_db, statement, operationId);
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    QList<LeagueDayCount> rows;
    while (q.next())
        rows << LeagueDayCount{q.value(0).toLongLong(), day(q.value(1)), q.value(2).toLongLong(),
                               q.value(3).toLongLong()};
    return rows;
}

Result<LeagueFacts> LeagueStore::facts(qint64 operationId) const
{
    LeagueFacts f;
    Error e;
    if (!take(stations(operationId), f.stations, e) ||
        !take(spans(QLatin1String(kHouseholds), operationId), f.households, e) ||
        !take(days(QLatin1String(kVisits), operationId), f.visits, e) ||
        !take(spans(QLatin1String(kVerifications), operationId), f.verifications, e) ||
        !take(days(QLatin1String(kCasesClosed), operationId), f.casesClosed, e) ||
        !take(days(QLatin1String(kRegistrations), operationId), f.registrations, e))
        return e;
    return f;
}

Result<QHash<QString, int>> LeagueStore::weights(qint64 operationId) const
{
    auto found = sql::query(
        m_db, QStringLiteral("SELECT measure, weight FROM league_weights WHERE operation_id = :op"),
        {{QStringLiteral(":op"), operationId}});
    if (!found)
        return found.error();
    QHash<QString, int> byMeasure;
    while (found.value().next())
        byMeasure.insert(found.value().value(0).toString(), found.value().value(1).toInt());
    return byMeasure;
}

Status LeagueStore::setWeights(qint64 operationId, const QHash<QString, int>& weights, const QString& by,
                               const QString& at) const
{
    if (auto gone = sql::execute(m_db, QStringLiteral("DELETE FROM league_weights WHERE operation_id = :op"),
                                 {{QStringLiteral(":op"), operationId}});
        !gone)
        return gone.error();
    QSqlQuery q(m_db);
    if (Status s =
            sql::prepare(q, QStringLiteral("INSERT INTO league_weights(operation_id, measure, weight, "
                                           "set_by, set_at) VALUES (:op, :measure, :weight, :by, :at)"));
        !s)
        return s;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        if (Status s = sql::exec(q, {{QStringLiteral(":op"), operationId},
                                     {QStringLiteral(":measure"), it.key()},
                                     {QStringLiteral(":weight"), it.value()},
                                     {QStringLiteral(":by"), by},
                                     {QStringLiteral(":at"), at}});
            !s)
            return s;
    return {};
}

} // namespace hc
