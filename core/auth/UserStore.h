#pragma once
// The users table and the failed sign-in counts (schema 6): finding and listing accounts,
// adding them, enabling and disabling them, their password hashes.

#include "core/auth/User.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace hc {

// Failed sign-ins for one badge or one workstation.
struct SignInFailures
{
    int count = 0;
    QDateTime lastFailedAt;
    QDateTime retryAfter; // invalid: no wait
};

class UserStore
{
public:
    explicit UserStore(QSqlDatabase db) : m_db(std::move(db)) {}

    bool hasUsers() const;
    // `homecoming-cli demo` leaves an audit record saying so.
    bool isDemoDatabase() const;
    Result<std::optional<User>> findByBadge(const QString& badge) const;
    Result<QList<User>> list() const; // by badge
    // Empty when the account has no hash.
    Result<QString> passwordHash(qint64 userId) const;
    Result<qint64> insertAdmin(const QString& badge, const QString& name, const QString& passwordHash,
                               const QString& createdAt) const;
    Result<qint64> insertUser(const User& user, const QString& passwordHash, const QString& createdAt) const;
    Status setActive(qint64 userId, bool active) const;
    // `changedAt` empty: a re-hash of the same password (new parameters), not a change: the
    // date and must_change_password stay. Otherwise a change: the date, and the flag set to
    // `mustChange` (a temporary password set by an administrator) or cleared.
    Status setPasswordHash(qint64 userId, const QString& passwordHash, const QString& changedAt,
                           bool mustChange = false) const;
    Result<qint64> activeAdmins() const;
    Result<std::optional<qint64>> stationId(const QString& stationName) const;

    // scope: "badge" or "workstation".
    Result<SignInFailures> failures(const QString& scope, const QString& key) const;
    Status saveFailures(const QString& scope, const QString& key, const SignInFailures& f) const;
    Status clearFailures(const QString& scope, const QString& key) const;

private:
    QSqlDatabase m_db;
};

} // namespace hc
