// The station league table (issue 13, outcome 6) on a hand-worked fixture of four stations
// (Alpha, Bravo, Charlie, Delta; two households each) in an operation of two weeks
// (2026-03-01 to 2026-03-14). Every expected figure below was worked out by hand from the
// visits, screenings, case and registrations written in init():
//   week 1: Alpha covers both households on time and registers two people; Bravo covers one,
//           logs one visit two days late and leaves one household to revisit; Charlie covers one
//           and registers one person; Delta visits one household late without covering it.
//   week 2: Bravo covers its second household and verifies an away person; Charlie covers its
//           second household, closes a case and logs one visit late; Alpha revisits on time;
//           Delta visits again on time, still not covered.
// Delta is last in both weeks: flagged "last twice".
#include "core/audit/AuditLog.h"
#include "core/auth/UserService.h"
#include "core/league/LeagueRanking.h"
#include "core/league/LeagueService.h"
#include "core/league/LeagueText.h"
#include "tests/support/TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

namespace {
const char* const kFixture[] = {
    "INSERT INTO stations(id, name) VALUES (1, 'Alpha'), (2, 'Bravo'), (3, 'Charlie'), (4, 'Delta')",
    "INSERT INTO areas(id, station_id, name) VALUES (1, 1, 'a'), (2, 2, 'b'), (3, 3, 'c'), (4, 4, 'd')",
    "INSERT INTO households(id, household_no, area_id, address) VALUES (11, 'H11', 1, 'x'), (12, 'H12', 1, "
    "'x'), "
    "(21, 'H21', 2, 'x'), (22, 'H22', 2, 'x'), (31, 'H31', 3, 'x'), (32, 'H32', 3, 'x'), (41, 'H41', 4, "
    "'x'), "
    "(42, 'H42', 4, 'x')",
    "INSERT INTO users(id, badge, name, station_id, role, password_hash, created_at) VALUES "
    "(1, 'o1', 'Officer', 1, 'officer', 'x', '2026-01-01T00:00:00'), "
    "(2, 'a1', 'Admin', NULL, 'admin', 'x', '2026-01-01T00:00:00'), "
    "(3, 's1', 'Supervisor', NULL, 'supervisor', 'x', '2026-01-01T00:00:00')",
    "INSERT INTO operations(id, name, start_date, end_date, all_stations, created_at) VALUES "
    "(1, 'League', '2026-03-01', '2026-03-14', 1, '2026-02-01T00:00:00')",
    "INSERT INTO persons(id, name, household_id, registered) VALUES (1, 'Away', 21, 1), (2, 'New1', 11, 0), "
    "(3, 'New2', 12, 0), (4, 'New3', 31, 0), (5, 'Lost', 31, 1)",
    // id, household, visited_at, outcome, created_at (logged)
    "INSERT INTO visits(id, uuid, operation_id, household_id, officer_id, visited_at, outcome, created_at) "
    "VALUES "
    "(1, 'v1', 1, 11, 1, '2026-03-02T10:00:00', 'completed', '2026-03-02T11:00:00'), "
    "(2, 'v2', 1, 12, 1, '2026-03-03T10:00:00', 'completed', '2026-03-03T10:30:00'), "
    "(3, 'v3', 1, 21, 1, '2026-03-02T10:00:00', 'completed', '2026-03-04T09:00:00'), "
    "(4, 'v4', 1, 22, 1, '2026-03-03T10:00:00', 'no_answer', '2026-03-03T12:00:00'), "
    "(5, 'v5', 1, 31, 1, '2026-03-02T10:00:00', 'completed', '2026-03-02T10:05:00'), "
    "(6, 'v6', 1, 41, 1, '2026-03-05T20:00:00', 'no_answer', '2026-03-06T08:00:00'), "
    "(7, 'v7', 1, 11, 1, '2026-03-09T10:00:00', 'completed', '2026-03-09T18:00:00'), "
    "(8, 'v8', 1, 22, 1, '2026-03-09T10:00:00', 'completed', '2026-03-09T10:10:00'), "
    "(9, 'v9', 1, 32, 1, '2026-03-09T10:00:00', 'completed', '2026-03-09T10:10:00'), "
    "(10, 'v10', 1, 32, 1, '2026-03-11T10:00:00', 'no_answer', '2026-03-12T10:00:00'), "
    "(11, 'v11', 1, 41, 1, '2026-03-10T10:00:00', 'no_answer', '2026-03-10T10:20:00')",
    "INSERT INTO screenings(uuid, visit_id, officer_id, operation_id, person_id, screened_at, status) VALUES "
    "('s1', 3, 1, 1, 1, '2026-03-02T10:00:00', 'away_unverified'), "
    "('s2', NULL, 1, 1, 1, '2026-03-09T15:00:00', 'away_verified')",
    "INSERT INTO cases(uuid, case_no, operation_id, station_id, subject_person_id, source, status, "
    "opened_at, outcome_date) VALUES ('c1', 'C1', 1, 3, 5, 'public_report', 'found_alive', "
    "'2026-03-03T09:00:00', "
    "'2026-03-12')",
    "INSERT INTO registrations(id, uuid, person_id, station_id, stage, registered_on, last_step_on, "
    "updated_at) "
    "VALUES (1, 'r1', 2, 1, 'registered', '2026-03-04', '2026-03-04', '2026-03-04T10:00:00'), "
    "(2, 'r2', 3, 1, 'id_card', '2026-03-04', '2026-03-06', '2026-03-06T10:00:00'), "
    "(3, 'r3', 4, 3, 'registered', '2026-03-04', '2026-03-04', '2026-03-04T10:00:00')",
};

LeagueFigures figures(const char* name, qint64 households, qint64 covered, qint64 visits, qint64 onTime,
                      qint64 backlog, qint64 needed, qint64 done, qint64 cases, qint64 registrations)
{
    LeagueFigures f;
    f.station = QString::fromLatin1(name);
    f.stationId = name[0];
    f.households = households;
    f.covered = covered;
    f.visits = visits;
    f.visitsOnTime = onTime;
    f.backlog = backlog;
    f.verificationsNeeded = needed;
    f.verificationsDone = done;
    f.casesClosed = cases;
    f.registrations = registrations;
    return f;
}

QStringList order(const QList<LeagueRow>& rows)
{
    QStringList names;
    for (const LeagueRow& r : rows)
        names << r.figures.station;
    return names;
}

const LeagueRow& row(const LeagueTable& t, const char* station)
{
    for (const LeagueRow& r : t.rows)
        if (r.figures.station == QLatin1String(station))
            return r;
    static const LeagueRow none;
    return none;
}
} // namespace

class TestLeague : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { HC_SKIP_WITHOUT_ENGINE(); }
    void init();
    void weekBounds();
    void normalisationAndScores();
    void weightsChangeTheOrder();
    void tiesAndEqualTables();
    void weekOneFromTheDatabase();
    void weekTwoAndLastTwice();
    void wholeOperation();
    void weeksOutOfRange();
    void weightsSetByAdministratorsOnly();
    void textOfTheTable();

private:
    std::unique_ptr<TestDatabase> m_t;
    Actor actor(const char* badge) { return UserService(m_t->db()).find(QLatin1String(badge))->actor(); }
};

void TestLeague::init()
{
    m_t = std::make_unique<TestDatabase>();
    QSqlQuery q(m_t->db().sql());
    for (const char* statement : kFixture)
        QVERIFY2(q.exec(QString::fromUtf8(statement)), qPrintable(q.lastError().text()));
}

void TestLeague::weekBounds()
{
    const QDate start(2026, 3, 1);
    QCOMPARE(LeagueRanking::weekCount(start, QDate(2026, 5, 29)), 13); // 90 days: 12 weeks and 6 days
    QCOMPARE(LeagueRanking::weekCount(start, start), 1);
    QCOMPARE(LeagueRanking::weekCount(start, QDate(2026, 3, 7)), 1);
    QCOMPARE(LeagueRanking::weekCount(start, QDate(2026, 3, 8)), 2);
    QCOMPARE(LeagueRanking::weekStart(start, 1), start);
    QCOMPARE(LeagueRanking::weekEnd(start, QDate(2026, 5, 29), 1), QDate(2026, 3, 7));
    QCOMPARE(LeagueRanking::weekStart(start, 13), QDate(2026, 5, 24));
    QCOMPARE(LeagueRanking::weekEnd(start, QDate(2026, 5, 29), 13), QDate(2026, 5, 29)); // shorter last week
}

// Four stations worked by hand: every measure's min-max, the backlog inverted, equal weights.
void TestLeague::normalisationAndScores()
{
    const QList<LeagueFigures> in = {
        figures("A", 10, 8, 10, 10, 0, 4, 4, 2, 1), figures("B", 10, 6, 10, 8, 2, 4, 2, 1, 0),
        figures("C", 20, 8, 20, 12, 4, 2, 0, 0, 2), figures("D", 10, 2, 5, 5, 8, 4, 1, 0, 0)};
    const QList<LeagueRow> rows = LeagueRanking::rank(in, LeagueWeights{});
    QCOMPARE(order(rows), (QStringList{"A", "B", "C", "D"}));
    const LeagueRow& b = rows.at(1);
    // Coverage .6 between .2 and .8; on time .8 between .6 and 1; backlog 2 of 0..8 inverted.
    QVERIFY(qAbs(b.normalised[size_t(LeagueMeasure::Coverage)] - 2.0 / 3.0) < 1e-9);
    QVERIFY(qAbs(b.normalised[size_t(LeagueMeasure::OnTime)] - 0.5) < 1e-9);
    QVERIFY(qAbs(b.normalised[size_t(LeagueMeasure::Backlog)] - 0.75) < 1e-9);
    QVERIFY(qAbs(b.normalised[size_t(LeagueMeasure::Verification)] - 0.5) < 1e-9);
    QVERIFY(qAbs(b.normalised[size_t(LeagueMeasure::CasesClosed)] - 0.5) < 1e-9);
    QCOMPARE(b.normalised[size_t(LeagueMeasure::Registrations)], 0.0);
    QCOMPARE(rows.at(3).normalised[size_t(LeagueMeasure::OnTime)], 1.0); // 5 of 5, the best
    QVERIFY(qAbs(rows.at(0).score - 5.5 / 6) < 1e-9);
    QVERIFY(qAbs(rows.at(1).score - 2.9166666667 / 6) < 1e-9);
    QVERIFY(qAbs(rows.at(2).score - 1.8333333333 / 6) < 1e-9);
    QVERIFY(qAbs(rows.at(3).score - 1.25 / 6) < 1e-9);
    QCOMPARE(rows.at(0).rank, 1);
    QCOMPARE(rows.at(3).rank, 4);
    QVERIFY(!rows.at(0).bottomThree);
    QVERIFY(rows.at(1).bottomThree && rows.at(2).bottomThree && rows.at(3).bottomThree);
    QVERIFY(rows.at(3).last);
    QVERIFY(!rows.at(2).last);
}

void TestLeague::weightsChangeTheOrder()
{
    const QList<LeagueFigures> in = {
        figures("A", 10, 8, 10, 10, 0, 4, 4, 2, 1), figures("B", 10, 6, 10, 8, 2, 4, 2, 1, 0),
        figures("C", 20, 8, 20, 12, 4, 2, 0, 0, 2), figures("D", 10, 2, 5, 5, 8, 4, 1, 0, 0)};
    LeagueWeights w;
    w.values = {5, 0, 0, 0, 0, 10}; // coverage 5, registrations 10
    const QList<LeagueRow> rows = LeagueRanking::rank(in, w);
    QCOMPARE(order(rows), (QStringList{"C", "A", "B", "D"}));
    QVERIFY(qAbs(rows.at(0).score - (5.0 / 3.0 + 10.0) / 15.0) < 1e-9);
    QVERIFY(qAbs(rows.at(1).score - 10.0 / 15.0) < 1e-9);
    QVERIFY(qAbs(rows.at(2).score - (5.0 * 2.0 / 3.0) / 15.0) < 1e-9);
    QCOMPARE(rows.at(3).score, 0.0);
}

void TestLeague::tiesAndEqualTables()
{
    QList<LeagueFigures> in = {
        figures("A", 10, 5, 10, 10, 1, 0, 0, 0, 0), figures("B", 10, 5, 10, 10, 1, 0, 0, 0, 0),
        figures("C", 10, 5, 10, 10, 1, 0, 0, 0, 0), figures("D", 10, 5, 10, 10, 1, 0, 0, 0, 0)};
    // All equal: one rank, nobody last, no bottom three.
    for (const LeagueRow& r : LeagueRanking::rank(in, LeagueWeights{})) {
        QCOMPARE(r.rank, 1);
        QCOMPARE(r.score, 1.0);
        QVERIFY(!r.last && !r.bottomThree);
    }
    // Two tied at the bottom share the rank and are both last.
    in[1].covered = 1;
    in[3].covered = 1;
    const QList<LeagueRow> rows = LeagueRanking::rank(in, LeagueWeights{});
    QCOMPARE(order(rows), (QStringList{"A", "C", "B", "D"}));
    QCOMPARE(rows.at(2).rank, 3);
    QCOMPARE(rows.at(3).rank, 3);
    QVERIFY(rows.at(2).last && rows.at(3).last && !rows.at(1).last);
    // Three stations or fewer: only the last is marked.
    const QList<LeagueRow> three = LeagueRanking::rank(in.mid(0, 3), LeagueWeights{});
    QCOMPARE(order(three), (QStringList{"A", "C", "B"}));
    QVERIFY(!three.at(0).bottomThree && !three.at(1).bottomThree && three.at(2).bottomThree);
}

void TestLeague::weekOneFromTheDatabase()
{
    const auto t = LeagueService(m_t->db(), actor("s1")).table(QStringLiteral("League"), 1);
    QVERIFY2(t, qPrintable(t ? QString() : t.error().text()));
    QCOMPARE(t->weeks, 2);
    QCOMPARE(t->from, QDate(2026, 3, 1));
    QCOMPARE(t->to, QDate(2026, 3, 7));
    QCOMPARE(order(t->rows), (QStringList{"Alpha", "Charlie", "Bravo", "Delta"}));
    const LeagueRow& bravo = row(*t, "Bravo");
    QCOMPARE(bravo.figures.households, 2);
    QCOMPARE(bravo.figures.covered, 1);
    QCOMPARE(bravo.figures.visits, 2);
    QCOMPARE(bravo.figures.visitsOnTime, 1); // the covering visit was logged two days later
    QCOMPARE(bravo.figures.backlog, 1);
    QCOMPARE(bravo.figures.verificationsNeeded, 1);
    QCOMPARE(bravo.figures.verificationsDone, 0);
    QCOMPARE(row(*t, "Alpha").figures.registrations, 2);
    QCOMPARE(row(*t, "Delta").figures.visitsOnTime, 0); // 20:00, logged the next morning
    QCOMPARE(row(*t, "Alpha").score, 1.0);
    QVERIFY(qAbs(row(*t, "Charlie").score - 5.0 / 6.0) < 1e-9);
    QVERIFY(qAbs(bravo.score - 0.5) < 1e-9);
    QVERIFY(qAbs(row(*t, "Delta").score - 2.0 / 6.0) < 1e-9);
    QVERIFY(row(*t, "Delta").last);
    QCOMPARE(row(*t, "Delta").lastWeeks, QList<int>{1});
    QVERIFY(!row(*t, "Delta").lastTwice); // no week before
}

void TestLeague::weekTwoAndLastTwice()
{
    const auto t = LeagueService(m_t->db(), actor("o1")).table(QStringLiteral("League"), 2);
    QVERIFY2(t, qPrintable(t ? QString() : t.error().text()));
    QCOMPARE(t->from, QDate(2026, 3, 8));
    QCOMPARE(t->to, QDate(2026, 3, 14));
    QCOMPARE(order(t->rows), (QStringList{"Bravo", "Charlie", "Alpha", "Delta"}));
    QCOMPARE(row(*t, "Charlie").figures.casesClosed, 1);
    QCOMPARE(row(*t, "Charlie").figures.visitsOnTime, 1);
    QCOMPARE(row(*t, "Charlie").figures.visits, 2);
    QCOMPARE(row(*t, "Bravo").figures.verificationsDone, 1);
    QCOMPARE(row(*t, "Delta").figures.backlog, 1);
    QCOMPARE(row(*t, "Alpha").figures.covered, 0); // covered in week 1 already
    QVERIFY(qAbs(row(*t, "Bravo").score - 5.0 / 6.0) < 1e-9);
    QVERIFY(qAbs(row(*t, "Charlie").score - 4.0 / 6.0) < 1e-9);
    QVERIFY(qAbs(row(*t, "Alpha").score - 3.0 / 6.0) < 1e-9);
    QVERIFY(qAbs(row(*t, "Delta").score - 2.0 / 6.0) < 1e-9);
    QVERIFY(!row(*t, "Bravo").bottomThree);
    QVERIFY(row(*t, "Charlie").bottomThree && row(*t, "Alpha").bottomThree && row(*t, "Delta").bottomThree);
    QCOMPARE(row(*t, "Delta").lastWeeks, (QList<int>{1, 2}));
    QVERIFY(row(*t, "Delta").lastTwice);
    QVERIFY(!row(*t, "Alpha").lastTwice);
}

void TestLeague::wholeOperation()
{
    const auto t = LeagueService(m_t->db(), actor("a1")).table(QStringLiteral("League"), 0);
    QVERIFY2(t, qPrintable(t ? QString() : t.error().text()));
    QCOMPARE(t->week, 0);
    QCOMPARE(t->to, QDate(2026, 3, 14));
    QCOMPARE(order(t->rows), (QStringList{"Alpha", "Charlie", "Bravo", "Delta"}));
    QVERIFY(qAbs(row(*t, "Alpha").score - 4.0 / 6.0) < 1e-9);
    QVERIFY(qAbs(row(*t, "Charlie").score - (3.0 + 1.0 / 3.0 + 0.5) / 6.0) < 1e-9);
    QVERIFY(qAbs(row(*t, "Bravo").score - (3.0 + 1.0 / 3.0) / 6.0) < 1e-9);
    QCOMPARE(row(*t, "Delta").score, 0.0);
    QCOMPARE(row(*t, "Bravo").figures.visits, 3);
    QCOMPARE(row(*t, "Bravo").figures.visitsOnTime, 2);
    QCOMPARE(row(*t, "Charlie").figures.covered, 2);
    QVERIFY(row(*t, "Delta").lastTwice);
    QCOMPARE(row(*t, "Delta").rank, 4);
    // A week nobody worked in has no last station: the table of an operation not begun flags none.
    QSqlQuery q(m_t->db().sql());
    QVERIFY(q.exec(QStringLiteral("UPDATE operations SET start_date = '2026-02-15' WHERE id = 1")));
    const auto later = LeagueService(m_t->db(), actor("a1")).table(QStringLiteral("League"), 2);
    QVERIFY(later);
    QCOMPARE(later->to, QDate(2026, 2, 28));
    for (const LeagueRow& r : later->rows)
        QVERIFY(!r.lastTwice && r.lastWeeks.isEmpty());
}

void TestLeague::weeksOutOfRange()
{
    LeagueService league(m_t->db(), actor("s1"));
    for (int week : {-1, 3}) {
        const auto t = league.table(QStringLiteral("League"), week);
        QVERIFY(!t);
        QCOMPARE(t.error().field, QStringLiteral("week"));
        QCOMPARE(t.error().kind, Error::Kind::Invalid);
    }
    const auto none = league.table(QStringLiteral("No such operation"), 0);
    QVERIFY(!none);
    QCOMPARE(none.error().kind, Error::Kind::NotFound);
}

void TestLeague::weightsSetByAdministratorsOnly()
{
    LeagueWeights w;
    w.values = {0, 0, 0, 0, 0, 10}; // registrations only
    for (const char* badge : {"o1", "s1"}) {
        LeagueService league(m_t->db(), actor(badge));
        QVERIFY(!league.maySetWeights());
        const Status s = league.setWeights(1, w);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, Error::Kind::Denied);
    }
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'refused'")).toInt(),
             2);
    LeagueService admin(m_t->db(), actor("a1"));
    QVERIFY(admin.maySetWeights());
    LeagueWeights bad;
    bad.values = {0, 0, 0, 0, 0, 0};
    QCOMPARE(admin.setWeights(1, bad).error().field, QStringLiteral("weights"));
    bad.values = {11, 1, 1, 1, 1, 1};
    QCOMPARE(admin.setWeights(1, bad).error().field, QStringLiteral("weights"));
    QCOMPARE(m_t->count(QStringLiteral("league_weights")), 0);

    QVERIFY(admin.setWeights(1, w));
    QCOMPARE(*admin.weights(1), w);
    QCOMPARE(m_t->count(QStringLiteral("league_weights")), 6);
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'league_weights' "
                                        "AND entity = 'operation' AND entity_id = '1'"))
                 .toInt(),
             1);
    // Registrations only: Alpha (2), Charlie (1), then Bravo and Delta tied at 0, both last.
    const auto t = LeagueService(m_t->db(), actor("o1")).table(QStringLiteral("League"), 1);
    QVERIFY(t);
    QCOMPARE(t->weights, w);
    QCOMPARE(order(t->rows), (QStringList{"Alpha", "Charlie", "Bravo", "Delta"}));
    QCOMPARE(row(*t, "Charlie").score, 0.5);
    QCOMPARE(row(*t, "Bravo").rank, 3);
    QCOMPARE(row(*t, "Delta").rank, 3);
    QVERIFY(row(*t, "Bravo").last && row(*t, "Delta").last);
    // A closed operation is read-only.
    QSqlQuery q(m_t->db().sql());
    QVERIFY(q.exec(QStringLiteral("UPDATE operations SET closed_at = '2026-03-15T00:00:00' WHERE id = 1")));
    QCOMPARE(admin.setWeights(1, LeagueWeights{}).error().kind, Error::Kind::Conflict);
    QCOMPARE(*admin.weights(1), w);
}

void TestLeague::textOfTheTable()
{
    const auto t = LeagueService(m_t->db(), actor("s1")).table(QStringLiteral("League"), 2);
    QVERIFY(t);
    QCOMPARE(LeagueText::header().size(), int(LeagueText::ColumnCount));
    const QStringList delta = LeagueText::cells(t->rows.last());
    QCOMPARE(delta.size(), int(LeagueText::ColumnCount));
    QCOMPARE(delta.at(LeagueText::RankColumn), QStringLiteral("4"));
    QCOMPARE(delta.at(LeagueText::StationColumn), QStringLiteral("Delta"));
    QCOMPARE(delta.at(LeagueText::FirstMeasureColumn + int(LeagueMeasure::OnTime)), QStringLiteral("100.0%"));
    QCOMPARE(delta.at(LeagueText::FirstMeasureColumn + int(LeagueMeasure::Backlog)), QStringLiteral("1"));
    QCOMPARE(delta.at(LeagueText::ScoreColumn), QStringLiteral("0.333"));
    QCOMPARE(delta.at(LeagueText::LastTwiceColumn), QStringLiteral("yes"));
    QVERIFY(LeagueText::caption(*t).startsWith(QStringLiteral("League · Week 2 (2026-03-08 – 2026-03-14)")));
    QVERIFY(LeagueText::caption(*t).contains(QStringLiteral("Coverage 1")));
    QCOMPARE(LeagueText::lastWeeksText(t->rows.last()), QStringLiteral("Last in weeks: 1, 2"));
}

QTEST_GUILESS_MAIN(TestLeague)
#include "tst_league.moc"
