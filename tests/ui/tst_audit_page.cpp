// The administrator's audit viewer (offscreen): the log newest first, filtered by user,
// action and days, exported as CSV through core (which audits the export); the main window
// offers it to administrators only, and core refuses it to anyone else.
#include "core/auth/UserService.h"
#include "core/common/Clock.h"
#include "core/common/DateText.h"
#include "core/search/SearchService.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"
#include "ui/audit/AuditPage.h"
#include "ui/common/SessionContext.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/startup/AppFlow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSqlQuery>
#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

namespace {
QString cell(const QAbstractItemModel* m, int row, int column)
{
    return m->data(m->index(row, column)).toString();
}
} // namespace

class TestAuditPage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { Clock::setInstance(nullptr); }
    void filtersAndExport();
    void refusedToOthers();
    void totalBeyondTheLimit();
    void mainWindowOffersItToAdministratorsOnly();

private:
    std::unique_ptr<TestDatabase> m_t;
    User m_admin;
    std::unique_ptr<SessionContext> session(const User& u)
    {
        return std::make_unique<SessionContext>(m_t->db(), u);
    }
};

void TestAuditPage::init()
{
    Clock::setInstance(std::make_unique<FixedClock>(QDateTime(QDate(2026, 4, 3), QTime(12, 0))));
    m_t = std::make_unique<TestDatabase>();
    test::loadFixture(*m_t);
    QSqlQuery q(m_t->db().sql());
    QVERIFY(
        q.exec(QStringLiteral("INSERT INTO users(badge, name, station_id, role, password_hash, created_at) "
                              "VALUES ('100009', '管理员', NULL, 'admin', 'x', '2026-01-01T00:00:00')")));
    m_admin = *UserService(m_t->db()).find(QStringLiteral("100009"));
    // Two searches by the officer, a day later.
    test::ClockGuard later(QDateTime(QDate(2026, 4, 4), QTime(9, 0)));
    const Actor officer = UserService(m_t->db()).find(QStringLiteral("100001"))->actor();
    QVERIFY(SearchService(m_t->db(), officer).search(QStringLiteral("张伟")).ok());
    QVERIFY(SearchService(m_t->db(), officer).search(QStringLiteral("王芳")).ok());
}

void TestAuditPage::filtersAndExport()
{
    test::ClockGuard clock(QDateTime(QDate(2026, 4, 4), QTime(10, 0))); // the administrator looks
    auto s = session(m_admin);
    AuditPage page(*s);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.show();
    QTRY_VERIFY(!page.isLoading());
    const QAbstractItemModel* m = page.model();
    const int all = m->rowCount();
    QVERIFY(all >= 5); // the imports, the operation, the two searches
    QCOMPARE(cell(m, 0, AuditPage::User), QStringLiteral("100001")); // newest first
    QCOMPARE(cell(m, 0, AuditPage::Action), QStringLiteral("search"));
    QVERIFY(cell(m, 0, AuditPage::Details).contains(QStringLiteral("王芳")));
    QVERIFY(page.actionFilter()->findData(QStringLiteral("search")) > 0);

    page.actionFilter()->setCurrentIndex(page.actionFilter()->findData(QStringLiteral("search")));
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(m->rowCount(), 2);
    page.actionFilter()->setCurrentIndex(0);
    page.userFilter()->setText(QStringLiteral("system"));
    // Typing reloads after a pause: wait for the filtered rows.
    auto allCli = [m] {
        for (int r = 0; r < m->rowCount(); ++r)
            if (!cell(m, r, AuditPage::User).startsWith(QStringLiteral("system")))
                return false;
        return m->rowCount() > 0;
    };
    QTRY_VERIFY(!page.isLoading() && allCli());
    page.userFilter()->clear();
    QTRY_VERIFY(!page.isLoading() && !allCli());
    page.fromFilter()->setDate(QDate(2026, 4, 4));
    QTRY_VERIFY(!page.isLoading());
    // The day of the searches: the two searches and the administrator's own looks at the log.
    // Times in the interface's one format (DateText), the day first in English.
    for (int r = 0; r < m->rowCount(); ++r)
        QVERIFY2(cell(m, r, AuditPage::At).startsWith(dateText(QDate(2026, 4, 4))),
                 qPrintable(cell(m, r, AuditPage::At)));
    QCOMPARE(cell(m, m->rowCount() - 1, AuditPage::At),
             dateTimeText(QDateTime(QDate(2026, 4, 4), QTime(9, 0))));
    page.toFilter()->setDate(QDate(2026, 4, 3));
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(m->rowCount(), 0);
    QVERIFY(!page.summaryLabel()->text().isEmpty());
    page.fromFilter()->setDate(page.fromFilter()->minimumDate()); // any
    page.toFilter()->setDate(page.toFilter()->minimumDate());
    page.actionFilter()->setCurrentIndex(page.actionFilter()->findData(QStringLiteral("search")));
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(page.summaryLabel()->text(), AuditPage::tr("%Ln record(s)", nullptr, 2)); // all shown

    const QString path = m_t->dir() + QStringLiteral("/audit.csv");
    QVERIFY(page.exportTo(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("王芳")));
    // The first line names the filters the list was made with; the dates set to "any" are left out.
    QString first = text.section(u'\n', 0, 0).trimmed();
    if (first.startsWith(QChar(0xFEFF)))
        first.remove(0, 1);
    QVERIFY2(first.startsWith(QStringLiteral("Filters: Action: ")), qPrintable(first));
    QVERIFY(first.contains(page.actionFilter()->currentText()));
    QVERIFY(!first.contains(QStringLiteral("From")));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' "
                                        "AND entity = 'hc::AuditPage' AND actor = '100009'"))
                 .toInt(),
             1);
}

// More records than the viewer lists at once: the summary gives the total and how many are shown.
void TestAuditPage::totalBeyondTheLimit()
{
    QSqlQuery q(m_t->db().sql());
    QVERIFY(
        q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                              "INSERT INTO audit_log(id, at, actor, action, entity) SELECT (SELECT max(id) "
                              "FROM audit_log) + i, "
                              "'2026-04-04T09:30:00', '100001', 'search', 'persons' FROM n")
                   .arg(AuditPage::kLimit)));
    test::ClockGuard clock(QDateTime(QDate(2026, 4, 4), QTime(10, 0)));
    auto s = session(m_admin);
    AuditPage page(*s);
    page.show();
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.model()->rowCount(), AuditPage::kLimit);
    const QString text = page.summaryLabel()->text();
    // Every record up to the newest listed; the page's own look at the log, recorded after the
    // list was read, is not among them.
    const qint64 total = m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE id < "
                                                    "(SELECT max(id) FROM audit_log WHERE action = 'view')"))
                             .toLongLong();
    QVERIFY(total > AuditPage::kLimit);
    QVERIFY2(text.startsWith(AuditPage::tr("%Ln record(s)", nullptr, int(total))), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(AuditPage::kLimit)), qPrintable(text));
}

void TestAuditPage::refusedToOthers()
{
    auto s = session(*UserService(m_t->db()).find(QStringLiteral("100002")));
    AuditPage page(*s);
    page.show();
    QTRY_VERIFY(!page.isLoading());
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(page.errorLabel()->isVisibleTo(&page));
    QVERIFY(page.errorLabel()->text().contains(QStringLiteral("audit log")));
}

void TestAuditPage::mainWindowOffersItToAdministratorsOnly()
{
    auto pages = [this](const User& u) {
        SessionContext s(m_t->db(), u);
        std::unique_ptr<MainWindow> window(AppFlow::buildWindow(s));
        QStringList titles;
        for (int i = 0; i < window->navigation()->count(); ++i)
            titles << window->navigation()->item(i)->text();
        return titles;
    };
    QVERIFY(pages(m_admin).contains(QStringLiteral("Audit log")));
    for (const char* badge : {"100001", "100002", "100003"}) {
        const QStringList titles = pages(*UserService(m_t->db()).find(QLatin1String(badge)));
        QVERIFY(!titles.contains(QStringLiteral("Audit log")));
        // Every role has a dashboard; an officer's is narrowed to their station by core.
        QVERIFY(titles.contains(QStringLiteral("Dashboard")));
    }
}

QTEST_MAIN(TestAuditPage)
#include "tst_audit_page.moc"
