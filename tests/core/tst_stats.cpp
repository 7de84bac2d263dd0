// Figures: on the small fixture, every figure of `stats` computed by hand here; and the
// trigger-kept counters agree with a full recount after inserts, corrections and deletions.
#include "core/auth/UserService.h"
#include "core/common/Clock.h"
#include "core/imports/OfficerImporter.h"
#include "core/imports/RegistryImporter.h"
#include "core/imports/VisitImporter.h"
#include "core/operations/OperationService.h"
#include "core/stats/StatsService.h"
#include "core/visits/VisitService.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <random>

using namespace hc;
using hc::test::TestDatabase;

namespace {
const QString kOp = QStringLiteral("春季行动");

void exec(TestDatabase& t, const QString& sql)
{
    QSqlQuery q(t.db().sql());
    QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
}
} // namespace

class TestStats : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        HC_SKIP_WITHOUT_ENGINE();
        Clock::setInstance(std::make_unique<FixedClock>(QDateTime(QDate(2026, 6, 1), QTime(12, 0))));
    }
    void cleanupTestCase() { Clock::setInstance(nullptr); }
    void figuresOfTheFixture();
    void caseFigures();
    void scopeOfNamedStations();
    void jsonHasEveryKey();
    void countersAgreeWithRecount();
    void countersOfTwoStations();
    void tableIsAligned();
};

void TestStats::figuresOfTheFixture()
{
    TestDatabase t;
    hc::test::loadFixture(t);
    const auto r = StatsService(t.db()).compute(kOp);
    QVERIFY(r.ok());
    const OperationStats& s = *r;
    // Registry: households H001-H004, all stations in scope.
    QCOMPARE(s.householdsInScope, 4);
    // Visits: H001 3/2, H002 3/3 (no answer), H002 3/10, H003 3/4 (refused), H001 3/20, H001 3/25.
    QCOMPARE(s.visits, 6);
    QCOMPARE(s.householdsVisited, 3);
    QCOMPARE(s.householdsCovered, 2); // H001, H002; H003 only refused
    QCOMPARE(s.revisitsPending, 1);
    // Screenings: 张伟, 王芳, 张小明 (3/2); 李娜, 小红, 李强 (3/10); 赵六 (3/20); 张小明 again (3/25).
    QCOMPARE(s.personChecks, 8);
    QCOMPARE(s.personsScreened, 7);
    QCOMPARE(s.checksByStatus.value(QStringLiteral("present")), 4);
    QCOMPARE(s.checksByStatus.value(QStringLiteral("away_verified")), 1);
    QCOMPARE(s.checksByStatus.value(QStringLiteral("away_unverified")), 1);
    QCOMPARE(s.checksByStatus.value(QStringLiteral("whereabouts_unknown")), 1);
    QCOMPARE(s.checksByStatus.value(QStringLiteral("unregistered_found")), 1);
    QCOMPARE(s.checksByStatus.value(QStringLiteral("deceased")), 0);
    // 张小明 was unknown on 3/2 and home on 3/25: his latest status is present.
    QCOMPARE(s.personsByLatestStatus.value(QStringLiteral("present")), 4);
    QCOMPARE(s.personsByLatestStatus.value(QStringLiteral("whereabouts_unknown")), 0);
    QCOMPARE(s.personsByLatestStatus.value(QStringLiteral("away_unverified")), 1);
    QCOMPARE(s.unregisteredFound, 1);
    QCOMPARE(s.casesOpened, 0);
    QCOMPARE(s.familiesReunited, 0);
    const auto recount = StatsService(t.db()).recount(1);
    QVERIFY(recount.ok());
    QCOMPARE(recount->toJson(), s.toJson());
}

void TestStats::caseFigures()
{
    TestDatabase t;
    hc::test::loadFixture(t);
    exec(t,
         QStringLiteral("INSERT INTO cases(uuid, case_no, operation_id, source, status, opened_at, "
                        "crime_kind, family_reunited, "
                        "duplicate_of) VALUES "
                        "('u1', 'C1', 1, 'screening', 'found_alive', '2026-03-03', NULL, 1, NULL),"
                        "('u2', 'C2', 1, 'public_report', 'rescued', '2026-03-04', 'kidnapping', 1, NULL),"
                        "('u3', 'C3', 1, 'public_report', 'rescued', '2026-03-05', 'trafficking', 0, NULL),"
                        "('u4', 'C4', 1, 'screening', 'found_deceased', '2026-03-06', 'homicide', 0, NULL),"
                        "('u5', 'C5', 1, 'screening', 'open', '2026-03-07', NULL, 0, NULL),"
                        "('u6', 'C6', 1, 'public_report', 'duplicate', '2026-03-08', 'kidnapping', 0, 2),"
                        "('u7', 'C7', NULL, 'public_report', 'found_alive', '2026-03-08', NULL, 1, NULL)"));
    // The old form's crime kind and "family reunited" count nothing: the records are the only
    // source, and schema-11 makes records of them.
    const auto before = StatsService(t.db()).compute(kOp);
    QVERIFY(before.ok());
    QCOMPARE(before->familiesReunited, 0);
    QCOMPARE(before->crimesUncovered.value(QStringLiteral("kidnapping")), 0);
    QVERIFY(hc::test::moveCaseFormOutcomes(t.db()));
    QVERIFY(hc::test::moveCaseFormOutcomes(t.db())); // once only
    QCOMPARE(t.count(QStringLiteral("crimes")), 3);
    QCOMPARE(t.count(QStringLiteral("crime_victims")), 3);
    QCOMPARE(t.count(QStringLiteral("reunions")), 3); // C7's too, outside the operation
    const auto r = StatsService(t.db()).compute(kOp);
    QVERIFY(r.ok());
    QCOMPARE(r->casesOpened, 6); // C7 belongs to no operation
    QCOMPARE(r->foundAlive, 1);
    QCOMPARE(r->rescued, 2);
    QCOMPARE(r->foundDeceased, 1);
    QCOMPARE(r->familiesReunited, 2);
    QCOMPARE(r->casesByStatus.value(QStringLiteral("open")), 1);
    QCOMPARE(r->casesByStatus.value(QStringLiteral("investigating")), 0);
    QCOMPARE(r->casesByStatus.value(QStringLiteral("duplicate")), 1);
    QCOMPARE(r->crimesUncovered.value(QStringLiteral("kidnapping")), 1); // the duplicate is not counted twice
    QCOMPARE(r->crimesUncovered.value(QStringLiteral("trafficking")), 1);
    QCOMPARE(r->crimesUncovered.value(QStringLiteral("homicide")), 1);
    QCOMPARE(r->crimesUncovered.value(QStringLiteral("other")), 0);
    QCOMPARE(r->crimesSolved.value(QStringLiteral("homicide")), 1);
    QCOMPARE(r->crimeVictims.value(QStringLiteral("trafficking")), 1);
}

void TestStats::scopeOfNamedStations()
{
    TestDatabase t;
    hc::test::loadFixture(t);
    QVERIFY(OperationService(t.db(), Actor::system())
                .create(QStringLiteral("西湖"), QDate(2026, 6, 1), QDate(2026, 6, 30),
                        {QStringLiteral("西湖派出所")}, 2)
                .ok());
    const auto r = StatsService(t.db()).compute(QStringLiteral("西湖"));
    QVERIFY(r.ok());
    QCOMPARE(r->householdsInScope, 2); // H003, H004
    QCOMPARE(r->visits, 0);
    QVERIFY(!StatsService(t.db()).compute(QStringLiteral("无此行动")).ok());
}

void TestStats::jsonHasEveryKey()
{
    TestDatabase t;
    QVERIFY(OperationService(t.db(), Actor::system())
                .create(kOp, QDate(2026, 3, 1), QDate(2026, 5, 29), {}, 4)
                .ok());
    const auto r = StatsService(t.db()).compute(kOp);
    QVERIFY(r.ok());
    const QJsonObject j = r->toJson();
    const QStringList keys = {"households_in_scope",
                              "households_visited",
                              "households_covered",
                              "revisits_pending",
                              "visits",
                              "person_checks",
                              "persons_screened",
                              "checks_by_status",
                              "persons_by_latest_status",
                              "unregistered_found",
                              "unregistered_registered",
                              "unregistered_id_cards",
                              "cases_opened",
                              "cases_by_status",
                              "cases_by_source",
                              "found_alive",
                              "rescued",
                              "found_deceased",
                              "families_reunited",
                              "found_people",
                              "found_with_case",
                              "crimes_uncovered",
                              "crimes_solved",
                              "crime_victims",
                              "calls",
                              "calls_cases_opened"};
    QCOMPARE(j.keys().size(), keys.size());
    for (const QString& k : keys)
        QVERIFY2(j.contains(k), qPrintable(k));
    for (const char* k : {"present", "away_verified", "away_unverified", "whereabouts_unknown", "deceased",
                          "moved_out", "unregistered_found"}) {
        QVERIFY(j.value(QStringLiteral("checks_by_status")).toObject().contains(QLatin1String(k)));
        QVERIFY(j.value(QStringLiteral("persons_by_latest_status")).toObject().contains(QLatin1String(k)));
    }
    QCOMPARE(j.value(QStringLiteral("cases_by_status")).toObject().size(), 7);
    QCOMPARE(j.value(QStringLiteral("crimes_uncovered")).toObject().size(), 4);
    QCOMPARE(j.value(QStringLiteral("crime_victims")).toObject().size(), 4);
    QCOMPARE(j.value(QStringLiteral("crimes_solved")).toObject().size(), 4);
    QCOMPARE(j.value(QStringLiteral("cases_by_source")).toObject().size(), 2);
}

void TestStats::countersAgreeWithRecount()
{
    TestDatabase t;
    hc::test::loadFixture(t);
    StatsService stats(t.db());
    std::mt19937 rng(7);
    const QStringList outcomes = {"completed", "no_answer",  "refused",
                                  "vacant",    "demolished", "address_not_found"};
    const QStringList statuses = {"present",  "away_verified", "away_unverified",   "whereabouts_unknown",
                                  "deceased", "moved_out",     "unregistered_found"};
    // Random corrections of the kind supervisors make: outcome changes, time changes, status
    // changes, screenings and visits deleted, new visits added.
    for (int step = 0; step < 60; ++step) {
        const int kind = int(rng() % 5);
        const QString outcome = outcomes.at(int(rng() % outcomes.size()));
        const QString status = statuses.at(int(rng() % statuses.size()));
        switch (kind) {
        case 0:
            exec(t,
                 QStringLiteral("UPDATE visits SET outcome = '%1' WHERE id = (SELECT id FROM visits ORDER BY "
                                "random() LIMIT 1)")
                     .arg(outcome));
            break;
        case 1:
            exec(t, QStringLiteral(
                        "UPDATE screenings SET status = '%1' WHERE id = (SELECT id FROM screenings ORDER "
                        "BY random() LIMIT 1)")
                        .arg(status));
            break;
        case 2:
            // Skipped when it would repeat a visit (the same household, officer and time):
            // plain SQL for SQLite and PostgreSQL alike.
            exec(t,
                 QStringLiteral("UPDATE visits SET visited_at = '2026-04-%1T10:00:00' WHERE id = (SELECT id "
                                "FROM visits ORDER BY random() LIMIT 1) AND NOT EXISTS (SELECT 1 FROM visits "
                                "w WHERE w.operation_id = visits.operation_id AND w.household_id = "
                                "visits.household_id AND w.officer_id = visits.officer_id AND w.visited_at = "
                                "'2026-04-%1T10:00:00')")
                     .arg(10 + step % 15));
            break;
        case 3:
            if (rng() % 2)
                exec(t, QStringLiteral(
                            "DELETE FROM screenings WHERE id = (SELECT id FROM screenings ORDER BY random() "
                            "LIMIT 1)"));
            else
                exec(t,
                     QStringLiteral(
                         "DELETE FROM visits WHERE id = (SELECT id FROM visits ORDER BY random() LIMIT 1)"));
            break;
        default:
            exec(t, QStringLiteral(
                        "INSERT INTO visits(uuid, operation_id, household_id, officer_id, visited_at, "
                        "outcome, created_at) SELECT 'v%1', 1, (SELECT id FROM households ORDER BY random() "
                        "LIMIT 1), 1, '2026-05-%2T09:00:00', '%3', '2026-05-01' WHERE true ON CONFLICT DO "
                        "NOTHING")
                        .arg(step)
                        .arg(1 + step % 28)
                        .arg(outcome));
            exec(t,
                 QStringLiteral(
                     "INSERT INTO screenings(uuid, visit_id, operation_id, person_id, screened_at, status) "
                     "SELECT 's%1-' || p.id, v.id, 1, p.id, v.visited_at, '%2' FROM visits v JOIN persons p "
                     "ON p.household_id = v.household_id WHERE v.uuid = 'v%1' LIMIT 2")
                     .arg(step)
                     .arg(status));
        }
        const auto fast = stats.compute(1);
        const auto slow = stats.recount(1);
        QVERIFY(fast.ok() && slow.ok());
        if (!(fast->toJson() == slow->toJson()))
            QFAIL(qPrintable(
                QStringLiteral("step %1 (kind %2): counters %3 recount %4")
                    .arg(step)
                    .arg(kind)
                    .arg(QString::fromUtf8(QJsonDocument(fast->toJson()).toJson(QJsonDocument::Compact)),
                         QString::fromUtf8(QJsonDocument(slow->toJson()).toJson(QJsonDocument::Compact)))));
    }
}

// Visits saved by officers of two stations (issue 11, outcome 4): on PostgreSQL the counters
// are kept in rows per station (schema 17), on SQLite in one row per name; either way their
// sums equal a recount, before and after a visit of each station is corrected and deleted.
void TestStats::countersOfTwoStations()
{
    TestDatabase t;
    const qint64 op = hc::test::loadFixture(t);
    const QString csv =
        t.writeFile(QStringLiteral("west.csv"), "badge,name,station,role,password\n"
                                                "100009,王警官,西湖派出所,officer,Harbour-Kite-100009\n");
    QVERIFY(!OfficerImporter(t.db(), Actor::system()).run(csv).fatal);
    StatsService stats(t.db());
    QList<qint64> saved;
    for (const char* badge : {"100001", "100009"}) {
        const auto user = UserService(t.db()).find(QLatin1String(badge));
        QVERIFY(user.ok());
        const Actor officer = user->actor();
        const QStringList households =
            t.column(QStringLiteral("SELECT h.id FROM households h JOIN areas a ON a.id = h.area_id "
                                    "WHERE a.station_id = %1 ORDER BY h.id")
                         .arg(officer.stationId));
        QVERIFY(!households.isEmpty());
        for (int i = 0; i < 3; ++i) {
            VisitDraft d;
            d.operationId = op;
            d.householdId = households.at(i % households.size()).toLongLong();
            d.visitedAt = QDateTime(QDate(2026, 5, 20), QTime(9, i), Qt::UTC);
            d.outcome = QStringLiteral("completed");
            for (const QString& person :
                 t.column(QStringLiteral("SELECT id FROM persons WHERE household_id = %1 ORDER BY id")
                              .arg(d.householdId))) {
                ScreeningDraft s;
                s.personId = person.toLongLong();
                s.status = QStringLiteral("present");
                d.screenings << s;
            }
            const auto r = VisitService(t.db(), officer).save(d);
            QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().text()));
            saved << r->visitId;
        }
    }
    auto agree = [&]() {
        const auto fast = stats.compute(op);
        const auto slow = stats.recount(op);
        return fast.ok() && slow.ok() && *fast == *slow;
    };
    QVERIFY(agree());
    // The rows per station: two stations' rows of visits on PostgreSQL, station 0 only on SQLite.
    const qint64 rows =
        t.scalar(
             QStringLiteral("SELECT count(DISTINCT station_id) FROM op_counters WHERE operation_id = %1 AND "
                            "name = 'visits' AND station_id <> 0")
                 .arg(op))
            .toLongLong();
    QCOMPARE(rows, t.isPostgres() ? 2 : 0);
    exec(t, QStringLiteral("UPDATE visits SET outcome = 'refused' WHERE id = %1").arg(saved.first()));
    exec(t, QStringLiteral("UPDATE screenings SET status = 'away_unverified' WHERE visit_id = %1")
                .arg(saved.last()));
    QVERIFY(agree());
    exec(t, QStringLiteral("DELETE FROM visits WHERE id IN (%1, %2)").arg(saved.at(1)).arg(saved.at(4)));
    QVERIFY(agree());
}

void TestStats::tableIsAligned()
{
    TestDatabase t;
    hc::test::loadFixture(t);
    const auto r = StatsService(t.db()).compute(kOp);
    const QString table = StatsService::formatTable(*r);
    QVERIFY(table.contains(QStringLiteral("Households covered")));
    const QStringList lines = table.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 20);
    for (const QString& l : lines) // the values' column ends at the same place on every line
        QCOMPARE(l.size(), lines.first().size());
}

QTEST_GUILESS_MAIN(TestStats)
#include "tst_stats.moc"
