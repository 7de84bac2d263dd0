#include "ui/report/ReportCharts.h"

#include "ui/charts/OperationCharts.h"

#include "core/registry/Vocabulary.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
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

// The charts themselves are the dashboard's (ui/charts/OperationCharts); the report only
// feeds them its rows, sets print fonts and renders them to images.
QImage ReportCharts::coverageByStation(const OperationReport& r, int width)
{
    QList<CoverageRow> rows;
    for (const ReportScopeRow& s : r.stations)
        rows << CoverageRow{s.id, s.name, s.inScope, s.visited, s.covered};
    // Lowest coverage at the bottom, highest on top, as on the dashboard.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const CoverageRow& a, const CoverageRow& b) { return a.share() > b.share(); });
    QChart* chart = charts::coverageBars(rows, tr("Coverage per station"));
    styleChart(chart, tr("Coverage per station"));
    // Station names in full, small enough for 60 stations on one A4 page.
    for (QAbstractAxis* axis : chart->axes(Qt::Vertical)) {
        if (auto* names = qobject_cast<QBarCategoryAxis*>(axis)) {
            names->setTruncateLabels(false);
            names->setLabelsFont(font(rows.size() > 40 ? 6.5 : 8));
        }
    }
    const int height = 90 + 14 * int(std::max<qsizetype>(rows.size(), 2));
    return render(chart, QSize(width, std::min(height, 930)));
}

QImage ReportCharts::cumulativeCoverage(const OperationReport& r, int width)
{
    QList<DayRow> days;
    for (const ReportDay& d : r.days) {
        DayRow row;
        row.day = d.day;
        row.visits = d.visits;
        row.cumulativeCovered = d.cumulativeCovered;
        days << row;
    }
    QChart* chart = charts::cumulativeCoverage(days, r.title.targetHouseholds);
    styleChart(chart, tr("Households covered against the target"));
    return render(chart, QSize(width, width / 2));
}

QImage ReportCharts::statusDonut(const OperationReport& r, int width)
{
    QList<StatusCount> counts;
    for (const QString& code : Vocabulary::codes(Vocabulary::Kind::Status))
        counts << StatusCount{code, r.latestStatus.value(code)};
    QChart* chart = charts::latestStatusDonut(counts);
    chart->legend()->setAlignment(Qt::AlignRight);
    styleChart(chart, tr("Persons by latest screening status"));
    return render(chart, QSize(width, width / 2));
}

} // namespace hc
