// homecoming: GUI entry point. Parses the arguments, installs the translation and runs the
// start-up flow (database, sign-in, main window) from ui/app/AppFlow.
#include "core/common/Version.h"
#include "core/storage/FileAccess.h"
#include "ui/startup/AppFlow.h"
#include "ui/startup/InterfaceLanguage.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    // The database, its -wal/-shm, exports and backups: for their owner only (mode 0600).
    hc::FileAccess::restrictNewFilesToOwner();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Homecoming"));
    QApplication::setOrganizationName(QStringLiteral("Homecoming"));
    QApplication::setApplicationVersion(hc::applicationVersion());
    // The Language menu's choice, else the system's language.
    hc::InterfaceLanguage::apply();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Case management for missing-person sweeps."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main", "Database file to open (default: the last one)."),
        QApplication::translate("main", "file"));
    parser.addOption(dbOption);
    parser.process(app);

    hc::AppFlow flow(parser.value(dbOption));
    if (!flow.start())
        return 0;
    return app.exec();
}
