#pragma once
// A server connection that went away (the server restarted or was stopped, an administrator
// ended the session, the network dropped). A statement that meets the loss fails with
// Error::Kind::Unreachable; outside a transaction the connection is then made again with the
// same settings (host, role, password), so a window reconnects without a restart, and a read
// that met the loss is run once more. Inside a transaction nothing is reconnected: the server
// rolled the unit back and its guard reports it, with nothing half-written. SQLite
// connections are never lost.

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <optional>

class QSqlDriver;
struct pg_conn; // libpq's PGconn

namespace hc::serverlink {

// The driver's libpq connection (QPSQL's handle()); nullptr for another driver.
pg_conn* connection(const QSqlDriver* driver);
// True when the driver's PostgreSQL connection is broken (libpq's CONNECTION_BAD) or closed.
bool lost(const QSqlDriver* driver);
bool lost(const QSqlDatabase& db);
// True when a PostgreSQL error says the connection itself failed: SQLSTATE class 08, the
// server shutting down or ending the session (57P01-57P03), or libpq's own words for a
// connection closed under it (those carry no SQLSTATE).
bool connectionFailed(const QSqlError& e);
// Connects again, unless a transaction of ours is open on the connection (then the unit is
// gone and must fail as a whole). True when the connection is usable afterwards.
bool restore(const QSqlDatabase& db);
// restore() when the connection is known to be lost; true when it is usable.
bool restoreIfLost(const QSqlDatabase& db);
// True for SQL that only reads (SELECT or WITH ... SELECT): safe to run once more after a
// reconnection, since the failed attempt changed nothing.
bool onlyReads(const QString& sql);
// The user-facing error for a statement that failed on a lost connection.
Error unreachable(const QSqlError& e);
// unreachable(e) when `e` or the driver's state says the connection failed; nullopt otherwise.
std::optional<Error> unreachableOrNothing(const QSqlDriver* driver, const QSqlError& e);

} // namespace hc::serverlink
