#pragma once
// The operation's figures (DOMAIN.md "What the operation report shows"): read from the
// counters the schema's triggers keep in step, plus small aggregates over cases. The SQL is
// StatsStore's; the figures' names are FigureLabels'.

#include "core/auth/Actor.h"
#include "core/common/Result.h"
#include "core/stats/DashboardData.h"
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

    // The figures within a dashboard filter. compute() takes the households, visits, checks
    // and latest statuses from the dashboard's own refresh (so its tiles and these agree by
    // construction, the actor's scope applied); recount() counts every figure from the rows.
    // Cases: opened, by status and by source count those opened within the dates; found alive,
    // rescued and found deceased count by their outcome date; crimes by their date, families
    // reunited by the reunion's date, people found by the date they were found (StatsStore).
    Result<OperationStats> compute(const DashboardFilter& filter, const Actor& actor) const;
    Result<OperationStats> recount(const DashboardFilter& filter) const;

    // An aligned two-column table with translated labels.
    static QString formatTable(const OperationStats& s);

private:
    Result<OperationStats> common(qint64 operationId) const;
    Result<OperationStats> filteredCommon(const DashboardFilter& filter) const;
    static Status registrationFigures(OperationStats& s, const Result<qint64>& registered,
                                      const Result<qint64>& idCards);
    Status addOutcomes(const StatsStore& store, const DashboardFilter& f, OperationStats& s) const;
    Status addCalls(const DashboardFilter& f, OperationStats& s) const;
    Database& m_db;
};

} // namespace hc
