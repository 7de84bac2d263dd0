// The audit log as a hash chain: appended records link up, the engine refuses UPDATE and
// DELETE, and verify() names the first record that was changed, removed or inserted out of
// order; records from before schema 4 are sealed at the next append. On PostgreSQL the server
// seals at COMMIT (schema 21): a writer's open transaction does not hold up another's append.
#include "core/audit/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "tests/support/TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hc;
using hc::test::TestDatabase;

class TestAudit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { HC_SKIP_WITHOUT_ENGINE(); }
    void appendedRecordsFormAChain();
    void engineRefusesUpdateAndDelete();
    void tamperingIsFound_data();
    void tamperingIsFound();
    void recordsFromBeforeTheChainAreSealed();
    void unsealedRecordsAreSealedBeforeTheNext();
    void openTransactionsDoNotHoldTheChain();

private:
    static Actor actor() { return Actor{QStringLiteral("test:admin"), Role::Admin, 0, 0}; }
    static void appendFive(Database& db)
    {
        AuditLog log(db.sql());
        for (int i = 1; i <= 5; ++i)
            QVERIFY(log.append(actor(), QStringLiteral("update"), QStringLiteral("household"),
                               QString::number(i),
                               {{QStringLiteral("address"), QStringLiteral("东岗路%1号").arg(i)}},
                               {{QStringLiteral("address"), QStringLiteral("西站路%1号").arg(i)}})
                        .ok());
    }
    static void exec(Database& db, const QString& sql)
    {
        QSqlQuery q(db.sql());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }
};

void TestAudit::appendedRecordsFormAChain()
{
    TestDatabase t;
    appendFive(t.db());
    QSqlQuery q(t.db().sql());
    QVERIFY(q.exec(QStringLiteral("SELECT id, prev_hash, hash FROM audit_log ORDER BY id")));
    QString prev;
    int n = 0;
    while (q.next()) {
        ++n;
        QCOMPARE(q.value(1).toString(), prev);
        QCOMPARE(q.value(2).toString().size(), 64);
        prev = q.value(2).toString();
    }
    QCOMPARE(n, 5);
    const auto v = AuditLog::verify(t.db().sql());
    QVERIFY(v.ok());
    QVERIFY(v->intact);
    QCOMPARE(v->records, 5);
    QCOMPARE(v->headHash, prev);
}

void TestAudit::engineRefusesUpdateAndDelete()
{
    TestDatabase t;
    appendFive(t.db());
    QSqlQuery q(t.db().sql());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE id = 2")));
    QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 5")));
    QCOMPARE(t.count(QStringLiteral("audit_log")), 5);
}

void TestAudit::tamperingIsFound_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<qint64>("firstBad");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("changed") << QStringLiteral("UPDATE audit_log SET after = '{}' WHERE id = 3") << qint64(3)
                             << QStringLiteral("changed");
    QTest::newRow("removed") << QStringLiteral("DELETE FROM audit_log WHERE id = 2") << qint64(3)
                             << QStringLiteral("removed");
    QTest::newRow("re-hashed after a change")
        << QStringLiteral(
               "UPDATE audit_log SET actor = 'x', hash = (SELECT hash FROM audit_log WHERE id = 5) "
               "WHERE id = 4")
        << qint64(4) << QStringLiteral("changed");
    QTest::newRow("inserted out of order")
        << QStringLiteral("INSERT INTO audit_log(id, at, actor, action, entity, prev_hash, hash) "
                          "SELECT 6, at, actor, action, entity, prev_hash, hash FROM audit_log WHERE id = 2")
        << qint64(6) << QStringLiteral("out of order");
    QTest::newRow("inserted without a hash")
        << QStringLiteral(
               "INSERT INTO audit_log(id, at, actor, action, entity) VALUES (6, '2026-01-01', 'x', "
               "'delete', 'case')")
        << qint64(6) << QStringLiteral("no hash");
}

void TestAudit::tamperingIsFound()
{
    QFETCH(QString, tamper);
    QFETCH(qint64, firstBad);
    QFETCH(QString, mentions);
    TestDatabase t;
    appendFive(t.db());
    // Whoever holds the file can drop the triggers; the chain still tells.
    const QString on = t.isPostgres() ? QStringLiteral(" ON audit_log") : QString();
    exec(t.db(), QStringLiteral("DROP TRIGGER audit_log_append_only_update") + on);
    exec(t.db(), QStringLiteral("DROP TRIGGER audit_log_append_only_delete") + on);
    exec(t.db(), tamper);
    const auto v = AuditLog::verify(t.db().sql());
    QVERIFY(v.ok());
    QVERIFY(!v->intact);
    QCOMPARE(v->firstBadId, firstBad);
    QVERIFY2(v->problem.contains(mentions), qPrintable(v->problem));
    QVERIFY2(v->problem.contains(QString::number(firstBad)), qPrintable(v->problem));
}

void TestAudit::recordsFromBeforeTheChainAreSealed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.homecoming"));
    {
        auto db =
            Database::open(path, Database::Mode::CreateIfMissing, Database::builtinMigrations().mid(0, 3));
        QVERIFY(db.ok());
        for (int i = 1; i <= 3; ++i)
            exec(**db,
                 QStringLiteral("INSERT INTO audit_log(at, actor, action, entity, entity_id) "
                                "VALUES ('2026-03-0%1T10:00:00', 'cli:root', 'import', 'registry', '%1')")
                     .arg(i));
    }
    auto db = Database::open(path);
    QVERIFY(db.ok());
    auto v = AuditLog::verify((*db)->sql());
    QVERIFY(v.ok());
    QVERIFY(v->intact);
    QCOMPARE(v->unsealed, 3);

    AuditLog log((*db)->sql());
    QVERIFY(
        log.append(actor(), QStringLiteral("create"), QStringLiteral("operation"), QStringLiteral("1")).ok());
    v = AuditLog::verify((*db)->sql());
    QVERIFY(v.ok());
    QVERIFY(v->intact);
    QCOMPARE(v->unsealed, 0);
    QCOMPARE(v->records, 4);
    QSqlQuery q((*db)->sql());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE id = 1"))); // sealed now
}

// Records without hashes in an otherwise empty log (as a copy of a database from before schema 4
// brings them): the next append seals them first, in id order, on either engine.
void TestAudit::unsealedRecordsAreSealedBeforeTheNext()
{
    TestDatabase t;
    for (int i = 1; i <= 3; ++i)
        exec(t.db(),
             QStringLiteral("INSERT INTO audit_log(id, at, actor, action, entity, entity_id) "
                            "VALUES (%1, '2026-03-0%1T10:00:00', 'cli:root', 'import', 'registry', '%1')")
                 .arg(i));
    AuditLog log(t.db().sql());
    QVERIFY(
        log.append(actor(), QStringLiteral("create"), QStringLiteral("operation"), QStringLiteral("1")).ok());
    const auto v = AuditLog::verify(t.db().sql());
    QVERIFY(v.ok());
    QVERIFY2(v->intact, qPrintable(v->problem));
    QCOMPARE(v->unsealed, 0);
    QCOMPARE(v->records, 4);
    QCOMPARE(t.scalar(QStringLiteral("SELECT entity FROM audit_log WHERE id = 4")).toString(),
             QStringLiteral("operation"));
}

// Two stations' saves overlapping: the first's transaction is still open when the second appends
// and commits. Before schema 21 the second waited for the first's COMMIT (the chain's lock was
// taken at the append); now each is sealed in COMMIT order and the chain holds.
void TestAudit::openTransactionsDoNotHoldTheChain()
{
    TestDatabase t;
    if (!t.isPostgres())
        QSKIP("SQLite lets one writer in at a time (BEGIN IMMEDIATE): there is nothing to overlap");
    auto other = Database::open(t.path());
    QVERIFY(other.ok());
    exec(**other, QStringLiteral("SET lock_timeout = '3s'"));
    Transaction first(t.db().sql());
    QVERIFY(first.active());
    QVERIFY(
        AuditLog(t.db().sql())
            .append(actor(), QStringLiteral("update"), QStringLiteral("household"), QStringLiteral("first"))
            .ok());
    const Status second =
        AuditLog((*other)->sql())
            .append(actor(), QStringLiteral("update"), QStringLiteral("household"), QStringLiteral("second"));
    QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message));
    QVERIFY(first.commit());
    QCOMPARE(t.column(QStringLiteral("SELECT entity_id FROM audit_log ORDER BY id")),
             (QStringList{QStringLiteral("second"), QStringLiteral("first")}));
    const auto v = AuditLog::verify(t.db().sql());
    QVERIFY(v.ok());
    QVERIFY2(v->intact, qPrintable(v->problem));
    QCOMPARE(v->records, 2);
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
