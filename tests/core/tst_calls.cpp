// The call log (issue 13, outcome 5) on the fixture: every role may log a call (LogCalls), an
// officer only at their own station (refusals audited); validation names the field and writes
// nothing; a call that opens a case opens it in the call's transaction, one that adds a lead
// adds it to the case (and neither stays when the call's row fails); calls count by their date
// and station in the figures, also outside the operation's dates, and recount agrees.
#include "core/auth/UserService.h"
#include "core/calls/CallService.h"
#include "core/cases/CaseService.h"
#include "core/report/ReportService.h"
#include "core/report/ReportTables.h"
#include "core/stats/StatsService.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"

#include <QJsonObject>
#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

namespace {
// QVERIFY2 builds its message whether or not the check fails.
template <typename T> QString errorOf(const Result<T>& r)
{
    return r ? QString() : r.error().text();
}
} // namespace

class TestCalls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { HC_SKIP_WITHOUT_ENGINE(); }
    void init();
    void cleanup();
    void everyRoleMayLog();
    void officerHeldToOwnStation();
    void validation_data();
    void validation();
    void caseOpenedAtomically();
    void leadAdded();
    void countsByDate();

private:
    std::unique_ptr<test::ClockGuard> m_clock;
    std::unique_ptr<TestDatabase> m_t;
    qint64 m_op = 0;

    Actor actor(const char* badge) { return UserService(m_t->db()).find(QLatin1String(badge))->actor(); }
    qint64 id(const QString& sql) { return m_t->scalar(sql).toLongLong(); }
    qint64 station(const char* name)
    {
        return id(QStringLiteral("SELECT id FROM stations WHERE name = '%1'").arg(QString::fromUtf8(name)));
    }
    static QDateTime at(int month, int day, int hour = 10)
    {
        return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
    }
    static CallDraft info(const QDateTime& when = at(3, 10))
    {
        CallDraft d;
        d.at = when;
        d.callerName = QStringLiteral("热心群众");
        d.callerPhone = QStringLiteral("139-0000 1111");
        d.line = QStringLiteral("hotline");
        d.reportText = QStringLiteral("看到一位老人在桥下");
        d.result = QStringLiteral("info");
        return d;
    }
    qint64 openCase(const char* stationName)
    {
        PublicReport r;
        r.reporterName = QStringLiteral("报警人");
        r.reporterPhone = QStringLiteral("13900001234");
        r.subjectName = QStringLiteral("刘老汉");
        r.lastSeenPlace = QStringLiteral("菜市场");
        r.reportText = QStringLiteral("失联");
        r.risk = QStringLiteral("high");
        r.stationId = station(stationName);
        const auto no = CaseService(m_t->db(), Actor::system()).openFromPublicReport(r);
        return no ? id(QStringLiteral("SELECT id FROM cases WHERE case_no = '%1'").arg(*no)) : 0;
    }
    qint64 refusals()
    {
        return id(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'refused'"));
    }
};

void TestCalls::init()
{
    m_clock = std::make_unique<test::ClockGuard>(QDateTime(QDate(2026, 4, 3), QTime(12, 0)));
    m_t = std::make_unique<TestDatabase>();
    m_op = test::loadFixture(*m_t);
}

void TestCalls::cleanup()
{
    m_t.reset();
    m_clock.reset();
}

void TestCalls::everyRoleMayLog()
{
    for (Role r : {Role::Officer, Role::Supervisor, Role::Investigator, Role::Admin})
        QVERIFY((Actor{QStringLiteral("x"), r}.can(Right::LogCalls)));
    const qint64 east = station("东岗派出所"), west = station("西湖派出所");
    // The officer's call goes to their own station; the others name the station.
    const auto byOfficer = CallService(m_t->db(), actor("100001")).log(info());
    QVERIFY2(byOfficer.ok(), qPrintable(errorOf(byOfficer)));
    CallDraft d = info();
    d.stationId = west;
    QVERIFY(CallService(m_t->db(), actor("100002")).log(d).ok());
    QVERIFY(CallService(m_t->db(), actor("100003")).log(d).ok());
    QVERIFY(CallService(m_t->db(), Actor::system()).log(d).ok());
    QCOMPARE(m_t->count("calls"), 4);
    const auto call = CallService(m_t->db(), actor("100001")).load(*byOfficer);
    QVERIFY(call.ok());
    QCOMPARE(call->stationId, east);
    QCOMPARE(call->callerPhone, QStringLiteral("13900001111"));
    QCOMPARE(call->loggedBy, QStringLiteral("马警官"));
    QCOMPARE(id(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'call' AND action = 'create'")),
             4);
    // The line of an officer's published phone names the officer.
    d.line = QStringLiteral("officer");
    d.lineOfficerId = CallService(m_t->db(), Actor::system()).officerByBadge(QStringLiteral("100002"))->id;
    const auto onPhone = CallService(m_t->db(), actor("100002")).log(d);
    QVERIFY(onPhone.ok());
    QCOMPARE(CallService(m_t->db(), actor("100002")).load(*onPhone)->lineOfficer, QStringLiteral("牛督导"));
}

void TestCalls::officerHeldToOwnStation()
{
    const qint64 west = station("西湖派出所");
    CallDraft d = info();
    d.stationId = west;
    const auto westCall = CallService(m_t->db(), actor("100002")).log(d);
    QVERIFY(CallService(m_t->db(), actor("100001")).log(info()).ok());
    QVERIFY(westCall.ok());

    CallService officer(m_t->db(), actor("100001"));
    const qint64 before = refusals();
    QCOMPARE(officer.log(d).error().kind, Error::Kind::Denied);
    QCOMPARE(officer.load(*westCall).error().kind, Error::Kind::Denied);
    CallFilter other;
    other.stationId = west;
    QCOMPARE(officer.list(other).error().kind, Error::Kind::Denied);
    QCOMPARE(refusals() - before, 3);
    const auto mine = officer.list({});
    QVERIFY(mine.ok());
    QCOMPARE(mine->size(), 1);
    QCOMPARE(CallService(m_t->db(), actor("100002")).list({})->size(), 2);
    QCOMPARE(m_t->count("calls"), 2);
}

void TestCalls::validation_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("field");
    QTest::newRow("no time") << "at="
                             << "at";
    QTest::newRow("future") << "at=future"
                            << "at";
    QTest::newRow("bad number") << "number=12ab"
                                << "caller_phone";
    QTest::newRow("no line") << "line="
                             << "line";
    QTest::newRow("officer line without officer") << "line=officer"
                                                  << "officer";
    QTest::newRow("no report") << "report= "
                               << "report_text";
    QTest::newRow("no result") << "result=maybe"
                               << "result";
    QTest::newRow("lead without case") << "result=lead"
                                       << "case";
    QTest::newRow("none without reason") << "result=none"
                                         << "reason";
    QTest::newRow("case without subject") << "result=case"
                                          << "subject_name";
    QTest::newRow("case without place") << "result=case,subject"
                                        << "last_seen_place";
}

void TestCalls::validation()
{
    QFETCH(QString, change);
    QFETCH(QString, field);
    CallDraft d = info();
    const QString key = change.section(u'=', 0, 0), value = change.section(u'=', 1);
    if (key == u"at")
        d.at = value.isEmpty() ? QDateTime() : at(4, 5);
    else if (key == u"number")
        d.callerPhone = value;
    else if (key == u"line")
        d.line = value;
    else if (key == u"report")
        d.reportText = value;
    else if (key == u"result")
        d.result = value.section(u',', 0, 0);
    if (value.endsWith(u",subject"))
        d.subject.subjectName = QStringLiteral("刘老汉");
    CallService calls(m_t->db(), actor("100001"));
    if (!change.contains(u"last_seen") && field != u"last_seen_place")
        QCOMPARE(calls.validate(d).error().field, field);
    const auto r = calls.log(d);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, field);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(m_t->count("calls"), 0);
    QCOMPARE(m_t->count("cases"), 0);
}

void TestCalls::caseOpenedAtomically()
{
    CallDraft d = info();
    d.callerName.clear(); // anonymous
    d.result = QStringLiteral("case");
    d.subject.subjectName = QStringLiteral("陈小雨");
    d.subject.age = 9;
    d.subject.lastSeenPlace = QStringLiteral("学校门口");
    const qint64 auditBefore = m_t->count("audit_log");
    // The call's row fails after the case was opened: neither stays, nor an audit record.
    QVERIFY(m_t->addFailingTrigger("fail_call", "INSERT", "calls"));
    CallService officer(m_t->db(), actor("100001"));
    QCOMPARE(officer.log(d).error().kind, Error::Kind::Storage);
    QCOMPARE(m_t->count("cases"), 0);
    QCOMPARE(m_t->count("calls"), 0);
    QCOMPARE(m_t->count("audit_log"), auditBefore);
    QVERIFY(m_t->dropFailingTrigger("fail_call", "calls"));

    const auto call = officer.log(d);
    QVERIFY2(call.ok(), qPrintable(errorOf(call)));
    QCOMPARE(m_t->count("cases"), 1);
    const auto logged = officer.load(*call);
    QVERIFY(logged->caseId > 0);
    QVERIFY(!logged->caseNo.isEmpty());
    QCOMPARE(id(QStringLiteral("SELECT station_id FROM cases WHERE id = %1").arg(logged->caseId)),
             station("东岗派出所"));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT source FROM cases")).toString(),
             QStringLiteral("public_report"));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT subject_name FROM cases")).toString(),
             QStringLiteral("陈小雨"));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT reporter_phone FROM cases")).toString(),
             QStringLiteral("13900001111"));
    QCOMPARE(m_t->count("audit_log") - auditBefore, 3); // the case, the call, the view
}

void TestCalls::leadAdded()
{
    const qint64 east = openCase("东岗派出所"), west = openCase("西湖派出所");
    QVERIFY(east && west);
    CallDraft d = info();
    d.result = QStringLiteral("lead");
    d.caseId = east;
    CallService officer(m_t->db(), actor("100001"));
    // The call's row fails after the lead was written: the lead goes too.
    QVERIFY(m_t->addFailingTrigger("fail_call", "INSERT", "calls"));
    QCOMPARE(officer.log(d).error().kind, Error::Kind::Storage);
    QCOMPARE(m_t->count("leads"), 0);
    QVERIFY(m_t->dropFailingTrigger("fail_call", "calls"));

    const auto call = officer.log(d);
    QVERIFY2(call.ok(), qPrintable(errorOf(call)));
    QCOMPARE(m_t->count("leads"), 1);
    QCOMPARE(m_t->scalar("SELECT kind FROM leads").toString(), QStringLiteral("call"));
    QCOMPARE(m_t->scalar("SELECT text FROM leads").toString(), d.reportText);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT status FROM cases WHERE id = %1").arg(east)).toString(),
             QStringLiteral("investigating"));
    const auto logged = officer.load(*call);
    QCOMPARE(logged->caseId, east);
    QCOMPARE(logged->leadId, id("SELECT id FROM leads"));

    // Another station's case is out of the officer's reach; a closed case takes no more leads.
    d.caseId = west;
    QCOMPARE(officer.log(d).error().kind, Error::Kind::Denied);
    QVERIFY(CaseService(m_t->db(), Actor::system())
                .setOutcome(east, {QStringLiteral("found_alive"), QDate(2026, 4, 3), {}})
                .ok());
    d.caseId = east;
    QCOMPARE(officer.log(d).error().field, QStringLiteral("case"));
    QCOMPARE(m_t->count("leads"), 1);
    QCOMPARE(m_t->count("calls"), 1);
}

void TestCalls::countsByDate()
{
    CallService supervisor(m_t->db(), actor("100002"));
    const qint64 east = station("东岗派出所"), west = station("西湖派出所");
    auto log = [&](const QDateTime& when, qint64 stationId, bool opensCase) {
        CallDraft d = info(when);
        d.stationId = stationId;
        if (opensCase) {
            d.result = QStringLiteral("case");
            d.subject.subjectName = QStringLiteral("走失者%1").arg(when.date().day());
            d.subject.lastSeenPlace = QStringLiteral("公园");
        }
        const auto r = supervisor.log(d);
        QVERIFY2(r.ok(), qPrintable(errorOf(r)));
    };
    log(at(2, 20), east, false); // before the operation (2026-03-01 to 2026-05-29)
    log(at(2, 21), west, false);
    log(at(3, 1, 0), east, true); // its first day
    log(at(3, 15), east, false);
    log(at(3, 15), west, true);
    log(at(4, 2, 23), west, false);

    const auto whole = StatsService(m_t->db()).compute(m_op);
    QVERIFY(whole.ok());
    QCOMPARE(whole->calls, 4);
    QCOMPARE(whole->callsCasesOpened, 2);
    QCOMPARE(whole->toJson().value("calls").toInt(), 4);
    QCOMPARE(whole->toJson().value("calls_cases_opened").toInt(), 2);
    QCOMPARE(*StatsService(m_t->db()).recount(m_op), *whole);

    // A date-filtered figure counts the calls on its dates, outside the operation's too.
    DashboardFilter f;
    f.operationId = m_op;
    f.from = QDate(2026, 2, 1);
    f.to = QDate(2026, 3, 1);
    auto s = StatsService(m_t->db()).recount(f);
    QVERIFY(s.ok());
    QCOMPARE(s->calls, 3);
    QCOMPARE(s->callsCasesOpened, 1);
    QCOMPARE(StatsService(m_t->db()).compute(f, Actor::system())->calls, 3);
    // Under a station filter, by the call's station.
    f.stationId = west;
    f.to = QDate(2026, 4, 30);
    s = StatsService(m_t->db()).recount(f);
    QCOMPARE(s->calls, 3);
    QCOMPARE(s->callsCasesOpened, 1);
    QCOMPARE(StatsService(m_t->db()).compute(f, Actor::system())->calls, 3);
    f.from = f.to = QDate();
    QCOMPARE(StatsService(m_t->db()).recount(f)->calls, 2);

    // The report counts the operation's calls and the cases they opened, in one sentence.
    const auto report = ReportService(m_t->db(), Actor::system()).build(m_op);
    QVERIFY(report.ok());
    QCOMPARE(report->headline.calls, 4);
    QCOMPARE(report->headline.callsCasesOpened, 2);
    QCOMPARE(ReportTables::callsTaken(report->headline),
             QStringLiteral("4 calls taken on the hotline and officers' published phones opened 2 cases."));
    const ReportTable headline = ReportTables::headline(*report);
    QCOMPARE(headline.rows.last().at(1).toLongLong(), 2);
}

QTEST_GUILESS_MAIN(TestCalls)
#include "tst_calls.moc"
