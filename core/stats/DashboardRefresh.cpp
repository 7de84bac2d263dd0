// DashboardService's filtered series and drill-downs, read from the counters of schema 3
// (area_households, area_progress, area_day, officer_day, area_latest) and the small cases
// table. Every query starts from the areas the filter keeps (the `sa` common table).
#include "core/stats/DashboardService.h"

#include "core/operations/OperationService.h"
#include "core/registry/Vocabulary.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <functional>

namespace hc {

namespace {
const QString kScope = QStringLiteral(
    "WITH sa AS (SELECT a.id, a.name, a.station_id, s.name AS station FROM areas a "
    "JOIN stations s ON s.id = a.station_id WHERE ((SELECT all_stations FROM operations WHERE id = :op) = 1 "
    "OR a.station_id IN (SELECT station_id FROM operation_stations WHERE operation_id = :op)) "
    "AND (:sb = 0 OR s.sub_bureau_id = :sb) AND (:st = 0 OR a.station_id = :st) "
    "AND (:area = 0 OR a.id = :area)) ");

// Prepares kScope + sql and binds the filter's values it names.
Result<QSqlQuery> run(Database& db, const QString& sql, const DashboardFilter& f,
                      const QList<QPair<QString, QVariant>>& extra = {})
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    const QString text = kScope + sql;
    if (!q.prepare(text))
        return storageError(q.lastError().text());
    const QList<QPair<QString, QVariant>> values = {
        {QStringLiteral(":op"), f.operationId},
        {QStringLiteral(":sb"), f.subBureauId},
        {QStringLiteral(":st"), f.stationId},
        {QStringLiteral(":area"), f.areaId},
        {QStringLiteral(":from"), f.from.isValid() ? f.from.toString(Qt::ISODate) : QStringLiteral("0000")},
        {QStringLiteral(":to"), f.to.isValid() ? f.to.toString(Qt::ISODate) : QStringLiteral("9999")}};
    for (const auto& [name, value] : values + extra)
        if (text.contains(name))
            q.bindValue(name, value);
    if (!q.exec())
        return storageError(q.lastError().text());
    return q;
}

QString dayEnd(QDate d)
{
    return d.toString(Qt::ISODate) + QStringLiteral("T99");
}
// Reads a drill-down: column 0 is the row's id, the rest are cells (`cell` formats each one);
// more than `limit` rows marks the list truncated.
DrillRows readDrill(QSqlQuery& q, QStringList headers, int limit,
                    const std::function<QString(int column, const QVariant& value)>& cell)
{
    DrillRows r;
    r.headers = std::move(headers);
    while (q.next()) {
        if (r.rows.size() == limit) {
            r.truncated = true;
            break;
        }
        r.ids << q.value(0).toLongLong();
        QStringList cells;
        for (int c = 1; c <= r.headers.size(); ++c)
            cells << cell(c, q.value(c));
        r.rows << cells;
    }
    return r;
}

// Stored wall-clock times read "2026-03-02 09:15" in a list.
QString timeText(const QVariant& v)
{
    return v.toString().replace(u'T', u' ');
}
} // namespace

Result<QList<CoverageRow>> DashboardService::coverage(const DashboardFilter& f) const
{
    const bool byArea = f.stationId || f.areaId;
    const QString key =
        byArea ? QStringLiteral("sa.id, sa.name") : QStringLiteral("sa.station_id, sa.station");
    auto found =
        run(m_db,
            QStringLiteral("SELECT %1, coalesce(sum(ah.households), 0), coalesce(sum(ap.visited), 0), "
                           "coalesce(sum(ap.covered), 0) FROM sa "
                           "LEFT JOIN area_households ah ON ah.area_id = sa.id "
                           "LEFT JOIN area_progress ap ON ap.area_id = sa.id AND ap.operation_id = :op "
                           "GROUP BY %1 ORDER BY %1")
                .arg(key),
            f);
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    QList<CoverageRow> rows;
    while (q.next())
        rows << CoverageRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                            q.value(3).toLongLong(), q.value(4).toLongLong()};
    return rows;
}

Result<QList<DayRow>> DashboardService::days(const DashboardFilter& f) const
{
    const auto op = OperationService(m_db, Actor{}).find(f.operationId);
    if (!op)
        return op.error();
    // Every day of the operation, so the cumulative line starts from the operation's start.
    auto found =
        run(m_db,
            QStringLiteral("SELECT day, sum(visits), sum(newly_covered) FROM area_day "
                           "WHERE operation_id = :op AND area_id IN (SELECT id FROM sa) GROUP BY day"),
            f);
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    QHash<QDate, QPair<qint64, qint64>> byDay;
    while (q.next())
        byDay.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate),
                     {q.value(1).toLongLong(), q.value(2).toLongLong()});
    const QDate from = f.from.isValid() ? std::max(f.from, op->start) : op->start;
    const QDate to = f.to.isValid() ? std::min(f.to, op->end) : op->end;
    QList<DayRow> rows;
    qint64 total = 0;
    for (QDate d = op->start; d <= op->end; d = d.addDays(1)) {
        const auto v = byDay.value(d);
        total += v.second;
        if (d >= from && d <= to)
            rows << DayRow{d, v.first, v.second, total};
    }
    return rows;
}

Result<DashboardData> DashboardService::refresh(const DashboardFilter& f, QDate today) const
{
    DashboardData d;
    d.filter = f;
    QElapsedTimer t;
    t.start();
    auto lap = [&](const QString& part) {
        d.timingsMs.append({part, double(t.nsecsElapsed()) / 1e6});
        t.restart();
    };
    const auto op = OperationService(m_db, Actor{}).find(f.operationId);
    if (!op)
        return op.error();
    d.operationName = op->name;
    d.start = f.from.isValid() ? std::max(f.from, op->start) : op->start;
    d.end = f.to.isValid() ? std::min(f.to, op->end) : op->end;
    DashboardHeadline& h = d.headline;
    if (!f.hasPlace())
        h.target = op->targetHouseholds;

    // Coverage per station or area; the headline's households from the same rows.
    auto cov = coverage(f);
    if (!cov)
        return cov.error();
    d.coverageByArea = f.stationId || f.areaId;
    d.coverage = std::move(cov).value();
    for (const CoverageRow& r : d.coverage) {
        h.householdsInScope += r.inScope;
        h.householdsVisited += r.visited;
        h.householdsCovered += r.covered;
    }
    std::stable_sort(d.coverage.begin(), d.coverage.end(),
                     [](const CoverageRow& a, const CoverageRow& b) { return a.share() > b.share(); });
    lap(QStringLiteral("coverage"));

    auto dayRows = days(f);
    if (!dayRows)
        return dayRows.error();
    d.days = std::move(dayRows).value();
    for (const DayRow& r : d.days)
        h.visits += r.visits;
    if (f.hasDates()) {
        auto found =
            run(m_db,
                QStringLiteral("SELECT coalesce(sum(newly_visited), 0), coalesce(sum(newly_covered), 0), "
                               "coalesce(sum(person_checks), 0) FROM area_day WHERE operation_id = :op "
                               "AND area_id IN (SELECT id FROM sa) AND day BETWEEN :from AND :to"),
                f);
        if (!found)
            return found.error();
        found.value().next();
        h.householdsVisited = found.value().value(0).toLongLong();
        h.householdsCovered = found.value().value(1).toLongLong();
        h.personChecks = found.value().value(2).toLongLong();
    } else {
        auto found = run(m_db,
                         QStringLiteral("SELECT coalesce(sum(person_checks), 0) FROM area_day "
                                        "WHERE operation_id = :op AND area_id IN (SELECT id FROM sa)"),
                         f);
        if (!found)
            return found.error();
        found.value().next();
        h.personChecks = found.value().value(0).toLongLong();
    }
    lap(QStringLiteral("days"));

    {
        auto found =
            run(m_db,
                QStringLiteral("SELECT status, sum(persons) FROM area_latest WHERE operation_id = :op "
                               "AND area_id IN (SELECT id FROM sa) GROUP BY status"),
                f);
        if (!found)
            return found.error();
        QHash<QString, qint64> byStatus;
        while (found.value().next())
            byStatus.insert(found.value().value(0).toString(), found.value().value(1).toLongLong());
        for (const QString& s : Vocabulary::codes(Vocabulary::Kind::Status))
            d.latestStatus << StatusCount{s, byStatus.value(s)};
        h.whereaboutsUnknown = byStatus.value(QStringLiteral("whereabouts_unknown"));
    }
    lap(QStringLiteral("latest_status"));

    {
        // Cases of the stations kept (by the subject's household when an area is chosen).
        // (The area's people are listed once, not looked up per case: 0.9 s cold at scale 10.)
        const QString where = QStringLiteral(
            "c.operation_id = :op AND CASE WHEN :area <> 0 THEN c.subject_person_id IN "
            "(SELECT p.id FROM households h JOIN persons p ON p.household_id = h.id WHERE h.area_id = :area) "
            "WHEN :sb <> 0 OR :st <> 0 THEN c.station_id IN (SELECT station_id FROM sa) ELSE 1 END");
        auto found =
            run(m_db,
                QStringLiteral(
                    "SELECT sum(c.status IN ('open', 'investigating') AND substr(c.opened_at, 1, 10) <= "
                    ":to), sum(c.status = 'found_alive' AND coalesce(substr(c.outcome_date, 1, 10), '') "
                    "BETWEEN :from AND :to), sum(c.status = 'rescued' AND coalesce(substr(c.outcome_date, "
                    "1, 10), '') BETWEEN :from AND :to), sum(c.family_reunited = 1 AND "
                    "c.status <> 'duplicate' AND coalesce(substr(c.outcome_date, 1, 10), '') BETWEEN "
                    ":from AND :to) FROM cases c WHERE %1")
                    .arg(where),
                f);
        if (!found)
            return found.error();
        found.value().next();
        h.casesOpen = found.value().value(0).toLongLong();
        h.foundAlive = found.value().value(1).toLongLong();
        h.rescued = found.value().value(2).toLongLong();
        h.familiesReunited = found.value().value(3).toLongLong();
        found.value().finish();
        auto series =
            run(m_db,
                QStringLiteral("SELECT day, sum(o), sum(fa), sum(r), sum(fd) FROM ("
                               "SELECT substr(c.opened_at, 1, 10) AS day, 1 AS o, 0 AS fa, 0 AS r, 0 AS fd "
                               "FROM cases c WHERE %1 UNION ALL "
                               "SELECT substr(c.outcome_date, 1, 10), 0, c.status = 'found_alive', "
                               "c.status = 'rescued', c.status = 'found_deceased' FROM cases c WHERE %1 "
                               "AND c.outcome_date IS NOT NULL AND c.status IN ('found_alive', 'rescued', "
                               "'found_deceased')) WHERE day BETWEEN :from AND :to GROUP BY day ORDER BY day")
                    .arg(where),
                f);
        if (!series)
            return series.error();
        while (series.value().next())
            d.caseDays << CaseDay{QDate::fromString(series.value().value(0).toString(), Qt::ISODate),
                                  series.value().value(1).toLongLong(), series.value().value(2).toLongLong(),
                                  series.value().value(3).toLongLong(), series.value().value(4).toLongLong()};
    }
    lap(QStringLiteral("cases"));

    {
        auto found =
            run(m_db,
                QStringLiteral(
                    "SELECT od.officer_id, u.name || ' (' || u.badge || ')', coalesce(s.name, ''), "
                    "sum(od.visits), "
                    "sum(od.covered), sum(od.person_checks), sum(od.visits > 0) FROM officer_day od "
                    "JOIN users u ON u.id = od.officer_id LEFT JOIN stations s ON s.id = u.station_id "
                    "WHERE od.operation_id = :op AND od.day BETWEEN :from AND :to "
                    "AND (:sb = 0 AND :st = 0 AND :area = 0 OR u.station_id IN (SELECT station_id FROM sa)) "
                    "GROUP BY od.officer_id HAVING sum(od.visits) > 0 OR sum(od.person_checks) > 0 "
                    "ORDER BY sum(od.visits) DESC, u.badge"),
                f);
        if (!found)
            return found.error();
        while (found.value().next())
            d.officers << OfficerRow{found.value().value(0).toLongLong(), found.value().value(1).toString(),
                                     found.value().value(2).toString(),   found.value().value(3).toLongLong(),
                                     found.value().value(4).toLongLong(), found.value().value(5).toLongLong(),
                                     found.value().value(6).toInt()};
    }
    lap(QStringLiteral("officers"));

    {
        auto found =
            run(m_db,
                QStringLiteral("SELECT sa.id, sa.name, ap.visited - ap.covered FROM area_progress ap "
                               "JOIN sa ON sa.id = ap.area_id WHERE ap.operation_id = :op "
                               "AND ap.visited > ap.covered ORDER BY 3 DESC, sa.name"),
                f);
        if (!found)
            return found.error();
        while (found.value().next())
            d.backlog << CoverageRow{found.value().value(0).toLongLong(), found.value().value(1).toString(),
                                     found.value().value(2).toLongLong(), found.value().value(2).toLongLong(),
                                     0};
    }
    lap(QStringLiteral("backlog"));

    auto overdue = overdueCases(f.operationId, today);
    if (!overdue)
        return overdue.error();
    if (f.hasPlace()) {
        // Narrowed to the stations kept.
        auto found = run(m_db,
                         QStringLiteral("SELECT DISTINCT c.id FROM cases c WHERE c.operation_id = :op AND "
                                        "c.station_id IN (SELECT station_id FROM sa)"),
                         f);
        if (!found)
            return found.error();
        QSet<qint64> keep;
        while (found.value().next())
            keep.insert(found.value().value(0).toLongLong());
        for (const OverdueCase& c : *overdue)
            if (keep.contains(c.id))
                d.overdue << c;
    } else {
        d.overdue = std::move(overdue).value();
    }
    lap(QStringLiteral("overdue"));
    return d;
}

QList<Place> DashboardService::subBureaus() const
{
    QList<Place> rows;
    QSqlQuery q(m_db.sql());
    if (q.exec(QStringLiteral("SELECT id, name FROM sub_bureaus ORDER BY name")))
        while (q.next())
            rows << Place{q.value(0).toLongLong(), q.value(1).toString()};
    return rows;
}

QList<Place> DashboardService::stations(qint64 subBureauId) const
{
    QList<Place> rows;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, name FROM stations WHERE ? = 0 OR sub_bureau_id = ? ORDER BY name"));
    q.addBindValue(subBureauId);
    q.addBindValue(subBureauId);
    if (q.exec())
        while (q.next())
            rows << Place{q.value(0).toLongLong(), q.value(1).toString()};
    return rows;
}

Result<DrillRows> DashboardService::pendingHouseholds(const DashboardFilter& f, int limit) const
{
    auto found =
        run(m_db,
            QStringLiteral("SELECT h.id, h.household_no, h.address, sa.name, coalesce(hp.visits, 0), "
                           "coalesce(hp.last_visit_at, '') FROM sa JOIN households h ON h.area_id = sa.id "
                           "LEFT JOIN household_progress hp ON hp.household_id = h.id "
                           "AND hp.operation_id = :op WHERE ifnull(hp.covered, 0) = 0 "
                           "ORDER BY h.household_no LIMIT :limit"),
            f, {{QStringLiteral(":limit"), limit + 1}});
    if (!found)
        return found.error();
    return readDrill(found.value(),
                     {tr("Household number"), tr("Address"), tr("Area"), tr("Visits"), tr("Last visit")},
                     limit, [](int c, const QVariant& v) { return c == 5 ? timeText(v) : v.toString(); });
}

Result<DrillRows> DashboardService::personsWithStatus(const DashboardFilter& f, const QString& status,
                                                      int limit) const
{
    auto found =
        run(m_db,
            QStringLiteral(
                "SELECT p.id, p.name, coalesce(p.id_number, ''), h.household_no, sa.name, pp.latest_at "
                "FROM person_progress pp JOIN persons p ON p.id = pp.person_id "
                "JOIN households h ON h.id = p.household_id JOIN sa ON sa.id = h.area_id "
                "WHERE pp.operation_id = :op AND pp.status = :status ORDER BY pp.person_id LIMIT :limit"),
            f, {{QStringLiteral(":status"), status}, {QStringLiteral(":limit"), limit + 1}});
    if (!found)
        return found.error();
    return readDrill(found.value(),
                     {tr("Name"), tr("ID number"), tr("Household number"), tr("Area"), tr("Screened at")},
                     limit, [](int c, const QVariant& v) { return c == 5 ? timeText(v) : v.toString(); });
}

Result<DrillRows> DashboardService::visitsOnDay(const DashboardFilter& f, QDate day, int limit) const
{
    auto found =
        run(m_db,
            QStringLiteral("SELECT v.id, v.visited_at, h.household_no, sa.name, u.name || ' (' || u.badge "
                           "|| ')', v.outcome FROM visits v JOIN households h ON h.id = v.household_id "
                           "JOIN sa ON sa.id = h.area_id JOIN users u ON u.id = v.officer_id "
                           "WHERE v.operation_id = :op AND v.visited_at >= :dayStart "
                           "AND v.visited_at <= :dayEnd ORDER BY v.visited_at, v.id LIMIT :limit"),
            f,
            {{QStringLiteral(":dayStart"), day.toString(Qt::ISODate)},
             {QStringLiteral(":dayEnd"), dayEnd(day)},
             {QStringLiteral(":limit"), limit + 1}});
    if (!found)
        return found.error();
    return readDrill(found.value(),
                     {tr("Visited at"), tr("Household number"), tr("Area"), tr("Officer"), tr("Outcome")},
                     limit, [](int c, const QVariant& v) {
                         return c == 1   ? timeText(v)
                                : c == 5 ? Vocabulary::label(Vocabulary::Kind::Outcome, v.toString())
                                         : v.toString();
                     });
}

} // namespace hc
