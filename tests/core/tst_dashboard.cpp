// Dashboard series on the standard fixture, computed by hand from tests/data/visits.csv.
#include "core/stats/DashboardService.h"
#include "tests/support/Fixture.h"

#include <QSqlError>
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
        HC_SKIP_WITHOUT_ENGINE();
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
    void refreshWhole();
    void refreshPerPlace();
    void refreshDateRange();
    void drillDowns();
    void countersMatchRecount();

private:
    std::unique_ptr<test::ClockGuard> m_clock;
    std::unique_ptr<TestDatabase> m_t;
    qint64 m_op = 0;
};

void TestDashboard::coveragePerStationAndArea()
{
    const auto stations = DashboardService(m_t->db(), Actor::system()).coverage(m_op, 0);
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
    const auto areas = DashboardService(m_t->db(), Actor::system()).coverage(m_op, dg.id);
    QCOMPARE(areas->size(), 2);
    QCOMPARE(areas->at(0).inScope + areas->at(1).inScope, 2);
}

void TestDashboard::days()
{
    const auto d = DashboardService(m_t->db(), Actor::system()).days(m_op);
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
    const auto o = DashboardService(m_t->db(), Actor::system()).officers(m_op, 0);
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
    const auto b = DashboardService(m_t->db(), Actor::system()).revisitBacklog(m_op, 0);
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
    const auto o = DashboardService(m_t->db(), Actor::system()).overdueCases(m_op, QDate(2026, 3, 20));
    QVERIFY2(o.ok(), o.ok() ? "" : qPrintable(o.error().text()));
    QCOMPARE(o->size(), 1); // SZ-2 had a lead 2 days ago; SZ-3 is closed
    QCOMPARE(o->first().caseNo, QStringLiteral("SZ-1"));
    QCOMPARE(o->first().daysSilent, 18);
}

namespace {
qint64 scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

qint64 idOf(QSqlDatabase db, const QString& table, const QString& name)
{
    return scalar(db, QStringLiteral("SELECT id FROM %1 WHERE name = '%2'").arg(table, name));
}
} // namespace

void TestDashboard::refreshWhole()
{
    DashboardFilter f;
    f.operationId = m_op;
    const auto d = DashboardService(m_t->db(), Actor::system()).refresh(f, QDate(2026, 6, 1));
    QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().text()));
    const DashboardHeadline& h = d->headline;
    QCOMPARE(h.householdsInScope, 4); // H001-H004
    QCOMPARE(h.householdsVisited, 3); // H004 never
    QCOMPARE(h.householdsCovered, 2); // H001, H002
    QCOMPARE(h.target.value_or(-1), 4);
    QCOMPARE(h.visits, 6);
    QCOMPARE(h.personChecks, 8);
    QCOMPARE(h.whereaboutsUnknown, 0); // 张小明 came home on 25 March
    QCOMPARE(d->days.size(), 90);
    QCOMPARE(d->days.last().cumulativeCovered, 2);
    QCOMPARE(d->coverage.size(), 2);
    QVERIFY(!d->coverageByArea);
    QCOMPARE(d->coverage.first().name, QStringLiteral("东岗派出所")); // sorted by share
    QCOMPARE(d->latestStatus.size(), 7);                              // every status, zeros included
    qint64 persons = 0;
    for (const StatusCount& s : d->latestStatus)
        persons += s.persons;
    QCOMPARE(persons, 7); // 8 checks of 7 people (张小明 twice)
    QCOMPARE(d->officers.size(), 2);
    QCOMPARE(d->officers.first().householdsCovered, 2);
    QCOMPARE(d->backlog.size(), 1);
    QCOMPARE(d->backlog.first().name, QStringLiteral("西湖社区"));
}

void TestDashboard::refreshPerPlace()
{
    QSqlDatabase db = m_t->db().sql();
    DashboardService service(m_t->db(), Actor::system());
    DashboardFilter f;
    f.operationId = m_op;
    f.stationId = idOf(db, QStringLiteral("stations"), QStringLiteral("东岗派出所"));
    auto d = service.refresh(f, QDate(2026, 6, 1));
    QVERIFY(d.ok());
    QVERIFY(d->coverageByArea);
    QCOMPARE(d->coverage.size(), 2); // 东岗社区, 雁滩村
    QCOMPARE(d->headline.householdsInScope, 2);
    QCOMPARE(d->headline.householdsCovered, 2);
    QCOMPARE(d->headline.visits, 5);
    QCOMPARE(d->headline.personChecks, 8);
    QVERIFY(!d->headline.target); // the target is the whole operation's
    QCOMPARE(d->officers.size(), 1);
    QVERIFY(d->backlog.isEmpty());

    f.stationId = idOf(db, QStringLiteral("stations"), QStringLiteral("西湖派出所"));
    f.areaId = idOf(db, QStringLiteral("areas"), QStringLiteral("西湖社区"));
    d = service.refresh(f, QDate(2026, 6, 1));
    QVERIFY(d.ok());
    QCOMPARE(d->headline.householdsInScope, 2); // H003, H004
    QCOMPARE(d->headline.householdsVisited, 1);
    QCOMPARE(d->headline.householdsCovered, 0);
    QCOMPARE(d->headline.visits, 1);
    QCOMPARE(d->headline.personChecks, 0);
    QCOMPARE(d->backlog.size(), 1);
    QCOMPARE(d->backlog.first().visited, 1);

    // A sub-bureau no station belongs to keeps nothing.
    f = DashboardFilter{};
    f.operationId = m_op;
    f.subBureauId = 999;
    d = service.refresh(f, QDate(2026, 6, 1));
    QVERIFY(d.ok());
    QCOMPARE(d->headline.householdsInScope, 0);
    QCOMPARE(d->headline.visits, 0);
    QVERIFY(d->coverage.isEmpty());
}

void TestDashboard::refreshDateRange()
{
    DashboardFilter f;
    f.operationId = m_op;
    f.from = QDate(2026, 3, 2);
    f.to = QDate(2026, 3, 5);
    const auto d = DashboardService(m_t->db(), Actor::system()).refresh(f, QDate(2026, 6, 1));
    QVERIFY(d.ok());
    QCOMPARE(d->days.size(), 4);
    QCOMPARE(d->headline.visits, 3);            // H001 2 Mar, H002 3 Mar, H003 4 Mar
    QCOMPARE(d->headline.householdsVisited, 3); // first visits of H001, H002, H003
    QCOMPARE(d->headline.householdsCovered, 1); // H001 (H002 on 10 March)
    QCOMPARE(d->headline.personChecks, 3);      // H001's three on 2 March (张三's row was refused)
    QCOMPARE(d->days.last().cumulativeCovered, 1);
}

void TestDashboard::drillDowns()
{
    QSqlDatabase db = m_t->db().sql();
    DashboardService service(m_t->db(), Actor::system());
    DashboardFilter f;
    f.operationId = m_op;
    f.areaId = idOf(db, QStringLiteral("areas"), QStringLiteral("西湖社区"));
    const auto pending = service.pendingHouseholds(f);
    QVERIFY(pending.ok());
    QCOMPARE(pending->rows.size(), 2);
    QCOMPARE(pending->rows.at(0).at(0), QStringLiteral("H003"));
    QCOMPARE(pending->rows.at(1).at(0), QStringLiteral("H004"));
    QCOMPARE(pending->headers.size(), pending->rows.at(0).size());

    f.areaId = 0;
    const auto present = service.personsWithStatus(f, QStringLiteral("present"));
    QVERIFY(present.ok());
    QCOMPARE(
        present->rows.size(),
        int(scalar(db, QStringLiteral("SELECT count(*) FROM person_progress WHERE status = 'present'"))));
    QVERIFY(!present->rows.isEmpty());
    QVERIFY(!present->truncated);
    QCOMPARE(present->total, present->rows.size());
    const auto limited = service.personsWithStatus(f, QStringLiteral("present"), 1);
    QCOMPARE(limited->rows.size(), 1);
    QVERIFY(limited->truncated);
    QVERIFY(present->rows.size() > 1);
    QCOMPARE(limited->total, present->rows.size()); // counted beyond the limit
    const auto pendingOne = service.pendingHouseholds(f, 1);
    QVERIFY(pendingOne.ok());
    QCOMPARE(pendingOne->rows.size(), 1);
    QCOMPARE(pendingOne->total, service.pendingHouseholds(f)->rows.size());

    const auto visits = service.visitsOnDay(f, QDate(2026, 3, 4));
    QVERIFY(visits.ok());
    QCOMPARE(visits->rows.size(), 1);
    QCOMPARE(visits->rows.first().at(1), QStringLiteral("H003"));
}

namespace {
// The counters of schema 3 against a recount from visits and screenings; zero rows aside.
void compareWithRecount(QSqlDatabase db)
{
    const QString covering = QStringLiteral("v.outcome IN ('completed', 'vacant', 'demolished')");
    const QString scrArea = QStringLiteral(
        "coalesce((SELECT h.area_id FROM visits v JOIN households h ON h.id = v.household_id WHERE v.id = "
        "s.visit_id), (SELECT h.area_id FROM persons p JOIN households h ON h.id = p.household_id "
        "WHERE p.id = s.person_id), 0)");
    const QString scrOfficer = QStringLiteral(
        "coalesce((SELECT v.officer_id FROM visits v WHERE v.id = s.visit_id), s.officer_id, 0)");
    // First visit and first covering visit per household.
    const QString firsts = QStringLiteral(
        "(SELECT v.operation_id AS op, v.household_id AS hh, h.area_id AS area, min(v.visited_at) AS fv, "
        "(SELECT min(w.visited_at) FROM visits w WHERE w.household_id = v.household_id AND w.operation_id = "
        "v.operation_id AND w.outcome IN ('completed', 'vacant', 'demolished')) AS fc, "
        "(SELECT w.officer_id FROM visits w WHERE w.household_id = v.household_id AND w.operation_id = "
        "v.operation_id AND w.outcome IN ('completed', 'vacant', 'demolished') ORDER BY w.visited_at, w.id "
        "LIMIT 1) AS fb FROM visits v JOIN households h ON h.id = v.household_id GROUP BY 1, 2, 3) f");
    const QList<QPair<QString, QString>> pairs = {
        {QStringLiteral("SELECT area_id, households FROM area_households WHERE households <> 0"),
         QStringLiteral("SELECT area_id, count(*) FROM households GROUP BY 1")},
        {QStringLiteral(
             "SELECT operation_id, area_id, visited, covered FROM area_progress WHERE visited <> 0"),
         QStringLiteral("SELECT v.operation_id, h.area_id, count(DISTINCT v.household_id), "
                        "count(DISTINCT CASE WHEN %1 THEN v.household_id END) FROM visits v "
                        "JOIN households h ON h.id = v.household_id GROUP BY 1, 2")
             .arg(covering)},
        {QStringLiteral(
             "SELECT operation_id, area_id, day, visits, newly_visited, newly_covered, person_checks "
             "FROM area_day WHERE visits <> 0 OR newly_visited <> 0 OR newly_covered <> 0 "
             "OR person_checks <> 0"),
         QStringLiteral(
             "SELECT op, area, day, sum(v), sum(nv), sum(nc), sum(pc) FROM ("
             "SELECT v.operation_id AS op, h.area_id AS area, substr(v.visited_at, 1, 10) AS day, "
             "1 AS v, 0 AS nv, 0 AS nc, 0 AS pc FROM visits v JOIN households h ON h.id = v.household_id "
             "UNION ALL SELECT op, area, substr(fv, 1, 10), 0, 1, 0, 0 FROM %1 "
             "UNION ALL SELECT op, area, substr(fc, 1, 10), 0, 0, 1, 0 FROM %1 WHERE fc IS NOT NULL "
             "UNION ALL SELECT s.operation_id, %2, substr(s.screened_at, 1, 10), 0, 0, 0, 1 "
             "FROM screenings s) u GROUP BY 1, 2, 3")
             .arg(firsts, scrArea)},
        {QStringLiteral(
             "SELECT operation_id, officer_id, day, visits, covered, person_checks FROM officer_day "
             "WHERE visits <> 0 OR covered <> 0 OR person_checks <> 0"),
         QStringLiteral(
             "SELECT op, officer, day, sum(v), sum(c), sum(pc) FROM ("
             "SELECT operation_id AS op, officer_id AS officer, substr(visited_at, 1, 10) AS day, 1 AS v, "
             "0 AS c, 0 AS pc FROM visits "
             "UNION ALL SELECT op, fb, substr(fc, 1, 10), 0, 1, 0 FROM %1 WHERE fc IS NOT NULL "
             "UNION ALL SELECT s.operation_id, %2, substr(s.screened_at, 1, 10), 0, 0, 1 "
             "FROM screenings s) u GROUP BY 1, 2, 3")
             .arg(firsts, scrOfficer)},
        {QStringLiteral("SELECT operation_id, area_id, status, persons FROM area_latest WHERE persons <> 0"),
         QStringLiteral(
             "SELECT op, area, status, count(*) FROM (SELECT s.operation_id AS op, "
             "coalesce((SELECT h.area_id FROM persons p JOIN households h ON h.id = p.household_id "
             "WHERE p.id = s.person_id), 0) AS area, s.status, row_number() OVER (PARTITION BY "
             "s.operation_id, s.person_id ORDER BY s.screened_at DESC, s.id DESC) AS rn "
             "FROM screenings s) r WHERE rn = 1 GROUP BY 1, 2, 3")},
    };
    for (const auto& [counters, recount] : pairs) {
        const qint64 diff = scalar(db, QStringLiteral("SELECT (SELECT count(*) FROM (%1 EXCEPT %2) a) + "
                                                      "(SELECT count(*) FROM (%2 EXCEPT %1) b)")
                                           .arg(counters, recount));
        if (diff != 0)
            qWarning("counters differ from the recount (%lld rows): %s", diff, qPrintable(counters));
        QCOMPARE(diff, 0);
    }
}
} // namespace

void TestDashboard::countersMatchRecount()
{
    QSqlDatabase db = m_t->db().sql();
    compareWithRecount(db);
    if (QTest::currentTestFailed())
        return;
    QSqlQuery q(db);
    const qint64 h4 = scalar(db, QStringLiteral("SELECT id FROM households WHERE household_no = 'H004'"));
    const qint64 h1 = scalar(db, QStringLiteral("SELECT id FROM households WHERE household_no = 'H001'"));
    const qint64 o1 = scalar(db, QStringLiteral("SELECT id FROM users WHERE badge = '100001'"));
    const qint64 o2 = scalar(db, QStringLiteral("SELECT id FROM users WHERE badge = '100002'"));
    const qint64 p1 =
        scalar(db, QStringLiteral("SELECT min(id) FROM persons WHERE household_id = %1").arg(h4));
    const QStringList steps = {
        // Inserts: a refusal, then the covering visit with a check.
        QStringLiteral(
            "INSERT INTO visits(uuid, operation_id, household_id, officer_id, visited_at, outcome, "
            "created_at) VALUES ('t1', %1, %2, %3, '2026-04-02T09:00:00', 'refused', 'x')")
            .arg(m_op)
            .arg(h4)
            .arg(o2),
        QStringLiteral(
            "INSERT INTO visits(uuid, operation_id, household_id, officer_id, visited_at, outcome, "
            "created_at) VALUES ('t2', %1, %2, %3, '2026-04-05T09:00:00', 'completed', 'x')")
            .arg(m_op)
            .arg(h4)
            .arg(o2),
        QStringLiteral("INSERT INTO screenings(uuid, visit_id, operation_id, person_id, screened_at, status) "
                       "SELECT 's1', id, operation_id, %1, visited_at, 'whereabouts_unknown' FROM visits "
                       "WHERE uuid = 't2'")
            .arg(p1),
        // Corrections: the refusal was a completed visit earlier on; the status changes.
        QStringLiteral(
            "UPDATE visits SET outcome = 'completed', visited_at = '2026-04-01T08:00:00' WHERE uuid = 't1'"),
        QStringLiteral("UPDATE screenings SET status = 'present' WHERE uuid = 's1'"),
        // Household and officer of a visit changed (with its time).
        QStringLiteral(
            "UPDATE visits SET household_id = %1, officer_id = %2, visited_at = '2026-04-06T08:00:00' "
            "WHERE uuid = 't2'")
            .arg(h1)
            .arg(o1),
        // A follow-up check away from the door.
        QStringLiteral(
            "INSERT INTO screenings(uuid, visit_id, officer_id, operation_id, person_id, screened_at, "
            "status) VALUES ('s2', NULL, %1, %2, %3, '2026-04-10T10:00:00', 'away_verified')")
            .arg(o2)
            .arg(m_op)
            .arg(p1),
        // Moves: the household to another area, the person to another household.
        QStringLiteral("UPDATE households SET area_id = (SELECT min(id) FROM areas) WHERE id = %1").arg(h4),
        QStringLiteral("UPDATE persons SET household_id = %1 WHERE id = %2").arg(h1).arg(p1),
        // Deletions: a screening, then a visit with its screenings.
        QStringLiteral("DELETE FROM screenings WHERE uuid = 's2'"),
        QStringLiteral("DELETE FROM visits WHERE uuid = 't2'"),
        QStringLiteral("DELETE FROM visits WHERE id = (SELECT min(id) FROM visits WHERE household_id = %1)")
            .arg(h1),
    };
    for (const QString& sql : steps) {
        QVERIFY2(q.exec(sql), qPrintable(sql + u' ' + q.lastError().text()));
        compareWithRecount(db);
        if (QTest::currentTestFailed()) {
            qWarning("after: %s", qPrintable(sql));
            return;
        }
    }
}

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
