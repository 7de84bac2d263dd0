#pragma once
// The supervisor's dashboard series, each one SQL aggregate: coverage per station (or per
// area inside one station) against the households in scope, visits and newly covered
// households per day, officer productivity, the revisit backlog per area, overdue cases.
// Plain structs; the charts are drawn in ui/.

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace hc {

class Database;

struct CoverageRow
{
    qint64 id = 0; // station or area
    QString name;
    qint64 inScope = 0; // households
    qint64 visited = 0;
    qint64 covered = 0;
    double share() const { return inScope ? double(covered) / double(inScope) : 0.0; }
};

struct DayRow
{
    QDate day;
    qint64 visits = 0;
    qint64 newlyCovered = 0; // households whose first covering visit was that day
    qint64 cumulativeCovered = 0;
};

struct OfficerRow
{
    qint64 officerId = 0;
    QString name; // "name (badge)"
    QString station;
    qint64 visits = 0;
    qint64 householdsCovered = 0; // households this officer's visits covered
    qint64 personChecks = 0;
    int activeDays = 0;
    double visitsPerDay() const { return activeDays ? double(visits) / activeDays : 0.0; }
};

struct OverdueCase
{
    qint64 id = 0;
    QString caseNo;
    QString subject;
    QString riskLevel;
    QString lastActivity; // latest lead, or the opening when there is none
    int daysSilent = 0;
};

class DashboardService
{
    Q_DECLARE_TR_FUNCTIONS(hc::DashboardService)
public:
    explicit DashboardService(Database& db);

    // stationId 0: one row per station; otherwise one row per area of that station.
    Result<QList<CoverageRow>> coverage(qint64 operationId, qint64 stationId) const;
    Result<QList<DayRow>> days(qint64 operationId) const; // every day of the operation, zeros included
    Result<QList<OfficerRow>> officers(qint64 operationId, qint64 stationId) const;
    Result<QList<CoverageRow>> revisitBacklog(qint64 operationId,
                                              qint64 stationId) const; // visited = pending
    // Open or investigating cases without a lead for `days` days (7 by the rule).
    Result<QList<OverdueCase>> overdueCases(qint64 operationId, QDate today, int days = 7) const;

private:
    Database& m_db;
};

} // namespace hc
