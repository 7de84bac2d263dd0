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

} // namespace hc::filtersql
