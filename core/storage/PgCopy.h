#pragma once
// Bulk rows into a PostgreSQL table through libpq's COPY protocol (COPY ... FROM STDIN, text
// format): far fewer round trips and far less parsing than one INSERT per row. Runs on the
// libpq connection under a QPSQL QSqlDatabase (QSqlDriver::handle()), so it is part of
// whatever transaction that connection has open; no other query may run on the connection
// between start() and finish(). Values are written in COPY's text format: NULL as \N; the
// backslash, tab, newline and carriage return escaped; a QByteArray as bytea hex (\\x...);
// booleans as t / f; numbers and text as their text. Nothing here applies to SQLite.

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

struct pg_conn;

namespace hc {

class PgCopy
{
    Q_DECLARE_TR_FUNCTIONS(hc::PgCopy)
public:
    // Starts COPY table(columns) FROM STDIN on the connection of `db` (QPSQL).
    static Result<PgCopy> start(const QSqlDatabase& db, const QString& table, const QStringList& columns);

    PgCopy(PgCopy&& other) noexcept;
    PgCopy& operator=(PgCopy&&) = delete;
    PgCopy(const PgCopy&) = delete;
    PgCopy& operator=(const PgCopy&) = delete;
    // A copy neither finished nor aborted is aborted (the server discards its rows).
    ~PgCopy();

    // One row, its values in the order of the columns given to start(). Rows are sent in
    // blocks of about 256 KiB.
    Status addRow(const QVariantList& values);
    // Ends the copy; the server then checks the rows (constraints, foreign keys) and the
    // result says how many it took, or why it refused them all.
    Result<qint64> finish();
    // Ends the copy with an error: the server discards every row of it.
    void abort(const QString& why);

    // One value in COPY's text format, appended to `out` (tests check the escaping).
    static void appendField(const QVariant& value, QByteArray& out);

private:
    PgCopy(pg_conn* connection, QString table);
    Status flush();
    Error failure(const QString& what) const;

    pg_conn* m_conn = nullptr;
    QString m_table;
    QByteArray m_buffer;
    bool m_open = false;
};

} // namespace hc
