#pragma once
// Owns one QtSql connection to a Homecoming SQLite file: connection set-up (WAL, foreign
// keys, busy timeout) and schema migrations. A Database must stay in the thread that opened
// it (QtSql rule); a worker opens its own on the same file.

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <memory>

struct sqlite3;

namespace hc {

class Database
{
    Q_DECLARE_TR_FUNCTIONS(hc::Database)
public:
    enum class Mode
    {
        OpenExisting,
        CreateIfMissing
    };

    // The migration scripts, index i holding the script that upgrades version i to i+1.
    // Default: the numbered schema-N.sql scripts in the resources.
    static QStringList builtinMigrations();
    static int latestVersion();

    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode = Mode::CreateIfMissing);
    // For tests of the upgrade path: open with an explicit list of migration scripts.
    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode,
                                                  const QStringList& migrations);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& sql() { return m_db; }
    const QString& path() const { return m_path; }
    int schemaVersion() const;
    sqlite3* handle() const;

    // Runs a script of several statements (triggers included) through sqlite3_exec.
    Status execScript(const QString& script);

private:
    Database(QSqlDatabase db, QString path, QString connection);
    Status migrate(const QStringList& migrations);

    QSqlDatabase m_db;
    QString m_path;
    QString m_connection;
};

} // namespace hc
