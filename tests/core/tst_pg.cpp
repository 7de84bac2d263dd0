// PostgreSQL as the second engine (issue 11): the schema on the server, the refusal of a
// database holding other tables, transactions, ids from inserts, search through pg_trgm, and
// `homecoming-cli server init`. Runs on the server of HC_TEST_PG (./dev test starts a throwaway
// cluster); skipped with a message without one.
#include "core/storage/Database.h"
#include "core/storage/PgStatements.h"
#include "core/storage/Sql.h"
#include "core/storage/Transaction.h"
#include "tests/support/CliProcess.h"
#include "tests/support/ScratchDatabase.h"
#include "tests/support/TestDatabase.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace hc;
using hc::test::ScratchDatabase;
using hc::test::TestDatabase;
namespace cli = hc::test::cli;

namespace {

const QString kAdminPassword = QStringLiteral("Lantern-Harbour-2026");
} // namespace

class TestPg : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void schemaIsOnTheServer();
    void databaseWithOtherTablesIsRefused();
    void emptyDatabaseIsNotOpenedAsExisting();
    void transactionGuardsNestAndRollBack();
    void insertReturnsTheNewId();
    void placeholdersBecomePositional();
    void statementsArePreparedOncePerSession();
    void searchUsesTrigramsForChineseText();
    void serverInitCreatesSchemaAndAdmin();
    void serverInitRefusesForeignTablesAndSecondRun();
};

void TestPg::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("HC_TEST_PG"))
        QSKIP("PostgreSQL tests skipped: HC_TEST_PG is not set (./dev test starts a throwaway "
              "PostgreSQL 15 cluster and sets it)");
    qputenv("HC_TEST_ENGINE", "postgres");
    HC_SKIP_WITHOUT_ENGINE();
}

void TestPg::schemaIsOnTheServer()
{
    TestDatabase t;
    QVERIFY(t.isPostgres());
    QCOMPARE(t.db().engine(), Database::Engine::Postgres);
    QCOMPARE(t.db().schemaVersion(), Database::latestVersion());
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt(),
             Database::latestVersion());
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")).toInt(),
             1);
    const QStringList tables = t.db().tables();
    for (const char* table :
         {"stations", "areas", "users", "operations", "households", "persons", "visits", "screenings",
          "cases", "leads", "links", "audit_log", "area_day", "actions", "sign_in_failures"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    QCOMPARE(t.scalar(QStringLiteral("SHOW server_encoding")).toString(), QStringLiteral("UTF8"));
    // Reopening finds the schema current and runs nothing again.
    t.reopen();
    QCOMPARE(t.db().schemaVersion(), Database::latestVersion());
}

void TestPg::databaseWithOtherTablesIsRefused()
{
    ScratchDatabase scratch;
    {
        auto plain = Database::open(scratch.uri(), Database::Mode::CreateIfMissing, {});
        QVERIFY2(plain, plain ? "" : qPrintable(plain.error().text()));
        QVERIFY(plain.value()->execScript(QStringLiteral("CREATE TABLE invoices (id integer)")));
    }
    auto db = Database::open(scratch.uri());
    QVERIFY(!db);
    QCOMPARE(db.error().kind, Error::Kind::Conflict);
    QVERIFY2(db.error().message.contains(QStringLiteral("invoices")), qPrintable(db.error().message));
}

void TestPg::emptyDatabaseIsNotOpenedAsExisting()
{
    ScratchDatabase scratch;
    auto db = Database::open(scratch.uri(), Database::Mode::OpenExisting);
    QVERIFY(!db);
    QCOMPARE(db.error().kind, Error::Kind::NotFound);
    auto bad = Database::open(QStringLiteral("postgresql://localhost/"));
    QVERIFY(!bad);
    QCOMPARE(bad.error().kind, Error::Kind::Invalid);
}

void TestPg::transactionGuardsNestAndRollBack()
{
    TestDatabase t;
    QSqlDatabase& db = t.db().sql();
    QVERIFY(!Transaction::isOpen(db));
    {
        Transaction outer(db);
        QVERIFY(outer.active());
        QVERIFY(Transaction::isOpen(db));
        QVERIFY(sql::execute(db, QStringLiteral("INSERT INTO stations(name) VALUES ('North')")));
        {
            Transaction inner(db); // joins the outer one
            QVERIFY(inner.active());
            QVERIFY(sql::execute(db, QStringLiteral("INSERT INTO stations(name) VALUES ('South')")));
            QVERIFY(inner.commit());
            QVERIFY(Transaction::isOpen(db));
        }
        // No commit: the destructor rolls both inserts back.
    }
    QVERIFY(!Transaction::isOpen(db));
    QCOMPARE(t.count(QStringLiteral("stations")), 0);
    {
        Transaction tx(db);
        QVERIFY(sql::execute(db, QStringLiteral("INSERT INTO stations(name) VALUES ('East')")));
        QVERIFY(tx.commit());
    }
    QVERIFY(!Transaction::isOpen(db));
    QCOMPARE(t.count(QStringLiteral("stations")), 1);
}

void TestPg::insertReturnsTheNewId()
{
    TestDatabase t;
    const auto a = sql::insert(t.db().sql(), QStringLiteral("INSERT INTO stations(name) VALUES (:n)"),
                               {{QStringLiteral(":n"), QStringLiteral("One")}});
    const auto b = sql::insert(t.db().sql(), QStringLiteral("INSERT INTO stations(name) VALUES (:n)"),
                               {{QStringLiteral(":n"), QStringLiteral("Two")}});
    QVERIFY(a && b);
    QVERIFY(*a > 0);
    QCOMPARE(*b, *a + 1);
    QCOMPARE(t.scalar(QStringLiteral("SELECT name FROM stations WHERE id = %1").arg(*b)).toString(),
             QStringLiteral("Two"));
}

void TestPg::searchUsesTrigramsForChineseText()
{
    TestDatabase t;
    QVERIFY(t.db().execScript(QStringLiteral("SET enable_seqscan = off")));
    QSqlQuery q(t.db().sql());
    QVERIFY(q.exec(QStringLiteral("EXPLAIN SELECT id FROM households WHERE address ILIKE '%幸福路%'")));
    QString plan;
    while (q.next())
        plan += q.value(0).toString() + QLatin1Char('\n');
    QVERIFY2(plan.contains(QStringLiteral("households_address_trgm")), qPrintable(plan));
    // In a UTF-8 locale pg_trgm extracts trigrams from Chinese text.
    QVERIFY(t.scalar(QStringLiteral("SELECT array_length(show_trgm('幸福路十二号'), 1)")).toInt() > 0);
}

void TestPg::serverInitCreatesSchemaAndAdmin()
{
    ScratchDatabase scratch;
    const cli::Env env{{cli::kPasswordVar, kAdminPassword}};
    const auto init = cli::cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--db"),
                                scratch.uri(), QStringLiteral("--admin-badge"), QStringLiteral("A100"),
                                QStringLiteral("--admin-name"), QStringLiteral("Chief Wang")},
                               QStringLiteral("C.UTF-8"), env);
    QVERIFY2(init.status == 0, init.err.constData());
    auto db = Database::open(scratch.uri(), Database::Mode::OpenExisting);
    QVERIFY2(db, db ? "" : qPrintable(db.error().text()));
    QCOMPARE(db.value()->schemaVersion(), Database::latestVersion());
    db.value().reset();
    // The administrator signs in on the server database.
    const auto users = cli::cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"),
                                 scratch.uri(), QStringLiteral("--user"), QStringLiteral("A100")},
                                QStringLiteral("C.UTF-8"), env);
    QVERIFY2(users.status == 0, users.err.constData());
    QVERIFY(users.out.contains("Chief Wang"));
}

void TestPg::serverInitRefusesForeignTablesAndSecondRun()
{
    const cli::Env env{{cli::kPasswordVar, kAdminPassword}};
    const auto initArgs = [](const QString& uri) {
        return QStringList{QStringLiteral("server"),        QStringLiteral("init"),
                           QStringLiteral("--db"),          uri,
                           QStringLiteral("--admin-badge"), QStringLiteral("A100"),
                           QStringLiteral("--admin-name"),  QStringLiteral("Chief Wang")};
    };
    ScratchDatabase foreign;
    {
        auto plain = Database::open(foreign.uri(), Database::Mode::CreateIfMissing, {});
        QVERIFY(plain);
        QVERIFY(plain.value()->execScript(QStringLiteral("CREATE TABLE payroll (id integer)")));
    }
    const auto refused = cli::cli(initArgs(foreign.uri()), QStringLiteral("C.UTF-8"), env);
    QCOMPARE(refused.status, 2);
    QVERIFY2(refused.err.contains("payroll"), refused.err.constData());
    // Nothing was created: the database still holds the one foreign table.
    auto after = Database::open(foreign.uri());
    QVERIFY(!after);
    QVERIFY2(after.error().message.contains(QStringLiteral("(payroll)")), qPrintable(after.error().message));

    ScratchDatabase twice;
    QCOMPARE(cli::cli(initArgs(twice.uri()), QStringLiteral("C.UTF-8"), env).status, 0);
    const auto again = cli::cli(initArgs(twice.uri()), QStringLiteral("C.UTF-8"), env);
    QCOMPARE(again.status, 2);
    // A file path is not a server database.
    QCOMPARE(cli::cli(initArgs(QStringLiteral("/tmp/x.db")), QStringLiteral("C.UTF-8"), env).status, 2);
}

// Qt's rule for a driver without named placeholders: every occurrence its own parameter, not
// inside quotes, not a "::" cast.
void TestPg::placeholdersBecomePositional()
{
    QStringList names;
    QCOMPARE(sql::pg::positional(QStringLiteral("SELECT a::text, ':x' FROM t WHERE id = :id OR p = :id "
                                                "AND \"c:d\" = :n_2"),
                                 names),
             QStringLiteral("SELECT a::text, ':x' FROM t WHERE id = $1 OR p = $2 AND \"c:d\" = $3"));
    QCOMPARE(names, (QStringList{QStringLiteral(":id"), QStringLiteral(":id"), QStringLiteral(":n_2")}));
    QCOMPARE(sql::pg::positional(QStringLiteral("SELECT 'it''s :no', :yes"), names),
             QStringLiteral("SELECT 'it''s :no', $1"));
    QCOMPARE(names, QStringList{QStringLiteral(":yes")});
}

// sql::query prepares a write once per session and runs it by name after that: values as
// QSqlQuery binds them (a null QString is NULL, an empty one is ''; quotes are data), after a
// rolled-back transaction, and again on a new session. Reads are not kept (a generic plan could
// scan whole tables).
void TestPg::statementsArePreparedOncePerSession()
{
    TestDatabase t;
    const QString text =
        QStringLiteral("INSERT INTO probe(a, b, n) VALUES (:a, :b, :n) RETURNING a IS NULL, b, n + 1");
    auto run = [&](const QVariant& a, const QString& b, int n) {
        QVERIFY(sql::statement(t.db().sql(),
                               QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS probe(a text, b text, "
                                              "n int)"))
                    .ok());
        auto q = sql::query(t.db().sql(), text, {sql::bind(":a", a), sql::bind(":b", b), sql::bind(":n", n)});
        QVERIFY(q.ok());
        QVERIFY(q.value().next());
        QCOMPARE(q.value().value(0).toBool(), !a.isValid() || a.toString().isNull());
        QCOMPARE(q.value().value(1).toString(), b);
        QCOMPARE(q.value().value(2).toInt(), n + 1);
    };
    const int before = sql::pg::preparedCount(t.db().sql());
    run(QVariant(QString()), QStringLiteral("O'Brien; DROP TABLE users; --"), 1);
    run(QVariant(QStringLiteral("")), QStringLiteral("东岗路 \\ 3号"), 2);
    QCOMPARE(sql::pg::preparedCount(t.db().sql()), before + 1);
    QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE "
                                     "'%probe(a, b, n) VALUES ($1, $2, $3)%'"))
                 .toInt(),
             1);
    QVERIFY(sql::query(t.db().sql(), QStringLiteral("SELECT count(*) FROM probe WHERE n > :n"),
                       {sql::bind(":n", 0)})
                .ok());
    QCOMPARE(sql::pg::preparedCount(t.db().sql()), before + 1); // the read is not kept
    {
        QSqlDatabase writable = t.db().sql();
        Transaction tx(writable);
        run(QVariant(), QStringLiteral("in a transaction"), 3);
        tx.rollback();
    }
    run(QVariant(), QStringLiteral("after the rollback"), 4);
    t.reopen(); // a new session: the cache starts empty and prepares again
    run(QVariant(), QStringLiteral("new session"), 5);
    QCOMPARE(sql::pg::preparedCount(t.db().sql()), 1);
}

QTEST_GUILESS_MAIN(TestPg)
#include "tst_pg.moc"
