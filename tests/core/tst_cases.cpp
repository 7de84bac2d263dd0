// Case files on the fixture (tests/data): opening from a screening and from a public report
// (every validation field), the list's filters including overdue under a fixed clock, the
// timeline's order and open -> investigating, the outcome rules (duplicate-of included),
// reopening rights, officers refused, audit rows, attached links. Found-person records and the
// figures by source: tst_found_persons.cpp.
#include "core/auth/UserService.h"
#include "core/cases/CaseRisk.h"
#include "core/cases/CaseService.h"
#include "core/cases/FoundPersonService.h"
#include "core/common/Clock.h"
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

class TestCases : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { HC_SKIP_WITHOUT_ENGINE(); }
    void init();
    void cleanup();
    void screeningFillsSubject();
    void publicReportOpens();
    void defaultRisk();
    void publicReportValidation_data();
    void publicReportValidation();
    void officerRefused();
    void listFilters();
    void overdueWithFixedClock();
    void officerSeesOwnStation();
    void leadsOrderAndInvestigating();
    void updateFieldsAudited();
    void outcomeRules();
    void reopenRights();
    void linksAttached();

private:
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<test::ClockGuard> m_clock;
    qint64 m_op = 0;
    Actor actor(const char* badge) { return UserService(m_t->db()).find(QLatin1String(badge))->actor(); }
    Actor admin() { return Actor::system(); }
    qint64 station(const char* name)
    {
        return m_t
            ->scalar(QStringLiteral("SELECT id FROM stations WHERE name = '%1'").arg(QString::fromUtf8(name)))
            .toLongLong();
    }
    qint64 caseId(const QString& no)
    {
        return m_t->scalar(QStringLiteral("SELECT id FROM cases WHERE case_no = '%1'").arg(no)).toLongLong();
    }
    PublicReport report()
    {
        PublicReport r;
        r.reporterName = "王大妈";
        r.reporterPhone = "139-0000 1234";
        r.subjectName = "刘明";
        r.subjectSex = "M";
        r.age = 72;
        r.heightCm = 168;
        r.lastSeenDate = QDate(2026, 4, 1);
        r.lastSeenPlace = "西湖公园";
        r.circumstances = "晨练后未归";
        r.reportText = "老伴说他早上去公园晨练，中午没回家";
        r.risk = "high";
        r.stationId = station("西湖派出所");
        return r;
    }
    QString openReport(PublicReport r)
    {
        auto no = CaseService(m_t->db(), admin()).openFromPublicReport(r);
        if (!no)
            qWarning("%s", qPrintable(no.error().text()));
        return no ? *no : QString();
    }
    void setClock(const QDateTime& t)
    {
        m_clock.reset(); // the old guard restores the system clock when it goes
        m_clock = std::make_unique<test::ClockGuard>(t);
    }
};

void TestCases::init()
{
    setClock(kNow);
    m_t = std::make_unique<TestDatabase>();
    m_op = test::loadFixture(*m_t);
}

void TestCases::cleanup()
{
    m_t.reset();
    m_clock.reset();
}

void TestCases::screeningFillsSubject()
{
    const qint64 screening =
        m_t->scalar(
               "SELECT s.id FROM screenings s JOIN persons p ON p.id = s.person_id WHERE p.name = '张小明' "
               "AND s.status = 'whereabouts_unknown'")
            .toLongLong();
    QVERIFY(screening > 0);
    auto no = CaseService(m_t->db(), actor("100001")).openFromScreening(screening);
    QVERIFY2(no.ok(), qPrintable(no ? QString() : no.error().text()));
    QCOMPARE(*no, "SZ2026-00001");
    QSqlQuery q(m_t->db().sql());
    QVERIFY(q.exec("SELECT subject_name, subject_sex, subject_birth_year, source, updated_at FROM cases"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), "张小明");
    QCOMPARE(q.value(1).toString(), "M");
    QCOMPARE(q.value(2).toInt(), 2010);
    QCOMPARE(q.value(3).toString(), "screening");
    QVERIFY(!q.value(4).toString().isEmpty());
    // The list shows the subject and the age at today.
    auto rows = CaseService(m_t->db(), admin()).list({});
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().subject, "张小明");
    QCOMPARE(rows->first().age, 16);
}

void TestCases::publicReportOpens()
{
    const QString no = openReport(report());
    QCOMPARE(no, "SZ2026-00001");
    const qint64 id = caseId(no);
    auto c = CaseService(m_t->db(), admin()).load(id);
    QVERIFY(c.ok());
    QCOMPARE(c->source, "public_report");
    QCOMPARE(c->status, "open");
    QCOMPARE(c->fields.reporterPhone, "13900001234"); // spaces and hyphens dropped
    QCOMPARE(c->fields.subjectBirthYear, 2026 - 72);  // from the age
    QCOMPARE(c->fields.subjectHeightCm, 168);
    QCOMPARE(c->fields.reportText, "老伴说他早上去公园晨练，中午没回家");
    QCOMPARE(c->fields.lastSeenPlace, "西湖公园");
    QCOMPARE(c->station, "西湖派出所");
    QCOMPARE(c->operationId, m_op); // the operation running at the station today
    QCOMPARE(c->openedAt, "2026-04-03T12:00:00");
    // Same register as the screening cases.
    PublicReport second = report();
    second.subjectName = "刘二";
    QCOMPARE(openReport(second), "SZ2026-00002");
    // A registered subject: details come from the registry; a second open case is refused.
    PublicReport registered = report();
    registered.subjectName.clear();
    registered.age = -1;
    registered.subjectSex.clear();
    registered.subjectPersonId = m_t->scalar("SELECT id FROM persons WHERE name = '李娜'").toLongLong();
    const QString third = openReport(registered);
    QCOMPARE(third, "SZ2026-00003");
    auto r = CaseService(m_t->db(), admin()).load(caseId(third));
    QCOMPARE(r->fields.subjectName, "李娜");
    QCOMPARE(r->fields.subjectSex, "F");
    QCOMPARE(r->fields.subjectBirthYear, 1990);
    auto again = CaseService(m_t->db(), admin()).openFromPublicReport(registered);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::Conflict);
    QCOMPARE(again.error().field, "subject_person");
    // Audited with what was reported.
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'case' AND action = "
                                        "'create' AND entity_id = '%1'")
                             .arg(id))
                 .toInt(),
             1);
    const QJsonObject after =
        QJsonDocument::fromJson(
            m_t->scalar(QStringLiteral("SELECT after FROM audit_log WHERE entity = 'case' "
                                       "AND entity_id = '%1'")
                            .arg(id))
                .toString()
                .toUtf8())
            .object();
    QCOMPARE(after.value("reporter_name").toString(), "王大妈");
    QCOMPARE(after.value("source").toString(), "public_report");
}

void TestCases::defaultRisk()
{
    // The rule: under 14 or over 70 at the date last seen, a mental illness, a suspected crime.
    const QDate seen(2026, 4, 1);
    QCOMPARE(CaseRisk::assess({2018, seen}).level, "high");              // 8
    QCOMPARE(CaseRisk::assess({2013, seen}).level, "high");              // 13
    QCOMPARE(CaseRisk::assess({2012, seen}).level, "medium");            // 14
    QCOMPARE(CaseRisk::assess({1956, seen}).level, "medium");            // 70
    QCOMPARE(CaseRisk::assess({1955, seen}).level, "high");              // 71
    QCOMPARE(CaseRisk::assess({2010, QDate(2020, 6, 1)}).level, "high"); // 10 when last seen, 16 today
    QCOMPARE(CaseRisk::assess({0, seen}).level, "medium");
    QCOMPARE(CaseRisk::assess({1996, seen, true, false}).level, "high");
    QCOMPARE(CaseRisk::assess({1996, seen, false, true}).level, "high");
    QVERIFY(CaseRisk::assess({2018, seen}).reasons.first().contains("8"));
    // A new case from a report: the rule's high is a floor; a level set by hand may raise it,
    // never go under it.
    auto riskOf = [&](int age, const char* risk) {
        PublicReport r = report();
        r.subjectName = QStringLiteral("测试%1%2").arg(age).arg(QLatin1String(risk));
        r.reporterPhone = QStringLiteral("1390000%1").arg(m_t->count("cases"), 4, 10, QLatin1Char('0'));
        r.age = age;
        r.risk = QLatin1String(risk);
        const QString no = openReport(r);
        return m_t->scalar(QStringLiteral("SELECT risk_level FROM cases WHERE case_no = '%1'").arg(no))
            .toString();
    };
    QCOMPARE(riskOf(8, "medium"), "high"); // a missing 8-year-old
    QCOMPARE(riskOf(30, "medium"), "medium");
    QCOMPARE(riskOf(30, "high"), "high"); // chosen by hand
    QCOMPARE(riskOf(8, "high"), "high");
    QCOMPARE(riskOf(75, "low"), "high"); // elderly: the rule's high, whatever was chosen
    QCOMPARE(riskOf(30, "low"), "low");  // no reason for high: the choice stands
    // The case's own facts of the rule (schema 20): a recorded mental illness, a suspected crime.
    for (const bool crime : {false, true}) {
        PublicReport r = report();
        r.subjectName = crime ? QStringLiteral("疑似被拐") : QStringLiteral("精神疾病");
        r.reporterPhone = QStringLiteral("1390001%1").arg(m_t->count("cases"), 4, 10, QLatin1Char('0'));
        r.age = 30;
        r.risk = QStringLiteral("low");
        r.mentalIllness = !crime;
        r.suspectedCrime = crime;
        const qint64 id = caseId(openReport(r));
        const auto file = CaseService(m_t->db(), admin()).load(id);
        QVERIFY(file.ok());
        QCOMPARE(file->fields.risk, QStringLiteral("high"));
        QCOMPARE(file->fields.mentalIllness, !crime);
        QCOMPARE(file->fields.suspectedCrime, crime);
    }
    // A fact recorded later, on a case file's details, raises the level the same way.
    const qint64 later = caseId(openReport([&] {
        PublicReport r = report();
        r.subjectName = QStringLiteral("后来发现");
        r.reporterPhone = QStringLiteral("13900029999");
        r.age = 30;
        r.risk = QStringLiteral("medium");
        return r;
    }()));
    CaseService cases(m_t->db(), admin());
    CaseFields edited = cases.load(later)->fields;
    QCOMPARE(edited.risk, QStringLiteral("medium"));
    edited.suspectedCrime = true;
    QVERIFY(cases.update(later, edited));
    QCOMPARE(cases.load(later)->fields.risk, QStringLiteral("high"));
    QVERIFY(cases.load(later)->fields.suspectedCrime);
    // From a screening: the rule at the date screened (2026-03; 张小明 born 2010 is 16, so medium,
    // or 8 when born 2018).
    const qint64 screening =
        m_t->scalar("SELECT id FROM screenings WHERE status = 'whereabouts_unknown'").toLongLong();
    QSqlQuery q(m_t->db().sql());
    QVERIFY(q.exec("UPDATE persons SET birth_year = 2018, birth_date = NULL WHERE name = '张小明'"));
    const QString fromScreening = *CaseService(m_t->db(), actor("100001")).openFromScreening(screening);
    QCOMPARE(
        m_t->scalar(QStringLiteral("SELECT risk_level FROM cases WHERE case_no = '%1'").arg(fromScreening))
            .toString(),
        "high");
}

void TestCases::publicReportValidation_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("no caller") << "reporterName"
                               << ""
                               << "reporter_name";
    QTest::newRow("no phone") << "reporterPhone"
                              << ""
                              << "reporter_phone";
    QTest::newRow("letters in phone") << "reporterPhone"
                                      << "1390000abcd"
                                      << "reporter_phone";
    QTest::newRow("phone too short") << "reporterPhone"
                                     << "123456"
                                     << "reporter_phone";
    QTest::newRow("phone too long") << "reporterPhone"
                                    << "123456789012345678901"
                                    << "reporter_phone";
    QTest::newRow("no subject") << "subjectName"
                                << " "
                                << "subject_name";
    QTest::newRow("bad sex") << "subjectSex"
                             << "X"
                             << "subject_sex";
    QTest::newRow("birth year") << "birthYearOnly"
                                << "1800"
                                << "subject_birth_year";
    QTest::newRow("age") << "age"
                         << "200"
                         << "age";
    QTest::newRow("age and year disagree") << "birthYear"
                                           << "1990"
                                           << "age";
    QTest::newRow("height") << "heightCm"
                            << "300"
                            << "subject_height_cm";
    QTest::newRow("seen in the future") << "lastSeenDate"
                                        << "2026-04-05"
                                        << "last_seen_date";
    QTest::newRow("no risk") << "risk"
                             << ""
                             << "risk_level";
    QTest::newRow("no station") << "stationId"
                                << "0"
                                << "station";
    QTest::newRow("unknown station") << "stationId"
                                     << "9999"
                                     << "station";
    QTest::newRow("no place") << "lastSeenPlace"
                              << ""
                              << "last_seen_place";
    QTest::newRow("no report") << "reportText"
                               << ""
                               << "report_text";
    QTest::newRow("unknown person") << "subjectPersonId"
                                    << "99999"
                                    << "subject_person";
}

void TestCases::publicReportValidation()
{
    QFETCH(QString, what);
    QFETCH(QString, value);
    QFETCH(QString, field);
    PublicReport r = report();
    if (what == "reporterName")
        r.reporterName = value;
    else if (what == "reporterPhone")
        r.reporterPhone = value;
    else if (what == "subjectName")
        r.subjectName = value;
    else if (what == "subjectSex")
        r.subjectSex = value;
    else if (what == "birthYear")
        r.birthYear = value.toInt();
    else if (what == "birthYearOnly")
        r.birthYear = value.toInt(), r.age = -1;
    else if (what == "age")
        r.age = value.toInt();
    else if (what == "heightCm")
        r.heightCm = value.toInt();
    else if (what == "lastSeenDate")
        r.lastSeenDate = QDate::fromString(value, Qt::ISODate);
    else if (what == "risk")
        r.risk = value;
    else if (what == "stationId")
        r.stationId = value.toLongLong();
    else if (what == "lastSeenPlace")
        r.lastSeenPlace = value;
    else if (what == "reportText")
        r.reportText = value;
    else if (what == "subjectPersonId")
        r.subjectPersonId = value.toLongLong();
    auto no = CaseService(m_t->db(), admin()).openFromPublicReport(r);
    QVERIFY(!no.ok());
    QCOMPARE(no.error().field, field);
    QVERIFY(!no.error().message.isEmpty());
    QCOMPARE(m_t->count("cases"), 0);
}

void TestCases::officerRefused()
{
    const QString no = openReport(report());
    const qint64 id = caseId(no);
    CaseService officer(m_t->db(), actor("100001"));
    QVERIFY(!officer.mayEdit());
    auto opened = officer.openFromPublicReport(report());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::Denied);
    QVERIFY(opened.error().message.contains("Officer"));
    auto lead = officer.addLead(id, {kNow, "tip", "x", {}});
    QCOMPARE(lead.error().kind, Error::Kind::Denied);
    CaseFields f = CaseService(m_t->db(), admin()).load(id)->fields;
    QCOMPARE(officer.update(id, f).error().kind, Error::Kind::Denied);
    QCOMPARE(officer.setOutcome(id, {"found_alive", QDate(2026, 4, 3), {}}).error().kind,
             Error::Kind::Denied);
    QCOMPARE(FoundPersonService(m_t->db(), actor("100001")).create({}).error().kind, Error::Kind::Denied);
    QCOMPARE(m_t->count("leads"), 0);
    QCOMPARE(m_t->scalar("SELECT status FROM cases").toString(), "open");
}

void TestCases::listFilters()
{
    const QString a = openReport(report()); // 西湖, high, 刘明, 2026-04-03
    setClock(QDateTime(QDate(2026, 4, 5), QTime(9, 0)));
    PublicReport other = report();
    other.subjectName = "赵丽";
    other.subjectSex = "F";
    other.reporterPhone = "13812345678";
    other.age = 40; // no reason for high: the low chosen stands
    other.risk = "low";
    other.stationId = station("东岗派出所");
    const QString b = openReport(other);
    const qint64 screening =
        m_t->scalar("SELECT id FROM screenings WHERE status = 'whereabouts_unknown'").toLongLong();
    const QString c = *CaseService(m_t->db(), actor("100001")).openFromScreening(screening);
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
    CaseService s(m_t->db(), admin());
    auto numbers = [&](const CaseFilter& f) {
        QStringList out;
        auto rows = s.list(f);
        if (!rows)
            qWarning("%s", qPrintable(rows.error().text()));
        for (const CaseRow& r : *rows)
            out << r.caseNo;
        return out;
    };
    QCOMPARE(numbers({}), QStringList({c, b, a})); // newest first
    CaseFilter f;
    f.risk = "low";
    QCOMPARE(numbers(f), QStringList{b});
    f = {};
    f.source = "screening";
    QCOMPARE(numbers(f), QStringList{c});
    f = {};
    f.stationId = station("西湖派出所");
    QCOMPARE(numbers(f), QStringList{a});
    f = {};
    f.openedFrom = QDate(2026, 4, 4);
    QCOMPARE(numbers(f), QStringList({c, b}));
    f.openedFrom = {};
    f.openedTo = QDate(2026, 4, 3);
    QCOMPARE(numbers(f), QStringList{a});
    f = {};
    f.text = "赵丽";
    QCOMPARE(numbers(f), QStringList{b});
    f.text = "2345"; // part of the caller's phone
    QCOMPARE(numbers(f), QStringList{b});
    f.text = a.right(3);
    QCOMPARE(numbers(f), QStringList{a});
    f.text = "%";
    QCOMPARE(numbers(f), QStringList{});
    f = {};
    QVERIFY(
        s.addLead(caseId(a), {QDateTime(QDate(2026, 4, 4), QTime(10, 0), Qt::UTC), "call", "回访家属", {}})
            .ok());
    f.statuses = {"investigating"};
    QCOMPARE(numbers(f), QStringList{a});
    f.statuses = {"open", "investigating"};
    QCOMPARE(numbers(f).size(), 3);
    auto rows = s.list({});
    const CaseRow& ra = rows->last();
    QCOMPARE(ra.caseNo, a);
    QCOMPARE(ra.lastLeadKind, "call");
    QCOMPARE(ra.lastLeadAt, "2026-04-04T10:00:00");
    QCOMPARE(ra.daysOpen, 2);
    QCOMPARE(ra.age, 72);
    QCOMPARE(ra.station, "西湖派出所");
}

void TestCases::overdueWithFixedClock()
{
    const QString a = openReport(report()); // opened 2026-04-03 12:00
    PublicReport other = report();
    other.subjectName = "刘二";
    const QString b = openReport(other);
    CaseService s(m_t->db(), admin());
    CaseFilter overdue;
    overdue.overdueOnly = true;
    // Six days later: nothing is overdue yet, the opening counts as activity.
    setClock(QDateTime(QDate(2026, 4, 9), QTime(12, 0)));
    QCOMPARE(s.list(overdue)->size(), 0);
    QVERIFY(!s.list({})->first().overdue);
    // A lead on b on the 8th keeps it fresh; a is overdue on the 11th.
    QVERIFY(
        s.addLead(caseId(b), {QDateTime(QDate(2026, 4, 8), QTime(9, 0), Qt::UTC), "sighting", "见到", "群众"})
            .ok());
    setClock(QDateTime(QDate(2026, 4, 11), QTime(12, 0)));
    auto rows = s.list(overdue);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().caseNo, a);
    QVERIFY(rows->first().overdue);
    QVERIFY(s.load(caseId(a))->overdue);
    QVERIFY(!s.load(caseId(b))->overdue);
    // A closed case is never overdue.
    QVERIFY(s.setOutcome(caseId(a), {"found_alive", QDate(2026, 4, 10), {}}).ok());
    QCOMPARE(s.list(overdue)->size(), 0);
    setClock(QDateTime(QDate(2026, 4, 20), QTime(12, 0)));
    QCOMPARE(s.list(overdue)->size(), 1); // b now
}

void TestCases::officerSeesOwnStation()
{
    openReport(report()); // 西湖
    PublicReport other = report();
    other.subjectName = "刘二";
    other.stationId = station("东岗派出所");
    const QString own = openReport(other);
    CaseService officer(m_t->db(), actor("100001")); // 东岗
    auto rows = officer.list({});
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().caseNo, own);
    CaseFilter f;
    f.stationId = station("西湖派出所");
    QCOMPARE(officer.list(f).error().kind, Error::Kind::Denied);
    QCOMPARE(officer.load(caseId("SZ2026-00001")).error().kind, Error::Kind::Denied);
    QVERIFY(officer.load(caseId(own)).ok());
    QCOMPARE(CaseService(m_t->db(), Actor{"nobody", Role::Officer, 0, 0}).list({})->size(), 0); // no station
    QCOMPARE(CaseService(m_t->db(), actor("100003")).list({})->size(), 2); // investigator: all
    QCOMPARE(CaseService(m_t->db(), actor("100002")).list({})->size(), 2); // supervisor: all
}

void TestCases::leadsOrderAndInvestigating()
{
    const qint64 id = caseId(openReport(report()));
    CaseService s(m_t->db(), actor("100003"));
    auto at = [](int day, int hour) { return QDateTime(QDate(2026, 4, day), QTime(hour, 0), Qt::UTC); };
    QCOMPARE(s.addLead(id, {at(3, 13), "bogus", "x", {}}).error().field, "kind");
    QCOMPARE(s.addLead(id, {at(3, 11), "tip", "  ", {}}).error().field, "text");
    QCOMPARE(s.addLead(id, {at(3, 13), "tip", "x", {}}).error().field, "at"); // 13:00, the clock says 12:00
    QCOMPARE(s.addLead(id, {QDateTime(), "tip", "x", {}}).error().field, "at");
    QCOMPARE(s.load(id)->status, "open");
    QVERIFY(s.addLead(id, {at(2, 9), "call", "第一", {}}).ok());
    QCOMPARE(s.load(id)->status, "investigating");
    QVERIFY(s.addLead(id, {at(3, 11), "sighting", "第三", "视频监控"}).ok());
    QVERIFY(s.addLead(id, {at(2, 20), "tip", "第二", "群众来电"}).ok());
    auto c = s.load(id);
    QCOMPARE(c->leads.size(), 3);
    QCOMPARE(c->leads.at(0).text, "第三");
    QCOMPARE(c->leads.at(1).text, "第二");
    QCOMPARE(c->leads.at(2).text, "第一");
    QCOMPARE(c->leads.at(0).officer, "杨侦查");
    QCOMPARE(c->leads.at(0).source, "视频监控");
    QCOMPARE(c->status, "investigating");
    QCOMPARE(m_t->scalar("SELECT count(*) FROM audit_log WHERE action = 'add_lead'").toInt(), 3);
    const QJsonObject first =
        QJsonDocument::fromJson(
            m_t->scalar("SELECT after FROM audit_log WHERE action = 'add_lead' ORDER BY id")
                .toString()
                .toUtf8())
            .object();
    QCOMPARE(first.value("status").toString(), "investigating");
}

void TestCases::updateFieldsAudited()
{
    const qint64 id = caseId(openReport(report()));
    setClock(kNow.addSecs(3600));
    CaseService s(m_t->db(), actor("100003"));
    CaseFields f = s.load(id)->fields;
    f.subjectName = "";
    QCOMPARE(s.update(id, f).error().field, "subject_name");
    f.subjectName = "刘明明";
    f.subjectHeightCm = 260;
    QCOMPARE(s.update(id, f).error().field, "subject_height_cm");
    f.subjectHeightCm = 170;
    f.reporterPhone = "12";
    QCOMPARE(s.update(id, f).error().field, "reporter_phone");
    f.reporterPhone = "13900001234";
    f.lastSeenDate = QDate(2027, 1, 1);
    QCOMPARE(s.update(id, f).error().field, "last_seen_date");
    f.lastSeenDate = QDate(2026, 3, 30);
    // 72 years old when last seen: the rule keeps the case high, whatever the form says.
    f.risk = "medium";
    f.contacts = "女儿 13700000000";
    QVERIFY(s.update(id, f).ok());
    f.risk = "high";
    auto c = s.load(id);
    QCOMPARE(c->fields, f);
    QCOMPARE(c->updatedAt, "2026-04-03T13:00:00");
    QSqlQuery q(m_t->db().sql());
    QVERIFY(q.exec("SELECT before, after, actor FROM audit_log WHERE action = 'update' AND entity = 'case'"));
    QVERIFY(q.next());
    const QJsonObject before = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    QCOMPARE(before.value("subject_name").toString(), "刘明");
    QCOMPARE(after.value("subject_name").toString(), "刘明明");
    QCOMPARE(after.value("risk_level").toString(), "high");
    QCOMPARE(q.value(2).toString(), "100003");
    QVERIFY(!q.next());
}

void TestCases::outcomeRules()
{
    const qint64 a = caseId(openReport(report()));
    PublicReport other = report();
    other.subjectName = "刘二";
    const QString bNo = openReport(other);
    const qint64 b = caseId(bNo);
    CaseService s(m_t->db(), actor("100003"));
    auto err = [&](qint64 id, CaseOutcome o) {
        const Status st = s.setOutcome(id, o);
        return st ? QString() : st.error().field;
    };
    const QDate today(2026, 4, 3);
    QCOMPARE(err(a, {"open", today, {}}), "status");
    QCOMPARE(err(a, {"found_alive", QDate(), {}}), "outcome_date");
    QCOMPARE(err(a, {"found_alive", QDate(2026, 4, 2), {}}), "outcome_date"); // before opened
    QCOMPARE(err(a, {"found_alive", QDate(2026, 4, 4), {}}), "outcome_date"); // future
    QCOMPARE(err(a, {"found_alive", today, bNo}), "duplicate_of");
    QCOMPARE(err(a, {"duplicate", today, {}}), "duplicate_of");
    QCOMPARE(err(a, {"duplicate", today, "SZ2026-00001"}), "duplicate_of"); // itself
    QCOMPARE(err(a, {"duplicate", today, "SZ2026-09999"}), "duplicate_of");
    // b is a duplicate of a; then nothing may be a duplicate of b.
    QCOMPARE(err(b, {"duplicate", today, "sz2026-00001"}), QString());
    QCOMPARE(s.load(b)->duplicateOfCaseNo, "SZ2026-00001");
    other.subjectName = "刘三";
    const qint64 c = caseId(openReport(other));
    QCOMPARE(err(c, {"duplicate", today, bNo}), "duplicate_of");
    QCOMPARE(err(a, {"rescued", today, {}}), QString());
    auto file = s.load(a);
    QCOMPARE(file->status, "rescued");
    QCOMPARE(file->outcomeDate, today);
    QVERIFY(file->crimeKind.isEmpty()); // crimes and reunions are records of their own
    QVERIFY(!file->familyReunited);
    // Closed: a second outcome is refused until a supervisor reopens it.
    const Status again = s.setOutcome(a, {"found_alive", today, {}});
    QCOMPARE(again.error().kind, Error::Kind::Conflict);
    QSqlQuery q(m_t->db().sql());
    QVERIFY(q.exec(
        QStringLiteral("SELECT before, after FROM audit_log WHERE action = 'outcome' AND entity_id = '%1'")
            .arg(a)));
    QVERIFY(q.next());
    QCOMPARE(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().value("status").toString(),
             "open");
    const QJsonObject after = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    QCOMPARE(after.value("status").toString(), "rescued");
    QVERIFY(!after.contains("crime_kind"));
}

void TestCases::reopenRights()
{
    const qint64 id = caseId(openReport(report()));
    CaseService investigator(m_t->db(), actor("100003"));
    QVERIFY(
        investigator.addLead(id, {QDateTime(QDate(2026, 4, 3), QTime(8, 0), Qt::UTC), "tip", "x", {}}).ok());
    QCOMPARE(CaseService(m_t->db(), actor("100002")).reopen(id).error().kind, Error::Kind::Conflict); // open
    QVERIFY(investigator.setOutcome(id, {"found_deceased", QDate(2026, 4, 3), {}}).ok());
    QVERIFY(!investigator.mayReopen());
    QCOMPARE(investigator.reopen(id).error().kind, Error::Kind::Denied);
    QCOMPARE(CaseService(m_t->db(), actor("100001")).reopen(id).error().kind, Error::Kind::Denied);
    CaseService supervisor(m_t->db(), actor("100002"));
    QVERIFY(supervisor.mayReopen());
    QVERIFY(supervisor.reopen(id).ok());
    auto c = supervisor.load(id);
    QCOMPARE(c->status, "investigating"); // it has a lead
    QVERIFY(!c->outcomeDate.isValid());
    QVERIFY(c->crimeKind.isEmpty());
    QCOMPARE(m_t->scalar("SELECT count(*) FROM audit_log WHERE action = 'reopen'").toInt(), 1);
    QVERIFY(CaseService(m_t->db(), admin()).mayReopen());
}

void TestCases::linksAttached()
{
    const qint64 a = caseId(openReport(report()));
    PublicReport other = report();
    other.subjectName = "刘二";
    const qint64 b = caseId(openReport(other));
    const qint64 person = m_t->scalar("SELECT id FROM persons WHERE name = '张伟'").toLongLong();
    QSqlQuery q(m_t->db().sql());
    QVERIFY(
        q.exec(QStringLiteral("INSERT INTO links(uuid, a_kind, a_key, b_kind, b_key, kind, confidence, note, "
                              "created_at) VALUES ('u1', 'case', '%1', 'case', '%2', 'related_case', 0.8, "
                              "'同一团伙', '2026-04-03T12:00:00'), ('u2', 'person', '%3', 'case', '%1', "
                              "'witness', 0.5, NULL, '2026-04-03T12:01:00'), ('u3', 'phone', '13900001234', "
                              "'case', '%2', 'same_phone', 0.6, NULL, '2026-04-03T12:02:00')")
                   .arg(a)
                   .arg(b)
                   .arg(person)));
    auto c = CaseService(m_t->db(), admin()).load(a);
    QCOMPARE(c->links.size(), 2);
    QCOMPARE(c->links.at(0).otherKind, "case");
    QCOMPARE(c->links.at(0).otherKey, QString::number(b));
    QVERIFY(c->links.at(0).otherLabel.startsWith("SZ2026-00002"));
    QCOMPARE(c->links.at(0).kind, "related_case");
    QCOMPARE(c->links.at(0).confidence, 0.8);
    QCOMPARE(c->links.at(0).note, "同一团伙");
    QCOMPARE(c->links.at(1).otherKind, "person");
    QVERIFY(c->links.at(1).otherLabel.startsWith("张伟"));
    auto d = CaseService(m_t->db(), admin()).load(b);
    QCOMPARE(d->links.size(), 2);
    QCOMPARE(d->links.at(1).otherLabel, "13900001234");
}

QTEST_GUILESS_MAIN(TestCases)
#include "tst_cases.moc"
