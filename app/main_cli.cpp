// homecoming-cli: headless entry point; the commands live in app/cli (homecoming_cli). Only
// `report --pdf` renders with ui/ (QtCharts, QTextDocument): it runs in the report module under
// a QApplication on the offscreen platform, so the other commands start without loading the
// widget libraries.
#include "app/cli/CliApplication.h"
#include "core/storage/FileAccess.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    // The database, its -wal/-shm, exports and backups: for their owner only (mode 0600).
    hc::FileAccess::restrictNewFilesToOwner();
    if (hc::cli::needsReportModule(argc, argv))
        return hc::cli::runReportModule(argc, argv);
    QCoreApplication app(argc, argv);
    hc::cli::prepareApplication();
    return hc::cli::runCommandLine();
}
