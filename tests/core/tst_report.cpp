// The operation report's content on the standard fixture plus a few cases, a sub-bureau and a
// follow-up check written here; every figure below is counted by hand from tests/data and the
// rows inserted in initTestCase. Also: the CSV files (BOM, header, row counts), the Excel workbook
// (a sheet per table, read back), rights, cancel.
#include "core/common/Translations.h"
#include "core/imports/XlsxReader.h"
#include "core/league/LeagueService.h"
#include "core/report/ReportCsv.h"
#include "core/report/ReportService.h"
#include "core/report/ReportTables.h"
#include "core/report/ReportXlsx.h"
#include "core/stats/StatsService.h"
#include "tests/support/Fixture.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

class TestReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void titleAndHeadline();
    void perStationAndSubBureau();
    void daysAndLatestStatus();
    void highRiskCases();
    void tablesMatchTheFigures();
    void csvFiles();
    void xlsxWorkbook();
    void leagueSection();
    void officerIsRefused();
    void cancelStops();
    void registrationFiguresAreStats();

private:
    OperationReport build();
    std::unique_ptr<test::ClockGuard> m_clock;
    std::unique_ptr<TestDatabase> m_t;
    qint64 m_op = 0;
};

void TestReport::initTestCase()
{
    HC_SKIP_WITHOUT_ENGINE(); // also on PostgreSQL (tst_report_pg)
    m_clock = std::make_unique<test::ClockGuard>(QDateTime(QDate(2026, 4, 1), QTime(12, 0)));
    m_t = std::make_unique<TestDatabase>();
    m_op = test::loadFixture(*m_t);
    const qint64 dg = m_t->scalar("SELECT id FROM stations WHERE name = '东岗派出所'").toLongLong();
    const qint64 xh = m_t->scalar("SELECT id FROM stations WHERE name = '西湖派出所'").toLongLong();
    const qint64 xiaoming = m_t->scalar("SELECT id FROM persons WHERE name = '张小明'").toLongLong();
    const qint64 liqiang = m_t->scalar("SELECT id FROM persons WHERE name = '李强'").toLongLong();
    QVERIFY(dg && xh && xiaoming && liqiang);
    QSqlQuery q(m_t->db().sql());
    const QStringList sql = {
        // 东岗 belongs to 城关分局; 西湖 to no sub-bureau.
        "INSERT INTO sub_bureaus(id, name) VALUES (1, '城关分局')",
        QString("UPDATE stations SET sub_bureau_id = 1 WHERE id = %1").arg(dg),
        // A follow-up check away from the door (no visit): 李强 (H002, 东岗) now unknown.
        QString("INSERT INTO screenings(uuid, visit_id, officer_id, operation_id, person_id, screened_at, "
                "status) "
                "VALUES ('f1', NULL, NULL, %1, %2, '2026-03-28T10:00:00', 'whereabouts_unknown')")
            .arg(m_op)
            .arg(liqiang),
        // Seven cases: two open high-risk ones (SZ-1, SZ-2); closed, medium or duplicate others.
        QString(
            "INSERT INTO cases(id, uuid, case_no, operation_id, station_id, subject_person_id, subject_name, "
            "source, status, risk_level, opened_at, crime_kind, family_reunited) VALUES "
            "(1, 'c1', 'SZ-1', %1, %2, %4, NULL, 'screening', 'open', 'high', '2026-03-02T10:00:00', NULL, "
            "0),"
            "(2, 'c2', 'SZ-2', %1, %3, NULL, '王小红', 'public_report', 'investigating', 'high', "
            "'2026-03-10T08:00:00', NULL, 0),"
            "(3, 'c3', 'SZ-3', %1, %2, NULL, '赵一', 'public_report', 'found_alive', 'high', "
            "'2026-03-03T08:00:00', NULL, 1),"
            "(4, 'c4', 'SZ-4', %1, %2, NULL, '钱二', 'screening', 'rescued', 'medium', "
            "'2026-03-04T08:00:00', 'trafficking', 1),"
            "(5, 'c5', 'SZ-5', %1, %3, NULL, '孙三', 'public_report', 'open', 'medium', "
            "'2026-03-05T08:00:00', NULL, 0),"
            "(6, 'c6', 'SZ-6', %1, %3, NULL, '李四', 'screening', 'duplicate', 'high', "
            "'2026-03-06T08:00:00', NULL, 0),"
            "(7, 'c7', 'SZ-7', %1, %3, NULL, '周五', 'public_report', 'rescued', 'low', "
            "'2026-03-07T08:00:00', 'kidnapping', 0)")
            .arg(m_op)
            .arg(dg)
            .arg(xh)
            .arg(xiaoming),
        "INSERT INTO leads(case_id, at, kind, text) VALUES (1, '2026-03-05T09:00:00', 'tip', "
        "'有人在车站见过'),"
        "(1, '2026-03-08T15:00:00', 'search', '搜索河道')",
    };
    for (const QString& s : sql)
        QVERIFY2(q.exec(s), qPrintable(q.lastError().text() + " in " + s));
    // The cases' crime kinds and reunited flags as records, as an upgraded database has them.
    QVERIFY(test::moveCaseFormOutcomes(m_t->db()));
}

void TestReport::cleanupTestCase()
{
    m_t.reset();
    m_clock.reset();
}

OperationReport TestReport::build()
{
    const auto r = ReportService(m_t->db(), Actor::system()).build(m_op);
    if (!r)
        qFatal("report: %s", qPrintable(r.error().text()));
    return *r;
}

void TestReport::titleAndHeadline()
{
    const OperationReport r = build();
    QCOMPARE(r.title.operationName, test::kFixtureOperation);
    QCOMPARE(r.title.start, QDate(2026, 3, 1));
    QCOMPARE(r.title.end, QDate(2026, 5, 29));
    QVERIFY(r.title.allStations);
    QCOMPARE(r.title.stations, QStringList({"东岗派出所", "西湖派出所"}));
    QCOMPARE(r.title.householdsInScope, 4);
    QCOMPARE(r.title.targetHouseholds, std::optional<qint64>(4));
    QCOMPARE(r.title.generatedAt, QDateTime(QDate(2026, 4, 1), QTime(12, 0)));

    const ReportHeadline& h = r.headline;
    QCOMPARE(h.householdsVisited, 3); // H001, H002, H003 (refused)
    QCOMPARE(h.householdsCovered, 2);
    QCOMPARE(h.personChecks, 9); // 8 at the door + the follow-up check
    QCOMPARE(h.personsScreened, 7);
    QCOMPARE(h.whereaboutsUnknownNow, 1); // 李强; 张小明 came home on 25 March
    QCOMPARE(h.unregisteredFound, 1);     // 小红
    QCOMPARE(h.casesOpened, 7);
    QCOMPARE(h.casesBySource.value("screening"), 3);
    QCOMPARE(h.casesBySource.value("public_report"), 4);
    QCOMPARE(h.foundAlive, 1);
    QCOMPARE(h.rescued, 2);
    QCOMPARE(h.foundOrRescued(), 3);
    QCOMPARE(h.foundDeceased, 0);
    QCOMPARE(h.familiesReunited, 2);
    QCOMPARE(h.crimesUncovered.value("trafficking"), 1);
    QCOMPARE(h.crimesUncovered.value("kidnapping"), 1);
    QCOMPARE(h.crimesUncovered.value("homicide"), 0);
    QCOMPARE(h.crimesTotal(), 2);
}

void TestReport::perStationAndSubBureau()
{
    const OperationReport r = build();
    QCOMPARE(r.stations.size(), 2);
    const ReportScopeRow& dg = r.stations.at(0); // sorted by sub-bureau: 城关分局 before "(no …)"
    QCOMPARE(dg.name, QStringLiteral("东岗派出所"));
    QCOMPARE(dg.subBureau, QStringLiteral("城关分局"));
    QCOMPARE(dg.inScope, 2);
    QCOMPARE(dg.visited, 2);
    QCOMPARE(dg.covered, 2);
    QCOMPARE(dg.coverage(), 1.0);
    QCOMPARE(dg.personChecks, 9); // every check was at H001 or H002
    QCOMPARE(dg.whereaboutsUnknown, 1);
    QCOMPARE(dg.cases, 3); // SZ-1, SZ-3, SZ-4
    QCOMPARE(dg.found, 2); // SZ-3 found alive, SZ-4 rescued
    const ReportScopeRow& xh = r.stations.at(1);
    QCOMPARE(xh.name, QStringLiteral("西湖派出所"));
    QCOMPARE(xh.subBureau, ReportService::tr("(no sub-bureau)"));
    QCOMPARE(xh.inScope, 2);
    QCOMPARE(xh.visited, 1);
    QCOMPARE(xh.covered, 0);
    QCOMPARE(xh.personChecks, 0);
    QCOMPARE(xh.whereaboutsUnknown, 0);
    QCOMPARE(xh.cases, 4); // SZ-2, SZ-5, SZ-6 (duplicate), SZ-7
    QCOMPARE(xh.found, 1);

    QCOMPARE(r.subBureaus.size(), 2);
    QCOMPARE(r.subBureaus.at(0).name, QStringLiteral("城关分局"));
    QCOMPARE(r.subBureaus.at(0).inScope, 2);
    QCOMPARE(r.subBureaus.at(0).covered, 2);
    QCOMPARE(r.subBureaus.at(0).personChecks, 9);
    QCOMPARE(r.subBureaus.at(0).cases, 3);
    QCOMPARE(r.subBureaus.at(1).id, 0); // stations without a sub-bureau come last
    QCOMPARE(r.subBureaus.at(1).visited, 1);
    QCOMPARE(r.subBureaus.at(1).cases, 4);
}

void TestReport::daysAndLatestStatus()
{
    const OperationReport r = build();
    QCOMPARE(r.days.size(), 90);
    qint64 visits = 0;
    for (const ReportDay& d : r.days)
        visits += d.visits;
    QCOMPARE(visits, 6);
    QCOMPARE(r.days.at(9).day, QDate(2026, 3, 10));
    QCOMPARE(r.days.at(8).cumulativeCovered, 1);
    QCOMPARE(r.days.last().cumulativeCovered, 2);
    QCOMPARE(r.latestStatus.value("present"), 4);
    QCOMPARE(r.latestStatus.value("away_verified"), 1);
    QCOMPARE(r.latestStatus.value("away_unverified"), 0); // 李强 is unknown now
    QCOMPARE(r.latestStatus.value("whereabouts_unknown"), 1);
    QCOMPARE(r.latestStatus.value("unregistered_found"), 1);
}

void TestReport::highRiskCases()
{
    const OperationReport r = build();
    QCOMPARE(r.highRiskCases.size(), 2); // SZ-3 is closed, SZ-6 a duplicate, SZ-4/5/7 not high
    const ReportHighRiskCase& a = r.highRiskCases.at(0);
    QCOMPARE(a.caseNo, QStringLiteral("SZ-1"));
    QCOMPARE(a.subject, QStringLiteral("张小明")); // from the registry: no subject_name on the case
    QCOMPARE(a.station, QStringLiteral("东岗派出所"));
    QCOMPARE(a.status, QStringLiteral("open"));
    QCOMPARE(a.opened, QDate(2026, 3, 2));
    QCOMPARE(a.daysOpen, 30);
    QCOMPARE(a.lastLead, QStringLiteral("搜索河道"));
    QCOMPARE(a.lastLeadDate, QDate(2026, 3, 8));
    const ReportHighRiskCase& b = r.highRiskCases.at(1);
    QCOMPARE(b.caseNo, QStringLiteral("SZ-2"));
    QCOMPARE(b.subject, QStringLiteral("王小红"));
    QCOMPARE(b.station, QStringLiteral("西湖派出所"));
    QCOMPARE(b.daysOpen, 22);
    QVERIFY(b.lastLead.isEmpty());
    QVERIFY(!b.lastLeadDate.isValid());
}

void TestReport::tablesMatchTheFigures()
{
    const OperationReport r = build();
    const ReportTable stations = ReportTables::stations(r);
    QCOMPARE(stations.rows.size(), 3); // two stations and the total
    QVERIFY(stations.totalRow);
    const QVariantList total = stations.rows.last();
    QCOMPARE(total.at(2).toLongLong(), 4); // households in scope
    QCOMPARE(total.at(4).toLongLong(), 2); // covered
    QCOMPARE(total.at(5).toDouble(), 0.5); // coverage
    QCOMPARE(total.at(8).toLongLong(), 7); // cases
    QCOMPARE(total.at(9).toLongLong(), 3); // found or rescued
    const ReportTable headline = ReportTables::headline(r);
    auto value = [&](const QString& label) {
        for (const QVariantList& row : headline.rows)
            if (row.at(0).toString() == label)
                return row.at(1).toLongLong();
        return qint64(-1);
    };
    QCOMPARE(value(ReportTables::tr("Missing people found or rescued")), 3);
    QCOMPARE(value(ReportTables::tr("Families reunited")), 2);
    QCOMPARE(value(ReportTables::tr("Crimes uncovered")), 2);
    QCOMPARE(value(ReportTables::tr("Unregistered people found")), 1);
    QCOMPARE(value(ReportTables::tr("Person-checks")), 9);
}

void TestReport::csvFiles()
{
    const OperationReport r = build();
    const QString dir = QDir(m_t->dir()).filePath("csv/out");
    const auto written = ReportCsv::write(r, dir);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().text()));
    QCOMPARE(written->size(), 7);
    // File -> data rows (header not counted). The headline: 21 rows before issue 13, then found or
    // rescued with a case, crimes solved and crime victims for each of the 4 kinds; unregistered
    // people registered and given ID cards; calls and the cases they opened.
    const QList<QPair<QString, int>> expected = {
        {"headline", 34},        {"sub_bureaus", 3},     {"stations", 3}, {"days", 90},
        {"screening_status", 7}, {"high_risk_cases", 2}, {"league", 2}};
    for (const auto& [key, rows] : expected) {
        QFile f(QDir(dir).filePath(key + ".csv"));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(key));
        const QByteArray bytes = f.readAll();
        QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), qPrintable(key));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split("\r\n", Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), rows + 1);
    }
    QFile stations(QDir(dir).filePath("stations.csv"));
    QVERIFY(stations.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(stations.readAll().mid(3)).split("\r\n");
    QCOMPARE(lines.at(0).split(',').at(1), ReportTables::tr("Station"));
    QCOMPARE(lines.at(1), QStringLiteral("城关分局,东岗派出所,2,2,2,100.0,9,1,3,2"));
    QFile cases(QDir(dir).filePath("high_risk_cases.csv"));
    QVERIFY(cases.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(cases.readAll()).contains("SZ-1,张小明,东岗派出所,"));
}

// The report's tables as one workbook (issue 15, outcome 4), written in Chinese and read back with
// XlsxReader: a sheet per table in the CSV files' order, the title above the translated header,
// the same rows; counts and shares as numbers (a share reads back as its fraction, not as the
// text "100.0%"), dates as dates, text (Chinese names) as text.
void TestReport::xlsxWorkbook()
{
    QVERIFY(installTranslation(QLocale(QLocale::Chinese, QLocale::China)));
    const OperationReport r = build();
    const QList<ReportTable> tables = ReportTables::all(r);
    const QString path = QDir(m_t->dir()).filePath("xlsx/out/report.xlsx");
    const auto sheets = ReportXlsx::write(r, path);
    // The sheet names as written: in Chinese.
    QHash<QString, QString> sheetName;
    for (const char* key :
         {"headline", "sub_bureaus", "stations", "days", "screening_status", "high_risk_cases", "league"})
        sheetName.insert(QLatin1String(key), ReportXlsx::sheetName(QLatin1String(key)));
    installTranslation(QLocale(QLocale::English));
    QVERIFY2(sheets.ok(), sheets.ok() ? "" : qPrintable(sheets.error().text()));
    QCOMPARE(*sheets, 7);
    QVERIFY(!QFile::exists(path + ".part"));

    const auto names = XlsxReader::sheetNames(path);
    QVERIFY(names.ok());
    QCOMPARE(names->size(), 7);
    const QList<QPair<QString, int>> expected = {
        {"headline", 34},        {"sub_bureaus", 3},     {"stations", 3}, {"days", 90},
        {"screening_status", 7}, {"high_risk_cases", 2}, {"league", 2}};
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(tables.at(i).key, expected.at(i).first);
        QCOMPARE(names->at(i), sheetName.value(expected.at(i).first));
        XlsxReader reader(path, names->at(i));
        QVERIFY2(reader.open().ok(), qPrintable(names->at(i)));
        QStringList title, header, row;
        QVERIFY(reader.next(title) && reader.next(header));
        QCOMPARE(title.value(0), tables.at(i).title);
        QCOMPARE(header, tables.at(i).header);
        int rows = 0;
        while (reader.next(row))
            ++rows;
        QVERIFY(!reader.hasError());
        QCOMPARE(rows, expected.at(i).second);
    }
    // The header is Chinese; 东岗's row with its counts and a 100% share read back as numbers.
    XlsxReader stations(path, sheetName.value("stations"));
    QVERIFY(stations.open().ok());
    QStringList title, header, dg;
    QVERIFY(stations.next(title) && stations.next(header) && stations.next(dg));
    QCOMPARE(header.at(1), QString("派出所"));
    QCOMPARE(dg, QStringList({"城关分局", "东岗派出所", "2", "2", "2", "1", "9", "1", "3", "2"}));
    XlsxReader cases(path, sheetName.value("high_risk_cases"));
    QVERIFY(cases.open().ok());
    QStringList c;
    QVERIFY(cases.next(c) && cases.next(c) && cases.next(c));
    QCOMPARE(c.mid(0, 3), QStringList({"SZ-1", "张小明", "东岗派出所"}));
    QCOMPARE(c.at(4), QString("2026-03-02")); // a date cell, read back as the day

    // In the sheet's XML: the stations' counts are number cells (no t="s"), the share 1 with the
    // percent format, the header row frozen, and no formula anywhere.
    QProcess unzip;
    unzip.start("unzip", {"-p", path, "xl/worksheets/sheet3.xml"});
    QVERIFY(unzip.waitForFinished(10000) && unzip.exitCode() == 0);
    const QString xml = QString::fromUtf8(unzip.readAllStandardOutput());
    QVERIFY2(QRegularExpression(R"(<c r="C3"( s="\d+")?><v>2</v></c>)").match(xml).hasMatch(),
             qPrintable(xml.left(3000)));
    QVERIFY(QRegularExpression(R"(<c r="F3" s="\d+"><v>1</v></c>)").match(xml).hasMatch());
    QVERIFY(xml.contains("ySplit=\"2\"") && xml.contains("state=\"frozen\""));
    QVERIFY(!xml.contains("<f>"));
}

// The station league of the whole operation (issue 13, outcome 6): the fixture's two stations
// are both among the top three, ranked as LeagueService ranks them, with the weights in the title.
void TestReport::leagueSection()
{
    const OperationReport r = build();
    QCOMPARE(r.league.stations, 2);
    QCOMPARE(r.league.top.size(), 2);
    QVERIFY(r.league.bottom.isEmpty());
    QCOMPARE(r.league.weights, LeagueWeights{});
    const auto t = LeagueService(m_t->db(), Actor::system()).table(m_op, 0);
    QVERIFY(t);
    const ReportTable table = ReportTables::league(r);
    QVERIFY(table.title.contains(LeagueService::weightsText(LeagueWeights{})));
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.header.size(), table.columns.size());
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(table.rows.at(i).at(0).toLongLong(), qint64(t->rows.at(i).rank));
        QCOMPARE(table.rows.at(i).at(1).toString(), t->rows.at(i).figures.station);
        const QString standing = table.rows.at(i).last().toString();
        QVERIFY(standing.startsWith(ReportTables::tr("Top three")));
        QCOMPARE(standing.endsWith(QStringLiteral("last twice")), t->rows.at(i).lastTwice);
    }
}

void TestReport::officerIsRefused()
{
    const Actor officer{"100001", Role::Officer, 1, 1};
    const auto r = ReportService(m_t->db(), officer).build(m_op);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Denied);
    QVERIFY(ReportService(m_t->db(), Actor{"100003", Role::Investigator, 3, 1}).build(m_op).ok());
    const auto missing = ReportService(m_t->db(), Actor::system()).build(QStringLiteral("没有这个行动"));
    QVERIFY(!missing.ok());
}

void TestReport::cancelStops()
{
    QList<int> seen;
    const auto r = ReportService(m_t->db(), Actor::system()).build(m_op, [&seen](int percent) {
        seen << percent;
        return percent < 30;
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Cancelled);
    QVERIFY(seen.size() >= 2 && seen.last() >= 30);
    QList<int> all;
    QVERIFY(ReportService(m_t->db(), Actor::system())
                .build(m_op,
                       [&all](int p) {
                           all << p;
                           return true;
                       })
                .ok());
    QCOMPARE(all.last(), 100);
    QVERIFY(std::is_sorted(all.begin(), all.end()));
}

// The report's registration figures (issue 13, outcome 1) are `stats`'s, for the whole
// operation and for a station: 小红's file registered, then given her ID card. The file is
// taken away at the end, so the other slots' hand counts stay as they are.
void TestReport::registrationFiguresAreStats()
{
    const qint64 xiaohong = m_t->scalar("SELECT id FROM persons WHERE name = '小红'").toLongLong();
    const qint64 dg = m_t->scalar("SELECT id FROM stations WHERE name = '东岗派出所'").toLongLong();
    QVERIFY(xiaohong && dg);
    QSqlQuery q(m_t->db().sql());
    QVERIFY2(
        q.exec(QString(
                   "INSERT INTO registrations(uuid, person_id, station_id, stage, referred_on, documents_on, "
                   "filed_on, registered_on, last_step_on, updated_at) VALUES ('r1', %1, %2, "
                   "'registered', '2026-03-12', '2026-03-15', '2026-03-16', '2026-03-20', '2026-03-20', "
                   "'2026-03-20T10:00:00')")
                   .arg(xiaohong)
                   .arg(dg)),
        qPrintable(q.lastError().text()));
    DashboardFilter station;
    station.operationId = m_op;
    station.stationId = dg;
    for (const auto& [registered, idCards] : {std::pair{1, 0}, std::pair{1, 1}}) {
        const OperationReport whole = build();
        const auto wholeStats = StatsService(m_t->db()).compute(m_op);
        QVERIFY(wholeStats.ok());
        QCOMPARE(whole.headline.unregisteredRegistered, wholeStats->unregisteredRegistered);
        QCOMPARE(whole.headline.unregisteredIdCards, wholeStats->unregisteredIdCards);
        QCOMPARE(whole.headline.unregisteredRegistered, registered);
        QCOMPARE(whole.headline.unregisteredIdCards, idCards);
        const auto narrowed = ReportService(m_t->db(), Actor::system()).build(station);
        QVERIFY(narrowed.ok());
        const auto narrowedStats = StatsService(m_t->db()).compute(station, Actor::system());
        QVERIFY(narrowedStats.ok());
        QCOMPARE(narrowed->headline.unregisteredFound, narrowedStats->unregisteredFound);
        QCOMPARE(narrowed->headline.unregisteredRegistered, narrowedStats->unregisteredRegistered);
        QCOMPARE(narrowed->headline.unregisteredIdCards, narrowedStats->unregisteredIdCards);
        QCOMPARE(narrowed->headline.unregisteredRegistered, registered);
        QCOMPARE(narrowed->headline.unregisteredIdCards, idCards);
        QVERIFY(q.exec(
            "UPDATE registrations SET stage = 'id_card', id_card_on = '2026-03-28' WHERE uuid = 'r1'"));
    }
    QVERIFY(q.exec("DELETE FROM registrations WHERE uuid = 'r1'"));
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
