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
#include <QTextDocument>
#include <algorithm>

namespace hc {

namespace {
void styleChart(QChart* chart, const QString& title)
{
    chart->setTitle(title);
    chart->setTitleFont(ReportCharts::font(11));
    chart->legend()->setFont(ReportCharts::font(8));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    for (QAbstractAxis* axis : chart->axes())
        axis->setLabelsFont(ReportCharts::font(8));
    // Bar values no taller than the bars' names.
    for (QAbstractSeries* series : chart->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
            for (QBarSet* set : bars->barSets())
                set->setLabelFont(ReportCharts::font(6.5));
}
} // namespace

// The chart is laid out at once at its printed size (a chart's layout otherwise waits for the
// event loop, and nothing here runs one).
ReportChart::ReportChart(QChart* chart, QSizeF size)
    : m_scene(std::make_unique<QGraphicsScene>()), m_chart(chart), m_size(size)
{
    // No index and no pending work: the report may be drawn from another thread (writePdf),
    // so drawing must change nothing in the scene.
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    m_scene->addItem(chart); // owns the chart
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    if (chart->layout())
        chart->layout()->activate();
    m_scene->setSceneRect(QRectF(QPointF(0, 0), size));
    QCoreApplication::sendPostedEvents(m_scene.get());
    QCoreApplication::sendPostedEvents(chart);
}

ReportChart::~ReportChart() = default;

void ReportChart::draw(QPainter* painter, const QRectF& target) const
{
    if (m_size.isEmpty() || target.isEmpty())
        return;
    const qreal s = std::min(target.width() / m_size.width(), target.height() / m_size.height());
    const QSizeF drawn = m_size * s;
    painter->save();
    painter->translate(target.x() + (target.width() - drawn.width()) / 2,
                       target.y() + (target.height() - drawn.height()) / 2);
    painter->scale(s, s);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    // Source and target the same size: the scene is drawn 1:1 in the painter's (scaled) units.
    const QRectF r(QPointF(0, 0), m_size);
    m_scene->render(painter, r, r, Qt::IgnoreAspectRatio);
    painter->restore();
}

QImage ReportChart::image(qreal scale) const
{
    QImage image((m_size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    draw(&painter, QRectF(QPointF(0, 0), m_size * scale));
    return image;
}

QSizeF ReportChartObject::intrinsicSize(QTextDocument* doc, int, const QTextFormat& format)
{
    const ReportChart* c = chart(format.stringProperty(kNameProperty));
    if (!c)
        return {};
    // Narrower than the chart (a viewer's width): shrunk, its aspect ratio kept.
    const qreal width = doc->textWidth() > 0 ? doc->textWidth() - 2 * doc->documentMargin() : 0;
    if (width > 0 && width < c->size().width())
        return c->size() * (width / c->size().width());
    return c->size();
}

void ReportChartObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                   const QTextFormat& format)
{
    if (const ReportChart* c = chart(format.stringProperty(kNameProperty)))
        c->draw(painter, rect);
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

// The charts themselves are the dashboard's (ui/charts/OperationCharts); the report only
// feeds them its rows, sets print fonts and lays them out at their printed size.
std::unique_ptr<ReportChart> ReportCharts::coverageByStation(const OperationReport& r, int width)
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
    return std::make_unique<ReportChart>(chart, QSizeF(width, std::min(height, 930)));
}

std::unique_ptr<ReportChart> ReportCharts::cumulativeCoverage(const OperationReport& r, int width)
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
    return std::make_unique<ReportChart>(chart, QSizeF(width, width / 2.0));
}

std::unique_ptr<ReportChart> ReportCharts::statusDonut(const OperationReport& r, int width)
{
    QList<StatusCount> counts;
    for (const QString& code : Vocabulary::codes(Vocabulary::Kind::Status))
        counts << StatusCount{code, r.latestStatus.value(code)};
    QChart* chart = charts::latestStatusDonut(counts);
    chart->legend()->setAlignment(Qt::AlignRight);
    styleChart(chart, tr("Persons by latest screening status"));
    return std::make_unique<ReportChart>(chart, QSizeF(width, width / 2.0));
}

} // namespace hc
