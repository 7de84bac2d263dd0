#pragma once
// The operations tables (operations, operation_stations): reading operations with their
// stations, writing a new one, changing one and closing or reopening it.

#include "core/common/Result.h"
#include "core/operations/Operation.h"
#include "core/storage/Sql.h"

#include <QSqlDatabase>
#include <optional>

namespace hc {

class OperationStore
{
public:
    explicit OperationStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<Operation>> findByName(const QString& name) const;
    Result<std::optional<Operation>> findById(qint64 id) const;
    // Newest first.
    Result<QList<Operation>> list() const;
    Result<std::optional<qint64>> stationId(const QString& stationName) const;
    // Inserts the operation and its stations; returns the new id.
    Result<qint64> insert(const Operation& op, const QString& createdAt) const;
    // Name, dates, target and stations (replaced) of op.id.
    Status update(const Operation& op) const;
    // closedAt empty: reopens.
    Status setClosed(qint64 id, const QString& closedAt, const QString& closedBy) const;

private:
    Status insertStations(qint64 operationId, const QList<qint64>& stationIds) const;
    Result<QList<Operation>> read(const QString& where, const sql::Binds& binds) const;
    QSqlDatabase m_db;
};

} // namespace hc
