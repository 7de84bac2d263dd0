#pragma once
// Accounts and sign-in: the first administrator of a new database, password checks against
// the Argon2id hashes, and a growing delay after repeated failures for a badge. The SQL is
// UserStore's.

#include "core/auth/Actor.h"
#include "core/auth/User.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace hc {

class Database;

class UserService
{
    Q_DECLARE_TR_FUNCTIONS(hc::UserService)
public:
    static constexpr int kMinPasswordLength = 8;
    static constexpr int kFreeAttempts = 3; // failures before the delay starts

    explicit UserService(Database& db);

    bool hasUsers() const;
    // Built by `homecoming-cli demo` (every demo account's password is the demo password).
    bool isDemoDatabase() const;
    // Only on a database without accounts: whoever creates the file sets up its administrator.
    Result<User> createFirstAdmin(const QString& badge, const QString& name, const QString& password);
    Result<User> find(const QString& badge) const;
    // Checks badge and password. After kFreeAttempts failures for a badge, each further
    // attempt must wait (2, 4, 8 ... up to 60 s); the error then says how long.
    Result<User> signIn(const QString& badge, const QString& password);

private:
    struct Failures
    {
        int count = 0;
        QDateTime retryAfter;
    };
    Database& m_db;
    // Per process: a desktop signs one person in at a time; a restart does not bypass the
    // hash cost, which is the real brake on guessing.
    static QHash<QString, Failures>& failures();
};

} // namespace hc
