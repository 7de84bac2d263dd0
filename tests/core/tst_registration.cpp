// Registration follow-up (issue 13, outcome 1): the file of a person found unregistered moves
// forward one stage at a time with dates in order; registration validates the ID number and
// joins or creates a household in one transaction; closing needs a reason; officers reach their
// own station only; the station lists filter by stage and "no progress for 30 days"; `stats`
// counts people registered and ID cards issued, and its recount agrees.
#include "core/auth/UserService.h"
#include "core/common/Clock.h"
#include "core/demo/DemoGenerator.h"
#include "core/registration/RegistrationService.h"
#include "core/registry/IdNumber.h"
#include "core/stats/StatsService.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().text()))

class TestRegistration : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { HC_SKIP_WITHOUT_ENGINE(); }
    void init();
    void cleanup() { Clock::setInstance(nullptr); }
    void foundPeopleHaveAFile();
    void stagesMoveForward();
    void documentsChecklist();
    void registrationValidatesAndJoins();
    void badIdNumberWritesNothing();
    void newHousehold();
    void closedWithReason();
    void otherStationRefused();
    void listFilters();
    void statsFigures();
    void demoFilesAtEveryStage();

private:
    std::unique_ptr<TestDatabase> m_t;
    qint64 m_op = 0;
    qint64 m_xiaohong = 0; // found unregistered at H002 (东岗) on 2026-03-10
    Actor actor(const char* badge) { return UserService(m_t->db()).find(QLatin1String(badge))->actor(); }
    RegistrationService officer() { return RegistrationService(m_t->db(), actor("100001")); }
    RegistrationStep step(const char* stage, QDate date)
    {
        RegistrationStep s;
        s.personId = m_xiaohong;
        s.stage = QLatin1String(stage);
        s.date = date;
        return s;
    }
    // Refers 小红 and takes her file to "filed".
    void toFiled();
    qint64 rows(const char* table) { return m_t->count(QLatin1String(table)); }
};

void TestRegistration::init()
{
    Clock::setInstance(std::make_unique<FixedClock>(QDateTime(QDate(2026, 4, 30), QTime(12, 0))));
    m_t = std::make_unique<TestDatabase>();
    m_op = hc::test::loadFixture(*m_t);
    m_xiaohong = m_t->scalar(QStringLiteral("SELECT id FROM persons WHERE name = '小红'")).toLongLong();
    QVERIFY(m_xiaohong);
}

void TestRegistration::toFiled()
{
    RegistrationService s = officer();
    VERIFY_OK(s.advance(step("referred", QDate(2026, 3, 12))));
    RegistrationStep docs = step("documents", QDate(2026, 3, 20));
    docs.checklist.birthProof = true;
    docs.checklist.certificate = true;
    VERIFY_OK(s.advance(docs));
    VERIFY_OK(s.advance(step("filed", QDate(2026, 3, 25))));
}

void TestRegistration::foundPeopleHaveAFile()
{
    const auto f = officer().load(m_xiaohong);
    VERIFY_OK(f);
    QCOMPARE(f->stage, QStringLiteral("found"));
    QCOMPARE(f->fileId, 0);
    QCOMPARE(f->foundHouseholdNo, QStringLiteral("H002"));
    QCOMPARE(f->foundOn, QDate(2026, 3, 10));
    QCOMPARE(f->station, QStringLiteral("东岗派出所"));
    QCOMPARE(RegistrationService::nextStages(f->stage), (QStringList{"referred", "closed"}));
    // A registered resident has no registration file.
    const qint64 zhangwei =
        m_t->scalar(QStringLiteral("SELECT id FROM persons WHERE name = '张伟'")).toLongLong();
    QCOMPARE(officer().load(zhangwei).error().kind, Error::Kind::NotFound);
}

void TestRegistration::stagesMoveForward()
{
    RegistrationService s = officer();
    // Not two stages at once, not before the day found, not in the future.
    QCOMPARE(s.advance(step("filed", QDate(2026, 3, 12))).error().field, QStringLiteral("stage"));
    QCOMPARE(s.advance(step("referred", QDate(2026, 3, 9))).error().field, QStringLiteral("date"));
    QCOMPARE(s.advance(step("referred", QDate(2026, 5, 1))).error().field, QStringLiteral("date"));
    QCOMPARE(s.advance(step("bogus", QDate(2026, 3, 12))).error().field, QStringLiteral("stage"));
    QCOMPARE(rows("registrations"), 0);
    toFiled();
    auto f = s.load(m_xiaohong);
    QCOMPARE(f->stage, QStringLiteral("filed"));
    QCOMPARE(f->officerBadge, QStringLiteral("100001")); // the actor, when none is chosen
    QCOMPARE(f->referredOn, QDate(2026, 3, 12));
    QCOMPARE(f->filedOn, QDate(2026, 3, 25));
    // Back a stage, or a date before the previous step: refused.
    QCOMPARE(s.advance(step("documents", QDate(2026, 3, 26))).error().field, QStringLiteral("stage"));
    RegistrationStep early = step("registered", QDate(2026, 3, 24));
    early.idNumber = IdNumber::make(QStringLiteral("620102"), QDate(2018, 5, 1), 2);
    early.householdNo = QStringLiteral("H002");
    QCOMPARE(s.advance(early).error().field, QStringLiteral("date"));
    // The timeline: one event per step, in order, each audited.
    const auto events = s.timeline(m_xiaohong);
    VERIFY_OK(events);
    QCOMPARE(events->size(), 3);
    QCOMPARE(events->at(0).stage, QStringLiteral("referred"));
    QCOMPARE(events->at(2).stage, QStringLiteral("filed"));
    QCOMPARE(events->at(2).onDate, QDate(2026, 3, 25));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'registration' "
                                        "AND action = 'advance'"))
                 .toInt(),
             3);
}

void TestRegistration::documentsChecklist()
{
    RegistrationService s = officer();
    VERIFY_OK(s.advance(step("referred", QDate(2026, 3, 12))));
    QCOMPARE(s.advance(step("documents", QDate(2026, 3, 20))).error().field, QStringLiteral("checklist"));
    RegistrationStep docs = step("documents", QDate(2026, 3, 20));
    docs.checklist.birthProof = true;
    docs.checklist.dnaNeeded = true;
    QCOMPARE(s.advance(docs).error().field, QStringLiteral("checklist")); // DNA needed, not in hand
    docs.checklist.dna = true;
    VERIFY_OK(s.advance(docs));
    const RegistrationChecklist expected{true, false, true, true, false};
    QVERIFY(s.load(m_xiaohong)->checklist == expected);
}

void TestRegistration::registrationValidatesAndJoins()
{
    toFiled();
    RegistrationService s = officer();
    RegistrationStep r = step("registered", QDate(2026, 4, 10));
    r.householdNo = QStringLiteral("H002");
    r.idNumber = QStringLiteral("620102201805011234"); // bad check character
    QCOMPARE(s.advance(r).error().field, QStringLiteral("id_number"));
    // Another person's number.
    r.idNumber = m_t->scalar(QStringLiteral("SELECT id_number FROM persons WHERE name = '张伟'")).toString();
    QCOMPARE(s.advance(r).error().field, QStringLiteral("id_number"));
    r.idNumber = IdNumber::make(QStringLiteral("620102"), QDate(2018, 5, 1), 2); // even: a woman
    r.householdNo = QStringLiteral("H999");
    QCOMPARE(s.advance(r).error().field, QStringLiteral("household"));
    r.householdNo = QStringLiteral("H003"); // 西湖: not the officer's station
    QCOMPARE(s.advance(r).error().field, QStringLiteral("household"));
    r.householdNo = QStringLiteral("H001");
    VERIFY_OK(s.advance(r));
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT id_number FROM persons WHERE id = %1").arg(m_xiaohong)).toString(),
        r.idNumber);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT registered || sex || birth_date FROM persons WHERE id = %1")
                             .arg(m_xiaohong))
                 .toString(),
             QStringLiteral("1F2018-05-01"));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT h.household_no FROM persons p JOIN households h "
                                        "ON h.id = p.household_id WHERE p.id = %1")
                             .arg(m_xiaohong))
                 .toString(),
             QStringLiteral("H001"));
    const auto f = s.load(m_xiaohong);
    QCOMPARE(f->stage, QStringLiteral("registered"));
    QCOMPARE(f->householdNo, QStringLiteral("H001"));
    QCOMPARE(f->foundHouseholdNo, QStringLiteral("H002")); // still where she was found
    QCOMPARE(RegistrationService::nextStages(f->stage), QStringList{"id_card"});
    QCOMPARE(s.advance(step("closed", QDate(2026, 4, 11))).error().field, QStringLiteral("stage"));
    VERIFY_OK(s.advance(step("id_card", QDate(2026, 4, 20))));
    QVERIFY(!s.load(m_xiaohong)->isOpen());
    QCOMPARE(s.advance(step("id_card", QDate(2026, 4, 21))).error().field, QStringLiteral("stage"));
}

void TestRegistration::badIdNumberWritesNothing()
{
    toFiled();
    const qint64 households = rows("households"), events = rows("registration_events"),
                 audit = rows("audit_log");
    RegistrationService s = officer();
    RegistrationStep r = step("registered", QDate(2026, 4, 10));
    r.householdNo = QStringLiteral("H010");
    r.newHousehold = true;
    // A man's number for a person already recorded as a woman, then a malformed one.
    m_t->scalar(QStringLiteral("UPDATE persons SET sex = 'F' WHERE id = %1").arg(m_xiaohong));
    r.idNumber = IdNumber::make(QStringLiteral("620102"), QDate(2018, 5, 1), 3);
    QCOMPARE(s.advance(r).error().field, QStringLiteral("id_number"));
    r.idNumber = QStringLiteral("62010220180501");
    QCOMPARE(s.advance(r).error().field, QStringLiteral("id_number"));
    QCOMPARE(rows("households"), households);
    QCOMPARE(rows("registration_events"), events);
    QCOMPARE(rows("audit_log"), audit);
    QCOMPARE(s.load(m_xiaohong)->stage, QStringLiteral("filed"));
    QVERIFY(
        m_t->scalar(QStringLiteral("SELECT id_number FROM persons WHERE id = %1").arg(m_xiaohong)).isNull());
    // A failure mid-write (the number taken by another person behind the check's back) rolls the
    // new household and the file back too.
    r.idNumber = IdNumber::make(QStringLiteral("620102"), QDate(2018, 5, 1), 4);
    QVERIFY(s.validate(r).ok());
    QVERIFY(m_t->addFailingTrigger("steal", "UPDATE OF id_number", "persons", {}, "taken"));
    QCOMPARE(s.advance(r).error().kind, Error::Kind::Storage);
    QCOMPARE(rows("households"), households);
    QCOMPARE(rows("registration_events"), events);
    QCOMPARE(s.load(m_xiaohong)->stage, QStringLiteral("filed"));
}

void TestRegistration::newHousehold()
{
    toFiled();
    RegistrationStep r = step("registered", QDate(2026, 4, 10));
    r.idNumber = IdNumber::make(QStringLiteral("620102"), QDate(2018, 5, 1), 2);
    r.newHousehold = true;
    r.householdNo = QStringLiteral("H001"); // exists
    QCOMPARE(officer().advance(r).error().field, QStringLiteral("household"));
    r.householdNo = QStringLiteral("H010");
    VERIFY_OK(officer().advance(r));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT h.address || '|' || a.name FROM households h JOIN areas a "
                                        "ON a.id = h.area_id WHERE household_no = 'H010'"))
                 .toString(),
             QStringLiteral("雁滩村\n3组8号|雁滩村")); // where she was found
    QVERIFY(officer().load(m_xiaohong)->householdCreated);
}

void TestRegistration::closedWithReason()
{
    RegistrationService s = officer();
    VERIFY_OK(s.advance(step("referred", QDate(2026, 3, 12))));
    RegistrationStep c = step("closed", QDate(2026, 3, 30));
    QCOMPARE(s.advance(c).error().field, QStringLiteral("reason"));
    c.closedReason = QStringLiteral("moved_away");
    c.note = QStringLiteral("随母亲去了兰州");
    VERIFY_OK(s.advance(c));
    const auto f = s.load(m_xiaohong);
    QCOMPARE(f->stage, QStringLiteral("closed"));
    QCOMPARE(f->closedReason, QStringLiteral("moved_away"));
    QCOMPARE(f->closedNote, c.note);
    QVERIFY(!f->isOpen());
    QCOMPARE(s.timeline(m_xiaohong)->last().note, c.note);
    QCOMPARE(s.advance(step("documents", QDate(2026, 4, 1))).error().field, QStringLiteral("stage"));
}

void TestRegistration::otherStationRefused()
{
    // An officer of 西湖 (the supervisor's station) and an investigator (no RecordVisits).
    Actor west = actor("100002");
    west.role = Role::Officer;
    RegistrationService other(m_t->db(), west);
    const qint64 refusals =
        m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'refused'")).toLongLong();
    QCOMPARE(other.load(m_xiaohong).error().kind, Error::Kind::Denied);
    QCOMPARE(other.advance(step("referred", QDate(2026, 3, 12))).error().kind, Error::Kind::Denied);
    RegistrationFilter f;
    f.stationId = actor("100001").stationId;
    QCOMPARE(other.list(f).error().kind, Error::Kind::Denied);
    QVERIFY(other.list({})->isEmpty()); // 0: the officer's own station, where nobody was found
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'refused'")).toLongLong(),
        refusals + 3);
    RegistrationService investigator(m_t->db(), actor("100003"));
    QCOMPARE(investigator.list({})->size(), 1); // may look
    QCOMPARE(investigator.advance(step("referred", QDate(2026, 3, 12))).error().kind, Error::Kind::Denied);
    // The supervisor reaches every station and may refer on the station officer's behalf.
    RegistrationStep r = step("referred", QDate(2026, 3, 12));
    r.officerId = actor("100002").userId; // of 西湖: not responsible for a file of 东岗
    RegistrationService supervisor(m_t->db(), actor("100002"));
    QCOMPARE(supervisor.advance(r).error().field, QStringLiteral("officer"));
    r.officerId = actor("100001").userId;
    VERIFY_OK(supervisor.advance(r));
    QCOMPARE(rows("registrations"), 1);
}

void TestRegistration::listFilters()
{
    RegistrationService s = officer();
    RegistrationFilter f;
    f.stalledOnly = true; // found 10 March, nothing since: 51 days
    QCOMPARE(s.list(f)->size(), 1);
    QVERIFY(s.list(f)->first().stalled);
    QCOMPARE(s.list(f)->first().idleDays, 51);
    VERIFY_OK(s.advance(step("referred", QDate(2026, 4, 20))));
    QVERIFY(s.list(f)->isEmpty());
    f = {};
    f.stages = QStringList{"referred"};
    QCOMPARE(s.list(f)->size(), 1);
    QCOMPARE(s.list(f)->first().officer, QStringLiteral("马警官"));
    f.stages = QStringList{"found", "filed"};
    QVERIFY(s.list(f)->isEmpty());
    f = {};
    f.officerId = actor("100002").userId;
    QVERIFY(s.list(f)->isEmpty());
    f.officerId = actor("100001").userId;
    QCOMPARE(s.list(f)->size(), 1);
}

void TestRegistration::statsFigures()
{
    StatsService stats(m_t->db());
    QCOMPARE(stats.compute(m_op)->unregisteredRegistered, 0);
    toFiled();
    RegistrationStep r = step("registered", QDate(2026, 4, 10));
    r.idNumber = IdNumber::make(QStringLiteral("620102"), QDate(2018, 5, 1), 2);
    r.householdNo = QStringLiteral("H002");
    VERIFY_OK(officer().advance(r));
    auto s = stats.compute(m_op);
    QCOMPARE(s->unregisteredRegistered, 1);
    QCOMPARE(s->unregisteredIdCards, 0);
    VERIFY_OK(officer().advance(step("id_card", QDate(2026, 4, 20))));
    s = stats.compute(m_op);
    QCOMPARE(s->unregisteredRegistered, 1);
    QCOMPARE(s->unregisteredIdCards, 1);
    QCOMPARE(s->toJson().value(QStringLiteral("unregistered_id_cards")).toInt(), 1);
    QCOMPARE(s->toJson().value(QStringLiteral("unregistered_registered")).toInt(), 1);
    QVERIFY(*s == *stats.recount(m_op));
    // The recount reads the timelines: a file changed behind the service's back shows.
    m_t->scalar(QStringLiteral("UPDATE registrations SET stage = 'filed'"));
    QVERIFY(!(*stats.compute(m_op) == *stats.recount(m_op)));
}

void TestRegistration::demoFilesAtEveryStage()
{
    TestDatabase t;
    if (t.isPostgres())
        QSKIP("a demo at scale 0.25 takes minutes on PostgreSQL: its one transaction updates the same "
              "op_counters rows for every screening (the hot counter rows of issue 11, outcome 4)");
    const auto sum = DemoGenerator(t.db(), Actor::system()).generate({0.25, 7, {}});
    VERIFY_OK(sum);
    RegistrationService admin(t.db(), Actor::system());
    const auto files = admin.list({});
    VERIFY_OK(files);
    QVERIFY(files->size() > 60);
    QMap<QString, int> byStage;
    for (const RegistrationFile& f : *files) {
        ++byStage[f.stage];
        if (f.stage == u"registered" || f.stage == u"id_card")
            QVERIFY2(IdNumber::parse(f.idNumber, QDate(2026, 12, 31)).ok(), qPrintable(f.idNumber));
        if (f.fileId) {
            const auto events = admin.timeline(f.personId);
            QCOMPARE(events->last().stage, f.stage);
            QCOMPARE(events->last().onDate, f.lastStepOn);
        }
    }
    for (const QString& stage : RegistrationService::stages())
        QVERIFY2(byStage.value(stage) > 0, qPrintable(stage));
    QVERIFY(byStage.value("id_card") + byStage.value("registered") > files->size() / 2); // most registered
    const qint64 op = t.scalar(QStringLiteral("SELECT id FROM operations")).toLongLong();
    StatsService stats(t.db());
    QCOMPARE(stats.compute(op)->unregisteredIdCards, byStage.value("id_card"));
    QVERIFY(*stats.compute(op) == *stats.recount(op));
}

QTEST_GUILESS_MAIN(TestRegistration)
#include "tst_registration.moc"
