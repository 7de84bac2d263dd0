#include "ui/charts/OperationCharts.h"

#include "core/common/DateText.h"
#include "core/registry/Vocabulary.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QToolTip>
#include <QValueAxis>
#include <functional>

namespace hc::charts {

namespace {
qreal msecs(QDate d)
{
    return qreal(d.startOfDay().toMSecsSinceEpoch());
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// An axis of days with a label on every k-th day (dayLabelIndexes), each under its day:
// `at(i)` is the axis value of day i from `start`.
QCategoryAxis* dayAxis(QDate start, int count, const std::function<qreal(int)>& at)
{
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setStartValue(at(0) - (at(1) - at(0)) / 2);
    for (const int i : dayLabelIndexes(count))
        x->append(start.addDays(i).toString(QStringLiteral("MM-dd")), at(i));
    x->setRange(at(0) - (at(1) - at(0)) / 2, at(count - 1) + (at(1) - at(0)) / 2);
    x->setGridLineVisible(false);
    x->setTruncateLabels(false);
    return x;
}

void addDateAxes(QChart* chart, QDate start, QDate end, qreal maxY)
{
    auto* x = dayAxis(start, int(start.daysTo(end)) + 1, [start](int i) { return msecs(start.addDays(i)); });
    auto* y = new QValueAxis;
    y->setRange(0, std::max<qreal>(1, maxY * 1.05));
    y->setLabelFormat(QStringLiteral("%d"));
    y->applyNiceNumbers(); // 0, 10000, 20000 ... rather than 0, 13912, 27825
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}
} // namespace

QList<int> dayLabelIndexes(qsizetype days)
{
    if (days <= 0)
        return {};
    // The smallest step among whole days and weeks that keeps the labels to kMaxDayLabels.
    int k = 1;
    for (const int step : {1, 2, 3, 4, 5, 7, 14, 21, 28}) {
        k = step;
        if ((days - 1) / step + 1 <= kMaxDayLabels)
            break;
    }
    while ((days - 1) / k + 1 > kMaxDayLabels)
        k += 7;
    QList<int> out;
    for (int i = 0; i < days; i += k)
        out << i;
    // The last day always; it takes the place of the one before it when closer than a step.
    const int last = int(days) - 1;
    if (out.last() != last) {
        if (out.size() > 1 && last - out.last() < k)
            out.removeLast();
        out << last;
    }
    return out;
}

QChart* cumulativeCoverage(const QList<DayRow>& days, std::optional<qint64> target)
{
    QChart* chart = newChart(QCoreApplication::translate("hc::OperationCharts", "Households covered"));
    auto* covered = new QLineSeries;
    covered->setName(QCoreApplication::translate("hc::OperationCharts", "Covered (cumulative)"));
    qreal maxY = 0;
    for (const DayRow& d : days) {
        covered->append(msecs(d.day), qreal(d.cumulativeCovered));
        maxY = std::max(maxY, qreal(d.cumulativeCovered));
    }
    chart->addSeries(covered);
    if (target && !days.isEmpty()) {
        auto* line = new QLineSeries;
        line->setName(QCoreApplication::translate("hc::OperationCharts", "Target"));
        line->append(msecs(days.first().day), qreal(*target));
        line->append(msecs(days.last().day), qreal(*target));
        QPen pen(Qt::red);
        pen.setStyle(Qt::DashLine);
        pen.setWidth(2);
        line->setPen(pen);
        chart->addSeries(line);
        maxY = std::max(maxY, qreal(*target));
    }
    if (!days.isEmpty())
        addDateAxes(chart, days.first().day, days.last().day, maxY);
    return chart;
}

QChart* visitsPerDay(const QList<DayRow>& days)
{
    QChart* chart = newChart(QCoreApplication::translate("hc::OperationCharts", "Visits per day"));
    auto* set = new QBarSet(QCoreApplication::translate("hc::OperationCharts", "Visits"));
    qreal maxY = 0;
    for (const DayRow& d : days) {
        *set << qreal(d.visits);
        maxY = std::max(maxY, qreal(d.visits));
    }
    set->setLabelColor(QColor(0x33, 0x33, 0x33)); // over the bar, on white
    QFont small = set->labelFont();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
    set->setLabelFont(small);
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.9);
    // Each bar's value over it; upright when the bars are too narrow for the number.
    const bool values = days.size() <= kMaxBarValues;
    series->setLabelsVisible(values);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(9);
    if (days.size() > 20)
        series->setLabelsAngle(-90);
    QObject::connect(set, &QBarSet::hovered, set, [days](bool on, int index) {
        if (!on || index < 0 || index >= days.size())
            return QToolTip::hideText();
        const DayRow& d = days.at(index);
        QToolTip::showText(
            QCursor::pos(),
            QCoreApplication::translate("hc::OperationCharts", "%1: %Ln visit(s)", nullptr, int(d.visits))
                .arg(dateText(d.day)));
    });
    chart->addSeries(series);
    auto* y = new QValueAxis;
    y->setRange(0, std::max<qreal>(1, maxY * (!values            ? 1.05
                                              : days.size() > 20 ? 1.2
                                                                 : 1.1))); // room for the values
    y->setLabelFormat(QStringLiteral("%d"));
    y->applyNiceNumbers(); // 0, 10000, 20000 ... rather than 0, 13912, 27825
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    if (!days.isEmpty()) {
        // Bar i stands at x = i: the labels of the days shown fall on their bars.
        QCategoryAxis* x = dayAxis(days.first().day, int(days.size()), [](int i) { return qreal(i); });
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
    }
    chart->legend()->hide();
    return chart;
}

QChart* coverageBars(const QList<CoverageRow>& rows, const QString& title)
{
    QChart* chart = newChart(title);
    auto* set = new QBarSet(QCoreApplication::translate("hc::OperationCharts", "Covered (%)"));
    QStringList labels;
    // A horizontal bar chart draws its first category at the bottom: add them reversed so the
    // first row is on top, and keep bar index == row index by reading the set reversed too.
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        *set << rows.at(i).share() * 100.0;
        labels << rows.at(i).name;
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.8);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(labels);
    y->setTruncateLabels(false);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    // The scale at the top and at the bottom, readable beside any row: gridlines every 10%
    // where the labels fit, fewer steps on a narrow chart (a cut "10…" reads as 10%).
    QList<QValueAxis*> scales;
    for (const Qt::Alignment side : {Qt::AlignBottom, Qt::AlignTop}) {
        auto* x = new QValueAxis;
        x->setRange(0, 100);
        x->setTickCount(11);
        x->setLabelFormat(QStringLiteral("%d%%"));
        x->setGridLineVisible(side == Qt::AlignBottom);
        chart->addAxis(x, side);
        series->attachAxis(x);
        scales << x;
    }
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [scales](const QRectF& area) {
        for (QValueAxis* x : scales)
            if (const int ticks = percentTickCount(area.width(), x->labelsFont()); ticks != x->tickCount())
                x->setTickCount(ticks);
    });
    chart->legend()->hide();
    return chart;
}

int percentTickCount(qreal width, const QFont& font)
{
    // A horizontal axis gives each label the width between two ticks less its padding, and
    // elides a longer one; leave the widest label ("100%") that room and some air.
    const qreal label = QFontMetricsF(font).horizontalAdvance(QStringLiteral("100%")) + 16;
    for (const int ticks : {11, 6, 5, 3}) // steps of 10%, 20%, 25%, 50%
        if (width / ticks >= label)
            return ticks;
    return 2;
}

QChart* latestStatusDonut(const QList<StatusCount>& counts)
{
    QChart* chart =
        newChart(QCoreApplication::translate("hc::OperationCharts", "Latest status of the persons screened"));
    auto* series = new QPieSeries;
    series->setHoleSize(0.45);
    for (const StatusCount& c : counts) {
        if (c.persons <= 0)
            continue;
        QPieSlice* slice = series->append(QStringLiteral("%1 (%2)")
                                              .arg(Vocabulary::label(Vocabulary::Kind::Status, c.status))
                                              .arg(c.persons),
                                          qreal(c.persons));
        slice->setProperty("status", c.status);
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    // Room for the longest label with its count beside the donut; a narrow chart still
    // shortens one, and its full text is the marker's tooltip.
    const QFontMetricsF metrics(chart->legend()->font());
    qreal widest = 0;
    for (const QPieSlice* slice : series->slices())
        widest = std::max(widest, metrics.horizontalAdvance(slice->label()));
    chart->legend()->setMinimumWidth(widest + 3 * metrics.height());
    chart->legend()->setShowToolTips(true);
    return chart;
}

QChart* caseOutcomes(const QList<CaseDay>& days, QDate start, QDate end)
{
    QChart* chart = newChart(QCoreApplication::translate("hc::OperationCharts", "Cases over time"));
    if (!days.isEmpty()) {
        start = std::min(start, days.first().day);
        end = std::max(end, days.last().day);
    }
    const QList<QPair<QString, qint64 CaseDay::*>> kinds = {
        {QCoreApplication::translate("hc::OperationCharts", "Opened"), &CaseDay::opened},
        {QCoreApplication::translate("hc::OperationCharts", "Found alive"), &CaseDay::foundAlive},
        {QCoreApplication::translate("hc::OperationCharts", "Rescued"), &CaseDay::rescued},
        {QCoreApplication::translate("hc::OperationCharts", "Found deceased"), &CaseDay::foundDeceased}};
    qreal maxY = 0;
    for (const auto& [name, member] : kinds) {
        auto* series = new QLineSeries;
        series->setName(name);
        qint64 total = 0;
        series->append(msecs(start), 0);
        for (const CaseDay& d : days) {
            total += d.*member;
            series->append(msecs(d.day), qreal(total));
        }
        series->append(msecs(end), qreal(total));
        maxY = std::max(maxY, qreal(total));
        chart->addSeries(series);
    }
    addDateAxes(chart, start, end, maxY);
    return chart;
}

} // namespace hc::charts
