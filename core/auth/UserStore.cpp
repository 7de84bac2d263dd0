#include "core/auth/UserStore.h"

#include "core/storage/Sql.h"

namespace hc {

bool UserStore::hasUsers() const
{
    const auto any = sql::scalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM users)"));
    return any && any->toBool();
}

bool UserStore::isDemoDatabase() const
{
    const auto demo = sql::scalar(
        m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM audit_log WHERE action = 'demo' AND entity = "
                             "'database')"));
    return demo && demo->toBool();
}

Result<std::optional<User>> UserStore::findByBadge(const QString& badge) const
{
    auto found =
        sql::query(m_db,
                   QStringLiteral("SELECT u.id, u.badge, u.name, u.role, coalesce(u.station_id, 0), "
                                  "coalesce(s.name, ''), u.active FROM users u "
                                  "LEFT JOIN stations s ON s.id = u.station_id WHERE u.badge = :badge"),
                   {{QStringLiteral(":badge"), badge}});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    if (!q.next())
        return std::optional<User>();
    User u;
    u.id = q.value(0).toLongLong();
    u.badge = q.value(1).toString();
    u.name = q.value(2).toString();
    u.role = Roles::fromCode(q.value(3).toString()).value_or(Role::Officer);
    u.stationId = q.value(4).toLongLong();
    u.stationName = q.value(5).toString();
    u.active = q.value(6).toBool();
    return std::optional<User>(u);
}

Result<QString> UserStore::passwordHash(qint64 userId) const
{
    const auto hash = sql::scalar(m_db, QStringLiteral("SELECT password_hash FROM users WHERE id = :id"),
                                  {{QStringLiteral(":id"), userId}});
    if (!hash)
        return hash.error();
    return hash->toString();
}

Result<qint64> UserStore::insertAdmin(const QString& badge, const QString& name, const QString& passwordHash,
                                      const QString& createdAt) const
{
    return sql::insert(m_db,
                       QStringLiteral("INSERT INTO users(badge, name, role, password_hash, created_at) "
                                      "VALUES (:badge, :name, 'admin', :hash, :created)"),
                       {{QStringLiteral(":badge"), badge},
                        {QStringLiteral(":name"), name},
                        {QStringLiteral(":hash"), passwordHash},
                        {QStringLiteral(":created"), createdAt}});
}

} // namespace hc
