// Matching: duplicate detection finds the planted pairs (the same ID number written two ways,
// the same name and birth date, names that sound alike with the same birth year and area) and
// no pair among the distinct fixture people; dismissed pairs stay dismissed; a merge moves every
// reference (screenings incl. the same-visit conflict, cases, links, progress), fills missing
// fields, is audited and keeps the figures right; officers and supervisors are refused;
// missing vs found is tested in tst_missing_found.
#include "app/cli/CommandLine.h"
#include "core/auth/UserService.h"
#include "core/cases/CaseService.h"
#include "core/cases/FoundPersonService.h"
#include "core/common/Clock.h"
#include "core/matching/DuplicateFinder.h"
#include "core/matching/MatchReasons.h"
#include "core/matching/MissingFoundMatcher.h"
#include "core/matching/PersonMergeService.h"
#include "core/matching/PhoneticKey.h"
#include "core/matching/PlaceOverlap.h"
#include "core/registry/IdNumber.h"
#include "core/stats/StatsService.h"
#include "tests/core/MatchingFixture.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace hc;
using hc::test::TestDatabase;

class TestMatching : public hc::test::MatchingFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { HC_SKIP_WITHOUT_ENGINE(); }
    void init() { setUpFixture(); }
    void cleanup() { Clock::setInstance(nullptr); }
    void phoneticKeys();
    void noFalsePairAmongFixture();
    void plantedPairsFound();
    void blocksAndCacheAndCancel();
    void dismissedStayDismissed();
    void mergeMovesEveryReference();
    void mergeRefusedAndValidated();
    void duplicateScoresAddUp();
    void commandLine();
    void reasonsText();
};

void TestMatching::phoneticKeys()
{
    PhoneticKeys keys;
    QVERIFY(keys.isValid());
    QCOMPARE(keys.key("张伟"), QString("zhangwei"));
    QCOMPARE(keys.key("章伟"), QString("zhangwei"));
    QCOMPARE(keys.key("欧阳娜娜"), QString("ouyangnana"));
    QCOMPARE(keys.key("Anna Müller"), QString("annamuller"));
    QVERIFY(keys.key("王芳") != keys.key("汪洋"));
    QCOMPARE(editDistance(u"zhangwei", u"zhanwei"), 1);
    QCOMPARE(editDistance(u"liuyi", u"liuer"), 2);
    QCOMPARE(editDistance(u"", u"abc"), 3);
}

void TestMatching::noFalsePairAmongFixture()
{
    const DuplicateScan s = scan();
    QVERIFY(s.people >= 9); // the registry and the people found during the field sheets
    QCOMPARE(s.totalPairs, 0);
    QVERIFY(s.pairs.isEmpty());
}

void TestMatching::plantedPairsFound()
{
    // (a) 陈老's number in its first-generation 15-digit form, and a number ending in X written
    // with a lower-case x and spaces.
    const qint64 chen = id("SELECT id FROM persons WHERE name = '陈老'");
    const qint64 chen15 = addPerson("陈老", "620102650203031", "M", {}, 1965, {});
    QString withX;
    for (int seq = 0; withX.isEmpty() || !withX.endsWith('X'); ++seq)
        withX = IdNumber::make("620104", QDate(1979, 1, 1), seq);
    const qint64 x1 = addPerson("刘三", withX, {}, {}, {}, {});
    QString spaced = withX.left(6) + ' ' + withX.mid(6, 8) + ' ' + withX.mid(14).toLower();
    const qint64 x2 = addPerson("刘叁", spaced, {}, {}, {}, {});
    // (b) 王芳 again, same birth date, in another household and without an ID number.
    const qint64 wang = id("SELECT id FROM persons WHERE name = '王芳'");
    const qint64 wang2 = addPerson("王芳", {}, "F", "1982-03-01", 1982, 3);
    // (c) 章伟 sounds like 张伟: same birth year, same area (household 1 is area 1).
    const qint64 zhang = id("SELECT id FROM persons WHERE name = '张伟'");
    const qint64 zhang2 = addPerson("章伟", {}, "M", {}, 1980, 1);
    // (b) also when written with a full-width space.
    const qint64 li = id("SELECT id FROM persons WHERE name = '李娜'");
    const qint64 li2 = addPerson("李　娜", {}, "F", "1990-01-15", 1990, {});
    // Near misses: sounds alike but another area, or another birth year.
    addPerson("章伟", {}, "M", {}, 1980, 3);
    addPerson("张玮", {}, "M", {}, 1981, 1);

    const DuplicateScan s = scan();
    QCOMPARE(s.totalPairs, 5);
    QVERIFY(find(s, li, li2));
    QCOMPARE(find(s, li, li2)->rules, int(DuplicatePair::SameNameBirthDate));
    const DuplicatePair* a = find(s, chen, chen15);
    QVERIFY(a);
    QCOMPARE(a->rules, int(DuplicatePair::SameIdNumber));
    QVERIFY(a->score >= 90);
    QVERIFY(a->reasons.first().text.contains("620102650203031"));
    const DuplicatePair* ax = find(s, x1, x2);
    QVERIFY(ax);
    QCOMPARE(ax->rules, int(DuplicatePair::SameIdNumber));
    const DuplicatePair* b = find(s, wang, wang2);
    QVERIFY(b);
    QCOMPARE(b->rules, int(DuplicatePair::SameNameBirthDate));
    const DuplicatePair* c = find(s, zhang, zhang2);
    QVERIFY(c);
    QCOMPARE(c->rules, int(DuplicatePair::SoundAlike));
    QVERIFY(c->reasons.first().text.contains("zhangwei"));
    // Reasons add up to the score; best first.
    for (const DuplicatePair& p : s.pairs) {
        int sum = 0;
        for (const MatchReason& r : p.reasons)
            sum += r.points;
        QCOMPARE(p.score, std::clamp(sum, 0, 100));
        QVERIFY(p.a.id < p.b.id);
    }
    for (qsizetype i = 1; i < s.pairs.size(); ++i)
        QVERIFY(s.pairs[i - 1].score >= s.pairs[i].score);
    // JSON for the CLI.
    QCOMPARE(a->toJson()["rules"].toArray().first().toString(), QString("same_id_number"));
}

void TestMatching::blocksAndCacheAndCancel()
{
    for (int i = 0; i < 3; ++i)
        addPerson("李明", {}, "M", "1970-01-01", 1970, 2);
    DuplicateFinder::Options o;
    o.maxBlock = 2; // the 李明 block (3) is too large for this run
    DuplicateScan s = scan(o);
    QCOMPARE(s.totalPairs, 0);
    QCOMPARE(s.skippedBlocks, 2); // by name and birth date, and by sound, year and area
    QCOMPARE(s.skippedPeople, 6);
    QVERIFY(s.namesKeyed > 0);
    // A first run caches every distinct name's key, a second transliterates nothing.
    s = scan();
    QCOMPARE(s.totalPairs, 3);
    QCOMPARE(s.namesKeyed, 0);
    QCOMPARE(m_t->count("name_phonetic"), s.distinctNames);
    QCOMPARE(m_t->scalar("SELECT key FROM name_phonetic WHERE name = '李明'").toString(), QString("liming"));
    // Cancel through the progress callback.
    int calls = 0;
    auto r = DuplicateFinder(m_t->db(), actor("100003")).run({}, [&calls](int, const QString&) {
        return ++calls < 2;
    });
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::Cancelled);
    // Only investigators and administrators look for duplicates.
    QCOMPARE(DuplicateFinder(m_t->db(), actor("100001")).run().error().kind, Error::Kind::Denied);
}

void TestMatching::dismissedStayDismissed()
{
    const qint64 wang = id("SELECT id FROM persons WHERE name = '王芳'");
    const qint64 wang2 = addPerson("王芳", {}, "F", "1982-03-01", 1982, 3);
    const qint64 zhang = id("SELECT id FROM persons WHERE name = '张伟'");
    const qint64 zhang2 = addPerson("章伟", {}, "M", {}, 1980, 1);
    QCOMPARE(scan().totalPairs, 2);
    PersonMergeService svc(m_t->db(), actor("100003"));
    QVERIFY(svc.dismiss(wang2, wang).ok()); // either order
    QVERIFY(svc.dismiss(wang, wang2).ok()); // twice is harmless
    QCOMPARE(m_t->count("person_match_dismissals"), 1);
    QCOMPARE(id(QString("SELECT person_a FROM person_match_dismissals")), std::min(wang, wang2));
    QCOMPARE(id("SELECT count(*) FROM audit_log WHERE action = 'dismiss' AND entity = 'person_pair'"), 1);
    const DuplicateScan s = scan();
    QCOMPARE(s.totalPairs, 1);
    QVERIFY(find(s, zhang, zhang2));
    QVERIFY(!find(s, wang, wang2));
    QCOMPARE(s.dismissedSkipped, 1);
    QCOMPARE(svc.dismiss(wang, wang).error().field, QString("person"));
    QCOMPARE(svc.dismiss(wang, 999999).error().kind, Error::Kind::NotFound);
    QCOMPARE(PersonMergeService(m_t->db(), actor("100002")).dismiss(zhang, zhang2).error().kind,
             Error::Kind::Denied);
}

void TestMatching::mergeMovesEveryReference()
{
    // 张三 was screened in the same visit as 张伟 (H001, 2026-03-02 10:00): the same man
    // written down twice. He also has a follow-up check, a case opened from his screening, and
    // links; 张伟 has a link to him.
    const qint64 keep = id("SELECT id FROM persons WHERE name = '张伟'");
    const qint64 drop = addPerson("张三", {}, "M", {}, 1980, 1, "左臂有疤");
    exec(QString("UPDATE persons SET phone = '13900009999' WHERE id = %1").arg(drop));
    const qint64 visit = id(QString("SELECT visit_id FROM screenings WHERE person_id = %1").arg(keep));
    QVERIFY(visit > 0);
    exec(QString(
             "INSERT INTO screenings(uuid, visit_id, officer_id, operation_id, person_id, screened_at, "
             "status) "
             "SELECT 'dup-1', visit_id, officer_id, operation_id, %1, screened_at, 'present' FROM screenings "
             "WHERE person_id = %2 AND visit_id = %3")
             .arg(drop)
             .arg(keep)
             .arg(visit));
    const qint64 dropScreening = id(QString("SELECT id FROM screenings WHERE person_id = %1").arg(drop));
    const qint64 keepScreening =
        id(QString("SELECT id FROM screenings WHERE person_id = %1 AND visit_id = %2").arg(keep).arg(visit));
    QVERIFY(keepScreening > 0 && dropScreening != keepScreening);
    exec(QString("INSERT INTO screenings(uuid, visit_id, officer_id, operation_id, person_id, screened_at, "
                 "status, "
                 "whereabouts, verified_by) VALUES ('%1', NULL, NULL, %2, %3, '2026-04-01T09:00:00', "
                 "'away_verified', '在兰州', 'phone')")
             .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
             .arg(m_op)
             .arg(drop));
    const qint64 followUp = id("SELECT max(id) FROM screenings");
    exec(
        QString("INSERT INTO cases(uuid, case_no, operation_id, subject_person_id, source, screening_id, "
                "opened_at, "
                "subject_name) VALUES ('c1', 'SZ-1', %1, %2, 'screening', %3, '2026-03-02T11:00:00', '张三')")
            .arg(m_op)
            .arg(drop)
            .arg(dropScreening));
    auto link = [&](const QString& ak, const QString& a, const QString& bk, const QString& b,
                    const char* kind) {
        exec(QString(
                 "INSERT INTO links(uuid, a_kind, a_key, b_kind, b_key, kind, confidence, created_at) VALUES "
                 "('%1', '%2', '%3', '%4', '%5', '%6', 0.9, '2026-03-05T00:00:00')")
                 .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), ak, a, bk, b, QLatin1String(kind)));
    };
    link("person", QString::number(drop), "phone", "13900009999", "same_phone");
    link("case", "1", "person", QString::number(drop), "witness");
    link("person", QString::number(keep), "person", QString::number(drop), "same_person");
    const qint64 otherLinks = m_t->count("links");
    const auto before = StatsService(m_t->db()).compute(m_op);
    QVERIFY(before.ok());
    QCOMPARE(*before, *StatsService(m_t->db()).recount(m_op));
    const qint64 checksBefore = before->personChecks;

    const auto r = PersonMergeService(m_t->db(), actor("100003")).merge(keep, drop);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
    QCOMPARE(r->screeningsDropped, 1);
    QCOMPARE(r->screeningsMoved, 1); // the follow-up check
    QCOMPARE(r->casesMoved, 1);
    QCOMPARE(r->linksMoved, 2);
    QCOMPARE(r->linksRemoved, 1);
    QCOMPARE(r->filledFields, QStringList{"notes"}); // 张伟 has a phone of his own

    // Nothing refers to the dropped person any more.
    QCOMPARE(id(QString("SELECT count(*) FROM persons WHERE id = %1").arg(drop)), 0);
    QCOMPARE(id(QString("SELECT count(*) FROM screenings WHERE person_id = %1").arg(drop)), 0);
    QCOMPARE(id(QString("SELECT count(*) FROM person_progress WHERE person_id = %1").arg(drop)), 0);
    QCOMPARE(id(QString("SELECT count(*) FROM cases WHERE subject_person_id = %1").arg(drop)), 0);
    QCOMPARE(id(QString("SELECT count(*) FROM links WHERE (a_kind = 'person' AND a_key = '%1') OR "
                        "(b_kind = 'person' AND b_key = '%1')")
                    .arg(drop)),
             0);
    // ...and everything moved to the kept one.
    QCOMPARE(id(QString("SELECT count(*) FROM screenings WHERE id = %1").arg(dropScreening)), 0);
    QCOMPARE(id(QString("SELECT person_id FROM screenings WHERE id = %1").arg(followUp)), keep);
    QCOMPARE(id("SELECT subject_person_id FROM cases WHERE case_no = 'SZ-1'"), keep);
    QCOMPARE(id("SELECT screening_id FROM cases WHERE case_no = 'SZ-1'"), keepScreening);
    QCOMPARE(m_t->count("links"), otherLinks - 1);
    QCOMPARE(
        id(QString("SELECT count(*) FROM links WHERE a_kind = 'person' AND a_key = '%1' AND b_kind = 'phone'")
               .arg(keep)),
        1);
    // The kept person's latest status is the follow-up check (2026-04-01) now.
    QCOMPARE(id(QString("SELECT latest_id FROM person_progress WHERE person_id = %1 AND operation_id = %2")
                    .arg(keep)
                    .arg(m_op)),
             followUp);
    QCOMPARE(m_t->scalar(QString("SELECT notes FROM persons WHERE id = %1").arg(keep)).toString(),
             QString("左臂有疤"));
    QCOMPARE(m_t->scalar(QString("SELECT phone FROM persons WHERE id = %1").arg(keep)).toString(),
             QString("13900000001"));
    // The figures the triggers keep agree with a full recount; one person-check fewer.
    const auto after = StatsService(m_t->db()).compute(m_op);
    QCOMPARE(*after, *StatsService(m_t->db()).recount(m_op));
    QCOMPARE(after->personChecks, checksBefore - 1);
    // Audited with both records before and what happened.
    QSqlQuery q(m_t->db().sql());
    QVERIFY(q.exec("SELECT actor, entity_id, before, after FROM audit_log WHERE action = 'merge'") &&
            q.next());
    QCOMPARE(q.value(1).toLongLong(), keep);
    const QJsonObject b = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    const QJsonObject a = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    QCOMPARE(b["dropped"]["name"].toString(), QString("张三"));
    QCOMPARE(b["kept"]["name"].toString(), QString("张伟"));
    QCOMPARE(a["same_visit_conflicts"].toArray().size(), 1);
    QCOMPARE(a["same_visit_conflicts"][0]["dropped_screening"].toInteger(), dropScreening);
    QCOMPARE(a["kept"]["notes"].toString(), QString("左臂有疤"));
    QVERIFY(!q.next());
}

void TestMatching::mergeRefusedAndValidated()
{
    const qint64 chen = id("SELECT id FROM persons WHERE name = '陈老'");
    const qint64 chen15 = addPerson("陈老", "620102650203031", {}, {}, {}, {});
    for (const char* badge : {"100001", "100002"}) { // officer, supervisor
        const auto r = PersonMergeService(m_t->db(), actor(badge)).merge(chen, chen15);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Denied);
    }
    PersonMergeService svc(m_t->db(), actor("100003"));
    QCOMPARE(svc.merge(chen, chen).error().field, QString("drop"));
    QCOMPARE(svc.merge(chen, 999999).error().field, QString("drop"));
    QCOMPARE(svc.merge(999999, chen).error().field, QString("keep"));
    QCOMPARE(m_t->count("audit_log WHERE action = 'merge'"), 0);
    // Keeping the 15-digit record: it takes the sex, household and the normalised number.
    const auto r = svc.merge(chen15, chen);
    QVERIFY(r.ok());
    QVERIFY(r->filledFields.contains("id_number"));
    QVERIFY(r->filledFields.contains("household_id"));
    QCOMPARE(m_t->scalar(QString("SELECT id_number FROM persons WHERE id = %1").arg(chen15)).toString(),
             QString("620102196502030316"));
}

void TestMatching::duplicateScoresAddUp()
{
    // (1) Everything agrees: 90 (ID) + 10 (name and birth date) + 5 (sex) + 5 (name) = 110,
    // capped at 100 by a term of its own.
    const QString number = IdNumber::make("620104", QDate(1985, 6, 1), 8);
    const qint64 z1 = addPerson("赵敏", number, "F", "1985-06-01", 1985, {});
    const qint64 z2 = addPerson("赵敏", number.left(6) + ' ' + number.mid(6), "F", "1985-06-01", 1985, {});
    // (2) 章伟 sounds like 张伟 (same year, same area) but was born on another day:
    // 40 + 5 (sex) - 10 (birth dates) = 35, under the default minimum of 40.
    const qint64 zhang = id("SELECT id FROM persons WHERE name = '张伟'");
    const qint64 zhang2 = addPerson("章伟", {}, "M", "1980-06-01", 1980, 1);
    DuplicateScan s = scan();
    QCOMPARE(s.totalPairs, 1);
    QCOMPARE(s.belowMinScore, 1);
    QVERIFY(!find(s, zhang, zhang2));
    const DuplicatePair* all = find(s, z1, z2);
    QVERIFY(all);
    QCOMPARE(pointsOf(all->reasons), QList<int>({90, 10, 5, 5, -10}));
    QCOMPARE(all->score, 100);
    QVERIFY(all->reasons.last().text.contains("100"));
    DuplicateFinder::Options o;
    o.minScore = 0;
    s = scan(o);
    QVERIFY(find(s, zhang, zhang2));
    QCOMPARE(pointsOf(find(s, zhang, zhang2)->reasons), QList<int>({40, 5, -10}));
    QCOMPARE(find(s, zhang, zhang2)->score, 35);
    // (3) 张卫 sounds alike too, but is a woman with another ID number: 40 - 30 - 20 = -10,
    // raised to 0 by a term of its own.
    const qint64 wei = addPerson("张卫", IdNumber::make("620102", QDate(1980, 2, 2), 8), "F", {}, 1980, 1);
    s = scan(o);
    const DuplicatePair* against = find(s, zhang, wei);
    QVERIFY(against);
    QCOMPARE(pointsOf(against->reasons), QList<int>({40, -30, -20, 10}));
    QCOMPARE(against->score, 0);
    for (const DuplicatePair& p : s.pairs)
        QCOMPARE(sumOf(p.reasons), p.score);
    // The rule filter: the pairs the ID number rule found; the others are counted.
    o.rules = DuplicatePair::SameIdNumber;
    s = scan(o);
    QCOMPARE(s.totalPairs, 1);
    QVERIFY(find(s, z1, z2));
    QCOMPARE(s.otherRules, 3);
}

void TestMatching::commandLine()
{
    const QString admin = hc::test::cliAdmin(m_t->db());
    auto cli = [this, admin](QStringList args, QString* output = nullptr) {
        QString out, err;
        QTextStream o(&out), e(&err);
        args.insert(1, "--db");
        args.insert(2, m_t->path());
        args << "--user" << admin;
        if (args.size() > 3 && (args.at(3) == "merge" || args.at(3) == "dismiss"))
            args.move(3, 1); // duplicates merge --db F ...
        const int status = hc::cli::CommandLine(o, e).run(QStringList{"homecoming-cli"} + args);
        o.flush();
        e.flush();
        if (output)
            *output = out + err;
        return status;
    };
    const qint64 wang = id("SELECT id FROM persons WHERE name = '王芳'");
    const qint64 wang2 = addPerson("王芳", {}, "F", "1982-03-01", 1982, 3);
    const qint64 zhang = id("SELECT id FROM persons WHERE name = '张伟'");
    const qint64 zhang2 = addPerson("章伟", {}, "M", {}, 1980, 1);
    QString out;
    QCOMPARE(cli({"duplicates", "--json"}, &out), 0);
    const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(o["pairs"].toInt(), 2);
    QCOMPARE(o["list"].toArray().size(), 2);
    QCOMPARE(cli({"duplicates", "--limit", "1"}, &out), 0);
    QVERIFY2(out.contains("2 possible duplicate pairs") && out.contains("王芳"), qPrintable(out));
    QCOMPARE(cli({"duplicates", "dismiss", QString::number(zhang), QString::number(zhang2)}), 0);
    QCOMPARE(cli({"duplicates", "dismiss", QString::number(zhang)}), 2);
    QCOMPARE(cli({"duplicates", "merge", "--keep", QString::number(wang), "--drop", "x"}), 2);
    // Refused by core (Invalid): the one exit-status mapping makes that 2 (it was 1 before).
    QCOMPARE(cli({"duplicates", "merge", "--keep", QString::number(wang), "--drop", QString::number(wang)}),
             2);
    QCOMPARE(
        cli({"duplicates", "merge", "--keep", QString::number(wang), "--drop", QString::number(wang2)}, &out),
        0);
    QVERIFY2(out.contains("Merged person"), qPrintable(out));
    QCOMPARE(cli({"duplicates", "--json"}, &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object()["pairs"].toInt(), 0);
    QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object()["dismissed_skipped"].toInt(), 1);

    exec("INSERT INTO cases(uuid, case_no, source, status, opened_at, subject_name, subject_sex, "
         "subject_birth_year, "
         "last_seen_date) VALUES ('u', 'SZ-20', 'public_report', 'open', '2026-03-01T00:00:00', '王芳', 'F', "
         "1982, "
         "'2026-03-01')");
    exec("INSERT INTO found_persons(uuid, record_no, circumstance, sex, age_min, age_max, place_found, "
         "found_date, "
         "created_at) VALUES ('f', 'WM-20', 'hospital', 'F', 40, 50, '医院', '2026-03-09', "
         "'2026-03-09T00:00:00')");
    QCOMPARE(cli({"match", "--case", "SZ-20", "--json"}, &out), 0);
    const QJsonObject m = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(m["candidates"].toArray().size(), 1);
    QCOMPARE(m["candidates"][0]["number"].toString(), QString("WM-20"));
    QVERIFY(m["candidates"][0]["reasons"].toArray().size() >= 3);
    QCOMPARE(cli({"match", "--found", "WM-20"}, &out), 0);
    QVERIFY2(out.contains("SZ-20"), qPrintable(out));
    QCOMPARE(cli({"match", "--case", "SZ-99"}), 1);
    QCOMPARE(cli({"match"}), 2);
}

void TestMatching::reasonsText()
{
    const QList<MatchReason> reasons = {{"Same birth date.", 30}, {"Sex differs.", -50}, {"No phone.", 0}};
    QCOMPARE(MatchReasons::text(reasons.at(0)), QString("Same birth date. (+30)"));
    QCOMPARE(MatchReasons::text(reasons.at(1)), QString("Sex differs. (-50)"));
    QCOMPARE(MatchReasons::text(reasons), QString("Same birth date. (+30) Sex differs. (-50) No phone. (0)"));
    QCOMPARE(MatchReasons::text(QList<MatchReason>{}), QString());
}

QTEST_GUILESS_MAIN(TestMatching)
#include "tst_matching.moc"
