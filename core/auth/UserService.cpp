#include "core/auth/UserService.h"

#include "core/audit/AuditLog.h"
#include "core/auth/PasswordHasher.h"
#include "core/auth/UserStore.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

namespace hc {

UserService::UserService(Database& db) : m_db(db) {}

QHash<QString, UserService::Failures>& UserService::failures()
{
    static QHash<QString, Failures> f;
    return f;
}

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
    if (password.size() < kMinPasswordLength)
        return invalid(QStringLiteral("password"),
                       tr("The password needs at least %1 characters.").arg(kMinPasswordLength));
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return storageError(tr("The password could not be hashed (out of memory)."));
    Transaction tx(m_db.sql());
    const auto id = UserStore(m_db.sql())
                        .insertAdmin(badge.trimmed(), name.trimmed(), hash,
                                     Clock::instance().now().toString(Qt::ISODate));
    if (!id)
        return id.error();
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

Result<User> UserService::signIn(const QString& badge, const QString& password)
{
    const QString key = badge.trimmed();
    const QDateTime now = Clock::instance().now();
    Failures& f = failures()[key];
    if (f.retryAfter.isValid() && now < f.retryAfter)
        return Error{QStringLiteral("password"),
                     tr("Too many failed attempts. Try again in %n second(s).", nullptr,
                        int(std::max<qint64>(1, now.secsTo(f.retryAfter)))),
                     Error::Kind::Denied};

    auto user = find(key);
    QString hash;
    if (user) {
        if (const auto stored = UserStore(m_db.sql()).passwordHash(user->id); stored)
            hash = *stored;
    }
    // The same answer for an unknown badge and a wrong password: no hint which one it was.
    if (!user || !PasswordHasher::verify(hash, password)) {
        ++f.count;
        if (f.count >= kFreeAttempts)
            f.retryAfter = now.addSecs(std::min(60, 1 << std::min(6, f.count - kFreeAttempts + 1)));
        return Error{QStringLiteral("password"), tr("Wrong badge number or password."), Error::Kind::Denied};
    }
    if (!user->active)
        return Error{QStringLiteral("badge"), tr("The account %1 is disabled.").arg(key),
                     Error::Kind::Denied};
    failures().remove(key);
    return user;
}

} // namespace hc
