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

QStringList Database::builtinMigrations()
{
    QStringList scripts;
    for (int v = 1;; ++v) {
        const QString s = readResource(QStringLiteral(":/sql/schema-%1.sql").arg(v));
        if (s.isEmpty())
            break;
        scripts << s;
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
    std::unique_ptr<Database> self(new Database(db, path, connection));

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
    if (Status s = self->migrate(migrations, notice); !s)
        return s.error();
    return self;
}

Database::Database(QSqlDatabase db, QString path, QString connection)
    : m_db(std::move(db)), m_path(std::move(path)), m_connection(std::move(connection))
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
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
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

Status Database::migrate(const QStringList& migrations, const UpgradeNotice& notice)
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
    QString script = QStringLiteral("BEGIN IMMEDIATE;\n");
    for (int v = current; v < latest; ++v)
        script += migrations.at(v) + QStringLiteral("\n;PRAGMA user_version=%1;\n").arg(v + 1);
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
