#pragma once
// The users table as sign-in needs it: finding an account by badge, its password hash, and
// the first administrator of a new database.

#include "core/auth/User.h"
#include "core/common/Result.h"

#include <QSqlDatabase>
#include <optional>

namespace hc {

class UserStore
{
public:
    explicit UserStore(QSqlDatabase db) : m_db(std::move(db)) {}

    bool hasUsers() const;
    // `homecoming-cli demo` leaves an audit record saying so.
    bool isDemoDatabase() const;
    Result<std::optional<User>> findByBadge(const QString& badge) const;
    // Empty when the account has no hash.
    Result<QString> passwordHash(qint64 userId) const;
    Result<qint64> insertAdmin(const QString& badge, const QString& name, const QString& passwordHash,
                               const QString& createdAt) const;

private:
    QSqlDatabase m_db;
};

} // namespace hc
