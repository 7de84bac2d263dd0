// The main window opens on a database, shows the operation's figures and searches as the
// user types (offscreen platform).
#include "core/audit/AuditLog.h"
#include "core/auth/UserService.h"
#include "core/common/Clock.h"
#include "core/imports/OfficerImporter.h"
#include "core/imports/RegistryImporter.h"
#include "core/imports/VisitImporter.h"
#include "core/operations/OperationService.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"
#include "ui/admin/PasswordDialog.h"
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
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
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
    void signInHintStaysWhole();
    void temporaryPasswordAtSignIn();
    void pfifInFileMenu_data();
    void pfifInFileMenu();
};

void TestMainWindow::showsFiguresAndSearches()
{
    Clock::setInstance(std::make_unique<FixedClock>(QDateTime(QDate(2026, 6, 1), QTime(12, 0))));
    test::TestDatabase t;
    test::loadFixture(t);

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
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("Harbour-Kite-100001"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.user().badge, QStringLiteral("100001"));
    QCOMPARE(dialog.user().stationName, QStringLiteral("东岗派出所"));
}

// On a demo database the dialog says how to sign in; a wrong password's message below it must
// not squeeze that hint (it lost its last line, the password, in a dialog too narrow for it).
void TestMainWindow::signInHintStaysWhole()
{
    test::TestDatabase t;
    QVERIFY(!OfficerImporter(t.db(), Actor::system()).run(data("officers.csv")).fatal);
    QVERIFY(AuditLog(t.db().sql())
                .append(Actor::system(), QStringLiteral("demo"), QStringLiteral("database"), QString())
                .ok());
    SignInDialog dialog(t.db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.badgeEdit()->setText(QStringLiteral("100001"));
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("wrong"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QVERIFY(dialog.messageLabel()->isVisible());
    int wrapped = 0;
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        if (!label->isVisible() || !label->wordWrap())
            continue;
        ++wrapped;
        QVERIFY2(label->height() >= label->heightForWidth(label->width()), qPrintable(label->text()));
    }
    QVERIFY(wrapped >= 1); // the demo hint
}

// A password an administrator reset is temporary: the sign-in asks for a new one at once (twice,
// the policy's refusals shown in the dialog); cancelling it leaves the user not signed in;
// afterwards the flag is cleared, the old password fails and the new one works.
void TestMainWindow::temporaryPasswordAtSignIn()
{
    test::TestDatabase t;
    QVERIFY(!RegistryImporter(t.db(), Actor::system()).run(data("registry.csv")).fatal);
    QVERIFY(!OfficerImporter(t.db(), Actor::system()).run(data("officers.csv")).fatal);
    UserService users(t.db());
    const auto admin = users.add(Actor::system(), NewAccount{QStringLiteral("A0001"),
                                                             QStringLiteral("管理员"),
                                                             Role::Admin,
                                                             {},
                                                             QStringLiteral("Kestrel-Harbour-2026")});
    QVERIFY(admin);
    const QString given = QStringLiteral("Fresh-Cobalt-Violin-8"),
                  own = QStringLiteral("Saffron-Glacier-Tuba-31");
    QVERIFY(users.resetPassword(admin->actor(), QStringLiteral("100001"), given).ok());

    SignInDialog dialog(t.db());
    dialog.show();
    dialog.badgeEdit()->setText(QStringLiteral("100001"));
    const auto newPasswordDialog = [&dialog] {
        return dialog.findChild<PasswordDialog*>(QStringLiteral("newPasswordDialog"));
    };
    // Cancelled: not signed in, the flag stays.
    bool asked = false;
    QTimer::singleShot(0, &dialog, [&] {
        if (PasswordDialog* p = newPasswordDialog()) {
            asked = p->isVisible() && !p->currentEdit();
            p->reject();
        }
    });
    QTest::keyClicks(dialog.passwordEdit(), given);
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QVERIFY(asked);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("temporary")));
    QVERIFY(users.find(QStringLiteral("100001"))->mustChangePassword);

    // Two different entries, then a weak one: the dialog stays with the reason; then a good one.
    QStringList messages;
    QTimer::singleShot(0, &dialog, [&] {
        PasswordDialog* p = newPasswordDialog();
        if (!p)
            return;
        const auto enter = [&](const QString& first, const QString& second) {
            p->newEdit()->setText(first);
            p->repeatEdit()->setText(second);
            QTest::keyClick(p->repeatEdit(), Qt::Key_Return);
            if (p->isVisible())
                messages << p->messageLabel()->text();
        };
        enter(own, own + QStringLiteral("x"));
        enter(QStringLiteral("qwertyuiop"), QStringLiteral("qwertyuiop"));
        enter(given, given); // the temporary one again is no new one
        enter(own, own);
    });
    QTest::keyClicks(dialog.passwordEdit(), given);
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QCOMPARE(messages.size(), 3);
    QVERIFY2(messages[0].contains(QStringLiteral("differ")), qPrintable(messages[0]));
    QVERIFY2(messages[1].contains(QStringLiteral("guess")), qPrintable(messages[1]));
    QVERIFY2(messages[2].contains(QStringLiteral("same")), qPrintable(messages[2]));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.user().badge, QStringLiteral("100001"));
    QVERIFY(!dialog.user().mustChangePassword);
    QVERIFY(!users.find(QStringLiteral("100001"))->mustChangePassword);
    QVERIFY(!users.signIn(QStringLiteral("100001"), given).ok());
    QVERIFY(users.signIn(QStringLiteral("100001"), own).ok());
}

// PFIF 1.4 interchange in the File menu (issue 14, outcome 6): every role exports what it may
// read (an officer their station's records); importing needs the EditCases right, which an
// officer lacks.
void TestMainWindow::pfifInFileMenu_data()
{
    QTest::addColumn<QString>("badge");
    QTest::addColumn<bool>("mayImport");
    QTest::newRow("officer") << QStringLiteral("100001") << false;
    QTest::newRow("supervisor") << QStringLiteral("100002") << true;
    QTest::newRow("investigator") << QStringLiteral("100003") << true;
}

void TestMainWindow::pfifInFileMenu()
{
    QFETCH(QString, badge);
    QFETCH(bool, mayImport);
    test::TestDatabase t;
    test::loadFixture(t, false);
    SessionContext session(t.db(), *UserService(t.db()).find(badge));
    std::unique_ptr<MainWindow> window(AppFlow::buildWindow(session));
    QMenu* file = nullptr;
    for (QAction* a : window->menuBar()->actions())
        if (a->text() == QStringLiteral("&File"))
            file = a->menu();
    QVERIFY(file);
    QStringList offered;
    for (const QAction* a : file->actions())
        offered << a->text();
    QVERIFY2(offered.contains(QStringLiteral("Export &PFIF…")), qPrintable(offered.join(u'|')));
    QCOMPARE(offered.contains(QStringLiteral("Import P&FIF…")), mayImport);
    QVERIFY(window->findChild<QAction*>(QStringLiteral("exportPfifAction")));
    QCOMPARE(window->findChild<QAction*>(QStringLiteral("importPfifAction")) != nullptr, mayImport);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
