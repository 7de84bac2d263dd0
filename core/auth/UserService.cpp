#include "core/auth/UserService.h"

#include "core/audit/AuditLog.h"
#include "core/auth/PasswordHasher.h"
#include "core/auth/PasswordPolicy.h"
#include "core/auth/UserStore.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/ServerSecurity.h"
#include "core/storage/Transaction.h"

#include <QSysInfo>

namespace hc {

namespace {
const QString kBadge = QStringLiteral("badge");
const QString kWorkstation = QStringLiteral("workstation");

// 0 while free attempts remain, then 2, 4, 8 ... seconds, at most kMaxDelaySeconds.
int delayAfter(int failures, int free)
{
    if (failures < free)
        return 0;
    return std::min(UserService::kMaxDelaySeconds, 1 << std::min(6, failures - free + 1));
}

Error wrongCredentials()
{
    return Error{QStringLiteral("password"), UserService::tr("Wrong badge number or password."),
                 Error::Kind::Denied};
}

QString now()
{
    return Clock::instance().now().toString(Qt::ISODate);
}
} // namespace

UserService::UserService(Database& db) : m_db(db), m_workstation(QSysInfo::machineHostName()) {}

bool UserService::hasUsers() const
{
    return UserStore(m_db.sql()).hasUsers();
}

bool UserService::isDemoDatabase() const
{
    return UserStore(m_db.sql()).isDemoDatabase();
}

Result<User> UserService::find(const QString& badge) const
{
    const auto user = UserStore(m_db.sql()).findByBadge(badge.trimmed());
    if (!user)
        return user.error();
    if (!*user)
        return notFound(QStringLiteral("badge"),
                        tr("There is no account with badge %1.").arg(badge.trimmed()));
    return **user;
}

Result<User> UserService::createFirstAdmin(const QString& badge, const QString& name, const QString& password)
{
    if (hasUsers())
        return denied(tr("This database already has accounts; an administrator creates further ones."));
    if (badge.trimmed().isEmpty())
        return invalid(QStringLiteral("badge"), tr("Enter a badge number."));
    if (name.trimmed().isEmpty())
        return invalid(QStringLiteral("name"), tr("Enter the administrator's name."));
    if (Status s = PasswordPolicy::check(password, {badge, name}); !s)
        return s.error();
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return storageError(tr("The password could not be hashed (out of memory)."));
    Transaction tx(m_db.sql());
    const auto id = UserStore(m_db.sql()).insertAdmin(badge.trimmed(), name.trimmed(), hash, now());
    if (!id)
        return id.error();
    // On a server database the administrator's login role, with the password, in the same
    // transaction.
    if (Status s = ServerSecurity::syncLoginIfServer(m_db, badge.trimmed(), password); !s)
        return s.error();
    const Actor self{badge.trimmed(), Role::Admin, *id, 0};
    if (Status s = AuditLog(m_db.sql())
                       .append(self, QStringLiteral("create"), QStringLiteral("user"), self.name, {},
                               {{QStringLiteral("name"), name.trimmed()},
                                {QStringLiteral("role"), QStringLiteral("admin")}});
        !s)
        return s.error();
    if (!tx.commit())
        return tx.error();
    return find(badge);
}

std::optional<Error> UserService::waiting(const QString& badge) const
{
    const QDateTime t = Clock::instance().now();
    const UserStore store(m_db.sql());
    for (const auto& [scope, key] : {std::pair{kBadge, badge}, std::pair{kWorkstation, m_workstation}}) {
        const auto f = store.failures(scope, key);
        if (!f)
            return f.error();
        if (f->retryAfter.isValid() && t < f->retryAfter)
            return Error{QStringLiteral("password"),
                         tr("Too many failed attempts. Try again in %n second(s).", nullptr,
                            int(std::max<qint64>(1, t.secsTo(f->retryAfter)))),
                         Error::Kind::Denied};
    }
    return std::nullopt;
}

Result<User> UserService::signIn(const QString& badge, const QString& password, const QString& client)
{
    const QString key = badge.trimmed().left(64);
    if (auto wait = waiting(key)) {
        if (Status s = recordFailure(key, nullptr, QStringLiteral("throttled"), client); !s)
            return s.error();
        return *wait;
    }
    const auto found = UserStore(m_db.sql()).findByBadge(key);
    if (!found)
        return found.error();
    QString hash;
    if (*found) {
        const auto stored = UserStore(m_db.sql()).passwordHash((*found)->id);
        if (!stored)
            return stored.error();
        hash = *stored;
    }
    // An unknown badge is checked against a dummy hash: the same work, the same answer, so
    // neither the time nor the message tells which badges exist.
    const bool match = PasswordHasher::verify(hash.isEmpty() ? PasswordHasher::dummyHash() : hash, password);
    if (!*found || hash.isEmpty() || !match) {
        if (Status s = recordFailure(key, found->has_value() ? &**found : nullptr,
                                     QStringLiteral("wrong password"), client);
            !s)
            return s.error();
        return wrongCredentials();
    }
    const User user = **found;
    if (!user.active) {
        if (Status s = recordFailure(key, &user, QStringLiteral("disabled"), client); !s)
            return s.error();
        return Error{QStringLiteral("badge"), tr("The account %1 is disabled.").arg(key),
                     Error::Kind::Denied};
    }
    if (Status s = recordSuccess(user, hash, password, client); !s)
        return s.error();
    return user;
}

Status UserService::recordFailure(const QString& badge, const User* user, const QString& reason,
                                  const QString& client)
{
    const QDateTime t = Clock::instance().now();
    const UserStore store(m_db.sql());
    Transaction tx(m_db.sql());
    // A disabled account's right password is no guess: audited, not counted.
    if (reason != u"disabled") {
        for (const auto& [scope, key, free] :
             {std::tuple{kBadge, badge, kFreeAttempts},
              std::tuple{kWorkstation, m_workstation, kFreeWorkstationAttempts}}) {
            auto f = store.failures(scope, key);
            if (!f)
                return f.error();
            SignInFailures next = *f;
            if (scope == kWorkstation && next.lastFailedAt.isValid() &&
                next.lastFailedAt.addSecs(kWorkstationWindowMinutes * 60) < t)
                next.count = 0;
            if (reason != u"throttled")
                ++next.count;
            next.lastFailedAt = t;
            const int delay = delayAfter(next.count, free);
            next.retryAfter = delay > 0 ? t.addSecs(delay) : QDateTime();
            if (reason == u"throttled")
                next.retryAfter = f->retryAfter; // asking again while waiting does not extend the wait
            if (Status s = store.saveFailures(scope, key, next); !s)
                return s;
        }
    }
    const Actor who = user ? user->actor() : Actor{badge, Role::Officer, 0, 0};
    if (Status s = AuditLog(m_db.sql())
                       .append(who, QStringLiteral("sign_in_failed"), QStringLiteral("user"), badge, {},
                               {{QStringLiteral("workstation"), m_workstation},
                                {QStringLiteral("client"), client},
                                {QStringLiteral("reason"), reason}});
        !s)
        return s;
    return tx.commitOrError();
}

Status UserService::recordSuccess(const User& user, const QString& hash, const QString& password,
                                  const QString& client)
{
    const UserStore store(m_db.sql());
    Transaction tx(m_db.sql());
    if (Status s = store.clearFailures(kBadge, user.badge); !s)
        return s;
    QJsonObject after{{QStringLiteral("workstation"), m_workstation}, {QStringLiteral("client"), client}};
    if (user.mustChangePassword)
        after.insert(QStringLiteral("must_change_password"), true);
    if (PasswordHasher::needsRehash(hash)) {
        const QString fresh = PasswordHasher::hash(password);
        if (!fresh.isEmpty()) {
            if (Status s = store.setPasswordHash(user.id, fresh, {}); !s)
                return s;
            after.insert(QStringLiteral("password"), QStringLiteral("rehashed"));
        }
    }
    if (Status s = AuditLog(m_db.sql())
                       .append(user.actor(), QStringLiteral("sign_in"), QStringLiteral("user"), user.badge,
                               {}, after);
        !s)
        return s;
    return tx.commitOrError();
}

// ---- accounts ------------------------------------------------------------------------------

Result<QList<User>> UserService::list(const Actor& actor) const
{
    if (!actor.can(Right::ManageUsers))
        return denied(Roles::deniedMessage(actor, tr("list accounts")));
    return UserStore(m_db.sql()).list();
}

Result<User> UserService::manageable(const Actor& actor, const QString& badge, const QString& what) const
{
    if (!actor.can(Right::ManageUsers))
        return denied(Roles::deniedMessage(actor, what));
    return find(badge);
}

Result<User> UserService::add(const Actor& actor, const NewAccount& account)
{
    if (!actor.can(Right::ManageUsers))
        return denied(Roles::deniedMessage(actor, tr("add accounts")));
    User user;
    user.badge = account.badge.trimmed();
    user.name = account.name.trimmed();
    user.role = account.role;
    user.mustChangePassword = account.temporaryPassword;
    if (user.badge.isEmpty())
        return invalid(QStringLiteral("badge"), tr("Enter a badge number."));
    if (user.name.isEmpty())
        return invalid(QStringLiteral("name"), tr("Enter the name."));
    const UserStore store(m_db.sql());
    if (const auto existing = store.findByBadge(user.badge); !existing || *existing)
        return existing ? Error{QStringLiteral("badge"),
                                tr("There is already an account with badge %1.").arg(user.badge),
                                Error::Kind::Conflict}
                        : existing.error();
    if (!account.station.trimmed().isEmpty()) {
        const auto station = store.stationId(account.station.trimmed());
        if (!station)
            return station.error();
        if (!*station)
            return invalid(QStringLiteral("station"),
                           tr("There is no station %1.").arg(account.station.trimmed()));
        user.stationId = **station;
    } else if (user.role == Role::Officer || user.role == Role::Supervisor) {
        return invalid(QStringLiteral("station"), tr("An officer or a supervisor belongs to a station."));
    }
    if (Status s = PasswordPolicy::check(account.password, {user.badge, user.name}); !s)
        return s.error();
    const QString hash = PasswordHasher::hash(account.password);
    if (hash.isEmpty())
        return storageError(tr("The password could not be hashed (out of memory)."));
    Transaction tx(m_db.sql());
    const auto id = store.insertUser(user, hash, now());
    if (!id)
        return id.error();
    if (Status s = ServerSecurity::syncLoginIfServer(m_db, user.badge, account.password); !s)
        return s.error();
    if (Status s = AuditLog(m_db.sql())
                       .append(actor, QStringLiteral("create"), QStringLiteral("user"), user.badge, {},
                               {{QStringLiteral("name"), user.name},
                                {QStringLiteral("role"), Roles::code(user.role)},
                                {QStringLiteral("station"), account.station.trimmed()},
                                {QStringLiteral("must_change_password"), user.mustChangePassword}});
        !s)
        return s.error();
    if (!tx.commit())
        return tx.error();
    return find(user.badge);
}

Status UserService::setActive(const Actor& actor, const QString& badge, bool active)
{
    const auto user = manageable(actor, badge, active ? tr("enable accounts") : tr("disable accounts"));
    if (!user)
        return user.error();
    if (user->active == active)
        return {};
    if (!active && user->id == actor.userId)
        return invalid(QStringLiteral("badge"), tr("You cannot disable your own account."));
    const UserStore store(m_db.sql());
    Transaction tx(m_db.sql());
    if (!active && user->role == Role::Admin) {
        const auto admins = store.activeAdmins();
        if (!admins)
            return admins.error();
        if (*admins <= 1)
            return invalid(QStringLiteral("badge"),
                           tr("%1 is the last active administrator.").arg(user->badge));
    }
    if (Status s = store.setActive(user->id, active); !s)
        return s;
    // On a server database a disabled account's login role becomes NOLOGIN, and LOGIN again.
    if (Status s = ServerSecurity::syncLoginIfServer(m_db, user->badge); !s)
        return s;
    if (Status s = AuditLog(m_db.sql())
                       .append(actor, active ? QStringLiteral("enable") : QStringLiteral("disable"),
                               QStringLiteral("user"), user->badge, {{QStringLiteral("active"), !active}},
                               {{QStringLiteral("active"), active}});
        !s)
        return s;
    return tx.commitOrError();
}

Status UserService::resetPassword(const Actor& actor, const QString& badge, const QString& newPassword)
{
    const auto user = manageable(actor, badge, tr("reset passwords"));
    if (!user)
        return user.error();
    // Somebody else's password set by an administrator is temporary: its owner replaces it.
    return setPassword(actor, *user, newPassword, QStringLiteral("reset_password"), user->id != actor.userId);
}

Status UserService::changePassword(const Actor& actor, const QString& currentPassword,
                                   const QString& newPassword)
{
    const auto user = find(actor.name);
    if (!user || user->id != actor.userId)
        return denied(tr("Only a signed-in user can change their password."));
    const auto hash = UserStore(m_db.sql()).passwordHash(user->id);
    if (!hash)
        return hash.error();
    if (!PasswordHasher::verify(*hash, currentPassword))
        return invalid(QStringLiteral("current"), tr("The current password is wrong."));
    if (newPassword == currentPassword)
        return invalid(QStringLiteral("password"), tr("The new password is the same as the current one."));
    return setPassword(actor, *user, newPassword, QStringLiteral("change_password"), false);
}

Status UserService::setPassword(const Actor& actor, const User& user, const QString& newPassword,
                                const QString& action, bool mustChange)
{
    if (Status s = PasswordPolicy::check(newPassword, {user.badge, user.name}); !s)
        return s;
    const QString hash = PasswordHasher::hash(newPassword);
    if (hash.isEmpty())
        return storageError(tr("The password could not be hashed (out of memory)."));
    const UserStore store(m_db.sql());
    Transaction tx(m_db.sql());
    if (Status s = store.setPasswordHash(user.id, hash, now(), mustChange); !s)
        return s;
    // On a server database the login role's password (ALTER ROLE ... PASSWORD, SCRAM-SHA-256).
    if (Status s = ServerSecurity::syncLoginIfServer(m_db, user.badge, newPassword); !s)
        return s;
    // A new password lifts the hold on the badge (the administrator or the user knows it).
    if (Status s = store.clearFailures(kBadge, user.badge); !s)
        return s;
    const QString flag = QStringLiteral("must_change_password");
    if (Status s = AuditLog(m_db.sql())
                       .append(actor, action, QStringLiteral("user"), user.badge,
                               {{flag, user.mustChangePassword}}, {{flag, mustChange}});
        !s)
        return s;
    if (!tx.commit())
        return tx.error();
    // This session's later connections (a server's worker threads) sign in with the new one.
    m_db.passwordChanged(user.badge, newPassword);
    return {};
}

} // namespace hc
