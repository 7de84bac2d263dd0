#pragma once
// Builds the operation's charts (QtCharts) from core's plain structs, for the dashboard and
// the operation report. Each function returns a new QChart the caller owns (usually by
// handing it to a QChartView). Series carry the codes or indexes a click needs:
// a bar's index is its day or row in the list given (coverageBars: see coverageRowOfBar),
// a donut slice has the property "status" (the status code).

#include "core/stats/DashboardService.h"

#include <algorithm>
#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
class QFont;
QT_END_NAMESPACE

namespace hc::charts {

// The days (0 = the first) an axis of `days` days labels: every k-th day from the first, k the
// smallest of 1, 2, 3, 4, 5, 7, 14, 21, 28 ... days giving at most kMaxDayLabels labels, and the
// last day always (in place of the labelled day before it when that one is closer than k).
inline constexpr int kMaxDayLabels = 10;
QList<int> dayLabelIndexes(qsizetype days);

// Households covered so far, day by day, and the target as a flat line (when there is one).
QChart* cumulativeCoverage(const QList<DayRow>& days, std::optional<qint64> target);
// One bar per day, its value over it; the days labelled under their bars (dayLabelIndexes).
// Bars of visits per day. Up to kMaxBarValues days each bar carries its value; over longer ranges
// the numbers would overlap, and a bar tells its day and value when the pointer rests on it.
inline constexpr int kMaxBarValues = 31;
QChart* visitsPerDay(const QList<DayRow>& days);
// Horizontal bars of the share covered (%), in the order given, the first on top, each with its
// value; the scale at the top and at the bottom. Give the
// view about 20 px per row (coverageBarsHeight) so names stay readable.
QChart* coverageBars(const QList<CoverageRow>& rows, const QString& title);
// The ticks of coverageBars()' percent scale (0% to 100% in even steps) for a plot area
// `width` wide: as many as leave every label whole in `font`; set again when the chart resizes.
int percentTickCount(qreal width, const QFont& font);
inline int coverageBarsHeight(qsizetype rows)
{
    // Title and both scales take about 100 px; two stations do not get 150 px bars.
    return std::max(180, 100 + 22 * int(rows));
}
// The row of `rows` a clicked bar of coverageBars() stands for.
inline qsizetype coverageRowOfBar(int barIndex, qsizetype rowCount)
{
    return rowCount - 1 - barIndex;
}
// Persons by latest screening status, each slice and legend entry "label (count)"; statuses
// without persons get no slice.
QChart* latestStatusDonut(const QList<StatusCount>& counts);
// Cases opened, found alive, rescued and found deceased, cumulative over the days given.
QChart* caseOutcomes(const QList<CaseDay>& days, QDate start, QDate end);

} // namespace hc::charts
