#pragma once
// Accounts and sign-in: the first administrator of a new database; sign-in against the
// Argon2id hashes (an unknown badge costs the same work, a hash made with older parameters is
// made again), with failures counted in the database per badge and per workstation and a
// growing delay; an administrator adding, disabling, re-enabling accounts and resetting
// passwords; a user changing their own. Every sign-in, good or failed, and every change is
// audited. New passwords follow PasswordPolicy. The SQL is UserStore's.

#include "core/auth/Actor.h"
#include "core/auth/User.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace hc {

class Database;
struct SignInFailures;

// What an administrator fills in for a new account.
struct NewAccount
{
    QString badge;
    QString name;
    Role role = Role::Officer;
    QString station; // the station's name; empty for none (administrators, the bureau)
    QString password;
    // The password is one the administrator chose and passes on: the user must set their own at
    // the first sign-in (User::mustChangePassword).
    bool temporaryPassword = false;
};

class UserService
{
    Q_DECLARE_TR_FUNCTIONS(hc::UserService)
public:
    static constexpr int kFreeAttempts = 3;             // failures for a badge before the delay starts
    static constexpr int kFreeWorkstationAttempts = 10; // for a workstation, over every badge
    static constexpr int kMaxDelaySeconds = 60;
    static constexpr int kWorkstationWindowMinutes = 60; // a workstation's count starts afresh after

    explicit UserService(Database& db);

    // The workstation whose failures are counted: this host's name unless set (tests).
    void setWorkstation(const QString& name) { m_workstation = name; }

    bool hasUsers() const;
    // Built by `homecoming-cli demo` (every demo account's password is the demo password).
    bool isDemoDatabase() const;
    // Only on a database without accounts: whoever creates the file sets up its administrator.
    Result<User> createFirstAdmin(const QString& badge, const QString& name, const QString& password);
    Result<User> find(const QString& badge) const;
    // Checks badge and password. After kFreeAttempts failures for a badge (or
    // kFreeWorkstationAttempts on this workstation), each further attempt must wait (2, 4, 8 ...
    // up to 60 s); the error then says how long. `client` ("gui", "cli") goes into the audit.
    Result<User> signIn(const QString& badge, const QString& password,
                        const QString& client = QStringLiteral("gui"));

    // Administrators only (Right::ManageUsers).
    Result<QList<User>> list(const Actor& actor) const;
    Result<User> add(const Actor& actor, const NewAccount& account);
    // An administrator cannot disable their own account nor the last active administrator.
    Status setActive(const Actor& actor, const QString& badge, bool active);
    // The new password is a temporary one: the user must set their own at their next sign-in
    // (User::mustChangePassword), unless the administrator resets their own.
    Status resetPassword(const Actor& actor, const QString& badge, const QString& newPassword);
    // The signed-in user's own password; the current one is asked again. Clears
    // User::mustChangePassword in the same statement.
    Status changePassword(const Actor& actor, const QString& currentPassword, const QString& newPassword);

private:
    Result<User> manageable(const Actor& actor, const QString& badge, const QString& what) const;
    std::optional<Error> waiting(const QString& badge) const;
    Status recordFailure(const QString& badge, const User* user, const QString& reason,
                         const QString& client);
    Status recordSuccess(const User& user, const QString& hash, const QString& password,
                         const QString& client);
    Status setPassword(const Actor& actor, const User& user, const QString& newPassword,
                       const QString& action, bool mustChange);

    Database& m_db;
    QString m_workstation;
};

} // namespace hc
