#pragma once
// The one-shot writes of the stores on PostgreSQL (sql::query and the helpers built on it),
// prepared once per session and run by name after that.
//
// QPSQL prepares every QSqlQuery with PREPARE, runs it with EXECUTE and drops it with
// DEALLOCATE: three round trips to the server for one statement, and a parse and plan each time.
// A visit's save is about a dozen such statements, so under sixty stations at once the round
// trips were half of the client's and a good part of the server's work. Here the text is
// prepared the first time this session meets it (PREPARE hc_N AS ..., kept by the server until
// the session ends: PREPARE does not roll back with a transaction) and every later run is one
// EXECUTE. The values go in as QPSQL itself puts them (the driver's formatValue, the same
// null rules), each placeholder occurrence as its own parameter, as Qt numbers them, so a
// statement behaves as it did through QSqlQuery::prepare. A new session (reconnected after the
// server went away) starts an empty cache; at most kMaxPrepared texts are kept per session.
// Only writes are kept (INSERT, UPDATE, DELETE): after five runs the server may settle on a
// generic plan for a prepared statement, which for the dashboard's "($n = 0 OR column = $m)"
// filters scans whole tables (scale 10: 14 s for a refresh of the whole operation instead of
// 0.6 s); a read goes through QSqlQuery::prepare, planned for its values every time. Forcing
// custom plans for the session instead (plan_cache_mode) made the counting triggers plan every
// statement on every row: the visits' saves took 70x longer.

#include "core/storage/Sql.h"

#include <QStringList>

namespace hc::sql::pg {

constexpr int kMaxPrepared = 256;

// Runs the write `sql` with its named values on a QPSQL connection; the query is positioned
// before its first row (RETURNING).
Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, const Binds& binds);

// `sql` with each named placeholder (":name" outside quotes, not a "::" cast) replaced by $1,
// $2, ... in order; `names` receives the placeholder of each $n. Qt's own rule for drivers
// without named placeholders (QSqlResultPrivate::namedToPositionalBinding).
QString positional(const QString& sql, QStringList& names);

// How many texts the connection's session holds prepared (for the tests).
int preparedCount(const QSqlDatabase& db);

} // namespace hc::sql::pg
