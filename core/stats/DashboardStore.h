#pragma once
// The dashboard's queries. The filtered ones read the counters of schema 3 (area_households,
// area_progress, area_day, officer_day, area_latest) and the small cases table, each starting
// from the areas the filter keeps; the older per-operation series take an OperationScope.

#include "core/common/Result.h"
#include "core/stats/DashboardData.h"
#include "core/storage/Sql.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QVariantList>

namespace hc {

struct DayCounts
{
    QDate day;
    qint64 visits = 0;
    qint64 newlyCovered = 0;
};

// Within the filter's dates (every day when it has none).
struct PeriodFigures
{
    qint64 newlyVisited = 0;
    qint64 newlyCovered = 0;
    qint64 personChecks = 0;
};

struct CaseFigures
{
    qint64 open = 0; // open or investigating, opened by the filter's last day
    qint64 foundAlive = 0;
    qint64 rescued = 0;
    qint64 familiesReunited = 0;
};

// A drill-down's rows before formatting: each row's entity id and its cells.
struct DrillCells
{
    QList<qint64> ids;
    QList<QVariantList> cells;
    bool truncated = false; // more rows than the limit
    qint64 total = 0;       // the rows there are (counted when more than the limit)
};

class DashboardStore
{
public:
    explicit DashboardStore(QSqlDatabase db) : m_db(std::move(db)) {}
    QSqlDatabase db() const { return m_db; }

    // Per area when the filter names a station or area, per station otherwise; by id.
    Result<QList<CoverageRow>> coverage(const DashboardFilter& f) const;
    // Visits and newly covered households per day, every day of the operation that has any.
    Result<QList<DayCounts>> dayCounts(const DashboardFilter& f) const;
    Result<PeriodFigures> periodFigures(const DashboardFilter& f) const;
    // Persons by their latest screening status.
    Result<QHash<QString, qint64>> latestStatus(const DashboardFilter& f) const;
    // Cases of the stations kept (by the subject's household when an area is chosen).
    Result<CaseFigures> caseFigures(const DashboardFilter& f) const;
    Result<QList<CaseDay>> caseDays(const DashboardFilter& f) const;
    Result<QList<OfficerRow>> officers(const DashboardFilter& f) const;
    // Per area: visited = inScope = households visited and not covered.
    Result<QList<CoverageRow>> backlog(const DashboardFilter& f) const;
    // The operation's cases at the stations the filter keeps.
    Result<QSet<qint64>> caseIds(const DashboardFilter& f) const;

    // Drill-downs, up to `limit` rows each.
    Result<DrillCells> pendingHouseholds(const DashboardFilter& f, int limit) const;
    Result<DrillCells> personsWithStatus(const DashboardFilter& f, const QString& status, int limit) const;
    Result<DrillCells> visitsOnDay(const DashboardFilter& f, QDate day, int limit) const;
    // The reunions behind families_reunited (one row per case; families may repeat).
    Result<DrillCells> reunions(const DashboardFilter& f, int limit) const;

    // Computed from the visits and screenings themselves, for one operation and station.
    Result<QList<OfficerRow>> officers(sql::OperationScope scope) const;
    Result<QList<CoverageRow>> revisitBacklog(sql::OperationScope scope) const;
    // Open or investigating cases whose latest lead (or opening) is on or before `silentSince`;
    // daysSilent is left 0.
    Result<QList<OverdueCase>> overdueCases(qint64 operationId, QDate silentSince) const;

    Result<QList<Place>> subBureaus() const;
    // subBureauId 0: every station.
    Result<QList<Place>> stations(qint64 subBureauId) const;

private:
    Result<QSqlQuery> run(const QString& statement, const DashboardFilter& f,
                          const sql::Binds& extra = {}) const;
    Result<DrillCells> drill(const QString& statement, const DashboardFilter& f, int limit,
                             const sql::Binds& extra) const;
    QSqlDatabase m_db;
};

} // namespace hc
