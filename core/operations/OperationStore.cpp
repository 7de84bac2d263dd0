#include "core/operations/OperationStore.h"

namespace hc {

Result<QList<Operation>> OperationStore::read(const QString& where, const sql::Binds& binds) const
{
    auto found = sql::query(m_db,
                            QStringLiteral("SELECT id, name, start_date, end_date, target_households, "
                                           "all_stations, coalesce(closed_at, ''), coalesce(closed_by, '') "
                                           "FROM operations ") +
                                where,
                            binds);
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    QList<Operation> out;
    while (q.next()) {
        Operation op;
        op.id = q.value(0).toLongLong();
        op.name = q.value(1).toString();
        op.start = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        op.end = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        if (!q.value(4).isNull())
            op.targetHouseholds = q.value(4).toLongLong();
        op.allStations = q.value(5).toBool();
        op.closedAt = q.value(6).toString();
        op.closedBy = q.value(7).toString();
        out << op;
    }
    QSqlQuery s(m_db);
    if (Status p = sql::prepare(s, QStringLiteral("SELECT station_id FROM operation_stations "
                                                  "WHERE operation_id = :op ORDER BY station_id"));
        !p)
        return p.error();
    for (Operation& op : out) {
        if (Status e = sql::exec(s, {{QStringLiteral(":op"), op.id}}); !e)
            return e.error();
        while (s.next())
            op.stationIds << s.value(0).toLongLong();
    }
    return out;
}

Result<std::optional<Operation>> OperationStore::findByName(const QString& name) const
{
    auto found = read(QStringLiteral("WHERE name = :name"), {{QStringLiteral(":name"), name}});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Operation>() : std::optional<Operation>(found->first());
}

Result<std::optional<Operation>> OperationStore::findById(qint64 id) const
{
    auto found = read(QStringLiteral("WHERE id = :id"), {{QStringLiteral(":id"), id}});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Operation>() : std::optional<Operation>(found->first());
}

Result<QList<Operation>> OperationStore::list() const
{
    return read(QStringLiteral("ORDER BY start_date DESC, id DESC"), {});
}

Result<std::optional<qint64>> OperationStore::stationId(const QString& stationName) const
{
    auto id = sql::scalar(m_db, QStringLiteral("SELECT id FROM stations WHERE name = :name"),
                          {{QStringLiteral(":name"), stationName}});
    if (!id)
        return id.error();
    return id->isValid() ? std::optional<qint64>(id->toLongLong()) : std::optional<qint64>();
}

Result<qint64> OperationStore::insert(const Operation& op, const QString& createdAt) const
{
    auto id =
        sql::insert(m_db,
                    QStringLiteral("INSERT INTO operations(name, start_date, end_date, target_households, "
                                   "all_stations, created_at) VALUES (:name, :start, :end, :target, "
                                   ":all, :created)"),
                    {{QStringLiteral(":name"), op.name},
                     {QStringLiteral(":start"), sql::orNull(op.start)},
                     {QStringLiteral(":end"), sql::orNull(op.end)},
                     {QStringLiteral(":target"), sql::orNull(op.targetHouseholds)},
                     {QStringLiteral(":all"), op.allStations ? 1 : 0},
                     {QStringLiteral(":created"), createdAt}});
    if (!id)
        return id;
    if (Status s = insertStations(*id, op.stationIds); !s)
        return s.error();
    return id;
}

Status OperationStore::insertStations(qint64 operationId, const QList<qint64>& stationIds) const
{
    QSqlQuery q(m_db);
    if (Status p = sql::prepare(q, QStringLiteral("INSERT INTO operation_stations(operation_id, station_id) "
                                                  "VALUES (:op, :station)"));
        !p)
        return p;
    for (qint64 station : stationIds)
        if (Status e =
                sql::exec(q, {{QStringLiteral(":op"), operationId}, {QStringLiteral(":station"), station}});
            !e)
            return e;
    return {};
}

Status OperationStore::update(const Operation& op) const
{
    auto done = sql::execute(
        m_db,
        QStringLiteral("UPDATE operations SET name = :name, start_date = :start, end_date = :end, "
                       "target_households = :target, all_stations = :all WHERE id = :id"),
        {{QStringLiteral(":name"), op.name},
         {QStringLiteral(":start"), sql::orNull(op.start)},
         {QStringLiteral(":end"), sql::orNull(op.end)},
         {QStringLiteral(":target"), sql::orNull(op.targetHouseholds)},
         {QStringLiteral(":all"), op.allStations ? 1 : 0},
         {QStringLiteral(":id"), op.id}});
    if (!done)
        return done.error();
    auto cleared =
        sql::execute(m_db, QStringLiteral("DELETE FROM operation_stations WHERE operation_id = :id"),
                     {{QStringLiteral(":id"), op.id}});
    if (!cleared)
        return cleared.error();
    return insertStations(op.id, op.stationIds);
}

Status OperationStore::setClosed(qint64 id, const QString& closedAt, const QString& closedBy) const
{
    auto done = sql::execute(
        m_db, QStringLiteral("UPDATE operations SET closed_at = :at, closed_by = :by WHERE id = :id"),
        {{QStringLiteral(":at"), sql::orNull(closedAt)},
         {QStringLiteral(":by"), sql::orNull(closedBy)},
         {QStringLiteral(":id"), id}});
    if (!done)
        return done.error();
    return {};
}

} // namespace hc
