#include "tests/support/TestDatabase.h"

#include "tests/support/ScratchDatabase.h"

#include "core/auth/PasswordHasher.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

namespace hc::test {

namespace {
// Test processes hash passwords at libsodium's minimum limits (PasswordHasher::Cost): the suite
// makes thousands of accounts. tst_users sets the real limits back for its own rows.
const bool kMinimumHashCost = [] {
    PasswordHasher::setCost(PasswordHasher::Cost::Minimum);
    return true;
}();

QString serverBase()
{
    return qEnvironmentVariable("HC_TEST_PG");
}
} // namespace

Database::Engine testEngine()
{
    return qEnvironmentVariable("HC_TEST_ENGINE") == QLatin1String("postgres") ? Database::Engine::Postgres
                                                                               : Database::Engine::Sqlite;
}

QString engineUnavailable()
{
    if (testEngine() != Database::Engine::Postgres)
        return {};
    if (serverBase().isEmpty())
        return QStringLiteral("PostgreSQL rows skipped: HC_TEST_PG is not set (./dev test starts a "
                              "throwaway PostgreSQL 15 cluster and sets it)");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("PostgreSQL rows skipped: the QPSQL driver (libqt6sql6-psql) is missing");
    return {};
}

QString serverUri(const QString& dbName)
{
    QUrl url(serverBase());
    url.setPath(QLatin1Char('/') + dbName);
    return url.toString();
}

bool serverExec(const QString& statement, QString* error)
{
    const QUrl url(serverBase());
    const QUrlQuery query(url);
    const QString connection = QStringLiteral("hc-test-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(query.hasQueryItem(QStringLiteral("host"))
                           ? query.queryItemValue(QStringLiteral("host"))
                           : url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(statement);
            if (!ok && error)
                *error = q.lastError().text();
        } else if (error) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

namespace {
// A new empty database on the test server, UTF-8, from template0 by file copy (cheaper than the
// default WAL-logged copy for a database of one test function); a name with a random suffix.
// With `pgTemplate`, a copy of that database instead.
QString createServerDatabase(const QString& prefix, const QString& pgTemplate = QStringLiteral("template0"))
{
    const QString name = QStringLiteral("%1_%2").arg(prefix).arg(QRandomGenerator::global()->generate64(), 16,
                                                                 16, QLatin1Char('0'));
    QString error;
    if (!serverExec(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE %2 STRATEGY FILE_COPY")
                        .arg(name, pgTemplate),
                    &error))
        qFatal("cannot create test database %s: %s", qPrintable(name), qPrintable(error));
    return name;
}

void dropServerDatabase(const QString& name)
{
    serverExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}
} // namespace

ScratchDatabase::ScratchDatabase(const QString& prefix) : m_name(createServerDatabase(prefix)) {}

ScratchDatabase::~ScratchDatabase()
{
    dropServerDatabase(m_name);
}

QString ScratchDatabase::uri() const
{
    return serverUri(m_name);
}

TestDatabase::TestDatabase() : m_path(m_dir.filePath(QStringLiteral("test.homecoming")))
{
    if (testEngine() == Database::Engine::Postgres) {
        m_pgName = createServerDatabase(QStringLiteral("hc_t"));
        m_path = serverUri(m_pgName);
    }
    reopen();
}

TestDatabase::TestDatabase(const QString& pgTemplate)
    : m_pgName(createServerDatabase(QStringLiteral("hc_t"), pgTemplate))
{
    m_path = serverUri(m_pgName);
    reopen();
}

std::unique_ptr<TestDatabase> TestDatabase::copyOf(const TestDatabase& prepared)
{
    if (!prepared.isPostgres())
        qFatal("TestDatabase::copyOf: PostgreSQL only");
    return std::unique_ptr<TestDatabase>(new TestDatabase(prepared.m_pgName));
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (!m_pgName.isEmpty())
        dropServerDatabase(m_pgName);
}

void TestDatabase::reopen()
{
    m_db.reset();
    auto r = Database::open(m_path);
    if (!r)
        qFatal("cannot open test database: %s", qPrintable(r.error().text()));
    m_db = std::move(r).value();
}

QString TestDatabase::writeFile(const QString& name, const QByteArray& content) const
{
    const QString p = m_dir.filePath(name);
    QFile f(p);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(p));
    f.write(content);
    return p;
}

bool TestDatabase::syncIdentities()
{
    if (!isPostgres())
        return true;
    QSqlQuery q(m_db->sql());
    return q.exec(QStringLiteral("DO $$DECLARE r record; BEGIN "
                                 "FOR r IN SELECT table_name, column_name FROM information_schema.columns "
                                 "WHERE table_schema = 'public' AND is_identity = 'YES' LOOP "
                                 "EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, %L), "
                                 "coalesce((SELECT max(%I) FROM %I), 0) + 1, false)', "
                                 "r.table_name, r.column_name, r.column_name, r.table_name); "
                                 "END LOOP; END$$"));
}

bool TestDatabase::addFailingTrigger(const QString& name, const QString& event, const QString& table,
                                     const QString& condition, const QString& message)
{
    QSqlQuery q(m_db->sql());
    if (!isPostgres()) {
        const QString when = condition.isEmpty() ? QString() : QStringLiteral(" WHEN ") + condition;
        return q.exec(
            QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3%4 BEGIN SELECT RAISE(ABORT, '%5'); END")
                .arg(name, event, table, when, message));
    }
    const QString when = condition.isEmpty() ? QString() : QStringLiteral(" WHEN (%1)").arg(condition);
    return q.exec(QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS "
                                 "$$BEGIN RAISE EXCEPTION '%2'; END$$")
                      .arg(name, message)) &&
           q.exec(QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW%4 EXECUTE FUNCTION %1()")
                      .arg(name, event, table, when));
}

bool TestDatabase::dropFailingTrigger(const QString& name, const QString& table)
{
    QSqlQuery q(m_db->sql());
    if (!isPostgres())
        return q.exec(QStringLiteral("DROP TRIGGER %1").arg(name));
    return q.exec(QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, table)) &&
           q.exec(QStringLiteral("DROP FUNCTION %1()").arg(name));
}

QStringList TestDatabase::column(const QString& sql)
{
    QSqlQuery q(m_db->sql());
    QStringList values;
    if (!q.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    while (q.next())
        values << q.value(0).toString();
    return values;
}

QVariant TestDatabase::scalar(const QString& sql)
{
    QSqlQuery q(m_db->sql());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

} // namespace hc::test
