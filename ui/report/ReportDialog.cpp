#include "ui/report/ReportDialog.h"

#include "core/operations/OperationService.h"
#include "core/report/ReportCsv.h"
#include "core/report/ReportService.h"
#include "core/report/ReportXlsx.h"
#include "core/storage/Database.h"
#include "ui/common/BackgroundRunner.h"
#include "ui/common/InlineError.h"
#include "ui/common/SessionContext.h"
#include "ui/common/TableExportDialog.h"
#include "ui/report/ReportDocument.h"

#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace hc {

ReportDialog::ReportDialog(SessionContext& session, QWidget* parent, std::optional<DashboardFilter> filter)
    : QDialog(parent), m_session(session), m_filter(std::move(filter)), m_runner(new BackgroundRunner(this))
{
    setWindowTitle(tr("Operation report"));
    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status = new QLabel;
    m_error = makeErrorLabel();
    m_progress = new QProgressBar;
    m_progress->setRange(0, 100);
    m_cancel = new QPushButton(tr("Cancel"));
    m_retry = new QPushButton(tr("Build again"));
    m_view = new QTextBrowser;
    m_view->setOpenLinks(false);

    m_preview = new QPushButton(tr("Print pre&view…"));
    m_print = new QPushButton(tr("&Print…"));
    m_pdf = new QPushButton(tr("Save as P&DF…"));
    m_csv = new QPushButton(tr("Export &CSV…"));
    m_xlsx = new QPushButton(tr("Export E&xcel…"));
    m_xlsx->setObjectName(QStringLiteral("exportXlsxButton"));
    m_pdf->setDefault(true);
    auto* close = new QPushButton(tr("Close"));

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    progressRow->addWidget(m_retry);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_preview);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_csv);
    buttons->addWidget(m_xlsx);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, &ReportDialog::cancelBuild);
    connect(m_retry, &QPushButton::clicked, this, &ReportDialog::startBuild);
    connect(m_preview, &QPushButton::clicked, this, &ReportDialog::printPreview);
    connect(m_print, &QPushButton::clicked, this, &ReportDialog::printReport);
    connect(m_pdf, &QPushButton::clicked, this, &ReportDialog::choosePdf);
    connect(m_csv, &QPushButton::clicked, this, &ReportDialog::chooseCsvFolder);
    connect(m_xlsx, &QPushButton::clicked, this, &ReportDialog::chooseXlsxFile);
    connect(close, &QPushButton::clicked, this, &ReportDialog::reject);

    resize(900, 700);
    setReady(false);
    m_retry->hide();
    // Built once the dialog is up, so that it shows its progress at once.
    QTimer::singleShot(0, this, &ReportDialog::startBuild);
}

ReportDialog::~ReportDialog() = default;

bool ReportDialog::isBuilding() const
{
    return m_runner->isRunning() && !m_saving;
}

void ReportDialog::setReady(bool ready)
{
    for (QPushButton* b : {m_preview, m_print, m_pdf, m_csv, m_xlsx})
        b->setEnabled(ready);
}

void ReportDialog::startBuild()
{
    if (m_runner->isRunning())
        return;
    m_error->hide();
    m_retry->hide();
    const auto op = OperationService(m_session.db(), m_session.actor()).find(m_session.operationId());
    if (!op) {
        m_title->setText(tr("Operation report"));
        m_error->setText(tr("Choose an operation first (the Operation box above the screens)."));
        m_error->show();
        m_progress->hide();
        m_cancel->hide();
        return;
    }
    m_title->setText(tr("Operation report: %1").arg(op->name));
    // The service notices a cancel between its steps.
    DashboardFilter filter = m_filter.value_or(DashboardFilter{});
    filter.operationId = op->id;
    m_runner->start(
        m_session.db().address(),
        [actor = m_session.actor(), filter](Database& db, const BackgroundRunner::Progress& progress) {
            return ReportService(db, actor).build(filter,
                                                  [&progress](int percent) { return progress(percent, {}); });
        },
        [this](const Result<OperationReport>& report) {
            finishBuild();
            if (report)
                showReport(*report);
            else
                showFailure(report.error().text(), report.error().kind == Error::Kind::Cancelled);
        });

    setReady(false);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_status->setText(tr("Gathering the figures…"));
}

void ReportDialog::finishBuild()
{
    m_progress->hide();
    m_cancel->hide();
}

void ReportDialog::cancelBuild()
{
    if (!isBuilding())
        return;
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void ReportDialog::showReport(const OperationReport& report)
{
    m_report = report;
    m_status->setText(tr("Drawing the charts…"));
    m_document = std::make_shared<ReportDocument>(m_report);
    m_view->setDocument(m_document->document());
    m_status->setText(
        tr("%1 stations, %2 open high-risk cases. Print it, save it as PDF or export the tables.")
            .arg(m_report.stations.size())
            .arg(m_report.highRiskCases.size()));
    setReady(true);
    m_pdf->setFocus();
    emit reportReady();
}

void ReportDialog::showFailure(const QString& message, bool cancelled)
{
    m_status->clear();
    m_error->setText(cancelled ? tr("The report was cancelled.") : message);
    m_error->show();
    m_retry->show();
}

void ReportDialog::reject()
{
    if (m_saving)
        return; // the PDF is being written; done in a moment
    if (isBuilding()) {
        cancelBuild();
        return;
    }
    QDialog::reject();
}

bool ReportDialog::savePdf(const QString& path)
{
    if (!m_document || m_saving)
        return false;
    // Laying out and writing every page takes about a second at city scale: a worker writes the
    // PDF (the document is rebuilt there from HTML and finished chart images), the window stays
    // responsive with a busy bar meanwhile.
    m_saving = true;
    setReady(false);
    m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    m_progress->setRange(0, 0);
    m_progress->show();
    Status result;
    QEventLoop loop;
    m_runner->startLocal([document = m_document, path] { return document->writePdf(path); },
                         [&result, &loop](Status written) {
                             result = std::move(written);
                             loop.quit();
                         });
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    m_progress->hide();
    m_progress->setRange(0, 100);
    m_saving = false;
    setReady(true);
    if (!result) {
        m_status->clear();
        m_error->setText(result.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ReportDialog::exportCsv(const QString& directory)
{
    if (!m_document)
        return false;
    const auto files = ReportCsv::write(m_report, directory);
    if (!files) {
        m_error->setText(files.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    m_status->setText(tr("%n CSV file(s) written to %1.", nullptr, int(files->size()))
                          .arg(QDir::toNativeSeparators(directory)));
    return true;
}

bool ReportDialog::exportXlsx(const QString& path)
{
    if (!m_document)
        return false;
    const auto sheets = ReportXlsx::write(m_report, path);
    if (!sheets) {
        m_error->setText(sheets.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    m_status->setText(tr("%n sheet(s) written to %1.", nullptr, *sheets).arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReportDialog::choosePdf()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("%1 report.pdf").arg(m_report.title.operationName));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the report as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void ReportDialog::chooseCsvFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Folder for the report's CSV files"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!dir.isEmpty())
        exportCsv(dir);
}

void ReportDialog::chooseXlsxFile()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("%1 report.xlsx").arg(m_report.title.operationName));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the report's tables to Excel"), suggested,
                                     TableExportDialog::tr("Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        exportXlsx(TableExportDialog::withSuffix(path, true));
}

void ReportDialog::printPreview()
{
    if (!m_document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(m_report.title.operationName);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print preview: %1").arg(m_report.title.operationName));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter* p) { m_document->print(p); });
    preview.exec();
}

void ReportDialog::printReport()
{
    if (!m_document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(m_report.title.operationName);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->print(&printer);
}

} // namespace hc
