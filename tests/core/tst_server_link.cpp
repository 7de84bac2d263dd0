// The server goes away (issue 11, outcome 9), on PostgreSQL only: a connection the server
// dropped connects again by itself at the next statement outside a transaction (a read that met
// the loss runs once more), and a save made while the server is down fails as "cannot reach
// the server" with nothing written, and succeeds once the server is back, on the same
// connection, without a restart. The stop/start row drives the throwaway cluster through
// HC_TEST_PG_CONTROL (tests/pg/throwaway-cluster.sh); it runs alone (RUN_SERIAL).
#include "core/auth/UserService.h"
#include "core/storage/Database.h"
#include "core/storage/ServerLink.h"
#include "core/storage/Sql.h"
#include "core/visits/VisitService.h"
#include "tests/support/Fixture.h"

#include <QProcess>
#include <QTest>

using namespace hc;
using namespace hc::test;

namespace {
VisitDraft allPresent(TestDatabase& t, qint64 op, int minute)
{
    VisitDraft d;
    d.operationId = op;
    d.householdId =
        t.scalar(QStringLiteral("SELECT id FROM households WHERE household_no = 'H001'")).toLongLong();
    d.visitedAt = QDateTime(QDate(2026, 3, 20), QTime(10, minute), Qt::UTC);
    d.outcome = QStringLiteral("completed");
    for (const QString& id : t.column(
             QStringLiteral("SELECT id FROM persons WHERE household_id = %1 ORDER BY id").arg(d.householdId)))
        d.screenings << ScreeningDraft{id.toLongLong(), QStringLiteral("present"), {}, {}, {}, {}};
    return d;
}

// Ends this connection's server process from another connection, as a server restart would.
void dropConnection(Database& db)
{
    const qint64 pid = sql::scalar(db.sql(), QStringLiteral("SELECT pg_backend_pid()"))->toLongLong();
    QVERIFY(pid > 0);
    QVERIFY(serverExec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)));
}

bool control(const char* what)
{
    const QString script = qEnvironmentVariable("HC_TEST_PG_CONTROL");
    QProcess p;
    p.start(script, {QString::fromLatin1(what)});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}
} // namespace

class TestServerLink : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (testEngine() != Database::Engine::Postgres)
            QSKIP("PostgreSQL only (HC_TEST_ENGINE=postgres)");
        HC_SKIP_WITHOUT_ENGINE();
    }
    void readsAndWritesReconnect();
    void saveWhileTheServerIsDown();
    void onlyReadsAreRunAgain();
    void connectionFailures();
};

void TestServerLink::readsAndWritesReconnect()
{
    TestDatabase t;
    const qint64 op = loadFixture(t, false);
    const Actor officer = UserService(t.db()).find(QStringLiteral("100001"))->actor();

    dropConnection(t.db());
    // The read meets the dropped connection, which connects again, and is run once more.
    const auto households = sql::scalar(t.db().sql(), QStringLiteral("SELECT count(*) FROM households"));
    QVERIFY2(households.ok(), qPrintable(households ? QString() : households.error().text()));
    QVERIFY(households->toInt() > 0);

    const VisitDraft draft = allPresent(t, op, 0);
    dropConnection(t.db());
    // A save's BEGIN meets it: connected again, the whole visit is saved once.
    const auto saved = VisitService(t.db(), officer).save(draft);
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().text()));
    QCOMPARE(t.count(QStringLiteral("visits")), 1);
}

void TestServerLink::saveWhileTheServerIsDown()
{
    if (qEnvironmentVariableIsEmpty("HC_TEST_PG_CONTROL"))
        QSKIP("needs the throwaway cluster's control script (HC_TEST_PG_CONTROL)");
    TestDatabase t;
    const qint64 op = loadFixture(t, false);
    const Actor officer = UserService(t.db()).find(QStringLiteral("100001"))->actor();
    const qint64 screeningsBefore = t.count(QStringLiteral("screenings"));
    VisitService visits(t.db(), officer);
    QVERIFY(visits.save(allPresent(t, op, 0)).ok());

    const VisitDraft next = allPresent(t, op, 5); // read while the server is up
    QVERIFY(control("stop"));
    const auto down = visits.save(next);
    const bool started = control("start");
    QVERIFY(started);
    QVERIFY(!down.ok());
    QCOMPARE(down.error().kind, Error::Kind::Unreachable);
    QVERIFY2(down.error().message.contains(QStringLiteral("cannot be reached")),
             qPrintable(down.error().message));

    // Back up: the same save, on the same Database, goes through; nothing of the failed
    // attempt was written (one visit more than before it, with its screenings once).
    const auto again = visits.save(next);
    QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().text()));
    QCOMPARE(t.count(QStringLiteral("visits")), 2);
    const int residents = int(next.screenings.size());
    QCOMPARE(t.count(QStringLiteral("screenings")), screeningsBefore + 2 * residents);
}

void TestServerLink::onlyReadsAreRunAgain()
{
    QVERIFY(serverlink::onlyReads(QStringLiteral("SELECT 1")));
    QVERIFY(serverlink::onlyReads(QStringLiteral("  with x AS (SELECT 1) SELECT * FROM x")));
    QVERIFY(!serverlink::onlyReads(QStringLiteral("INSERT INTO t VALUES (1)")));
    QVERIFY(!serverlink::onlyReads(QStringLiteral("WITH d AS (DELETE FROM t RETURNING id) SELECT * FROM d")));
    QVERIFY(!serverlink::onlyReads(QStringLiteral("UPDATE t SET a = 1")));
}

// What counts as the connection failing (SQLSTATE or libpq's words), and what does not.
void TestServerLink::connectionFailures()
{
    auto error = [](const char* code, const char* text) {
        return QSqlError(QString(), QString::fromLatin1(text), QSqlError::StatementError,
                         QString::fromLatin1(code));
    };
    QVERIFY(serverlink::connectionFailed(
        error("57P01", "FATAL:  terminating connection due to administrator command")));
    QVERIFY(serverlink::connectionFailed(error("08006", "connection failure")));
    QVERIFY(serverlink::connectionFailed(error("", "server closed the connection unexpectedly")));
    QVERIFY(!serverlink::connectionFailed(error("23505", "duplicate key value violates unique constraint")));
    QVERIFY(!serverlink::connectionFailed(error("40001", "could not serialize access")));
}

QTEST_GUILESS_MAIN(TestServerLink)
#include "tst_server_link.moc"
