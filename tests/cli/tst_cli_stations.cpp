// homecoming-cli bench stations (issue 11, outcome 8) on a small demo city on the server of
// HC_TEST_PG (PostgreSQL only; ctest runs it through tests/pg/throwaway-cluster.sh, without a
// server it skips): 3 stations for 3 seconds as JSON, exactly the keys of the contract, every
// acknowledged visit found afterwards, no error, the counters equal to a recount; the text
// output; and the refusals (an SQLite file, a bad count, more stations than the city has).
#include "tests/support/CliProcess.h"
#include "tests/support/TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace hc::test::cli;

class TestCliStations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void threeStationsAsJson();
    void textOutput();
    void refusals();

private:
    QString m_name;
    QString m_uri;
    Run bench(const QStringList& more)
    {
        return as(kDemoAdmin, QStringList{"bench", "stations", "--db", m_uri} + more);
    }
};

void TestCliStations::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("HC_TEST_PG"))
        QSKIP("bench stations needs a PostgreSQL server: run through tests/pg/throwaway-cluster.sh "
              "(HC_TEST_PG)");
    m_name =
        QStringLiteral("hc_stations_%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    QString why;
    QVERIFY2(hc::test::serverExec(
                 QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(m_name), &why),
             qPrintable(why));
    m_uri = hc::test::serverUri(m_name);
    const Run r = cli({"demo", "--db", m_uri, "--scale", "0.02", "--json"});
    QVERIFY2(r.status == 0, r.err.constData());
}

void TestCliStations::cleanupTestCase()
{
    if (!m_name.isEmpty())
        hc::test::serverExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}

void TestCliStations::threeStationsAsJson()
{
    const Run r = bench({"--stations", "3", "--seconds", "3", "--interval-ms", "100", "--json"});
    QVERIFY2(r.status == 0, r.err.constData());
    const QJsonObject j = QJsonDocument::fromJson(r.out).object();
    QStringList keys = j.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{"counters_equal_recount", "errors", "retries", "save_ms_p50", "save_ms_p95",
                                "save_ms_p99", "stations", "visits_acknowledged", "visits_found",
                                "visits_per_second"}));
    QCOMPARE(j["stations"].toInt(), 3);
    // About 30 saves a station in 3 s at 100 ms; at least a few each however slow the machine.
    QVERIFY2(j["visits_acknowledged"].toInt() >= 9, r.out.constData());
    QCOMPARE(j["visits_found"].toInt(), j["visits_acknowledged"].toInt());
    QCOMPARE(j["errors"].toInt(), 0);
    QVERIFY(j["retries"].toInt() >= 0);
    QVERIFY(j["counters_equal_recount"].toBool());
    QVERIFY(j["save_ms_p50"].toDouble() > 0);
    QVERIFY(j["save_ms_p50"].toDouble() <= j["save_ms_p95"].toDouble());
    QVERIFY(j["save_ms_p95"].toDouble() <= j["save_ms_p99"].toDouble());
    // The stations save at the same time: about 3 x 10 visits a second over the run, where
    // stations saving one after another would make a third of it.
    QVERIFY2(j["visits_per_second"].toDouble() > 15, r.out.constData());
}

void TestCliStations::textOutput()
{
    // As fast as they can, one second: the sentences of the report.
    const Run r = bench({"--stations", "2", "--seconds", "1", "--interval-ms", "0"});
    QVERIFY2(r.status == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("2 stations saved")), r.out.constData());
    QVERIFY(out.contains(QStringLiteral("95th percentile")));
    QVERIFY(out.contains(QStringLiteral("Errors: 0.")));
    QVERIFY(out.contains(QStringLiteral("The counters equal a recount.")));
}

void TestCliStations::refusals()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("city.db"));
    QCOMPARE(as(kDemoAdmin, {"bench", "stations", "--db", file, "--stations", "3"}).status, 2);
    QCOMPARE(bench({"--stations", "0"}).status, 2);
    QCOMPARE(bench({"--seconds", "x"}).status, 2);
    // The demo city has 60 stations.
    const Run many = bench({"--stations", "61", "--seconds", "1"});
    QCOMPARE(many.status, 2);
    QVERIFY2(many.err.contains("60 station"), many.err.constData());
}

QTEST_GUILESS_MAIN(TestCliStations)
#include "tst_cli_stations.moc"
