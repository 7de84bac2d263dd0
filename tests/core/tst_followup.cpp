// Follow-up lists: revisits with attempts and assignments, whereabouts to verify (and the
// follow-up screening that verifies them, and the failed attempts that keep people on the list),
// whereabouts unknown without a case (on the list until traced, a case, or a supervisor's
// closing), unregistered people found and their CSV export.
#include "core/auth/UserService.h"
#include "core/cases/CaseService.h"
#include "core/common/Clock.h"
#include "core/imports/CsvReader.h"
#include "core/imports/OfficerImporter.h"
#include "core/imports/RegistryImporter.h"
#include "core/imports/VisitImporter.h"
#include "core/operations/OperationService.h"
#include "core/stats/StatsService.h"
#include "core/visits/FollowUpService.h"
#include "core/visits/VisitService.h"
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
    void initTestCase() { HC_SKIP_WITHOUT_ENGINE(); }
    void init();
    void cleanup() { Clock::setInstance(nullptr); }
    void revisitsAndAssignments();
    void verification();
    void unregisteredList();
    void failedAttemptsKeepPeopleOnTheList();
    void untracedUntilTracedCasedOrClosed();

private:
    // A completed visit to H001 at `at` with 王芳's status; the others present.
    qint64 visitH001(const QDateTime& at, const char* wangFangStatus);
    qint64 person(const char* name)
    {
        return m_t
            ->scalar(QStringLiteral("SELECT id FROM persons WHERE name = '%1'").arg(QString::fromUtf8(name)))
            .toLongLong();
    }
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
    // Whom a revisit may go to: the active officers of the household's station, chosen from a list.
    const auto badges = [&](const char* householdNo) {
        QStringList out;
        for (const RevisitOfficer& o : *supervisor.revisitOfficers(household(householdNo)))
            out << o.badge;
        out.sort();
        return out;
    };
    QCOMPARE(badges("H003"), QStringList{QStringLiteral("100002")});                             // 西湖
    QCOMPARE(badges("H001"), (QStringList{QStringLiteral("100001"), QStringLiteral("100003")})); // 东岗
    QCOMPARE(supervisor.revisitOfficers(household("H003"))->first().name, QStringLiteral("牛督导"));
    QCOMPARE(FollowUpService(m_t->db(), actor("100001")).revisitOfficers(household("H001")).error().kind,
             Error::Kind::Denied);
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

qint64 TestFollowUp::visitH001(const QDateTime& at, const char* wangFangStatus)
{
    VisitDraft d;
    d.operationId = m_op;
    d.householdId = household("H001");
    d.visitedAt = at;
    d.outcome = QStringLiteral("completed");
    for (const char* name : {"张伟", "王芳", "张小明"})
        d.screenings << ScreeningDraft{
            person(name), QString::fromUtf8(qstrcmp(name, "王芳") == 0 ? wangFangStatus : "present"),
            {},           {},
            {},           {}};
    const auto saved = VisitService(m_t->db(), actor("100001")).save(d);
    if (!saved)
        qWarning() << saved.error().text();
    return saved ? saved->visitId : 0;
}

void TestFollowUp::failedAttemptsKeepPeopleOnTheList()
{
    FollowUpService officer(m_t->db(), actor("100001"));
    const qint64 liQiang = person("李强");
    QCOMPARE(officer.recordAttempt(m_op, liQiang, QStringLiteral("busy"), {}).error().field,
             QStringLiteral("result"));
    // Only someone on the verification list: 张伟 was present.
    QCOMPARE(officer.recordAttempt(m_op, person("张伟"), QStringLiteral("unreachable"), {}).error().field,
             QStringLiteral("person"));
    // Investigators do not record visits; nothing is written for them.
    QCOMPARE(FollowUpService(m_t->db(), actor("100003"))
                 .recordAttempt(m_op, liQiang, QStringLiteral("unreachable"), {})
                 .error()
                 .kind,
             Error::Kind::Denied);
    QVERIFY(officer.recordAttempt(m_op, liQiang, QStringLiteral("unreachable"), QStringLiteral("关机")).ok());
    Clock::setInstance(std::make_unique<FixedClock>(QDateTime(QDate(2026, 4, 4), QTime(9, 0))));
    QVERIFY(officer.recordAttempt(m_op, liQiang, QStringLiteral("wrong_number"), {}).ok());
    auto rows = officer.verifications(m_op, 0);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1); // still on the list
    QCOMPARE(rows->first().attempts, 2);
    QCOMPARE(rows->first().lastResult, QStringLiteral("wrong_number"));
    QCOMPARE(rows->first().lastAttempt, QStringLiteral("2026-04-04T09:00:00"));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'attempt'")).toInt(),
             2);
    QCOMPARE(m_t->count(QStringLiteral("verification_attempts")), 2);
    // Verified at last: off the list.
    QVERIFY(officer.markVerified(m_op, liQiang, QStringLiteral("在西宁务工"), QStringLiteral("phone")).ok());
    QVERIFY(officer.verifications(m_op, 0)->isEmpty());
    QCOMPARE(officer.recordAttempt(m_op, liQiang, QStringLiteral("refused"), {}).error().field,
             QStringLiteral("person"));
}

void TestFollowUp::untracedUntilTracedCasedOrClosed()
{
    FollowUpService officer(m_t->db(), actor("100001"));
    FollowUpService supervisor(m_t->db(), actor("100002"));
    // The fixture's 张小明 was unknown, then came home: nobody is untraced.
    QVERIFY(officer.untraced(m_op, 0)->isEmpty());
    const qint64 wangFang = person("王芳");
    QVERIFY(visitH001(QDateTime(QDate(2026, 4, 1), QTime(9, 0)), "whereabouts_unknown"));
    auto rows = officer.untraced(m_op, 0);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().name, QStringLiteral("王芳"));
    QCOMPARE(rows->first().daysSince, 2);
    // Traced on the next visit: off the list; unknown again: back on it.
    QVERIFY(visitH001(QDateTime(QDate(2026, 4, 2), QTime(9, 0)), "present"));
    QVERIFY(officer.untraced(m_op, 0)->isEmpty());
    QVERIFY(visitH001(QDateTime(QDate(2026, 4, 2), QTime(18, 0)), "whereabouts_unknown"));
    QCOMPARE(officer.untraced(m_op, 0)->size(), 1);
    // Only a supervisor closes it, and only with a reason.
    QCOMPARE(officer.closeUntraced(m_op, wangFang, QStringLiteral("x")).error().kind, Error::Kind::Denied);
    QCOMPARE(supervisor.closeUntraced(m_op, wangFang, QStringLiteral("  ")).error().field,
             QStringLiteral("reason"));
    QCOMPARE(supervisor.closeUntraced(m_op, person("张伟"), QStringLiteral("x")).error().field,
             QStringLiteral("person"));
    QVERIFY(supervisor.closeUntraced(m_op, wangFang, QStringLiteral("家属称已出国，无法核实")).ok());
    QVERIFY(officer.untraced(m_op, 0)->isEmpty());
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT reason FROM untraced_closures")).toString(),
             QStringLiteral("家属称已出国，无法核实"));
    QCOMPARE(m_t->scalar(QStringLiteral(
                             "SELECT count(*) FROM audit_log WHERE action = 'close' AND entity = 'untraced'"))
                 .toInt(),
             1);
    // Found unknown again after the closing: back on the list, until a case is opened.
    Clock::setInstance(std::make_unique<FixedClock>(QDateTime(QDate(2026, 4, 5), QTime(12, 0))));
    const qint64 visit = visitH001(QDateTime(QDate(2026, 4, 5), QTime(9, 0)), "whereabouts_unknown");
    QCOMPARE(officer.untraced(m_op, 0)->size(), 1);
    const qint64 screening = VisitService(m_t->db(), actor("100001")).screeningId(visit, wangFang);
    QVERIFY(CaseService(m_t->db(), actor("100002")).openFromScreening(screening).ok());
    QVERIFY(officer.untraced(m_op, 0)->isEmpty());
}

QTEST_GUILESS_MAIN(TestFollowUp)
#include "tst_followup.moc"
