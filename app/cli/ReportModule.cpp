// The report module (homecoming-cli-report.so): `homecoming-cli report --pdf`, `sheets` and `attach` run
// here, under a QApplication on the offscreen platform, because the PDF is rendered with ui/ (QtCharts,
// QTextDocument). homecoming-cli loads it for that command only (main_cli.cpp).
#include "app/cli/CliApplication.h"
#include "app/cli/ReportCommand.h"
#include "app/cli/SheetsCommand.h"
#include "core/imaging/QtImageDecoder.h"
#include "core/report/OperationReport.h"
#include "ui/report/ReportDocument.h"
#include "ui/sheets/DoorSheetPdf.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

namespace {

Q_LOGGING_CATEGORY(lcReportModule, "homecoming.cli.report")

hc::Status writePdf(const hc::OperationReport& report, const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    const hc::ReportDocument document(report);
    qCInfo(lcReportModule) << "document and charts in" << timer.restart() << "ms";
    hc::Status written = document.writePdf(path);
    qCInfo(lcReportModule) << "PDF written in" << timer.elapsed() << "ms";
    return written;
}

hc::Status writeSheets(const hc::SheetSet& sheets, const QString& path)
{
    return hc::DoorSheetPdf::write(sheets, path);
}

} // namespace

extern "C" Q_DECL_EXPORT int homecoming_report_main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    hc::cli::prepareApplication();
    hc::cli::ReportCommand::setPdfWriter(&writePdf);
    hc::cli::SheetsCommand::setPdfWriter(&writeSheets);
    hc::installQtImageDecoder(); // attach
    return hc::cli::runCommandLine();
}
