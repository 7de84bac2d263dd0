#pragma once
// Renders an OperationReport for print: a QTextDocument with a title page, the headline figures
// in the bureau's wording, the per sub-bureau and per station tables, the charts as images, the
// open high-risk cases and the day-by-day table, each section on a new page. Owns the document;
// writes A4 PDF with the CJK font embedded, or prints to any QPrinter (preview, paper).
// Texts follow the translation installed when the document is built.

#include "core/common/Result.h"
#include "core/report/OperationReport.h"

#include <QCoreApplication>
#include <memory>

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
    // Lays a copy of the document out on `device`'s pages, page numbers at the foot; returns
    // the number of pages.
    int print(QPagedPaintDevice* device) const;
    // A4 portrait, fonts embedded.
    Status writePdf(const QString& path) const;

    // The headline sentence in the form the bureau publishes.
    static QString headlineSentence(const OperationReport& r);

private:
    static QString html(const OperationReport& r);
    static QString tableHtml(const ReportTable& t);
    std::unique_ptr<QTextDocument> makeDocument() const;

    QString m_title;
    QString m_html;
    QList<std::pair<QString, QImage>> m_charts;
    std::unique_ptr<QTextDocument> m_doc;
};

} // namespace hc
