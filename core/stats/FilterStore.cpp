#include "core/stats/FilterStore.h"

namespace hc::filtersql {

QString scope()
{
    return QStringLiteral(
        "WITH sa AS (SELECT a.id, a.name, a.station_id, s.name AS station FROM areas a "
        "JOIN stations s ON s.id = a.station_id WHERE ((SELECT all_stations FROM operations WHERE id = :op) "
        "= 1 "
        "OR a.station_id IN (SELECT station_id FROM operation_stations WHERE operation_id = :op)) "
        "AND (:sb = 0 OR s.sub_bureau_id = :sb) AND (:st = 0 OR a.station_id = :st) "
        "AND (:area = 0 OR a.id = :area)) ");
}

// The area's people are listed once, not looked up per case: 0.9 s cold at scale 10.
QString casesKept()
{
    return QStringLiteral(
        "c.operation_id = :op AND CASE WHEN :area <> 0 THEN c.subject_person_id IN "
        "(SELECT p.id FROM households h JOIN persons p ON p.household_id = h.id WHERE h.area_id = :area) "
        "WHEN :sb <> 0 OR :st <> 0 THEN c.station_id IN (SELECT station_id FROM sa) ELSE 1 = 1 END");
}

// 'household:' is 10 characters: the family's household id follows it. The subject's
// household is looked up only under a place filter (a join to persons cost 50 ms at scale 10
// for the whole operation, which needs no place).
QString reunionsKept()
{
    const QString household = QStringLiteral(
        "(CASE WHEN r.family_key LIKE 'household:%' THEN CAST(substr(r.family_key, 11) AS INTEGER) "
        "ELSE (SELECT sp.household_id FROM persons sp WHERE sp.id = c.subject_person_id) END)");
    return QStringLiteral(
               "c.operation_id = :op AND c.status <> 'duplicate' AND %1 AND CASE "
               "WHEN :area <> 0 THEN %2 IN (SELECT h.id FROM households h WHERE h.area_id = :area) "
               "WHEN :sb <> 0 OR :st <> 0 THEN coalesce((SELECT a.station_id FROM households h "
               "JOIN areas a ON a.id = h.area_id WHERE h.id = %2), c.station_id) "
               "IN (SELECT station_id FROM sa) ELSE 1 = 1 END")
        .arg(dated(QStringLiteral("r.reunited_on")), household);
}

QString familiesReunited()
{
    return QStringLiteral(
               "SELECT count(DISTINCT r.family_key) FROM reunions r JOIN cases c ON c.id = r.case_id "
               "WHERE %1")
        .arg(reunionsKept());
}

// A case without a registered subject is a person of its own (its negated id).
QString foundWithCase()
{
    return QStringLiteral("SELECT count(DISTINCT CASE WHEN c.subject_person_id IS NULL THEN -c.id "
                          "ELSE c.subject_person_id END) FROM cases c WHERE %1 AND %2 "
                          "AND c.status IN ('found_alive', 'rescued')")
        .arg(casesKept(), dated(QStringLiteral("c.outcome_date")));
}

// A person is traced at their first present or verified-away check after their first
// "whereabouts unknown" one. Read from the few unknown checks outward (screenings_person),
// not from every present check: 1.7 s at scale 10 the other way round. People with a case are
// left out in the group (HAVING), before their first later check is looked up.
QString tracedWithoutCase()
{
    return QStringLiteral(
               "SELECT count(*) FROM (SELECT u.person_id, (SELECT min(l.screened_at) FROM screenings l "
               "WHERE l.person_id = u.person_id AND l.operation_id = :op "
               "AND l.status IN ('present', 'away_verified') AND l.screened_at > u.first_unknown) AS "
               "found_at "
               "FROM (SELECT person_id, min(screened_at) AS first_unknown FROM screenings "
               "WHERE operation_id = :op AND status = 'whereabouts_unknown' GROUP BY person_id "
               "HAVING NOT EXISTS (SELECT 1 FROM cases c WHERE c.subject_person_id = screenings.person_id "
               "AND c.status <> 'duplicate')) u) t "
               "JOIN persons p ON p.id = t.person_id LEFT JOIN households h ON h.id = p.household_id "
               "LEFT JOIN areas a ON a.id = h.area_id WHERE t.found_at IS NOT NULL AND %1 AND CASE "
               "WHEN :area <> 0 THEN h.area_id = :area "
               "WHEN :sb <> 0 OR :st <> 0 THEN a.station_id IN (SELECT station_id FROM sa) ELSE 1 = 1 END")
        .arg(dated(QStringLiteral("t.found_at")));
}

QString dated(const QString& column)
{
    return QStringLiteral("(:dated = 0 OR coalesce(substr(%1, 1, 10), '') BETWEEN :from AND :to)")
        .arg(column);
}

sql::Binds binds(const QString& text, const DashboardFilter& f, const sql::Binds& extra)
{
    const sql::Binds values = {
        {QStringLiteral(":op"), f.operationId},
        {QStringLiteral(":sb"), f.subBureauId},
        {QStringLiteral(":st"), f.stationId},
        {QStringLiteral(":area"), f.areaId},
        {QStringLiteral(":dated"), f.hasDates() ? 1 : 0},
        {QStringLiteral(":from"), f.from.isValid() ? f.from.toString(Qt::ISODate) : QStringLiteral("0000")},
        {QStringLiteral(":to"), f.to.isValid() ? f.to.toString(Qt::ISODate) : QStringLiteral("9999")}};
    sql::Binds kept;
    for (const sql::Bind& b : values + extra)
        if (text.contains(b.name))
            kept << b;
    return kept;
}

Result<QSqlQuery> query(const QSqlDatabase& db, const QString& statement, const DashboardFilter& f,
                        const sql::Binds& extra)
{
    const QString text = scope() + statement;
    return sql::query(db, text, binds(text, f, extra));
}

} // namespace hc::filtersql
