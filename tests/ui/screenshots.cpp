// Renders every screen of the main window to PNG files (offscreen), for the README and for
// looking at the GUI as a user would: screenshots DB BADGE LOCALE OUTDIR [CASE_NO FOUND_NO] (the
// last two: a case and a found-person record that match, for the investigator's day). Prints to stderr how
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

#include "core/attachments/AttachmentService.h"
#include "core/storage/Sql.h"
#include "ui/attachments/AttachmentsPanel.h"
#include "ui/cases/CaseFileDialog.h"
#include "ui/matching/MatchCandidatesDialog.h"
#include "ui/startup/ServerDialog.h"
#include "ui/startup/StartDialog.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
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

// A drawn stand-in for a family's photo (the demo city has no pictures of people): a head and
// shoulders on a plain background, marked as a sample.
QByteArray samplePhoto(const QColor& background, const QString& label)
{
    QImage image(360, 450, QImage::Format_RGB32);
    image.fill(background);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(70, 80, 95));
    p.drawEllipse(QPointF(180, 170), 70, 85);
    p.drawRoundedRect(QRectF(60, 280, 240, 200), 90, 90);
    p.setPen(Qt::white);
    p.setFont(QFont(QStringLiteral("WenQuanYi Micro Hei"), 16));
    p.drawText(QRectF(0, 400, 360, 40), Qt::AlignCenter, label);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// The README's investigator's day: a case file with a photo (its Photos and documents tab) and
// the missing-vs-found ranking for that case with a found-person record's photo beside it, then
// the match confirmed (the case closed). Attaches two sample photos and confirms the match: run
// it on a copy of the demo database per language.
void grabInvestigatorDay(hc::SessionContext& session, const QDir& out, const QString& locale,
                         const QString& caseNo, const QString& foundNo)
{
    hc::AttachmentService attachments(session.db(), session.actor());
    const auto ofCase = attachments.resolve(hc::AttachmentOwner::Kind::Case, caseNo);
    const auto found = attachments.resolve(hc::AttachmentOwner::Kind::FoundPerson, foundNo);
    if (!ofCase || !found) {
        qWarning("investigator's day: %s", qPrintable((!ofCase ? ofCase.error() : found.error()).text()));
        return;
    }
    const auto add = [&](const hc::AttachmentOwner& owner, const QColor& colour, const QString& caption) {
        const auto list = attachments.list(owner);
        if (list && list->isEmpty() &&
            !attachments.add(owner, samplePhoto(colour, QStringLiteral(u"示例照片 sample")),
                             QStringLiteral("photo.png"), caption))
            qWarning("could not attach the sample photo");
    };
    add(*ofCase, QColor(190, 205, 220), QStringLiteral(u"家属提供的近照"));
    add(*found, QColor(215, 205, 185), QStringLiteral(u"救助站登记照片"));
    hc::CaseFileDialog file(session, ofCase->id);
    file.resize(1000, 720);
    file.show();
    for (int tab = 0; tab < file.tabs()->count(); ++tab)
        if (file.tabs()->widget(tab)->findChild<hc::AttachmentsPanel*>() ||
            qobject_cast<hc::AttachmentsPanel*>(file.tabs()->widget(tab)))
            file.tabs()->setCurrentIndex(tab);
    QTest::qWait(800);
    file.grab().save(out.filePath(QStringLiteral("investigator-photo-%1.png").arg(locale)));
    hc::MatchCandidatesDialog match(session, hc::MatchCandidate::Kind::Case, ofCase->id);
    match.resize(1100, 700);
    match.show();
    if (!QTest::qWaitFor([&match] { return !match.isLoading(); }, 60000))
        qWarning("the ranking did not load");
    match.table()->selectRow(0);
    QTest::qWait(800);
    match.grab().save(out.filePath(QStringLiteral("investigator-match-%1.png").arg(locale)));
    // Confirmed: the case closes as found alive from the record (its Outcome tab).
    match.setConfirm([](const QString&) { return true; });
    if (!match.confirmSelected())
        return;
    hc::CaseFileDialog closed(session, ofCase->id);
    closed.resize(1000, 720);
    closed.show();
    closed.tabs()->setCurrentIndex(3);
    QTest::qWait(800);
    closed.grab().save(out.filePath(QStringLiteral("investigator-confirmed-%1.png").arg(locale)));
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings alone
    if (argc != 5 && argc != 7) {
        qWarning("usage: screenshots DB BADGE LOCALE OUTDIR [CASE_NO FOUND_NO]");
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
    if (argc == 7)
        grabInvestigatorDay(session, out, QString::fromLocal8Bit(argv[3]), QString::fromLocal8Bit(argv[5]),
                            QString::fromLocal8Bit(argv[6]));
    return 0;
}
