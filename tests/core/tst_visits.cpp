// Sign-in and visit entry in core: accounts, throttled sign-in, recording a visit with its
// screenings in one transaction, validation naming the field, corrections and their rights.
#include "core/auth/UserService.h"
#include "core/cases/CaseService.h"
#include "core/common/Clock.h"
#include "core/imports/OfficerImporter.h"
#include "core/imports/RegistryImporter.h"
#include "core/operations/OperationService.h"
#include "core/stats/StatsService.h"
#include "core/visits/VisitService.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

namespace {
QString data(const char* name)
{
    return QStringLiteral(HC_TEST_DATA "/") + QLatin1String(name);
}
const QDateTime kNow(QDate(2026, 3, 20), QTime(18, 0));

void setClock(const QDateTime& t)
{
    Clock::setInstance(std::make_unique<FixedClock>(t));
}

struct Fixture
{
    TestDatabase t;
    qint64 op = 0;
    Fixture()
    {
        setClock(kNow);
        if (RegistryImporter(t.db(), Actor::system()).run(data("registry.csv")).fatal ||
            OfficerImporter(t.db(), Actor::system()).run(data("officers.csv")).fatal)
            qFatal("fixture import failed");
        op = OperationService(t.db(), Actor::system())
                 .create(QStringLiteral("春季行动"), QDate(2026, 3, 1), QDate(2026, 5, 29), {}, 4)
                 ->id;
    }
    Actor actor(const char* badge) { return UserService(t.db()).find(QLatin1String(badge))->actor(); }
    qint64 household(const char* no)
    {
        return t
            .scalar(
                QStringLiteral("SELECT id FROM households WHERE household_no = '%1'").arg(QLatin1String(no)))
            .toLongLong();
    }
    qint64 person(const char* name)
    {
        return t
            .scalar(QStringLiteral("SELECT id FROM persons WHERE name = '%1'").arg(QString::fromUtf8(name)))
            .toLongLong();
    }
    VisitDraft h001AllPresent()
    {
        VisitDraft d{op,
                     household("H001"),
                     QDateTime(QDate(2026, 3, 20), QTime(10, 0), Qt::UTC),
                     QStringLiteral("completed"),
                     {},
                     {}};
        for (const char* n : {"张伟", "王芳", "张小明"})
            d.screenings << ScreeningDraft{person(n), QStringLiteral("present"), {}, {}, {}, {}};
        return d;
    }
};
} // namespace

class TestVisits : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { HC_SKIP_WITHOUT_ENGINE(); }
    void cleanup() { Clock::setInstance(nullptr); }
    void firstAdmin();
    void signInAndThrottle();
    void recordVisit();
    void validation_data();
    void validation();
    void otherStationAndRolesRefused();
    void correctionRights();
    void correctionKeepsTheCaseScreening();
    void concurrentCorrectionsAreNotOverwritten();
    void caseOpenedWithTheVisit();
    void unregisteredPersonFound();
};

void TestVisits::firstAdmin()
{
    TestDatabase t;
    UserService users(t.db());
    QVERIFY(!users.hasUsers());
    QCOMPARE(
        users.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("管理员"), QStringLiteral("short"))
            .error()
            .field,
        QStringLiteral("password"));
    auto admin = users.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("管理员"),
                                        QStringLiteral("Kestrel-Harbour-2026"));
    QVERIFY(admin.ok());
    QCOMPARE(admin->role, Role::Admin);
    QVERIFY(users.hasUsers());
    QCOMPARE(users
                 .createFirstAdmin(QStringLiteral("x"), QStringLiteral("y"),
                                   QStringLiteral("Kestrel-Harbour-2026"))
                 .error()
                 .kind,
             Error::Kind::Denied);
    QCOMPARE(t.scalar(QStringLiteral("SELECT actor FROM audit_log WHERE entity = 'user'")).toString(),
             QStringLiteral("admin"));
}

void TestVisits::signInAndThrottle()
{
    Fixture f;
    UserService users(f.t.db());
    auto ok = users.signIn(QStringLiteral("100001"), QStringLiteral("Harbour-Kite-100001"));
    QVERIFY(ok.ok());
    QCOMPARE(ok->stationName, QStringLiteral("东岗派出所"));
    QCOMPARE(ok->role, Role::Officer);
    // Unknown badge and wrong password give the same answer.
    const QString wrong = users.signIn(QStringLiteral("100001"), QStringLiteral("nope")).error().message;
    QCOMPARE(users.signIn(QStringLiteral("999999"), QStringLiteral("nope")).error().message, wrong);
    QVERIFY(!users.signIn(QStringLiteral("100001"), QStringLiteral("nope2")).ok());
    QVERIFY(!users.signIn(QStringLiteral("100001"), QStringLiteral("nope3")).ok());
    // After three failures even the right password must wait.
    auto waiting = users.signIn(QStringLiteral("100001"), QStringLiteral("Harbour-Kite-100001"));
    QVERIFY(!waiting.ok());
    QVERIFY2(waiting.error().message.contains(QStringLiteral("Try again")),
             qPrintable(waiting.error().message));
    setClock(kNow.addSecs(61));
    QVERIFY(users.signIn(QStringLiteral("100001"), QStringLiteral("Harbour-Kite-100001")).ok());
    // Another badge was never held back.
    QVERIFY(users.signIn(QStringLiteral("100002"), QStringLiteral("Harbour-Kite-100002")).ok());
}

void TestVisits::recordVisit()
{
    Fixture f;
    VisitService visits(f.t.db(), f.actor("100001"));
    auto id = visits.record(f.h001AllPresent());
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().text()));
    QCOMPARE(f.t.count(QStringLiteral("screenings")), 3);
    QCOMPARE(f.t.scalar(QStringLiteral("SELECT visited_at FROM visits")).toString(),
             QStringLiteral("2026-03-20T10:00:00"));
    const auto s = StatsService(f.t.db()).compute(f.op);
    QCOMPARE(s->householdsCovered, 1);
    QCOMPARE(s->checksByStatus.value(QStringLiteral("present")), 3);
    QCOMPARE(f.t.scalar(QStringLiteral(
                            "SELECT count(*) FROM audit_log WHERE entity = 'visit' AND actor = '100001'"))
                 .toInt(),
             1);
    // The same officer, household and minute twice is refused as a duplicate.
    auto again = visits.record(f.h001AllPresent());
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::Conflict);
    QCOMPARE(f.t.count(QStringLiteral("visits")), 1);
}

void TestVisits::validation_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<QString>("field");
    QTest::newRow("no outcome") << 0 << "outcome";
    QTest::newRow("future") << 1 << "visited_at";
    QTest::newRow("before the operation") << 2 << "visited_at";
    QTest::newRow("screened on no answer") << 3 << "screenings";
    QTest::newRow("away verified without where") << 4 << "screenings[1].whereabouts";
    QTest::newRow("away verified without how") << 5 << "screenings[1].verified_by";
    QTest::newRow("person of another household") << 6 << "screenings[2].person";
    QTest::newRow("person twice") << 7 << "screenings[2].person";
    QTest::newRow("unregistered status for registered") << 8 << "screenings[0].status";
    QTest::newRow("death date after visit") << 9 << "screenings[0].event_date";
}

void TestVisits::validation()
{
    QFETCH(int, variant);
    QFETCH(QString, field);
    Fixture f;
    VisitDraft d = f.h001AllPresent();
    switch (variant) {
    case 0:
        d.outcome.clear();
        break;
    case 1:
        d.visitedAt = QDateTime(QDate(2026, 3, 20), QTime(19, 0), Qt::UTC);
        break;
    case 2:
        d.visitedAt = QDateTime(QDate(2026, 2, 27), QTime(10, 0), Qt::UTC);
        break;
    case 3:
        d.outcome = QStringLiteral("no_answer");
        break;
    case 4:
        d.screenings[1].status = QStringLiteral("away_verified");
        d.screenings[1].verifiedBy = QStringLiteral("phone");
        break;
    case 5:
        d.screenings[1].status = QStringLiteral("away_verified");
        d.screenings[1].whereabouts = QStringLiteral("在兰州务工");
        break;
    case 6:
        d.screenings[2].personId = f.person("李娜");
        break;
    case 7:
        d.screenings[2].personId = d.screenings[0].personId;
        break;
    case 8:
        d.screenings[0].status = QStringLiteral("unregistered_found");
        break;
    case 9:
        d.screenings[0].status = QStringLiteral("deceased");
        d.screenings[0].eventDate = QDate(2026, 3, 25);
        break;
    }
    auto r = VisitService(f.t.db(), f.actor("100001")).record(d);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, field);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(f.t.count(QStringLiteral("visits")), 0);
    QCOMPARE(f.t.count(QStringLiteral("screenings")), 0);
}

void TestVisits::otherStationAndRolesRefused()
{
    Fixture f;
    VisitDraft d = f.h001AllPresent();
    d.householdId = f.household("H003"); // 西湖 station; officer 100001 is at 东岗
    d.screenings.clear();
    auto r = VisitService(f.t.db(), f.actor("100001")).record(d);
    QCOMPARE(r.error().kind, Error::Kind::Denied);
    QVERIFY(!VisitService(f.t.db(), f.actor("100003")).record(f.h001AllPresent()).ok()); // investigator
    QVERIFY(
        !VisitService(f.t.db(), Actor::system()).record(f.h001AllPresent()).ok()); // not a signed-in officer
    // A supervisor may record anywhere.
    QVERIFY(VisitService(f.t.db(), f.actor("100002")).record(d).ok());
    QCOMPARE(f.t.count(QStringLiteral("visits")), 1);
}

void TestVisits::correctionRights()
{
    Fixture f;
    const qint64 id = *VisitService(f.t.db(), f.actor("100001")).record(f.h001AllPresent());
    VisitDraft fixed = f.h001AllPresent();
    fixed.screenings[2].status = QStringLiteral("whereabouts_unknown");
    QVERIFY(VisitService(f.t.db(), f.actor("100001")).correct(id, fixed).ok()); // author, same day
    QCOMPARE(
        StatsService(f.t.db()).compute(f.op)->checksByStatus.value(QStringLiteral("whereabouts_unknown")), 1);
    QCOMPARE(f.t.count(QStringLiteral("screenings")), 3);

    setClock(kNow.addDays(1));
    fixed.screenings[2].status = QStringLiteral("present");
    QCOMPARE(VisitService(f.t.db(), f.actor("100001")).correct(id, fixed).error().kind, Error::Kind::Denied);
    QVERIFY(VisitService(f.t.db(), f.actor("100002")).correct(id, fixed).ok()); // supervisor, any day
    const auto s = StatsService(f.t.db()).compute(f.op);
    QCOMPARE(s->checksByStatus.value(QStringLiteral("whereabouts_unknown")), 0);
    QCOMPARE(s->checksByStatus.value(QStringLiteral("present")), 3);
    QCOMPARE(s->personChecks, 3);
    // Both corrections are in the household's history with before and after.
    QCOMPARE(f.t.scalar(QStringLiteral(
                            "SELECT count(*) FROM audit_log WHERE action = 'correct' AND entity_id = '%1' "
                            "AND before LIKE '%present%' AND after IS NOT NULL")
                            .arg(id))
                 .toInt(),
             2);
}

// Issue 11 outcome 4: two people correct the same visit; the second, made from the version both
// loaded, is refused with the current version named, and nothing of it is written.
void TestVisits::concurrentCorrectionsAreNotOverwritten()
{
    Fixture f;
    VisitService officer(f.t.db(), f.actor("100001"));
    VisitService supervisor(f.t.db(), f.actor("100002"));
    const qint64 id = *officer.record(f.h001AllPresent());
    VisitDraft mine = *officer.load(id);
    const int mineFrom = officer.version(id)->number;
    VisitDraft theirs = *supervisor.load(id);
    const int theirsFrom = supervisor.version(id)->number;
    QCOMPARE(mineFrom, 1);
    QVERIFY(officer.version(id)->correctedBy.isEmpty());

    theirs.notes = QStringLiteral("supervisor's note");
    QVERIFY(supervisor.save(theirs, id, theirsFrom).ok());
    mine.screenings[2].status = QStringLiteral("whereabouts_unknown");
    const auto refused = officer.save(mine, id, mineFrom);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QCOMPARE(refused.error().field, QStringLiteral("version"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("version 2")),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("100002")), qPrintable(refused.error().message));

    // The supervisor's version stands whole: the officer's screening change was not written.
    const VisitDraft now = *officer.load(id);
    const VisitVersion current = *officer.version(id);
    QCOMPARE(current.number, 2);
    QVERIFY(current.correctedBy.contains(QStringLiteral("100002")));
    QCOMPARE(now.notes, QStringLiteral("supervisor's note"));
    QCOMPARE(now.screenings[2].status, QStringLiteral("present"));
    QCOMPARE(
        f.t.scalar(QStringLiteral("SELECT count(*) FROM screenings WHERE status = 'whereabouts_unknown'"))
            .toInt(),
        0);

    // Made from the current version, the officer's correction is saved and raises the version.
    QVERIFY(officer.save(mine, id, current.number).ok());
    QCOMPARE(officer.version(id)->number, 3);
    QCOMPARE(officer.load(id)->screenings[2].status, QStringLiteral("whereabouts_unknown"));
}

// Issue 12 item 7: a case refers to the screening it was opened from, so correcting the visit
// rewrites each person's screening in place instead of replacing them all.
void TestVisits::correctionKeepsTheCaseScreening()
{
    Fixture f;
    VisitService officer(f.t.db(), f.actor("100001"));
    VisitDraft d = f.h001AllPresent();
    d.screenings[2].status = QStringLiteral("whereabouts_unknown");
    const qint64 id = *officer.record(d);
    const qint64 child = f.person("张小明");
    const qint64 screening = officer.screeningId(id, child);
    QVERIFY(screening > 0);
    const auto caseNo = CaseService(f.t.db(), f.actor("100001")).openFromScreening(screening);
    QVERIFY2(caseNo.ok(), qPrintable(caseNo ? QString() : caseNo.error().text()));
    const QString caseScreeningPerson = QStringLiteral(
        "SELECT s.person_id FROM cases c JOIN screenings s ON s.id = c.screening_id WHERE c.case_no = '%1'");

    // Another person's status, the child's notes and the visit's notes change.
    d.notes = QStringLiteral("复核");
    d.screenings[0].status = QStringLiteral("away_unverified");
    d.screenings[2].notes = QStringLiteral("邻居说去了外地");
    const Status corrected = officer.correct(id, d);
    QVERIFY2(corrected.ok(), qPrintable(corrected ? QString() : corrected.error().text()));
    QCOMPARE(f.t.scalar(caseScreeningPerson.arg(*caseNo)).toLongLong(), child);
    QCOMPARE(officer.screeningId(id, child), screening);
    QCOMPARE(officer.load(id)->screenings.at(2).notes, QStringLiteral("邻居说去了外地"));
    QCOMPARE(f.t.count(QStringLiteral("screenings")), 3);
    auto stats = StatsService(f.t.db()).compute(f.op);
    QCOMPARE(stats->checksByStatus.value(QStringLiteral("away_unverified")), 1);
    QCOMPARE(stats->checksByStatus.value(QStringLiteral("whereabouts_unknown")), 1);
    QCOMPARE(stats->checksByStatus.value(QStringLiteral("present")), 1);
    QCOMPARE(StatsService(f.t.db()).recount(f.op)->toJson(), stats->toJson());

    // A person without a case leaves the visit: their screening goes, the child's stays.
    d.screenings.removeAt(1);
    QVERIFY(officer.correct(id, d).ok());
    QCOMPARE(f.t.count(QStringLiteral("screenings")), 2);
    QCOMPARE(f.t.scalar(caseScreeningPerson.arg(*caseNo)).toLongLong(), child);
    stats = StatsService(f.t.db()).compute(f.op);
    QCOMPARE(stats->personChecks, 2);
    QCOMPARE(StatsService(f.t.db()).recount(f.op)->toJson(), stats->toJson());

    // Dropping the person the case was opened from is refused, and nothing changes.
    VisitDraft withoutChild = d;
    withoutChild.screenings.removeAt(1);
    const Status refused = officer.correct(id, withoutChild);
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QCOMPARE(refused.error().field, QStringLiteral("screenings"));
    QCOMPARE(f.t.count(QStringLiteral("screenings")), 2);
    QCOMPARE(officer.screeningId(id, child), screening);
}

// Issue 10 outcome 2: a case the officer asks for at save time is opened in the visit's own
// transaction; asking for one where the whereabouts are known refuses the whole save.
void TestVisits::caseOpenedWithTheVisit()
{
    Fixture f;
    VisitService officer(f.t.db(), f.actor("100001"));
    VisitDraft d = f.h001AllPresent();
    d.screenings[0].openCase = true; // present: no case for a person at home
    const auto refused = officer.save(d);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("screenings[0].open_case"));
    QCOMPARE(f.t.count(QStringLiteral("visits")), 0);
    QCOMPARE(f.t.count(QStringLiteral("cases")), 0);

    d.screenings[0].openCase = false;
    d.screenings[2].status = QStringLiteral("whereabouts_unknown");
    d.screenings[2].openCase = true;
    const auto saved = officer.save(d);
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().text()));
    QCOMPARE(saved->caseNotes.size(), 1);
    const QString caseNo =
        f.t.scalar(QStringLiteral("SELECT c.case_no FROM cases c JOIN screenings s ON s.id = c.screening_id "
                                  "WHERE s.visit_id = %1 AND s.person_id = %2")
                       .arg(saved->visitId)
                       .arg(f.person("张小明")))
            .toString();
    QVERIFY(!caseNo.isEmpty());
    QVERIFY(saved->caseNotes.first().contains(caseNo));
    // The visit and the case share one transaction: the case's audit record follows the visit's.
    QCOMPARE(f.t.scalar(QStringLiteral("SELECT entity FROM audit_log ORDER BY id DESC LIMIT 1")).toString(),
             QStringLiteral("case"));

    // Correcting the visit and asking again keeps the one case, and says so.
    d.notes = QStringLiteral("复核");
    const auto again = officer.save(d, saved->visitId);
    QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().text()));
    QCOMPARE(f.t.count(QStringLiteral("cases")), 1);
    QCOMPARE(again->caseNotes.size(), 1);
    QVERIFY(again->caseNotes.first().contains(caseNo));
}

void TestVisits::unregisteredPersonFound()
{
    Fixture f;
    VisitService visits(f.t.db(), f.actor("100001"));
    auto child =
        visits.addUnregisteredPerson(f.household("H001"), QStringLiteral("小花"), QLatin1Char('F'), 2018, {});
    QVERIFY(child.ok());
    QCOMPARE(visits.addUnregisteredPerson(f.household("H001"), QString(), QChar(), 0, {}).error().field,
             QStringLiteral("name"));
    QCOMPARE(visits.addUnregisteredPerson(f.household("H001"), QStringLiteral("x"), QChar(), 1850, {})
                 .error()
                 .field,
             QStringLiteral("birth_year"));
    VisitDraft d = f.h001AllPresent();
    d.screenings << ScreeningDraft{
        *child, QStringLiteral("unregistered_found"), {}, {}, {}, QStringLiteral("未上户")};
    QVERIFY(visits.record(d).ok());
    QCOMPARE(StatsService(f.t.db()).compute(f.op)->unregisteredFound, 1);
}

QTEST_GUILESS_MAIN(TestVisits)
#include "tst_visits.moc"
