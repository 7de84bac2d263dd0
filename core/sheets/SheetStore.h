#pragma once
// The SQL behind the printed door-to-door sheets: an area's households (all, or those not yet
// covered in the operation) with their residents, in two queries however many households.

#include "core/common/Result.h"
#include "core/sheets/DoorSheet.h"

#include <QSqlDatabase>
#include <optional>

namespace hc {

struct SheetArea
{
    qint64 id = 0;
    qint64 stationId = 0;
    QString name;
    QString station;
};

class SheetStore
{
public:
    explicit SheetStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // The area, or an empty optional when there is none with that id.
    Result<std::optional<SheetArea>> area(qint64 areaId) const;
    // The areas with this name (one per station at most), with their stations.
    Result<QList<SheetArea>> areasNamed(const QString& name) const;
    // The operation's name, empty when there is no such operation.
    Result<QString> operationName(qint64 operationId) const;
    // The area's households with their residents, in household number order; ID numbers as
    // stored (the service masks them).
    Result<QList<DoorSheet>> households(const SheetRequest& request) const;

private:
    QSqlDatabase m_db;
};

} // namespace hc
