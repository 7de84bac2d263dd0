// Follow-up lists: revisits with attempts and assignments, whereabouts to verify (and the
// follow-up screening that verifies them), unregistered people found and their CSV export.
#include "core/auth/UserService.h"
#include "core/common/Clock.h"
#include "core/imports/CsvReader.h"
#include "core/imports/OfficerImporter.h"
#include "core/imports/RegistryImporter.h"
#include "core/imports/VisitImporter.h"
#include "core/operations/OperationService.h"
#include "core/stats/StatsService.h"
#include "core/visits/FollowUpService.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

class TestFollowUp : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { Clock::setInstance(nullptr); }
    void revisitsAndAssignments();
    void verification();
    void unregisteredList();

private:
    std::unique_ptr<TestDatabase> m_t;
    qint64 m_op = 0;
    Actor actor(const char* badge) { return UserService(m_t->db()).find(QLatin1String(badge))->actor(); }
    qint64 household(const char* no)
    {
        return m_t
            ->scalar(
                QStringLiteral("SELECT id FROM households WHERE household_no = '%1'").arg(QLatin1String(no)))
            .toLongLong();
    }
};

void TestFollowUp::init()
{
    Clock::setInstance(std::make_unique<FixedClock>(QDateTime(QDate(2026, 4, 3), QTime(12, 0))));
    m_t = std::make_unique<TestDatabase>();
    m_op = hc::test::loadFixture(*m_t);
}

void TestFollowUp::revisitsAndAssignments()
{
    // The officer of 东岗 has nothing to revisit there (H001, H002 covered), whatever is asked.
    QVERIFY(FollowUpService(m_t->db(), actor("100001")).revisits(m_op, 0)->isEmpty());
    FollowUpService supervisor(m_t->db(), actor("100002"));
    auto rows = supervisor.revisits(m_op, 0);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    const RevisitRow& r = rows->first();
    QCOMPARE(r.householdNo, QStringLiteral("H003"));
    QCOMPARE(r.attempts, 1);
    QCOMPARE(r.lastOutcome, QStringLiteral("refused"));
    QCOMPARE(r.daysSince, 30); // 4 March to 3 April
    QCOMPARE(r.assignedOfficerId, 0);

    const qint64 officer100001 = actor("100001").userId, supervisor100002 = actor("100002").userId;
    QCOMPARE(supervisor.assignRevisit(m_op, household("H003"), officer100001).error().field,
             QStringLiteral("officer"));
    QCOMPARE(FollowUpService(m_t->db(), actor("100001"))
                 .assignRevisit(m_op, household("H003"), officer100001)
                 .error()
                 .kind,
             Error::Kind::Denied);
    QVERIFY(supervisor.assignRevisit(m_op, household("H003"), supervisor100002).ok());
    QCOMPARE(supervisor.revisits(m_op, 0)->first().assignedOfficer, QStringLiteral("牛督导 (100002)"));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'assign'")).toInt(),
             1);
}

void TestFollowUp::verification()
{
    FollowUpService officer(m_t->db(), actor("100001"));
    auto rows = officer.verifications(m_op, 0);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().name, QStringLiteral("李强"));
    const qint64 liQiang = rows->first().personId;
    QCOMPARE(officer.markVerified(m_op, liQiang, QString(), QStringLiteral("phone")).error().field,
             QStringLiteral("whereabouts"));
    QCOMPARE(officer.markVerified(m_op, liQiang, QStringLiteral("在西宁务工"), QStringLiteral("fax"))
                 .error()
                 .field,
             QStringLiteral("verified_by"));
    QVERIFY(officer.markVerified(m_op, liQiang, QStringLiteral("在西宁务工"), QStringLiteral("phone")).ok());
    QVERIFY(officer.verifications(m_op, 0)->isEmpty());
    const auto s = StatsService(m_t->db()).compute(m_op);
    QCOMPARE(s->personsByLatestStatus.value(QStringLiteral("away_unverified")), 0);
    QCOMPARE(s->checksByStatus.value(QStringLiteral("away_verified")), 2);
    QCOMPARE(s->personChecks, 9);
    QCOMPARE(StatsService(m_t->db()).recount(m_op)->toJson(), s->toJson());
    // An officer of another station may not verify 东岗's people.
    QSqlQuery q(m_t->db().sql());
    QVERIFY(q.exec(
        QStringLiteral("UPDATE users SET station_id = (SELECT id FROM stations WHERE name = '西湖派出所') "
                       "WHERE badge = '100001'")));
    QCOMPARE(FollowUpService(m_t->db(), actor("100001"))
                 .markVerified(m_op, liQiang, QStringLiteral("x"), QStringLiteral("phone"))
                 .error()
                 .kind,
             Error::Kind::Denied);
}

void TestFollowUp::unregisteredList()
{
    FollowUpService officer(m_t->db(), actor("100001"));
    auto rows = officer.unregistered(m_op, 0);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().name, QStringLiteral("小红"));
    QCOMPARE(rows->first().station, QStringLiteral("东岗派出所"));
    QCOMPARE(rows->first().foundAt.left(10), QStringLiteral("2026-03-10"));
    const QString path = m_t->dir() + QStringLiteral("/unregistered.csv");
    QCOMPARE(*officer.exportUnregisteredCsv(m_op, 0, path), 1);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // BOM for spreadsheet programs
    QVERIFY(QString::fromUtf8(csv).contains(QStringLiteral("小红")));
    CsvReader reader(path); // the address holds a line break: count records, not lines
    QVERIFY(reader.open().ok());
    QStringList fields;
    int records = 0;
    while (reader.next(fields))
        ++records;
    QCOMPARE(records, 2);
    QCOMPARE(fields.at(4), QStringLiteral("雁滩村\n3组8号"));
}

QTEST_GUILESS_MAIN(TestFollowUp)
#include "tst_followup.moc"
