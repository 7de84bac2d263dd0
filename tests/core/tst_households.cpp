// Household lists for the officer's screens: keyset pages, filters by station, area and
// coverage, search, detail (members and visit history with corrections), next to visit.
#include "core/auth/UserService.h"
#include "core/common/Clock.h"
#include "core/households/HouseholdService.h"
#include "core/imports/OfficerImporter.h"
#include "core/imports/RegistryImporter.h"
#include "core/imports/VisitImporter.h"
#include "core/operations/OperationService.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

namespace {

QStringList numbers(const QList<HouseholdRow>& rows)
{
    QStringList out;
    for (const HouseholdRow& r : rows)
        out << r.householdNo;
    return out;
}
} // namespace

class TestHouseholds : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { Clock::setInstance(nullptr); }
    void pagesInOrder();
    void filters_data();
    void filters();
    void detail();
    void householdOfPerson();
    void nextToVisit();

private:
    std::unique_ptr<TestDatabase> m_t;
    qint64 m_op = 0;
    qint64 station(const char* name)
    {
        return m_t
            ->scalar(QStringLiteral("SELECT id FROM stations WHERE name = '%1'").arg(QString::fromUtf8(name)))
            .toLongLong();
    }
};

void TestHouseholds::initTestCase()
{
    HC_SKIP_WITHOUT_ENGINE();
    Clock::setInstance(std::make_unique<FixedClock>(QDateTime(QDate(2026, 6, 1), QTime(12, 0))));
    m_t = std::make_unique<TestDatabase>();
    m_op = hc::test::loadFixture(*m_t);
}

void TestHouseholds::pagesInOrder()
{
    HouseholdService hs(m_t->db(), Actor::system());
    HouseholdFilter f{m_op, 0, 0, Coverage::Any, {}};
    auto first = hs.page(f, {}, 2);
    QVERIFY(first.ok());
    QCOMPARE(numbers(*first), (QStringList{"H001", "H002"}));
    auto second = hs.page(f, first->last().householdNo, 2);
    QCOMPARE(numbers(*second), (QStringList{"H003", "H004"}));
    QVERIFY(hs.page(f, second->last().householdNo, 2)->isEmpty());
    const HouseholdRow& h001 = first->first();
    QCOMPARE(h001.members, 4); // three registered plus 赵六, found by the field sheet
    QCOMPARE(h001.coverage, Coverage::Covered);
    QCOMPARE(h001.lastVisit, QStringLiteral("2026-03-25T10:00:00"));
    QCOMPARE(h001.area, QStringLiteral("东岗社区"));
}

void TestHouseholds::filters_data()
{
    QTest::addColumn<QString>("stationName");
    QTest::addColumn<int>("coverage");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("station") << "西湖派出所" << int(Coverage::Any) << "" << QStringList{"H003", "H004"};
    QTest::newRow("not visited") << "" << int(Coverage::NotVisited) << "" << QStringList{"H004"};
    QTest::newRow("revisit") << "" << int(Coverage::Revisit) << "" << QStringList{"H003"};
    QTest::newRow("covered") << "" << int(Coverage::Covered) << "" << QStringList{"H001", "H002"};
    QTest::newRow("search a member's name") << "" << int(Coverage::Any) << "李强" << QStringList{"H002"};
    QTest::newRow("search an address") << "" << int(Coverage::Any) << "西湖路" << QStringList{"H003", "H004"};
    QTest::newRow("search and station") << "东岗派出所" << int(Coverage::Any) << "西湖路" << QStringList{};
}

void TestHouseholds::filters()
{
    QFETCH(QString, stationName);
    QFETCH(int, coverage);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    HouseholdFilter f{m_op, stationName.isEmpty() ? 0 : station(stationName.toUtf8().constData()), 0,
                      Coverage(coverage), search};
    auto rows = HouseholdService(m_t->db(), Actor::system()).page(f, {}, 100);
    QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().text()));
    QCOMPARE(numbers(*rows), expected);
}

void TestHouseholds::detail()
{
    const qint64 h002 =
        m_t->scalar(QStringLiteral("SELECT id FROM households WHERE household_no = 'H002'")).toLongLong();
    auto d = HouseholdService(m_t->db(), Actor::system()).detail(h002, m_op);
    QVERIFY(d.ok());
    QCOMPARE(d->station, QStringLiteral("东岗派出所"));
    QCOMPARE(d->members.size(), 3);
    QCOMPARE(d->members.first().name, QStringLiteral("李娜")); // head of household first
    QCOMPARE(d->members.last().name, QStringLiteral("小红"));  // found here, unregistered, last
    QVERIFY(!d->members.last().registered);
    QCOMPARE(d->members.last().latestStatus, QStringLiteral("unregistered_found"));
    QCOMPARE(d->visits.size(), 2);
    QCOMPARE(d->visits.first().outcome, QStringLiteral("completed")); // newest first
    QCOMPARE(d->visits.first().screenings, 3);
    QCOMPARE(d->visits.last().outcome, QStringLiteral("no_answer"));
    QVERIFY(d->visits.last().officer.contains(QStringLiteral("100001")));
    QVERIFY(!HouseholdService(m_t->db(), Actor::system()).detail(99999, m_op).ok());
}

void TestHouseholds::householdOfPerson()
{
    const qint64 h002 =
        m_t->scalar(QStringLiteral("SELECT id FROM households WHERE household_no = 'H002'")).toLongLong();
    const qint64 lina =
        m_t->scalar(QStringLiteral("SELECT id FROM persons WHERE name = '李娜'")).toLongLong();
    HouseholdService s(m_t->db(), Actor::system());
    auto h = s.householdOfPerson(lina);
    QVERIFY(h.ok());
    QCOMPARE(*h, h002);
    QCOMPARE(s.householdOfPerson(999999).error().field, QStringLiteral("person"));
    QSqlQuery q(m_t->db().sql());
    QVERIFY(q.exec("INSERT INTO persons(name, registered) VALUES ('流浪者', 0)"));
    QCOMPARE(s.householdOfPerson(q.lastInsertId().toLongLong()).error().field, QStringLiteral("household"));
}

void TestHouseholds::nextToVisit()
{
    HouseholdService hs(m_t->db(), Actor::system());
    HouseholdFilter f{m_op, 0, 0, Coverage::Any, {}};
    // H001 and H002 are covered: skipped.
    QCOMPARE(
        hs.nextToVisit(f, {})->value_or(0),
        m_t->scalar(QStringLiteral("SELECT id FROM households WHERE household_no = 'H003'")).toLongLong());
    QCOMPARE(
        hs.nextToVisit(f, QStringLiteral("H003"))->value_or(0),
        m_t->scalar(QStringLiteral("SELECT id FROM households WHERE household_no = 'H004'")).toLongLong());
    QVERIFY(!hs.nextToVisit(f, QStringLiteral("H004"))->has_value());
    f.stationId = station("东岗派出所");
    QVERIFY(!hs.nextToVisit(f, {})->has_value()); // all of 东岗 covered
    QCOMPARE(hs.areas(f.stationId).size(), 2);
}

QTEST_GUILESS_MAIN(TestHouseholds)
#include "tst_households.moc"
