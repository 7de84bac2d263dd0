// homecoming-cli league (issue 13, outcome 6) on a small demo city: the whole operation and one
// week as JSON (every station ranked once, scores between 0 and 1, three marked bottom three,
// the weights), the demo's weeks giving a station last in two successive weeks, text output
// naming the operation and the week, and exit 2 for an unknown operation or a week out of range.
#include "tests/support/CliProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace hc::test::cli;

class TestCliLeague : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void wholeOperationAsJson();
    void weeksAndLastTwice();
    void textOutput();
    void refusals();
    void weightsSetByAdministratorsOnly(); // last: changes the weights

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_op;
    Run league(const QStringList& more) { return as(kDemoAdmin, QStringList{"league", "--db", m_db} + more); }
    QJsonObject json(const QStringList& more)
    {
        const Run r = league(more + QStringList{"--json"});
        if (r.status != 0)
            qWarning("league: %s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }
};

void TestCliLeague::initTestCase()
{
    m_db = m_dir.filePath("demo.db");
    const Run r = cli({"demo", "--db", m_db, "--scale", "0.02", "--json"});
    QCOMPARE(r.status, 0);
    m_op = QJsonDocument::fromJson(r.out).object().value("operation").toString();
    QVERIFY(!m_op.isEmpty());
}

void TestCliLeague::wholeOperationAsJson()
{
    const QJsonObject j = json({"--operation", m_op});
    QCOMPARE(j["operation"].toString(), m_op);
    QVERIFY(j["week"].isNull());
    QCOMPARE(j["weeks"].toInt(), 13); // 90 days from 2026-03-01
    QCOMPARE(j["from"].toString(), QStringLiteral("2026-03-01"));
    QCOMPARE(j["to"].toString(), QStringLiteral("2026-05-29"));
    const QJsonObject weights = j["weights"].toObject();
    QCOMPARE(weights.keys(), (QStringList{"backlog", "cases_closed", "coverage", "on_time", "registrations",
                                          "verification"}));
    for (const QJsonValue w : weights)
        QCOMPARE(w.toInt(), 1);
    const QJsonArray stations = j["stations"].toArray();
    QCOMPARE(stations.size(), 60);
    QSet<QString> names;
    int bottom = 0;
    double previous = 2;
    for (const QJsonValue v : stations) {
        const QJsonObject s = v.toObject();
        names << s["station"].toString();
        const double score = s["score"].toDouble();
        QVERIFY(score >= 0 && score <= 1);
        QVERIFY(score <= previous); // best first
        previous = score;
        QVERIFY(s["rank"].toInt() >= 1 && s["rank"].toInt() <= 60);
        bottom += s["bottom_three"].toBool() ? 1 : 0;
        for (const char* key : {"coverage", "on_time", "verification"})
            QVERIFY(s[QLatin1String(key)].toDouble() >= 0 && s[QLatin1String(key)].toDouble() <= 1);
        QVERIFY(s.contains("backlog") && s.contains("cases_closed") && s.contains("registrations"));
        QVERIFY(s.contains("last_twice"));
    }
    QCOMPARE(names.size(), 60);
    QCOMPARE(bottom, 3);
    QCOMPARE(stations.first()["rank"].toInt(), 1);
    QVERIFY(stations.last()["bottom_three"].toBool());
    // Visits logged the next morning make "on time" differ between stations.
    QSet<double> onTime;
    for (const QJsonValue v : stations)
        onTime << v["on_time"].toDouble();
    QVERIFY(onTime.size() > 1);
}

void TestCliLeague::weeksAndLastTwice()
{
    const QJsonObject week2 = json({"--operation", m_op, "--week", "2"});
    QCOMPARE(week2["week"].toInt(), 2);
    QCOMPARE(week2["from"].toString(), QStringLiteral("2026-03-08"));
    QCOMPARE(week2["to"].toString(), QStringLiteral("2026-03-14"));
    const QJsonObject week13 = json({"--operation", m_op, "--week", "13"});
    QCOMPARE(week13["to"].toString(), QStringLiteral("2026-05-29")); // the short last week
    // The demo's weeks have a station last in two successive weeks; the whole-operation table
    // flags it too.
    QString flagged;
    for (int w = 2; w <= 13 && flagged.isEmpty(); ++w)
        for (const QJsonValue v :
             json({"--operation", m_op, "--week", QString::number(w)})["stations"].toArray())
            if (v["last_twice"].toBool()) {
                flagged = v["station"].toString();
                QVERIFY(v["last"].toBool());
                QCOMPARE(v["last_weeks"].toArray().last().toInt(), w);
                QVERIFY(v["last_weeks"].toArray().contains(w - 1));
            }
    QVERIFY(!flagged.isEmpty());
    bool inWhole = false;
    for (const QJsonValue v : json({"--operation", m_op})["stations"].toArray())
        inWhole = inWhole || (v["station"].toString() == flagged && v["last_twice"].toBool());
    QVERIFY(inWhole);
}

void TestCliLeague::textOutput()
{
    const Run r = league({"--operation", m_op, "--week", "3"});
    QCOMPARE(r.status, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY(text.startsWith(m_op + QStringLiteral(" · Week 3 (2026-03-15 – 2026-03-21)")));
    QVERIFY(text.contains(QStringLiteral("Rank\tStation\tCoverage")));
    QCOMPARE(text.count(QLatin1Char('\n')), 62); // caption, header, 60 stations
}

void TestCliLeague::refusals()
{
    QCOMPARE(league({"--operation", "No such operation"}).status, 2);
    QCOMPARE(league({"--operation", m_op, "--week", "14"}).status, 2);
    QCOMPARE(league({"--operation", m_op, "--week", "0"}).status, 2);
    QCOMPARE(league({"--operation", m_op, "--week", "two"}).status, 2);
    QCOMPARE(league({}).status, 2);
    const Run bad = league({"--operation", m_op, "--week", "14"});
    QVERIFY2(bad.err.contains("week 13"), bad.err.constData());
}

void TestCliLeague::weightsSetByAdministratorsOnly()
{
    QString officer;
    {
        auto db = hc::Database::open(m_db, hc::Database::Mode::OpenExisting);
        QVERIFY(db);
        QSqlQuery q((*db)->sql());
        QVERIFY(q.exec("SELECT badge FROM users WHERE role = 'officer' ORDER BY id LIMIT 1") && q.next());
        officer = q.value(0).toString();
    }
    const Who who{officer, QStringLiteral("demo")};
    QCOMPARE(
        as(who, {"league", "--db", m_db, "--operation", m_op, "--set-weights", "registrations=5"}).status, 2);
    QCOMPARE(countRows(m_db, "SELECT count(*) FROM league_weights"), 0);
    QCOMPARE(league({"--operation", m_op, "--set-weights", "bogus=1"}).status, 2);
    QCOMPARE(league({"--operation", m_op, "--set-weights", "coverage=x"}).status, 2);
    QCOMPARE(league({"--operation", m_op, "--set-weights", "coverage=11"}).status, 2);
    QCOMPARE(league({"--operation", m_op, "--set-weights",
                     "coverage=0,on_time=0,backlog=0,verification=0,cases_closed=0,registrations=0"})
                 .status,
             2);
    QCOMPARE(countRows(m_db, "SELECT count(*) FROM league_weights"), 0);

    const QJsonObject set = json({"--operation", m_op, "--set-weights", "registrations=5,backlog=0"});
    QCOMPARE(set["weights"]["registrations"].toInt(), 5);
    QCOMPARE(set["weights"]["backlog"].toInt(), 0);
    QCOMPARE(set["weights"]["coverage"].toInt(), 1);
    QCOMPARE(countRows(m_db, "SELECT count(*) FROM audit_log WHERE action = 'league_weights'"), 1);
    // Anyone reads the table with the stored weights.
    const Run read = as(who, {"league", "--db", m_db, "--operation", m_op, "--json"});
    QCOMPARE(read.status, 0);
    QCOMPARE(QJsonDocument::fromJson(read.out).object()["weights"].toObject(), set["weights"].toObject());
    QVERIFY(QString::fromUtf8(league({"--operation", m_op}).out)
                .contains("Revisit backlog 0 · Verification rate 1 · Cases closed 1 · Registrations 5\n"));
}

QTEST_GUILESS_MAIN(TestCliLeague)
#include "tst_cli_league.moc"
