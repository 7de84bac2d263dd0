// homecoming-cli: headless entry point; the commands live in app/cli (homecoming_cli). Only
// `report --pdf` renders with ui/ (QtCharts, QTextDocument): it runs in the report module under
// a QApplication on the offscreen platform, so the other commands start without loading the
// widget libraries.
#include "app/cli/CliApplication.h"
#include "app/cli/CommandLine.h"
#include "app/cli/ReportCommand.h"
#include "core/storage/FileAccess.h"

#include <QCoreApplication>
#include <QTextStream>
#include <memory>

int main(int argc, char* argv[])
{
    // The database, its -wal/-shm, exports and backups: for their owner only (mode 0600).
    hc::FileAccess::restrictNewFilesToOwner();
    if (hc::cli::needsReportModule(argc, argv))
        return hc::cli::runReportModule(argc, argv);
    QCoreApplication app(argc, argv);
    hc::cli::prepareApplication();
    QTextStream out(stdout);
    QTextStream err(stderr);
    hc::cli::CommandLine cli(out, err);
    cli.add(std::make_unique<hc::cli::ReportCommand>());
    const int status = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return status;
}
