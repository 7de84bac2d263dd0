#include "core/storage/Sql.h"

#include "core/common/Logging.h"
#include "core/storage/PgStatements.h"
#include "core/storage/ServerLink.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

namespace hc::sql {

bool isBusy(const QSqlError& e)
{
    // SQLite's primary codes SQLITE_BUSY (5) and SQLITE_LOCKED (6), extended codes included
    // (SQLITE_BUSY_SNAPSHOT is 517: the low byte is the primary code).
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    // PostgreSQL's SQLSTATEs are five characters ("40001", "08006"): never below 1000.
    return ok && code > 0 && code < 1000 && ((code & 0xff) == 5 || (code & 0xff) == 6);
}

namespace {
thread_local quint64 t_conflicts = 0;
} // namespace

bool isConflict(const QSqlError& e)
{
    const QString code = e.nativeErrorCode();
    return code == QLatin1String("40001") || code == QLatin1String("40P01");
}

quint64 conflictCount()
{
    return t_conflicts;
}

Error storageFailure(const QSqlError& e)
{
    if (isBusy(e))
        return storageError(QCoreApplication::translate(
            "hc::sql", "Another import or user is writing; try again in a moment."));
    if (isConflict(e)) {
        ++t_conflicts;
        return storageError(QCoreApplication::translate(
            "hc::sql", "Other users are changing the same records at this moment; try again in a moment."));
    }
    return storageError(e.text());
}

Error failed(const QSqlQuery& q)
{
    return failed(q, q.lastQuery());
}

Error failed(const QSqlQuery& q, const QString& shownSql)
{
    const QSqlError e = q.lastError();
    qCWarning(lcStorage).noquote() << "query failed:" << e.text() << "--" << shownSql.left(200);
    if (auto gone = serverlink::unreachableOrNothing(q.driver(), e))
        return *gone;
    return storageFailure(e);
}

Error failed(const QSqlDatabase& db)
{
    const QSqlError e = db.lastError();
    qCWarning(lcStorage).noquote() << "database error:" << e.text();
    if (auto gone = serverlink::unreachableOrNothing(db.driver(), e))
        return *gone;
    return storageFailure(e);
}

bool isUniqueViolation(const Error& error)
{
    return error.message.contains(QLatin1String("UNIQUE constraint failed")) ||
           error.message.contains(QLatin1String("duplicate key value violates unique constraint"));
}

QVariant orNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant orNull(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

QVariant orNull(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QVariant orNull(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toString(Qt::ISODate)) : QVariant();
}

Status prepare(QSqlQuery& q, const QString& sql)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return failed(q);
    return {};
}

Status exec(QSqlQuery& q, const Binds& binds)
{
    for (const Bind& b : binds)
        q.bindValue(b.name, b.value);
    if (!q.exec())
        return failed(q);
    return {};
}

namespace {
Result<QSqlQuery> queryOnce(const QSqlDatabase& db, const QString& sql, const Binds& binds)
{
    if (db.driverName() == QLatin1String("QPSQL") && !serverlink::onlyReads(sql))
        return pg::run(db, sql, binds); // a write: prepared once per session (PgStatements.h)
    QSqlQuery q(db);
    if (Status s = prepare(q, sql); !s)
        return s.error();
    if (Status s = exec(q, binds); !s)
        return s.error();
    return q;
}
} // namespace

Result<QSqlQuery> query(const QSqlDatabase& db, const QString& sql, const Binds& binds)
{
    // A server connection lost since the last statement connects again first; a read that
    // met the loss itself runs once more on the new connection (it changed nothing).
    serverlink::restoreIfLost(db);
    auto q = queryOnce(db, sql, binds);
    if (!q && q.error().kind == Error::Kind::Unreachable && serverlink::onlyReads(sql) &&
        serverlink::restore(db))
        q = queryOnce(db, sql, binds);
    return q;
}

Result<int> execute(const QSqlDatabase& db, const QString& sql, const Binds& binds)
{
    auto q = query(db, sql, binds);
    if (!q)
        return q.error();
    return q.value().numRowsAffected();
}

Status statement(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return failed(q);
    return {};
}

Result<qint64> insert(const QSqlDatabase& db, const QString& sql, const Binds& binds)
{
    // PostgreSQL has no last-insert rowid for QPSQL to read: the new id comes back through
    // RETURNING (every table inserted through here has an id column).
    if (db.driverName() == QLatin1String("QPSQL")) {
        auto q = query(db, sql + QStringLiteral(" RETURNING id"), binds);
        if (!q)
            return q.error();
        return q.value().next() ? q.value().value(0).toLongLong() : 0;
    }
    auto q = query(db, sql, binds);
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

QString returningId(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL") ? QStringLiteral(" RETURNING id") : QString();
}

QString returningId(const QSqlQuery& q)
{
    const bool pg = q.driver() && q.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    return pg ? QStringLiteral(" RETURNING id") : QString();
}

qint64 insertedId(QSqlQuery& q)
{
    if (q.driver() && q.driver()->dbmsType() == QSqlDriver::PostgreSQL) {
        const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        return id;
    }
    return q.numRowsAffected() == 1 ? q.lastInsertId().toLongLong() : 0;
}

QString containsText(const QSqlDatabase& db, const QString& haystack, const QString& needle)
{
    const bool pg = db.driverName() == QLatin1String("QPSQL");
    return QStringLiteral("%1(%2, %3) > 0")
        .arg(pg ? QLatin1String("strpos") : QLatin1String("instr"), haystack, needle);
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql, const Binds& binds)
{
    auto q = query(db, sql, binds);
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0) : QVariant();
}

Result<QSqlQuery> scoped(const QSqlDatabase& db, const QString& sql, OperationScope scope,
                         const QString& stationColumn, const Binds& extra)
{
    const QString condition =
        scope.stationId ? QStringLiteral(" AND %1 = :station").arg(stationColumn) : QString();
    Binds binds{{QStringLiteral(":op"), scope.operationId}};
    if (scope.stationId)
        binds.append({QStringLiteral(":station"), scope.stationId});
    binds.append(extra);
    return query(db, sql.arg(condition), binds);
}

} // namespace hc::sql
