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
QT_END_NAMESPACE

namespace hc::charts {

// Households covered so far, day by day, and the target as a flat line (when there is one).
QChart* cumulativeCoverage(const QList<DayRow>& days, std::optional<qint64> target);
// One bar per day.
QChart* visitsPerDay(const QList<DayRow>& days);
// Horizontal bars of the share covered (%), in the order given, the first on top. Give the
// view about 20 px per row (coverageBarsHeight) so names stay readable.
QChart* coverageBars(const QList<CoverageRow>& rows, const QString& title);
inline int coverageBarsHeight(qsizetype rows)
{
    return std::max(300, 90 + 20 * int(rows));
}
// The row of `rows` a clicked bar of coverageBars() stands for.
inline qsizetype coverageRowOfBar(int barIndex, qsizetype rowCount)
{
    return rowCount - 1 - barIndex;
}
// Persons by latest screening status; statuses without persons get no slice.
QChart* latestStatusDonut(const QList<StatusCount>& counts);
// Cases opened, found alive, rescued and found deceased, cumulative over the days given.
QChart* caseOutcomes(const QList<CaseDay>& days, QDate start, QDate end);

} // namespace hc::charts
