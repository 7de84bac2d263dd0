// Printed door-to-door sheets (issue 13, outcome 8): an area's households in number order with
// their residents, registered head first; ID numbers masked (region and last four); "only not
// yet covered" leaves covered households out; officers print their own station's areas only,
// and every print is audited; areas are found by number or by a name one station uses.
#include "core/auth/UserService.h"
#include "core/sheets/SheetService.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().text()))

class TestSheets : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { HC_SKIP_WITHOUT_ENGINE(); } // also on PostgreSQL (tst_sheets_pg)
    void init();
    void masking_data();
    void masking();
    void areaSheetsInOrderWithMaskedResidents();
    void pendingOnlyLeavesCoveredOut();
    void nothingToPrintIsSaid();
    void officerOfAnotherStationRefused();
    void printingIsAudited();
    void areasByNumberOrName();

private:
    std::unique_ptr<TestDatabase> m_t;
    qint64 m_op = 0;
    Actor actor(const char* badge) { return UserService(m_t->db()).find(QLatin1String(badge))->actor(); }
    qint64 area(const char* name)
    {
        return m_t
            ->scalar(QStringLiteral("SELECT id FROM areas WHERE name = '%1'").arg(QString::fromUtf8(name)))
            .toLongLong();
    }
    QStringList numbers(const SheetSet& set)
    {
        QStringList n;
        for (const DoorSheet& s : set.sheets)
            n << s.householdNo;
        return n;
    }
};

void TestSheets::init()
{
    m_t = std::make_unique<TestDatabase>();
    m_op = hc::test::loadFixture(*m_t);
}

void TestSheets::masking_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("masked");
    QTest::newRow("18 digits") << "620102198005120117"
                               << "620102********0117";
    QTest::newRow("15 digits") << "620102800512011"
                               << "620102*****2011";
    QTest::newRow("short") << "A12345"
                           << "**2345";
    QTest::newRow("four") << "1234"
                          << "1234";
    QTest::newRow("empty") << ""
                           << "";
}

void TestSheets::masking()
{
    QFETCH(QString, id);
    QFETCH(QString, masked);
    QCOMPARE(SheetService::maskIdNumber(id), masked);
}

void TestSheets::areaSheetsInOrderWithMaskedResidents()
{
    const auto set = SheetService(m_t->db(), Actor::system()).sheets({m_op, area("西湖社区"), false});
    VERIFY_OK(set);
    QCOMPARE(numbers(*set), (QStringList{QStringLiteral("H003"), QStringLiteral("H004")}));
    QCOMPARE(set->area, QStringLiteral("西湖社区"));
    QCOMPARE(set->station, QStringLiteral("西湖派出所"));
    QCOMPARE(set->operation, hc::test::kFixtureOperation);
    const DoorSheet& h003 = set->sheets.first();
    QVERIFY(h003.address.startsWith(QStringLiteral("西湖路5号")));
    QVERIFY(!h003.residents.isEmpty());
    QCOMPARE(h003.residents.first().name, QStringLiteral("Anna Müller")); // the head of household
    QCOMPARE(h003.residents.first().relation, QStringLiteral("户主"));
    QCOMPARE(h003.residents.first().birthYear, QStringLiteral("1975"));
    QCOMPARE(h003.residents.first().idNumber, QStringLiteral("620104********0667"));
    const qint64 people =
        m_t->scalar(
               QStringLiteral("SELECT count(*) FROM persons p JOIN households h ON h.id = p.household_id "
                              "WHERE h.household_no IN ('H003', 'H004')"))
            .toLongLong();
    qint64 printed = 0;
    for (const DoorSheet& s : set->sheets)
        for (const SheetResident& r : s.residents) {
            ++printed;
            QVERIFY2(r.idNumber.isEmpty() || r.idNumber.contains(QStringLiteral("****")),
                     qPrintable(r.idNumber));
        }
    QCOMPARE(printed, people);
}

void TestSheets::pendingOnlyLeavesCoveredOut()
{
    // H001 (东岗社区) was covered by a completed visit in the fixture's field sheets; H003's only
    // saved visit was refused at the door, which does not cover it; H004 was never visited.
    const auto west = SheetService(m_t->db(), actor("100002")).sheets({m_op, area("西湖社区"), true});
    VERIFY_OK(west);
    QCOMPARE(numbers(*west), (QStringList{QStringLiteral("H003"), QStringLiteral("H004")}));
    const auto all = SheetService(m_t->db(), actor("100001")).sheets({m_op, area("东岗社区"), false});
    VERIFY_OK(all);
    QCOMPARE(numbers(*all), QStringList{QStringLiteral("H001")});
    QVERIFY(!SheetService(m_t->db(), actor("100001")).sheets({m_op, area("东岗社区"), true}));
}

void TestSheets::nothingToPrintIsSaid()
{
    const auto set = SheetService(m_t->db(), actor("100001")).sheets({m_op, area("东岗社区"), true});
    QVERIFY(!set);
    QCOMPARE(set.error().kind, Error::Kind::NotFound);
    QVERIFY2(set.error().message.contains(QStringLiteral("东岗社区")), qPrintable(set.error().message));
    QCOMPARE(SheetService(m_t->db(), actor("100001")).sheets({m_op, 987654, false}).error().kind,
             Error::Kind::NotFound);
    QCOMPARE(SheetService(m_t->db(), actor("100001")).sheets({987654, area("东岗社区"), false}).error().kind,
             Error::Kind::NotFound);
}

void TestSheets::officerOfAnotherStationRefused()
{
    const qint64 refusals =
        m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'refused'")).toLongLong();
    // 100001 is an officer of 东岗派出所; 西湖社区 is 西湖派出所's.
    const auto set = SheetService(m_t->db(), actor("100001")).sheets({m_op, area("西湖社区"), false});
    QVERIFY(!set);
    QCOMPARE(set.error().kind, Error::Kind::Denied);
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'refused'")).toLongLong(),
        refusals + 1);
    // An investigator records no visits, so prints no sheets.
    QCOMPARE(SheetService(m_t->db(), actor("100003")).sheets({m_op, area("东岗社区"), false}).error().kind,
             Error::Kind::Denied);
    // Their own station's area: allowed.
    VERIFY_OK(SheetService(m_t->db(), actor("100001")).sheets({m_op, area("东岗社区"), false}));
}

void TestSheets::printingIsAudited()
{
    VERIFY_OK(SheetService(m_t->db(), actor("100001")).sheets({m_op, area("东岗社区"), false}));
    const QString details =
        m_t->scalar(QStringLiteral(
                        "SELECT after FROM audit_log WHERE action = 'export' AND entity = 'door_sheets' "
                        "AND entity_id = '%1'")
                        .arg(area("东岗社区")))
            .toString();
    QVERIFY2(details.contains(QStringLiteral("\"households\":1")), qPrintable(details));
}

void TestSheets::areasByNumberOrName()
{
    const SheetService s(m_t->db(), Actor::system());
    QCOMPARE(*s.findArea(QStringLiteral("西湖社区")), area("西湖社区"));
    QCOMPARE(*s.findArea(QString::number(area("雁滩村"))), area("雁滩村"));
    QCOMPARE(s.findArea(QStringLiteral("没有这个社区")).error().kind, Error::Kind::NotFound);
    // The same name in a second station: the caller must give the number.
    QVERIFY(m_t->scalar(QStringLiteral("SELECT id FROM stations WHERE name = '东岗派出所'")).isValid());
    QSqlQuery q(m_t->db().sql());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO areas(station_id, name) SELECT id, '西湖社区' FROM stations "
                                  "WHERE name = '东岗派出所'")));
    const auto twice = s.findArea(QStringLiteral("西湖社区"));
    QVERIFY(!twice);
    QCOMPARE(twice.error().kind, Error::Kind::Invalid);
    QVERIFY2(twice.error().message.contains(QStringLiteral("东岗派出所")) &&
                 twice.error().message.contains(QStringLiteral("西湖派出所")),
             qPrintable(twice.error().message));
}

QTEST_GUILESS_MAIN(TestSheets)
#include "tst_sheets.moc"
