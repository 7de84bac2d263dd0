#pragma once
// The operation report's content as plain values (ARCHITECTURE.md "Reports"): title data, the
// headline figures in the form the bureau publishes, per sub-bureau and per station tables, the
// per-day series, the latest screening statuses and the open high-risk cases. Assembled by
// ReportService, turned into tables by ReportTables, rendered by ui/report.

#include "core/league/LeagueTypes.h"
#include "core/stats/DashboardData.h"
#include "core/stats/StatsService.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>
#include <optional>

namespace hc {

struct ReportTitle
{
    QString operationName;
    QDate start;
    QDate end;
    bool allStations = false;
    QStringList stations; // names of the stations in scope, sorted
    qint64 householdsInScope = 0;
    std::optional<qint64> targetHouseholds;
    QDateTime generatedAt;
    QString narrowedTo; // the filter in words ("东岗派出所 · 2026-03-10 – 2026-03-30"); empty: none
};

// The figures the bureau publishes (DOMAIN.md "Where it comes from").
struct ReportHeadline
{
    qint64 householdsVisited = 0;
    qint64 householdsCovered = 0;
    qint64 personChecks = 0;
    qint64 personsScreened = 0;
    qint64 whereaboutsUnknownNow = 0;
    qint64 casesOpened = 0;
    QMap<QString, qint64> casesBySource; // every source code, zeros included
    qint64 foundAlive = 0;               // cases closed so
    qint64 rescued = 0;                  // cases closed so
    qint64 foundDeceased = 0;
    qint64 foundPeople = 0;      // distinct people found alive or rescued, with a case or traced
    qint64 foundWithCase = 0;    // of them, those whose case closed so
    qint64 familiesReunited = 0; // distinct families
    qint64 unregisteredFound = 0;
    qint64 unregisteredRegistered = 0;     // of them, registered since
    qint64 unregisteredIdCards = 0;        // of them, given ID cards
    QMap<QString, qint64> crimesUncovered; // crimes (起) by kind, every kind, zeros included
    QMap<QString, qint64> crimesSolved;    // of them, solved (破获)
    QMap<QString, qint64> crimeVictims;    // their victims (cases)
    qint64 calls = 0;                      // calls logged on the hotline and officers' phones, by date
    qint64 callsCasesOpened = 0;           // of them, calls that opened a case
    qint64 foundOrRescued() const { return foundPeople; }
    qint64 crimesTotal() const;
};

// One row of the per station or per sub-bureau table.
struct ReportScopeRow
{
    qint64 id = 0; // station or sub-bureau id; 0 for stations without a sub-bureau
    QString name;
    QString subBureau; // station rows only
    qint64 inScope = 0;
    qint64 visited = 0;
    qint64 covered = 0;
    qint64 personChecks = 0;
    qint64 whereaboutsUnknown = 0; // persons whose latest screening says so
    qint64 cases = 0;              // cases of the operation at that station
    qint64 found = 0;              // found alive or rescued
    double coverage() const { return inScope ? double(covered) / double(inScope) : 0.0; }
};

struct ReportDay
{
    QDate day;
    qint64 visits = 0;
    qint64 cumulativeCovered = 0;
};

// A picture attached to a case, as the report's case annex prints it (thumbnail size).
struct ReportCasePhoto
{
    QString caption;
    QByteArray thumbnail; // PNG
};

struct ReportHighRiskCase
{
    QString caseNo;
    QString subject;
    QString station;
    QString status; // open or investigating
    QDate opened;
    int daysOpen = 0;
    QString lastLead; // text of the latest lead; empty when there is none
    QDate lastLeadDate;
    QList<ReportCasePhoto> photos; // the case's pictures, oldest first (issue 14)
};

// The station league of the whole operation (issue 13, outcome 6), whatever the report is
// narrowed to: the top three and the bottom three, and the weights they were ranked with.
struct ReportLeague
{
    LeagueWeights weights;
    int stations = 0;
    QList<LeagueRow> top;    // best first
    QList<LeagueRow> bottom; // the bottom three not already among the top, in table order
};

struct OperationReport
{
    DashboardFilter filter; // what the figures are narrowed to (none: the whole operation)
    ReportTitle title;
    ReportHeadline headline;
    QList<ReportScopeRow> subBureaus;        // sorted by name, "no sub-bureau" last
    QList<ReportScopeRow> stations;          // sorted by sub-bureau, then name
    QList<ReportDay> days;                   // every day of the operation
    QMap<QString, qint64> latestStatus;      // persons by their latest screening status
    QList<ReportHighRiskCase> highRiskCases; // oldest first
    ReportLeague league;
};

} // namespace hc
