#include "core/operations/OperationStore.h"

namespace hc {

Result<QList<Operation>> OperationStore::read(const QString& where, const sql::Binds& binds) const
{
    auto found = sql::query(m_db,
                            QStringLiteral("SELECT id, name, start_date, end_date, target_households, "
                                           "all_stations FROM operations ") +
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
    QSqlQuery q(m_db);
    if (Status p = sql::prepare(q, QStringLiteral("INSERT INTO operation_stations(operation_id, station_id) "
                                                  "VALUES (:op, :station)"));
        !p)
        return p.error();
    for (qint64 station : op.stationIds)
        if (Status e = sql::exec(q, {{QStringLiteral(":op"), *id}, {QStringLiteral(":station"), station}});
            !e)
            return e.error();
    return id;
}

} // namespace hc
