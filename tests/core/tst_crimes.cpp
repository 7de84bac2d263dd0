// Crimes, families reunited and people found, counted as the bureau counts them (issue 13,
// outcomes 2-4), on the fixture: crimes (起) and their victims per kind from the records only,
// the same figures under a date range, a station and an area (issue 16), suspects resolved as link entities,
// siblings' reunions counting one family, a reunion refused for a case not found alive, distinct people found
// with and without a case, rights and station scope refusals (audited), and one transaction per write.
#include "core/auth/UserService.h"
#include "core/cases/CaseService.h"
#include "core/common/Clock.h"
#include "core/common/DateText.h"
#include "core/crimes/CrimeService.h"
#include "core/crimes/ReunionService.h"
#include "core/stats/DashboardService.h"
#include "core/stats/StatsService.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"

#include <QJsonObject>
#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

class TestCrimes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { HC_SKIP_WITHOUT_ENGINE(); }
    void init();
    void cleanup();
    void crimesCountedPerKind();
    void victimsAndSuspects();
    void siblingsReunitedOnce();
    void reunionRefusedUnlessFoundAlive();
    void foundPeopleDistinct();
    void figuresUnderFilters();
    void rightsAndScope();
    void writesAreAtomic();

private:
    std::unique_ptr<test::ClockGuard> m_clock;
    std::unique_ptr<TestDatabase> m_t;
    qint64 m_op = 0;
    const QDate kToday{2026, 4, 3};

    Actor actor(const char* badge) { return UserService(m_t->db()).find(QLatin1String(badge))->actor(); }
    qint64 id(const QString& sql) { return m_t->scalar(sql).toLongLong(); }
    qint64 person(const char* name)
    {
        return id(QStringLiteral("SELECT id FROM persons WHERE name = '%1'").arg(QString::fromUtf8(name)));
    }
    qint64 station(const char* name)
    {
        return id(QStringLiteral("SELECT id FROM stations WHERE name = '%1'").arg(QString::fromUtf8(name)));
    }
    // A case for a registered person (name as on the registry), closed with `status` unless empty.
    // A case found on `found` (default today) is opened the day before it, so that its reunion
    // may fall on any day from then on.
    qint64 caseFor(const char* name, const char* stationName, const QString& status = {},
                   const QDate& found = {})
    {
        if (found.isValid())
            Clock::setInstance(std::make_unique<FixedClock>(QDateTime(found.addDays(-1), QTime(9, 0))));
        PublicReport r;
        r.reporterName = QStringLiteral("报警人");
        r.reporterPhone = QStringLiteral("13900001234");
        r.subjectPersonId = person(name);
        r.subjectName = QString::fromUtf8(name);
        r.lastSeenPlace = QStringLiteral("车站");
        r.reportText = QStringLiteral("失联");
        r.risk = QStringLiteral("high");
        r.stationId = station(stationName);
        CaseService cases(m_t->db(), Actor::system());
        const auto no = cases.openFromPublicReport(r);
        if (!no)
            qWarning() << no.error().text();
        if (found.isValid())
            Clock::setInstance(std::make_unique<FixedClock>(QDateTime(kToday, QTime(12, 0))));
        const qint64 caseId = id(QStringLiteral("SELECT id FROM cases WHERE case_no = '%1'").arg(*no));
        if (!status.isEmpty()) {
            const Status s = cases.setOutcome(caseId, {status, found.isValid() ? found : kToday, {}});
            if (!s)
                qWarning() << s.error().text();
        }
        return caseId;
    }
    OperationStats stats()
    {
        auto s = StatsService(m_t->db()).compute(m_op);
        if (!s)
            qWarning() << s.error().text();
        return s ? *s : OperationStats{};
    }
    CrimeDraft draft(const char* kind)
    {
        return {QLatin1String(kind), QDate(2026, 3, 20), QStringLiteral("XZ2026-0001"), true, {}};
    }
};

void TestCrimes::init()
{
    m_clock = std::make_unique<test::ClockGuard>(QDateTime(QDate(2026, 4, 3), QTime(12, 0)));
    m_t = std::make_unique<TestDatabase>();
    m_op = test::loadFixture(*m_t);
}

void TestCrimes::cleanup()
{
    m_t.reset();
    m_clock.reset();
}

void TestCrimes::crimesCountedPerKind()
{
    // Three children rescued from one kidnapping gang, one more from another; one homicide.
    const qint64 a = caseFor("张小明", "东岗派出所", "rescued");
    const qint64 b = caseFor("李娜", "东岗派出所", "rescued");
    const qint64 c = caseFor("李强", "东岗派出所", "rescued");
    const qint64 d = caseFor("王芳", "东岗派出所", "rescued");
    const qint64 e = caseFor("张伟", "东岗派出所", "found_deceased");

    // Before any crime record there is no crime: the records are the only source.
    OperationStats s = stats();
    QCOMPARE(s.crimesUncovered.value("kidnapping"), 0);
    QCOMPARE(s.crimeVictims.value("kidnapping"), 0);

    CrimeService crimes(m_t->db(), actor("100003")); // investigator
    const auto gang = crimes.create(a, draft("kidnapping"));
    QVERIFY(gang.ok());
    QVERIFY(crimes.addVictim(*gang, b).ok());
    QVERIFY(crimes.addVictim(*gang, c).ok());
    const auto other = crimes.create(d, draft("kidnapping"));
    QVERIFY(other.ok());
    CrimeDraft unsolved = draft("homicide");
    unsolved.solved = false;
    QVERIFY(crimes.create(e, unsolved).ok());

    s = stats();
    QCOMPARE(s.crimesUncovered.value("kidnapping"), 2); // two crimes, not four kidnappings
    QCOMPARE(s.crimeVictims.value("kidnapping"), 4);
    QCOMPARE(s.crimesSolved.value("kidnapping"), 2);
    QCOMPARE(s.crimesUncovered.value("homicide"), 1);
    QCOMPARE(s.crimesSolved.value("homicide"), 0);
    QCOMPARE(s.crimesUncovered.value("trafficking"), 0);
    const QJsonObject json = s.toJson();
    QCOMPARE(json.value("crimes_uncovered").toObject().value("kidnapping").toInt(), 2);
    QCOMPARE(json.value("crime_victims").toObject().value("kidnapping").toInt(), 4);
    QCOMPARE(json.value("crime_victims").toObject().value("other").toInt(), 0);
    QCOMPARE(json.value("crimes_solved").toObject().value("homicide").toInt(), 0);
    auto recount = StatsService(m_t->db()).recount(m_op);
    QVERIFY(recount.ok());
    QCOMPARE(recount->crimesUncovered, s.crimesUncovered);
    QCOMPARE(recount->crimeVictims, s.crimeVictims);

    // Listing: by kind, and the crimes a case is a victim of.
    CrimeFilter f;
    f.kind = QStringLiteral("kidnapping");
    auto rows = crimes.list(f);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 2);
    f = {};
    f.caseId = b;
    rows = crimes.list(f);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->at(0).victims, 3);
    QCOMPARE(rows->at(0).id, *gang);
}

void TestCrimes::victimsAndSuspects()
{
    const qint64 a = caseFor("张小明", "东岗派出所", "rescued");
    const qint64 b = caseFor("李娜", "东岗派出所");
    CrimeService crimes(m_t->db(), actor("100003"));
    QCOMPARE(crimes.create(a, {QStringLiteral("robbery"), {}, {}, false, {}}).error().field, "kind");
    CrimeDraft future = draft("trafficking");
    future.date = kToday.addDays(1);
    QCOMPARE(crimes.create(a, future).error().field, "date");
    QCOMPARE(crimes.create(999999, draft("trafficking")).error().kind, Error::Kind::NotFound);

    const auto crime = crimes.create(a, draft("trafficking"));
    QVERIFY(crime.ok());
    QCOMPARE(crimes.addVictim(*crime, a).error().field, "victim"); // once per crime
    QVERIFY(crimes.addVictim(*crime, b).ok());
    QVERIFY(crimes.removeVictim(*crime, b).ok());
    QCOMPARE(crimes.removeVictim(*crime, a).error().field, "victim"); // keeps one

    // Suspects as the link screens take them: a person by ID number, a phone with spaces.
    const QString idNumber = m_t->scalar("SELECT id_number FROM persons WHERE name = '李强'").toString();
    QVERIFY(crimes.addSuspect(*crime, {QStringLiteral("person"), idNumber}, QStringLiteral("主犯")).ok());
    QVERIFY(crimes.addSuspect(*crime, {QStringLiteral("phone"), QStringLiteral("139 0000 9999")}).ok());
    QCOMPARE(
        crimes.addSuspect(*crime, {QStringLiteral("phone"), QStringLiteral("13900009999")}).error().field,
        "suspect");
    QCOMPARE(crimes.addSuspect(*crime, {QStringLiteral("phone"), QStringLiteral("12")}).error().field,
             "suspect");
    auto loaded = crimes.load(*crime);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->suspects.size(), 2);
    QCOMPARE(loaded->suspects.at(0).entity.text(), QStringLiteral("person:%1").arg(person("李强")));
    QVERIFY(loaded->suspects.at(0).label.contains("李强"));
    QCOMPARE(loaded->suspects.at(0).note, "主犯");
    QCOMPARE(loaded->suspects.at(1).entity.key, "13900009999");
    QVERIFY(crimes.removeSuspect(*crime, loaded->suspects.at(1).entity).ok());

    CrimeDraft edited = draft("trafficking");
    edited.criminalCaseNo = QStringLiteral("XZ2026-0099");
    QVERIFY(crimes.update(*crime, edited).ok());
    QCOMPARE(crimes.load(*crime)->fields.criminalCaseNo, "XZ2026-0099");
    QCOMPARE(id(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'crime' AND entity_id = '%1' "
                               "AND action IN ('create', 'update', 'add_victim', 'remove_victim', "
                               "'add_suspect', 'remove_suspect')")
                    .arg(*crime)),
             7);
}

void TestCrimes::siblingsReunitedOnce()
{
    // 张小明 and 王芳 live in H001: two reunions, one family. 李娜 (H002) names a kin group.
    const qint64 a = caseFor("张小明", "东岗派出所", "found_alive");
    const qint64 b = caseFor("王芳", "东岗派出所", "rescued");
    const qint64 c = caseFor("李娜", "东岗派出所", "found_alive");
    const qint64 d = caseFor("李强", "东岗派出所", "found_alive");
    ReunionService reunions(m_t->db(), actor("100003"));
    QVERIFY(reunions.record(a, {kToday, QStringLiteral("in_person"), {}, {}}).ok());
    QCOMPARE(stats().familiesReunited, 1);
    QVERIFY(reunions.record(b, {kToday, QStringLiteral("station"), {}, {}}).ok());
    QCOMPARE(stats().familiesReunited, 1);
    QVERIFY(reunions.record(c, {kToday, QStringLiteral("video"), QStringLiteral("kin:李家"), {}}).ok());
    QVERIFY(reunions.record(d, {kToday, QStringLiteral("video"), QStringLiteral("kin:李家"), {}}).ok());
    QCOMPARE(stats().familiesReunited, 2);
    QCOMPARE(stats().toJson().value("families_reunited").toInt(), 2);

    const auto r = reunions.forCase(a);
    QVERIFY(r.ok() && r->has_value());
    QCOMPARE((*r)->familyKey,
             ReunionService::householdKey(id("SELECT id FROM households WHERE household_no = 'H001'")));
    QCOMPARE((*r)->how, "in_person");
    QCOMPARE(id(QStringLiteral("SELECT family_reunited FROM cases WHERE id = %1").arg(a)), 1);
    QCOMPARE(reunions.record(a, {kToday, QStringLiteral("video"), {}, {}}).error().kind,
             Error::Kind::Conflict);

    // Reopening the case takes its reunion back; removing one does too.
    QVERIFY(CaseService(m_t->db(), actor("100002")).reopen(c).ok());
    QVERIFY(!reunions.forCase(c)->has_value());
    QCOMPARE(stats().familiesReunited, 2); // 李强 still holds the kin group
    QVERIFY(reunions.remove(d).ok());
    QCOMPARE(stats().familiesReunited, 1);
    QCOMPARE(id(QStringLiteral("SELECT family_reunited FROM cases WHERE id = %1").arg(d)), 0);
}

void TestCrimes::reunionRefusedUnlessFoundAlive()
{
    const qint64 open = caseFor("张小明", "东岗派出所");
    const qint64 deceased = caseFor("张伟", "东岗派出所", "found_deceased");
    const qint64 alive = caseFor("李娜", "东岗派出所", "found_alive");
    ReunionService reunions(m_t->db(), actor("100003"));
    QCOMPARE(reunions.record(open, {kToday, QStringLiteral("in_person"), {}, {}}).error().field, "case");
    QCOMPARE(reunions.record(deceased, {kToday, QStringLiteral("in_person"), {}, {}}).error().field, "case");
    QCOMPARE(reunions.record(alive, {{}, QStringLiteral("in_person"), {}, {}}).error().field, "date");
    QCOMPARE(reunions.record(alive, {kToday.addDays(1), QStringLiteral("in_person"), {}, {}}).error().field,
             "date");
    QCOMPARE(reunions.record(alive, {kToday, QStringLiteral("letter"), {}, {}}).error().field, "how");
    // Not before the day the person was found (the case's outcome date, today here).
    const auto early = reunions.record(alive, {kToday.addDays(-1), QStringLiteral("in_person"), {}, {}});
    QCOMPARE(early.error().field, "date");
    QVERIFY2(early.error().message.contains(dateText(kToday)), qPrintable(early.error().message));
    QCOMPARE(m_t->count("reunions"), 0);
    QCOMPARE(stats().familiesReunited, 0);
}

void TestCrimes::foundPeopleDistinct()
{
    // Two cases for one person (the second a duplicate report), one found alive; a rescue.
    const qint64 first = caseFor("张小明", "东岗派出所", "found_alive");
    Q_UNUSED(first);
    caseFor("李娜", "东岗派出所", "rescued");
    caseFor("李强", "东岗派出所"); // still open: not found
    // Anna Müller had no case: unknown on the first visit, present when phoned later.
    const qint64 anna = person("Anna Müller");
    m_t->scalar(
        QStringLiteral("INSERT INTO screenings(uuid, visit_id, operation_id, person_id, screened_at, status) "
                       "VALUES ('t1', NULL, %1, %2, '2026-03-05T10:00:00', 'whereabouts_unknown'), "
                       "('t2', NULL, %1, %2, '2026-03-09T10:00:00', 'present'), "
                       "('t3', NULL, %1, %2, '2026-03-10T10:00:00', 'away_verified')")
            .arg(m_op)
            .arg(anna));
    // 李强 was traced too, but has a case still open: the case decides.
    m_t->scalar(
        QStringLiteral("INSERT INTO screenings(uuid, visit_id, operation_id, person_id, screened_at, status) "
                       "VALUES ('t4', NULL, %1, %2, '2026-03-05T10:00:00', 'whereabouts_unknown'), "
                       "('t5', NULL, %1, %2, '2026-03-09T10:00:00', 'present')")
            .arg(m_op)
            .arg(person("李强")));
    const OperationStats s = stats();
    QCOMPARE(s.foundWithCase, 2);
    QCOMPARE(s.foundPeople, 3); // Anna once, though two later checks traced her
    QCOMPARE(s.toJson().value("found_people").toInt(), 3);
    QCOMPARE(s.toJson().value("found_with_case").toInt(), 2);
}

// Crimes count by their date and their victims' cases' station or area, reunions by their date
// and the family's household, people found by the date found and their household; the
// dashboard's tile and its drill-down agree, and so does the recount.
void TestCrimes::figuresUnderFilters()
{
    const qint64 east = caseFor("张小明", "东岗派出所", "rescued", QDate(2026, 4, 2)); // H001
    const qint64 west = caseFor("Anna Müller", "西湖派出所", "found_alive", QDate(2026, 3, 12));
    const qint64 eastToo = caseFor("李娜", "东岗派出所", "rescued"); // H002
    CrimeService crimes(m_t->db(), actor("100003"));
    const auto ring = crimes.create(east, draft("kidnapping")); // 20 March
    QVERIFY(ring.ok());
    QVERIFY(crimes.addVictim(*ring, west).ok()); // a victim at the other station
    CrimeDraft early = draft("trafficking");
    early.date = QDate(2026, 3, 2);
    QVERIFY(crimes.create(west, early).ok());
    ReunionService reunions(m_t->db(), actor("100003"));
    QVERIFY(reunions.record(east, {QDate(2026, 4, 2), QStringLiteral("in_person"), {}, {}}).ok());
    QVERIFY(reunions.record(west, {QDate(2026, 3, 12), QStringLiteral("video"), {}, {}}).ok());
    Q_UNUSED(eastToo);

    const qint64 eastStation = station("东岗派出所"), westStation = station("西湖派出所");
    const qint64 h001Area = id("SELECT area_id FROM households WHERE household_no = 'H001'");
    struct Expect
    {
        DashboardFilter f;
        int kidnappings, kidnapVictims, traffickings, families, found;
    };
    const QList<Expect> expected = {
        {{m_op, 0, 0, 0, {}, {}}, 1, 2, 1, 2, 3},
        {{m_op, 0, eastStation, 0, {}, {}}, 1, 1, 0, 1, 2},
        {{m_op, 0, westStation, 0, {}, {}}, 1, 1, 1, 1, 1},
        {{m_op, 0, 0, h001Area, {}, {}}, 1, 1, 0, 1, 1},
        {{m_op, 0, 0, 0, QDate(2026, 3, 10), QDate(2026, 3, 31)}, 1, 2, 0, 1, 1},
        {{m_op, 0, 0, 0, QDate(2026, 4, 1), {}}, 0, 0, 0, 1, 2},
        {{m_op, 0, westStation, 0, {}, QDate(2026, 3, 5)}, 0, 0, 1, 0, 0},
    };
    const Actor admin{QStringLiteral("test:admin"), Role::Admin, 0, 0};
    for (const Expect& e : expected) {
        const QByteArray what = QStringLiteral("station %1, area %2, %3..%4")
                                    .arg(e.f.stationId)
                                    .arg(e.f.areaId)
                                    .arg(e.f.from.toString(Qt::ISODate), e.f.to.toString(Qt::ISODate))
                                    .toUtf8();
        const auto rc = StatsService(m_t->db()).recount(e.f);
        QVERIFY2(rc.ok(), what);
        QVERIFY2(rc->crimesUncovered.value("kidnapping") == e.kidnappings, what);
        QVERIFY2(rc->crimeVictims.value("kidnapping") == e.kidnapVictims, what);
        QVERIFY2(rc->crimesSolved.value("kidnapping") == e.kidnappings, what);
        QVERIFY2(rc->crimesUncovered.value("trafficking") == e.traffickings, what);
        QVERIFY2(rc->familiesReunited == e.families, what);
        QVERIFY2(rc->foundWithCase == e.found, what);
        const auto shown = StatsService(m_t->db()).compute(e.f, admin);
        QVERIFY2(shown.ok(), what);
        QVERIFY2(shown->toJson() == rc->toJson(), what);
        const auto drill = DashboardService(m_t->db(), admin).reunions(e.f);
        QVERIFY2(drill.ok(), what);
        QSet<QString> families;
        for (const QStringList& row : drill->rows)
            families << row.last();
        QVERIFY2(families.size() == e.families, what);
    }
    QCOMPARE(stats().toJson(), StatsService(m_t->db()).recount(expected.first().f)->toJson());
}

void TestCrimes::rightsAndScope()
{
    const qint64 east = caseFor("张小明", "东岗派出所", "rescued");
    const qint64 west = caseFor("Anna Müller", "西湖派出所", "rescued");
    CrimeService investigator(m_t->db(), actor("100003"));
    const auto eastCrime = investigator.create(east, draft("kidnapping"));
    const auto westCrime = investigator.create(west, draft("trafficking"));
    QVERIFY(eastCrime.ok() && westCrime.ok());

    // An officer (东岗) may not write, and sees their own station's crimes only.
    CrimeService officer(m_t->db(), actor("100001"));
    const qint64 refusedBefore = id("SELECT count(*) FROM audit_log WHERE action = 'refused'");
    QCOMPARE(officer.create(east, draft("kidnapping")).error().kind, Error::Kind::Denied);
    QCOMPARE(officer.addVictim(*eastCrime, east).error().kind, Error::Kind::Denied);
    QCOMPARE(
        officer.addSuspect(*eastCrime, {QStringLiteral("phone"), QStringLiteral("13900009999")}).error().kind,
        Error::Kind::Denied);
    QCOMPARE(ReunionService(m_t->db(), actor("100001"))
                 .record(east, {kToday, QStringLiteral("in_person"), {}, {}})
                 .error()
                 .kind,
             Error::Kind::Denied);
    const auto rows = officer.list({});
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->at(0).id, *eastCrime);
    QVERIFY(officer.load(*eastCrime).ok());
    QCOMPARE(officer.load(*westCrime).error().kind, Error::Kind::Denied);
    CrimeFilter other;
    other.stationId = station("西湖派出所");
    QCOMPARE(officer.list(other).error().kind, Error::Kind::Denied);
    QCOMPARE(ReunionService(m_t->db(), actor("100001")).forCase(west).error().kind, Error::Kind::Denied);
    QCOMPARE(id("SELECT count(*) FROM audit_log WHERE action = 'refused'") - refusedBefore, 7);
    QCOMPARE(m_t->count("crimes"), 2);
}

void TestCrimes::writesAreAtomic()
{
    const qint64 a = caseFor("张小明", "东岗派出所", "rescued");
    const qint64 auditBefore = m_t->count("audit_log");
    // The victim row fails after the crime row was written: neither stays, nor an audit record.
    QVERIFY(m_t->addFailingTrigger("fail_victim", "INSERT", "crime_victims"));
    CrimeService crimes(m_t->db(), actor("100003"));
    const auto crime = crimes.create(a, draft("kidnapping"));
    QCOMPARE(crime.error().kind, Error::Kind::Storage);
    QCOMPARE(m_t->count("crimes"), 0);
    QCOMPARE(m_t->count("audit_log"), auditBefore);
    QVERIFY(m_t->dropFailingTrigger("fail_victim", "crime_victims"));

    // The case's flag fails after the reunion row was written: the reunion goes too.
    QVERIFY(m_t->addFailingTrigger("fail_flag", "UPDATE OF family_reunited", "cases"));
    const auto reunion =
        ReunionService(m_t->db(), actor("100003")).record(a, {kToday, QStringLiteral("video"), {}, {}});
    QCOMPARE(reunion.error().kind, Error::Kind::Storage);
    QCOMPARE(m_t->count("reunions"), 0);
    QCOMPARE(m_t->count("audit_log"), auditBefore);
}

QTEST_GUILESS_MAIN(TestCrimes)
#include "tst_crimes.moc"
