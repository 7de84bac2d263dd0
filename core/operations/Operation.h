#pragma once
// An operation (专项行动) as a value: a sweep with dates, stations in scope and a household target;
// once closed it is read-only.

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace hc {

struct Operation
{
    qint64 id = 0;
    QString name;
    QDate start;
    QDate end;
    std::optional<qint64> targetHouseholds;
    bool allStations = false;
    QList<qint64> stationIds; // empty when allStations
    QString closedAt;         // wall-clock time; empty while the operation is open
    QString closedBy;         // the account that closed it

    bool closed() const { return !closedAt.isEmpty(); }
};

// What an administrator or supervisor may change in an operation (OperationService::update).
struct OperationEdit
{
    QString name;
    QDate start;
    QDate end;
    QStringList stationNames; // empty: every station
    std::optional<qint64> targetHouseholds;
};

} // namespace hc
