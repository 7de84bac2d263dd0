// `homecoming-cli copy` (issue 11, outcome 6): a demo SQLite database copied onto an empty
// PostgreSQL database gives the same `stats --json` figures on both, its counters equal a
// recount, the audit chain verifies on the server, a copied officer cannot sign in with the old
// password but does after an administrator's reset and their own passwd; copying onto a database
// that is not empty is refused and writes nothing; a copy that fails part-way leaves the
// database empty. Also PgCopy's text format (escaping, NULL, bytea). PostgreSQL only: runs on
// the server of HC_TEST_PG (./dev test starts a throwaway cluster), skipped without one.
#include "core/storage/Database.h"
#include "core/storage/PgCopy.h"
#include "core/storage/ServerSecurity.h"
#include "core/storage/Transaction.h"
#include "tests/support/CliProcess.h"
#include "tests/support/ScratchDatabase.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace hc;
using hc::test::ScratchDatabase;
using namespace hc::test::cli;

namespace {

const Who kServerAdmin{QStringLiteral("admin"), QStringLiteral("Lantern-Harbour-2026")};

QJsonObject json(const Run& r)
{
    return QJsonDocument::fromJson(r.out).object();
}

// The first value `sql` gives on the server database `dbName`, as the cluster's owner.
qint64 serverCount(const QString& dbName, const QString& sql)
{
    const QUrl url(test::serverUri(dbName));
    const QUrlQuery query(url);
    const QString connection = QStringLiteral("copy-probe");
    qint64 n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(query.hasQueryItem("host") ? query.queryItemValue("host") : url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(dbName);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                n = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return n;
}

qint64 publicTables(const QString& dbName)
{
    return serverCount(dbName, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
}

qint64 rolesOf(const QString& dbName)
{
    return serverCount(dbName, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE '%1\\_%'")
                                   .arg(ServerSecurity::rolePrefix(dbName)));
}
} // namespace

class TestCliCopy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void pgCopyWritesTextFormat();
    void pgCopyRefusalLeavesConnectionUsable();
    void copyGivesTheSameFigures();
    void copiedOfficerSetsANewPassword();
    void copyOntoANonEmptyDatabaseIsRefused();
    void failedCopyLeavesTheDatabaseEmpty();

private:
    Run copy(const QString& from, const QString& to) const;

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_operation;
    ScratchDatabase* m_copied = nullptr;
};

void TestCliCopy::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("HC_TEST_PG"))
        QSKIP("PostgreSQL tests skipped: HC_TEST_PG is not set (./dev test starts a throwaway "
              "PostgreSQL 15 cluster and sets it)");
    qputenv("HC_TEST_ENGINE", "postgres");
    HC_SKIP_WITHOUT_ENGINE();
    m_demo = m_dir.filePath(QStringLiteral("city.db"));
    const Run r = cli({"demo", "--db", m_demo, "--scale", "0.01", "--json"});
    QVERIFY2(r.status == 0, r.err.constData());
    m_operation = json(r).value(QStringLiteral("operation")).toString();
    QVERIFY(!m_operation.isEmpty());
}

void TestCliCopy::cleanupTestCase()
{
    delete m_copied;
    m_copied = nullptr;
}

Run TestCliCopy::copy(const QString& from, const QString& to) const
{
    return cli({"copy", "--from", from, "--to", to, "--admin-badge", kServerAdmin.badge, "--json"},
               QStringLiteral("C.UTF-8"), {qMakePair(kPasswordVar, kServerAdmin.password)});
}

void TestCliCopy::pgCopyWritesTextFormat()
{
    test::TestDatabase t;
    QVERIFY(t.db().execScript(
        "CREATE TABLE copy_probe (id integer, txt text, bin bytea, num double precision, flag boolean)"));
    const QString tricky = QStringLiteral("tab\there\nnew line\r\\back\\slash \\N 中文");
    const QByteArray bytes("\x00\x01\\\t\n\xff", 6);
    {
        Transaction tx(t.db().sql());
        auto copy =
            PgCopy::start(t.db().sql(), QStringLiteral("copy_probe"), {"id", "txt", "bin", "num", "flag"});
        QVERIFY2(copy, copy ? "" : qPrintable(copy.error().text()));
        QVERIFY(copy.value().addRow({1, tricky, bytes, 0.1, true}));
        QVERIFY(copy.value().addRow({2, QVariant(), QVariant(), QVariant(), QVariant()}));
        QVERIFY(copy.value().addRow({3, QString(), QByteArray(), -1.5e-300, false}));
        const auto n = copy.value().finish();
        QVERIFY2(n, n ? "" : qPrintable(n.error().text()));
        QCOMPARE(*n, qint64(3));
        QVERIFY(tx.commit());
    }
    QSqlQuery q(t.db().sql());
    QVERIFY(q.exec("SELECT txt, bin, num, flag, txt IS NULL, bin IS NULL FROM copy_probe ORDER BY id"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), tricky);
    QCOMPARE(q.value(1).toByteArray(), bytes);
    QCOMPARE(q.value(2).toDouble(), 0.1);
    QCOMPARE(q.value(3).toBool(), true);
    QVERIFY(q.next());
    QVERIFY(q.value(4).toBool());
    QVERIFY(q.value(5).toBool());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QString());
    QVERIFY(!q.value(4).toBool()); // an empty text is no NULL
    QCOMPARE(q.value(2).toDouble(), -1.5e-300);
    QCOMPARE(q.value(3).toBool(), false);
}

void TestCliCopy::pgCopyRefusalLeavesConnectionUsable()
{
    test::TestDatabase t;
    QVERIFY(t.db().execScript("CREATE TABLE copy_probe (id integer NOT NULL, txt text)"));
    {
        auto copy = PgCopy::start(t.db().sql(), QStringLiteral("copy_probe"), {"id", "txt"});
        QVERIFY(copy);
        QVERIFY(copy.value().addRow({1, "kept?"}));
        QVERIFY(copy.value().addRow({QVariant(), "no id"}));
        const auto n = copy.value().finish();
        QVERIFY(!n);
        QVERIFY2(n.error().message.contains(QStringLiteral("copy_probe")), qPrintable(n.error().message));
    }
    QVERIFY(!PgCopy::start(t.db().sql(), QStringLiteral("no_such_table"), {"id"}));
    // Nothing of the refused copy is there, and the connection goes on.
    QCOMPARE(t.count(QStringLiteral("copy_probe")), qint64(0));
    {
        auto abandoned = PgCopy::start(t.db().sql(), QStringLiteral("copy_probe"), {"id", "txt"});
        QVERIFY(abandoned);
        QVERIFY(abandoned.value().addRow({7, "dropped"}));
    } // destroyed unfinished: aborted
    QCOMPARE(t.count(QStringLiteral("copy_probe")), qint64(0));
}

void TestCliCopy::copyGivesTheSameFigures()
{
    m_copied = new ScratchDatabase(QStringLiteral("hc_c"));
    const QString uri = m_copied->uri();
    const qint64 auditRows = countRows(m_demo, QStringLiteral("SELECT count(*) FROM audit_log"));
    const qint64 lastAuditId = countRows(m_demo, QStringLiteral("SELECT max(id) FROM audit_log"));
    const Run r = copy(m_demo, uri);
    QVERIFY2(r.status == 0, r.err.constData());
    const QJsonObject report = json(r);
    // Progress per table on stderr.
    QVERIFY2(r.err.contains("persons: "), r.err.constData());
    const QJsonObject rows = report.value(QStringLiteral("rows")).toObject();
    for (const char* table : {"stations", "users", "households", "persons", "visits", "screenings", "cases",
                              "audit_log", "op_counters", "household_progress", "area_day"}) {
        const QString t = QLatin1String(table);
        QCOMPARE(rows.value(t).toInteger(), countRows(m_demo, QStringLiteral("SELECT count(*) FROM ") + t));
        QVERIFY2(report.value(QStringLiteral("tables")).toArray().contains(t), table);
    }
    QVERIFY(rows.value(QStringLiteral("persons")).toInteger() > 1000);
    const qint64 users = countRows(m_demo, QStringLiteral("SELECT count(*) FROM users"));
    QCOMPARE(report.value(QStringLiteral("accounts_to_reset")).toInteger(), users - 1);
    // Every copied account must set a new password at its first sign-in, but the administrator
    // who gave theirs to the copy.
    QCOMPARE(serverCount(m_copied->name(), "SELECT count(*) FROM users WHERE must_change_password = 1"),
             users - 1);
    QCOMPARE(serverCount(m_copied->name(),
                         QStringLiteral("SELECT must_change_password FROM users WHERE badge = '%1'")
                             .arg(kServerAdmin.badge)),
             qint64(0));
    QVERIFY(report.value(QStringLiteral("counters_equal_recount")).toBool());
    QVERIFY(report.contains(QStringLiteral("seconds")));

    // The same figures on both engines, and the server's counters equal its recount.
    const QStringList stats{"stats", "--operation", m_operation, "--json"};
    const Run onFile = as(kDemoAdmin, stats + QStringList{"--db", m_demo});
    const Run onServer = as(kServerAdmin, stats + QStringList{"--db", uri});
    const Run recount = as(kServerAdmin, stats + QStringList{"--db", uri, "--recount"});
    QVERIFY2(onFile.status == 0 && onServer.status == 0 && recount.status == 0, onServer.err.constData());
    QVERIFY(json(onFile).value(QStringLiteral("households_visited")).toInt() > 0);
    QCOMPARE(json(onServer), json(onFile));
    QCOMPARE(json(recount), json(onServer));

    // The audit chain verifies on the server: the copied records, the copy's own (with the id
    // after the copied ones) and the sign-ins since.
    const Run verify = as(kServerAdmin, {"audit", "verify", "--db", uri, "--json"});
    QVERIFY2(verify.status == 0, verify.out.constData());
    QVERIFY(json(verify).value(QStringLiteral("intact")).toBool());
    QVERIFY(json(verify).value(QStringLiteral("records")).toInteger() > auditRows + 1);
    QCOMPARE(serverCount(m_copied->name(), "SELECT min(id) FROM audit_log WHERE action = 'copy_database'"),
             lastAuditId + 1);
}

void TestCliCopy::copiedOfficerSetsANewPassword()
{
    QVERIFY(m_copied);
    const QString uri = m_copied->uri();
    auto file = Database::open(m_demo, Database::Mode::OpenExisting);
    QVERIFY(file);
    QSqlQuery q((*file)->sql());
    QVERIFY(q.exec("SELECT badge FROM users WHERE role = 'officer' AND active = 1 ORDER BY id LIMIT 1") &&
            q.next());
    const Who old{q.value(0).toString(), kDemoAdmin.password};
    const QStringList search{"search", "--db", uri, "王芳"};
    // The file's password does not sign in on the server.
    const Run onFile = as(old, {"search", "--db", m_demo, "王芳"});
    QVERIFY2(onFile.status == 0, onFile.err.constData());
    QCOMPARE(as(old, search).status, 2);
    // An administrator hands out a password; the officer signs in with it and sets their own.
    const Run reset =
        as(kServerAdmin, {"users", "reset-password", old.badge, "--generate", "--json", "--db", uri});
    QVERIFY2(reset.status == 0, reset.err.constData());
    const Who given{old.badge, json(reset).value(QStringLiteral("password")).toString()};
    QVERIFY(!given.password.isEmpty());
    // That password is a temporary one: it signs in, but only passwd runs until a new one is set.
    const Run due = as(given, search);
    QCOMPARE(due.status, 2);
    QVERIFY2(due.err.contains("must set a new password first: homecoming-cli passwd"), due.err.constData());
    const QString own = QStringLiteral("Copper-Lantern-Ridge-77");
    const Run passwd =
        as(given, {"passwd", "--db", uri}, QStringLiteral("C.UTF-8"), {qMakePair(kNewPasswordVar, own)});
    QVERIFY2(passwd.status == 0, passwd.err.constData());
    const QString flag =
        QStringLiteral("SELECT must_change_password FROM users WHERE badge = '%1'").arg(old.badge);
    QCOMPARE(serverCount(m_copied->name(), flag), qint64(0));
    QCOMPARE(as(Who{old.badge, own}, search).status, 0);
    QCOMPARE(as(given, search).status, 2);
    // The server's own record of the change, with the flag cleared.
    QCOMPARE(serverCount(m_copied->name(),
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'change_password' AND "
                                        "entity_id = '%1' AND after LIKE '%\"must_change_password\":false%'")
                             .arg(old.badge)),
             qint64(1));
}

void TestCliCopy::copyOntoANonEmptyDatabaseIsRefused()
{
    QVERIFY(m_copied);
    // A database holding Homecoming: refused, nothing added.
    const qint64 before = serverCount(m_copied->name(), QStringLiteral("SELECT count(*) FROM audit_log"));
    const Run again = copy(m_demo, m_copied->uri());
    QCOMPARE(again.status, 2);
    QVERIFY2(again.err.contains("already holds"), again.err.constData());
    QCOMPARE(serverCount(m_copied->name(), QStringLiteral("SELECT count(*) FROM audit_log")), before);

    // A database holding another program's table: refused, no table and no role made.
    ScratchDatabase other;
    {
        auto db = Database::open(other.uri(), Database::Mode::CreateIfMissing, QStringList{});
        QVERIFY(db && db.value()->execScript(QStringLiteral("CREATE TABLE invoices (id integer)")));
    }
    const Run refused = copy(m_demo, other.uri());
    QCOMPARE(refused.status, 2);
    QVERIFY2(refused.err.contains("invoices"), refused.err.constData());
    QCOMPARE(publicTables(other.name()), qint64(1));
    QCOMPARE(rolesOf(other.name()), qint64(0));

    // Bad arguments and an --admin-badge that is no administrator of the file.
    QCOMPARE(cli({"copy", "--from", m_demo, "--to", m_demo, "--admin-badge", "admin"}).status, 2);
    ScratchDatabase empty;
    const Run notAdmin = cli({"copy", "--from", m_demo, "--to", empty.uri(), "--admin-badge", "nobody"},
                             QStringLiteral("C.UTF-8"), {qMakePair(kPasswordVar, kServerAdmin.password)});
    QVERIFY(notAdmin.status != 0);
    QCOMPARE(publicTables(empty.name()), qint64(0));
}

void TestCliCopy::failedCopyLeavesTheDatabaseEmpty()
{
    // A file whose rows break a foreign key (written with SQLite's checks off): the server refuses
    // them at COPY, and the whole unit, schema and roles included, rolls back.
    const QString broken = m_dir.filePath(QStringLiteral("broken.db"));
    QVERIFY(QFile::copy(m_demo, broken));
    {
        auto file = Database::open(broken, Database::Mode::OpenExisting);
        QVERIFY(file);
        QVERIFY(
            file.value()->execScript(QStringLiteral("PRAGMA foreign_keys = OFF; UPDATE cases SET station_id "
                                                    "= 999999 WHERE id = (SELECT min(id) FROM cases);")));
    }
    ScratchDatabase target;
    const Run r = copy(broken, target.uri());
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains("cases"), r.err.constData());
    QCOMPARE(publicTables(target.name()), qint64(0));
    QCOMPARE(rolesOf(target.name()), qint64(0));
    // And the database, still empty, takes a good copy afterwards.
    QCOMPARE(copy(m_demo, target.uri()).status, 0);
}

QTEST_GUILESS_MAIN(TestCliCopy)
#include "tst_cli_copy.moc"
