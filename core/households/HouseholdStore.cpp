#include "core/households/HouseholdStore.h"

#include "core/storage/Sql.h"

namespace hc {

namespace {
struct Where
{
    QStringList clauses;
    sql::Binds binds;
};

// The shared WHERE of page() and nextToVisit() over households h, areas a and the
// household's household_progress row hp.
Where whereOf(const HouseholdFilter& f, const std::optional<QList<qint64>>& within, const QString& after)
{
    Where w;
    w.clauses << QStringLiteral("h.household_no > coalesce(:after, '')");
    w.binds << sql::Bind{QStringLiteral(":after"), after};
    w.binds << sql::Bind{QStringLiteral(":op"), f.operationId};
    if (f.stationId) {
        w.clauses << QStringLiteral("a.station_id = :station");
        w.binds << sql::Bind{QStringLiteral(":station"), f.stationId};
    }
    if (f.areaId) {
        w.clauses << QStringLiteral("h.area_id = :area");
        w.binds << sql::Bind{QStringLiteral(":area"), f.areaId};
    }
    switch (f.coverage) {
    case Coverage::Any:
        break;
    case Coverage::NotVisited:
        w.clauses << QStringLiteral("hp.household_id IS NULL");
        break;
    case Coverage::Revisit:
        // coalesce() (SQLite's ifnull) keeps the planner driving from the station's households
        // (measured: 0.4 s at scale 10 when it scanned household_progress instead).
        w.clauses << QStringLiteral("coalesce(hp.covered, -1) = 0");
        break;
    case Coverage::Covered:
        w.clauses << QStringLiteral("coalesce(hp.covered, -1) = 1");
        break;
    }
    if (within) {
        // A few hundred ids at most (the search's limit), written as integers.
        QStringList ids;
        for (qint64 id : *within)
            ids << QString::number(id);
        w.clauses
            << QStringLiteral("h.id IN (%1)").arg(ids.isEmpty() ? QStringLiteral("NULL") : ids.join(u','));
    }
    return w;
}

Coverage coverageOf(const QVariant& covered)
{
    if (covered.isNull())
        return Coverage::NotVisited;
    return covered.toBool() ? Coverage::Covered : Coverage::Revisit;
}
} // namespace

Result<QList<HouseholdRow>> HouseholdStore::page(const HouseholdFilter& f,
                                                 const std::optional<QList<qint64>>& within,
                                                 const QString& after, int limit) const
{
    Where w = whereOf(f, within, after);
    w.binds << sql::Bind{QStringLiteral(":limit"), limit};
    auto found = sql::query(
        m_db,
        QStringLiteral("SELECT h.id, h.household_no, h.address, a.name, "
                       "(SELECT count(*) FROM persons p WHERE p.household_id = h.id), hp.last_visit_at, "
                       "hp.covered FROM households h JOIN areas a ON a.id = h.area_id "
                       "LEFT JOIN household_progress hp ON hp.household_id = h.id AND hp.operation_id = :op "
                       "WHERE %1 ORDER BY h.household_no LIMIT :limit")
            .arg(w.clauses.join(QStringLiteral(" AND "))),
        w.binds);
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    QList<HouseholdRow> rows;
    while (q.next())
        rows << HouseholdRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(),   q.value(4).toInt(),    q.value(5).toString(),
                             coverageOf(q.value(6))};
    return rows;
}

Result<qint64> HouseholdStore::count(const HouseholdFilter& f,
                                     const std::optional<QList<qint64>>& within) const
{
    const Where w = whereOf(f, within, QString());
    auto n = sql::scalar(
        m_db,
        QStringLiteral("SELECT count(*) FROM households h JOIN areas a ON a.id = h.area_id "
                       "LEFT JOIN household_progress hp ON hp.household_id = h.id AND hp.operation_id = :op "
                       "WHERE %1")
            .arg(w.clauses.join(QStringLiteral(" AND "))),
        w.binds);
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<std::optional<qint64>> HouseholdStore::nextToVisit(const HouseholdFilter& filter,
                                                          const std::optional<QList<qint64>>& within,
                                                          const QString& after) const
{
    HouseholdFilter f = filter;
    f.coverage = Coverage::Any;
    Where w = whereOf(f, within, after);
    w.clauses << QStringLiteral("coalesce(hp.covered, 0) = 0");
    auto id = sql::scalar(
        m_db,
        QStringLiteral("SELECT h.id FROM households h JOIN areas a ON a.id = h.area_id "
                       "LEFT JOIN household_progress hp ON hp.household_id = h.id AND hp.operation_id = :op "
                       "WHERE %1 ORDER BY h.household_no LIMIT 1")
            .arg(w.clauses.join(QStringLiteral(" AND "))),
        w.binds);
    if (!id)
        return id.error();
    return id->isValid() ? std::optional<qint64>(id->toLongLong()) : std::optional<qint64>();
}

Result<std::optional<HouseholdDetail>> HouseholdStore::household(qint64 householdId, qint64 operationId) const
{
    auto found = sql::query(
        m_db,
        QStringLiteral("SELECT h.id, h.household_no, h.address, a.name, s.name, hp.last_visit_at, hp.covered "
                       "FROM households h JOIN areas a ON a.id = h.area_id "
                       "JOIN stations s ON s.id = a.station_id "
                       "LEFT JOIN household_progress hp ON hp.household_id = h.id AND hp.operation_id = :op "
                       "WHERE h.id = :id"),
        {{QStringLiteral(":op"), operationId}, {QStringLiteral(":id"), householdId}});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    if (!q.next())
        return std::optional<HouseholdDetail>();
    HouseholdDetail d;
    d.household = HouseholdRow{
        q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), 0,
        q.value(5).toString(),   coverageOf(q.value(6))};
    d.station = q.value(4).toString();
    return std::optional<HouseholdDetail>(d);
}

Result<QList<MemberRow>> HouseholdStore::members(qint64 householdId, qint64 operationId) const
{
    auto found = sql::query(
        m_db,
        QStringLiteral("SELECT p.id, p.name, coalesce(p.id_number, ''), coalesce(p.sex, ''), "
                       "coalesce(p.birth_date, CAST(p.birth_year AS TEXT), ''), coalesce(p.relation, ''), "
                       "coalesce(p.phone, ''), p.registered, coalesce(pp.status, '') FROM persons p "
                       "LEFT JOIN person_progress pp ON pp.person_id = p.id AND pp.operation_id = :op "
                       "WHERE p.household_id = :id "
                       "ORDER BY p.registered DESC, p.relation = '户主' DESC, p.birth_date, p.id"),
        {{QStringLiteral(":op"), operationId}, {QStringLiteral(":id"), householdId}});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    QList<MemberRow> rows;
    while (q.next())
        rows << MemberRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                          q.value(6).toString(),   q.value(7).toBool(),   q.value(8).toString()};
    return rows;
}

Result<QList<VisitHistoryRow>> HouseholdStore::visits(qint64 householdId, qint64 operationId) const
{
    // "+v.operation_id": the household index, not a scan of the operation.
    auto found = sql::query(
        m_db,
        QStringLiteral("SELECT v.id, v.visited_at, u.name || ' (' || u.badge || ')', v.outcome, "
                       "(SELECT count(*) FROM screenings s WHERE s.visit_id = v.id), "
                       "(SELECT count(*) FROM audit_log l WHERE l.entity = 'visit' AND l.action = 'correct' "
                       " AND l.entity_id = CAST(v.id AS TEXT)) "
                       "FROM visits v LEFT JOIN users u ON u.id = v.officer_id "
                       "WHERE v.household_id = :id AND +v.operation_id = :op "
                       "ORDER BY v.visited_at DESC, v.id DESC"),
        {{QStringLiteral(":id"), householdId}, {QStringLiteral(":op"), operationId}});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    QList<VisitHistoryRow> rows;
    while (q.next())
        rows << VisitHistoryRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(),   q.value(4).toInt(),    q.value(5).toInt()};
    return rows;
}

Result<std::optional<qint64>> HouseholdStore::idOfNumber(const QString& householdNo) const
{
    auto id = sql::scalar(m_db, QStringLiteral("SELECT id FROM households WHERE household_no = :no"),
                          {{QStringLiteral(":no"), householdNo}});
    if (!id)
        return id.error();
    return id->isValid() ? std::optional<qint64>(id->toLongLong()) : std::optional<qint64>();
}

Result<std::optional<qint64>> HouseholdStore::stationOfHousehold(qint64 householdId) const
{
    auto station = sql::scalar(
        m_db,
        QStringLiteral(
            "SELECT a.station_id FROM households h JOIN areas a ON a.id = h.area_id WHERE h.id = :id"),
        {{QStringLiteral(":id"), householdId}});
    if (!station)
        return station.error();
    return station->isValid() ? std::optional<qint64>(station->toLongLong()) : std::optional<qint64>();
}

Result<std::optional<qint64>> HouseholdStore::householdOfPerson(qint64 personId) const
{
    auto found =
        sql::query(m_db, QStringLiteral("SELECT coalesce(household_id, 0) FROM persons WHERE id = :id"),
                   {{QStringLiteral(":id"), personId}});
    if (!found)
        return found.error();
    if (!found.value().next())
        return std::optional<qint64>();
    return std::optional<qint64>(found.value().value(0).toLongLong());
}

Result<QList<StationRow>> HouseholdStore::stations() const
{
    auto found = sql::query(m_db, QStringLiteral("SELECT id, name FROM stations ORDER BY name"));
    if (!found)
        return found.error();
    QList<StationRow> rows;
    while (found.value().next())
        rows << StationRow{found.value().value(0).toLongLong(), found.value().value(1).toString()};
    return rows;
}

Result<QList<AreaRow>> HouseholdStore::areas(qint64 stationId) const
{
    auto found =
        sql::query(m_db,
                   QStringLiteral("SELECT id, name, station_id FROM areas "
                                  "WHERE :station = 0 OR station_id = :station ORDER BY station_id, name"),
                   {{QStringLiteral(":station"), stationId}});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    QList<AreaRow> rows;
    while (q.next())
        rows << AreaRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()};
    return rows;
}

} // namespace hc
