// homecoming-cli calls log|list (issue 13, outcome 5): an officer logs calls with every result -
// information, a case opened, a lead added to it, no action with its reason, on their published
// phone - refused ones exit 2 (1 for an unknown case) and write nothing; the list filters by
// dates and station; `stats --json` counts the calls by date, also outside the operation.
#include "tests/support/CliProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hc::test::cli;

class TestCliCalls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void logAndList();

private:
    QTemporaryDir m_dir;
    QString m_db;
    Run log(const QStringList& more)
    {
        return as(kOfficer, QStringList{"calls", "log", "--db", m_db, "--line", "hotline", "--time",
                                        "2026-03-10 09:30", "--caller", "李先生", "--number", "13900004444",
                                        "--report", "看到一个走失的孩子"} +
                                more);
    }
    qint64 count(const char* sql) { return countRows(m_db, QLatin1String(sql)); }
    QJsonObject stats(const QStringList& more = {})
    {
        const Run r =
            as(kAdmin, QStringList{"stats", "--db", m_db, "--operation", "春季行动", "--json"} + more);
        return QJsonDocument::fromJson(r.out).object();
    }
};

void TestCliCalls::initTestCase()
{
    m_db = m_dir.filePath("t.db");
    const QString failed = initWithFixture(m_db);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestCliCalls::logAndList()
{
    QCOMPARE(log({"--result", "info"}).status, 0);
    // Refused: missing or bad arguments, a field core refuses, another station, an unknown case.
    QCOMPARE(as(kOfficer, {"calls", "log", "--db", m_db, "--line", "hotline", "--result", "info"}).status, 2);
    QCOMPARE(log({"--result", "maybe"}).status, 2);
    QCOMPARE(log({"--result", "info", "--time", "yesterday"}).status, 2);
    const Run noReason = log({"--result", "none"});
    QCOMPARE(noReason.status, 2);
    QVERIFY2(noReason.err.contains("reason"), noReason.err.constData());
    QCOMPARE(log({"--result", "info", "--station", "西湖派出所"}).status, 2);
    QCOMPARE(log({"--result", "lead", "--case", "SZ2026-09999"}).status, 1);
    QCOMPARE(log({"--result", "case"}).status, 2); // no missing person named
    QCOMPARE(count("SELECT count(*) FROM calls"), 1);
    QCOMPARE(count("SELECT count(*) FROM cases"), 0);

    const Run opened =
        log({"--result", "case", "--subject", "小明", "--place", "公园东门", "--age", "7", "--json"});
    QCOMPARE(opened.status, 0);
    const QString caseNo = QJsonDocument::fromJson(opened.out).object()["case_no"].toString();
    QVERIFY(caseNo.startsWith("SZ"));
    QCOMPARE(count("SELECT count(*) FROM cases WHERE source = 'public_report'"), 1);
    QCOMPARE(log({"--result", "lead", "--case", caseNo}).status, 0);
    QCOMPARE(count("SELECT count(*) FROM leads WHERE kind = 'call'"), 1);
    QCOMPARE(
        log({"--result", "none", "--reason", "打错电话", "--line", "officer", "--time", "2026-02-20 08:00"})
            .status,
        0);
    QCOMPARE(count("SELECT count(*) FROM calls WHERE line = 'officer' AND line_officer_id IS NOT NULL"), 1);

    const Run all = as(kOfficer, {"calls", "list", "--db", m_db, "--json"});
    QCOMPARE(all.status, 0);
    const QJsonArray rows = QJsonDocument::fromJson(all.out).array();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(3)["result"].toString(), QStringLiteral("none")); // the oldest last
    const Run march =
        as(kOfficer, {"calls", "list", "--db", m_db, "--from", "2026-03-01", "--to", "2026-03-31"});
    QCOMPARE(march.status, 0);
    QVERIFY2(march.out.contains("\n3 call"), march.out.constData());
    QCOMPARE(as(kAdmin, {"calls", "list", "--db", m_db, "--station", "西湖派出所", "--json"}).out.trimmed(),
             QByteArray("[\n]"));
    QCOMPARE(as(kOfficer, {"calls", "list", "--db", m_db, "--from", "March"}).status, 2);

    // The operation counts its dates' calls; a date filter counts the calls on its dates.
    QJsonObject s = stats();
    QCOMPARE(s["calls"].toInt(), 3);
    QCOMPARE(s["calls_cases_opened"].toInt(), 1);
    QCOMPARE(stats({"--recount"})["calls"].toInt(), 3);
    s = stats({"--from", "2026-02-01", "--to", "2026-02-28"});
    QCOMPARE(s["calls"].toInt(), 1);
    QCOMPARE(s["calls_cases_opened"].toInt(), 0);
}

QTEST_GUILESS_MAIN(TestCliCalls)
#include "tst_cli_calls.moc"
