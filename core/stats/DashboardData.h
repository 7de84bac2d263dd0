#pragma once
// The dashboard's content as plain values: the filter, coverage rows, per-day series, officer
// productivity, overdue cases, headline figures and drill-down lists.

#include <QDate>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace hc {

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

// What the dashboard shows: one operation, narrowed by sub-bureau, station, area (each 0 for
// any) and a date range (null dates: the whole operation).
struct DashboardFilter
{
    qint64 operationId = 0;
    qint64 subBureauId = 0;
    qint64 stationId = 0;
    qint64 areaId = 0;
    QDate from;
    QDate to;
    bool hasPlace() const { return subBureauId || stationId || areaId; }
    bool hasDates() const { return from.isValid() || to.isValid(); }
};

// Headline figures for the filter. With a date range, visited/covered count the households
// first visited/covered in it, visits and person-checks those in it; "now" figures are not
// dated (latest status, open cases).
struct DashboardHeadline
{
    qint64 householdsInScope = 0;
    qint64 householdsVisited = 0;
    qint64 householdsCovered = 0;
    std::optional<qint64> target; // the operation's household target (whole operation, no dates)
    qint64 visits = 0;
    qint64 personChecks = 0;
    qint64 whereaboutsUnknown = 0;
    qint64 casesOpen = 0; // open or investigating
    qint64 foundAlive = 0;
    qint64 rescued = 0;
    qint64 familiesReunited = 0;
    // People found living without registration within the filter, and of them those registered
    // since and those given ID cards: `stats`'s figures for the same filter.
    qint64 unregisteredFound = 0;
    qint64 unregisteredRegistered = 0;
    qint64 unregisteredIdCards = 0;
    // Crimes uncovered (起) per crime kind code, as `stats` counts them for the same filter.
    QMap<QString, qint64> crimesByKind;
    qint64 crimesUncovered() const
    {
        qint64 n = 0;
        for (const qint64 k : crimesByKind)
            n += k;
        return n;
    }
};

struct StatusCount
{
    QString status; // screening status code
    qint64 persons = 0;
};

struct CaseDay
{
    QDate day;
    qint64 opened = 0;
    qint64 foundAlive = 0;
    qint64 rescued = 0;
    qint64 foundDeceased = 0;
};

struct DashboardData
{
    DashboardFilter filter;
    QString operationName;
    QDate start, end; // the days shown
    DashboardHeadline headline;
    QList<DayRow> days;              // every day shown, zeros included; cumulative from the first shown
    bool coverageByArea = false;     // rows are areas (a station or area is chosen) or stations
    QList<CoverageRow> coverage;     // sorted by share covered, highest first
    QList<StatusCount> latestStatus; // persons by their latest screening status, every status
    QList<CaseDay> caseDays;         // days with case activity
    QList<OfficerRow> officers;
    QList<CoverageRow> backlog; // per area: visited = households visited and not covered
    QList<OverdueCase> overdue;
    QList<QPair<QString, double>> timingsMs; // per part, for `bench dashboard`
};

// A drill-down list: translated headers, rows of text, the row's entity id.
struct DrillRows
{
    QStringList headers;
    QList<QStringList> rows;
    QList<qint64> ids;
    bool truncated = false; // more rows than the limit
    qint64 total = 0;       // the rows there are, shown or not ("1,680 households, 200 shown")
};

struct Place
{
    qint64 id = 0;
    QString name;
};

} // namespace hc
