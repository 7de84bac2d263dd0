#pragma once
// The operation report in the GUI: builds the chosen operation's report on a BackgroundRunner
// (progress bar, cancel), shows it, and offers print preview, printing, saving as PDF and
// exporting the tables as CSV files or as one Excel workbook. Owns the rendered document.

#include "core/report/OperationReport.h"
#include "core/stats/DashboardData.h"

#include <QDialog>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace hc {

class BackgroundRunner;
class ReportDocument;
class SessionContext;

class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    // The whole operation's report (the session's operation), or the report narrowed to
    // `filter` (a sub-bureau, station, area and/or days: the dashboard's "Report for this
    // filter"); the report's title says what it is narrowed to.
    explicit ReportDialog(SessionContext& session, QWidget* parent = nullptr,
                          std::optional<DashboardFilter> filter = std::nullopt);
    ~ReportDialog() override;

    bool isBuilding() const;
    const ReportDocument* document() const { return m_document.get(); }
    const OperationReport& report() const { return m_report; }
    // What the buttons do once a file or folder is chosen (tests call these directly). The PDF
    // is written in a worker while the window keeps painting.
    bool savePdf(const QString& path);
    bool exportCsv(const QString& directory);
    bool exportXlsx(const QString& path);

public slots:
    void reject() override;

signals:
    void reportReady();

private:
    void startBuild();
    void cancelBuild();
    void showReport(const hc::OperationReport& report);
    void showFailure(const QString& message, bool cancelled);
    void finishBuild();
    void choosePdf();
    void chooseCsvFolder();
    void chooseXlsxFile();
    void printPreview();
    void printReport();
    void setReady(bool ready);

    SessionContext& m_session;
    std::optional<DashboardFilter> m_filter;
    OperationReport m_report;
    std::shared_ptr<ReportDocument> m_document; // shared with the worker writing the PDF
    BackgroundRunner* m_runner = nullptr;       // the build, then PDF writing
    bool m_saving = false;

    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QTextBrowser* m_view = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_csv = nullptr;
    QPushButton* m_xlsx = nullptr;
    QPushButton* m_retry = nullptr;
};

} // namespace hc
