#include "core/sheets/SheetStore.h"

#include "core/storage/Sql.h"

#include <QHash>

namespace hc {

namespace {

// The households of the area to print: every one, or those the operation has not covered.
QString householdCondition(bool pendingOnly)
{
    return pendingOnly
               ? QStringLiteral("h.area_id = :area AND NOT EXISTS (SELECT 1 FROM household_progress hp "
                                "WHERE hp.household_id = h.id AND hp.operation_id = :op AND hp.covered = 1)")
               : QStringLiteral("h.area_id = :area");
}

sql::Binds bindsOf(const SheetRequest& r)
{
    sql::Binds binds{{QStringLiteral(":area"), r.areaId}};
    if (r.pendingOnly)
        binds << sql::Bind{QStringLiteral(":op"), r.operationId};
    return binds;
}

} // namespace

namespace {
// The areas the condition keeps, with their stations, by station name.
Result<QList<SheetArea>> areasWhere(const QSqlDatabase& db, const QString& condition, const sql::Binds& binds)
{
    auto found = sql::query(db,
                            QStringLiteral("SELECT a.id, a.station_id, a.name, s.name FROM areas a "
                                           "JOIN stations s ON s.id = a.station_id WHERE %1 ORDER BY s.name")
                                .arg(condition),
                            binds);
    if (!found)
        return found.error();
    QList<SheetArea> areas;
    for (QSqlQuery& q = found.value(); q.next();)
        areas << SheetArea{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                           q.value(3).toString()};
    return areas;
}
} // namespace

Result<std::optional<SheetArea>> SheetStore::area(qint64 areaId) const
{
    const auto found = areasWhere(m_db, QStringLiteral("a.id = :id"), {{QStringLiteral(":id"), areaId}});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<SheetArea>() : std::optional<SheetArea>(found->first());
}

Result<QList<SheetArea>> SheetStore::areasNamed(const QString& name) const
{
    return areasWhere(m_db, QStringLiteral("a.name = :name"), {{QStringLiteral(":name"), name}});
}

Result<QString> SheetStore::operationName(qint64 operationId) const
{
    const auto name = sql::scalar(m_db, QStringLiteral("SELECT name FROM operations WHERE id = :id"),
                                  {{QStringLiteral(":id"), operationId}});
    if (!name)
        return name.error();
    return name->toString();
}

Result<QList<DoorSheet>> SheetStore::households(const SheetRequest& request) const
{
    const QString where = householdCondition(request.pendingOnly);
    auto found =
        sql::query(m_db,
                   QStringLiteral("SELECT h.id, h.household_no, h.address FROM households h WHERE %1 "
                                  "ORDER BY h.household_no")
                       .arg(where),
                   bindsOf(request));
    if (!found)
        return found.error();
    QList<DoorSheet> sheets;
    QHash<qint64, qsizetype> indexOf;
    for (QSqlQuery& q = found.value(); q.next();) {
        indexOf.insert(q.value(0).toLongLong(), sheets.size());
        sheets << DoorSheet{q.value(1).toString(), q.value(2).toString(), {}};
    }
    // Registered residents first, the head of household first among them, then by birth.
    auto people =
        sql::query(m_db,
                   QStringLiteral("SELECT p.household_id, p.name, coalesce(p.sex, ''), "
                                  "coalesce(substr(p.birth_date, 1, 4), CAST(p.birth_year AS TEXT), ''), "
                                  "coalesce(p.id_number, ''), coalesce(p.relation, ''), p.registered "
                                  "FROM persons p JOIN households h ON h.id = p.household_id WHERE %1 "
                                  "ORDER BY p.household_id, p.registered DESC, "
                                  "CASE WHEN p.relation = '户主' THEN 0 ELSE 1 END, p.birth_date, p.id")
                       .arg(where),
                   bindsOf(request));
    if (!people)
        return people.error();
    for (QSqlQuery& q = people.value(); q.next();) {
        const auto at = indexOf.constFind(q.value(0).toLongLong());
        if (at == indexOf.cend())
            continue;
        sheets[*at].residents << SheetResident{q.value(1).toString(), q.value(2).toString(),
                                               q.value(3).toString(), q.value(4).toString(),
                                               q.value(5).toString(), q.value(6).toBool()};
    }
    return sheets;
}

} // namespace hc
