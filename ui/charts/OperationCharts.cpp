#include "ui/charts/OperationCharts.h"

#include "core/registry/Vocabulary.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPieSeries>
#include <QValueAxis>

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

void addDateAxes(QChart* chart, QDate start, QDate end, qreal maxY)
{
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MM-dd"));
    x->setRange(start.startOfDay(), end.startOfDay());
    x->setTickCount(std::min<int>(8, std::max<int>(2, int(start.daysTo(end)) + 1)));
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
    QStringList labels;
    qreal maxY = 0;
    for (const DayRow& d : days) {
        *set << qreal(d.visits);
        labels << d.day.toString(QStringLiteral("MM-dd"));
        maxY = std::max(maxY, qreal(d.visits));
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.9);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    x->setLabelsAngle(-90);
    x->setTruncateLabels(false);
    if (days.size() > 31) {
        // Too many days for a label each: the range goes into the title instead.
        x->setLabelsVisible(false);
        chart->setTitle(
            QCoreApplication::translate("hc::OperationCharts", "Visits per day, %1 to %2")
                .arg(days.first().day.toString(Qt::ISODate), days.last().day.toString(Qt::ISODate)));
    }
    auto* y = new QValueAxis;
    y->setRange(0, std::max<qreal>(1, maxY * 1.05));
    y->setLabelFormat(QStringLiteral("%d"));
    y->applyNiceNumbers(); // 0, 10000, 20000 ... rather than 0, 13912, 27825
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
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
    series->setLabelsVisible(rows.size() <= 30); // unreadable when the bars get thin
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(labels);
    y->setTruncateLabels(false);
    auto* x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    return chart;
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
