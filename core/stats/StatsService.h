#pragma once
// The operation's figures (DOMAIN.md "What the operation report shows"): read from the
// counters the schema's triggers keep in step, plus small aggregates over cases. The SQL is
// StatsStore's; the figures' names are FigureLabels'.

#include "core/common/Result.h"
#include "core/stats/OperationStats.h"

#include <QCoreApplication>

namespace hc {

class Database;
class StatsStore;

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
    Status addOutcomes(const StatsStore& store, qint64 operationId, OperationStats& s) const;
    Database& m_db;
};

} // namespace hc
