// The follow-up screens on the fixture operation: a supervisor's revisit list and assigning a
// household by badge, verifying an away person's whereabouts through VerifyDialog, a failed
// attempt that keeps the person on the verification list, the untraced list and a supervisor's
// closing with a reason, and the unregistered list with its CSV export (offscreen platform). Lists load on a
// worker once the page is shown; the tests wait for the load before they look.
#include "core/auth/UserService.h"
#include "core/common/Clock.h"
#include "core/common/DateText.h"
#include "core/imports/OfficerImporter.h"
#include "core/imports/RegistryImporter.h"
#include "core/imports/VisitImporter.h"
#include "core/operations/OperationService.h"
#include "core/stats/StatsService.h"
#include "core/visits/VisitService.h"
#include "tests/support/TestDatabase.h"
#include "ui/common/OfficerChooser.h"
#include "ui/common/SessionContext.h"
#include "ui/followup/FollowUpNoteDialog.h"
#include "ui/followup/RevisitsPage.h"
#include "ui/followup/UnregisteredPage.h"
#include "ui/followup/UntracedPage.h"
#include "ui/followup/VerificationPage.h"
#include "ui/followup/VerifyDialog.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

namespace {
QString data(const char* name)
{
    return QStringLiteral(HC_TEST_DATA "/") + QLatin1String(name);
}

// Chinese cannot go through QTest::keyClicks: it arrives as the input method's commit.
void commitText(QWidget* w, const QString& text)
{
    QInputMethodEvent ime;
    ime.setCommitString(text);
    QApplication::sendEvent(w, &ime);
}

QString cell(const QAbstractItemModel* m, int row, int column, int role = Qt::DisplayRole)
{
    return m->data(m->index(row, column), role).toString();
}

// Enter on `row` of `view`, then a double-click on it: the records each asks the session to open.
QList<RecordRef> activate(SessionContext& session, QAbstractItemView* view, int row)
{
    QSignalSpy opened(&session, &SessionContext::openRequested);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, 0));
    QTest::keyClick(view, Qt::Key_Return);
    const QRect r = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, r.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, r.center());
    QList<RecordRef> refs;
    for (const QList<QVariant>& args : opened)
        refs << args.at(0).value<RecordRef>();
    return refs;
}
} // namespace

class TestFollowUpPages : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void revisitsForSupervisor();
    void officerCannotAssign();
    void verifyThroughDialog();
    void unregisteredAndExport();
    void failedAttemptKeepsThePerson();
    void untracedClosedBySupervisor();

private:
    std::unique_ptr<TestDatabase> m_t;
    qint64 m_op = 0;
    std::unique_ptr<SessionContext> session(const char* badge)
    {
        auto user = UserService(m_t->db()).find(QLatin1String(badge));
        return user ? std::make_unique<SessionContext>(m_t->db(), *user) : nullptr;
    }
};

void TestFollowUpPages::init()
{
    Clock::setInstance(std::make_unique<FixedClock>(QDateTime(QDate(2026, 4, 3), QTime(12, 0))));
    m_t = std::make_unique<TestDatabase>();
    QVERIFY(!RegistryImporter(m_t->db(), Actor::system()).run(data("registry.csv")).fatal);
    QVERIFY(!OfficerImporter(m_t->db(), Actor::system()).run(data("officers.csv")).fatal);
    auto op = OperationService(m_t->db(), Actor::system())
                  .create("春季行动", QDate(2026, 3, 1), QDate(2026, 5, 29), {}, 4);
    QVERIFY(op.ok());
    m_op = op->id;
    QVERIFY(!VisitImporter(m_t->db(), Actor::system()).run("春季行动", data("visits.csv")).fatal);
}

void TestFollowUpPages::cleanup()
{
    m_t.reset();
    Clock::setInstance(nullptr);
}

void TestFollowUpPages::revisitsForSupervisor()
{
    auto s = session("100002");
    QVERIFY(s);
    RevisitsPage page(*s);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.show(); // rows load when the page is first shown, on a worker
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.model()->rowCount(), 0); // no operation chosen yet
    s->setOperation(m_op);
    QAbstractItemModel* m = page.model();
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(cell(m, 0, RevisitsPage::HouseholdNo), "H003");
    QCOMPARE(m->data(m->index(0, RevisitsPage::Attempts)).toInt(), 1);
    QCOMPARE(cell(m, 0, RevisitsPage::DaysSince), "30");
    QCOMPARE(cell(m, 0, RevisitsPage::LastOutcome), "Refused");
    QVERIFY(!cell(m, 0, RevisitsPage::LastAttempt).isEmpty());
    QVERIFY(!m->data(m->index(0, 0), Qt::FontRole).value<QFont>().bold());

    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.visitButton()->isEnabled());
    page.table()->selectRow(0);
    QVERIFY(page.visitButton()->isEnabled());
    const qint64 h003 = m_t->scalar("SELECT id FROM households WHERE household_no = 'H003'").toLongLong();
    QSignalSpy visits(&page, &RevisitsPage::visitRequested);
    QTest::mouseClick(page.visitButton(), Qt::LeftButton);
    QCOMPARE(visits.size(), 1);
    QCOMPARE(visits.first().first().toLongLong(), h003);

    // Assigning: the officer is chosen from the household's station's officers (西湖: the
    // supervisor only, not 东岗's 马警官), found by part of the badge; nobody chosen is refused.
    QVERIFY(page.assignButton());
    QTest::mouseClick(page.assignButton(), Qt::LeftButton);
    OfficerChooser* chooser = page.officerChooser();
    QTRY_VERIFY(chooser->isVisible());
    QCOMPARE(chooser->count(), 1);
    QCOMPARE(chooser->itemText(0), "牛督导 (100002)");
    QCOMPARE(chooser->findText("100001", Qt::MatchContains), -1);
    QCOMPARE(chooser->officerId(), 0);
    QTest::keyClick(chooser->lineEdit(), Qt::Key_Return);
    QVERIFY(page.assignError()->isVisible());
    QVERIFY(page.assignError()->text().contains("Choose the officer"));
    QCOMPARE(cell(m, 0, RevisitsPage::AssignedOfficer), "");
    QTest::keyClicks(chooser->lineEdit(), "999999");
    QVERIFY(!page.assignError()->isVisible()); // typing clears the old error
    QCOMPARE(chooser->completer()->completionCount(), 0);
    QTest::keyClick(chooser->lineEdit(), Qt::Key_Return);
    QVERIFY(page.assignError()->isVisible()); // text that names nobody
    chooser->lineEdit()->clear();
    QTest::keyClicks(chooser->lineEdit(), "0002"); // type-ahead by any part of the badge
    QCOMPARE(chooser->completer()->completionCount(), 1);
    QCOMPARE(chooser->completer()->currentCompletion(), "牛督导 (100002)");
    chooser->completer()->popup()->hide();
    chooser->setOfficerId(m_t->scalar("SELECT id FROM users WHERE badge = '100002'").toLongLong());
    QTest::keyClick(chooser->lineEdit(), Qt::Key_Return);
    QTRY_VERIFY(!chooser->isVisible());
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(cell(m, 0, RevisitsPage::AssignedOfficer), "牛督导 (100002)");
    QVERIFY(m->data(m->index(0, 0), Qt::FontRole).value<QFont>().bold()); // the supervisor's own now
    QVERIFY(page.statusLabel()->text().contains("H003"));
    QVERIFY(page.visitButton()->isEnabled()); // the selection survived the refresh
}

void TestFollowUpPages::officerCannotAssign()
{
    auto s = session("100001");
    QVERIFY(s);
    s->setOperation(m_op);
    RevisitsPage page(*s);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page.assignButton(), nullptr);
    page.show();
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.model()->rowCount(), 0); // 东岗's households are all covered
}

void TestFollowUpPages::verifyThroughDialog()
{
    auto s = session("100001");
    QVERIFY(s);
    s->setOperation(m_op);
    VerificationPage page(*s);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModel* m = page.model();
    page.show();
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(cell(m, 0, VerificationPage::Name), "李强");
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    const auto before = StatsService(m_t->db()).compute(m_op);
    QVERIFY(before.ok());
    QCOMPARE(before->personsByLatestStatus.value("away_unverified"), 1);

    QVERIFY(!page.markButton()->isEnabled());
    page.table()->selectRow(0);
    QTest::mouseClick(page.markButton(), Qt::LeftButton);
    QTRY_VERIFY(page.verifyDialog() && page.verifyDialog()->isVisible());
    VerifyDialog* dialog = page.verifyDialog();
    QVERIFY(!dialog->okButton()->isEnabled());
    QTest::keyClicks(dialog->whereaboutsEdit(), "  ");
    QVERIFY(!dialog->okButton()->isEnabled()); // blank is not a whereabouts
    commitText(dialog->whereaboutsEdit(), "在西宁务工");
    QVERIFY(dialog->okButton()->isEnabled());
    const int phone = dialog->verifiedByBox()->findData("phone");
    QVERIFY(phone >= 0);
    dialog->verifiedByBox()->setCurrentIndex(phone);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    QTRY_COMPARE(m->rowCount(), 0);
    QTRY_VERIFY(!page.verifyDialog());
    QVERIFY(page.statusLabel()->text().contains("李强"));
    const auto after = StatsService(m_t->db()).compute(m_op);
    QVERIFY(after.ok());
    QCOMPARE(after->personsByLatestStatus.value("away_unverified"), 0);
    QCOMPARE(after->personsByLatestStatus.value("away_verified"),
             before->personsByLatestStatus.value("away_verified") + 1);
    QCOMPARE(m_t->scalar("SELECT verified_by FROM screenings WHERE whereabouts = '在西宁务工'").toString(),
             "phone");
}

void TestFollowUpPages::unregisteredAndExport()
{
    auto s = session("100001");
    QVERIFY(s);
    UnregisteredPage page(*s);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    s->setOperation(m_op);
    QAbstractItemModel* m = page.model();
    page.show();
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(cell(m, 0, UnregisteredPage::Name), "小红");
    QCOMPARE(cell(m, 0, UnregisteredPage::Station), "东岗派出所");
    QCOMPARE(cell(m, 0, UnregisteredPage::FoundOn), dateText(QDate(2026, 3, 10)));
    QVERIFY(!cell(m, 0, UnregisteredPage::Address).contains('\n'));
    QVERIFY(page.exportButton()->isEnabled());

    // Enter and a double-click open the person (the household's detail).
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const qint64 xiaohong = m_t->scalar("SELECT id FROM persons WHERE name = '小红'").toLongLong();
    const RecordRef person{RecordKind::Person, xiaohong};
    QCOMPARE(activate(*s, page.table(), 0), (QList<RecordRef>{person, person}));

    const QString path = m_t->dir() + "/unregistered.csv";
    QVERIFY(page.exportTo(path));
    QVERIFY(page.statusLabel()->text().contains("unregistered.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(QString::fromUtf8(csv).contains("小红"));

    // A place that cannot be written: the error shows on the page, not in a box.
    QVERIFY(!page.exportTo(m_t->dir() + "/no-such-dir/unregistered.csv"));
    QVERIFY(page.errorLabel()->isVisibleTo(&page));
    QVERIFY(!page.errorLabel()->text().isEmpty());
}

void TestFollowUpPages::failedAttemptKeepsThePerson()
{
    auto s = session("100001");
    QVERIFY(s);
    s->setOperation(m_op);
    VerificationPage page(*s);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModel* m = page.model();
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(cell(m, 0, VerificationPage::Attempts), "");
    QVERIFY(!page.attemptButton()->isEnabled());
    page.table()->selectRow(0);
    QTest::mouseClick(page.attemptButton(), Qt::LeftButton);
    QTRY_VERIFY(page.attemptDialog() && page.attemptDialog()->isVisible());
    FollowUpNoteDialog* dialog = page.attemptDialog();
    QCOMPARE(dialog->choiceBox()->count(), 3);
    dialog->choiceBox()->setCurrentIndex(dialog->choiceBox()->findData("wrong_number"));
    commitText(dialog->textEdit(), "空号");
    QTest::keyClick(dialog->textEdit(), Qt::Key_Return);
    QTRY_VERIFY(!page.attemptDialog());
    QTRY_VERIFY(!page.isLoading());
    QTRY_VERIFY(cell(m, 0, VerificationPage::Attempts).startsWith("1 (last: Wrong number"));
    QCOMPARE(m->rowCount(), 1); // still on the list
    QCOMPARE(cell(m, 0, VerificationPage::Name), "李强");
    QVERIFY(page.statusLabel()->text().contains("李强"));
    QCOMPARE(m_t->scalar("SELECT result || '/' || notes FROM verification_attempts").toString(),
             "wrong_number/空号");
}

void TestFollowUpPages::untracedClosedBySupervisor()
{
    // 王芳's whereabouts unknown on a later visit, and no case opened.
    VisitDraft d;
    d.operationId = m_op;
    d.householdId = m_t->scalar("SELECT id FROM households WHERE household_no = 'H001'").toLongLong();
    d.visitedAt = QDateTime(QDate(2026, 4, 1), QTime(9, 0));
    d.outcome = "completed";
    d.screenings << ScreeningDraft{m_t->scalar("SELECT id FROM persons WHERE name = '王芳'").toLongLong(),
                                   "whereabouts_unknown",
                                   {},
                                   {},
                                   {},
                                   {}};
    QVERIFY(VisitService(m_t->db(), UserService(m_t->db()).find("100001")->actor()).save(d).ok());

    auto officer = session("100001");
    officer->setOperation(m_op);
    UntracedPage officerPage(*officer);
    QVERIFY(officerPage.closeButton()->isHidden()); // supervisors close
    // The supervisor's lists show their own station: 东岗's supervisor, for this test.
    QSqlQuery q(m_t->db().sql());
    QVERIFY(q.exec("UPDATE users SET station_id = (SELECT id FROM stations WHERE name = '东岗派出所') "
                   "WHERE badge = '100002'"));
    auto s = session("100002");
    QVERIFY(s);
    s->setOperation(m_op);
    UntracedPage page(*s);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModel* m = page.model();
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(cell(m, 0, UntracedPage::Name), "王芳");
    QCOMPARE(cell(m, 0, UntracedPage::Days), "2");
    const RecordRef wangFang{RecordKind::Person, d.screenings.first().personId};
    QCOMPARE(activate(*s, page.table(), 0), (QList<RecordRef>{wangFang, wangFang})); // opens the person
    page.table()->selectRow(0);
    QTest::mouseClick(page.closeButton(), Qt::LeftButton);
    QTRY_VERIFY(page.closeDialog() && page.closeDialog()->isVisible());
    FollowUpNoteDialog* dialog = page.closeDialog();
    QVERIFY(!dialog->choiceBox());
    QVERIFY(!dialog->okButton()->isEnabled()); // a reason is required
    commitText(dialog->textEdit(), "家属称其已出国定居");
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!page.closeDialog());
    QTRY_COMPARE(m->rowCount(), 0);
    QVERIFY(page.statusLabel()->text().contains("王芳"));
    QCOMPARE(m_t->scalar("SELECT reason FROM untraced_closures").toString(), "家属称其已出国定居");
}

QTEST_MAIN(TestFollowUpPages)
#include "tst_followup_pages.moc"
