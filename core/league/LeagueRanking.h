#pragma once
// The league table's arithmetic, free of the database: weeks of an operation, each station's
// figures for a span folded from LeagueStore's dated events, and the ranking (min-max
// normalisation across the stations, the weighted score, ranks, the bottom three, the last).

#include "core/league/LeagueStore.h"
#include "core/league/LeagueTypes.h"

#include <QMap>

namespace hc {

class LeagueRanking
{
public:
    // Week N is the Nth span of 7 days from the operation's first day; the last week may be
    // shorter (it ends with the operation).
    static int weekCount(QDate start, QDate end);
    static QDate weekStart(QDate start, int week);
    static QDate weekEnd(QDate start, QDate end, int week);

    // Each station's figures for the days from..to (inclusive), in the order of facts.stations.
    static QList<LeagueFigures> figures(const LeagueFacts& facts, QDate from, QDate to);

    // The measures normalised to 0..1 across the rows: (x - min) / (max - min), the backlog
    // inverted ((max - x) / (max - min)); a measure equal at every station gives 1 to all. The
    // score is the weighted mean of the normalised measures (0 when every weight is 0). Rows
    // come back by score, highest first, then by station name; equal scores share a rank.
    // Bottom three: the last three rows as the table shows them (ties at the edge go by
    // station name); in a table of three stations or fewer, only the last. Last: the lowest
    // score (every station sharing it), when the scores are not all equal. A table whose
    // scores are all equal marks nobody.
    static QList<LeagueRow> rank(const QList<LeagueFigures>& figures, const LeagueWeights& weights);

    // The stations last in each week 1..upToWeek (station id -> weeks); a week without a single
    // visit (not begun yet) has no last station.
    static QMap<qint64, QList<int>> lastWeeks(const LeagueFacts& facts, QDate start, QDate end,
                                              const LeagueWeights& weights, int upToWeek);
    // Fills lastWeeks and lastTwice: for week N, last in N and in N - 1; for the whole
    // operation (week 0), last in any two successive weeks.
    static void markLastTwice(QList<LeagueRow>& rows, const QMap<qint64, QList<int>>& lastWeeks, int week);
};

} // namespace hc
