// The investigator's work on a case (issue 14): the officer in charge (assigned and
// reassigned by a supervisor, audited, "my cases" and the officer filter), and the actions raised
// on a case: the state machine (allocated -> returned -> signed off, or sent back and returned
// again), who may do each step, overdue actions per station, "my actions", the case timeline,
// a lead raising an action in one transaction, and the audit records of every step.
#include "core/actions/ActionService.h"
#include "core/auth/UserService.h"
#include "core/cases/CaseService.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

namespace {
const QDateTime kNow(QDate(2026, 4, 3), QTime(12, 0));
}

class TestActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { HC_SKIP_WITHOUT_ENGINE(); }
    void init();
    void cleanup();
    void assignAndReassign();
    void assignRights();
    void myCasesAndOfficerFilter();
    void raiseValidation();
    void stateMachine();
    void stepRights();
    void overdueAndMine();
    void officerSeesOwnStation();
    void timelineShowsActions();
    void leadRaisesAction();
    void closedCaseRefusesActions();

private:
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<test::ClockGuard> m_clock;
    qint64 m_case = 0;   // 西湖派出所
    qint64 m_dgCase = 0; // 东岗派出所
    qint64 m_second = 0; // a second investigator (东岗)
    Actor actor(const char* badge) { return UserService(m_t->db()).find(QLatin1String(badge))->actor(); }
    qint64 userId(const char* badge) { return actor(badge).userId; }
    qint64 station(const char* name)
    {
        return m_t
            ->scalar(QStringLiteral("SELECT id FROM stations WHERE name = '%1'").arg(QString::fromUtf8(name)))
            .toLongLong();
    }
    qint64 openCase(const char* name, const char* stationName)
    {
        PublicReport r;
        r.reporterName = "王大妈";
        r.reporterPhone = "13900001234";
        r.subjectName = QString::fromUtf8(name);
        r.subjectSex = "M";
        r.age = 40;
        r.lastSeenDate = QDate(2026, 4, 1);
        r.lastSeenPlace = "西湖公园";
        r.reportText = "没有回家";
        r.risk = "medium";
        r.stationId = station(stationName);
        auto no = CaseService(m_t->db(), Actor::system()).openFromPublicReport(r);
        if (!no)
            qWarning("%s", qPrintable(no.error().text()));
        return m_t->scalar(QStringLiteral("SELECT id FROM cases WHERE case_no = '%1'").arg(*no)).toLongLong();
    }
    ActionDraft draft(qint64 caseId, qint64 to, QDate due = QDate(2026, 4, 10))
    {
        ActionDraft d;
        d.caseId = caseId;
        d.what = "调取西湖公园监控";
        d.allocatedTo = to;
        d.due = due;
        d.priority = "high";
        return d;
    }
    int audits(const char* entity, const char* action)
    {
        return m_t
            ->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = '%1' AND action = '%2'")
                         .arg(QLatin1String(entity), QLatin1String(action)))
            .toInt();
    }
    void setClock(const QDateTime& t)
    {
        m_clock.reset();
        m_clock = std::make_unique<test::ClockGuard>(t);
    }
};

void TestActions::init()
{
    setClock(kNow);
    m_t = std::make_unique<TestDatabase>();
    test::loadFixture(*m_t);
    QSqlQuery q(m_t->db().sql());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO users(badge, name, station_id, role, password_hash, active, "
                                  "created_at) VALUES ('100009', '周侦查', %1, 'investigator', 'x', 1, "
                                  "'2026-01-01T00:00:00')")
                       .arg(station("东岗派出所"))));
    m_second = q.lastInsertId().toLongLong();
    m_case = openCase("刘明", "西湖派出所");
    m_dgCase = openCase("赵强", "东岗派出所");
    QVERIFY(m_case && m_dgCase);
}

void TestActions::cleanup()
{
    m_t.reset();
    m_clock.reset();
}

void TestActions::assignAndReassign()
{
    CaseService supervisor(m_t->db(), actor("100002"));
    QVERIFY(supervisor.assignOfficer(m_case, userId("100003")).ok());
    auto file = supervisor.load(m_case);
    QCOMPARE(file->officerId, userId("100003"));
    QCOMPARE(file->officerName, "杨侦查");
    QCOMPARE(file->officerBadge, "100003");
    // Reassigned: audited with before and after.
    QVERIFY(supervisor.assignOfficer(m_case, m_second).ok());
    QCOMPARE(supervisor.load(m_case)->officerBadge, "100009");
    QCOMPARE(audits("case", "assign"), 2);
    const QJsonObject before =
        QJsonDocument::fromJson(
            m_t->scalar("SELECT before FROM audit_log WHERE action = 'assign' ORDER BY id DESC LIMIT 1")
                .toString()
                .toUtf8())
            .object();
    const QJsonObject after =
        QJsonDocument::fromJson(
            m_t->scalar("SELECT after FROM audit_log WHERE action = 'assign' ORDER BY id DESC LIMIT 1")
                .toString()
                .toUtf8())
            .object();
    QCOMPARE(before.value("officer_badge").toString(), "100003");
    QCOMPARE(after.value("officer_badge").toString(), "100009");
    // The same officer again changes nothing and writes no record.
    QVERIFY(supervisor.assignOfficer(m_case, m_second).ok());
    QCOMPARE(audits("case", "assign"), 2);
    // An officer without the right to edit cases cannot be in charge.
    const Status officer = supervisor.assignOfficer(m_case, userId("100001"));
    QVERIFY(!officer.ok());
    QCOMPARE(officer.error().field, "officer");
    QCOMPARE(supervisor.officerByBadge("100001").error().field, "officer");
    QCOMPARE(supervisor.officerByBadge("100003")->name, "杨侦查");
}

void TestActions::assignRights()
{
    // Investigators and officers do not assign; an administrator does.
    for (const char* badge : {"100003", "100001"}) {
        const Status s = CaseService(m_t->db(), actor(badge)).assignOfficer(m_case, userId("100003"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::Denied);
    }
    QVERIFY(CaseService(m_t->db(), Actor::system()).assignOfficer(m_case, userId("100003")).ok());
    QCOMPARE(audits("case", "assign"), 1);
    // A closed case keeps its officer in charge.
    CaseOutcome o;
    o.status = "found_alive";
    o.date = kNow.date();
    QVERIFY(CaseService(m_t->db(), Actor::system()).setOutcome(m_case, o).ok());
    QCOMPARE(CaseService(m_t->db(), Actor::system()).assignOfficer(m_case, m_second).error().kind,
             Error::Kind::Conflict);
}

void TestActions::myCasesAndOfficerFilter()
{
    CaseService admin(m_t->db(), Actor::system());
    QVERIFY(admin.assignOfficer(m_case, userId("100003")).ok());
    QVERIFY(admin.assignOfficer(m_dgCase, m_second).ok());
    CaseFilter f;
    f.officerId = userId("100003");
    auto rows = CaseService(m_t->db(), actor("100003")).list(f);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().id, m_case);
    QCOMPARE(rows->first().officer, "杨侦查");
    f.officerId = m_second;
    rows = admin.list(f);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().id, m_dgCase);
    QCOMPARE(admin.list({})->size(), 2);
    // The officers one may put in charge: investigators, supervisors, administrators.
    const auto officers = admin.officers();
    QStringList badges;
    for (const CaseOfficer& o : *officers)
        badges << o.badge;
    QVERIFY(badges.contains("100002") && badges.contains("100003") && badges.contains("100009"));
    QVERIFY(!badges.contains("100001"));
}

void TestActions::raiseValidation()
{
    ActionService investigator(m_t->db(), actor("100003"));
    auto refused = [&](ActionDraft d) {
        const auto id = investigator.raise(d);
        return id.ok() ? QString() : id.error().field;
    };
    ActionDraft d = draft(m_case, userId("100001"));
    d.what = "  ";
    QCOMPARE(refused(d), "what");
    d = draft(m_case, 0);
    QCOMPARE(refused(d), "allocated_to");
    d = draft(m_case, 99999);
    QCOMPARE(refused(d), "allocated_to");
    d = draft(m_case, userId("100001"), QDate());
    QCOMPARE(refused(d), "due");
    d = draft(m_case, userId("100001"), QDate(2026, 4, 2));
    QCOMPARE(refused(d), "due");
    d = draft(m_case, userId("100001"));
    d.priority = "urgent";
    QCOMPARE(refused(d), "priority");
    d = draft(999, userId("100001"));
    QCOMPARE(investigator.raise(d).error().kind, Error::Kind::NotFound);
    // Officers do not raise actions.
    QCOMPARE(ActionService(m_t->db(), actor("100001")).raise(draft(m_case, userId("100001"))).error().kind,
             Error::Kind::Denied);
    QCOMPARE(m_t->count("actions"), 0);
    QCOMPARE(audits("action", "raise"), 0);
}

void TestActions::stateMachine()
{
    const qint64 officer = userId("100001");
    const auto id = ActionService(m_t->db(), actor("100003")).raise(draft(m_case, officer));
    QVERIFY2(id.ok(), qPrintable(id ? QString() : id.error().text()));
    ActionService mine(m_t->db(), actor("100001"));
    ActionService supervisor(m_t->db(), actor("100002"));
    auto a = supervisor.load(*id);
    QCOMPARE(a->status, "allocated");
    QCOMPARE(a->stationId, station("西湖派出所")); // the case's
    QCOMPARE(a->allocatedBadge, "100001");
    QCOMPARE(a->raisedBy, "杨侦查");
    QCOMPARE(a->priority, "high");
    // Not returned yet: nothing to sign off or send back.
    QCOMPARE(supervisor.signOff(*id).error().kind, Error::Kind::Conflict);
    QCOMPARE(supervisor.sendBack(*id, "再查").error().kind, Error::Kind::Conflict);
    // Returned with a result (one is needed).
    QCOMPARE(mine.returnResult(*id, " ").error().field, "result");
    QVERIFY(mine.returnResult(*id, "监控显示本人向北走").ok());
    a = supervisor.load(*id);
    QCOMPARE(a->status, "returned");
    QCOMPARE(a->result, "监控显示本人向北走");
    QCOMPARE(a->returnedAt, "2026-04-03T12:00:00");
    QCOMPARE(mine.returnResult(*id, "again").error().kind, Error::Kind::Conflict);
    // Sent back with a reason (one is needed), returned again, signed off.
    QCOMPARE(supervisor.sendBack(*id, "").error().field, "reason");
    QVERIFY(supervisor.sendBack(*id, "请调取北门监控").ok());
    a = supervisor.load(*id);
    QCOMPARE(a->status, "sent_back");
    QCOMPARE(a->sentBackReason, "请调取北门监控");
    QVERIFY(mine.returnResult(*id, "北门监控：本人乘坐12路公交").ok());
    QVERIFY(supervisor.signOff(*id).ok());
    a = supervisor.load(*id);
    QCOMPARE(a->status, "signed_off");
    QCOMPARE(a->signedOffBy, "牛督导");
    QCOMPARE(a->result, "北门监控：本人乘坐12路公交");
    // Signed off is the end.
    QCOMPARE(supervisor.signOff(*id).error().kind, Error::Kind::Conflict);
    QCOMPARE(mine.returnResult(*id, "x").error().kind, Error::Kind::Conflict);
    // Every step audited, with before and after, and an event for the timeline.
    QCOMPARE(audits("action", "raise"), 1);
    QCOMPARE(audits("action", "return"), 2);
    QCOMPARE(audits("action", "send_back"), 1);
    QCOMPARE(audits("action", "sign_off"), 1);
    QCOMPARE(m_t->count("action_events"), 5);
    const QJsonObject after =
        QJsonDocument::fromJson(m_t->scalar("SELECT after FROM audit_log WHERE action = "
                                            "'sign_off'")
                                    .toString()
                                    .toUtf8())
            .object();
    QCOMPARE(after.value("status").toString(), "signed_off");
    QCOMPARE(m_t->scalar("SELECT actor FROM audit_log WHERE action = 'send_back'").toString(), "100002");
}

void TestActions::stepRights()
{
    const auto id = ActionService(m_t->db(), actor("100003")).raise(draft(m_case, userId("100001")));
    QVERIFY(id.ok());
    // Only the allocated officer returns it (an administrator may record it for them).
    for (const char* badge : {"100002", "100003"}) {
        const Status s = ActionService(m_t->db(), actor(badge)).returnResult(*id, "结果");
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::Denied);
    }
    QVERIFY(ActionService(m_t->db(), actor("100001")).returnResult(*id, "结果").ok());
    // Only supervisors and administrators review.
    for (const char* badge : {"100001", "100003"}) {
        QCOMPARE(ActionService(m_t->db(), actor(badge)).signOff(*id).error().kind, Error::Kind::Denied);
        QCOMPARE(ActionService(m_t->db(), actor(badge)).sendBack(*id, "r").error().kind, Error::Kind::Denied);
    }
    QCOMPARE(audits("action", "sign_off"), 0);
    // A supervisor does not sign off the result they returned themselves.
    const auto own = ActionService(m_t->db(), actor("100002")).raise(draft(m_case, userId("100002")));
    QVERIFY(ActionService(m_t->db(), actor("100002")).returnResult(*own, "自己做的").ok());
    QCOMPARE(ActionService(m_t->db(), actor("100002")).signOff(*own).error().kind, Error::Kind::Denied);
    QVERIFY(ActionService(m_t->db(), Actor::system()).signOff(*own).ok());
    // The administrator records a return handed in on paper.
    const auto paper = ActionService(m_t->db(), actor("100003")).raise(draft(m_case, userId("100001")));
    QVERIFY(ActionService(m_t->db(), Actor::system()).returnResult(*paper, "纸质回执").ok());
}

void TestActions::overdueAndMine()
{
    ActionService investigator(m_t->db(), actor("100003"));
    const qint64 officer = userId("100001");
    const auto soon = investigator.raise(draft(m_case, officer, QDate(2026, 4, 4)));
    const auto later = investigator.raise(draft(m_dgCase, officer, QDate(2026, 4, 20)));
    const auto other = investigator.raise(draft(m_dgCase, m_second, QDate(2026, 4, 5)));
    const auto returned = investigator.raise(draft(m_dgCase, officer, QDate(2026, 4, 5)));
    QVERIFY(soon && later && other && returned);
    QVERIFY(ActionService(m_t->db(), actor("100001")).returnResult(*returned, "done").ok());
    // A week later: due dates passed for all but `later`; a returned one waits for review, not overdue.
    setClock(kNow.addDays(7));
    ActionFilter overdue;
    overdue.overdueOnly = true;
    auto rows = investigator.list(overdue);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).id, *soon); // due first
    QCOMPARE(rows->at(1).id, *other);
    QVERIFY(rows->at(0).overdue && rows->at(1).overdue);
    // Per station.
    overdue.stationId = station("东岗派出所");
    rows = investigator.list(overdue);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().id, *other);
    // My actions: the officer's own, due first, overdue marked.
    ActionFilter mine;
    mine.allocatedTo = officer;
    rows = ActionService(m_t->db(), actor("100001")).list(mine);
    QCOMPARE(rows->size(), 3);
    QCOMPARE(rows->at(0).id, *soon);
    QVERIFY(rows->at(0).overdue);
    QVERIFY(!rows->at(1).overdue); // returned, due 04-05
    QCOMPARE(rows->at(2).id, *later);
    QVERIFY(!rows->at(2).overdue);
    QVERIFY(investigator.load(*soon)->overdue);
}

void TestActions::officerSeesOwnStation()
{
    // 马警官 (东岗) sees 东岗's actions and the ones allocated to him at other stations.
    ActionService investigator(m_t->db(), actor("100003"));
    const auto xihu = investigator.raise(draft(m_case, m_second));
    const auto xihuMine = investigator.raise(draft(m_case, userId("100001")));
    const auto dg = investigator.raise(draft(m_dgCase, m_second));
    QVERIFY(xihu && xihuMine && dg);
    const auto rows = ActionService(m_t->db(), actor("100001")).list({});
    QList<qint64> ids;
    for (const CaseAction& a : *rows)
        ids << a.id;
    QCOMPARE(ids.size(), 2);
    QVERIFY(ids.contains(*xihuMine) && ids.contains(*dg));
    QCOMPARE(ActionService(m_t->db(), actor("100001")).load(*xihu).error().kind, Error::Kind::Denied);
    QCOMPARE(investigator.list({})->size(), 3);
}

void TestActions::timelineShowsActions()
{
    CaseService cases(m_t->db(), actor("100003"));
    LeadDraft lead;
    lead.at = QDateTime(QDate(2026, 4, 2), QTime(9, 0), Qt::UTC);
    lead.kind = "sighting";
    lead.text = "在公交站见过";
    QVERIFY(cases.addLead(m_case, lead).ok());
    ActionService actions(m_t->db(), actor("100003"));
    const auto id = actions.raise(draft(m_case, userId("100001")));
    setClock(kNow.addSecs(3600));
    QVERIFY(ActionService(m_t->db(), actor("100001")).returnResult(*id, "已查").ok());
    const auto timeline = actions.timeline(*cases.load(m_case));
    QVERIFY(timeline.ok());
    QCOMPARE(timeline->size(), 3); // newest first
    QCOMPARE(timeline->at(0).kind, "action");
    QCOMPARE(timeline->at(0).label, "Action returned");
    QCOMPARE(timeline->at(0).text, "已查");
    QCOMPARE(timeline->at(0).source, ActionService::number(*id));
    QCOMPARE(timeline->at(0).officer, "马警官");
    QCOMPARE(timeline->at(1).label, "Action raised");
    QVERIFY(timeline->at(1).text.startsWith("调取西湖公园监控"));
    QCOMPARE(timeline->at(2).kind, "sighting");
    QCOMPARE(timeline->at(2).text, "在公交站见过");
}

void TestActions::leadRaisesAction()
{
    LeadDraft lead;
    lead.at = QDateTime(QDate(2026, 4, 3), QTime(10, 0), Qt::UTC);
    lead.kind = "tip";
    lead.text = "群众称在网吧见过";
    ActionService actions(m_t->db(), actor("100003"));
    // A refused action writes no lead either: one transaction.
    ActionDraft bad = draft(m_case, userId("100001"));
    bad.what.clear();
    QCOMPARE(actions.raiseWithLead(lead, bad).error().field, "what");
    LeadDraft badLead = lead;
    badLead.text.clear();
    QCOMPARE(actions.raiseWithLead(badLead, draft(m_case, userId("100001"))).error().field, "text");
    QCOMPARE(m_t->count("leads"), 0);
    QCOMPARE(m_t->count("actions"), 0);
    const auto id = actions.raiseWithLead(lead, draft(m_case, userId("100001")));
    QVERIFY2(id.ok(), qPrintable(id ? QString() : id.error().text()));
    QCOMPARE(m_t->count("leads"), 1);
    const qint64 leadId = m_t->scalar("SELECT id FROM leads").toLongLong();
    QCOMPARE(actions.load(*id)->leadId, leadId);
    QCOMPARE(CaseService(m_t->db(), Actor::system()).load(m_case)->status, "investigating");
    QCOMPARE(audits("case", "add_lead"), 1);
    QCOMPARE(audits("action", "raise"), 1);
}

void TestActions::closedCaseRefusesActions()
{
    CaseOutcome o;
    o.status = "found_alive";
    o.date = kNow.date();
    QVERIFY(CaseService(m_t->db(), Actor::system()).setOutcome(m_case, o).ok());
    QCOMPARE(ActionService(m_t->db(), actor("100003")).raise(draft(m_case, userId("100001"))).error().kind,
             Error::Kind::Conflict);
}

QTEST_GUILESS_MAIN(TestActions)
#include "tst_actions.moc"
