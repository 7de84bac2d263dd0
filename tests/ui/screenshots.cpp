// Renders every screen of the main window to PNG files (offscreen), for the README and for
// looking at the GUI as a user would: screenshots DB BADGE LOCALE OUTDIR.
#include "core/auth/UserService.h"
#include "core/common/Translations.h"
#include "core/storage/Database.h"
#include "ui/common/SessionContext.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/startup/AppFlow.h"
#include "ui/visits/VisitEntryPage.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QStandardPaths>
#include <QTest>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings alone
    if (argc != 5) {
        qWarning("usage: screenshots DB BADGE LOCALE OUTDIR");
        return 2;
    }
    hc::installTranslation(QLocale(QString::fromLocal8Bit(argv[3])));
    auto db = hc::Database::open(QString::fromLocal8Bit(argv[1]), hc::Database::Mode::OpenExisting);
    if (!db)
        return 1;
    auto user = hc::UserService(**db).find(QString::fromLocal8Bit(argv[2]));
    if (!user)
        return 1;
    hc::SessionContext session(**db, *user);
    std::unique_ptr<hc::MainWindow> window(hc::AppFlow::buildWindow(session));
    window->resize(1280, 760);
    window->show();
    const QDir out(QString::fromLocal8Bit(argv[4]));
    for (int i = 0; i < window->navigation()->count(); ++i) {
        window->navigation()->setCurrentRow(i);
        if (auto* visit = qobject_cast<hc::VisitEntryPage*>(window->currentPage()))
            visit->nextHousehold();
        QTest::qWait(1500);
        window->grab().save(
            out.filePath(QStringLiteral("%1-%2.png").arg(i).arg(QString::fromLocal8Bit(argv[3]))));
    }
    return 0;
}
