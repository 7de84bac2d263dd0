// PFIF 1.4 interchange (issue 14, outcome 6): the status table, records in the specification's
// layout and Google Person Finder's own PFIF 1.4 test file imported (and matched, not doubled,
// the second time), rejected records named with their number, a round trip through a second
// database that loses no field Homecoming holds (identifying marks included), hostile XML
// refused quickly without a row written, rights and scope, and the two commands.
#include "app/cli/CommandLine.h"
#include "core/auth/UserService.h"
#include "core/cases/CaseService.h"
#include "core/cases/FoundPersonService.h"
#include "core/pfif/PfifConvert.h"
#include "core/pfif/PfifReader.h"
#include "core/pfif/PfifRecord.h"
#include "core/pfif/PfifService.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

class TestPfif : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { HC_SKIP_WITHOUT_ENGINE(); }
    void init();
    void cleanup();
    void statusTable_data();
    void statusTable();
    void names();
    void specExampleImports();
    void personFinderTestFileImports();
    void rejectedRecords();
    void roundTrip();
    void receivedMarks_data();
    void receivedMarks();
    void hostileXml_data();
    void hostileXml();
    void hugeFileRefusedUnread();
    void longTextNodeRejectsItsRecord();
    void rightsAndScope();
    void commandLine();

private:
    std::unique_ptr<test::ClockGuard> m_clock;
    std::unique_ptr<TestDatabase> m_t;
    Actor actor(const char* badge) { return UserService(m_t->db()).find(QLatin1String(badge))->actor(); }
    qint64 station(TestDatabase& t, const char* name)
    {
        return t
            .scalar(QStringLiteral("SELECT id FROM stations WHERE name = '%1'").arg(QString::fromUtf8(name)))
            .toLongLong();
    }
    QString data(const char* name) { return test::dataFile("pfif/") + QLatin1String(name); }
    PfifImportReport import(TestDatabase& t, const QString& file)
    {
        PfifImportOptions o;
        o.stationId = station(t, "西湖派出所");
        return PfifService(t.db(), Actor::system()).importFrom(file, o);
    }
    qint64 rowCount(TestDatabase& t)
    {
        return t.count("cases") + t.count("leads") + t.count("found_persons") + t.count("pfif_records");
    }
    // A case with every field Homecoming holds, two leads and an outcome; an open one; a
    // found-person record.
    void fillSource(TestDatabase& t);
    static QList<pfif::Record> readAll(const QString& path);
};

void TestPfif::init()
{
    m_clock = std::make_unique<test::ClockGuard>(QDateTime(QDate(2026, 4, 3), QTime(12, 0)));
    m_t = std::make_unique<TestDatabase>();
    test::loadFixture(*m_t);
}

void TestPfif::cleanup()
{
    m_t.reset();
    m_clock.reset();
}

void TestPfif::statusTable_data()
{
    QTest::addColumn<QString>("direction");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("lead sighting") << "lead"
                                   << "sighting"
                                   << "believed_alive";
    QTest::newRow("lead search") << "lead"
                                 << "search"
                                 << "believed_missing";
    QTest::newRow("lead call") << "lead"
                               << "call"
                               << "information_sought";
    QTest::newRow("lead action") << "lead"
                                 << "action"
                                 << "information_sought";
    QTest::newRow("lead tip") << "lead"
                              << "tip"
                              << "";
    QTest::newRow("outcome found_alive") << "outcome"
                                         << "found_alive"
                                         << "believed_alive";
    QTest::newRow("outcome rescued") << "outcome"
                                     << "rescued"
                                     << "believed_alive";
    QTest::newRow("outcome found_deceased") << "outcome"
                                            << "found_deceased"
                                            << "believed_dead";
    QTest::newRow("outcome closed_other") << "outcome"
                                          << "closed_other"
                                          << "";
    QTest::newRow("outcome duplicate") << "outcome"
                                       << "duplicate"
                                       << "";
    QTest::newRow("open has none") << "outcome"
                                   << "open"
                                   << "";
    QTest::newRow("note believed_alive") << "note"
                                         << "believed_alive"
                                         << "sighting";
    QTest::newRow("note is_note_author") << "note"
                                         << "is_note_author"
                                         << "sighting";
    QTest::newRow("note believed_missing") << "note"
                                           << "believed_missing"
                                           << "search";
    QTest::newRow("note information_sought") << "note"
                                             << "information_sought"
                                             << "call";
    QTest::newRow("note believed_dead") << "note"
                                        << "believed_dead"
                                        << "tip";
    QTest::newRow("note without status") << "note"
                                         << ""
                                         << "tip";
}

void TestPfif::statusTable()
{
    QFETCH(QString, direction);
    QFETCH(QString, code);
    QFETCH(QString, expected);
    const QString got = direction == "lead"      ? pfif::statusForLead(code)
                        : direction == "outcome" ? pfif::statusForOutcome(code)
                                                 : pfif::leadKindForStatus(code);
    QCOMPARE(got, expected);
    if (direction != "note")
        QVERIFY(pfif::noteStatuses().contains(got));
}

void TestPfif::names()
{
    QCOMPARE(pfif::splitName("王小明"), qMakePair(QString("王"), QString("小明")));
    QCOMPARE(pfif::splitName("欧阳娜娜"), qMakePair(QString("欧阳"), QString("娜娜")));
    QCOMPARE(pfif::splitName("Mary Ann Example"), qMakePair(QString("Example"), QString("Mary Ann")));
    QCOMPARE(pfif::joinName("娜", "李"), QString("李娜"));
    QCOMPARE(pfif::joinName("Mary", "Example"), QString("Mary Example"));
}

void TestPfif::specExampleImports()
{
    const PfifImportReport r = import(*m_t, data("spec-example.xml"));
    QVERIFY2(!r.fatal, r.fatal ? qPrintable(r.fatal->message) : "");
    QCOMPARE(r.rows, 6);
    QCOMPARE(r.imported, 6);
    QCOMPARE(r.rejected, 0);
    // The sought person: a public-report case with the notes as leads (the one on its own too).
    const auto caseId = m_t->scalar("SELECT id FROM cases WHERE subject_name = 'Mary Example'").toLongLong();
    QVERIFY(caseId > 0);
    const CaseFile c = *CaseService(m_t->db(), Actor::system()).load(caseId);
    QCOMPARE(c.source, QString("public_report"));
    QCOMPARE(c.status, QString("investigating"));
    QCOMPARE(c.fields.subjectSex, QString("F"));
    QCOMPARE(c.fields.subjectBirthYear, 1950);
    QCOMPARE(c.fields.description, QString("Short grey hair, green coat."));
    QCOMPARE(c.fields.reporterName, QString("Ann Reporter"));
    QVERIFY(c.fields.reporterPhone.isEmpty());           // "+1 555 0100" is no number the hotline takes:
    QCOMPARE(c.fields.contacts, QString("+1 555 0100")); // kept in the contacts
    QCOMPARE(c.fields.lastSeenPlace, QString("Springfield central station"));
    QCOMPARE(c.fields.risk, QString("high")); // 76 years old
    QCOMPARE(c.leads.size(), 3);
    QCOMPARE(c.leads.at(0).kind, QString("sighting")); // believed_alive, 2026-03-23
    QCOMPARE(c.leads.at(1).kind, QString("search"));   // believed_missing
    QCOMPARE(c.leads.at(2).kind, QString("call"));     // information_sought
    QVERIFY(c.leads.at(2).text.contains("Springfield central station"));
    QCOMPARE(c.leads.at(2).source, QString("Ann Reporter"));
    // The person found: the author made contact and believes them alive.
    const auto found = FoundPersonService(m_t->db(), Actor::system()).list({});
    QCOMPARE(found->size(), 1);
    const FoundPerson& f = found->first();
    QCOMPARE(f.nameGiven, QString("John Doe"));
    QCOMPARE(f.circumstance, QString("other"));
    QCOMPARE(f.sex, QString("M"));
    QCOMPARE(f.ageMin, 30);
    QCOMPARE(f.ageMax, 40);
    QCOMPARE(f.placeFound, QString("North Shelter, bed 12"));
    QCOMPARE(f.foundDate, QDate(2026, 3, 24));
    QCOMPARE(f.marks, QString("Tattoo of an anchor on the left forearm."));
    // The source is kept.
    QCOMPARE(m_t->scalar("SELECT source_url FROM pfif_records WHERE record_id = 'example.org/person.4040'")
                 .toString(),
             QString("http://example.org/view?id=person.4040"));
    QCOMPARE(m_t->count("pfif_records"), 6);

    // Twice: every record is known, nothing is added.
    const qint64 before = rowCount(*m_t);
    const PfifImportReport again = import(*m_t, data("spec-example.xml"));
    QVERIFY(!again.fatal);
    QCOMPARE(again.rows, 6);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.matched, 6);
    QCOMPARE(rowCount(*m_t), before);
}

// Google Person Finder's own PFIF 1.4 test file (tests/data/pfif/README): every person and note
// field, a two-line name, whitespace to strip, nested notes without their person_record_id.
void TestPfif::personFinderTestFileImports()
{
    const PfifImportReport r = import(*m_t, data("personfinder-test-1.4.xml"));
    QVERIFY2(!r.fatal, r.fatal ? qPrintable(r.fatal->message) : "");
    QCOMPARE(r.rows, 5); // the person and four notes
    QCOMPARE(r.imported, 5);
    QCOMPARE(r.rejected, 0);
    const auto caseId = m_t->scalar("SELECT case_id FROM pfif_records WHERE record_id = "
                                    "'test.google.com/person.21009'")
                            .toLongLong();
    QVERIFY(caseId > 0); // sought: the latest note (is_note_author) made no contact
    const CaseFile c = *CaseService(m_t->db(), Actor::system()).load(caseId);
    QCOMPARE(c.source, QString("public_report"));
    QCOMPARE(c.status, QString("investigating"));
    QCOMPARE(c.fields.subjectName, QString("_test_full_name1")); // the first line of full_name
    QCOMPARE(c.fields.subjectSex, QString("F"));
    QCOMPARE(c.fields.subjectBirthYear, 1970); // date_of_birth 1970-01
    QCOMPARE(c.fields.description, QString("_test_description"));
    QCOMPARE(c.fields.reporterName, QString("_test_author_name"));
    QVERIFY(c.fields.reporterPhone.isEmpty());
    QCOMPARE(c.fields.contacts, QString("_test_author_phone"));
    QCOMPARE(c.fields.lastSeenPlace, QString("19.16592425362802 -71.9384765625")); // the latest location
    QCOMPARE(c.leads.size(), 4);                                                   // newest first
    const QStringList kinds{"sighting", "search", "tip", "search"};
    const QStringList texts{"change only the status", "backdated change",
                            "new comment - testing\nLast known location: 19.16592425362802 -71.9384765625",
                            "_test_text\nLast known location: _test_last_known_location"};
    const QStringList sources{{}, {}, "inna-testing", "_test_author_name"};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(c.leads.at(i).kind, kinds.at(i));
        QCOMPARE(c.leads.at(i).text, texts.at(i));
        QCOMPARE(c.leads.at(i).source, sources.at(i));
    }
    QCOMPARE(
        m_t->scalar("SELECT source_name FROM pfif_records WHERE record_id = 'test.google.com/person.21009'")
            .toString(),
        QString("_test_source_name"));
    QCOMPARE(m_t->scalar(QString("SELECT count(*) FROM pfif_records WHERE kind = 'note' AND lead_id IN "
                                 "(SELECT id FROM leads WHERE case_id = %1)")
                             .arg(caseId))
                 .toInt(),
             4); // each note kept with its lead, the nested ones without a person_record_id too
    // Twice: known by their record ids, nothing doubles.
    const qint64 before = rowCount(*m_t);
    const PfifImportReport again = import(*m_t, data("personfinder-test-1.4.xml"));
    QVERIFY(!again.fatal);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.matched, 5);
    QCOMPARE(rowCount(*m_t), before);
}

void TestPfif::rejectedRecords()
{
    const PfifImportReport r = import(*m_t, data("rejected-records.xml"));
    QVERIFY(!r.fatal);
    QCOMPARE(r.rows, 5);
    QCOMPARE(r.imported, 2); // 李娜 and the school's note
    QCOMPARE(r.rejected, 3);
    QCOMPARE(r.errors.size(), 3);
    QCOMPARE(r.errors.at(0).record, 1);
    QVERIFY(r.errors.at(0).reason.contains("DOMAIN/ID"));
    QCOMPARE(r.errors.at(1).record, 2);
    QCOMPARE(r.errors.at(1).recordId, QString("example.org/person.6001"));
    QVERIFY(r.errors.at(1).reason.contains("unknown"));
    QCOMPARE(r.errors.at(2).record, 4);
    QCOMPARE(r.errors.at(2).recordId, QString("example.org/note.7001"));
    QVERIFY(r.errors.at(2).reason.contains("future"));
    QCOMPARE(m_t->scalar("SELECT subject_name FROM cases WHERE source = 'public_report'").toString(),
             QString("李娜"));
    const QJsonObject json = r.toJson();
    QCOMPARE(json["rejected"].toInt(), 3);
    QCOMPARE(json["errors"].toArray().at(2).toObject()["record"].toInt(), 4);
}

void TestPfif::fillSource(TestDatabase& t)
{
    CaseService cases(t.db(), Actor::system());
    PublicReport r;
    r.reporterName = "王大妈";
    r.reporterPhone = "13900001234";
    r.subjectName = "刘明";
    r.subjectSex = "M";
    r.birthYear = 1954;
    r.heightCm = 168;
    r.description = "灰色夹克，左手有疤";
    r.lastSeenDate = QDate(2026, 4, 1);
    r.lastSeenPlace = "西湖公园";
    r.circumstances = "晨练后未归";
    r.reportText = "老人晨练后未归，手机关机";
    r.risk = "high";
    r.mentalIllness = true; // carried through PFIF with the rest
    r.contacts = "儿子 13900005678";
    r.stationId = station(t, "西湖派出所");
    const QString no = *cases.openFromPublicReport(r);
    const qint64 id = *cases.findByNumber(no);
    QVERIFY(cases.addLead(
        id, {QDateTime(QDate(2026, 4, 2), QTime(9, 30), Qt::UTC), "sighting", "公园东门有人见到", "保安"}));
    QVERIFY(cases.addLead(
        id, {QDateTime(QDate(2026, 4, 3), QTime(8, 0), Qt::UTC), "search", "搜索河岸未果", {}}));
    QVERIFY(cases.setMarks(id, {{0, "scar", "left_hand", "旧疤，约3厘米"}, {0, "mole", "face", "右颊黑痣"}}));
    QVERIFY(cases.setOutcome(id, {"found_alive", QDate(2026, 4, 3), {}}));
    r.subjectName = "欧阳娜";
    r.subjectSex = "F";
    r.birthYear = 2016;
    r.reporterPhone = "13900004321";
    QVERIFY(cases.openFromPublicReport(r));
    FoundPerson f;
    f.circumstance = "hospital";
    f.sex = "F";
    f.ageMin = 60;
    f.ageMax = 70;
    f.heightCm = 155;
    f.nameGiven = "阿芳";
    f.marks = "右耳缺损";
    f.placeFound = "市第一医院";
    f.foundDate = QDate(2026, 3, 30);
    f.notes = "意识不清";
    f.stationId = station(t, "西湖派出所");
    const auto created = FoundPersonService(t.db(), Actor::system()).create(f);
    QVERIFY(created);
    QVERIFY(
        FoundPersonService(t.db(), Actor::system()).setMarks(created->id, {{0, "tattoo", "left_arm", "龙"}}));
}

QList<pfif::Record> TestPfif::readAll(const QString& path)
{
    pfif::Reader reader(path);
    if (!reader.open())
        return {};
    QList<pfif::Record> out;
    pfif::Record r;
    while (reader.next(r))
        out << r;
    return out;
}

void TestPfif::roundTrip()
{
    fillSource(*m_t);
    const QString first = m_t->dir() + "/first.xml", second = m_t->dir() + "/second.xml";
    const auto exported = PfifService(m_t->db(), Actor::system()).exportTo(first, {});
    QVERIFY(exported);
    QCOMPARE(exported->cases, 2);
    QCOMPARE(exported->foundPersons, 1);
    QCOMPARE(exported->notes, 4); // two leads, the outcome, the found-person note
    QVERIFY(exported->domain.startsWith("homecoming."));

    TestDatabase other;
    test::loadFixture(other);
    const PfifImportReport r = import(other, first);
    QVERIFY2(!r.fatal, r.fatal ? qPrintable(r.fatal->message) : "");
    QCOMPARE(r.rejected, 0);
    QCOMPARE(r.imported, 7);
    const auto again = PfifService(other.db(), Actor::system()).exportTo(second, {});
    QVERIFY(again);
    QVERIFY(again->domain != exported->domain);

    // Every field of every record comes back, but the entry dates (when each database stored
    // it) and the local record numbers.
    const QList<pfif::Record> a = readAll(first), b = readAll(second);
    QCOMPARE(a.size(), 3);
    QCOMPARE(b.size(), a.size());
    auto strip = [](pfif::Record r) {
        r.fields.remove("entry_date");
        r.extra.remove("case_no");
        r.extra.remove("record_no");
        r.number = 0;
        for (pfif::Record& n : r.notes) {
            n.fields.remove("entry_date");
            n.number = 0;
        }
        return r;
    };
    for (qsizetype i = 0; i < a.size(); ++i) {
        const pfif::Record x = strip(a.at(i)), y = strip(b.at(i));
        QCOMPARE(y.fields, x.fields);
        QCOMPARE(y.extra, x.extra);
        QCOMPARE(y.notes.size(), x.notes.size());
        for (qsizetype n = 0; n < x.notes.size(); ++n) {
            QCOMPARE(y.notes.at(n).fields, x.notes.at(n).fields);
            QCOMPARE(y.notes.at(n).extra, x.notes.at(n).extra);
        }
    }
    // And the fields themselves, in the second database.
    const qint64 aId = m_t->scalar("SELECT id FROM cases WHERE subject_name = '刘明'").toLongLong();
    const qint64 bId = other.scalar("SELECT id FROM cases WHERE subject_name = '刘明'").toLongLong();
    const CaseFile ca = *CaseService(m_t->db(), Actor::system()).load(aId);
    const CaseFile cb = *CaseService(other.db(), Actor::system()).load(bId);
    CaseFields fa = ca.fields, fb = cb.fields;
    fb.stationId = fa.stationId;
    QCOMPARE(fb, fa);
    QCOMPARE(cb.status, QString("found_alive"));
    QCOMPARE(cb.outcomeDate, ca.outcomeDate);
    const QList<IdentifyingMark> marksA = *CaseService(m_t->db(), Actor::system()).marks(aId);
    const QList<IdentifyingMark> marksB = *CaseService(other.db(), Actor::system()).marks(bId);
    QCOMPARE(marksA.size(), 2);
    QCOMPARE(marksB.size(), 2);
    for (int i = 0; i < 2; ++i)
        QVERIFY2(marksB.at(i).sameAs(marksA.at(i)), qPrintable(MarkVocabulary::text(marksB.at(i))));
    QCOMPARE(cb.leads.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(cb.leads.at(i).at, ca.leads.at(i).at);
        QCOMPARE(cb.leads.at(i).kind, ca.leads.at(i).kind);
        QCOMPARE(cb.leads.at(i).text, ca.leads.at(i).text);
        QCOMPARE(cb.leads.at(i).source, ca.leads.at(i).source);
    }
    FoundPerson fpa = FoundPersonService(m_t->db(), Actor::system()).list({})->first();
    FoundPerson fpb = FoundPersonService(other.db(), Actor::system()).list({})->first();
    const auto foundMarks = FoundPersonService(other.db(), Actor::system()).marks(fpb.id);
    QVERIFY(foundMarks && foundMarks->size() == 1);
    QVERIFY(foundMarks->first().sameAs({0, "tattoo", "left_arm", "龙"}));
    for (FoundPerson* p : {&fpa, &fpb})
        p->id = 0, p->recordNo.clear(), p->createdAt.clear();
    fpb.stationId = fpa.stationId;
    QCOMPARE(fpb.circumstance, fpa.circumstance);
    QCOMPARE(fpb.nameGiven, fpa.nameGiven);
    QCOMPARE(fpb.ageMin, fpa.ageMin);
    QCOMPARE(fpb.ageMax, fpa.ageMax);
    QCOMPARE(fpb.heightCm, fpa.heightCm);
    QCOMPARE(fpb.marks, fpa.marks);
    QCOMPARE(fpb.placeFound, fpa.placeFound);
    QCOMPARE(fpb.foundDate, fpa.foundDate);
    QCOMPARE(fpb.notes, fpa.notes);
    QCOMPARE(fpb.sex, fpa.sex);

    // The first database's own records, read back into it, are known: nothing doubles.
    const qint64 before = rowCount(*m_t);
    const PfifImportReport back = import(*m_t, second);
    QVERIFY(!back.fatal);
    QCOMPARE(back.imported, 0);
    QCOMPARE(back.matched, 7);
    QCOMPARE(rowCount(*m_t), before);
}

void TestPfif::receivedMarks_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<int>("count");     // -1: refused
    QTest::addColumn<QString>("field"); // the refusal's field
    QTest::newRow("none") << QString() << 0 << QString();
    QTest::newRow("two") << QString(R"([{"kind":"scar","location":"face","description":" 左眉 "},)"
                                    R"({"kind":"tattoo","location":"left_arm"}])")
                         << 2 << QString();
    QTest::newRow("not json") << QString("scar on the face") << -1 << QString("marks");
    QTest::newRow("not a list") << QString(R"({"kind":"scar"})") << -1 << QString("marks");
    QTest::newRow("number as text") << QString(R"([{"kind":"scar","location":"face","description":3}])") << -1
                                    << QString("marks");
    QTest::newRow("unknown kind") << QString(R"([{"kind":"wing","location":"face"}])") << -1
                                  << QString("mark_kind");
    QTest::newRow("unknown place") << QString(R"([{"kind":"scar","location":"tail"}])") << -1
                                   << QString("mark_location");
}

void TestPfif::receivedMarks()
{
    QFETCH(QString, json);
    QFETCH(int, count);
    QFETCH(QString, field);
    pfif::Record p;
    p.setExt("marks", json);
    const auto marks = pfif::Convert::receivedMarks(p);
    if (count < 0) {
        QVERIFY(!marks);
        QCOMPARE(marks.error().field, field);
        return;
    }
    QVERIFY(marks);
    QCOMPARE(marks->size(), count);
    if (count == 2) {
        QVERIFY(marks->at(0).sameAs({0, "scar", "face", "左眉"})); // trimmed
        QVERIFY(marks->at(1).sameAs({0, "tattoo", "left_arm", {}}));
    }
}

void TestPfif::hostileXml_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("reason");
    const QByteArray person = "<pfif:pfif xmlns:pfif=\"http://zesty.ca/pfif/1.4\"><pfif:person>"
                              "<pfif:person_record_id>evil.org/p1</pfif:person_record_id>"
                              "<pfif:full_name>&x;</pfif:full_name></pfif:person></pfif:pfif>";
    QTest::newRow("internal entity")
        << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE pfif [<!ENTITY x \"Eve\">]>") + person << "DOCTYPE";
    QByteArray laughs = "<?xml version=\"1.0\"?><!DOCTYPE pfif [<!ENTITY l0 \"lol\">";
    for (int i = 1; i <= 9; ++i)
        laughs += QStringLiteral("<!ENTITY l%1 \"&l%2;&l%2;&l%2;&l%2;&l%2;&l%2;&l%2;&l%2;&l%2;&l%2;\">")
                      .arg(i)
                      .arg(i - 1)
                      .toLatin1();
    laughs += "<!ENTITY x \"&l9;\">]>";
    QTest::newRow("billion laughs") << laughs + person << "DOCTYPE";
    QTest::newRow("external entity") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE pfif [<!ENTITY x SYSTEM "
                                                   "\"file:///etc/passwd\">]>") +
                                            person
                                     << "DOCTYPE";
    QTest::newRow("undeclared entity") << QByteArray("<?xml version=\"1.0\"?>") + person << "x";
    QTest::newRow("PFIF 1.3") << QByteArray("<pfif:pfif xmlns:pfif=\"http://zesty.ca/pfif/1.3\"/>") << "1.4";
    QTest::newRow("not XML") << QByteArray("<pfif:pfif xmlns:pfif=\"http://zesty.ca/pfif/1.4\"><pfif:person>")
                             << "well-formed";
}

void TestPfif::hostileXml()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, reason);
    const QString file = m_t->writeFile("hostile.xml", xml);
    const qint64 before = rowCount(*m_t);
    QElapsedTimer timer;
    timer.start();
    const PfifImportReport r = import(*m_t, file);
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY(r.fatal);
    QVERIFY2(r.fatal->message.contains(reason), qPrintable(r.fatal->message));
    QCOMPARE(r.imported, 0);
    QCOMPARE(rowCount(*m_t), before);
    QCOMPARE(m_t->count("cases"), 0);
}

void TestPfif::hugeFileRefusedUnread()
{
    // 100 MB in one text node, written in pieces.
    const QString path = m_t->dir() + "/huge.xml";
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<pfif:pfif xmlns:pfif=\"http://zesty.ca/pfif/1.4\"><pfif:person><pfif:description>");
        const QByteArray chunk(1024 * 1024, 'A');
        for (int i = 0; i < 100; ++i)
            QCOMPARE(f.write(chunk), chunk.size());
        f.write("</pfif:description></pfif:person></pfif:pfif>");
    }
    QElapsedTimer timer;
    timer.start();
    const PfifImportReport r = import(*m_t, path);
    QVERIFY(timer.elapsed() < 1000);
    QVERIFY(r.fatal);
    QVERIFY2(r.fatal->message.contains("64 MB"), qPrintable(r.fatal->message));
    QCOMPARE(m_t->count("pfif_records"), 0);
    QFile::remove(path);
}

void TestPfif::longTextNodeRejectsItsRecord()
{
    // Under the file's bound, over a field's: that record is rejected, the next one taken.
    QByteArray xml =
        "<pfif:pfif xmlns:pfif=\"http://zesty.ca/pfif/1.4\"><pfif:person>"
        "<pfif:person_record_id>big.org/p1</pfif:person_record_id><pfif:full_name>Big</pfif:full_name>"
        "<pfif:description>";
    xml += QByteArray(2 * 1024 * 1024, 'B');
    xml += "</pfif:description></pfif:person><pfif:person><pfif:person_record_id>big.org/p2</"
           "pfif:person_record_id>"
           "<pfif:full_name>Small</pfif:full_name></pfif:person></pfif:pfif>";
    const PfifImportReport r = import(*m_t, m_t->writeFile("long.xml", xml));
    QVERIFY(!r.fatal);
    QCOMPARE(r.rows, 2);
    QCOMPARE(r.imported, 1);
    QCOMPARE(r.rejected, 1);
    QCOMPARE(r.errors.first().record, 1);
    QVERIFY(r.errors.first().reason.contains("description"));
    QCOMPARE(m_t->scalar("SELECT subject_name FROM cases").toString(), QString("Small"));
}

void TestPfif::rightsAndScope()
{
    fillSource(*m_t);
    // An officer may not import.
    PfifImportOptions o;
    o.stationId = station(*m_t, "东岗派出所");
    const PfifImportReport refused =
        PfifService(m_t->db(), actor("100001")).importFrom(data("spec-example.xml"), o);
    QVERIFY(refused.fatal);
    QCOMPARE(refused.fatal->kind, Error::Kind::Denied);
    QCOMPARE(m_t->count("pfif_records"), 0);
    // An officer of 东岗 exports what they may read: none of 西湖's cases and records.
    const QString file = m_t->dir() + "/officer.xml";
    const auto own = PfifService(m_t->db(), actor("100001")).exportTo(file, {});
    QVERIFY(own);
    QCOMPARE(own->cases, 0);
    QCOMPARE(own->foundPersons, 0);
    QVERIFY(
        m_t->scalar("SELECT count(*) FROM audit_log WHERE action = 'export' AND entity = 'pfif'").toInt() >=
        1);
    // Open cases only.
    PfifExportOptions open;
    open.openCasesOnly = true;
    open.foundPersons = false;
    const auto openOnly = PfifService(m_t->db(), Actor::system()).exportTo(file, open);
    QVERIFY(openOnly);
    QCOMPARE(openOnly->cases, 1);
    QCOMPARE(openOnly->foundPersons, 0);
}

void TestPfif::commandLine()
{
    fillSource(*m_t);
    const QString admin = test::cliAdmin(m_t->db());
    auto cli = [&](QStringList args, QString* output = nullptr) {
        QString out, err;
        QTextStream o(&out), e(&err);
        args << "--db" << m_t->path() << "--user" << admin;
        const int status = hc::cli::CommandLine(o, e).run(QStringList{"homecoming-cli"} + args);
        o.flush();
        e.flush();
        if (output)
            *output = out + err;
        return status;
    };
    const QString file = m_t->dir() + "/cli.xml";
    QString out;
    QCOMPARE(cli({"export-pfif", file, "--cases", "open", "--json"}, &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object()["cases"].toInt(), 1);
    QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object()["found_persons"].toInt(), 0);
    QCOMPARE(cli({"export-pfif", file, "--cases", "some"}), 2);
    QCOMPARE(cli({"import-pfif", data("rejected-records.xml"), "--station", "东岗派出所", "--json"}, &out),
             3);
    const QJsonObject report = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(report["imported"].toInt(), 2);
    QCOMPARE(report["rejected"].toInt(), 3);
    QCOMPARE(cli({"import-pfif", data("spec-example.xml"), "--station", "东岗派出所"}, &out), 0);
    QVERIFY(out.contains("6 imported"));
    // Without a station (the administrator has none) nothing is saved.
    QCOMPARE(cli({"import-pfif", data("spec-example.xml")}, &out), 2);
}

QTEST_GUILESS_MAIN(TestPfif)
#include "tst_pfif.moc"
