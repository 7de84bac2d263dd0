#pragma once
// An operation (专项行动) as a value: a sweep with dates, stations in scope and a household target.

#include <QDate>
#include <QList>
#include <QString>
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
};

} // namespace hc
