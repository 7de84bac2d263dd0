#include "report/ReportCharts.h"

#include "registry/Vocabulary.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QValueAxis>
#include <algorithm>

namespace hc {

namespace {
constexpr int kScale = 2;

void styleChart(QChart* chart, const QString& title)
{
    chart->setTitle(title);
    chart->setTitleFont(ReportCharts::font(11));
    chart->legend()->setFont(ReportCharts::font(8));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    for (QAbstractAxis* axis : chart->axes())
        axis->setLabelsFont(ReportCharts::font(8));
}

// Draws the chart into an image kScale times the logical size. The chart is laid out at once
// (a chart's layout otherwise waits for the event loop, and nothing here runs one).
QImage render(QChart* chart, QSize size)
{
    QGraphicsScene scene; // owns the chart
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    if (chart->layout())
        chart->layout()->activate();
    QImage image(size * kScale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())), QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}
} // namespace

QFont ReportCharts::font(qreal pointSize)
{
    QFont f;
    f.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
                   QStringLiteral("Source Han Sans SC"), QStringLiteral("Droid Sans Fallback"),
                   QStringLiteral("sans-serif")});
    f.setPointSizeF(pointSize);
    return f;
}

QImage ReportCharts::coverageByStation(const OperationReport& r, int width)
{
    QList<ReportScopeRow> rows = r.stations;
    // Lowest coverage at the bottom, highest on top (bars are drawn bottom-up).
    std::stable_sort(rows.begin(), rows.end(),
                     [](const ReportScopeRow& a, const ReportScopeRow& b) { return a.coverage() < b.coverage(); });
    auto* set = new QBarSet(tr("Households covered (%)"));
    QStringList names;
    for (const ReportScopeRow& s : rows) {
        *set << s.coverage() * 100.0;
        names << s.name;
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    auto* chart = new QChart;
    chart->addSeries(series);
    auto* names_ = new QBarCategoryAxis;
    names_->append(names);
    auto* share = new QValueAxis;
    share->setRange(0, 100);
    share->setLabelFormat(QStringLiteral("%d%%"));
    share->setTickCount(6);
    chart->addAxis(names_, Qt::AlignLeft);
    chart->addAxis(share, Qt::AlignBottom);
    series->attachAxis(names_);
    series->attachAxis(share);
    chart->legend()->hide();
    styleChart(chart, tr("Coverage per station"));
    // Station names in full, small enough for 60 stations on one A4 page.
    names_->setTruncateLabels(false);
    names_->setLabelsFont(font(rows.size() > 40 ? 6.5 : 8));
    const int height = 90 + 14 * int(std::max<qsizetype>(rows.size(), 2));
    return render(chart, QSize(width, std::min(height, 930)));
}

QImage ReportCharts::cumulativeCoverage(const OperationReport& r, int width)
{
    auto* covered = new QLineSeries;
    covered->setName(tr("Households covered"));
    qint64 top = 0;
    for (const ReportDay& d : r.days) {
        covered->append(double(d.day.startOfDay().toMSecsSinceEpoch()), double(d.cumulativeCovered));
        top = std::max(top, d.cumulativeCovered);
    }
    auto* chart = new QChart;
    chart->addSeries(covered);
    QLineSeries* target = nullptr;
    if (r.title.targetHouseholds && !r.days.isEmpty()) {
        target = new QLineSeries;
        target->setName(tr("Target"));
        const double t = double(*r.title.targetHouseholds);
        target->append(double(r.days.first().day.startOfDay().toMSecsSinceEpoch()), t);
        target->append(double(r.days.last().day.startOfDay().toMSecsSinceEpoch()), t);
        QPen pen(Qt::red);
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.5);
        target->setPen(pen);
        chart->addSeries(target);
        top = std::max<qint64>(top, *r.title.targetHouseholds);
    }
    auto* dates = new QDateTimeAxis;
    dates->setFormat(QStringLiteral("MM-dd"));
    dates->setTickCount(7);
    if (!r.days.isEmpty())
        dates->setRange(r.days.first().day.startOfDay(), r.days.last().day.startOfDay());
    auto* households = new QValueAxis;
    households->setRange(0, double(std::max<qint64>(top, 1)) * 1.05);
    households->setLabelFormat(QStringLiteral("%.0f"));
    households->applyNiceNumbers();
    chart->addAxis(dates, Qt::AlignBottom);
    chart->addAxis(households, Qt::AlignLeft);
    for (QLineSeries* s : {covered, target})
        if (s) {
            s->attachAxis(dates);
            s->attachAxis(households);
        }
    chart->legend()->setAlignment(Qt::AlignBottom);
    styleChart(chart, tr("Households covered against the target"));
    return render(chart, QSize(width, width / 2));
}

QImage ReportCharts::statusDonut(const OperationReport& r, int width)
{
    auto* series = new QPieSeries;
    series->setHoleSize(0.45);
    series->setPieSize(0.8);
    for (const QString& code : Vocabulary::codes(Vocabulary::Kind::Status)) {
        const qint64 n = r.latestStatus.value(code);
        if (n > 0)
            series->append(QStringLiteral("%1 (%2)").arg(Vocabulary::label(Vocabulary::Kind::Status, code),
                                                         QLocale().toString(n)),
                           double(n));
    }
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    styleChart(chart, tr("Persons by latest screening status"));
    return render(chart, QSize(width, width / 2));
}

} // namespace hc
