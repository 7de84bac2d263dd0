// Missing vs found: hand-made records rank in the expected order with reasons whose points add
// up to the score; identifying marks are scored (same kind at the same place); people found
// living unregistered in the sweep are candidates for open cases.
#include "core/cases/CaseService.h"
#include "core/cases/FoundPersonService.h"
#include "core/matching/MatchDecisionService.h"
#include "core/matching/MissingFoundMatcher.h"
#include "core/matching/PersonMergeService.h"
#include "core/matching/PlaceOverlap.h"
#include "tests/core/MatchingFixture.h"

#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

class TestMissingFound : public hc::test::MatchingFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { HC_SKIP_WITHOUT_ENGINE(); }
    void init() { setUpFixture(); }
    void cleanup() { Clock::setInstance(nullptr); }
    void missingVsFound();
    void missingFoundScoresAddUp();
    void marksScored();
    void unregisteredCandidates();
    void unregisteredRuledOut();

private:
    struct MissingBoy
    {
        qint64 boy = 0;
        QString householdNo;
    };
    MissingBoy addMissingBoy();
};

void TestMissingFound::missingVsFound()
{
    const qint64 donggang = id("SELECT id FROM stations WHERE name = '东岗派出所'");
    const qint64 xihu = id("SELECT id FROM stations WHERE name = '西湖派出所'");
    auto addCase = [&](const char* no, const char* status, const char* name, const char* sex, int year,
                       int height, const char* seen, const char* place, qint64 station) {
        exec(
            QString(
                "INSERT INTO cases(uuid, case_no, station_id, source, status, opened_at, subject_name, "
                "subject_sex, subject_birth_year, subject_height_cm, last_seen_date, last_seen_place) VALUES "
                "('%1', '%2', %3, 'public_report', '%4', '2026-03-01T00:00:00', '%5', '%6', %7, %8, '%9', "
                "'%10')")
                .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), no)
                .arg(station)
                .arg(status, name, sex)
                .arg(year)
                .arg(height)
                .arg(seen, place));
        return id("SELECT max(id) FROM cases");
    };
    auto addFound = [&](const char* no, const char* status, const char* sex, int ageMin, int ageMax,
                        int height, const char* name, const char* place, const char* date, qint64 station) {
        exec(
            QString(
                "INSERT INTO found_persons(uuid, record_no, circumstance, station_id, sex, age_min, age_max, "
                "height_cm, name_given, place_found, found_date, status, created_at) VALUES ('%1', '%2', "
                "'shelter', %3, '%4', %5, %6, %7, %8, '%9', '%10', '%11', '2026-03-01T00:00:00')")
                .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), no)
                .arg(station)
                .arg(sex)
                .arg(ageMin)
                .arg(ageMax)
                .arg(height)
                .arg(*name ? QString("'%1'").arg(name) : QString("NULL"))
                .arg(place, date, status));
        return id("SELECT max(id) FROM found_persons");
    };
    const qint64 c1 =
        addCase("SZ-10", "open", "王小红", "F", 1990, 160, "2026-03-01", "东岗路菜市场", donggang);
    addCase("SZ-11", "found_alive", "王小红", "F", 1990, 160, "2026-03-01", "东岗路菜市场", donggang);
    addCase("SZ-12", "investigating", "李军", "M", 1990, 175, "2026-03-01", "东岗路菜市场", donggang);
    const qint64 f1 =
        addFound("WM-1", "open", "F", 33, 38, 158, "王晓红", "东岗路菜市场旁公交站", "2026-03-10", donggang);
    const qint64 f2 = addFound("WM-2", "open", "F", 30, 40, 170, "", "西湖公园", "2026-06-01", xihu);
    addFound("WM-3", "open", "M", 30, 40, 160, "", "东岗路", "2026-03-05", donggang); // sex
    addFound("WM-4", "open", "F", 60, 70, 160, "", "东岗路", "2026-03-05", donggang); // age
    addFound("WM-5", "open", "F", 30, 40, 160, "", "东岗路", "2026-02-01", donggang); // before last seen
    addFound("WM-6", "identified", "F", 33, 38, 160, "王小红", "东岗路", "2026-03-05", donggang); // not open

    MissingFoundMatcher matcher(m_t->db(), actor("100003"));
    QCOMPARE(*matcher.caseId(" SZ-10 "), c1);
    QCOMPARE(*matcher.foundPersonId("WM-1"), f1);
    QCOMPARE(matcher.caseId("SZ-99").error().kind, Error::Kind::NotFound);
    auto r = matcher.forCase(c1);
    QVERIFY(r.ok());
    QCOMPARE(r->candidates.size(), 2);
    QCOMPARE(r->excluded, 4); // and the fixture's unregistered 小红, "约8岁"
    QCOMPARE(r->candidates[0].id, f1);
    QCOMPARE(r->candidates[1].id, f2);
    QVERIFY(r->candidates[0].score > r->candidates[1].score);
    QVERIFY(r->subjectSummary.contains("王小红"));
    auto texts = [](const MatchCandidate& c) {
        QStringList t;
        for (const MatchReason& x : c.reasons)
            t << x.text;
        return t.join('|');
    };
    const QString why = texts(r->candidates[0]);
    QVERIFY2(why.contains("Same sex"), qPrintable(why));
    QVERIFY2(why.contains("within the estimated 33–38"), qPrintable(why));
    QVERIFY2(why.contains("Names sound alike (wangxiaohong)"), qPrintable(why));
    QVERIFY2(why.contains("Same station"), qPrintable(why));
    QVERIFY2(why.contains("菜市"), qPrintable(why));
    QVERIFY2(why.contains("Found 9 day"), qPrintable(why));
    for (const MatchCandidate& c : r->candidates) {
        int sum = 0;
        for (const MatchReason& x : c.reasons)
            sum += x.points;
        QCOMPARE(c.score, std::max(sum, 0));
    }
    // The other way round: the open and investigating cases for WM-1; SZ-12's subject is a man.
    auto back = matcher.forFoundPerson(f1);
    QVERIFY(back.ok());
    QCOMPARE(back->candidates.size(), 1);
    QCOMPARE(back->candidates[0].id, c1);
    QCOMPARE(back->candidates[0].score, r->candidates[0].score);
    QCOMPARE(back->excluded, 1);
    // A height only written in the description counts too.
    exec("INSERT INTO cases(uuid, case_no, source, status, opened_at, subject_name, subject_sex, "
         "subject_birth_year, "
         "last_seen_date, description) VALUES ('d', 'SZ-13', 'public_report', 'closed_other', "
         "'2026-03-01T00:00:00', "
         "'王红', 'F', 1990, '2026-03-01', '女，36岁，身高约159厘米，中等身材')");
    auto described = matcher.forCase(*matcher.caseId("SZ-13"));
    QVERIFY(described.ok());
    QCOMPARE(described->candidates.first().id, f1);
    QVERIFY2(texts(described->candidates.first()).contains("Height 159 cm against 158 cm"),
             qPrintable(texts(described->candidates.first())));
    // Officers may not.
    QCOMPARE(MissingFoundMatcher(m_t->db(), actor("100001")).forCase(c1).error().kind, Error::Kind::Denied);
}

void TestMissingFound::missingFoundScoresAddUp()
{
    // Places: generic words and characters say nothing; a named place or road does.
    QCOMPARE(placeOverlap("城关区社区附近", "七里河区社区附近").points, 0);
    QVERIFY(placeOverlap("城关区社区附近", "七里河区社区附近").shared.isEmpty());
    const PlaceOverlap market = placeOverlap("东岗路菜市场", "东岗路菜市场旁公交站");
    QCOMPARE(market.shared, QStringList{"东岗路菜市场"});
    QCOMPARE(market.meaningful, 3); // 东 岗 菜
    QCOMPARE(market.points, 10);
    QCOMPARE(placeOverlap("东岗社区", "东岗路").shared, QStringList{"东岗"});
    QCOMPARE(placeOverlap("东岗社区", "东岗路").points, 5);
    QCOMPARE(placeOverlap("西湖公园", "西湖公园南门").points, 15);
    QCOMPARE(placeOverlap("城关区", "城关镇").points, 5); // 城关
    QCOMPARE(placeOverlap("Riverside Park", "near the riverside road").points, 5);
    // A hand-worked pair: sex 20, 9 days 15, age 36 in 33-38 25, 160/158 cm 15, station 10,
    // place 10, names that sound alike 20: 115.
    MissingFoundMatcher::Missing m;
    m.name = "王小红";
    m.sex = "F";
    m.birthYear = 1990;
    m.heightCm = 160;
    m.lastSeen = QDate(2026, 3, 1);
    m.lastSeenPlace = "东岗路菜市场";
    m.stationId = 1;
    MissingFoundMatcher::Found f;
    f.name = "王晓红";
    f.sex = "F";
    f.ageMin = 33;
    f.ageMax = 38;
    f.heightCm = 158;
    f.found = QDate(2026, 3, 10);
    f.place = "东岗路菜市场旁公交站";
    f.stationId = 1;
    int points = -1;
    QList<MatchReason> reasons;
    QVERIFY(MissingFoundMatcher::score(m, f, points, reasons));
    QCOMPARE(pointsOf(reasons), QList<int>({20, 15, 25, 15, 10, 10, 20}));
    QCOMPARE(points, 115);
    // Everything against: sex unknown 0, 180/160 cm -10, another name -5: -15, raised to 0.
    MissingFoundMatcher::Missing a;
    a.name = "李四";
    a.heightCm = 180;
    MissingFoundMatcher::Found b;
    b.name = "张三";
    b.heightCm = 160;
    QVERIFY(MissingFoundMatcher::score(a, b, points, reasons));
    QCOMPARE(pointsOf(reasons), QList<int>({0, -10, -5, 15}));
    QCOMPARE(points, 0);
    // The ranking leaves out candidates under its minimum (30): same sex and found 275 days
    // later (20 + 5 = 25) is not listed; with an age in the range (20 + 15 + 25 = 60) it is.
    exec("INSERT INTO cases(uuid, case_no, source, status, opened_at, subject_name, subject_sex, "
         "subject_birth_year, last_seen_date) VALUES ('m1', 'SZ-30', 'public_report', 'open', "
         "'2026-03-01T00:00:00', '马兰', 'F', 1990, '2026-03-01')");
    exec("INSERT INTO found_persons(uuid, record_no, circumstance, sex, age_min, age_max, place_found, "
         "found_date, "
         "created_at) VALUES ('f30', 'WM-30', 'shelter', 'F', NULL, NULL, '医院', '2026-12-01', "
         "'2026-12-01T00:00:00'), ('f31', 'WM-31', 'shelter', 'F', 30, 40, '医院', '2026-03-05', "
         "'2026-03-05T00:00:00')");
    MissingFoundMatcher matcher(m_t->db(), actor("100003"));
    const qint64 c = *matcher.caseId("SZ-30");
    auto r = matcher.forCase(c);
    QVERIFY(r.ok());
    QCOMPARE(r->candidates.size(), 1);
    QCOMPARE(r->candidates[0].number, QString("WM-31"));
    QCOMPARE(r->candidates[0].score, 60);
    QCOMPARE(r->belowMinScore, 1);
    r = matcher.forCase(c, 50, 0);
    QCOMPARE(r->candidates.size(), 2);
    QCOMPARE(r->candidates[1].score, 25);
    QCOMPARE(sumOf(r->candidates[1].reasons), 25);
}

void TestMissingFound::marksScored()
{
    // One pair of marks: same kind and location 20 (kind "other" 10), the same kind at a
    // neighbouring location 5 (other side, arm and hand, head and face ...; or "other"), else 0.
    using MFM = MissingFoundMatcher;
    const IdentifyingMark tattooL{0, "tattoo", "left_arm", "龙"};
    QCOMPARE(MFM::markPoints(tattooL, {0, "tattoo", "left_arm", "青龙"}), 20);
    QCOMPARE(MFM::markPoints(tattooL, {0, "tattoo", "right_arm", {}}), 5);
    QCOMPARE(MFM::markPoints(tattooL, {0, "tattoo", "left_hand", {}}), 5);
    QCOMPARE(MFM::markPoints(tattooL, {0, "tattoo", "other", {}}), 5);
    QCOMPARE(MFM::markPoints(tattooL, {0, "tattoo", "chest", {}}), 0);
    QCOMPARE(MFM::markPoints(tattooL, {0, "scar", "left_arm", {}}), 0);
    QCOMPARE(MFM::markPoints({0, "other", "face", {}}, {0, "other", "face", {}}), 10);
    QCOMPARE(MFM::markPoints({0, "mole", "face", {}}, {0, "mole", "neck", {}}), 5);
    QCOMPARE(MFM::markPoints({0, "mole", "face", {}}, {0, "mole", "back", {}}), 0);

    // A hand-worked pair: sex 20, found 9 days later 15, age 36 in 33-38 25; marks: the tattoo on
    // the left arm 20, the mole on the face against the neck 5; the scar and the birthmark have
    // no partner (0, not shown): 85.
    MFM::Missing m;
    m.sex = "F";
    m.birthYear = 1990;
    m.lastSeen = QDate(2026, 3, 1);
    m.marks = {tattooL, {0, "mole", "face", {}}, {0, "scar", "right_leg", "烫伤"}};
    MFM::Found f;
    f.sex = "F";
    f.ageMin = 33;
    f.ageMax = 38;
    f.found = QDate(2026, 3, 10);
    f.marks = {{0, "birthmark", "back", {}}, {0, "mole", "neck", {}}, {0, "tattoo", "left_arm", "青龙"}};
    int points = -1;
    QList<MatchReason> reasons;
    QVERIFY(MFM::score(m, f, points, reasons));
    QCOMPARE(pointsOf(reasons), QList<int>({20, 15, 25, 20, 5}));
    QCOMPARE(points, 85);
    QCOMPARE(sumOf(reasons), points);
    QCOMPARE(reasons[3].text, QString("Same mark: Tattoo, Left arm (龙 / 青龙)."));
    QCOMPARE(reasons[4].text, QString("Similar mark: Mole, Face against Neck."));
    // Each mark pairs once: two tattoos (left and right arm) against one on the left arm give
    // the best pair only (20), not 20 + 5.
    m.marks = {{0, "tattoo", "right_arm", {}}, tattooL};
    f.marks = {{0, "tattoo", "left_arm", {}}};
    QVERIFY(MFM::score(m, f, points, reasons));
    QCOMPARE(pointsOf(reasons), QList<int>({20, 15, 25, 20}));
    QCOMPARE(reasons[3].text, QString("Same mark: Tattoo, Left arm (龙)."));

    // Through the database: two records alike but for their marks; the one with the same tattoo
    // at the same place ranks first (60 + 20), the other has the same tattoo on the other arm
    // (60 + 5); found-person marks and case marks are both read.
    exec("INSERT INTO cases(uuid, case_no, source, status, opened_at, subject_name, subject_sex, "
         "subject_birth_year, last_seen_date) VALUES ('m40', 'SZ-40', 'public_report', 'open', "
         "'2026-03-01T00:00:00', '马兰', 'F', 1990, '2026-03-01')");
    exec("INSERT INTO found_persons(uuid, record_no, circumstance, sex, age_min, age_max, place_found, "
         "found_date, created_at) VALUES ('f40', 'WM-40', 'shelter', 'F', 30, 40, '医院', '2026-03-05', "
         "'2026-03-05T00:00:00'), ('f41', 'WM-41', 'shelter', 'F', 30, 40, '医院', '2026-03-05', "
         "'2026-03-05T00:00:00')");
    MissingFoundMatcher matcher(m_t->db(), actor("100003"));
    const qint64 c = *matcher.caseId("SZ-40");
    const qint64 f40 = *matcher.foundPersonId("WM-40"), f41 = *matcher.foundPersonId("WM-41");
    QVERIFY(CaseService(m_t->db(), actor("100003")).setMarks(c, {tattooL}).ok());
    FoundPersonService found(m_t->db(), actor("100003"));
    QVERIFY(found.setMarks(f40, {{0, "tattoo", "right_arm", {}}}).ok());
    QVERIFY(found.setMarks(f41, {{0, "tattoo", "left_arm", "青龙"}}).ok());
    auto r = matcher.forCase(c);
    QVERIFY(r.ok());
    QCOMPARE(r->candidates.size(), 2);
    QCOMPARE(r->candidates[0].id, f41);
    QCOMPARE(r->candidates[0].score, 80);
    QCOMPARE(r->candidates[1].id, f40);
    QCOMPARE(r->candidates[1].score, 65);
    for (const MatchCandidate& x : r->candidates)
        QCOMPARE(sumOf(x.reasons), x.score);
    QVERIFY(MatchReasons::text(r->candidates[0].reasons)
                .contains("Same mark: Tattoo, Left arm (龙 / 青龙). (+20)"));
    // And from the found person's side, the case's marks count the same.
    auto back = matcher.forFoundPerson(f41);
    QVERIFY(back.ok());
    QCOMPARE(back->candidates.first().id, c);
    QCOMPARE(back->candidates.first().score, 80);
}

TestMissingFound::MissingBoy TestMissingFound::addMissingBoy()
{
    // A boy went missing at four in 2014 (case SZ-50); in the 2026 sweep a boy of about fifteen,
    // 小明, is found living unregistered in a household at the same station, and a girl 小芳; a
    // shelter holds a boy of 12-18 (WM-50).
    const qint64 donggang = id("SELECT id FROM stations WHERE name = '东岗派出所'");
    const qint64 household = id(QString("SELECT min(h.id) FROM households h JOIN areas a ON a.id = h.area_id "
                                        "WHERE a.station_id = %1")
                                    .arg(donggang));
    if (household <= 0)
        qFatal("addMissingBoy: no household at 东岗");
    const QString householdNo =
        m_t->scalar(QString("SELECT household_no FROM households WHERE id = %1").arg(household)).toString();
    const qint64 officer = id("SELECT id FROM users WHERE badge = '100001'");
    exec(QString(
             "INSERT INTO cases(uuid, case_no, station_id, source, status, opened_at, subject_name, "
             "subject_sex, subject_birth_year, last_seen_date, last_seen_place) VALUES ('m50', 'SZ-50', %1, "
             "'public_report', 'open', '2014-05-02T00:00:00', '李小明', 'M', 2010, '2014-05-01', "
             "'幼儿园门口')")
             .arg(donggang));
    exec("INSERT INTO found_persons(uuid, record_no, circumstance, sex, age_min, age_max, place_found, "
         "found_date, "
         "created_at) VALUES ('f50', 'WM-50', 'shelter', 'M', 12, 18, '救助站', '2026-03-25', "
         "'2026-03-25T00:00:00')");
    exec(QString("INSERT INTO visits(uuid, operation_id, household_id, officer_id, visited_at, outcome, "
                 "created_at) "
                 "VALUES ('v50', %1, %2, %3, '2026-03-20T16:45:00', 'completed', '2026-03-20T16:45:00')")
             .arg(m_op)
             .arg(household)
             .arg(officer));
    const qint64 visit = id("SELECT id FROM visits WHERE uuid = 'v50'");
    auto unregistered = [&](const char* uuid, const char* name, const char* sex, int born) {
        const qint64 p = addPerson(QString::fromUtf8(name), {}, QString::fromUtf8(sex), {}, born, household);
        exec(QString("UPDATE persons SET registered = 0 WHERE id = %1").arg(p));
        exec(QString("INSERT INTO screenings(uuid, visit_id, operation_id, person_id, screened_at, status) "
                     "VALUES ('%1', %2, %3, %4, '2026-03-20T16:45:00', 'unregistered_found')")
                 .arg(QString::fromUtf8(uuid))
                 .arg(visit)
                 .arg(m_op)
                 .arg(p));
        return p;
    };
    const qint64 boy = unregistered("s50", "小明", "M", 2011);
    unregistered("s51", "小芳", "F", 2011); // another sex: ruled out

    return MissingBoy{boy, householdNo};
}

void TestMissingFound::unregisteredCandidates()
{
    // 小明 ranks first among the case's candidates, as an unregistered person (not a found-person
    // record), above the shelter's record of a boy of 12-18.
    const auto [boy, householdNo] = addMissingBoy();
    MissingFoundMatcher matcher(m_t->db(), actor("100003"));
    const qint64 c = *matcher.caseId("SZ-50");
    auto r = matcher.forCase(c);
    QVERIFY(r.ok());
    QCOMPARE(r->candidates.size(), 2);
    const MatchCandidate first = r->candidates[0];
    QCOMPARE(first.kind, MatchCandidate::Kind::Unregistered);
    QCOMPARE(first.id, boy);
    QCOMPARE(first.number, householdNo);
    QCOMPARE(first.name, QString("小明"));
    QCOMPARE(first.age, QString("15"));
    QCOMPARE(first.status, QString("found")); // no registration file yet
    // Sex 20, found twelve years later 0, born 2011 against 2010 (a year's doubt) 25, the same
    // station 10, 小明 part of 李小明 15: 70. The shelter's boy: sex 20, time 0, age 16 in 12-18
    // 25: 45.
    QCOMPARE(pointsOf(first.reasons), QList<int>({20, 0, 25, 10, 15}));
    QCOMPARE(first.score, 70);
    QCOMPARE(sumOf(first.reasons), first.score);
    QCOMPARE(first.reasons[2].text, QString("Born about 2011, as the subject (2010)."));
    QCOMPARE(r->candidates[1].kind, MatchCandidate::Kind::FoundPerson);
    QCOMPARE(r->candidates[1].number, QString("WM-50"));
    QCOMPARE(r->candidates[1].score, 45);
    QCOMPARE(r->excluded, 2); // 小芳 (sex) and the fixture's 小红 ("约8岁": born about 2018)
    QCOMPARE(first.toJson().value("kind").toString(), QString("unregistered_person"));
    // Born 2004, six years from 2010 (five beyond the year's doubt): a candidate still, 10 - 2 * 5.
    exec(QString("UPDATE persons SET birth_year = 2004 WHERE id = %1").arg(boy));
    r = matcher.forCase(c, 50, 0);
    const auto him = std::find_if(r->candidates.cbegin(), r->candidates.cend(),
                                  [boy](const MatchCandidate& x) { return x.id == boy; });
    QVERIFY(him != r->candidates.cend());
    QCOMPARE(him->reasons[2].points, 0);
    QCOMPARE(him->reasons[2].text, QString("Born about 2004, 5 year(s) from the subject's 2010."));
    // A case about the very person found unregistered does not rank him against himself.
    exec(QString("UPDATE cases SET subject_person_id = %1 WHERE id = %2").arg(boy).arg(c));
    r = matcher.forCase(c, 50, 0);
    for (const MatchCandidate& x : r->candidates)
        QVERIFY(x.kind != MatchCandidate::Kind::Unregistered || x.id != boy);
}

void TestMissingFound::unregisteredRuledOut()
{
    // Issue 14, outcome 3: an investigator rules 小明 out for SZ-50 with a reason; the rule-out
    // is saved and audited, and he stays out of later rankings for that case (counted as ruled
    // out), while the shelter's record is still ranked. Twice is refused, as is no reason, an
    // officer, or a person never found unregistered.
    const auto [boy, householdNo] = addMissingBoy();
    MissingFoundMatcher matcher(m_t->db(), actor("100003"));
    const qint64 c = *matcher.caseId("SZ-50");
    MatchDecisionService decisions(m_t->db(), actor("100003"));
    Status s = decisions.ruleOutUnregistered(c, boy, "  ");
    QVERIFY(!s);
    QCOMPARE(s.error().field, QString("reason"));
    s = MatchDecisionService(m_t->db(), actor("100001")).ruleOutUnregistered(c, boy, "不是他");
    QVERIFY(!s);
    QCOMPARE(s.error().kind, Error::Kind::Denied);
    const qint64 registered =
        id("SELECT min(p.id) FROM persons p WHERE NOT EXISTS (SELECT 1 FROM screenings s "
           "WHERE s.person_id = p.id AND s.status = 'unregistered_found')");
    s = decisions.ruleOutUnregistered(c, registered, "不是他");
    QVERIFY(!s);
    QCOMPARE(s.error().kind, Error::Kind::NotFound);
    QCOMPARE(m_t->count("unregistered_rule_outs"), 0);

    const qint64 audits = m_t->count("audit_log WHERE action = 'rule_out'");
    s = decisions.ruleOutUnregistered(c, boy, "  DNA比对不符 ");
    QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().text()));
    QCOMPARE(m_t->count("unregistered_rule_outs"), 1);
    QCOMPARE(m_t->scalar("SELECT reason FROM unregistered_rule_outs").toString(), QString("DNA比对不符"));
    QCOMPARE(m_t->scalar("SELECT actor FROM unregistered_rule_outs").toString(), QString("100003"));
    QCOMPARE(m_t->count("audit_log WHERE action = 'rule_out'"), audits + 1);
    const QString after =
        m_t->scalar("SELECT after FROM audit_log WHERE action = 'rule_out' ORDER BY id DESC").toString();
    QVERIFY2(after.contains("DNA比对不符") && after.contains("SZ-50") && after.contains(householdNo),
             qPrintable(after));

    auto r = matcher.forCase(c, 50, 0);
    QVERIFY(r.ok());
    for (const MatchCandidate& x : r->candidates)
        QVERIFY(x.kind != MatchCandidate::Kind::Unregistered || x.id != boy);
    QCOMPARE(r->ruledOut, 1);
    QVERIFY(std::any_of(r->candidates.cbegin(), r->candidates.cend(),
                        [](const MatchCandidate& x) { return x.number == "WM-50"; }));

    s = decisions.ruleOutUnregistered(c, boy, "再次");
    QVERIFY(!s);
    QCOMPARE(s.error().kind, Error::Kind::Conflict);
    QCOMPARE(m_t->count("unregistered_rule_outs"), 1);

    // Another case for a boy of the same age still ranks him.
    const qint64 donggang = id("SELECT id FROM stations WHERE name = '东岗派出所'");
    exec(QString("INSERT INTO cases(uuid, case_no, station_id, source, status, opened_at, subject_name, "
                 "subject_sex, subject_birth_year, last_seen_date, last_seen_place) VALUES ('m51', 'SZ-51', "
                 "%1, 'public_report', 'open', '2014-06-02T00:00:00', '王明', 'M', 2011, '2014-06-01', "
                 "'市场')")
             .arg(donggang));
    r = matcher.forCase(*matcher.caseId("SZ-51"), 50, 0);
    QVERIFY(r.ok());
    QCOMPARE(r->ruledOut, 0);
    QVERIFY(std::any_of(r->candidates.cbegin(), r->candidates.cend(), [boy](const MatchCandidate& x) {
        return x.kind == MatchCandidate::Kind::Unregistered && x.id == boy;
    }));

    // 小明's record merged into another record of him: the rule-out goes with him.
    const qint64 household = id(QString("SELECT household_id FROM persons WHERE id = %1").arg(boy));
    const qint64 again = addPerson("小明", {}, "M", {}, 2011, household);
    const auto merged = PersonMergeService(m_t->db(), actor("100003")).merge(again, boy);
    QVERIFY2(merged.ok(), qPrintable(merged ? QString() : merged.error().text()));
    QCOMPARE(m_t->scalar("SELECT person_id FROM unregistered_rule_outs").toLongLong(), again);
    r = matcher.forCase(c, 50, 0);
    QCOMPARE(r->ruledOut, 1);
    for (const MatchCandidate& x : r->candidates)
        QVERIFY(x.kind != MatchCandidate::Kind::Unregistered || x.id != again);
}

QTEST_GUILESS_MAIN(TestMissingFound)
#include "tst_missing_found.moc"
