#pragma once
// A server connection that went away (the server restarted, the network dropped). libpq marks
// a connection bad after a call on it failed; the next statement outside a transaction
// connects again with the same settings (host, role, password), so a window reconnects
// without a restart and a read that met the broken connection is run once more. Inside a
// transaction nothing is reconnected: the server rolled the unit back, and the caller gets
// Error::Kind::Unreachable, with nothing half-written. SQLite connections are never "lost".

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QSqlError>

class QSqlDriver;

namespace hc::serverlink {

// True when the driver's PostgreSQL connection is broken (libpq's CONNECTION_BAD).
bool lost(const QSqlDriver* driver);
bool lost(const QSqlDatabase& db);
// Connects a lost connection again, unless a transaction of ours is open on it (then the
// unit is gone and must fail as a whole). True when the connection is usable afterwards.
bool restoreIfLost(const QSqlDatabase& db);
// True for SQL that only reads (SELECT or WITH ... SELECT): safe to run once more after a
// reconnection, since the failed attempt changed nothing.
bool onlyReads(const QString& sql);
// The user-facing error for a statement that failed on a lost connection.
Error unreachable(const QSqlError& e);

} // namespace hc::serverlink
