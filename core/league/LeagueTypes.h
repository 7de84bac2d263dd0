#pragma once
// The station league table (issue 13, outcome 6) as plain values: the six measures, the
// administrator's weights, each station's figures for a span of days, and the ranked rows.
// How each measure is counted: LeagueService.h.

#include <QDate>
#include <QList>
#include <QString>
#include <array>

namespace hc {

enum class LeagueMeasure
{
    Coverage,      // households first covered in the span / households in scope
    OnTime,        // visits in the span logged on the day of the visit / visits in the span
    Backlog,       // households visited and not covered at the span's end (fewer is better)
    Verification,  // away persons verified in the span / away persons awaiting verification in it
    CasesClosed,   // the station's cases of the operation closed in the span
    Registrations, // registration files of the station registered in the span
};
inline constexpr int kLeagueMeasures = 6;

struct LeagueWeights
{
    static constexpr int kMax = 10;
    std::array<int, kLeagueMeasures> values{1, 1, 1, 1, 1, 1}; // by LeagueMeasure; equal by default

    int of(LeagueMeasure m) const { return values[size_t(m)]; }
    int total() const
    {
        int sum = 0;
        for (int w : values)
            sum += w;
        return sum;
    }
    bool operator==(const LeagueWeights&) const = default;
};

// One station's raw figures for a span.
struct LeagueFigures
{
    qint64 stationId = 0;
    QString station;
    qint64 households = 0; // in scope (registered households of the station's areas)
    qint64 covered = 0;    // first covered in the span
    qint64 visits = 0;     // in the span
    qint64 visitsOnTime = 0;
    qint64 backlog = 0; // at the span's end
    qint64 verificationsNeeded = 0;
    qint64 verificationsDone = 0;
    qint64 casesClosed = 0;
    qint64 registrations = 0;

    // The measure before normalisation: a share (0..1) or a count.
    double value(LeagueMeasure m) const;
};

struct LeagueRow
{
    LeagueFigures figures;
    std::array<double, kLeagueMeasures> normalised{}; // 0..1 across the table, 1 the best
    double score = 0;                                 // weighted mean of the normalised measures, 0..1
    int rank = 0;                                     // 1 the best; equal scores share a rank
    bool bottomThree = false;
    bool last = false;      // the lowest score of a table whose scores are not all equal
    bool lastTwice = false; // last in two successive weeks (see lastWeeks)
    QList<int> lastWeeks;   // the weeks this station was last in, up to the table's span
};

struct LeagueTable
{
    qint64 operationId = 0;
    QString operationName;
    int week = 0;  // 0: the whole operation
    int weeks = 0; // how many weeks the operation spans
    QDate from;
    QDate to;
    LeagueWeights weights;
    QList<LeagueRow> rows; // by rank, then station name
};

} // namespace hc
