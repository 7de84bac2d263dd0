// Rows that name a record open it, everywhere, through one path: Enter on the current row or a
// double-click asks the session to open the record (SessionContext::openRequested, with the
// right kind and id) - the dashboard's overdue cases, a drill-down list's visits, households and
// persons, a case file's Links tab - and the window answers a request by opening the record
// (a case its case file, a person or a visit the household's detail).
#include "core/auth/UserService.h"
#include "core/links/LinkService.h"
#include "tests/support/Fixture.h"
#include "ui/cases/CaseFileDialog.h"
#include "ui/common/RecordRows.h"
#include "ui/common/SessionContext.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/DrillDownDialog.h"
#include "ui/households/HouseholdDetailDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/overview/OverviewPage.h"
#include "ui/startup/AppFlow.h"

#include <QApplication>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace hc;
using hc::test::TestDatabase;

class TestRecordRows : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void overdueCaseOpensOnEnter();
    void drillDownRowsOpenTheirRecords();
    void caseLinksOpenTheLinkedCase();
    void searchResultsOpenTheirRecords();
    void entitiesMapToRecords();
    void windowOpensWhatIsAsked();

private:
    std::unique_ptr<test::ClockGuard> m_clock;
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<SessionContext> m_session;
    qint64 m_op = 0;
    qint64 m_case1 = 0;
    qint64 m_case2 = 0;
};

namespace {
RecordRef requestAt(const QSignalSpy& spy, int i)
{
    return spy.at(i).at(0).value<RecordRef>();
}

// Enter on `row` of `view` (made current, with the focus).
void enterOn(QAbstractItemView* view, int row)
{
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, 0));
    QTest::keyClick(view, Qt::Key_Return);
}

void doubleClickOn(QAbstractItemView* view, int row)
{
    const QRect r = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, r.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, r.center());
}
} // namespace

void TestRecordRows::initTestCase()
{
    m_clock = std::make_unique<test::ClockGuard>(QDateTime(QDate(2026, 4, 1), QTime(12, 0)));
    m_t = std::make_unique<TestDatabase>();
    m_op = test::loadFixture(*m_t);
    QSqlQuery q(m_t->db().sql());
    // SZ-1 silent since March (overdue), SZ-2 opened yesterday; a typed link joins them.
    QVERIFY2(
        q.exec(QString("INSERT INTO cases(uuid, case_no, operation_id, subject_name, source, status, "
                       "risk_level, opened_at) VALUES "
                       "('c1', 'SZ-1', %1, '张小明', 'screening', 'open', 'high', '2026-03-02T10:00:00'), "
                       "('c2', 'SZ-2', %1, '周五', 'public_report', 'open', 'low', '2026-03-31T08:00:00')")
                   .arg(m_op)),
        qPrintable(q.lastError().text()));
    m_case1 = m_t->scalar("SELECT id FROM cases WHERE case_no = 'SZ-1'").toLongLong();
    m_case2 = m_t->scalar("SELECT id FROM cases WHERE case_no = 'SZ-2'").toLongLong();
    const auto link = LinkService(m_t->db(), Actor::system())
                          .add(LinkInput{EntityRef{"case", "SZ-1"}, EntityRef{"case", "SZ-2"}, "witness", 0.7,
                                         "same caller"});
    QVERIFY2(link.ok(), link.ok() ? "" : qPrintable(link.error().text()));
    auto user = UserService(m_t->db()).find(QStringLiteral("100003")); // investigator
    QVERIFY(user.ok());
    m_session = std::make_unique<SessionContext>(m_t->db(), *user);
    m_session->setOperation(m_op);
}

void TestRecordRows::cleanupTestCase()
{
    m_session.reset();
    m_t.reset();
    m_clock.reset();
}

void TestRecordRows::overdueCaseOpensOnEnter()
{
    auto supervisor = UserService(m_t->db()).find(QStringLiteral("100002"));
    QVERIFY(supervisor.ok());
    SessionContext session(m_t->db(), *supervisor);
    session.setOperation(m_op);
    DashboardPage page(session);
    QSignalSpy refreshed(&page, &DashboardPage::refreshed);
    page.resize(1400, 1000);
    page.show();
    QTRY_VERIFY(refreshed.count() >= 1);
    QTRY_VERIFY(!page.isBusy());
    QTableWidget* overdue = page.table(DashboardPage::OverdueTable);
    QCOMPARE(overdue->rowCount(), 1);
    QCOMPARE(overdue->item(0, 0)->text(), QStringLiteral("SZ-1"));

    QSignalSpy opened(&session, &SessionContext::openRequested);
    enterOn(overdue, 0);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(requestAt(opened, 0), (RecordRef{RecordKind::Case, m_case1}));
    doubleClickOn(overdue, 0);
    QCOMPARE(opened.size(), 2);
    QCOMPARE(requestAt(opened, 1), (RecordRef{RecordKind::Case, m_case1}));
    // The request names where it came from.
    QCOMPARE(opened.at(0).at(1).value<QWidget*>(), overdue);
}

void TestRecordRows::drillDownRowsOpenTheirRecords()
{
    const QList<std::pair<RecordKind, QList<qint64>>> kinds = {
        {RecordKind::Visit, {41, 42}}, {RecordKind::Household, {3, 4}}, {RecordKind::Person, {7, 8}}};
    for (const auto& [kind, ids] : kinds) {
        DrillRows rows;
        rows.headers = QStringList{"A", "B"};
        rows.rows = {QStringList{"a1", "b1"}, QStringList{"a2", "b2"}};
        rows.ids = ids;
        DrillDownDialog dialog(*m_session, "list", kind, rows);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy opened(m_session.get(), &SessionContext::openRequested);
        enterOn(dialog.table(), 1);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(requestAt(opened, 0), (RecordRef{kind, ids.at(1)}));
        doubleClickOn(dialog.table(), 0);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(requestAt(opened, 1), (RecordRef{kind, ids.at(0)}));
    }
}

void TestRecordRows::caseLinksOpenTheLinkedCase()
{
    CaseFileDialog file(*m_session, m_case1);
    file.show();
    QVERIFY(QTest::qWaitForWindowExposed(&file));
    file.tabs()->setCurrentIndex(2);
    QTableWidget* links = file.linksTable();
    QCOMPARE(links->rowCount(), 1);
    QSignalSpy opened(m_session.get(), &SessionContext::openRequested);
    enterOn(links, 0);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(requestAt(opened, 0), (RecordRef{RecordKind::Case, m_case2}));
    doubleClickOn(links, 0);
    QCOMPARE(opened.size(), 2);
}

// The overview's search: a person opens as a person, a household as a household.
void TestRecordRows::searchResultsOpenTheirRecords()
{
    OverviewPage page(*m_session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::keyClicks(page.searchEdit(), QStringLiteral("H004"));
    QTreeWidget* results = page.searchResults();
    QTRY_COMPARE(results->topLevelItemCount(), 1);
    QSignalSpy opened(m_session.get(), &SessionContext::openRequested);
    enterOn(results, 0);
    const qint64 h004 = m_t->scalar("SELECT id FROM households WHERE household_no = 'H004'").toLongLong();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(requestAt(opened, 0), (RecordRef{RecordKind::Household, h004}));

    page.searchEdit()->clear();
    QTest::keyClicks(page.searchEdit(), QStringLiteral("620102198203010226")); // 王芳's ID number
    QTRY_VERIFY(results->topLevelItemCount() == 1 && results->topLevelItem(0)->text(0) == "Person");
    doubleClickOn(results, 0);
    const qint64 wangFang = m_t->scalar("SELECT id FROM persons WHERE name = '王芳'").toLongLong();
    QCOMPARE(opened.size(), 2);
    QCOMPARE(requestAt(opened, 1), (RecordRef{RecordKind::Person, wangFang}));
}

void TestRecordRows::entitiesMapToRecords()
{
    QCOMPARE(recordOfEntity("case", "12"), std::optional<RecordRef>(RecordRef{RecordKind::Case, 12}));
    QCOMPARE(recordOfEntity("household", "3"), std::optional<RecordRef>(RecordRef{RecordKind::Household, 3}));
    QCOMPARE(recordOfEntity("person", "9"), std::optional<RecordRef>(RecordRef{RecordKind::Person, 9}));
    QVERIFY(!recordOfEntity("phone", "13900000002"));
    QVERIFY(!recordOfEntity("case", "SZ-1"));
}

// The window opens a case file for a case, the household's detail for a visit.
void TestRecordRows::windowOpensWhatIsAsked()
{
    std::unique_ptr<MainWindow> window(AppFlow::buildWindow(*m_session));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    m_session->requestOpen({RecordKind::Case, m_case2}, window.get());
    CaseFileDialog* file = nullptr;
    QTRY_VERIFY((file = window->findChild<CaseFileDialog*>()) != nullptr);
    QCOMPARE(file->caseId(), m_case2);
    file->close();

    const qint64 visit = m_t->scalar("SELECT id FROM visits ORDER BY id LIMIT 1").toLongLong();
    QVERIFY(visit > 0);
    m_session->requestOpen({RecordKind::Visit, visit}, window.get());
    QTRY_VERIFY(window->findChild<HouseholdDetailDialog*>() != nullptr);
    window->findChild<HouseholdDetailDialog*>()->close();
}

QTEST_MAIN(TestRecordRows)
#include "tst_record_rows.moc"
