// The write runner (Transaction::run, issue 11 outcome 4): a unit runs once and commits; on
// PostgreSQL a unit the server rolled back for a serialization failure or a deadlock is run
// again within the wait bound, and only a conflict that outlasts the bound reaches the caller,
// in plain words. The deadlock is a real one, between two connections.
#include "core/audit/AuditLog.h"
#include "core/storage/Sql.h"
#include "core/storage/Transaction.h"
#include "tests/support/TestDatabase.h"

#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <thread>

using namespace hc;
using hc::test::TestDatabase;

class TestWriteRetries : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { HC_SKIP_WITHOUT_ENGINE(); }
    void init();
    void cleanup();
    void unitRunsOnceAndCommits();
    void failedUnitRollsBackWithoutRetry();
    void serializationFailureIsRetried();
    void conflictOutlastingTheBoundIsReportedPlainly();
    void joinedUnitLeavesTheRetryToTheOuterRunner();
    void deadlockBetweenTwoConnectionsIsRetried();
    void auditAppendsOfTwoConnectionsAtOnce();

private:
    std::unique_ptr<TestDatabase> m_t;
    int m_boundBefore = 0;

    void requirePostgres()
    {
        if (!m_t->isPostgres())
            QSKIP("SQLite has no serialization failures or deadlocks (one writer at a time)");
    }
    Status add(qint64 id, int by)
    {
        const auto r =
            sql::execute(m_t->db().sql(), QStringLiteral("UPDATE retry_probe SET v = v + :by WHERE id = :id"),
                         {{QStringLiteral(":by"), by}, {QStringLiteral(":id"), id}});
        return r ? Status() : Status(r.error());
    }
    // A statement the server fails with SQLSTATE 40001, as it would a serializable transaction
    // that lost to another.
    Status serializationFailure()
    {
        const auto r = sql::execute(m_t->db().sql(), QStringLiteral("SELECT hc_force_40001()"));
        return r ? Status() : Status(r.error());
    }
    qint64 value(qint64 id)
    {
        return m_t->scalar(QStringLiteral("SELECT v FROM retry_probe WHERE id = %1").arg(id)).toLongLong();
    }
};

void TestWriteRetries::init()
{
    m_boundBefore = Transaction::waitBoundMs();
    m_t = std::make_unique<TestDatabase>();
    QSqlQuery q(m_t->db().sql());
    QVERIFY(q.exec("CREATE TABLE retry_probe(id INTEGER PRIMARY KEY, v INTEGER NOT NULL)"));
    QVERIFY(q.exec("INSERT INTO retry_probe(id, v) VALUES (1, 0), (2, 0)"));
    if (m_t->isPostgres())
        QVERIFY(
            q.exec("CREATE FUNCTION hc_force_40001() RETURNS integer LANGUAGE plpgsql AS "
                   "$$BEGIN RAISE EXCEPTION 'could not serialize access' USING ERRCODE = '40001'; END$$"));
}

void TestWriteRetries::cleanup()
{
    m_t.reset();
    Transaction::setWaitBoundMs(m_boundBefore);
}

void TestWriteRetries::unitRunsOnceAndCommits()
{
    int attempts = 0;
    const auto r = Transaction::run(m_t->db().sql(), [&]() -> Result<int> {
        ++attempts;
        if (Status s = add(1, 5); !s)
            return s.error();
        return 42;
    });
    QVERIFY(r.ok());
    QCOMPARE(*r, 42);
    QCOMPARE(attempts, 1);
    QVERIFY(!Transaction::isOpen(m_t->db().sql()));
    QCOMPARE(value(1), 5);
}

void TestWriteRetries::failedUnitRollsBackWithoutRetry()
{
    int attempts = 0;
    const qint64 retriesBefore = Transaction::retries();
    const Status r = Transaction::run(m_t->db().sql(), [&]() -> Status {
        ++attempts;
        if (Status s = add(1, 5); !s)
            return s;
        return invalid(QStringLiteral("v"), QStringLiteral("refused after the write"));
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("v"));
    QCOMPARE(attempts, 1);
    QCOMPARE(Transaction::retries(), retriesBefore);
    QVERIFY(!Transaction::isOpen(m_t->db().sql()));
    QCOMPARE(value(1), 0);
}

void TestWriteRetries::serializationFailureIsRetried()
{
    requirePostgres();
    int attempts = 0;
    const qint64 retriesBefore = Transaction::retries();
    const Status r = Transaction::run(m_t->db().sql(), [&]() -> Status {
        ++attempts;
        if (Status s = add(1, 1); !s)
            return s;
        return attempts < 3 ? serializationFailure() : Status();
    });
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().text()));
    QCOMPARE(attempts, 3);
    QCOMPARE(Transaction::retries() - retriesBefore, 2);
    QCOMPARE(value(1), 1); // the two lost attempts left nothing
}

void TestWriteRetries::conflictOutlastingTheBoundIsReportedPlainly()
{
    requirePostgres();
    Transaction::setWaitBoundMs(300);
    int attempts = 0;
    QElapsedTimer took;
    took.start();
    const Status r = Transaction::run(m_t->db().sql(), [&]() -> Status {
        ++attempts;
        if (Status s = add(1, 1); !s)
            return s;
        return serializationFailure();
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Storage);
    QVERIFY2(r.error().message.contains(QStringLiteral("try again")), qPrintable(r.error().message));
    QVERIFY(!r.error().message.contains(QStringLiteral("40001")));
    QVERIFY(attempts > 1);
    QVERIFY(took.elapsed() >= 300);
    QVERIFY(took.elapsed() < 5000);
    QCOMPARE(value(1), 0);
}

void TestWriteRetries::joinedUnitLeavesTheRetryToTheOuterRunner()
{
    requirePostgres();
    int outer = 0, inner = 0;
    const Status r = Transaction::run(m_t->db().sql(), [&]() -> Status {
        ++outer;
        if (Status s = add(2, 1); !s)
            return s;
        // A service called from another's write: its runner joins and does not retry alone
        // (the server rolled back the whole transaction, the outer writes with it).
        return Transaction::run(m_t->db().sql(), [&]() -> Status {
            ++inner;
            if (Status s = add(1, 1); !s)
                return s;
            return inner == 1 ? serializationFailure() : Status();
        });
    });
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().text()));
    QCOMPARE(outer, 2);
    QCOMPARE(inner, 2);
    QCOMPARE(value(1), 1);
    QCOMPARE(value(2), 1);
}

void TestWriteRetries::deadlockBetweenTwoConnectionsIsRetried()
{
    requirePostgres();
    QSqlDatabase db = m_t->db().sql();
    // This connection notices the deadlock first (its check runs after 50 ms, the other's
    // after 10 s), so the server rolls back this side's unit: the one the runner retries.
    QVERIFY(QSqlQuery(db).exec("SET deadlock_timeout = '50ms'"));
    QSemaphore go, holdsRow2;
    bool otherCommitted = false;
    std::thread other([&] {
        go.acquire();
        auto conn = Database::open(m_t->path());
        if (!conn) {
            holdsRow2.release();
            return;
        }
        QSqlQuery q(conn.value()->sql());
        q.exec("SET deadlock_timeout = '10s'");
        q.exec("BEGIN");
        const bool locked = q.exec("UPDATE retry_probe SET v = v + 10 WHERE id = 2");
        holdsRow2.release();
        // Waits for row 1, held by the runner's first attempt, until the server rolls it back.
        otherCommitted =
            locked && q.exec("UPDATE retry_probe SET v = v + 10 WHERE id = 1") && q.exec("COMMIT");
    });
    int attempts = 0;
    const qint64 retriesBefore = Transaction::retries();
    const Status r = Transaction::run(db, [&]() -> Status {
        ++attempts;
        if (Status s = add(1, 1); !s)
            return s;
        if (attempts == 1) {
            go.release();
            holdsRow2.acquire();
            QThread::msleep(300); // the other connection now waits for row 1
        }
        return add(2, 1); // row 2 is the other's: a deadlock on the first attempt
    });
    other.join();
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().text()));
    QVERIFY(otherCommitted);
    QCOMPARE(attempts, 2);
    QCOMPARE(Transaction::retries() - retriesBefore, 1);
    QCOMPARE(value(1), 11); // both writers' changes, none lost, none twice
    QCOMPARE(value(2), 11);
}

// Two writers appending to the audit chain at once (two stations saving visits): the second
// waits for the first's transaction to end and appends after its record, so both succeed and
// the chain verifies. On PostgreSQL without the chain's lock both would read the same head and
// the second would fail on the duplicate id; SQLite lets one writer at a time anyway.
void TestWriteRetries::auditAppendsOfTwoConnectionsAtOnce()
{
    QSqlDatabase db = m_t->db().sql();
    const qint64 before = m_t->count(QStringLiteral("audit_log"));
    QSemaphore go;
    Status otherAppended = Status(storageError(QStringLiteral("not run")));
    std::thread other([&] {
        go.acquire();
        auto conn = Database::open(m_t->path());
        if (conn)
            otherAppended = AuditLog(conn.value()->sql())
                                .append(Actor::system(), QStringLiteral("probe"), QStringLiteral("visit"),
                                        QStringLiteral("2"));
    });
    {
        Transaction tx(db);
        QVERIFY(tx.active());
        QVERIFY(AuditLog(db).append(Actor::system(), QStringLiteral("probe"), QStringLiteral("visit"),
                                    QStringLiteral("1")));
        go.release();
        QThread::msleep(500); // the other connection reads the head meanwhile, or waits to
        QVERIFY(tx.commit());
    }
    other.join();
    QVERIFY2(otherAppended.ok(), otherAppended.ok() ? "" : qPrintable(otherAppended.error().text()));
    QCOMPARE(m_t->count(QStringLiteral("audit_log")), before + 2);
    const auto verified = AuditLog::verify(db);
    QVERIFY(verified.ok());
    QVERIFY2(verified->intact, qPrintable(verified->problem));
}

QTEST_GUILESS_MAIN(TestWriteRetries)
#include "tst_write_retries.moc"
