#include "core/storage/ServerLink.h"

#include "core/common/Logging.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <libpq-fe.h>

namespace hc::serverlink {

PGconn* connection(const QSqlDriver* driver)
{
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL)
        return nullptr;
    const QVariant v = driver->handle();
    // QPSQL hands out its libpq connection as a pointer to libpq's struct (pg_conn*).
    if (qstrcmp(v.typeName(), "pg_conn*") != 0 && qstrcmp(v.typeName(), "PGconn*") != 0)
        return nullptr;
    return *static_cast<PGconn* const*>(v.data());
}

bool lost(const QSqlDriver* driver)
{
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL)
        return false;
    PGconn* c = connection(driver);
    return !driver->isOpen() || !c || PQstatus(c) == CONNECTION_BAD;
}

bool lost(const QSqlDatabase& db)
{
    return lost(db.driver());
}

bool connectionFailed(const QSqlError& e)
{
    const QString code = e.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") ||
        code == QLatin1String("57P02") || code == QLatin1String("57P03"))
        return true;
    const QString text = e.text();
    return text.contains(QLatin1String("server closed the connection")) ||
           text.contains(QLatin1String("no connection to the server")) ||
           text.contains(QLatin1String("terminating connection"));
}

std::optional<Error> unreachableOrNothing(const QSqlDriver* driver, const QSqlError& e)
{
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL)
        return std::nullopt;
    if (lost(driver) || connectionFailed(e))
        return unreachable(e);
    return std::nullopt;
}

bool restoreIfLost(const QSqlDatabase& db)
{
    return !lost(db) || restore(db);
}

bool restore(const QSqlDatabase& db)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return true;
    if (Transaction::isOpen(db))
        return false;         // the unit died with the connection: its guard reports it and rolls back
    QSqlDatabase handle = db; // the same connection (QSqlDatabase is a shared handle)
    handle.close();
    if (!handle.open()) {
        qCWarning(lcStorage).noquote() << "server still unreachable:" << handle.lastError().text();
        return false;
    }
    QSqlQuery q(handle);
    q.exec(QStringLiteral("SET client_min_messages = warning"));
    qCInfo(lcStorage) << "reconnected to the server";
    return true;
}

bool onlyReads(const QString& sql)
{
    static const QRegularExpression read(QStringLiteral("^\\s*(SELECT|WITH)\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression write(QStringLiteral("\\b(INSERT|UPDATE|DELETE)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    return read.match(sql).hasMatch() && !write.match(sql).hasMatch();
}

Error unreachable(const QSqlError& e)
{
    return Error{QStringLiteral("server"),
                 QCoreApplication::translate("hc::serverlink",
                                             "The database server cannot be reached (%1). Nothing of this "
                                             "step was saved; try again when the connection is back.")
                     .arg(e.text().trimmed()),
                 Error::Kind::Unreachable};
}

} // namespace hc::serverlink
