// homecoming: GUI entry point; opens the database named on the command line (or the demo
// database next to the program's working directory) and shows the main window.
#include "common/Translations.h"
#include "common/Version.h"
#include "mainwindow/MainWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Homecoming"));
    QApplication::setOrganizationName(QStringLiteral("Homecoming"));
    QApplication::setApplicationVersion(hc::applicationVersion());
    hc::installTranslation(QLocale::system());

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QApplication::translate("main", "Database file to open."),
        QApplication::translate("main", "file"), QStringLiteral("demo/homecoming-demo.db"));
    parser.addOption(dbOption);
    parser.process(app);

    auto db = hc::Database::open(parser.value(dbOption), hc::Database::Mode::OpenExisting);
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Homecoming"), db.error().text());
        return 1;
    }
    hc::MainWindow window(**db);
    window.show();
    return app.exec();
}
