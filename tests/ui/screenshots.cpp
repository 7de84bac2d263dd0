// Renders every screen of the main window to PNG files (offscreen), for the README and for
// looking at the GUI as a user would: screenshots DB BADGE LOCALE OUTDIR. Prints to stderr how
// long the window took to build and show after sign-in (with HC_PASSWORD set, from the password
// check on, as when the user presses Enter in the sign-in dialog), and when the first screen's
// rows were there; each screen is grabbed once its rows have loaded.
#include "core/auth/UserService.h"
#include "core/common/Translations.h"
#include "core/storage/Database.h"
#include "ui/common/ListPage.h"
#include "ui/common/SessionContext.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/LeagueTab.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/startup/AppFlow.h"
#include "ui/visits/VisitEntryPage.h"

#include "core/storage/Sql.h"
#include "ui/cases/CaseFileDialog.h"
#include "ui/startup/ServerDialog.h"
#include "ui/startup/StartDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

namespace {
// Waits until the screen's rows (or the dashboard's figures) are there.
bool waitForContent(QWidget* page)
{
    return QTest::qWaitFor(
        [page] {
            if (auto* list = qobject_cast<hc::ListPage*>(page))
                return !list->isLoading();
            if (auto* dashboard = qobject_cast<hc::DashboardPage*>(page))
                return !dashboard->isBusy();
            return true;
        },
        120000);
}
} // namespace

// The start dialog, "Connect to a server…", and a case file with identifying marks (its
// Details tab) and its photos and documents.
void grabDialogs(hc::SessionContext& session, const QDir& out, const QString& locale)
{
    hc::StartDialog start;
    start.show();
    QTest::qWait(300);
    start.grab().save(out.filePath(QStringLiteral("start-%1.png").arg(locale)));
    hc::ServerDialog server;
    server.hostEdit()->setText(QStringLiteral("db.police.local"));
    server.databaseEdit()->setText(QStringLiteral("homecoming"));
    server.show();
    QTest::qWait(300);
    server.grab().save(out.filePath(QStringLiteral("server-%1.png").arg(locale)));
    const auto withMarks =
        hc::sql::scalar(session.db().sql(), QStringLiteral("SELECT min(case_id) FROM identifying_marks"));
    if (!withMarks || withMarks->isNull())
        return;
    hc::CaseFileDialog file(session, withMarks->toLongLong());
    file.resize(1000, 720);
    file.show();
    for (int tab = 0; tab < file.tabs()->count(); ++tab) {
        file.tabs()->setCurrentIndex(tab);
        QTest::qWait(400);
        file.grab().save(out.filePath(QStringLiteral("casefile-%1-%2.png").arg(tab).arg(locale)));
    }
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings alone
    if (argc != 5) {
        qWarning("usage: screenshots DB BADGE LOCALE OUTDIR");
        return 2;
    }
    // As InterfaceLanguage::apply does: the translation and the locale of dates and numbers.
    const QLocale locale(QString::fromLocal8Bit(argv[3]));
    hc::installTranslation(locale);
    QLocale::setDefault(locale);
    auto db = hc::Database::open(QString::fromLocal8Bit(argv[1]), hc::Database::Mode::OpenExisting);
    if (!db)
        return 1;
    const QString badge = QString::fromLocal8Bit(argv[2]);
    const QString password = qEnvironmentVariable("HC_PASSWORD");
    QElapsedTimer clock;
    clock.start();
    auto user = password.isEmpty() ? hc::UserService(**db).find(badge)
                                   : hc::UserService(**db).signIn(badge, password);
    if (!user)
        return 1;
    const qint64 signedIn = clock.elapsed();
    hc::SessionContext session(**db, *user);
    std::unique_ptr<hc::MainWindow> window(hc::AppFlow::buildWindow(session));
    const qint64 built = clock.elapsed();
    window->resize(1280, 760);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return 1;
    const qint64 shown = clock.elapsed();
    waitForContent(window->currentPage());
    const qint64 filled = clock.elapsed();
    qInfo("timing: sign-in %lld ms, window built after %lld ms, shown after %lld ms, first screen filled "
          "after %lld ms",
          signedIn, built, shown, filled);
    const QDir out(QString::fromLocal8Bit(argv[4]));
    for (int i = 0; i < window->navigation()->count(); ++i) {
        window->navigation()->setCurrentRow(i);
        if (auto* visit = qobject_cast<hc::VisitEntryPage*>(window->currentPage()))
            visit->nextHousehold();
        waitForContent(window->currentPage());
        QTest::qWait(500);
        window->grab().save(
            out.filePath(QStringLiteral("%1-%2.png").arg(i).arg(QString::fromLocal8Bit(argv[3]))));
        // The dashboard's second tab, the station league.
        if (auto* dashboard = qobject_cast<hc::DashboardPage*>(window->currentPage())) {
            dashboard->pages()->setCurrentWidget(dashboard->leagueTab());
            if (!QTest::qWaitFor([dashboard] { return !dashboard->leagueTab()->isBusy(); }, 120000))
                qWarning("the station league did not load");
            dashboard->leagueTab()->tableWidget()->scrollToBottom(); // the bottom three
            QTest::qWait(500);
            window->grab().save(
                out.filePath(QStringLiteral("league-%1.png").arg(QString::fromLocal8Bit(argv[3]))));
            dashboard->pages()->setCurrentIndex(0);
            // The whole overview (below the fold too), then narrowed to the first sub-bureau.
            const QString locale = QString::fromLocal8Bit(argv[3]);
            auto* content = dashboard->findChild<QScrollArea*>()->widget();
            content->grab().save(out.filePath(QStringLiteral("dashboard-full-%1.png").arg(locale)));
            dashboard->subBureauBox()->setCurrentIndex(1);
            QTest::qWait(200);
            if (!QTest::qWaitFor([dashboard] { return !dashboard->isBusy(); }, 120000))
                qWarning("the dashboard did not refresh");
            QTest::qWait(500);
            content->grab().save(out.filePath(QStringLiteral("dashboard-subbureau-%1.png").arg(locale)));
            dashboard->subBureauBox()->setCurrentIndex(0);
        }
    }
    grabDialogs(session, out, QString::fromLocal8Bit(argv[3]));
    return 0;
}
