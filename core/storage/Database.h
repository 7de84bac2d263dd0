#pragma once
// Owns one QtSql connection to a Homecoming SQLite file: connection set-up (WAL, foreign
// keys, busy timeout) and schema migrations. A Database must stay in the thread that opened
// it (QtSql rule); a worker opens its own on the same file.

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>
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

    // Told once, before an existing file is upgraded, its schema and the one it is brought to
    // (an upgrade of a large file takes a while; a front end says so).
    using UpgradeNotice = std::function<void(int from, int to)>;

    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode = Mode::CreateIfMissing);
    // With an explicit list of migration scripts (tests of the upgrade path; builtinMigrations()
    // otherwise), and optionally a notice of the upgrade.
    static Result<std::unique_ptr<Database>>
    open(const QString& path, Mode mode, const QStringList& migrations, const UpgradeNotice& notice = {});
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
    Status migrate(const QStringList& migrations, const UpgradeNotice& notice);

    QSqlDatabase m_db;
    QString m_path;
    QString m_connection;
};

} // namespace hc
