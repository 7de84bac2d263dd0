// Confirmed matches and ruled-out pairs (issue 14): "Confirm match" closes the case as found
// alive (or found deceased for remains), marks the found-person record identified with the case
// and adds the identification to the timeline, in one audited transaction; a refusal changes
// nothing. "Rule out" saves the pair with a reason, audited, and the pair stays out of later
// rankings from either side. Rights: EditCases.
#include "core/auth/UserService.h"
#include "core/cases/CaseService.h"
#include "core/cases/FoundPersonService.h"
#include "core/matching/MatchDecisionService.h"
#include "core/matching/MissingFoundMatcher.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

namespace {
const QDateTime kNow(QDate(2026, 4, 20), QTime(9, 30));
}

class TestMatchDecisions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { HC_SKIP_WITHOUT_ENGINE(); }
    void init();
    void cleanup();
    void confirmClosesAndIdentifies();
    void confirmRemainsIsDeceased();
    void confirmRefusals();
    void ruleOutLeavesRankings();
    void rights();

private:
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<test::ClockGuard> m_clock;
    qint64 m_case = 0;
    Actor actor(const char* badge) { return UserService(m_t->db()).find(QLatin1String(badge))->actor(); }
    qint64 openCase(const char* name)
    {
        PublicReport r;
        r.reporterName = "王大妈";
        r.reporterPhone = "13900001234";
        r.subjectName = QString::fromUtf8(name);
        r.subjectSex = "F";
        r.birthYear = 1990;
        r.heightCm = 160;
        r.lastSeenDate = QDate(2026, 4, 1);
        r.lastSeenPlace = "东岗路菜市场";
        r.reportText = "没有回家";
        r.risk = "medium";
        r.stationId = m_t->scalar("SELECT id FROM stations WHERE name = '东岗派出所'").toLongLong();
        auto no = CaseService(m_t->db(), Actor::system()).openFromPublicReport(r);
        return m_t->scalar(QStringLiteral("SELECT id FROM cases WHERE case_no = '%1'").arg(*no)).toLongLong();
    }
    qint64 addFound(const char* circumstance, const char* name)
    {
        FoundPerson f;
        f.circumstance = QString::fromUtf8(circumstance);
        f.sex = "F";
        f.ageMin = 33;
        f.ageMax = 38;
        f.heightCm = 158;
        f.nameGiven = QString::fromUtf8(name);
        f.placeFound = "东岗路菜市场旁公交站";
        f.foundDate = QDate(2026, 4, 10);
        const auto r = FoundPersonService(m_t->db(), Actor::system()).create(f);
        return r ? r->id : 0;
    }
    QString foundStatus(qint64 id)
    {
        return m_t->scalar(QStringLiteral("SELECT status FROM found_persons WHERE id = %1").arg(id))
            .toString();
    }
};

void TestMatchDecisions::init()
{
    m_clock = std::make_unique<test::ClockGuard>(kNow);
    m_t = std::make_unique<TestDatabase>();
    test::loadFixture(*m_t);
    m_case = openCase("王小红");
    QVERIFY(m_case);
}

void TestMatchDecisions::cleanup()
{
    m_t.reset();
    m_clock.reset();
}

void TestMatchDecisions::confirmClosesAndIdentifies()
{
    const qint64 found = addFound("shelter", "王晓红");
    const qint64 audits = m_t->scalar("SELECT count(*) FROM audit_log WHERE action <> 'view'").toLongLong();
    const auto m = MatchDecisionService(m_t->db(), actor("100003")).confirm(m_case, found);
    QVERIFY2(m.ok(), qPrintable(m ? QString() : m.error().text()));
    QCOMPARE(m->outcome, "found_alive");
    QCOMPARE(m->outcomeDate, kNow.date());
    const auto file = CaseService(m_t->db(), Actor::system()).load(m_case);
    QCOMPARE(file->status, "found_alive");
    QCOMPARE(file->outcomeDate, kNow.date());
    QCOMPARE(file->leads.size(), 1); // the identification, on the timeline
    QVERIFY(file->leads.first().text.contains(m->recordNo));
    const auto record = FoundPersonService(m_t->db(), Actor::system()).load(found);
    QCOMPARE(record->status, "identified");
    QCOMPARE(record->matchedCaseId, m_case);
    QCOMPARE(record->matchedCaseNo, file->caseNo);
    // Two audit records: the case's outcome and the record's identification.
    QCOMPARE(m_t->scalar("SELECT count(*) FROM audit_log WHERE action <> 'view'").toLongLong(), audits + 2);
    QCOMPARE(m_t->scalar("SELECT count(*) FROM audit_log WHERE action = 'confirm_match' AND entity = 'case'")
                 .toInt(),
             1);
    QCOMPARE(
        m_t->scalar("SELECT count(*) FROM audit_log WHERE action = 'identify' AND entity = 'found_person'")
            .toInt(),
        1);
}

void TestMatchDecisions::confirmRemainsIsDeceased()
{
    const qint64 found = addFound("remains", "");
    const auto m = MatchDecisionService(m_t->db(), actor("100003")).confirm(m_case, found);
    QVERIFY(m.ok());
    QCOMPARE(m->outcome, "found_deceased");
    QCOMPARE(CaseService(m_t->db(), Actor::system()).load(m_case)->status, "found_deceased");
}

void TestMatchDecisions::confirmRefusals()
{
    const qint64 found = addFound("shelter", "王晓红");
    MatchDecisionService decisions(m_t->db(), actor("100003"));
    QVERIFY(decisions.confirm(m_case, found).ok());
    // The case is closed and the record identified now: neither is confirmed again.
    const qint64 other = openCase("王小兰");
    const qint64 audits = m_t->scalar("SELECT count(*) FROM audit_log WHERE action <> 'view'").toLongLong();
    QCOMPARE(decisions.confirm(other, found).error().field, "found_person");
    QCOMPARE(decisions.confirm(m_case, addFound("hospital", "")).error().field, "case");
    QCOMPARE(decisions.confirm(999, found).error().kind, Error::Kind::NotFound);
    QCOMPARE(decisions.confirm(other, 999).error().kind, Error::Kind::NotFound);
    // Nothing was written by the refusals (the hospital record's creation aside).
    QCOMPARE(CaseService(m_t->db(), Actor::system()).load(other)->status, "open");
    QCOMPARE(m_t->scalar("SELECT count(*) FROM audit_log WHERE action <> 'view'").toLongLong(), audits + 1);
}

void TestMatchDecisions::ruleOutLeavesRankings()
{
    const qint64 f1 = addFound("shelter", "王晓红");
    const qint64 f2 = addFound("hospital", "");
    MissingFoundMatcher matcher(m_t->db(), actor("100003"));
    auto r = matcher.forCase(m_case);
    QCOMPARE(r->candidates.size(), 2);
    QCOMPARE(r->ruledOut, 0);
    MatchDecisionService decisions(m_t->db(), actor("100003"));
    QCOMPARE(decisions.ruleOut(m_case, f1, "  ").error().field, "reason");
    QVERIFY(decisions.ruleOut(m_case, f1, "指纹不符").ok());
    QCOMPARE(decisions.ruleOut(m_case, f1, "again").error().kind, Error::Kind::Conflict);
    r = matcher.forCase(m_case);
    QCOMPARE(r->candidates.size(), 1);
    QCOMPARE(r->candidates.first().id, f2);
    QCOMPARE(r->ruledOut, 1);
    QCOMPARE(r->toJson().value("ruled_out").toInt(), 1);
    // From the found person's side too.
    auto back = matcher.forFoundPerson(f1);
    for (const MatchCandidate& c : back->candidates)
        QVERIFY(c.id != m_case);
    QCOMPARE(back->ruledOut, 1);
    QVERIFY(matcher.forFoundPerson(f2)->candidates.first().id == m_case);
    // Saved with the reason, audited; the records themselves are unchanged.
    QCOMPARE(m_t->scalar("SELECT reason FROM match_rule_outs").toString(), "指纹不符");
    QCOMPARE(m_t->scalar("SELECT actor FROM match_rule_outs").toString(), "100003");
    QCOMPARE(
        m_t->scalar("SELECT count(*) FROM audit_log WHERE action = 'rule_out' AND entity = 'match'").toInt(),
        1);
    QCOMPARE(foundStatus(f1), "open");
}

void TestMatchDecisions::rights()
{
    const qint64 found = addFound("shelter", "王晓红");
    MatchDecisionService officer(m_t->db(), actor("100001"));
    QVERIFY(!officer.mayDecide());
    QCOMPARE(officer.confirm(m_case, found).error().kind, Error::Kind::Denied);
    QCOMPARE(officer.ruleOut(m_case, found, "不是").error().kind, Error::Kind::Denied);
    QCOMPARE(foundStatus(found), "open");
    QCOMPARE(m_t->count("match_rule_outs"), 0);
    QVERIFY(MatchDecisionService(m_t->db(), actor("100002")).ruleOut(m_case, found, "身高不符").ok());
}

QTEST_GUILESS_MAIN(TestMatchDecisions)
#include "tst_match_decisions.moc"
