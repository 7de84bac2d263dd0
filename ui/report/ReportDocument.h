#pragma once
// Renders an OperationReport for print: a QTextDocument with a title page, the headline figures
// in the bureau's wording, the per sub-bureau and per station tables, the charts, the open
// high-risk cases and the day-by-day table, each section on a new page. The charts are recorded at
// their printed size when the document is built (GUI thread) and drawn as vectors (ReportCharts).
// Owns the document; writes A4 PDF with the CJK font embedded, or prints to any QPrinter
// (preview, paper) with the same page layout, so every device gets the same pages.
// Texts follow the translation installed when the document is built.

#include "core/common/Result.h"
#include "core/report/OperationReport.h"

#include "ui/report/ReportCharts.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QRectF>
#include <memory>

class QPageLayout;
class QPagedPaintDevice;
class QTextDocument;

namespace hc {

struct ReportTable;

class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(hc::ReportDocument)
public:
    explicit ReportDocument(const OperationReport& report);
    ~ReportDocument();
    ReportDocument(const ReportDocument&) = delete;
    ReportDocument& operator=(const ReportDocument&) = delete;

    // The document for reading on screen (a viewer may change its layout width).
    QTextDocument* document() const { return m_doc.get(); }
    // Sets `device` to the report's page layout (pageLayout()), lays a copy of the document out
    // on its pages, page numbers at the foot; returns the number of pages. The layout does not
    // depend on the device's resolution: a preview, a printer and the PDF get the same pages.
    // `drawnCharts`, when given, receives where each chart was drawn (device coordinates).
    int print(QPagedPaintDevice* device, QHash<QString, QRectF>* drawnCharts = nullptr) const;
    // A4 portrait, margins 18 mm left, 15 mm elsewhere.
    static QPageLayout pageLayout();
    // The charts as recorded, by name ("coverage", "cumulative", "status").
    const QHash<QString, ReportChart>& charts() const { return m_charts; }
    // A4 portrait, fonts embedded.
    Status writePdf(const QString& path) const;

    // The headline sentence in the form the bureau publishes.
    static QString headlineSentence(const OperationReport& r);

private:
    static QString html(const OperationReport& r);
    static QString tableHtml(const ReportTable& t);
    // The case annex's photos (issue 14): each case's pictures at thumbnail size, named
    // "photo:N" in the HTML and in m_photos.
    static QString photosHtml(const OperationReport& r);
    std::unique_ptr<QTextDocument> makeDocument() const;

    QString m_title;
    QString m_html;
    QHash<QString, ReportChart> m_charts;
    QList<QImage> m_photos; // "photo:N", N in case-annex order
    std::unique_ptr<QTextDocument> m_doc;
};

} // namespace hc
