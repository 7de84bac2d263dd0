// homecoming-cli: headless entry point; the commands live in app/cli (homecoming_cli). `report`
// renders with ui/ (QtCharts, QTextDocument) and so runs under a QApplication on the offscreen
// platform: no display needed.
#include "app/cli/CommandLine.h"
#include "app/cli/ReportCommand.h"
#include "core/common/Translations.h"
#include "core/common/Version.h"
#include "core/storage/FileAccess.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char* argv[])
{
    // The database, its -wal/-shm, exports and backups: for their owner only (mode 0600).
    hc::FileAccess::restrictNewFilesToOwner();
    const bool rendering = argc > 1 && std::strcmp(argv[1], hc::cli::ReportCommand::kName) == 0;
    if (rendering && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(rendering ? new QApplication(argc, argv)
                                                    : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("homecoming-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Homecoming"));
    QCoreApplication::setApplicationVersion(hc::applicationVersion());
    hc::installTranslation(QLocale::system());
    // Progress and results go to the terminal; the modules' info logs only when asked
    // (QT_LOGGING_RULES="homecoming.*.info=true").
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("homecoming.*.info=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    hc::cli::CommandLine cli(out, err);
    cli.add(std::make_unique<hc::cli::ReportCommand>());
    const int status = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return status;
}
