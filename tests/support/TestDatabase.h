#pragma once
// Test support: a database in a temporary directory, a small registry fixture writer, and
// helpers to read single values.
//
// The engine comes from the environment: HC_TEST_ENGINE=postgres (the *_pg ctest entries)
// makes every TestDatabase a fresh PostgreSQL database (CREATE DATABASE hc_t_<random>, UTF-8,
// dropped by the destructor) on the server named by HC_TEST_PG, a libpq URI of a role that
// may create databases (./dev test starts a throwaway cluster and sets it, see
// tests/pg/throwaway-cluster.sh). Otherwise an SQLite file, as always. A test class that runs
// on both engines calls HC_SKIP_WITHOUT_ENGINE() in initTestCase().

#include "core/storage/Database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QVariant>
#include <memory>

namespace hc::test {

// The engine the tests of this process run on (HC_TEST_ENGINE).
Database::Engine testEngine();
// Why the chosen engine cannot run here (empty when it can).
QString engineUnavailable();

class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    // PostgreSQL only: a new TestDatabase holding a copy of `prepared`'s server database
    // (CREATE DATABASE ... TEMPLATE, by file copy), e.g. one prepared database per test class
    // and a copy of it per row. The server copies a database only while no one is connected to
    // it: close() `prepared` first and keep it closed while copies are made.
    static std::unique_ptr<TestDatabase> copyOf(const TestDatabase& prepared);
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;
    Database& db() { return *m_db; }
    // The SQLite file's path, or the PostgreSQL database's URI.
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    bool isPostgres() const { return !m_pgName.isEmpty(); }
    // Writes `content` (UTF-8) to a file in the temporary directory and returns its path.
    QString writeFile(const QString& name, const QByteArray& content) const;
    // First column of the first row of `sql`; an invalid QVariant when no row.
    QVariant scalar(const QString& sql);
    // The first column of every row of `sql`, as text (a list both engines give alike, where
    // SQLite would use group_concat and PostgreSQL string_agg).
    QStringList column(const QString& sql);
    qint64 count(const QString& table)
    {
        return scalar(QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
    }
    // Closes and reopens the file (e.g. after another connection wrote to it).
    void reopen();
    // Closes the connection (db() is then unusable until reopen()); the database is kept.
    void close() { m_db.reset(); }
    // After rows were inserted with explicit ids: on PostgreSQL moves every identity column's
    // sequence past the highest id, so the next insert without an id does not collide (SQLite
    // takes max(rowid) + 1 by itself). Returns false when the server refused.
    bool syncIdentities();
    // Makes the engine refuse `event` ("INSERT", "UPDATE OF col") on `table` with `message`,
    // optionally only WHEN `condition` (NEW.col = '...', the same in both dialects): a trigger
    // named `name` on SQLite, a PL/pgSQL function and trigger of that name on PostgreSQL.
    // Tests use it for a storage failure in the middle of a write.
    bool addFailingTrigger(const QString& name, const QString& event, const QString& table,
                           const QString& condition = {}, const QString& message = QStringLiteral("boom"));
    bool dropFailingTrigger(const QString& name, const QString& table);

private:
    explicit TestDatabase(const QString& pgTemplate);
    QTemporaryDir m_dir;
    QString m_path;
    QString m_pgName; // the PostgreSQL database of this test, dropped at the end
    std::unique_ptr<Database> m_db;
};

// Runs a maintenance statement (CREATE/DROP DATABASE, ...) on the server of HC_TEST_PG.
bool serverExec(const QString& statement, QString* error = nullptr);
// HC_TEST_PG with its database name replaced by `dbName`.
QString serverUri(const QString& dbName);

} // namespace hc::test

// In initTestCase() of a test class that runs on both engines: skips the class, with the
// reason, when its engine is PostgreSQL and no server is given.
#define HC_SKIP_WITHOUT_ENGINE()                                                                             \
    do {                                                                                                     \
        const QString hcWhy = hc::test::engineUnavailable();                                                 \
        if (!hcWhy.isEmpty())                                                                                \
            QSKIP(qPrintable(hcWhy));                                                                        \
    } while (0)
