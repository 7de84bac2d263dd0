// Found-person records on the fixture: every validation field, numbering WM<year>-NNNNN, the
// list's filters, identifying a record with a case (audited), officers reading; and the
// operation's figures counting cases by source (screening / public report).
#include "core/auth/UserService.h"
#include "core/cases/CaseService.h"
#include "core/cases/FoundPersonService.h"
#include "core/common/Clock.h"
#include "core/stats/StatsService.h"
#include "core/storage/Database.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

class TestFoundPersons : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { HC_SKIP_WITHOUT_ENGINE(); }
    void init();
    void cleanup();
    void foundPersonValidation_data();
    void foundPersonValidation();
    void foundPersonNumberingAndList();
    void statsBySource();
    void identifyingMarks();

private:
    std::unique_ptr<test::ClockGuard> m_clock;
    std::unique_ptr<TestDatabase> m_t;
    qint64 m_op = 0;
    Actor actor(const char* badge) { return UserService(m_t->db()).find(QLatin1String(badge))->actor(); }
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
        r.reporterPhone = "13900001234";
        r.subjectName = "刘明";
        r.subjectSex = "M";
        r.age = 72;
        r.lastSeenPlace = "西湖公园";
        r.reportText = "晨练后未归";
        r.risk = "high";
        r.stationId = station("西湖派出所");
        return r;
    }
    QString openReport(const PublicReport& r)
    {
        auto no = CaseService(m_t->db(), Actor::system()).openFromPublicReport(r);
        return no ? *no : QString();
    }
};

void TestFoundPersons::init()
{
    m_clock = std::make_unique<test::ClockGuard>(QDateTime(QDate(2026, 4, 3), QTime(12, 0)));
    m_t = std::make_unique<TestDatabase>();
    m_op = test::loadFixture(*m_t);
}

void TestFoundPersons::cleanup()
{
    m_t.reset();
    m_clock.reset();
}

void TestFoundPersons::foundPersonValidation_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("circumstance") << "circumstance"
                                  << "street"
                                  << "circumstance";
    QTest::newRow("sex") << "sex"
                         << "U"
                         << "sex";
    QTest::newRow("age min") << "ageMin"
                             << "150"
                             << "age_min";
    QTest::newRow("age max") << "ageMax"
                             << "-5"
                             << "age_max";
    QTest::newRow("min above max") << "ageMin"
                                   << "80"
                                   << "age_max";
    QTest::newRow("height") << "heightCm"
                            << "260"
                            << "height_cm";
    QTest::newRow("negative height") << "heightCm"
                                     << "-1"
                                     << "height_cm";
    QTest::newRow("place") << "placeFound"
                           << " "
                           << "place_found";
    QTest::newRow("no date") << "foundDate"
                             << ""
                             << "found_date";
    QTest::newRow("future date") << "foundDate"
                                 << "2026-04-04"
                                 << "found_date";
    QTest::newRow("status") << "status"
                            << "lost"
                            << "status";
    QTest::newRow("case without identified") << "matchedCaseId"
                                             << "1"
                                             << "matched_case";
    QTest::newRow("station") << "stationId"
                             << "9999"
                             << "station";
}

void TestFoundPersons::foundPersonValidation()
{
    QFETCH(QString, what);
    QFETCH(QString, value);
    QFETCH(QString, field);
    FoundPerson r;
    r.circumstance = "shelter";
    r.sex = "M";
    r.ageMin = 60;
    r.ageMax = 70;
    r.heightCm = 165;
    r.placeFound = "市救助管理站";
    r.foundDate = QDate(2026, 4, 2);
    if (what == "circumstance")
        r.circumstance = value;
    else if (what == "sex")
        r.sex = value;
    else if (what == "ageMin")
        r.ageMin = value.toInt();
    else if (what == "ageMax")
        r.ageMax = value.toInt();
    else if (what == "heightCm")
        r.heightCm = value.toInt();
    else if (what == "placeFound")
        r.placeFound = value;
    else if (what == "foundDate")
        r.foundDate = QDate::fromString(value, Qt::ISODate);
    else if (what == "status")
        r.status = value;
    else if (what == "matchedCaseId")
        r.matchedCaseId = value.toLongLong();
    else if (what == "stationId")
        r.stationId = value.toLongLong();
    auto saved = FoundPersonService(m_t->db(), actor("100003")).create(r);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().field, field);
    QCOMPARE(m_t->count("found_persons"), 0);
}

void TestFoundPersons::foundPersonNumberingAndList()
{
    FoundPersonService s(m_t->db(), actor("100003"));
    FoundPerson r;
    r.circumstance = "shelter";
    r.sex = "M";
    r.ageMin = 65;
    r.ageMax = 75;
    r.heightCm = 166;
    r.nameGiven = "老刘";
    r.marks = "戴眼镜";
    r.placeFound = "西湖公园附近";
    r.foundDate = QDate(2026, 4, 2);
    r.stationId = station("西湖派出所");
    auto first = s.create(r);
    QVERIFY2(first.ok(), qPrintable(first ? QString() : first.error().text()));
    QCOMPARE(first->recordNo, "WM2026-00001");
    QCOMPARE(first->station, "西湖派出所");
    r.circumstance = "remains";
    r.sex = "F";
    r.ageMin = -1;
    r.ageMax = -1;
    r.heightCm = 0;
    r.nameGiven.clear();
    r.placeFound = "黄河边";
    r.foundDate = QDate(2026, 3, 20);
    auto second = s.create(r);
    QCOMPARE(second->recordNo, "WM2026-00002");
    QCOMPARE(second->ageMin, -1);
    QCOMPARE(second->heightCm, 0);
    auto all = s.list({});
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->first().recordNo, "WM2026-00001"); // found most recently
    FoundPersonFilter f;
    f.circumstance = "remains";
    QCOMPARE(s.list(f)->size(), 1);
    f = {};
    f.text = "老刘";
    QCOMPARE(s.list(f)->first().recordNo, "WM2026-00001");
    f.text = "黄河";
    QCOMPARE(s.list(f)->first().recordNo, "WM2026-00002");
    // Identified: names the case it resolved; audited with before and after.
    const qint64 caseRow = caseId(openReport(report()));
    FoundPerson edit = *s.load(first->id);
    edit.status = "identified";
    edit.matchedCaseId = caseRow;
    QVERIFY(s.update(first->id, edit).ok());
    auto loaded = s.load(first->id);
    QCOMPARE(loaded->status, "identified");
    QCOMPARE(loaded->matchedCaseNo, "SZ2026-00001");
    QCOMPARE(loaded->recordNo, "WM2026-00001");
    f = {};
    f.status = "open";
    QCOMPARE(s.list(f)->size(), 1);
    QCOMPARE(m_t->scalar("SELECT count(*) FROM audit_log WHERE entity = 'found_person' AND action <> 'view'")
                 .toInt(),
             3);
    // Officers read their own station's records (东岗's officer none of 西湖's); supervisors all.
    QCOMPARE(FoundPersonService(m_t->db(), actor("100001")).list({})->size(), 0);
    QCOMPARE(FoundPersonService(m_t->db(), actor("100002")).list({})->size(), 2);
}

void TestFoundPersons::statsBySource()
{
    openReport(report());
    const qint64 screening =
        m_t->scalar("SELECT id FROM screenings WHERE status = 'whereabouts_unknown'").toLongLong();
    QVERIFY(CaseService(m_t->db(), actor("100001")).openFromScreening(screening).ok());
    PublicReport other = report();
    other.subjectName = "刘二";
    openReport(other);
    auto s = StatsService(m_t->db()).compute(m_op);
    QVERIFY(s.ok());
    QCOMPARE(s->casesOpened, 3);
    QCOMPARE(s->casesBySource.value("screening"), 1);
    QCOMPARE(s->casesBySource.value("public_report"), 2);
    QCOMPARE(s->toJson().value("cases_by_source").toObject().value("public_report").toInt(), 2);
    QVERIFY(StatsService::formatTable(*s).contains("Cases opened from: Public report"));
    QCOMPARE(StatsService(m_t->db()).recount(m_op)->casesBySource, s->casesBySource);
}

QTEST_GUILESS_MAIN(TestFoundPersons)
#include "tst_found_persons.moc"

void TestFoundPersons::identifyingMarks()
{
    // Marks as data (schema 13) on a found-person record and on a case's missing person: set,
    // read back in order, replaced in one audited write, unchanged lists not written, bad codes
    // and officers refused, and the table takes exactly one owner.
    FoundPersonService found(m_t->db(), actor("100003"));
    FoundPerson r;
    r.circumstance = "hospital";
    r.placeFound = "东岗路";
    r.foundDate = QDate(2026, 4, 1);
    r.stationId = station("东岗派出所");
    const qint64 fid = found.create(r)->id;
    const QList<IdentifyingMark> marks{{0, "tattoo", "left_arm", "  龙  "}, {0, "scar", "face", "左眉"}};
    QVERIFY(found.setMarks(fid, marks).ok());
    auto back = found.marks(fid);
    QVERIFY(back.ok());
    QCOMPARE(back->size(), 2);
    QCOMPARE(back->at(0).kind, "tattoo");
    QCOMPARE(back->at(0).location, "left_arm");
    QCOMPARE(back->at(0).description, "龙"); // trimmed
    QCOMPARE(back->at(1).location, "face");
    const auto audits = [&](const char* entity) {
        return m_t
            ->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = '%1' AND action = 'marks'")
                         .arg(QLatin1String(entity)))
            .toInt();
    };
    QCOMPARE(audits("found_person"), 1);
    QVERIFY(found.setMarks(fid, *back).ok()); // the same list: nothing written
    QCOMPARE(audits("found_person"), 1);
    QVERIFY(found.setMarks(fid, {marks[1]}).ok()); // one removed
    QCOMPARE(found.marks(fid)->size(), 1);
    QCOMPARE(audits("found_person"), 2);
    const QJsonObject after =
        QJsonDocument::fromJson(m_t->scalar("SELECT after FROM audit_log WHERE action = 'marks' "
                                            "ORDER BY id DESC LIMIT 1")
                                    .toByteArray())
            .object();
    QCOMPARE(after.value("marks").toArray().size(), 1);
    QCOMPARE(after.value("marks").toArray().first().toObject().value("kind").toString(), "scar");
    // Bad codes name the field; nothing is written.
    auto bad = found.setMarks(fid, {{0, "wart", "face", {}}});
    QCOMPARE(bad.error().field, "mark_kind");
    bad = found.setMarks(fid, {{0, "mole", "elbow", {}}});
    QCOMPARE(bad.error().field, "mark_location");
    QCOMPARE(found.marks(fid)->size(), 1);
    // An officer (no EditCases) is refused, and the refusal audited.
    const auto denied = FoundPersonService(m_t->db(), actor("100001")).setMarks(fid, {});
    QCOMPARE(denied.error().kind, Error::Kind::Denied);
    QCOMPARE(found.marks(fid)->size(), 1);

    // The case's side, through CaseService.
    const qint64 caseRow = caseId(openReport(report()));
    CaseService cases(m_t->db(), actor("100003"));
    QVERIFY(cases.setMarks(caseRow, {{0, "birthmark", "back", "咖啡色"}}).ok());
    QCOMPARE(cases.marks(caseRow)->first().kind, "birthmark");
    QCOMPARE(audits("case"), 1);
    QCOMPARE(CaseService(m_t->db(), actor("100001")).setMarks(caseRow, {}).error().kind, Error::Kind::Denied);
    QCOMPARE(cases.marks(caseRow)->size(), 1);
    QCOMPARE(m_t->count("identifying_marks"), 2);
    // Exactly one owner: both or neither is refused by the table.
    QSqlQuery q(m_t->db().sql());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO identifying_marks(case_id, found_person_id, kind, location) "
                                   "VALUES (%1, %2, 'mole', 'face')")
                        .arg(caseRow)
                        .arg(fid)));
    QVERIFY(!q.exec("INSERT INTO identifying_marks(kind, location) VALUES ('mole', 'face')"));
    // Labels and parsing.
    QCOMPARE(MarkVocabulary::parseKind("纹身"), std::optional<QString>("tattoo"));
    QCOMPARE(MarkVocabulary::parseLocation("LEFT_ARM"), std::optional<QString>("left_arm"));
    QCOMPARE(MarkVocabulary::text({0, "tattoo", "left_arm", "龙"}), "Tattoo, left arm: 龙");
}
