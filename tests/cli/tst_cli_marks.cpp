// homecoming-cli marks list|set (issue 14, outcome 4): the identifying marks of a case's missing
// person and of a found-person record, replaced all at once through the services (the right to
// edit cases, audited, an unchanged list writing nothing); codes and Chinese names both; a bad kind
// or location exits 2 naming the value and listing the valid codes, and writes nothing.
#include "tests/support/CliProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hc::test::cli;

class TestCliMarks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void caseMarks();
    void refusals();
    void foundPersonMarks();

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_caseNo;
    qint64 count(const QString& sql) { return countRows(m_db, sql); }
    qint64 audits() { return count("SELECT count(*) FROM audit_log WHERE action = 'marks'"); }
    Run marks(const Who& who, const QStringList& args)
    {
        return as(who, QStringList{"marks"} + args + QStringList{"--db", m_db});
    }
    static QJsonArray marksOf(const Run& r)
    {
        return QJsonDocument::fromJson(r.out).object()["marks"].toArray();
    }
};

void TestCliMarks::initTestCase()
{
    m_db = m_dir.filePath("t.db");
    const QString failed = initWithFixture(m_db);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    // A case opened from a call; a found-person record of a shelter.
    const Run opened = as(kOfficer, {"calls",     "log",      "--db",     m_db,
                                     "--line",    "hotline",  "--time",   "2026-03-10 09:30",
                                     "--caller",  "李先生",   "--number", "13900004444",
                                     "--report",  "孩子走失", "--result", "case",
                                     "--subject", "小明",     "--place",  "公园东门",
                                     "--age",     "7",        "--json"});
    QCOMPARE(opened.status, 0);
    m_caseNo = QJsonDocument::fromJson(opened.out).object()["case_no"].toString();
    QVERIFY(m_caseNo.startsWith("SZ"));
    auto db = hc::Database::open(m_db, hc::Database::Mode::OpenExisting);
    QVERIFY(db.ok());
    QSqlQuery q((*db)->sql());
    QVERIFY(q.exec("INSERT INTO found_persons(uuid, record_no, circumstance, sex, place_found, found_date, "
                   "created_at) VALUES ('cli-marks', 'WM2026-00077', 'shelter', 'M', '救助站', '2026-04-01', "
                   "'2026-04-01T00:00:00')"));
}

void TestCliMarks::caseMarks()
{
    const Run none = marks(kAdmin, {"list", "--case", m_caseNo, "--json"});
    QCOMPARE(none.status, 0);
    QVERIFY(marksOf(none).isEmpty());

    // A code and the Chinese names; the description keeps its own colons.
    const qint64 before = audits();
    const Run set = marks(kAdmin, {"set", "--case", m_caseNo.toLower(), "--mark", "tattoo:left_arm:青龙:带字",
                                   "--mark", "疤痕：面部", "--json"});
    QCOMPARE(set.status, 0);
    const QJsonArray saved = marksOf(set);
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved[0].toObject()["kind"].toString(), "tattoo");
    QCOMPARE(saved[0].toObject()["location"].toString(), "left_arm");
    QCOMPARE(saved[0].toObject()["description"].toString(), "青龙:带字");
    QCOMPARE(saved[1].toObject()["kind"].toString(), "scar");
    QCOMPARE(saved[1].toObject()["location"].toString(), "face");
    QCOMPARE(saved[1].toObject()["description"].toString(), "");
    QCOMPARE(QJsonDocument::fromJson(set.out).object()["case_no"].toString(), m_caseNo);
    QCOMPARE(audits(), before + 1);
    QCOMPARE(count("SELECT count(*) FROM identifying_marks WHERE case_id IS NOT NULL"), 2);

    // The same list again writes nothing; the text listing numbers them.
    QCOMPARE(marks(kAdmin,
                   {"set", "--case", m_caseNo, "--mark", "scar:face", "--mark", "tattoo:left_arm:青龙:带字"})
                 .status,
             0);
    QCOMPARE(audits(), before + 1);
    const Run text = marks(kAdmin, {"list", "--case", m_caseNo});
    QCOMPARE(text.status, 0);
    QVERIFY2(text.out.contains("1. Tattoo, left arm: 青龙:带字"), text.out.constData());
    QVERIFY2(text.out.contains("2 identifying marks"), text.out.constData());

    // An officer reads them but may not change them.
    QCOMPARE(marks(kOfficer, {"list", "--case", m_caseNo}).status, 0);
    QCOMPARE(marks(kOfficer, {"set", "--case", m_caseNo, "--none"}).status, 2);
    QCOMPARE(count("SELECT count(*) FROM identifying_marks WHERE case_id IS NOT NULL"), 2);

    // --none removes them all.
    const Run cleared = marks(kAdmin, {"set", "--case", m_caseNo, "--none", "--json"});
    QCOMPARE(cleared.status, 0);
    QVERIFY(marksOf(cleared).isEmpty());
    QCOMPARE(count("SELECT count(*) FROM identifying_marks WHERE case_id IS NOT NULL"), 0);
    QCOMPARE(audits(), before + 2);
}

void TestCliMarks::refusals()
{
    const qint64 before = audits();
    const Run kind = marks(kAdmin, {"set", "--case", m_caseNo, "--mark", "dragon:left_arm"});
    QCOMPARE(kind.status, 2);
    QVERIFY2(kind.err.contains("\"dragon\"") && kind.err.contains("scar, mole, tattoo, birthmark"),
             kind.err.constData());
    const Run location = marks(kAdmin, {"set", "--case", m_caseNo, "--mark", "mole:elbow:small"});
    QCOMPARE(location.status, 2);
    QVERIFY2(location.err.contains("\"elbow\"") && location.err.contains("left_arm, right_arm"),
             location.err.constData());
    QCOMPARE(marks(kAdmin, {"set", "--case", m_caseNo, "--mark", "mole"}).status, 2);
    QCOMPARE(marks(kAdmin, {"set", "--case", m_caseNo}).status, 2);
    QCOMPARE(marks(kAdmin, {"set", "--case", m_caseNo, "--none", "--mark", "mole:face"}).status, 2);
    QCOMPARE(marks(kAdmin, {"list", "--case", m_caseNo, "--found", "WM2026-00077"}).status, 2);
    QCOMPARE(marks(kAdmin, {"list"}).status, 2);
    // Core's own check: a description over 500 characters names the field.
    const Run longText =
        marks(kAdmin, {"set", "--case", m_caseNo, "--mark", "mole:face:" + QString(501, QChar(u'痣'))});
    QCOMPARE(longText.status, 2);
    QVERIFY2(longText.err.contains("500"), longText.err.constData());
    // Unknown records.
    QCOMPARE(marks(kAdmin, {"list", "--case", "SZ2026-09999"}).status, 1);
    QCOMPARE(marks(kAdmin, {"set", "--found", "WM2026-09999", "--mark", "mole:face"}).status, 1);
    QCOMPARE(audits(), before);
    QCOMPARE(count("SELECT count(*) FROM identifying_marks"), 0);
}

void TestCliMarks::foundPersonMarks()
{
    const Run set = marks(kAdmin, {"set", "--found", "WM2026-00077", "--mark", "missing_teeth:head:门牙",
                                   "--mark", "胎记:背部:咖啡色", "--json"});
    QCOMPARE(set.status, 0);
    QCOMPARE(QJsonDocument::fromJson(set.out).object()["record_no"].toString(), "WM2026-00077");
    QCOMPARE(marksOf(set).size(), 2);
    QCOMPARE(count("SELECT count(*) FROM identifying_marks WHERE found_person_id IS NOT NULL"), 2);
    QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'marks' AND entity = 'found_person'"), 1);
    const Run listed = marks(kAdmin, {"list", "--found", "WM2026-00077", "--json"});
    QCOMPARE(listed.status, 0);
    QCOMPARE(marksOf(listed)[1].toObject()["kind"].toString(), "birthmark");
    QCOMPARE(marksOf(listed)[1].toObject()["location"].toString(), "back");
    QCOMPARE(marksOf(listed)[1].toObject()["description"].toString(), "咖啡色");
}

QTEST_GUILESS_MAIN(TestCliMarks)
#include "tst_cli_marks.moc"
