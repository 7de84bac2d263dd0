#include "core/auth/UserService.h"

#include "core/audit/AuditLog.h"
#include "core/auth/PasswordHasher.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hc {

UserService::UserService(Database& db) : m_db(db) {}

QHash<QString, UserService::Failures>& UserService::failures()
{
    static QHash<QString, Failures> f;
    return f;
}

bool UserService::hasUsers() const
{
    QSqlQuery q(m_db.sql());
    return q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM users)")) && q.next() && q.value(0).toBool();
}

bool UserService::isDemoDatabase() const
{
    QSqlQuery q(m_db.sql());
    return q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM audit_log WHERE action = 'demo' AND entity = "
                                 "'database')")) &&
           q.next() && q.value(0).toBool();
}

Result<User> UserService::find(const QString& badge) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT u.id, u.badge, u.name, u.role, coalesce(u.station_id, 0), "
        "coalesce(s.name, ''), u.active FROM users u LEFT JOIN stations s ON s.id = u.station_id "
        "WHERE u.badge = ?"));
    q.addBindValue(badge.trimmed());
    if (!q.exec())
        return storageError(q.lastError().text());
    if (!q.next())
        return notFound(QStringLiteral("badge"),
                        tr("There is no account with badge %1.").arg(badge.trimmed()));
    User u;
    u.id = q.value(0).toLongLong();
    u.badge = q.value(1).toString();
    u.name = q.value(2).toString();
    u.role = Roles::fromCode(q.value(3).toString()).value_or(Role::Officer);
    u.stationId = q.value(4).toLongLong();
    u.stationName = q.value(5).toString();
    u.active = q.value(6).toBool();
    return u;
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
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO users(badge, name, role, password_hash, created_at) "
                             "VALUES (?, ?, 'admin', ?, ?)"));
    q.addBindValue(badge.trimmed());
    q.addBindValue(name.trimmed());
    q.addBindValue(hash);
    q.addBindValue(Clock::instance().now().toString(Qt::ISODate));
    if (!q.exec())
        return storageError(q.lastError().text());
    const Actor self{badge.trimmed(), Role::Admin, q.lastInsertId().toLongLong(), 0};
    if (Status s = AuditLog(m_db.sql())
                       .append(self, QStringLiteral("create"), QStringLiteral("user"), self.name, {},
                               {{QStringLiteral("name"), name.trimmed()},
                                {QStringLiteral("role"), QStringLiteral("admin")}});
        !s)
        return s.error();
    if (!tx.commit())
        return storageError(m_db.sql().lastError().text());
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
    QSqlQuery q(m_db.sql());
    QString hash;
    if (user) {
        q.prepare(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
        q.addBindValue(user->id);
        if (q.exec() && q.next())
            hash = q.value(0).toString();
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
