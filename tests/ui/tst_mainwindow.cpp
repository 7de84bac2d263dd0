// The main window opens on a database, shows the operation's figures and searches as the
// user types (offscreen platform).
#include "core/auth/UserService.h"
#include "core/common/Clock.h"
#include "core/imports/OfficerImporter.h"
#include "core/imports/RegistryImporter.h"
#include "core/imports/VisitImporter.h"
#include "core/operations/OperationService.h"
#include "tests/support/TestDatabase.h"
#include "ui/common/SessionContext.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/overview/OverviewPage.h"
#include "ui/startup/AppFlow.h"
#include "ui/startup/FirstAdminDialog.h"
#include "ui/startup/SignInDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace hc;

namespace {
QString data(const char* name)
{
    return QStringLiteral(HC_TEST_DATA "/") + QLatin1String(name);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void showsFiguresAndSearches();
    void signInDialog();
};

void TestMainWindow::showsFiguresAndSearches()
{
    Clock::setInstance(std::make_unique<FixedClock>(QDateTime(QDate(2026, 6, 1), QTime(12, 0))));
    test::TestDatabase t;
    QVERIFY(!RegistryImporter(t.db(), Actor::system()).run(data("registry.csv")).fatal);
    QVERIFY(!OfficerImporter(t.db(), Actor::system()).run(data("officers.csv")).fatal);
    QVERIFY(OperationService(t.db(), Actor::system())
                .create(QStringLiteral("春季行动"), QDate(2026, 3, 1), QDate(2026, 5, 29), {}, 4)
                .ok());
    QVERIFY(
        !VisitImporter(t.db(), Actor::system()).run(QStringLiteral("春季行动"), data("visits.csv")).fatal);

    SessionContext session(t.db(), *UserService(t.db()).find(QStringLiteral("100002")));
    std::unique_ptr<MainWindow> window(AppFlow::buildWindow(session));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(window->operationBox()->count(), 1);
    QVERIFY(session.operationId() > 0);
    // A supervisor starts on the dashboard; the overview comes next.
    QCOMPARE(window->navigation()->item(0)->text(), QStringLiteral("Dashboard"));
    window->navigation()->setCurrentRow(1);
    auto* overview = qobject_cast<OverviewPage*>(window->currentPage());
    QVERIFY(overview);
    OverviewPage& w = *overview;
    QTableWidget* figures = w.figuresTable();
    QTRY_VERIFY(figures->rowCount() > 10); // computed on a worker when the page is shown
    QString covered;
    for (int r = 0; r < figures->rowCount(); ++r)
        if (figures->item(r, 0)->text() == QStringLiteral("Households covered"))
            covered = figures->item(r, 1)->text();
    QCOMPARE(covered, QStringLiteral("2"));

    // Chinese arrives through the input method as a committed string.
    QInputMethodEvent ime;
    ime.setCommitString(QStringLiteral("王芳"));
    QApplication::sendEvent(w.searchEdit(), &ime);
    QTRY_COMPARE(w.searchResults()->topLevelItemCount(), 1);
    QCOMPARE(w.searchResults()->topLevelItem(0)->text(1), QStringLiteral("王芳"));
    QCOMPARE(w.searchResults()->topLevelItem(0)->text(3), QStringLiteral("H001"));
    w.searchEdit()->clear();
    QTest::keyClicks(w.searchEdit(), QStringLiteral("h004"));
    QTRY_VERIFY(w.searchResults()->topLevelItemCount() == 1 &&
                w.searchResults()->topLevelItem(0)->text(1) == QStringLiteral("H004"));
    Clock::setInstance(nullptr);
}

void TestMainWindow::signInDialog()
{
    test::TestDatabase t;
    QVERIFY(!RegistryImporter(t.db(), Actor::system()).run(data("registry.csv")).fatal);
    QVERIFY(!OfficerImporter(t.db(), Actor::system()).run(data("officers.csv")).fatal);
    SignInDialog dialog(t.db());
    dialog.show();
    dialog.badgeEdit()->setText(QStringLiteral("100001"));
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("wrong"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.messageLabel()->isVisible());
    QVERIFY(dialog.passwordEdit()->text().isEmpty());
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("pw-100001"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.user().badge, QStringLiteral("100001"));
    QCOMPARE(dialog.user().stationName, QStringLiteral("东岗派出所"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
