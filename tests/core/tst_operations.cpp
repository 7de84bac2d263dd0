// Operations managed by administrators and supervisors (issue 13, outcome 7): create, change
// (name, dates, stations, target) and close, each audited and refused to other roles; a closed
// operation is read-only: core refuses visits, imported field sheets, new cases and follow-up
// writes into it, and changes to it; an administrator may reopen it.
#include "core/auth/UserService.h"
#include "core/cases/CaseService.h"
#include "core/common/Clock.h"
#include "core/imports/VisitImporter.h"
#include "core/operations/OperationService.h"
#include "core/visits/FollowUpService.h"
#include "core/visits/VisitService.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

class TestOperations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { HC_SKIP_WITHOUT_ENGINE(); }
    void init();
    void cleanup() { Clock::setInstance(nullptr); }
    void onlyAdministratorsAndSupervisorsManage();
    void editValidatesAndAudits();
    void closedOperationIsReadOnly();
    void reopenIsForAdministrators();

private:
    std::unique_ptr<TestDatabase> m_t;
    qint64 m_op = 0;
    Actor actor(const char* badge) { return UserService(m_t->db()).find(QLatin1String(badge))->actor(); }
    qint64 id(const QString& sql) { return m_t->scalar(sql).toLongLong(); }
    OperationEdit edit() const
    {
        return {QStringLiteral("春季行动"), QDate(2026, 3, 1), QDate(2026, 5, 29), {}, std::nullopt};
    }
    VisitDraft presentVisitToH001() const;
};

void TestOperations::init()
{
    Clock::setInstance(std::make_unique<FixedClock>(QDateTime(QDate(2026, 4, 3), QTime(12, 0))));
    m_t = std::make_unique<TestDatabase>();
    m_op = hc::test::loadFixture(*m_t);
}

VisitDraft TestOperations::presentVisitToH001() const
{
    VisitDraft d;
    d.operationId = m_op;
    d.householdId =
        m_t->scalar(QStringLiteral("SELECT id FROM households WHERE household_no = 'H001'")).toLongLong();
    d.visitedAt = QDateTime(QDate(2026, 4, 2), QTime(10, 0));
    d.outcome = QStringLiteral("completed");
    QSqlQuery q(m_t->db().sql());
    q.exec(QStringLiteral("SELECT id FROM persons WHERE household_id = %1 ORDER BY id").arg(d.householdId));
    while (q.next())
        d.screenings << ScreeningDraft{q.value(0).toLongLong(), QStringLiteral("present"), {}, {}, {}, {}};
    return d;
}

void TestOperations::onlyAdministratorsAndSupervisorsManage()
{
    const qint64 refusalsBefore =
        id(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'refused'"));
    for (const char* badge : {"100001", "100003"}) { // an officer, an investigator
        OperationService s(m_t->db(), actor(badge));
        QCOMPARE(
            s.create(QStringLiteral("秋季行动"), QDate(2026, 9, 1), QDate(2026, 9, 30), {}, {}).error().kind,
            Error::Kind::Denied);
        QCOMPARE(s.update(m_op, edit()).error().kind, Error::Kind::Denied);
        QCOMPARE(s.close(m_op).error().kind, Error::Kind::Denied);
    }
    QCOMPARE(id(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'refused'")),
             refusalsBefore + 6);
    QCOMPARE(m_t->count(QStringLiteral("operations")), 1);
    QVERIFY(!OperationService(m_t->db(), actor("100001")).find(m_op)->closed());
    // A supervisor creates one and closes it.
    OperationService supervisor(m_t->db(), actor("100002"));
    const auto autumn =
        supervisor.create(QStringLiteral("秋季行动"), QDate(2026, 9, 1), QDate(2026, 9, 30), {}, {});
    QVERIFY(autumn.ok());
    QVERIFY(supervisor.close(autumn->id).ok());
    const auto closed = supervisor.find(autumn->id);
    QVERIFY(closed->closed());
    QCOMPARE(closed->closedAt, QStringLiteral("2026-04-03T12:00:00"));
    QCOMPARE(closed->closedBy, QStringLiteral("100002")); // the account, as in the audit log
    QCOMPARE(supervisor.close(autumn->id).error().kind, Error::Kind::Conflict);
}

void TestOperations::editValidatesAndAudits()
{
    OperationService supervisor(m_t->db(), actor("100002"));
    OperationEdit e = edit();
    e.end = QDate(2026, 2, 1);
    QCOMPARE(supervisor.update(m_op, e).error().field, QStringLiteral("end"));
    e = edit();
    e.name = QStringLiteral(" ");
    QCOMPARE(supervisor.update(m_op, e).error().field, QStringLiteral("name"));
    e = edit();
    e.stationNames = {QStringLiteral("不存在派出所")};
    QCOMPARE(supervisor.update(m_op, e).error().field, QStringLiteral("stations"));
    QVERIFY(
        supervisor.create(QStringLiteral("秋季行动"), QDate(2026, 9, 1), QDate(2026, 9, 30), {}, {}).ok());
    e = edit();
    e.name = QStringLiteral("秋季行动");
    QCOMPARE(supervisor.update(m_op, e).error().kind, Error::Kind::Conflict);
    QVERIFY(supervisor.update(m_op, edit()).ok()); // its own name is no clash

    e = edit();
    e.name = QStringLiteral("春季攻坚行动");
    e.end = QDate(2026, 6, 15);
    e.stationNames = {QStringLiteral("东岗派出所")};
    e.targetHouseholds = 3;
    const auto changed = supervisor.update(m_op, e);
    QVERIFY2(changed.ok(), changed.ok() ? "" : qPrintable(changed.error().text()));
    const Operation op = *supervisor.find(m_op);
    QCOMPARE(op.name, QStringLiteral("春季攻坚行动"));
    QCOMPARE(op.end, QDate(2026, 6, 15));
    QCOMPARE(op.targetHouseholds, std::optional<qint64>(3));
    QVERIFY(!op.allStations);
    QCOMPARE(op.stationIds,
             QList<qint64>{id(QStringLiteral("SELECT id FROM stations WHERE name = '东岗派出所'"))});
    const QString audit = m_t->scalar(QStringLiteral("SELECT before || ' -> ' || after FROM audit_log "
                                                     "WHERE action = 'update' AND entity = 'operation' "
                                                     "ORDER BY id DESC LIMIT 1"))
                              .toString();
    QVERIFY2(audit.contains(QStringLiteral("春季行动")) && audit.contains(QStringLiteral("春季攻坚行动")) &&
                 audit.contains(QStringLiteral("2026-06-15")),
             qPrintable(audit));
    // Back to every station.
    QVERIFY(supervisor.update(m_op, edit()).ok());
    QVERIFY(supervisor.find(m_op)->allStations);
    QCOMPARE(
        m_t->scalar(
               QStringLiteral("SELECT count(*) FROM operation_stations WHERE operation_id = %1").arg(m_op))
            .toInt(),
        0);
}

void TestOperations::closedOperationIsReadOnly()
{
    const qint64 fresh =
        id(QStringLiteral("SELECT id FROM screenings WHERE status = 'whereabouts_unknown' LIMIT 1"));
    const qint64 liQiang = id(QStringLiteral("SELECT id FROM persons WHERE name = '李强'"));
    QVERIFY(OperationService(m_t->db(), actor("100002")).close(m_op).ok());
    const qint64 visits = m_t->count(QStringLiteral("visits")),
                 screenings = m_t->count(QStringLiteral("screenings"));

    // Its own changes.
    const auto update = OperationService(m_t->db(), actor("100002")).update(m_op, edit());
    QCOMPARE(update.error().kind, Error::Kind::Conflict);
    QVERIFY(update.error().message.contains(QStringLiteral("read-only")));
    // Visits, typed or imported.
    const auto visit = VisitService(m_t->db(), actor("100001")).save(presentVisitToH001());
    QCOMPARE(visit.error().kind, Error::Kind::Conflict);
    QCOMPARE(visit.error().field, QStringLiteral("operation"));
    const auto import = VisitImporter(m_t->db(), actor("100002"))
                            .run(hc::test::kFixtureOperation, hc::test::dataFile("visits.csv"));
    QVERIFY(import.fatal);
    QCOMPARE(import.fatal->kind, Error::Kind::Conflict);
    // A new case of it.
    QCOMPARE(CaseService(m_t->db(), actor("100002")).openFromScreening(fresh).error().kind,
             Error::Kind::Conflict);
    // Follow-up.
    FollowUpService officer(m_t->db(), actor("100001"));
    QCOMPARE(
        officer.markVerified(m_op, liQiang, QStringLiteral("在西宁"), QStringLiteral("phone")).error().kind,
        Error::Kind::Conflict);
    QCOMPARE(officer.recordAttempt(m_op, liQiang, QStringLiteral("unreachable"), {}).error().kind,
             Error::Kind::Conflict);
    QCOMPARE(FollowUpService(m_t->db(), actor("100002"))
                 .assignRevisit(m_op,
                                id(QStringLiteral("SELECT id FROM households WHERE household_no = 'H003'")),
                                actor("100002").userId)
                 .error()
                 .kind,
             Error::Kind::Conflict);
    QCOMPARE(m_t->count(QStringLiteral("visits")), visits);
    QCOMPARE(m_t->count(QStringLiteral("screenings")), screenings);
    QCOMPARE(m_t->count(QStringLiteral("cases")), 0);
    QCOMPARE(m_t->count(QStringLiteral("verification_attempts")), 0);
    // Reading goes on.
    QCOMPARE(officer.verifications(m_op, 0)->size(), 1);
}

void TestOperations::reopenIsForAdministrators()
{
    OperationService supervisor(m_t->db(), actor("100002"));
    QCOMPARE(supervisor.reopen(m_op).error().kind, Error::Kind::Denied); // not closed, but not theirs either
    QVERIFY(supervisor.close(m_op).ok());
    QCOMPARE(supervisor.reopen(m_op).error().kind, Error::Kind::Denied);
    OperationService admin(m_t->db(), Actor::system());
    QVERIFY(admin.reopen(m_op).ok());
    QCOMPARE(admin.reopen(m_op).error().kind, Error::Kind::Conflict);
    QVERIFY(!admin.find(m_op)->closed());
    QVERIFY(VisitService(m_t->db(), actor("100001")).save(presentVisitToH001()).ok());
    QCOMPARE(m_t->column(QStringLiteral("SELECT action FROM audit_log WHERE entity = 'operation' "
                                        "AND action IN ('close', 'reopen') ORDER BY id")),
             QStringList({"close", "reopen"}));
}

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
