// Issue 16, outcome 1: for each dashboard filter (whole operation, a date range, a sub-bureau, a
// station, an area, a station over dates) on a small demo city, the dashboard's tiles, its chart
// series, its drill-down lists, the report and `stats` (StatsService::compute, what the CLI
// prints) agree with each other and with `stats --recount` (StatsService::recount), which
// counts every figure from the visits, screenings and cases themselves - crimes (by their date
// and their victims' cases), families reunited (by the reunion's date and the family's
// household) and people found (by the date found and their household) included.

#include "core/crimes/CrimeService.h"
#include "core/demo/DemoGenerator.h"
#include "core/operations/OperationService.h"
#include "core/report/ReportService.h"
#include "core/stats/DashboardService.h"
#include "core/stats/FilterStore.h"
#include "core/stats/StatsService.h"
#include "core/stats/StatsStore.h"
#include "core/storage/Sql.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>
#include <QtTest>
#include <algorithm>
#include <numeric>

using namespace hc;

namespace {
Actor admin()
{
    return Actor{QStringLiteral("test:admin"), Role::Admin, 0, 0};
}

template <typename T> const T& ok(const Result<T>& r)
{
    if (!r)
        qFatal("%s", qPrintable(r.error().text()));
    return r.value();
}

QString json(const OperationStats& s)
{
    return QString::fromUtf8(QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact));
}

// The figures that differ between two sets, named with both values ("" when they agree).
QString differences(const OperationStats& a, const OperationStats& b)
{
    const QJsonObject x = a.toJson();
    const QJsonObject y = b.toJson();
    QStringList out;
    for (const QString& key : x.keys() + y.keys())
        if (x.value(key) != y.value(key) && !out.contains(key))
            out << key + QStringLiteral(": ") +
                       QString::fromUtf8(QJsonDocument(QJsonArray{x.value(key), y.value(key)})
                                             .toJson(QJsonDocument::Compact));
    return out.join(QStringLiteral("; "));
}
} // namespace

class TestFigureAgreement : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void wholeOperationPaths();
    void agree_data();
    void agree();
    void plainForms_data() { agree_data(); }
    void plainForms();

private:
    void tilesAndSeries(const DashboardData& d, const OperationStats& rc);
    void drillDowns(const DashboardFilter& f, const DashboardData& d, const OperationStats& rc);
    void report(const DashboardFilter& f, const OperationStats& rc);
    qint64 id(const QString& statement) const { return m_t->scalar(statement).toLongLong(); }
    QList<qint64> plain(const DashboardFilter& f, const QString& statement) const;
    DashboardFilter fetchedFilter() const;

    std::unique_ptr<test::ClockGuard> m_clock;
    std::unique_ptr<test::TestDatabase> m_t;
    Operation m_op;
};

void TestFigureAgreement::initTestCase()
{
    HC_SKIP_WITHOUT_ENGINE();
    m_t = std::make_unique<test::TestDatabase>();
    DemoOptions o;
    o.scale = 0.02;
    o.seed = 16;
    const DemoSummary s = ok(DemoGenerator(m_t->db(), admin()).generate(o));
    m_op = ok(OperationService(m_t->db(), admin()).find(s.operationName));
    m_clock = std::make_unique<test::ClockGuard>(QDateTime(m_op.end.addDays(3), QTime(12, 0)));
    QVERIFY(s.visits > 0);
}

void TestFigureAgreement::cleanupTestCase()
{
    m_t.reset();
    m_clock.reset();
}

// The counters (op_counters), the recount per operation and the recount with an empty filter.
void TestFigureAgreement::wholeOperationPaths()
{
    const StatsService stats(m_t->db());
    const OperationStats counted = ok(stats.compute(m_op.id));
    const OperationStats recounted = ok(stats.recount(m_op.id));
    QCOMPARE(differences(counted, recounted), QString());
    DashboardFilter f;
    f.operationId = m_op.id;
    QCOMPARE(differences(ok(stats.recount(f)), recounted), QString());
    // A range over the operation's dates is the whole operation.
    f.from = m_op.start;
    f.to = m_op.end;
    QCOMPARE(differences(ok(stats.compute(f, admin())), recounted), QString());
}

void TestFigureAgreement::agree_data()
{
    QTest::addColumn<qint64>("subBureau");
    QTest::addColumn<qint64>("station");
    QTest::addColumn<qint64>("area");
    QTest::addColumn<int>("fromDay"); // days after the operation's start; -1: no dates
    QTest::addColumn<int>("toDay");
    // The station and area with the most visits, so each filter has something to count.
    const qint64 station = id(QStringLiteral("SELECT a.station_id FROM visits v JOIN households h ON "
                                             "h.id = v.household_id JOIN areas a ON a.id = h.area_id "
                                             "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"));
    const qint64 area = id(QStringLiteral("SELECT h.area_id FROM visits v JOIN households h ON "
                                          "h.id = v.household_id GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"));
    const qint64 bureau = id(QStringLiteral("SELECT sub_bureau_id FROM stations WHERE id = %1").arg(station));
    QVERIFY(station && area && bureau);
    QTest::newRow("whole operation") << qint64(0) << qint64(0) << qint64(0) << -1 << -1;
    QTest::newRow("date range") << qint64(0) << qint64(0) << qint64(0) << 10 << 30;
    QTest::newRow("open end") << qint64(0) << qint64(0) << qint64(0) << 20 << -1;
    QTest::newRow("sub-bureau") << bureau << qint64(0) << qint64(0) << -1 << -1;
    QTest::newRow("station") << qint64(0) << station << qint64(0) << -1 << -1;
    QTest::newRow("area") << qint64(0) << qint64(0) << area << -1 << -1;
    QTest::newRow("station, dates") << bureau << station << qint64(0) << 5 << 25;
}

// The filter of the current agree_data() row.
DashboardFilter TestFigureAgreement::fetchedFilter() const
{
    QFETCH(qint64, subBureau);
    QFETCH(qint64, station);
    QFETCH(qint64, area);
    QFETCH(int, fromDay);
    QFETCH(int, toDay);
    DashboardFilter f{m_op.id, subBureau, station, area, {}, {}};
    if (fromDay >= 0)
        f.from = m_op.start.addDays(fromDay);
    if (toDay >= 0)
        f.to = m_op.start.addDays(toDay);
    return f;
}

void TestFigureAgreement::agree()
{
    const DashboardFilter f = fetchedFilter();

    const OperationStats rc = ok(StatsService(m_t->db()).recount(f));
    QVERIFY(rc.visits > 0);
    QVERIFY(rc.householdsCovered > 0);
    // Crimes, families and people found are counted within the filter, not for the whole
    // operation: a narrowed filter counts no more than the whole, and the demo has some of each.
    const OperationStats whole = ok(StatsService(m_t->db()).recount(m_op.id));
    QVERIFY(whole.familiesReunited > 0 && whole.foundPeople > 0);
    QVERIFY(std::accumulate(whole.crimesUncovered.cbegin(), whole.crimesUncovered.cend(), qint64(0)) > 0);
    QVERIFY(rc.familiesReunited <= whole.familiesReunited && rc.foundPeople <= whole.foundPeople);
    if (f.hasPlace() || f.to.isValid())
        QVERIFY(rc.familiesReunited < whole.familiesReunited || rc.foundPeople < whole.foundPeople);
    const DashboardData d = ok(DashboardService(m_t->db(), admin()).refresh(f, m_op.end));
    tilesAndSeries(d, rc);
    if (QTest::currentTestFailed())
        return;
    drillDowns(f, d, rc);
    if (QTest::currentTestFailed())
        return;
    report(f, rc);
    // What `stats` prints for the filter is the recount.
    QCOMPARE(json(ok(StatsService(m_t->db()).compute(f, admin()))), json(rc));
}

// The rule of each figure in its plainest SQL, as it was written before the store's forms were
// tuned for scale 10 (a filtered count of kept rows, a correlated subquery per crime, a
// recount per figure): the store's figures must be these on every filter.
QList<qint64> TestFigureAgreement::plain(const DashboardFilter& f, const QString& statement) const
{
    auto found = filtersql::query(m_t->db().sql(), statement, f);
    if (!found)
        qFatal("%s", qPrintable(found.error().text()));
    QSqlQuery& q = found.value();
    QList<qint64> out;
    while (q.next())
        for (int i = 0; i < q.record().count(); ++i)
            out << q.value(i).toLongLong();
    return out;
}

void TestFigureAgreement::plainForms()
{
    const DashboardFilter f = fetchedFilter();
    const StatsStore store(m_t->db().sql());

    const QString found =
        QStringLiteral(
            "FROM (SELECT s.person_id, s.status, s.screened_at AS day_at, coalesce(hv.area_id, hp.area_id, "
            "0) "
            "AS area FROM screenings s LEFT JOIN visits v ON v.id = s.visit_id LEFT JOIN households hv "
            "ON hv.id = v.household_id LEFT JOIN persons p ON p.id = s.person_id LEFT JOIN households hp "
            "ON hp.id = p.household_id WHERE coalesce(v.operation_id, s.operation_id) = :op) x "
            "WHERE x.area IN (SELECT id FROM sa) AND %1 AND x.status = 'unregistered_found'")
            .arg(filtersql::dated(QStringLiteral("x.day_at")));
    const UnregisteredFigures u = ok(store.unregistered(f));
    const QList<qint64> plainFound = plain(f, QStringLiteral("SELECT count(DISTINCT x.person_id) ") + found);
    QCOMPARE(u.found, plainFound.value(0));
    QCOMPARE(u.registered, plain(f, QStringLiteral("SELECT count(DISTINCT x.person_id) %1 AND x.person_id IN "
                                                   "(SELECT person_id FROM registrations WHERE stage IN "
                                                   "('registered', 'id_card'))")
                                        .arg(found))
                               .value(0));
    QCOMPARE(u.idCards,
             plain(f, QStringLiteral("SELECT count(DISTINCT x.person_id) %1 AND x.person_id IN "
                                     "(SELECT person_id FROM registrations WHERE stage = 'id_card')")
                          .arg(found))
                 .value(0));

    const QString kept = filtersql::casesKept();
    const QList<qint64> crimes = plain(
        f, QStringLiteral("SELECT count(*), sum(k.solved), sum((SELECT count(*) FROM crime_victims kv JOIN "
                          "cases c ON c.id = kv.case_id WHERE kv.crime_id = k.id AND %1)) FROM crimes k "
                          "WHERE k.operation_id = :op AND %2 AND EXISTS (SELECT 1 FROM crime_victims kv "
                          "JOIN cases c ON c.id = kv.case_id WHERE kv.crime_id = k.id AND %1)")
               .arg(kept, filtersql::dated(QStringLiteral("k.crime_date"))));
    const auto byKind = store.crimesByKind(f);
    CrimeKindCount all;
    for (const CrimeKindCount& k : ok(byKind)) {
        all.crimes += k.crimes;
        all.solved += k.solved;
        all.victims += k.victims;
    }
    QCOMPARE(all.crimes, crimes.value(0));
    QCOMPARE(all.solved, crimes.value(1));
    QCOMPARE(all.victims, crimes.value(2));

    QCOMPARE(
        ok(store.familiesReunited(f)),
        plain(f, QStringLiteral("SELECT count(DISTINCT r.family_key) FROM reunions r JOIN cases c "
                                "ON c.id = r.case_id LEFT JOIN persons p ON p.id = c.subject_person_id "
                                "WHERE c.operation_id = :op AND c.status <> 'duplicate' AND %1 AND CASE "
                                "WHEN :area <> 0 THEN %2 IN (SELECT h.id FROM households h WHERE "
                                "h.area_id = :area) WHEN :sb <> 0 OR :st <> 0 THEN coalesce((SELECT "
                                "a.station_id FROM households h JOIN areas a ON a.id = h.area_id WHERE "
                                "h.id = %2), c.station_id) IN (SELECT station_id FROM sa) ELSE 1 = 1 END")
                     .arg(filtersql::dated(QStringLiteral("r.reunited_on")),
                          QStringLiteral("(CASE WHEN r.family_key LIKE 'household:%' THEN "
                                         "CAST(substr(r.family_key, 11) AS INTEGER) "
                                         "ELSE p.household_id END)")))
            .value(0));
    // Something to count on the whole operation, so the comparisons above can fail.
    if (!f.hasPlace() && !f.hasDates())
        QVERIFY(u.found > 0 && u.registered > 0 && all.crimes > 0 && all.victims > all.crimes / 2);
}

void TestFigureAgreement::tilesAndSeries(const DashboardData& d, const OperationStats& rc)
{
    const DashboardHeadline& h = d.headline;
    QCOMPARE(h.householdsInScope, rc.householdsInScope);
    QCOMPARE(h.householdsVisited, rc.householdsVisited);
    QCOMPARE(h.householdsCovered, rc.householdsCovered);
    QCOMPARE(h.visits, rc.visits);
    QCOMPARE(h.personChecks, rc.personChecks);
    QCOMPARE(h.whereaboutsUnknown, rc.personsByLatestStatus.value(QStringLiteral("whereabouts_unknown")));
    QCOMPARE(h.foundAlive, rc.foundAlive);
    QCOMPARE(h.rescued, rc.rescued);
    QCOMPARE(h.familiesReunited, rc.familiesReunited);
    QCOMPARE(h.unregisteredFound, rc.unregisteredFound); // the registration tiles
    QCOMPARE(h.unregisteredRegistered, rc.unregisteredRegistered);
    QCOMPARE(h.unregisteredIdCards, rc.unregisteredIdCards);
    qint64 crimes = 0;
    for (auto it = rc.crimesUncovered.cbegin(); it != rc.crimesUncovered.cend(); ++it) {
        QCOMPARE(h.crimesByKind.value(it.key()), it.value()); // the crimes tile's tooltip
        crimes += it.value();
    }
    QCOMPARE(h.crimesUncovered(), crimes);

    qint64 visits = 0, inScope = 0;
    for (const DayRow& r : d.days)
        visits += r.visits;
    QCOMPARE(visits, rc.visits);                                     // visits per day
    QCOMPARE(d.days.last().cumulativeCovered, rc.householdsCovered); // cumulative coverage
    for (const CoverageRow& r : d.coverage)
        inScope += r.inScope;
    QCOMPARE(inScope, rc.householdsInScope); // coverage per station or area
    for (const StatusCount& s : d.latestStatus)
        QCOMPARE(s.persons, rc.personsByLatestStatus.value(s.status)); // status donut
    qint64 opened = 0, alive = 0, rescued = 0, deceased = 0;
    for (const CaseDay& c : d.caseDays) {
        opened += c.opened;
        alive += c.foundAlive;
        rescued += c.rescued;
        deceased += c.foundDeceased;
    }
    QCOMPARE(opened, rc.casesOpened); // cases per day
    QCOMPARE(alive, rc.foundAlive);
    QCOMPARE(rescued, rc.rescued);
    QCOMPARE(deceased, rc.foundDeceased);
    if (!d.filter.areaId) { // officers are kept by their station
        qint64 officerVisits = 0;
        for (const OfficerRow& o : d.officers)
            officerVisits += o.visits;
        QCOMPARE(officerVisits, rc.visits);
    }
}

void TestFigureAgreement::drillDowns(const DashboardFilter& f, const DashboardData& d,
                                     const OperationStats& rc)
{
    const DashboardService dash(m_t->db(), admin());
    constexpr int kAll = 1000000;
    // The households not yet covered: undated, as the coverage chart they open from.
    DashboardFilter undated = f;
    undated.from = undated.to = QDate();
    const OperationStats now = ok(StatsService(m_t->db()).recount(undated));
    QCOMPARE(qint64(ok(dash.pendingHouseholds(f, kAll)).rows.size()),
             now.householdsInScope - now.householdsCovered);
    for (const StatusCount& s : d.latestStatus)
        QCOMPARE(qint64(ok(dash.personsWithStatus(f, s.status, kAll)).rows.size()),
                 rc.personsByLatestStatus.value(s.status));
    const auto busiest = std::max_element(
        d.days.begin(), d.days.end(), [](const DayRow& a, const DayRow& b) { return a.visits < b.visits; });
    QCOMPARE(qint64(ok(dash.visitsOnDay(f, busiest->day, kAll)).rows.size()), busiest->visits);
    // The reunions behind the families tile: one row per case, the family in the last column.
    QSet<QString> families;
    const DrillRows reunions = ok(dash.reunions(f, kAll));
    for (const QStringList& row : reunions.rows)
        families << row.last();
    QCOMPARE(qint64(families.size()), rc.familiesReunited);
    // The crimes list, dated as the figures: without a place it holds the crimes counted.
    if (!f.hasPlace()) {
        CrimeFilter crimes;
        crimes.operationId = f.operationId;
        crimes.from = f.from;
        crimes.to = f.to;
        QMap<QString, qint64> byKind, solved;
        const QList<CrimeRow> rows = ok(CrimeService(m_t->db(), admin()).list(crimes));
        for (const CrimeRow& r : rows) {
            ++byKind[r.kind];
            solved[r.kind] += r.solved;
        }
        for (auto it = rc.crimesUncovered.begin(); it != rc.crimesUncovered.end(); ++it) {
            QCOMPARE(byKind.value(it.key()), it.value());
            QCOMPARE(solved.value(it.key()), rc.crimesSolved.value(it.key()));
        }
    }
}

void TestFigureAgreement::report(const DashboardFilter& f, const OperationStats& rc)
{
    const OperationReport r = ok(ReportService(m_t->db(), admin()).build(f));
    QCOMPARE(r.title.householdsInScope, rc.householdsInScope);
    QCOMPARE(r.headline.householdsVisited, rc.householdsVisited);
    QCOMPARE(r.headline.householdsCovered, rc.householdsCovered);
    QCOMPARE(r.headline.personChecks, rc.personChecks);
    QCOMPARE(r.headline.personsScreened, rc.personsScreened);
    QCOMPARE(r.headline.whereaboutsUnknownNow,
             rc.personsByLatestStatus.value(QStringLiteral("whereabouts_unknown")));
    QCOMPARE(r.headline.casesOpened, rc.casesOpened);
    QCOMPARE(r.headline.foundAlive, rc.foundAlive);
    QCOMPARE(r.headline.rescued, rc.rescued);
    QCOMPARE(r.headline.foundDeceased, rc.foundDeceased);
    QCOMPARE(r.headline.familiesReunited, rc.familiesReunited);
    QCOMPARE(r.headline.unregisteredFound, rc.unregisteredFound);
    QCOMPARE(r.headline.unregisteredRegistered, rc.unregisteredRegistered);
    QCOMPARE(r.headline.unregisteredIdCards, rc.unregisteredIdCards);
    QCOMPARE(r.headline.crimesUncovered, rc.crimesUncovered);
    QCOMPARE(r.headline.crimesSolved, rc.crimesSolved);
    QCOMPARE(r.headline.crimeVictims, rc.crimeVictims);
    QCOMPARE(r.headline.foundPeople, rc.foundPeople);
    QCOMPARE(r.headline.calls, rc.calls); // the demo's calls, by date and the call's station
    QCOMPARE(r.headline.callsCasesOpened, rc.callsCasesOpened);
    QCOMPARE(r.latestStatus, rc.personsByLatestStatus);
    qint64 visits = 0;
    for (const ReportDay& day : r.days)
        visits += day.visits;
    QCOMPARE(visits, rc.visits);
    QCOMPARE(r.days.last().cumulativeCovered, rc.householdsCovered);
    if (!f.areaId) { // the station table: whole stations
        qint64 inScope = 0;
        for (const ReportScopeRow& s : r.stations)
            inScope += s.inScope;
        QCOMPARE(inScope, rc.householdsInScope);
    }
}

QTEST_GUILESS_MAIN(TestFigureAgreement)
#include "tst_figure_agreement.moc"
