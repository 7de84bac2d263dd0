#pragma once
// Owns one QtSql connection to a Homecoming database and its schema migrations: an SQLite file
// (the default: WAL, foreign keys, busy timeout) or a PostgreSQL 15 server database named by a
// libpq URI, postgresql://[user@]host[:port]/dbname[?host=/socket/dir] (QPSQL driver; the
// password comes from the URI, PGPASSWORD or ~/.pgpass, as for psql). A Database must stay in
// the thread that opened it (QtSql rule); a worker opens its own on the same file or server.

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

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
    enum class Engine
    {
        Sqlite,
        Postgres
    };

    // A user signing in on a server database: the server authenticates them, as their login
    // role (ServerSecurity::loginRole) with their password, in place of the URI's user.
    struct ServerCredentials
    {
        QString badge;
        QString password;
    };

    // Where a connection goes and as whom: a second connection of the same session (a worker
    // thread's) opens through this, so on a server it signs in as the same user. It holds the
    // password of a server session in memory for as long as the session's screens live.
    struct Address
    {
        QString location; // the file's path or the server URI
        std::optional<ServerCredentials> who;
        Address() = default;
        Address(QString path) : location(std::move(path)) {} // NOLINT: a path or URI is an address
        Address(const char* path) : location(QString::fromUtf8(path)) {}
        // Opens another connection, to an existing database, as the same user.
        Result<std::unique_ptr<Database>> open() const;
    };

    // True for a libpq URI (postgresql:// or postgres://): the database is on a server.
    static bool isServerUri(const QString& location);
    // The database name in a server URI (empty when there is none).
    static QString serverDatabaseName(const QString& uri);
    // The URI of a server database: host is a host name, or a folder holding the server's
    // Unix socket (it starts with "/"); port 5432 is left out.
    static QString serverUri(const QString& host, int port, const QString& database);
    // How a database is named to a user: "homecoming on db.city.gov:5433" for a server URI
    // (no user, no password), the file's name otherwise.
    static QString displayName(const QString& location);

    // The migration scripts, index i holding the script that upgrades version i to i+1.
    // Default: the numbered schema-N.sql scripts in the resources; for PostgreSQL the variant
    // :/sql/pg/schema-N.sql where there is one (see resources/sql/pg/README).
    static QStringList builtinMigrations(Engine engine = Engine::Sqlite);
    static int latestVersion();

    // Told once, before an existing file is upgraded, its schema and the one it is brought to
    // (an upgrade of a large file takes a while; a front end says so).
    using UpgradeNotice = std::function<void(int from, int to)>;

    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode = Mode::CreateIfMissing);
    // With an explicit list of migration scripts (tests of the upgrade path; builtinMigrations()
    // otherwise), and optionally a notice of the upgrade.
    static Result<std::unique_ptr<Database>>
    open(const QString& path, Mode mode, const QStringList& migrations, const UpgradeNotice& notice = {});
    // A server database opened as a user's login role: a wrong password, an unknown badge or a
    // disabled account is refused by the server (Error::Kind::Denied). The schema must be
    // current (only the owner upgrades it).
    static Result<std::unique_ptr<Database>> openAs(const QString& uri, Mode mode,
                                                    const ServerCredentials& who);
    // A user's connection to a server database, as the CLI's --user and the GUI's sign-in
    // make it: as the user's login role (openAs) where Homecoming's roles are installed; on a
    // database without them (a test database, one made before `server init` installed roles)
    // the URI's own connection, the accounts table then deciding the sign-in, as on SQLite.
    static Result<std::unique_ptr<Database>> openForUser(const QString& uri, Mode mode,
                                                         const ServerCredentials& who);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& sql() { return m_db; }
    // The file's path, or the server URI as given.
    const QString& path() const { return m_path; }
    // How to open another connection like this one (the same user on a server).
    Address address() const;
    // The user `badge` set a new password: when this connection signed in as them, the
    // connections opened later through address() use the new one (the server has no other).
    void passwordChanged(const QString& badge, const QString& password);
    Engine engine() const { return m_engine; }
    int schemaVersion() const;
    // The raw SQLite connection; nullptr on PostgreSQL.
    sqlite3* handle() const;
    // The tables of the database's own schema (main on SQLite, public on PostgreSQL).
    QStringList tables() const;

    // PostgreSQL, first thing inside a bulk load's transaction (the demo city): holds every
    // table of the schema the connection may write against VACUUM until the transaction ends
    // (SHARE UPDATE EXCLUSIVE, which ordinary reads and writes of other sessions pass, and which
    // autovacuum skips). A vacuum in the middle of the load counts none of its uncommitted rows
    // and records a table as empty in its pages (reltuples 0); every plan made after it, the
    // counting triggers' included, takes each table for one row and nests full index scans, so
    // each further row costs the size of the tables (a cancelled demo build left thousands of
    // dead rows for autovacuum to come for; the retry at scale 0.02 ran for half an hour).
    // SQLite: nothing to do.
    Status holdOffVacuum();

    // Runs a script of several statements (triggers and functions included) in one call:
    // sqlite3_exec on SQLite; on PostgreSQL one simple-protocol query (no bind values).
    Status execScript(const QString& script);

    // PostgreSQL only: creates the whole current schema (the migrations table and every
    // builtin migration) inside the caller's open transaction, with no BEGIN or COMMIT of its
    // own, so that whatever follows in the same unit (`copy` fills the tables) commits or
    // rolls back with it. The database must be empty (open it with an empty migration list).
    Status createSchemaWithin();

private:
    Database(QSqlDatabase db, QString path, QString connection, Engine engine);
    static Result<std::unique_ptr<Database>> openSqlite(const QString& path, Mode mode);
    static Result<std::unique_ptr<Database>> openServer(const QString& uri, Mode mode,
                                                        const ServerCredentials* who = nullptr);
    Status migrate(const QStringList& migrations, const UpgradeNotice& notice);
    Status migrateSteps(const QStringList& migrations, const UpgradeNotice& notice);
    // PostgreSQL: whether this connection's role may upgrade the schema (a superuser, or a
    // member of the role that owns it); any role may create the schema of an empty database.
    bool mayUpgradeServerSchema() const;
    QString versionStep(int version) const;
    QString stepsScript(const QStringList& migrations, int from) const;

    QSqlDatabase m_db;
    QString m_path;
    QString m_connection;
    Engine m_engine = Engine::Sqlite;
    std::optional<ServerCredentials> m_who; // set when opened as a user's login role
};

} // namespace hc
