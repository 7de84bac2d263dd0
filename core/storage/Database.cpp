#include "core/storage/Database.h"

#include "core/common/Logging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>
#include <sqlite3.h>

namespace hc {

namespace {
QAtomicInteger<quint64> g_connectionSerial;

QString readResource(const QString& name)
{
    QFile f(name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}
} // namespace

// Serialises the schema upgrades of concurrent first connections to one server database.
constexpr qint64 kMigrationLock = 0x486f6d65; // "Home"

bool Database::isServerUri(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

// The highest N of the embedded schema-N.sql.
static int highestMigration()
{
    int highest = 0;
    const QStringList names = QDir(QStringLiteral(":/sql")).entryList({QStringLiteral("schema-*.sql")});
    for (const QString& name : names)
        highest = std::max(highest, name.section(u'-', 1).section(u'.', 0, 0).toInt());
    return highest;
}

QStringList Database::builtinMigrations(Engine engine)
{
    QStringList scripts;
    for (int v = 1, last = highestMigration(); v <= last; ++v) {
        const QString s = readResource(QStringLiteral(":/sql/schema-%1.sql").arg(v));
        if (s.isEmpty()) {
            // A number reserved by a branch not merged yet (league13's schema-12 before 10 and
            // 11): an empty step keeps the later numbers as written. Never so on main.
            scripts << QString();
            continue;
        }
        // PostgreSQL runs the variant where the dialects differ, else the common script.
        const QString variant = engine == Engine::Postgres
                                    ? readResource(QStringLiteral(":/sql/pg/schema-%1.sql").arg(v))
                                    : QString();
        scripts << (variant.isEmpty() ? s : variant);
    }
    return scripts;
}

int Database::latestVersion()
{
    return int(builtinMigrations().size());
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode)
{
    return open(path, mode, builtinMigrations());
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode,
                                                 const QStringList& migrations, const UpgradeNotice& notice)
{
    auto self = isServerUri(path) ? openServer(path, mode) : openSqlite(path, mode);
    if (!self)
        return self.error();
    const bool builtin = migrations == builtinMigrations();
    const QStringList steps = builtin && self.value()->engine() == Engine::Postgres
                                  ? builtinMigrations(Engine::Postgres)
                                  : migrations;
    if (Status s = self.value()->migrate(steps, notice); !s)
        return s.error();
    return self;
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString& path, Mode mode)
{
    if (path.isEmpty())
        return invalid(QStringLiteral("db"), tr("No database file given."));
    const QFileInfo info(path);
    if (mode == Mode::OpenExisting && !info.exists())
        return notFound(QStringLiteral("db"), tr("The database file %1 does not exist.").arg(path));
    if (!info.exists() && !info.absoluteDir().exists())
        return notFound(QStringLiteral("db"), tr("The folder %1 does not exist.").arg(info.absolutePath()));

    const QString connection = QStringLiteral("hc-%1").arg(++g_connectionSerial);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
        return storageError(tr("Cannot open %1: %2").arg(path, why));
    }
    std::unique_ptr<Database> self(new Database(db, path, connection, Engine::Sqlite));
    db = QSqlDatabase();

    QSqlQuery q(self->m_db);
    // A file that is not SQLite fails on the first statement.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return storageError(tr("%1 is not a Homecoming database: %2").arg(path, q.lastError().text()));
    for (const char* pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL",
          "PRAGMA busy_timeout=5000", "PRAGMA cache_size=-65536"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return storageError(tr("Cannot set up %1: %2").arg(path, q.lastError().text()));
    }
    return self;
}

// postgresql://[user[:password]@]host[:port]/dbname[?host=/socket/dir&port=N]
Result<std::unique_ptr<Database>> Database::openServer(const QString& uri, Mode mode)
{
    const QUrl url(uri, QUrl::StrictMode);
    const QUrlQuery query(url);
    const QString dbName = url.path().mid(1);
    if (!url.isValid() || dbName.isEmpty() || dbName.contains(QLatin1Char('/')))
        return invalid(QStringLiteral("db"),
                       tr("%1 is not a server address of the form postgresql://host[:port]/database.")
                           .arg(url.toDisplayString(QUrl::RemovePassword)));
    const QString host = query.hasQueryItem(QStringLiteral("host"))
                             ? query.queryItemValue(QStringLiteral("host"))
                             : url.host();
    const int port = query.hasQueryItem(QStringLiteral("port"))
                         ? query.queryItemValue(QStringLiteral("port")).toInt()
                         : url.port(5432);
    const QString connection = QStringLiteral("hc-%1").arg(++g_connectionSerial);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    if (!db.isValid()) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
        return storageError(tr("The PostgreSQL driver of Qt (package libqt6sql6-psql) is not installed."));
    }
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(dbName);
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=homecoming"));
    const QString shown = url.toDisplayString(QUrl::RemovePassword);
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
        return storageError(tr("Cannot connect to %1: %2").arg(shown, why));
    }
    std::unique_ptr<Database> self(new Database(db, uri, connection, Engine::Postgres));
    db = QSqlDatabase(); // the Database holds the only handle: its destructor removes the connection
    QSqlQuery q(self->m_db);
    if (!q.exec(QStringLiteral("SET client_min_messages = warning")))
        return storageError(tr("Cannot set up %1: %2").arg(shown, q.lastError().text()));
    const int version = self->schemaVersion();
    if (mode == Mode::OpenExisting && version <= 0)
        return notFound(QStringLiteral("db"), tr("%1 holds no Homecoming database.").arg(shown));
    // The schema is only ever created in an empty database, never among another program's tables.
    QStringList others = self->tables();
    others.removeAll(QStringLiteral("schema_migrations"));
    if (version == 0 && !others.isEmpty())
        return Error{QStringLiteral("db"),
                     tr("%1 already holds other tables (%2); Homecoming needs an empty database.")
                         .arg(shown, others.mid(0, 5).join(QStringLiteral(", "))),
                     Error::Kind::Conflict};
    return self;
}

Database::Database(QSqlDatabase db, QString path, QString connection, Engine engine)
    : m_db(std::move(db)), m_path(std::move(path)), m_connection(std::move(connection)), m_engine(engine)
{
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (m_engine == Engine::Postgres) {
        // A migrations table in place of PRAGMA user_version; none yet: an empty database.
        if (!q.exec(QStringLiteral("SELECT to_regclass('public.schema_migrations') IS NOT NULL")) ||
            !q.next())
            return -1;
        if (!q.value(0).toBool())
            return 0;
        if (q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations")) && q.next())
            return q.value(0).toInt();
        return -1;
    }
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

QStringList Database::tables() const
{
    QSqlQuery q(m_db);
    const QString sql =
        m_engine == Engine::Postgres
            ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                             "ORDER BY 1")
            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1");
    QStringList names;
    if (q.exec(sql))
        while (q.next())
            names << q.value(0).toString();
    return names;
}

sqlite3* Database::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(v.data());
    return nullptr;
}

Status Database::execScript(const QString& script)
{
    if (m_engine == Engine::Postgres) {
        // Without bind values QPSQL sends the text as one simple query (PQexec), which runs
        // every statement of it in turn and stops at the first error.
        QSqlQuery q(m_db);
        if (!q.exec(script))
            return storageError(q.lastError().text());
        return {};
    }
    sqlite3* h = handle();
    if (!h)
        return storageError(tr("The SQLite driver handle is not available."));
    char* err = nullptr;
    const QByteArray utf8 = script.toUtf8();
    if (sqlite3_exec(h, utf8.constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : "unknown error");
        sqlite3_free(err);
        return storageError(msg);
    }
    return {};
}

QString Database::versionStep(int version) const
{
    if (m_engine == Engine::Postgres)
        return QStringLiteral("INSERT INTO schema_migrations(version, applied_at) VALUES (%1, now());\n")
            .arg(version);
    return QStringLiteral("PRAGMA user_version=%1;\n").arg(version);
}

Status Database::migrate(const QStringList& migrations, const UpgradeNotice& notice)
{
    if (m_engine == Engine::Postgres) {
        // Concurrent first connections: one upgrades, the others wait and then find it done.
        // The lock is held by this session until the upgrade's COMMIT (or the check below).
        const QString setup = QStringLiteral("SELECT pg_advisory_lock(%1);\n"
                                             "CREATE TABLE IF NOT EXISTS schema_migrations (\n"
                                             "    version integer PRIMARY KEY,\n"
                                             "    applied_at timestamptz NOT NULL);")
                                  .arg(kMigrationLock);
        if (Status s = execScript(setup); !s)
            return storageError(tr("Cannot prepare %1: %2").arg(m_path, s.error().message));
        Status s = migrateSteps(migrations, notice);
        (void)execScript(QStringLiteral("SELECT pg_advisory_unlock(%1);").arg(kMigrationLock));
        return s;
    }
    return migrateSteps(migrations, notice);
}

Status Database::migrateSteps(const QStringList& migrations, const UpgradeNotice& notice)
{
    const int current = schemaVersion();
    const int latest = int(migrations.size());
    if (current > latest)
        return Error{QStringLiteral("db"),
                     tr("%1 was written by a newer version of Homecoming (schema %2; this program "
                        "knows schema %3). Open it with a newer Homecoming.")
                         .arg(m_path)
                         .arg(current)
                         .arg(latest),
                     Error::Kind::Conflict};
    if (current == latest)
        return {};
    if (current > 0 && notice)
        notice(current, latest);

    // All steps in one transaction: a failed step leaves the file as it was.
    QString script =
        m_engine == Engine::Postgres ? QStringLiteral("BEGIN;\n") : QStringLiteral("BEGIN IMMEDIATE;\n");
    for (int v = current; v < latest; ++v)
        script += migrations.at(v) + QStringLiteral("\n;") + versionStep(v + 1);
    script += QStringLiteral("COMMIT;");
    if (Status s = execScript(script); !s) {
        (void)execScript(QStringLiteral("ROLLBACK;")); // may fail if sqlite already rolled back
        return storageError(tr("Upgrading %1 from schema %2 to %3 failed: %4")
                                .arg(m_path)
                                .arg(current)
                                .arg(latest)
                                .arg(s.error().message));
    }
    qCInfo(lcStorage) << "migrated" << m_path << "from" << current << "to" << latest;
    return {};
}

} // namespace hc
