#include "ui/report/ReportDocument.h"

#include "core/common/DateText.h"
#include "core/registry/Vocabulary.h"
#include "core/report/ReportTables.h"
#include "ui/report/ReportCharts.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

namespace hc {

namespace {
// Logical width of the charts: about the printable width of A4 (177 mm) at the document's 96 dpi.
constexpr int kChartWidth = 640;

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString cell(const QVariant& v, ReportTable::Column c)
{
    const QLocale l;
    switch (c) {
    case ReportTable::Column::Count:
        return l.toString(v.toLongLong());
    case ReportTable::Column::Percent:
        return l.toString(v.toDouble() * 100.0, 'f', 1) + QLatin1Char('%');
    case ReportTable::Column::Date:
        return v.toDate().isValid() ? dateText(v.toDate(), l) : QString();
    case ReportTable::Column::Text:
        break;
    }
    return esc(v.toString());
}

QString newPageHeading(const QString& title)
{
    return QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>").arg(esc(title));
}
} // namespace

ReportDocument::ReportDocument(const OperationReport& report)
    : m_title(tr("Operation report: %1").arg(report.title.operationName)), m_html(html(report))
{
    m_charts.insert(QStringLiteral("coverage"), ReportCharts::coverageByStation(report, kChartWidth));
    m_charts.insert(QStringLiteral("cumulative"), ReportCharts::cumulativeCoverage(report, kChartWidth));
    m_charts.insert(QStringLiteral("status"), ReportCharts::statusDonut(report, kChartWidth));
    for (const ReportHighRiskCase& c : report.highRiskCases)
        for (const ReportCasePhoto& p : c.photos)
            m_photos << QImage::fromData(p.thumbnail, "PNG");
    m_doc = makeDocument();
}

ReportDocument::~ReportDocument() = default;

std::unique_ptr<QTextDocument> ReportDocument::makeDocument() const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(ReportCharts::font(9));
    doc->setMetaInformation(QTextDocument::DocumentTitle, m_title);
    for (int i = 0; i < m_photos.size(); ++i)
        doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("photo:%1").arg(i)),
                         m_photos.at(i));
    doc->setHtml(m_html);
    // Its own handler: a document may be printed on a worker while another is shown.
    doc->documentLayout()->registerHandler(ReportChartObject::kObjectType,
                                           new ReportChartObject(m_charts, doc.get()));
    // The HTML holds an image "chart:NAME" where a chart goes: each becomes a chart object.
    QTextCursor cursor(doc.get());
    while (!(cursor = doc->find(QString(QChar::ObjectReplacementCharacter), cursor)).isNull()) {
        const QTextCharFormat image = cursor.charFormat();
        if (!image.isImageFormat() || !image.toImageFormat().name().startsWith(QStringLiteral("chart:")))
            continue;
        QTextCharFormat chart;
        chart.setObjectType(ReportChartObject::kObjectType);
        chart.setProperty(ReportChartObject::kNameProperty, image.toImageFormat().name().mid(6));
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), chart);
    }
    return doc;
}

QString ReportDocument::headlineSentence(const OperationReport& r)
{
    const ReportHeadline& h = r.headline;
    // Each figure in its own plural form ("1 family reunited", "2 families reunited"); %Ln
    // writes the number with the locale's digit grouping.
    const QString figures =
        tr("%1, %2, %3, %4, %5, %6 (%7, %8).",
           "the headline sentence: households visited, person-checks, found or rescued, crimes cracked, "
           "families reunited, unregistered people found (registered since, given ID cards)")
            .arg(tr("%Ln household(s) visited", nullptr, int(h.householdsVisited)),
                 tr("%Ln person-check(s)", nullptr, int(h.personChecks)),
                 tr("%Ln missing people found or rescued", nullptr, int(h.foundOrRescued())),
                 ReportTables::crimesCracked(h),
                 tr("%Ln families reunited", nullptr, int(h.familiesReunited)),
                 tr("%Ln unregistered people found", nullptr, int(h.unregisteredFound)),
                 tr("%Ln registered since", nullptr, int(h.unregisteredRegistered)),
                 tr("%Ln given ID card(s)", nullptr, int(h.unregisteredIdCards)));
    return tr("%1 %2", "the headline sentence, then the calls'").arg(figures, ReportTables::callsTaken(h));
}

QString ReportDocument::tableHtml(const ReportTable& t)
{
    QString s = QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" style=\"border-color: #888; "
        "border-style: solid;\"><thead><tr>");
    // Wide tables in a smaller type, so that their headers break between words.
    const QString size = t.header.size() >= 8 ? QStringLiteral("font-size: 7.5pt; ") : QString();
    for (qsizetype i = 0; i < t.header.size(); ++i) {
        const bool text = t.columns.value(i) == ReportTable::Column::Text;
        s += QStringLiteral("<th bgcolor=\"#e8ecf2\" align=\"%1\" style=\"%2\">%3</th>")
                 .arg(text ? QStringLiteral("left") : QStringLiteral("right"), size, esc(t.header.at(i)));
    }
    s += QStringLiteral("</tr></thead>");
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        const bool total = t.totalRow && r == t.rows.size() - 1;
        s += total ? QStringLiteral("<tr style=\"font-weight: bold;\">") : QStringLiteral("<tr>");
        const QVariantList& row = t.rows.at(r);
        for (qsizetype i = 0; i < row.size(); ++i) {
            const ReportTable::Column c = t.columns.value(i);
            // Cells stay on one line, but for the free text column.
            s += QStringLiteral("<td align=\"%1\" style=\"%2%3\">%4</td>")
                     .arg(c == ReportTable::Column::Text ? QStringLiteral("left") : QStringLiteral("right"),
                          size, i == t.wrapColumn ? QString() : QStringLiteral("white-space: nowrap;"),
                          cell(row.at(i), c));
        }
        s += QStringLiteral("</tr>");
    }
    return s + QStringLiteral("</table>");
}

QString ReportDocument::html(const OperationReport& r)
{
    const QLocale l;
    const ReportTitle& t = r.title;
    QString h;
    // Title page.
    h += QStringLiteral(
             "<p style=\"margin-top: 160px; font-size: 14pt; color: #555;\" align=\"center\">%1</p>")
             .arg(esc(tr("Missing-person sweep: operation report")));
    h += QStringLiteral("<h1 align=\"center\" style=\"font-size: 26pt;\">%1</h1>").arg(esc(t.operationName));
    h += QStringLiteral("<p align=\"center\" style=\"font-size: 13pt;\">%1</p>")
             .arg(esc(ReportTables::period(r)));
    const QString stations =
        t.allStations
            ? tr("All stations (%1)").arg(l.toString(qint64(t.stations.size())))
            : tr("%n station(s): %1", nullptr, int(t.stations.size())).arg(t.stations.join(tr(", ")));
    h += QStringLiteral(
        "<table align=\"center\" cellpadding=\"4\" style=\"margin-top: 40px; font-size: 11pt;\">");
    auto titleRow = [&h](const QString& label, const QString& value) {
        h += QStringLiteral("<tr><td align=\"right\"><b>%1</b></td><td>%2</td></tr>")
                 .arg(esc(label), esc(value));
    };
    titleRow(tr("Stations in scope"), stations);
    if (!t.narrowedTo.isEmpty())
        titleRow(tr("Narrowed to"), t.narrowedTo);
    titleRow(tr("Households in scope"), l.toString(t.householdsInScope));
    if (t.targetHouseholds)
        titleRow(tr("Target households"), l.toString(*t.targetHouseholds));
    titleRow(tr("Households covered"),
             tr("%1 (%2 of those in scope)")
                 .arg(l.toString(r.headline.householdsCovered),
                      t.householdsInScope ? l.toString(100.0 * double(r.headline.householdsCovered) /
                                                           double(t.householdsInScope),
                                                       'f', 1) +
                                                QLatin1Char('%')
                                          : QStringLiteral("–")));
    titleRow(tr("Generated"), dateTimeText(t.generatedAt, l));
    h += QStringLiteral("</table>");

    // Headline figures.
    h += newPageHeading(tr("Headline figures"));
    h += QStringLiteral("<p style=\"font-size: 12pt;\">%1</p>").arg(esc(headlineSentence(r)));
    h += tableHtml(ReportTables::headline(r));

    // Tables.
    h += newPageHeading(tr("Per sub-bureau"));
    h += tableHtml(ReportTables::subBureaus(r));
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Per station")));
    h += tableHtml(ReportTables::stations(r));
    if (const ReportTable league = ReportTables::league(r); !league.rows.isEmpty())
        h += QStringLiteral("<h2>%1</h2>").arg(esc(league.title)) + tableHtml(league);

    // Charts.
    h += newPageHeading(tr("Charts"));
    h += QStringLiteral("<p><img src=\"chart:cumulative\"></p>");
    h += QStringLiteral("<p><img src=\"chart:status\"></p>");
    h += QStringLiteral("<p style=\"page-break-before: always\"><img src=\"chart:coverage\"></p>");

    // Open high-risk cases.
    const ReportTable cases = ReportTables::highRiskCases(r);
    h += newPageHeading(cases.title);
    if (cases.rows.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("No high-risk case is open.")));
    else
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("%n open high-risk case(s), oldest first.", nullptr, int(cases.rows.size())))) +
             tableHtml(cases) + photosHtml(r);

    // Persons by latest status and the day-by-day series.
    const ReportTable status = ReportTables::latestStatus(r);
    h += newPageHeading(status.title) + tableHtml(status);
    const ReportTable days = ReportTables::days(r);
    h += QStringLiteral("<h2>%1</h2>").arg(esc(days.title)) + tableHtml(days);
    return h;
}

QString ReportDocument::photosHtml(const OperationReport& r)
{
    QString h;
    int n = 0;
    for (const ReportHighRiskCase& c : r.highRiskCases) {
        if (c.photos.isEmpty())
            continue;
        h += QStringLiteral("<h3>%1</h3><p>").arg(esc(tr("Photos of case %1 (%2)").arg(c.caseNo, c.subject)));
        for (const ReportCasePhoto& p : c.photos)
            h += QStringLiteral("<img src=\"photo:%1\" title=\"%2\"> ").arg(n++).arg(esc(p.caption));
        h += QStringLiteral("</p>");
    }
    return h;
}

namespace {
// Two lines of the foot's font, in document units, measured at 300 dpi whatever the device, so
// that every device gets the same pages.
qreal footLinesHeight()
{
    QImage reference(1, 1, QImage::Format_Mono);
    reference.setDotsPerMeterX(11811); // 300 dpi
    reference.setDotsPerMeterY(11811);
    return QFontMetricsF(ReportCharts::font(7.5), &reference).height() * 2.0 * 96.0 / 300.0;
}
} // namespace

QPageLayout ReportDocument::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 15, 15, 15),
                       QPageLayout::Millimeter);
}

int ReportDocument::print(QPagedPaintDevice* device, QHash<QString, QRectF>* drawnCharts) const
{
    // Laid out in document units (1/96 inch, what the HTML's sizes mean) on pages the size of
    // the layout's printable area (whatever the device's resolution), then drawn scaled to it.
    device->setPageLayout(pageLayout());
    const auto doc = makeDocument();
    doc->setDocumentMargin(0);
    const qreal scale = qreal(device->logicalDpiY()) / 96.0;
    const QFont footFont = ReportCharts::pixelFont(7.5);
    const qreal footHeight = footLinesHeight();
    // The printable area in whole pixels at 300 dpi, in document units: the same on every device.
    const QSizeF area = QSizeF(pageLayout().paintRectPixels(300).size()) * (96.0 / 300.0);
    const QSizeF page(area.width(), area.height() - footHeight);
    doc->setPageSize(page);
    const int pages = doc->pageCount();
    QPainter painter(device);
    if (!painter.isActive())
        return 0;
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device->newPage();
        painter.save();
        painter.scale(scale, scale);
        painter.save();
        painter.translate(0, -page.height() * i);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(QPointF(0, page.height() * i), page);
        painter.setClipRect(context.clip);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();
        // The foot in document units too: the font is sized in document pixels.
        painter.setFont(footFont);
        painter.setPen(Qt::darkGray);
        painter.drawText(QRectF(0, page.height(), page.width(), footHeight), Qt::AlignRight | Qt::AlignBottom,
                         tr("%1 · page %2 of %3").arg(m_title).arg(i + 1).arg(pages));
        painter.restore();
    }
    if (drawnCharts)
        if (const auto* charts = dynamic_cast<ReportChartObject*>(
                doc->documentLayout()->handlerForObject(ReportChartObject::kObjectType)))
            *drawnCharts = charts->drawn();
    return pages;
}

Status ReportDocument::writePdf(const QString& path) const
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("Homecoming"));
    if (print(&writer) == 0)
        return Error{QStringLiteral("pdf"), tr("Cannot write the PDF file %1.").arg(path), Error::Kind::Io};
    // QPdfWriter reports no error of its own: check that a file came out.
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return Error{QStringLiteral("pdf"), tr("Cannot write the PDF file %1.").arg(path), Error::Kind::Io};
    return {};
}

} // namespace hc
