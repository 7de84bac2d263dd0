#include "ui/report/ReportCharts.h"

#include "ui/charts/OperationCharts.h"

#include "core/registry/Vocabulary.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QPieSeries>
#include <QTextDocument>
#include <algorithm>

namespace hc {

namespace {
// Every text of the chart in the print font, sized in document pixels (see pixelFont).
void styleChart(QChart* chart, const QString& title)
{
    chart->setTitle(title);
    chart->setTitleFont(ReportCharts::pixelFont(11));
    chart->legend()->setFont(ReportCharts::pixelFont(8));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(ReportCharts::pixelFont(8));
        axis->setTitleFont(ReportCharts::pixelFont(8));
    }
    for (QAbstractSeries* series : chart->series()) {
        // Bar values no taller than the bars' names.
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
            for (QBarSet* set : bars->barSets())
                set->setLabelFont(ReportCharts::pixelFont(6.5));
        if (auto* pie = qobject_cast<QPieSeries*>(series))
            for (QPieSlice* slice : pie->slices())
                slice->setLabelFont(ReportCharts::pixelFont(8));
    }
}

// Lays the chart out at `size` (at once: a chart's layout otherwise waits for the event loop)
// and records its drawing 1:1 in document units.
ReportChart record(QChart* chart, QSizeF size)
{
    QGraphicsScene scene; // owns the chart
    scene.setItemIndexMethod(QGraphicsScene::NoIndex);
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    // Twice: the axes size their labels once the first pass placed them.
    for (int pass = 0; pass < 2; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        if (chart->layout())
            chart->layout()->activate();
    }
    ReportChart out;
    out.size = size;
    const QRectF r(QPointF(0, 0), size);
    QPainter painter(&out.picture);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, r, r, Qt::IgnoreAspectRatio);
    painter.end();
    out.picture.setBoundingRect(r.toAlignedRect());
    return out;
}
} // namespace

QRectF ReportChart::draw(QPainter* painter, const QRectF& target) const
{
    if (size.isEmpty() || target.isEmpty())
        return {};
    const qreal s = std::min(target.width() / size.width(), target.height() / size.height());
    const QSizeF drawn = size * s;
    const QRectF placed(QPointF(target.x() + (target.width() - drawn.width()) / 2,
                                target.y() + (target.height() - drawn.height()) / 2),
                        drawn);
    painter->save();
    painter->translate(placed.topLeft());
    // A picture plays itself scaled by the device's resolution over its own (QPicture::play):
    // undone here, so that it is drawn in the painter's units.
    const QPaintDevice* device = painter->device();
    painter->scale(s * qreal(picture.logicalDpiX()) / qreal(device->logicalDpiX()),
                   s * qreal(picture.logicalDpiY()) / qreal(device->logicalDpiY()));
    painter->drawPicture(QPointF(0, 0), picture);
    painter->restore();
    return placed;
}

QFont ReportCharts::font(qreal pointSize)
{
    QFont f;
    f.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
                   QStringLiteral("Source Han Sans SC"), QStringLiteral("Droid Sans Fallback"),
                   QStringLiteral("sans-serif")});
    f.setPointSizeF(pointSize);
    return f;
}

QFont ReportCharts::pixelFont(qreal pointSize)
{
    QFont f = font(pointSize);
    f.setPixelSize(std::max(1, qRound(pointSize * 96.0 / 72.0)));
    return f;
}

// The charts themselves are the dashboard's (ui/charts/OperationCharts); the report only
// feeds them its rows, sets print fonts and records them at their printed size.
ReportChart ReportCharts::coverageByStation(const OperationReport& r, int width)
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
            names->setLabelsFont(pixelFont(rows.size() > 40 ? 6.5 : 8));
        }
    }
    // Room for the title, the scale above and below, and the legend, with a few stations too.
    const int height = 110 + 14 * int(std::max<qsizetype>(rows.size(), 8));
    return record(chart, QSizeF(width, std::min(height, 930)));
}

ReportChart ReportCharts::cumulativeCoverage(const OperationReport& r, int width)
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
    return record(chart, QSizeF(width, width / 2.0));
}

ReportChart ReportCharts::statusDonut(const OperationReport& r, int width)
{
    QList<StatusCount> counts;
    for (const QString& code : Vocabulary::codes(Vocabulary::Kind::Status))
        counts << StatusCount{code, r.latestStatus.value(code)};
    QChart* chart = charts::latestStatusDonut(counts);
    chart->legend()->setAlignment(Qt::AlignRight);
    styleChart(chart, tr("Persons by latest screening status"));
    return record(chart, QSizeF(width, width / 2.0));
}

ReportChartObject::ReportChartObject(QHash<QString, ReportChart> charts, QObject* parent)
    : QObject(parent), m_charts(std::move(charts))
{
}

QSizeF ReportChartObject::intrinsicSize(QTextDocument* doc, int, const QTextFormat& format)
{
    const auto it = m_charts.constFind(format.stringProperty(kNameProperty));
    if (it == m_charts.constEnd())
        return {};
    // Narrower than the chart (a viewer's width): shrunk, its aspect ratio kept.
    const qreal width = doc->textWidth() > 0 ? doc->textWidth() - 2 * doc->documentMargin() : 0;
    if (width > 0 && width < it->size.width())
        return it->size * (width / it->size.width());
    return it->size;
}

void ReportChartObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                   const QTextFormat& format)
{
    const QString name = format.stringProperty(kNameProperty);
    const auto it = m_charts.constFind(name);
    if (it == m_charts.constEnd())
        return;
    m_drawn.insert(name, painter->deviceTransform().mapRect(it->draw(painter, rect)));
}

} // namespace hc
