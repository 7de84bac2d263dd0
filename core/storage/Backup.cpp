#include "core/storage/Backup.h"

#include "core/common/Logging.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <sqlite3.h>

namespace hc {

namespace {

// An sqlite3 connection of our own (not QtSql's): the backup API works on raw handles.
class Handle
{
public:
    Handle(const QString& path, int flags)
    {
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        if (m_rc == SQLITE_OK)
            sqlite3_busy_timeout(m_db, 5000);
    }
    ~Handle() { sqlite3_close_v2(m_db); }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3* get() const { return m_db; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3* m_db = nullptr;
    int m_rc = SQLITE_ERROR;
};

// Copies all pages from `from` into `to`, a hundred at a time so that writers get their turn.
Status runBackup(sqlite3* to, sqlite3* from, const Backup::Progress& progress)
{
    sqlite3_backup* b = sqlite3_backup_init(to, "main", from, "main");
    if (!b)
        return storageError(QString::fromUtf8(sqlite3_errmsg(to)));
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(b, 100);
        if (progress && !progress(sqlite3_backup_pagecount(b) - sqlite3_backup_remaining(b),
                                  sqlite3_backup_pagecount(b))) {
            sqlite3_backup_finish(b);
            return Error{{}, Backup::tr("The copy was cancelled."), Error::Kind::Cancelled};
        }
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            QThread::msleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE)
        return storageError(QString::fromUtf8(sqlite3_errstr(rc)));
    return {};
}

// PRAGMA user_version, or -1; 0 for a file without the audit log (not one of ours).
int schemaVersionOf(sqlite3* db)
{
    auto intOf = [db](const char* sql) {
        sqlite3_stmt* st = nullptr;
        int v = -1;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
        return v;
    };
    if (intOf("SELECT count(*) FROM sqlite_master WHERE name = 'audit_log'") != 1)
        return 0;
    return intOf("PRAGMA user_version");
}

Error ioError(const QString& message)
{
    return Error{{}, message, Error::Kind::Io};
}

} // namespace

Status Backup::copy(const QString& source, const QString& target, const Progress& progress)
{
    if (!QFileInfo::exists(source))
        return Error{QStringLiteral("db"), tr("%1 does not exist.").arg(source), Error::Kind::NotFound};
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    {
        Handle from(source, SQLITE_OPEN_READONLY);
        if (!from.ok())
            return storageError(tr("Cannot open %1: %2").arg(source, from.error()));
        Handle to(part, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (!to.ok())
            return ioError(tr("Cannot create %1: %2").arg(part, to.error()));
        if (Status s = runBackup(to.get(), from.get(), progress); !s) {
            QFile::remove(part);
            return s;
        }
    }
    QFile::remove(target);
    if (!QFile::rename(part, target)) {
        QFile::remove(part);
        return ioError(tr("Cannot write %1.").arg(target));
    }
    return {};
}

Status Backup::restore(const QString& backup, const QString& database, const Progress& progress)
{
    auto problems = quickCheck(backup);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return Error{QStringLiteral("backup"),
                     tr("%1 is damaged and cannot be restored: %2").arg(backup, problems->first()),
                     Error::Kind::Invalid};
    Handle from(backup, SQLITE_OPEN_READONLY);
    if (!from.ok())
        return storageError(tr("Cannot open %1: %2").arg(backup, from.error()));
    // A Homecoming file no newer than this program (an older one is upgraded when next opened).
    const int version = schemaVersionOf(from.get());
    if (version < 1 || version > Database::latestVersion())
        return Error{
            QStringLiteral("backup"),
            version < 1
                ? tr("%1 is not a Homecoming database.").arg(backup)
                : tr("%1 was written by a newer version of Homecoming (schema %2).").arg(backup).arg(version),
            Error::Kind::Invalid};
    Handle to(database, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!to.ok())
        return storageError(tr("Cannot open %1: %2").arg(database, to.error()));
    return runBackup(to.get(), from.get(), progress);
}

Result<QStringList> Backup::quickCheck(const QString& path)
{
    if (!QFileInfo::exists(path))
        return Error{QStringLiteral("db"), tr("%1 does not exist.").arg(path), Error::Kind::NotFound};
    Handle h(path, SQLITE_OPEN_READONLY);
    if (!h.ok())
        return storageError(tr("Cannot open %1: %2").arg(path, h.error()));
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(h.get(), "PRAGMA quick_check", -1, &st, nullptr) != SQLITE_OK)
        return QStringList{h.error()}; // not a database at all
    QStringList problems;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const QString line = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (rc != SQLITE_DONE)
        problems << h.error();
    sqlite3_finalize(st);
    return problems;
}

QString Backup::rotationFolder(const QString& database)
{
    const QFileInfo fi(database);
    return fi.absolutePath() + QLatin1Char('/') + fi.fileName() + QStringLiteral(".backups");
}

QStringList Backup::rotatedCopies(const QString& database)
{
    const QDir dir(rotationFolder(database));
    const QString stem = QFileInfo(database).completeBaseName();
    QStringList copies;
    for (const QString& f :
         dir.entryList({stem + QStringLiteral("-[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].db")}, QDir::Files,
                       QDir::Name))
        copies.prepend(dir.filePath(f));
    return copies;
}

Result<QString> Backup::rotate(const QString& database, QDate today, int keepDays)
{
    // A server database is backed up on the server (pg_dump, base backups), not beside a URI.
    if (Database::isServerUri(database))
        return Error{QStringLiteral("db"), tr("A server database is backed up on the server (pg_dump)."),
                     Error::Kind::Invalid};
    const QString folder = rotationFolder(database);
    if (!QDir().mkpath(folder))
        return ioError(tr("Cannot create the folder %1.").arg(folder));
    const QString stem = QFileInfo(database).completeBaseName();
    const QString todays =
        QDir(folder).filePath(QStringLiteral("%1-%2.db").arg(stem, today.toString(Qt::ISODate)));
    if (!QFileInfo::exists(todays)) {
        if (Status s = copy(database, todays); !s)
            return s.error();
        qCInfo(lcStorage) << "daily copy" << todays;
    }
    const QDate oldest = today.addDays(-(keepDays - 1));
    for (const QString& f : rotatedCopies(database)) {
        const QDate d = QDate::fromString(QFileInfo(f).completeBaseName().right(10), Qt::ISODate);
        if (d.isValid() && d < oldest)
            QFile::remove(f);
    }
    return todays;
}

} // namespace hc
