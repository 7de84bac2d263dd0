#pragma once
// The operation's figures (DOMAIN.md "What the operation report shows"): read from the
// counters the schema's triggers keep in step, plus small aggregates over cases.

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

namespace hc {

class Database;

struct OperationStats
{
    qint64 householdsInScope = 0;
    qint64 householdsVisited = 0;
    qint64 householdsCovered = 0;
    qint64 revisitsPending = 0;
    qint64 visits = 0;
    qint64 personChecks = 0;
    qint64 personsScreened = 0;
    QMap<QString, qint64> checksByStatus;        // every status present
    QMap<QString, qint64> personsByLatestStatus; // every status present
    qint64 unregisteredFound = 0;
    qint64 casesOpened = 0;
    QMap<QString, qint64> casesByStatus; // every case status present
    QMap<QString, qint64> casesBySource; // screening, public_report
    qint64 foundAlive = 0;
    qint64 rescued = 0;
    qint64 foundDeceased = 0;
    qint64 familiesReunited = 0;
    QMap<QString, qint64> crimesUncovered; // homicide, kidnapping, trafficking, other

    QJsonObject toJson() const;
    bool operator==(const OperationStats&) const = default;
};

class StatsService
{
    Q_DECLARE_TR_FUNCTIONS(hc::StatsService)
public:
    explicit StatsService(Database& db);
    Result<OperationStats> compute(const QString& operationName) const;
    Result<OperationStats> compute(qint64 operationId) const;
    // The same figures by full aggregation over visits and screenings, without the counters:
    // the reference the counters are checked against (tests, `stats --recount`).
    Result<OperationStats> recount(qint64 operationId) const;

    // An aligned two-column table with translated labels.
    static QString formatTable(const OperationStats& s);

private:
    Result<OperationStats> common(qint64 operationId) const;
    Database& m_db;
};

} // namespace hc
