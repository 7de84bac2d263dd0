// The call log page on the fixture (offscreen): an officer logs calls through the dialog's
// widgets by keyboard - required fields refused at the field, a call that opens a case, one with
// no action and its reason, one on a day before the operation - and the list's filters (result,
// dates, line), its total, and a call opening the case it opened.
#include "core/auth/UserService.h"
#include "core/common/DateText.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"
#include "ui/calls/CallDialog.h"
#include "ui/calls/CallsPage.h"
#include "ui/calls/LogCallDialog.h"
#include "ui/common/OfficerChooser.h"
#include "ui/common/SessionContext.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace hc;

class TestCallsPage : public QObject
{
    Q_OBJECT
private slots:
    void logAndFilter();

private:
    static void choose(QComboBox* box, const QString& code)
    {
        box->setCurrentIndex(box->findData(code));
        QCOMPARE(box->currentData().toString(), code);
    }
};

void TestCallsPage::logAndFilter()
{
    test::ClockGuard clock(QDateTime(QDate(2026, 4, 3), QTime(12, 0)));
    test::TestDatabase t;
    test::loadFixture(t);
    SessionContext session(t.db(), *UserService(t.db()).find(QStringLiteral("100001")));
    CallsPage page(session);
    QAbstractItemModelTester tester(page.model());
    page.show();
    QTRY_VERIFY(!page.isLoading());
    QAbstractItemModel* m = page.model();
    QCOMPARE(m->rowCount(), 0);
    QCOMPARE(page.stationBox()->count(), 1); // an officer: their own station

    // A call that opens a case: the report is required, then the missing person's name.
    LogCallDialog* d = page.logCall();
    QVERIFY(d);
    QVERIFY(d->isVisible());
    // The report box takes its row's room from the top, beside its label: a fixed-height box sat
    // in the middle of a stretched row, with blank bands above and below.
    const QWidget* report = d->reportEdit();
    QCOMPARE(report->mapTo(d, QPoint()).y(), report->parentWidget()->mapTo(d, QPoint()).y());
    QCOMPARE(report->height(), report->parentWidget()->height());
    d->callerEdit()->insert(QStringLiteral("王大妈")); // typed by an input method
    QTest::keyClicks(d->numberEdit(), "138 0000 2222");
    QTest::keyClick(d->numberEdit(), Qt::Key_Return);
    QVERIFY(d->isVisible());
    QVERIFY(d->errorLabel(QStringLiteral("report_text"))->isVisibleTo(d));
    d->reportEdit()->insertPlainText(QStringLiteral("孙子放学没回家"));
    choose(d->resultBox(), QStringLiteral("case"));
    QVERIFY(d->subjectEdit()->isVisibleTo(d));
    QVERIFY(!d->reasonEdit()->isVisibleTo(d));
    QTest::keyClick(d->numberEdit(), Qt::Key_Return);
    QVERIFY(d->errorLabel(QStringLiteral("subject_name"))->isVisibleTo(d));
    QVERIFY(d->errorLabel(QStringLiteral("last_seen_place"))->isVisibleTo(d));
    d->subjectEdit()->insert(QStringLiteral("王小虎"));     // typed by an input method
    d->placeEdit()->insert(QStringLiteral("实验小学门口")); // typed by an input method
    QTest::keyClick(d->placeEdit(), Qt::Key_Return);
    QVERIFY(!d->isVisible());
    QCOMPARE(t.count("calls"), 1);
    QCOMPARE(t.count("cases"), 1);
    QTRY_COMPARE(m->rowCount(), 1);
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(m->data(m->index(0, CallsPage::Result)).toString(), QStringLiteral("Case opened"));
    QVERIFY(m->data(m->index(0, CallsPage::Case)).toString().startsWith(QStringLiteral("SZ2026-")));

    // No action needs its reason; this call came in before the operation began.
    d = page.logCall();
    d->timeEdit()->setDateTime(QDateTime(QDate(2026, 2, 15), QTime(21, 30)));
    choose(d->lineBox(), QStringLiteral("officer"));
    QVERIFY(d->officerBox()->isVisibleTo(d));
    QTest::keyClicks(d->numberEdit(), "13900003333");
    d->reportEdit()->insertPlainText(QStringLiteral("询问走访时间"));
    choose(d->resultBox(), QStringLiteral("none"));
    QTest::mouseClick(d->logButton(), Qt::LeftButton);
    QVERIFY(d->errorLabel(QStringLiteral("reason"))->isVisibleTo(d));
    d->reasonEdit()->insert(QStringLiteral("不属于本所")); // typed by an input method
    QTest::mouseClick(d->logButton(), Qt::LeftButton);
    QVERIFY(!d->isVisible());
    QTRY_COMPARE(m->rowCount(), 2);
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.summaryLabel()->text(), QStringLiteral("Calls: 2, cases opened: 1"));
    QCOMPARE(m->data(m->index(1, CallsPage::Line)).toString(), QStringLiteral("马警官"));
    QCOMPARE(m->data(m->index(1, CallsPage::Caller)).toString(), QStringLiteral("Anonymous"));

    // Filters: result, dates, line.
    choose(page.resultBox(), QStringLiteral("none"));
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(m->data(m->index(0, CallsPage::Case)).toString(), QStringLiteral("不属于本所"));
    page.resultBox()->setCurrentIndex(0);
    page.fromEdit()->setDate(QDate(2026, 3, 1));
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(m->data(m->index(0, CallsPage::Result)).toString(), QStringLiteral("Case opened"));
    page.fromEdit()->setDate(page.fromEdit()->minimumDate());
    choose(page.lineBox(), QStringLiteral("officer"));
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(m->rowCount(), 1);
    page.lineBox()->setCurrentIndex(0);
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(m->rowCount(), 2);

    // The officer filter finds an officer by any part of the name or badge (type-ahead); both
    // calls were logged by 马警官, none by 杨侦查.
    OfficerChooser* officer = page.officerBox();
    officer->lineEdit()->clear(); // "Any officer" is shown
    QTest::keyClicks(officer->lineEdit(), "0003");
    QCOMPARE(officer->completer()->completionCount(), 1);
    QCOMPARE(officer->completer()->currentCompletion(), QStringLiteral("杨侦查 (100003)"));
    officer->setOfficerId(t.scalar("SELECT id FROM users WHERE badge = '100003'").toLongLong());
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(m->rowCount(), 0);
    officer->setOfficerId(t.scalar("SELECT id FROM users WHERE badge = '100001'").toLongLong());
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(m->rowCount(), 2);
    officer->setOfficerId(0);
    QTRY_VERIFY(!page.isLoading());

    // The time in the locale's one format: medium in English, ISO-like in Chinese.
    const QLocale was;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(m->data(m->index(1, CallsPage::Time)).toString(), QStringLiteral("15 Feb 2026 21:30"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(m->data(m->index(1, CallsPage::Time)).toString(), QStringLiteral("Feb 15, 2026 21:30"));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QCOMPARE(m->data(m->index(1, CallsPage::Time)).toString(), QStringLiteral("2026-02-15 21:30"));
    QLocale::setDefault(was);

    // A double-click opens the call, and from it the case it opened.
    QSignalSpy wanted(&page, &CallsPage::caseRequested);
    const QModelIndex first = m->index(0, 0);
    page.table()->setCurrentIndex(first);
    page.openCurrent();
    auto* call = page.findChild<CallDialog*>();
    QVERIFY(call);
    QVERIFY(call->openCaseButton());
    QTest::mouseClick(call->openCaseButton(), Qt::LeftButton);
    QCOMPARE(wanted.count(), 1);
    QCOMPARE(wanted.first().first().toLongLong(), t.scalar("SELECT id FROM cases").toLongLong());
}

QTEST_MAIN(TestCallsPage)
#include "tst_calls_page.moc"
