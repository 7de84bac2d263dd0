#pragma once
// The small toolkit every module store uses: named bind values, NULL for empty values, one
// storage error from a failed query, and "this operation, optionally one station". Stores
// (core/<module>/<Name>Store.{h,cpp}) hold the SQL; services never see a QSqlQuery.

#include "core/common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <optional>

namespace hc::sql {

// A named bind value; the name carries its colon (":op").
struct Bind
{
    QString name;
    QVariant value;
};
using Binds = QList<Bind>;
// A named bind value from a literal name: sql::bind(":op", id).
inline Bind bind(const char* name, const QVariant& value)
{
    return {QLatin1String(name), value};
}

// True when the engine refused because another connection holds the write lock (after the
// connection's busy timeout).
bool isBusy(const QSqlError& e);
// True when PostgreSQL rolled the transaction back to resolve a conflict with another writer:
// a serialization failure (40001) or a deadlock (40P01). Transaction::run retries such a unit.
bool isConflict(const QSqlError& e);
// How many conflicts failed()/storageFailure() have seen in this thread (a connection stays in
// its thread, so a runner compares the count before and after its unit).
quint64 conflictCount();
// The user-facing storage error for a driver error: a busy database says so in plain words
// ("another import or user is writing"), so does a conflict that retries did not resolve
// ("other users are changing the same records"); anything else gives the driver's text.
Error storageFailure(const QSqlError& e);
// The storage error of a failed query or connection (the driver's text, logged once).
Error failed(const QSqlQuery& q);
// The same, logging `shownSql` instead of the query's text (which may carry the values).
Error failed(const QSqlQuery& q, const QString& shownSql);
Error failed(const QSqlDatabase& db);

// True when the failed query broke a UNIQUE constraint (SQLite's and PostgreSQL's messages).
bool isUniqueViolation(const Error& error);

// NULL for "no value": an empty string, a zero id, an invalid date, an empty optional.
QVariant orNull(const QString& s);
QVariant orNull(qint64 id);
QVariant orNull(QDate d);
QVariant orNull(const QDateTime& t);
template <typename T> QVariant orNull(const std::optional<T>& v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

// Prepares q (forward-only) with sql; a reused prepared query in a loop is prepared once.
Status prepare(QSqlQuery& q, const QString& sql);
// Binds the named values (positional ones stay as bound) and executes.
Status exec(QSqlQuery& q, const Binds& binds = {});

// Prepare, bind and execute one statement; the query is positioned before its first row.
Result<QSqlQuery> query(const QSqlDatabase& db, const QString& sql, const Binds& binds = {});
// Execute a statement for its effect; returns the number of rows it changed.
Result<int> execute(const QSqlDatabase& db, const QString& sql, const Binds& binds = {});
// Run a statement without bind values as it is, not prepared: PostgreSQL prepares only
// SELECT, INSERT, UPDATE, DELETE and VALUES, so DDL, TRUNCATE and SAVEPOINT go through here.
Status statement(const QSqlDatabase& db, const QString& sql);
// Execute an INSERT; returns the new row's id.
Result<qint64> insert(const QSqlDatabase& db, const QString& sql, const Binds& binds = {});
// For a prepared INSERT whose new id is wanted: " RETURNING id" on PostgreSQL (no last-insert
// rowid there), nothing on SQLite; insertedId() then reads the id of the row it just added.
QString returningId(const QSqlDatabase& db);
QString returningId(const QSqlQuery& q); // the same for the query's connection
// The id of the row the executed INSERT added (prepared with returningId), 0 when it added none.
qint64 insertedId(QSqlQuery& q);
// "haystack contains needle" (plain text, case-sensitive) in the engine's SQL: instr() on
// SQLite, strpos() on PostgreSQL; both arguments are SQL expressions.
QString containsText(const QSqlDatabase& db, const QString& haystack, const QString& needle);
// The first column of the first row, or an invalid QVariant when there is no row.
Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql, const Binds& binds = {});

// Every row of a query run by query() or scoped(), each read by `read(const QSqlQuery&)`; the
// query's error when it failed.
template <typename Read>
auto rows(Result<QSqlQuery>&& found, Read read)
    -> Result<QList<decltype(read(std::declval<const QSqlQuery&>()))>>
{
    if (!found)
        return found.error();
    QList<decltype(read(std::declval<const QSqlQuery&>()))> out;
    while (found.value().next())
        out << read(found.value());
    return out;
}

// "This operation, optionally one station": the SQL names the operation :op and holds %1
// where the station condition goes (" AND <stationColumn> = :station", or nothing).
struct OperationScope
{
    qint64 operationId = 0;
    qint64 stationId = 0; // 0: every station of the operation
};
Result<QSqlQuery> scoped(const QSqlDatabase& db, const QString& sql, OperationScope scope,
                         const QString& stationColumn = QStringLiteral("a.station_id"),
                         const Binds& extra = {});

} // namespace hc::sql
