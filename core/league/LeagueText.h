#pragma once
// The league table in words, written once for every front end: the column headers, a row's
// cells (plain numbers, shares as percentages), the caption naming the operation, the span and
// the weights, and why a station is flagged. The dashboard's table and its CSV export and the
// CLI's text output use them.

#include "core/league/LeagueTypes.h"

#include <QCoreApplication>
#include <QStringList>

namespace hc {

class LeagueText
{
    Q_DECLARE_TR_FUNCTIONS(hc::LeagueText)
public:
    enum Column
    {
        RankColumn,
        StationColumn,
        FirstMeasureColumn, // then one column per LeagueMeasure
        ScoreColumn = FirstMeasureColumn + kLeagueMeasures,
        BottomThreeColumn,
        LastTwiceColumn,
        ColumnCount
    };
    static QStringList header();
    static QStringList cells(const LeagueRow& row);
    // A measure's value as shown: "45.2%" for a share, the count otherwise.
    static QString measureText(const LeagueFigures& f, LeagueMeasure m);
    // "Whole operation (2026-03-01 – 2026-05-29)" or "Week 3 (2026-03-15 – 2026-03-21)".
    static QString span(const LeagueTable& t);
    // "春季行动 · Week 3 (…) · Weights: Coverage 1 · …", the first line of an export.
    static QString caption(const LeagueTable& t);
    // "Last in weeks: 3, 4", empty when the station was never last.
    static QString lastWeeksText(const LeagueRow& row);
};

} // namespace hc
