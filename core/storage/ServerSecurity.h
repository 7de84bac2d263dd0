#pragma once
// Security in the PostgreSQL engine (issue 11, outcome 3): the roles, grants and row-level
// security policies of resources/sql/pg/security.sql, and the login role of each user.
//
// Roles are cluster-wide while a Homecoming database is one database of the cluster, so every
// role name starts with the database's role prefix (rolePrefix): the four NOLOGIN group roles
// PREFIX_officer, PREFIX_supervisor, PREFIX_investigator, PREFIX_admin, and one LOGIN role
// PREFIX_u_BADGE per user (SCRAM-SHA-256 password), kept in step with the users table by the
// server function hc_sync_login. Nothing here applies to SQLite.

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>

namespace hc {

class Database;

class ServerSecurity
{
    Q_DECLARE_TR_FUNCTIONS(hc::ServerSecurity)
public:
    // The role prefix of a database: its name when that is at most 24 characters of a-z, 0-9
    // and _ starting with a letter or _; otherwise "hc_", its first 12 such characters
    // (lower-cased, others as _), "_" and 8 hex digits of the SHA-1 of the whole name.
    static QString rolePrefix(const QString& databaseName);
    // The login role of a user of that database (PREFIX_u_BADGE); an error when it would be
    // longer than PostgreSQL's 63 bytes.
    static Result<QString> loginRole(const QString& databaseName, const QString& badge);

    // Runs the security script as the connection's role (the owner; it must be allowed to
    // create roles). Idempotent.
    static Status install(Database& db);
    // The same script inside the caller's open transaction (no BEGIN or COMMIT of its own).
    static Status installWithin(Database& db);
    // True when the script has run on this database (never on SQLite).
    static bool installed(const QSqlDatabase& db);
    // Brings the login role of `badge` in step with its users row (created, LOGIN or NOLOGIN,
    // its group); a given password becomes the role's. Part of the caller's transaction.
    static Status syncLogin(const QSqlDatabase& db, const QString& badge,
                            const std::optional<QString>& password = std::nullopt);
    // syncLogin on a PostgreSQL database whose security is installed; nothing otherwise.
    static Status syncLoginIfServer(Database& db, const QString& badge,
                                    const std::optional<QString>& password = std::nullopt);
};

} // namespace hc
