// The role x action x station table (issue 12, outcome 1): every public method of the core
// services, called by each role on data of the role's own station and of the other one.
// An allowed call works; a refused one returns a Denied error, changes no data (every table
// but the audit log hashed before and after) and leaves exactly one "refused" audit record.
// Officers (东岗) reach their own station only; supervisors (西湖), investigators (东岗) and
// administrators reach every station, each within their role's rights. Each row runs on its
// own copy of one prepared database: on SQLite a copy of its file, on PostgreSQL a server
// database made from it as a template.
#include "core/audit/AuditLog.h"
#include "core/auth/Scope.h"
#include "core/calls/CallService.h"
#include "core/cases/CaseService.h"
#include "core/cases/FoundPersonService.h"
#include "core/common/Clock.h"
#include "core/crimes/CrimeService.h"
#include "core/crimes/ReunionService.h"
#include "core/exports/ExportService.h"
#include "core/households/HouseholdService.h"
#include "core/imports/OfficerImporter.h"
#include "core/imports/RegistryImporter.h"
#include "core/imports/VisitImporter.h"
#include "core/links/LinkService.h"
#include "core/matching/DuplicateFinder.h"
#include "core/matching/MissingFoundMatcher.h"
#include "core/matching/PersonMergeService.h"
#include "core/operations/OperationService.h"
#include "core/report/ReportService.h"
#include "core/search/SearchService.h"
#include "core/stats/DashboardService.h"
#include "core/stats/StatsService.h"
#include "core/storage/Database.h"
#include "core/visits/FollowUpService.h"
#include "core/visits/VisitService.h"
#include "tests/core/ScopeActions.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace hc;
using namespace hc::test::scopes;

// QVERIFY2 builds its message even when the check passes: no error() of a good result.
#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().text()))

class TestScopes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_prepared.reset(); }
    void init()
    {
        Clock::setInstance(std::make_unique<FixedClock>(QDateTime(QDate(2026, 4, 3), QTime(12, 0))));
    }
    void cleanup() { Clock::setInstance(nullptr); }
    void table_data();
    void table();
    void officerListsAreNarrowed();
    void officerWithoutStationReachesNothing();
    void refusalNamesTheRole();
    void dataHashSeesWrites();

private:
    // A row's own copy of the prepared database, and a folder for its files.
    struct Copy
    {
        QTemporaryDir dir;
        std::unique_ptr<test::TestDatabase> server; // PostgreSQL
        std::unique_ptr<Database> file;             // SQLite
        Database& db() { return server ? server->db() : *file; }
    };
    std::unique_ptr<Copy> copy() const;
    Actor actorFor(Role role) const;
    Site& home(Role role) { return role == Role::Supervisor ? m_xh : m_dg; }
    Site& other(Role role) { return role == Role::Supervisor ? m_dg : m_xh; }
    void preparePlace(test::TestDatabase& t, Site& p, const char* station, const char* household,
                      const QString& idNumber, const QString& searchText);
    void prepareCases(test::TestDatabase& t);
    void prepareCampaign(test::TestDatabase& t, Site& p);

    QTemporaryDir m_templateDir;
    QString m_template;                             // SQLite: the prepared file
    std::unique_ptr<test::TestDatabase> m_prepared; // PostgreSQL: the prepared database, closed
    qint64 m_op = 0;
    QMap<Role, Actor> m_actors;
    Site m_dg, m_xh; // 东岗 (the officer's and investigator's), 西湖 (the supervisor's)
};

std::unique_ptr<TestScopes::Copy> TestScopes::copy() const
{
    auto c = std::make_unique<Copy>();
    if (m_prepared) {
        c->server = test::TestDatabase::copyOf(*m_prepared);
        return c;
    }
    const QString path = c->dir.filePath(QStringLiteral("copy.homecoming"));
    if (!QFile::copy(m_template, path))
        qFatal("cannot copy the prepared database");
    auto db = Database::open(path);
    if (!db)
        qFatal("cannot open the copy: %s", qPrintable(db.error().text()));
    c->file = std::move(db).value();
    return c;
}

Actor TestScopes::actorFor(Role role) const
{
    return m_actors.value(role);
}

void TestScopes::preparePlace(test::TestDatabase& t, Site& p, const char* station, const char* household,
                              const QString& idNumber, const QString& searchText)
{
    auto id = [&t](const QString& sql) { return t.scalar(sql).toLongLong(); };
    p.stationName = QString::fromUtf8(station);
    p.station = id(QStringLiteral("SELECT id FROM stations WHERE name = '%1'").arg(p.stationName));
    p.householdNo = QLatin1String(household);
    p.household =
        id(QStringLiteral("SELECT id FROM households WHERE household_no = '%1'").arg(p.householdNo));
    p.idNumber = idNumber;
    p.person = id(QStringLiteral("SELECT id FROM persons WHERE id_number = '%1'").arg(idNumber));
    p.searchText = searchText;
    QVERIFY(p.station && p.household && p.person);
}

void TestScopes::prepareCases(test::TestDatabase& t)
{
    const Actor admin = m_actors.value(Role::Admin);
    auto personNamed = [&t](const char* name) {
        return t
            .scalar(QStringLiteral("SELECT id FROM persons WHERE name = '%1'").arg(QString::fromUtf8(name)))
            .toLongLong();
    };
    // A visit per station that leaves two people whose whereabouts are unknown: one gets a
    // case, the other is left for openFromScreening.
    // ... and one found living there without registration.
    const QList<std::tuple<Site*, const char*, const char*, const char*, const char*>> visits = {
        {&m_dg, "张伟", "王芳", "张小明", "黑户甲"}, {&m_xh, "Anna Müller", "刘一", "刘二", "黑户乙"}};
    for (const auto& [p, present, withCase, fresh, unregistered] : visits) {
        // 西湖's H003 has one registered resident in the fixture: the others were found living there.
        for (const char* name : {withCase, fresh, unregistered})
            if (!personNamed(name)) {
                const auto added =
                    VisitService(t.db(), admin)
                        .addUnregisteredPerson(p->household, QString::fromUtf8(name), QChar(u'M'), 1980, {});
                VERIFY_OK(added);
            }
        VisitDraft d;
        d.operationId = m_op;
        d.householdId = p->household;
        d.visitedAt = QDateTime(QDate(2026, 3, 28), QTime(10, 0));
        d.outcome = QStringLiteral("completed");
        for (const char* name : {present, withCase, fresh, unregistered}) {
            ScreeningDraft s;
            s.personId = personNamed(name);
            s.status = name == present        ? QStringLiteral("present")
                       : name == unregistered ? QStringLiteral("unregistered_found")
                                              : QStringLiteral("whereabouts_unknown");
            d.screenings << s;
        }
        p->unregistered = personNamed(unregistered);
        const auto visit = VisitService(t.db(), admin).record(d);
        VERIFY_OK(visit);
        p->visit = *visit;
        p->visitPerson = personNamed(present);
        VisitService visits(t.db(), admin);
        const auto caseNo =
            CaseService(t.db(), admin).openFromScreening(visits.screeningId(*visit, personNamed(withCase)));
        VERIFY_OK(caseNo);
        p->openCaseNo = *caseNo;
        p->openCase = *CaseService(t.db(), admin).findByNumber(*caseNo);
        p->freshScreening = visits.screeningId(*visit, personNamed(fresh));
        QVERIFY(p->freshScreening);
        // A closed case, for reopening.
        test::scopes::Call call{t.db(), admin, *p, m_op, {}};
        const auto closedNo = CaseService(t.db(), admin).openFromPublicReport(reportAt(call));
        VERIFY_OK(closedNo);
        p->closedCase = *CaseService(t.db(), admin).findByNumber(*closedNo);
        QVERIFY(CaseService(t.db(), admin)
                    .setOutcome(p->closedCase, {QStringLiteral("closed_other"), QDate(2026, 4, 3), {}})
                    .ok());
        const auto foundNo = CaseService(t.db(), admin).openFromPublicReport(reportAt(call));
        VERIFY_OK(foundNo);
        p->foundCase = *CaseService(t.db(), admin).findByNumber(*foundNo);
        QVERIFY(CaseService(t.db(), admin)
                    .setOutcome(p->foundCase, {QStringLiteral("found_alive"), QDate(2026, 4, 3), {}})
                    .ok());
        const auto found = FoundPersonService(t.db(), admin).create(foundAt(call));
        VERIFY_OK(found);
        p->found = found->id;
        const auto link = LinkService(t.db(), admin)
                              .add({{QStringLiteral("person"), QString::number(p->person)},
                                    {QStringLiteral("person"), QString::number(personNamed(withCase))},
                                    QStringLiteral("kin"),
                                    0.9,
                                    {}});
        VERIFY_OK(link);
        p->link = *link;
        p->mergeKeep = p->person;
        p->mergeDrop = personNamed(fresh);
        prepareCampaign(t, *p);
    }
}

// The campaign's records of a site (issue 13): a crime, a reunion, a call.
void TestScopes::prepareCampaign(test::TestDatabase& t, Site& p)
{
    const Actor admin = m_actors.value(Role::Admin);
    test::scopes::Call call{t.db(), admin, p, m_op, {}};
    CrimeService crimes(t.db(), admin);
    const auto crime = crimes.create(
        p.openCase, {QStringLiteral("kidnapping"), QDate(2026, 3, 20), QStringLiteral("A2026-1"), false, {}});
    VERIFY_OK(crime);
    p.crime = *crime;
    const Status victim = crimes.addVictim(p.crime, p.foundCase);
    VERIFY_OK(victim);
    const Status suspect = crimes.addSuspect(p.crime, {QStringLiteral("phone"), kSuspectPhone});
    VERIFY_OK(suspect);
    const auto reunitedNo = CaseService(t.db(), admin).openFromPublicReport(reportAt(call));
    VERIFY_OK(reunitedNo);
    p.reunitedCase = *CaseService(t.db(), admin).findByNumber(*reunitedNo);
    const Status outcome =
        CaseService(t.db(), admin)
            .setOutcome(p.reunitedCase, {QStringLiteral("found_alive"), QDate(2026, 4, 3), {}});
    VERIFY_OK(outcome);
    const auto reunion =
        ReunionService(t.db(), admin)
            .record(p.reunitedCase, {QDate(2026, 4, 3), QStringLiteral("in_person"), {}, {}});
    VERIFY_OK(reunion);
    CallDraft d;
    d.at = QDateTime(QDate(2026, 4, 1), QTime(21, 0));
    d.callerPhone = QStringLiteral("13900000044");
    d.line = QStringLiteral("hotline");
    d.stationId = p.station;
    d.reportText = QStringLiteral("询问走失老人情况");
    d.result = QStringLiteral("info");
    const auto logged = CallService(t.db(), admin).log(d);
    VERIFY_OK(logged);
    p.call = *logged;
    p.area = t.scalar(QStringLiteral("SELECT area_id FROM households WHERE id = %1").arg(p.household))
                 .toLongLong();
    p.areaName = t.scalar(QStringLiteral("SELECT name FROM areas WHERE id = %1").arg(p.area)).toString();
    QVERIFY(p.area && !p.areaName.isEmpty());
}

void TestScopes::initTestCase()
{
    HC_SKIP_WITHOUT_ENGINE();
    init();
    m_template = m_templateDir.filePath(QStringLiteral("template.homecoming"));
    {
        auto prepared = std::make_unique<test::TestDatabase>();
        test::TestDatabase& t = *prepared;
        m_op = test::loadFixture(t);
        QVERIFY(QSqlQuery(t.db().sql())
                    .exec(QStringLiteral(
                        "INSERT INTO users(badge, name, station_id, role, password_hash, created_at) "
                        "VALUES ('100009', '管理员', NULL, 'admin', 'x', '2026-01-01T00:00:00')")));
        auto user = [&t](const char* badge) {
            QSqlQuery u(t.db().sql());
            u.exec(QStringLiteral("SELECT id, role, coalesce(station_id, 0) FROM users WHERE badge = '%1'")
                       .arg(QLatin1String(badge)));
            u.next();
            return Actor{QLatin1String(badge), *Roles::fromCode(u.value(1).toString()),
                         u.value(0).toLongLong(), u.value(2).toLongLong()};
        };
        m_actors = {{O, user("100001")}, {S, user("100002")}, {I, user("100003")}, {A, user("100009")}};
        preparePlace(t, m_dg, "东岗派出所", "H001", QStringLiteral("620102198005120117"),
                     QStringLiteral("张伟"));
        preparePlace(t, m_xh, "西湖派出所", "H003", QStringLiteral("620104197506300667"),
                     QStringLiteral("Anna"));
        m_dg.officer = m_actors.value(O).userId;
        m_xh.officer = m_actors.value(S).userId;
        m_dg.officerBadge = m_actors.value(O).name;
        m_xh.officerBadge = m_actors.value(S).name;
        QCOMPARE(m_actors.value(O).stationId, m_dg.station);
        QCOMPARE(m_actors.value(S).stationId, m_xh.station);
        QCOMPARE(m_actors.value(I).stationId, m_dg.station);
        prepareCases(t);
        // A closed operation, for reopening.
        const auto closed =
            OperationService(t.db(), m_actors.value(A))
                .create(QStringLiteral("冬季行动"), QDate(2025, 12, 1), QDate(2026, 1, 31), {}, {});
        VERIFY_OK(closed);
        const Status closing = OperationService(t.db(), m_actors.value(A)).close(closed->id);
        VERIFY_OK(closing);
        m_dg.closedOperation = m_xh.closedOperation = closed->id;
        if (t.isPostgres()) {
            // The template of each row's database: the server copies it while no one is connected.
            t.close();
            m_prepared = std::move(prepared);
        } else {
            // A consistent single file (the WAL folded in), copied for each row.
            QVERIFY(QSqlQuery(t.db().sql()).exec(QStringLiteral("VACUUM INTO '%1'").arg(m_template)));
        }
    }
}

void TestScopes::table_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("sameStation");
    QTest::addColumn<int>("action");
    QTest::addColumn<bool>("allowed");
    const QList<Action> actions = allActions();
    for (int a = 0; a < actions.size(); ++a)
        for (Role role : kAll)
            for (bool same : {true, false}) {
                const Action& act = actions.at(a);
                const bool allowed =
                    act.roles.contains(role) && (same || !act.stationBound || !Scope::bound(Actor{{}, role}));
                QTest::addRow("%s/%s/%s", act.name, qPrintable(Roles::code(role)), same ? "same" : "other")
                    << int(role) << same << a << allowed;
            }
}

void TestScopes::table()
{
    QFETCH(int, role);
    QFETCH(bool, sameStation);
    QFETCH(int, action);
    QFETCH(bool, allowed);
    const Action act = allActions().at(action);
    const Role r = Role(role);
    const auto c = copy();
    Database& db = c->db();
    const Actor actor = actorFor(r);
    test::scopes::Call call{db, actor, sameStation ? home(r) : other(r), m_op, c->dir.path()};

    const QByteArray before = dataHash(db);
    const qint64 refusalsBefore =
        countOf(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'refused'"));
    const Status s = act.run(call);
    if (allowed) {
        VERIFY_OK(s);
        return;
    }
    QVERIFY2(!s.ok(), "a call that should be refused worked");
    QCOMPARE(s.error().kind, Error::Kind::Denied);
    QVERIFY(!s.error().message.isEmpty());
    QCOMPARE(dataHash(db), before);
    const qint64 refusals =
        countOf(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'refused'")) -
        refusalsBefore;
    QCOMPARE(refusals, act.auditsRefusal ? 1 : 0);
    if (refusals) {
        // The refusal names who asked.
        QCOMPARE(countOf(db, QStringLiteral(
                                 "SELECT count(*) FROM audit_log WHERE action = 'refused' AND actor = '%1'")
                                 .arg(actor.name)),
                 refusals);
    }
}

void TestScopes::officerListsAreNarrowed()
{
    const auto c = copy();
    Database& db = c->db();
    const Actor officer = actorFor(O);
    // Asked for every station (0), an officer gets their own.
    HouseholdFilter all{m_op, 0, 0, Coverage::Any, {}};
    const auto households = HouseholdService(db, officer).page(all, {}, 100);
    QVERIFY(households.ok());
    QStringList numbers;
    for (const HouseholdRow& h : *households)
        numbers << h.householdNo;
    QCOMPARE(numbers, QStringList({"H001", "H002"}));
    QCOMPARE(HouseholdService(db, Actor::system()).page(all, {}, 100)->size(), 4);

    // Search: 西湖's Anna Müller is not found by 东岗's officer, by name or ID number.
    SearchService search(db, officer);
    QVERIFY(search.search(QStringLiteral("Anna"))->isEmpty());
    QVERIFY(search.search(m_xh.idNumber)->isEmpty());
    QVERIFY(search.search(QStringLiteral("刘一"))->isEmpty()); // the 1-2 character path
    QCOMPARE(search.search(QStringLiteral("张伟"))->size(), 1);
    QCOMPARE(SearchService(db, actorFor(I)).search(QStringLiteral("Anna"))->size(), 1);
    // 西湖路 matches both of 西湖's households; none for 东岗's officer, both for the supervisor.
    QVERIFY(search.search(QStringLiteral("西湖路"))->isEmpty());
    QCOMPARE(SearchService(db, actorFor(S)).search(QStringLiteral("西湖路"))->size(), 2);

    const auto cases = CaseService(db, officer).list({});
    QVERIFY(cases.ok());
    for (const CaseRow& c : *cases)
        QCOMPARE(c.station, m_dg.stationName);
    QCOMPARE(CaseService(db, actorFor(I)).list({})->size(), cases->size() * 2);

    const auto found = FoundPersonService(db, officer).list({});
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().id, m_dg.found);

    DashboardFilter f;
    f.operationId = m_op;
    const auto coverage = DashboardService(db, officer).coverage(f);
    QVERIFY(coverage.ok());
    const auto cityCoverage = DashboardService(db, actorFor(S)).coverage(f);
    QCOMPARE(cityCoverage->size(), 2); // one row per station
    qint64 inScope = 0;
    for (const CoverageRow& row : *coverage)
        inScope += row.inScope;
    QCOMPARE(inScope, 2); // 东岗's areas: H001 and H002
    const auto overdue = DashboardService(db, officer).overdueCases(m_op, QDate(2026, 4, 30));
    QCOMPARE(overdue->size(), 1);
    QCOMPARE(overdue->first().id, m_dg.openCase);
    QCOMPARE(DashboardService(db, actorFor(S)).overdueCases(m_op, QDate(2026, 4, 30))->size(), 2);

    const auto revisits = FollowUpService(db, officer).unregistered(m_op, 0);
    for (const UnregisteredRow& u : *revisits)
        QCOMPARE(u.station, m_dg.stationName);
}

void TestScopes::officerWithoutStationReachesNothing()
{
    const auto c = copy();
    Database& db = c->db();
    Actor nowhere = actorFor(O);
    nowhere.stationId = 0;
    QCOMPARE(Scope::stations(nowhere), Scope::kNoStation);
    QVERIFY(SearchService(db, nowhere).search(QStringLiteral("张伟"))->isEmpty());
    QVERIFY(HouseholdService(db, nowhere).page({m_op, 0, 0, Coverage::Any, {}}, {}, 100)->isEmpty());
    QVERIFY(CaseService(db, nowhere).list({})->isEmpty());
    QCOMPARE(HouseholdService(db, nowhere).detail(m_dg.household, m_op).error().kind, Error::Kind::Denied);
}

void TestScopes::refusalNamesTheRole()
{
    const auto c = copy();
    Database& db = c->db();
    const auto d = HouseholdService(db, actorFor(O)).detail(m_xh.household, m_op);
    QCOMPARE(d.error().message,
             QStringLiteral("Your role (Officer) may not open households of another station."));
    // The audit record says who, what and why.
    QSqlQuery q(db.sql());
    QVERIFY(q.exec(
        QStringLiteral("SELECT actor, entity, entity_id, after FROM audit_log ORDER BY id DESC LIMIT 1")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("100001"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("household"));
    QCOMPARE(q.value(2).toLongLong(), m_xh.household);
    QVERIFY(q.value(3).toString().contains(QStringLiteral("may not open households of another station")));
    QVERIFY(AuditLog::verify(db.sql())->intact);
}

// The table's "nothing written" check would pass vacuously if the hash missed writes.
void TestScopes::dataHashSeesWrites()
{
    const auto c = copy();
    Database& db = c->db();
    const QByteArray before = dataHash(db);
    test::scopes::Call call{db, actorFor(O), m_dg, m_op, c->dir.path()};
    const Status verified =
        FollowUpService(db, actorFor(O))
            .markVerified(m_op, m_dg.person, QStringLiteral("在外地"), QStringLiteral("phone"));
    VERIFY_OK(verified);
    QVERIFY(dataHash(db) != before);
    const QByteArray after = dataHash(db);
    FoundPerson f = foundAt(call);
    f.notes = QStringLiteral("改");
    const Status updated = FoundPersonService(db, actorFor(A)).update(m_dg.found, f); // an UPDATE, no new row
    VERIFY_OK(updated);
    QVERIFY(dataHash(db) != after);
}

QTEST_GUILESS_MAIN(TestScopes)
#include "tst_scopes.moc"
