// The administrator's accounts dialog (add, disable, enable, reset a password) and the
// change-password dialog every user has in the File menu (offscreen platform).
#include "core/auth/UserService.h"
#include "tests/support/Fixture.h"
#include "ui/admin/AccountsDialog.h"
#include "ui/admin/NewAccountDialog.h"
#include "ui/admin/PasswordDialog.h"
#include "ui/common/SessionContext.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/startup/IdleLock.h"
#include "ui/startup/LockDialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace hc;

namespace {
const QString kAdminPassword = QStringLiteral("Kestrel-Harbour-2026");
}

class TestAccountsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void addDisableEnableReset();
    void changeOwnPassword();
    void menuOffersAccountsToAdministratorsOnly();
    void idleLock();
    void lockDialog();
};

void TestAccountsDialog::addDisableEnableReset()
{
    test::TestDatabase t;
    test::loadFixture(t, false);
    const auto admin = UserService(t.db()).add(
        Actor::system(), NewAccount{"A0001", "管理员", Role::Admin, {}, kAdminPassword});
    QVERIFY(admin.ok());
    SessionContext session(t.db(), *admin);
    AccountsDialog dialog(session);
    dialog.show();
    QCOMPARE(dialog.table()->rowCount(), t.count("users"));
    QVERIFY(!dialog.toggleButton()->isEnabled());

    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    auto* add = qobject_cast<NewAccountDialog*>(dialog.openDialog());
    QVERIFY(add);
    QTest::keyClicks(add->badgeEdit(), "200001");
    add->nameEdit()->setText("金警官");
    add->stationBox()->setCurrentIndex(add->stationBox()->findText("东岗派出所"));
    // A weak password is refused inline; the dialog stays.
    QTest::keyClicks(add->passwordEdit(), "password123");
    QTest::keyClicks(add->repeatEdit(), "password123");
    QTest::keyClick(add->repeatEdit(), Qt::Key_Return);
    QVERIFY(add->isVisible());
    QVERIFY2(add->messageLabel()->text().contains("too easy to guess"),
             qPrintable(add->messageLabel()->text()));
    add->passwordEdit()->setText("Lantern-Otter-Moss-77");
    add->repeatEdit()->setText("Lantern-Otter-Moss-77");
    // The administrator knows the password: by default the user must set their own.
    QVERIFY(add->temporaryBox()->isChecked());
    QTest::keyClick(add->repeatEdit(), Qt::Key_Return);
    QTRY_VERIFY(!dialog.openDialog());
    QCOMPARE(dialog.table()->rowCount(), t.count("users"));
    const auto added = UserService(t.db()).signIn("200001", "Lantern-Otter-Moss-77");
    QVERIFY(added.ok());
    QVERIFY(added->mustChangePassword);
    for (int row = 0; row < dialog.table()->rowCount(); ++row)
        QCOMPARE(dialog.table()->item(row, 5)->text().startsWith("Temporary"),
                 dialog.table()->item(row, 0)->text() == "200001");

    QVERIFY(dialog.select("200001"));
    QCOMPARE(dialog.toggleButton()->text(), QStringLiteral("&Disable"));
    QTest::mouseClick(dialog.toggleButton(), Qt::LeftButton);
    QVERIFY(!UserService(t.db()).find("200001")->active);
    QCOMPARE(dialog.toggleButton()->text(), QStringLiteral("&Enable"));
    QVERIFY(!UserService(t.db()).signIn("200001", "Lantern-Otter-Moss-77").ok());
    QTest::mouseClick(dialog.toggleButton(), Qt::LeftButton);
    QVERIFY(UserService(t.db()).find("200001")->active);
    // The administrator's own account cannot be disabled: said inline.
    QVERIFY(dialog.select("A0001"));
    QTest::mouseClick(dialog.toggleButton(), Qt::LeftButton);
    QVERIFY(dialog.messageLabel()->isVisible());
    QVERIFY(UserService(t.db()).find("A0001")->active);

    QVERIFY(dialog.select("100001"));
    QTest::mouseClick(dialog.resetButton(), Qt::LeftButton);
    auto* reset = qobject_cast<PasswordDialog*>(dialog.openDialog());
    QVERIFY(reset && !reset->currentEdit());
    QTest::keyClicks(reset->newEdit(), "Fresh-Cobalt-Violin-8");
    QTest::keyClicks(reset->repeatEdit(), "Fresh-Cobalt-Violin-9");
    QTest::keyClick(reset->repeatEdit(), Qt::Key_Return);
    QVERIFY(reset->messageLabel()->isVisible()); // they differ
    reset->repeatEdit()->setText("Fresh-Cobalt-Violin-8");
    QTest::keyClick(reset->repeatEdit(), Qt::Key_Return);
    QTRY_VERIFY(!dialog.openDialog());
    QVERIFY(UserService(t.db()).signIn("100001", "Fresh-Cobalt-Violin-8").ok());
}

void TestAccountsDialog::changeOwnPassword()
{
    test::TestDatabase t;
    test::loadFixture(t, false);
    SessionContext session(t.db(), *UserService(t.db()).find("100001"));
    MainWindow window(session);
    window.show();
    auto* action = window.findChild<QAction*>("changePasswordAction");
    QVERIFY(action);
    action->trigger();
    auto* dialog = window.findChild<PasswordDialog*>("changePasswordDialog");
    QVERIFY(dialog && dialog->currentEdit());
    QTest::keyClicks(dialog->currentEdit(), "wrong");
    QTest::keyClicks(dialog->newEdit(), "Saffron-Glacier-Tuba-31");
    QTest::keyClicks(dialog->repeatEdit(), "Saffron-Glacier-Tuba-31");
    QTest::keyClick(dialog->repeatEdit(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->messageLabel()->text(), UserService::tr("The current password is wrong."));
    dialog->currentEdit()->setText("Harbour-Kite-100001");
    QTest::keyClick(dialog->repeatEdit(), Qt::Key_Return);
    QTRY_VERIFY(!window.findChild<PasswordDialog*>("changePasswordDialog"));
    QVERIFY(UserService(t.db()).signIn("100001", "Saffron-Glacier-Tuba-31").ok());
}

void TestAccountsDialog::menuOffersAccountsToAdministratorsOnly()
{
    test::TestDatabase t;
    test::loadFixture(t, false);
    const auto admin = UserService(t.db()).add(
        Actor::system(), NewAccount{"A0001", "管理员", Role::Admin, {}, kAdminPassword});
    SessionContext adminSession(t.db(), *admin);
    MainWindow a(adminSession);
    QVERIFY(a.findChild<QAction*>("accountsAction"));
    SessionContext supervisor(t.db(), *UserService(t.db()).find("100002"));
    MainWindow s(supervisor);
    QVERIFY(!s.findChild<QAction*>("accountsAction"));
    QVERIFY(s.findChild<QAction*>("changePasswordAction"));
    QSignalSpy signOut(&s, &MainWindow::signOutRequested);
    s.findChild<QAction*>("signOutAction")->trigger();
    QCOMPARE(signOut.count(), 1);
}

void TestAccountsDialog::idleLock()
{
    QWidget w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    IdleLock lock(300);
    int fired = 0;
    connect(&lock, &IdleLock::idle, this, [&] { ++fired; });
    // Input keeps it open: 6 x 100 ms of typing outlasts the 300 ms.
    for (int i = 0; i < 6; ++i) {
        QTest::keyClick(&w, Qt::Key_A);
        QTest::qWait(100);
    }
    QCOMPARE(fired, 0);
    QTRY_COMPARE(fired, 1);
    QVERIFY(lock.isLocked());
    // Locked: input does not start a second lock; unlocking starts the clock again.
    QTest::keyClick(&w, Qt::Key_A);
    QTest::qWait(400);
    QCOMPARE(fired, 1);
    lock.setLocked(false);
    QTRY_COMPARE(fired, 2);
    IdleLock off(0);
    QVERIFY(!off.isLocked());
}

void TestAccountsDialog::lockDialog()
{
    test::TestDatabase t;
    test::loadFixture(t, false);
    const User officer = *UserService(t.db()).find("100001");
    LockDialog dialog(t.db(), officer);
    dialog.show();
    QTest::keyClick(&dialog, Qt::Key_Escape); // not a way out
    QVERIFY(dialog.isVisible());
    QTest::keyClicks(dialog.passwordEdit(), "wrong");
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.messageLabel()->isVisible());
    QCOMPARE(t.scalar("SELECT count(*) FROM audit_log WHERE action = 'sign_in_failed' AND actor = '100001'")
                 .toInt(),
             1);
    QTest::keyClicks(dialog.passwordEdit(), "Harbour-Kite-100001");
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    LockDialog again(t.db(), officer);
    again.show();
    QTest::mouseClick(again.signOutButton(), Qt::LeftButton);
    QCOMPARE(again.result(), LockDialog::kSignOut);
}

QTEST_MAIN(TestAccountsDialog)
#include "tst_accounts_dialog.moc"
