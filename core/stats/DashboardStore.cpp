#include "core/stats/DashboardStore.h"

#include "core/stats/FilterStore.h"

#include <QSqlRecord>

namespace hc {

namespace {
QString dayEnd(QDate d)
{
    return d.toString(Qt::ISODate) + QStringLiteral("T99");
}

QList<CoverageRow> coverageRows(QSqlQuery& q)
{
    QList<CoverageRow> rows;
    while (q.next())
        rows << CoverageRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                            q.value(3).toLongLong(), q.value(4).toLongLong()};
    return rows;
}

QList<OfficerRow> officerRows(QSqlQuery& q)
{
    QList<OfficerRow> rows;
    while (q.next())
        rows << OfficerRow{q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(),
                           q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                           q.value(6).toInt()};
    return rows;
}

QList<Place> places(QSqlQuery& q)
{
    QList<Place> rows;
    while (q.next())
        rows << Place{q.value(0).toLongLong(), q.value(1).toString()};
    return rows;
}
} // namespace

// kScope + statement, with the filter's values that the text names.
Result<QSqlQuery> DashboardStore::run(const QString& statement, const DashboardFilter& f,
                                      const sql::Binds& extra) const
{
    return filtersql::query(m_db, statement, f, extra);
}

// Column 0 is the row's id, the rest are cells; one row more than `limit` marks truncation,
// and then the rows are counted: the same statement without its ORDER BY and LIMIT tail.
Result<DrillCells> DashboardStore::drill(const QString& statement, const DashboardFilter& f, int limit,
                                         const sql::Binds& extra) const
{
    auto found = run(statement, f, extra + sql::Binds{{QStringLiteral(":limit"), limit + 1}});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    DrillCells r;
    const int columns = q.record().count();
    while (q.next()) {
        if (r.ids.size() == limit) {
            r.truncated = true;
            break;
        }
        r.ids << q.value(0).toLongLong();
        QVariantList cells;
        for (int c = 1; c < columns; ++c)
            cells << q.value(c);
        r.cells << cells;
    }
    r.total = r.ids.size();
    if (r.truncated) {
        const QString rows = statement.left(statement.lastIndexOf(QLatin1String(" ORDER BY")));
        auto count = run(QStringLiteral("SELECT count(*) FROM (%1) counted").arg(rows), f, extra);
        if (!count)
            return count.error();
        if (count.value().next())
            r.total = count.value().value(0).toLongLong();
    }
    return r;
}

Result<QList<CoverageRow>> DashboardStore::coverage(const DashboardFilter& f) const
{
    const bool byArea = f.stationId || f.areaId;
    const QString key =
        byArea ? QStringLiteral("sa.id, sa.name") : QStringLiteral("sa.station_id, sa.station");
    auto found =
        run(QStringLiteral("SELECT %1, coalesce(sum(ah.households), 0), coalesce(sum(ap.visited), 0), "
                           "coalesce(sum(ap.covered), 0) FROM sa "
                           "LEFT JOIN area_households ah ON ah.area_id = sa.id "
                           "LEFT JOIN area_progress ap ON ap.area_id = sa.id AND ap.operation_id = :op "
                           "GROUP BY %1 ORDER BY %1")
                .arg(key),
            f);
    if (!found)
        return found.error();
    return coverageRows(found.value());
}

Result<QList<DayCounts>> DashboardStore::dayCounts(const DashboardFilter& f) const
{
    auto found =
        run(QStringLiteral("SELECT day, sum(visits), sum(newly_covered) FROM area_day "
                           "WHERE operation_id = :op AND area_id IN (SELECT id FROM sa) GROUP BY day"),
            f);
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    QList<DayCounts> rows;
    while (q.next())
        rows << DayCounts{QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toLongLong(),
                          q.value(2).toLongLong()};
    return rows;
}

Result<PeriodFigures> DashboardStore::periodFigures(const DashboardFilter& f) const
{
    auto found =
        run(QStringLiteral("SELECT coalesce(sum(newly_visited), 0), coalesce(sum(newly_covered), 0), "
                           "coalesce(sum(person_checks), 0) FROM area_day WHERE operation_id = :op "
                           "AND area_id IN (SELECT id FROM sa) AND day BETWEEN :from AND :to"),
            f);
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    if (!q.next())
        return sql::failed(q);
    return PeriodFigures{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

Result<QHash<QString, qint64>> DashboardStore::latestStatus(const DashboardFilter& f) const
{
    auto found = run(QStringLiteral("SELECT status, sum(persons) FROM area_latest WHERE operation_id = :op "
                                    "AND area_id IN (SELECT id FROM sa) GROUP BY status"),
                     f);
    if (!found)
        return found.error();
    QHash<QString, qint64> byStatus;
    while (found.value().next())
        byStatus.insert(found.value().value(0).toString(), found.value().value(1).toLongLong());
    return byStatus;
}

Result<CaseFigures> DashboardStore::caseFigures(const DashboardFilter& f) const
{
    auto found = run(
        // CASE WHEN, not a sum of booleans: PostgreSQL does not add booleans.
        QStringLiteral(
            "SELECT sum(CASE WHEN c.status IN ('open', 'investigating') AND substr(c.opened_at, 1, 10) "
            "<= :to THEN 1 ELSE 0 END), sum(CASE WHEN c.status = 'found_alive' AND %2 THEN 1 ELSE 0 END), "
            "sum(CASE WHEN c.status = 'rescued' AND %2 THEN 1 ELSE 0 END), (%3) FROM cases c WHERE %1")
            .arg(filtersql::casesKept(), filtersql::dated(QStringLiteral("c.outcome_date")),
                 filtersql::familiesReunited()),
        f);
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    if (!q.next())
        return sql::failed(q);
    return CaseFigures{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                       q.value(3).toLongLong()};
}

Result<QList<CaseDay>> DashboardStore::caseDays(const DashboardFilter& f) const
{
    auto found = run(
        QStringLiteral("SELECT day, sum(o), sum(fa), sum(r), sum(fd) FROM ("
                       "SELECT substr(c.opened_at, 1, 10) AS day, 1 AS o, 0 AS fa, 0 AS r, 0 AS fd "
                       "FROM cases c WHERE %1 UNION ALL "
                       "SELECT substr(c.outcome_date, 1, 10), 0, "
                       "CASE WHEN c.status = 'found_alive' THEN 1 ELSE 0 END, "
                       "CASE WHEN c.status = 'rescued' THEN 1 ELSE 0 END, "
                       "CASE WHEN c.status = 'found_deceased' THEN 1 ELSE 0 END FROM cases c WHERE %1 "
                       "AND c.outcome_date IS NOT NULL AND c.status IN ('found_alive', 'rescued', "
                       "'found_deceased')) days WHERE day BETWEEN :from AND :to GROUP BY day ORDER BY day")
            .arg(filtersql::casesKept()),
        f);
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    QList<CaseDay> rows;
    while (q.next())
        rows << CaseDay{QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toLongLong(),
                        q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toLongLong()};
    return rows;
}

Result<QList<OfficerRow>> DashboardStore::officers(const DashboardFilter& f) const
{
    auto found =
        run(QStringLiteral("SELECT od.officer_id, u.name || ' (' || u.badge || ')', coalesce(s.name, ''), "
                           "sum(od.visits), sum(od.covered), sum(od.person_checks), "
                           "sum(CASE WHEN od.visits > 0 THEN 1 ELSE 0 END) "
                           "FROM officer_day od JOIN users u ON u.id = od.officer_id "
                           "LEFT JOIN stations s ON s.id = u.station_id "
                           "WHERE od.operation_id = :op AND od.day BETWEEN :from AND :to "
                           "AND (:sb = 0 AND :st = 0 AND :area = 0 "
                           "OR u.station_id IN (SELECT station_id FROM sa)) "
                           "GROUP BY od.officer_id, u.name, u.badge, s.name HAVING sum(od.visits) > 0 OR "
                           "sum(od.person_checks) > 0 "
                           "ORDER BY sum(od.visits) DESC, u.badge"),
            f);
    if (!found)
        return found.error();
    return officerRows(found.value());
}

Result<QList<CoverageRow>> DashboardStore::backlog(const DashboardFilter& f) const
{
    auto found =
        run(QStringLiteral("SELECT sa.id, sa.name, ap.visited - ap.covered, ap.visited - ap.covered, 0 "
                           "FROM area_progress ap JOIN sa ON sa.id = ap.area_id "
                           "WHERE ap.operation_id = :op AND ap.visited > ap.covered "
                           "ORDER BY 3 DESC, sa.name"),
            f);
    if (!found)
        return found.error();
    return coverageRows(found.value());
}

Result<QSet<qint64>> DashboardStore::caseIds(const DashboardFilter& f) const
{
    auto found = run(QStringLiteral("SELECT DISTINCT c.id FROM cases c WHERE c.operation_id = :op AND "
                                    "c.station_id IN (SELECT station_id FROM sa)"),
                     f);
    if (!found)
        return found.error();
    QSet<qint64> ids;
    while (found.value().next())
        ids.insert(found.value().value(0).toLongLong());
    return ids;
}

Result<DrillCells> DashboardStore::pendingHouseholds(const DashboardFilter& f, int limit) const
{
    return drill(
        QStringLiteral("SELECT h.id, h.household_no, h.address, sa.name, coalesce(hp.visits, 0), "
                       "coalesce(hp.last_visit_at, '') FROM sa JOIN households h ON h.area_id = sa.id "
                       "LEFT JOIN household_progress hp ON hp.household_id = h.id "
                       "AND hp.operation_id = :op WHERE coalesce(hp.covered, 0) = 0 "
                       "ORDER BY h.household_no LIMIT :limit"),
        f, limit, {});
}

Result<DrillCells> DashboardStore::personsWithStatus(const DashboardFilter& f, const QString& status,
                                                     int limit) const
{
    return drill(QStringLiteral("SELECT p.id, p.name, coalesce(p.id_number, ''), h.household_no, sa.name, "
                                "pp.latest_at FROM person_progress pp JOIN persons p ON p.id = pp.person_id "
                                "JOIN households h ON h.id = p.household_id JOIN sa ON sa.id = h.area_id "
                                "WHERE pp.operation_id = :op AND pp.status = :status "
                                "ORDER BY pp.person_id LIMIT :limit"),
                 f, limit, {{QStringLiteral(":status"), status}});
}

Result<DrillCells> DashboardStore::reunions(const DashboardFilter& f, int limit) const
{
    return drill(
        QStringLiteral(
            "SELECT c.id, c.case_no, coalesce(c.subject_name, p.name, ''), r.reunited_on, "
            "r.how, CASE WHEN r.family_key LIKE 'household:%' THEN coalesce((SELECT fh.household_no FROM "
            "households fh WHERE fh.id = CAST(substr(r.family_key, 11) AS INTEGER)), "
            "r.family_key) ELSE r.family_key END FROM reunions r JOIN cases c ON c.id = r.case_id "
            "LEFT JOIN persons p ON p.id = c.subject_person_id WHERE %1 "
            "ORDER BY r.reunited_on, c.case_no LIMIT :limit")
            .arg(filtersql::reunionsKept()),
        f, limit, {});
}

Result<DrillCells> DashboardStore::visitsOnDay(const DashboardFilter& f, QDate day, int limit) const
{
    return drill(
        QStringLiteral("SELECT v.id, v.visited_at, h.household_no, sa.name, "
                       "u.name || ' (' || u.badge || ')', v.outcome FROM visits v "
                       "JOIN households h ON h.id = v.household_id JOIN sa ON sa.id = h.area_id "
                       "JOIN users u ON u.id = v.officer_id "
                       "WHERE v.operation_id = :op AND v.visited_at >= :dayStart "
                       "AND v.visited_at <= :dayEnd ORDER BY v.visited_at, v.id LIMIT :limit"),
        f, limit,
        {{QStringLiteral(":dayStart"), day.toString(Qt::ISODate)}, {QStringLiteral(":dayEnd"), dayEnd(day)}});
}

Result<QList<OfficerRow>> DashboardStore::officers(sql::OperationScope scope) const
{
    auto found = sql::scoped(
        m_db,
        QStringLiteral(
            "SELECT u.id, u.name || ' (' || u.badge || ')', coalesce(s.name, ''), count(*), "
            "count(DISTINCT CASE WHEN v.outcome IN ('completed', 'vacant', 'demolished') THEN v.household_id "
            "END), "
            "(SELECT count(*) FROM screenings sc JOIN visits v2 ON v2.id = sc.visit_id "
            " WHERE v2.officer_id = u.id AND v2.operation_id = :op), "
            "count(DISTINCT substr(v.visited_at, 1, 10)) "
            "FROM visits v JOIN users u ON u.id = v.officer_id LEFT JOIN stations s ON s.id = u.station_id "
            "WHERE v.operation_id = :op%1 GROUP BY u.id, u.name, u.badge, s.name ORDER BY count(*) DESC, "
            "u.badge"),
        scope, QStringLiteral("u.station_id"));
    if (!found)
        return found.error();
    return officerRows(found.value());
}

Result<QList<CoverageRow>> DashboardStore::revisitBacklog(sql::OperationScope scope) const
{
    auto found = sql::scoped(
        m_db,
        QStringLiteral("SELECT a.id, a.name, count(*), count(*), 0 FROM household_progress hp "
                       "JOIN households h ON h.id = hp.household_id JOIN areas a ON a.id = h.area_id "
                       "WHERE hp.operation_id = :op AND hp.covered = 0%1 "
                       "GROUP BY a.id ORDER BY count(*) DESC, a.name"),
        scope);
    if (!found)
        return found.error();
    return coverageRows(found.value());
}

Result<QList<OverdueCase>> DashboardStore::overdueCases(qint64 operationId, QDate silentSince) const
{
    auto found = sql::query(
        m_db,
        QStringLiteral(
            // The latest activity named in a subquery: PostgreSQL's WHERE sees no output alias.
            "SELECT id, case_no, name, risk_level, last FROM (SELECT c.id, c.case_no, "
            "coalesce(p.name, '') AS name, c.risk_level, "
            "coalesce((SELECT max(l.at) FROM leads l WHERE l.case_id = c.id), c.opened_at) AS last "
            "FROM cases c LEFT JOIN persons p ON p.id = c.subject_person_id "
            "WHERE c.operation_id = :op AND c.status IN ('open', 'investigating')) quiet "
            "WHERE substr(last, 1, 10) <= :since ORDER BY last, case_no"),
        {{QStringLiteral(":op"), operationId},
         {QStringLiteral(":since"), silentSince.toString(Qt::ISODate)}});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    QList<OverdueCase> rows;
    while (q.next())
        rows << OverdueCase{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(),   q.value(4).toString(), 0};
    return rows;
}

Result<QList<Place>> DashboardStore::subBureaus() const
{
    auto found = sql::query(m_db, QStringLiteral("SELECT id, name FROM sub_bureaus ORDER BY name"));
    if (!found)
        return found.error();
    return places(found.value());
}

Result<QList<Place>> DashboardStore::stations(qint64 subBureauId) const
{
    auto found = sql::query(
        m_db,
        QStringLiteral("SELECT id, name FROM stations WHERE :sb = 0 OR sub_bureau_id = :sb ORDER BY name"),
        {{QStringLiteral(":sb"), subBureauId}});
    if (!found)
        return found.error();
    return places(found.value());
}

} // namespace hc
