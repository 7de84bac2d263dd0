#pragma once
// The supervisor's dashboard series, each one SQL aggregate: coverage per station (or per
// area inside one station) against the households in scope, visits and newly covered
// households per day, officer productivity, the revisit backlog per area, overdue cases.
// Plain structs (DashboardData.h); the charts are drawn in ui/. An officer's dashboard is
// narrowed to their station (Scope; another station is refused), the other roles see the
// city. The SQL is DashboardStore's.

#include "core/auth/Actor.h"
#include "core/common/Result.h"
#include "core/stats/DashboardData.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace hc {

class Database;

class DashboardService
{
    Q_DECLARE_TR_FUNCTIONS(hc::DashboardService)
public:
    DashboardService(Database& db, Actor actor);

    // stationId 0: one row per station; otherwise one row per area of that station.
    Result<QList<CoverageRow>> coverage(qint64 operationId, qint64 stationId) const;
    Result<QList<DayRow>> days(qint64 operationId) const; // every day of the operation, zeros included
    Result<QList<OfficerRow>> officers(qint64 operationId, qint64 stationId) const;
    Result<QList<CoverageRow>> revisitBacklog(qint64 operationId,
                                              qint64 stationId) const; // visited = pending
    // Open or investigating cases without a lead for `days` days (7 by the rule).
    Result<QList<OverdueCase>> overdueCases(qint64 operationId, QDate today, int days = 7) const;

    // Every series and table for the filter, from the counters of schema 3.
    Result<DashboardData> refresh(const DashboardFilter& filter, QDate today) const;
    Result<QList<CoverageRow>> coverage(const DashboardFilter& filter) const;
    Result<QList<DayRow>> days(const DashboardFilter& filter) const;

    // The filter bar's choices: sub-bureaus, and the stations of one (0: every station). Names
    // only, for every role.
    QList<Place> subBureaus() const;
    QList<Place> stations(qint64 subBureauId) const;

    // Drill-downs: the households not yet covered; the people whose latest status is
    // `status`; the visits of one day - each within the filter's places.
    Result<DrillRows> pendingHouseholds(const DashboardFilter& filter, int limit = 2000) const;
    Result<DrillRows> personsWithStatus(const DashboardFilter& filter, const QString& status,
                                        int limit = 2000) const;
    Result<DrillRows> visitsOnDay(const DashboardFilter& filter, QDate day, int limit = 2000) const;
    // The reunions behind the families reunited: one row per case (the row opens the case), the
    // family in the last column (two siblings of one family are two rows, one family).
    Result<DrillRows> reunions(const DashboardFilter& filter, int limit = 2000) const;

private:
    // The filter within the actor's scope, or the refusal (audited).
    Result<DashboardFilter> scoped(const DashboardFilter& f) const;
    Result<QList<OverdueCase>> overdue(const DashboardFilter& f, QDate today, int days) const;
    Result<QList<DayRow>> dayRows(const DashboardFilter& f) const;

    Database& m_db;
    Actor m_actor;
};

} // namespace hc
