// Dashboard series on the standard fixture, computed by hand from tests/data/visits.csv.
#include "Fixture.h"
#include "stats/DashboardService.h"

#include <QSqlQuery>
#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

class TestDashboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_clock = std::make_unique<test::ClockGuard>(QDateTime(QDate(2026, 6, 1), QTime(12, 0)));
        m_t = std::make_unique<TestDatabase>();
        m_op = test::loadFixture(*m_t);
    }
    void cleanupTestCase()
    {
        m_t.reset();
        m_clock.reset();
    }
    void coveragePerStationAndArea();
    void days();
    void officers();
    void revisitBacklog();
    void overdueCases();

private:
    std::unique_ptr<test::ClockGuard> m_clock;
    std::unique_ptr<TestDatabase> m_t;
    qint64 m_op = 0;
};

void TestDashboard::coveragePerStationAndArea()
{
    const auto stations = DashboardService(m_t->db()).coverage(m_op, 0);
    QVERIFY2(stations.ok(), stations.ok() ? "" : qPrintable(stations.error().text()));
    QCOMPARE(stations->size(), 2);
    const CoverageRow& dg = stations->at(0); // 东岗: H001, H002 both covered
    QCOMPARE(dg.name, QStringLiteral("东岗派出所"));
    QCOMPARE(dg.inScope, 2);
    QCOMPARE(dg.visited, 2);
    QCOMPARE(dg.covered, 2);
    QCOMPARE(dg.share(), 1.0);
    const CoverageRow& xh = stations->at(1); // 西湖: H003 refused, H004 never visited
    QCOMPARE(xh.inScope, 2);
    QCOMPARE(xh.visited, 1);
    QCOMPARE(xh.covered, 0);
    const auto areas = DashboardService(m_t->db()).coverage(m_op, dg.id);
    QCOMPARE(areas->size(), 2);
    QCOMPARE(areas->at(0).inScope + areas->at(1).inScope, 2);
}

void TestDashboard::days()
{
    const auto d = DashboardService(m_t->db()).days(m_op);
    QVERIFY(d.ok());
    QCOMPARE(d->size(), 90); // 1 March to 29 May
    qint64 visits = 0;
    for (const DayRow& r : *d)
        visits += r.visits;
    QCOMPARE(visits, 6);
    QCOMPARE(d->at(1).day, QDate(2026, 3, 2));
    QCOMPARE(d->at(1).newlyCovered, 1);      // H001
    QCOMPARE(d->at(8).cumulativeCovered, 1); // 9 March
    QCOMPARE(d->at(9).newlyCovered, 1);      // H002 on 10 March
    QCOMPARE(d->last().cumulativeCovered, 2);
}

void TestDashboard::officers()
{
    const auto o = DashboardService(m_t->db()).officers(m_op, 0);
    QVERIFY2(o.ok(), o.ok() ? "" : qPrintable(o.error().text()));
    QCOMPARE(o->size(), 2);
    const OfficerRow& ma = o->first(); // 100001: five visits on five days, H001 and H002, all 8 checks
    QVERIFY(ma.name.contains(QStringLiteral("100001")));
    QCOMPARE(ma.visits, 5);
    QCOMPARE(ma.householdsCovered, 2);
    QCOMPARE(ma.personChecks, 8);
    QCOMPARE(ma.activeDays, 5);
    QCOMPARE(ma.visitsPerDay(), 1.0);
    QCOMPARE(o->at(1).visits, 1);
    QCOMPARE(o->at(1).personChecks, 0);
}

void TestDashboard::revisitBacklog()
{
    const auto b = DashboardService(m_t->db()).revisitBacklog(m_op, 0);
    QVERIFY(b.ok());
    QCOMPARE(b->size(), 1);
    QCOMPARE(b->first().name, QStringLiteral("西湖社区"));
    QCOMPARE(b->first().visited, 1);
}

void TestDashboard::overdueCases()
{
    QSqlQuery q(m_t->db().sql());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO cases(id, uuid, case_no, operation_id, source, status, risk_level, opened_at) VALUES "
        "(1, 'a', 'SZ-1', 1, 'screening', 'open', 'high', '2026-03-02T10:00:00'),"
        "(2, 'b', 'SZ-2', 1, 'screening', 'investigating', 'medium', '2026-03-02T10:00:00'),"
        "(3, 'c', 'SZ-3', 1, 'public_report', 'found_alive', 'low', '2026-03-01T10:00:00')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO leads(case_id, at, kind, text) VALUES "
                                  "(2, '2026-03-18T09:00:00', 'tip', 'seen at the station')")));
    const auto o = DashboardService(m_t->db()).overdueCases(m_op, QDate(2026, 3, 20));
    QVERIFY2(o.ok(), o.ok() ? "" : qPrintable(o.error().text()));
    QCOMPARE(o->size(), 1); // SZ-2 had a lead 2 days ago; SZ-3 is closed
    QCOMPARE(o->first().caseNo, QStringLiteral("SZ-1"));
    QCOMPARE(o->first().daysSilent, 18);
}

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
