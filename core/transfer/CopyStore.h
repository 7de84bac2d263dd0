#pragma once
// The SQL of `copy` (DatabaseCopy): the tables and columns of the SQLite source and of the
// PostgreSQL target (read from their catalogs), the target's tables in the order their foreign
// keys need, its triggers off and on around the bulk rows, its identity sequences moved past
// the copied ids, and the accounts whose passwords cannot come along.

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace hc {

// A users row of the target, as `copy` needs it.
struct CopiedAccount
{
    QString badge;
    QString role;
    bool active = true;
};

class CopyStore
{
    Q_DECLARE_TR_FUNCTIONS(hc::CopyStore)
public:
    // ---- the SQLite source
    // Its ordinary tables: neither SQLite's own (sqlite_*) nor FTS5 tables and their shadow
    // tables (the server searches through pg_trgm indexes instead).
    static Result<QStringList> sourceTables(const QSqlDatabase& source);
    // Its search tables (FTS5 and shadow tables), which have no counterpart on the server.
    static Result<QStringList> sourceSearchTables(const QSqlDatabase& source);
    static Result<QStringList> sourceColumns(const QSqlDatabase& source, const QString& table);
    // Every row of `table`, the given columns in that order (forward only).
    static Result<QSqlQuery> sourceRows(const QSqlDatabase& source, const QString& table,
                                        const QStringList& columns);

    // ---- the PostgreSQL target
    // The tables of the public schema but schema_migrations, each after every table its
    // foreign keys refer to; an error names the tables of a cycle.
    static Result<QStringList> targetTablesInOrder(const QSqlDatabase& target);
    static Result<QStringList> targetColumns(const QSqlDatabase& target, const QString& table);
    // Turns the table's own triggers (the counters, the audit log's guards) off or on; the
    // foreign-key checks stay on.
    static Status setTriggers(const QSqlDatabase& target, const QString& table, bool enabled);
    // Moves the sequence of every identity column of `table` past its highest value.
    static Status syncIdentities(const QSqlDatabase& target, const QString& table);
    static Result<QList<CopiedAccount>> accounts(const QSqlDatabase& target);
    // A password hash no password matches, no date of the last change, and a new password due
    // at the first sign-in: the account has no usable password until an administrator resets
    // it, and then only a temporary one.
    static Status clearPassword(const QSqlDatabase& target, const QString& badge);
    // The copying administrator's own new password (no new one due).
    static Status setPasswordHash(const QSqlDatabase& target, const QString& badge, const QString& hash,
                                  const QString& changedAt);
    static Result<QList<qint64>> operationIds(const QSqlDatabase& db);
};

} // namespace hc
