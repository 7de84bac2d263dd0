#include "core/auth/UserStore.h"

#include "core/storage/Sql.h"

namespace hc {

namespace {
const QString kSelectUser = QStringLiteral(
    "SELECT u.id, u.badge, u.name, u.role, coalesce(u.station_id, 0), coalesce(s.name, ''), "
    "u.active, u.must_change_password FROM users u LEFT JOIN stations s ON s.id = u.station_id ");

User readUser(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.badge = q.value(1).toString();
    u.name = q.value(2).toString();
    u.role = Roles::fromCode(q.value(3).toString()).value_or(Role::Officer);
    u.stationId = q.value(4).toLongLong();
    u.stationName = q.value(5).toString();
    u.active = q.value(6).toBool();
    u.mustChangePassword = q.value(7).toInt() != 0;
    return u;
}
} // namespace

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
    auto found = sql::query(m_db, kSelectUser + QStringLiteral("WHERE u.badge = :badge"),
                            {{QStringLiteral(":badge"), badge}});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    if (!q.next())
        return std::optional<User>();
    return std::optional<User>(readUser(q));
}

Result<QList<User>> UserStore::list() const
{
    return sql::rows(sql::query(m_db, kSelectUser + QStringLiteral("ORDER BY u.badge")), readUser);
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
    User admin;
    admin.badge = badge;
    admin.name = name;
    admin.role = Role::Admin;
    return insertUser(admin, passwordHash, createdAt);
}

Result<qint64> UserStore::insertUser(const User& user, const QString& passwordHash,
                                     const QString& createdAt) const
{
    return sql::insert(
        m_db,
        QStringLiteral("INSERT INTO users(badge, name, station_id, role, password_hash, active, "
                       "created_at, password_changed_at, must_change_password) "
                       "VALUES (:badge, :name, :station, :role, :hash, 1, :created, :created, :due)"),
        {{QStringLiteral(":badge"), user.badge},
         {QStringLiteral(":name"), user.name},
         {QStringLiteral(":station"), sql::orNull(user.stationId)},
         {QStringLiteral(":role"), Roles::code(user.role)},
         {QStringLiteral(":hash"), passwordHash},
         {QStringLiteral(":created"), createdAt},
         {QStringLiteral(":due"), user.mustChangePassword ? 1 : 0}});
}

Status UserStore::setActive(qint64 userId, bool active) const
{
    const auto n =
        sql::execute(m_db, QStringLiteral("UPDATE users SET active = :active WHERE id = :id"),
                     {{QStringLiteral(":active"), active ? 1 : 0}, {QStringLiteral(":id"), userId}});
    if (!n)
        return n.error();
    return {};
}

Status UserStore::setPasswordHash(qint64 userId, const QString& passwordHash, const QString& changedAt,
                                  bool mustChange) const
{
    // A re-hash keeps the date and the flag; a change sets both in the same statement (schema
    // 19's trigger refuses clearing the flag without a new hash).
    const auto n =
        changedAt.isEmpty()
            ? sql::execute(m_db, QStringLiteral("UPDATE users SET password_hash = :hash WHERE id = :id"),
                           {{QStringLiteral(":hash"), passwordHash}, {QStringLiteral(":id"), userId}})
            : sql::execute(m_db,
                           QStringLiteral("UPDATE users SET password_hash = :hash, password_changed_at = "
                                          ":changed, must_change_password = :must WHERE id = :id"),
                           {{QStringLiteral(":hash"), passwordHash},
                            {QStringLiteral(":changed"), changedAt},
                            {QStringLiteral(":must"), mustChange ? 1 : 0},
                            {QStringLiteral(":id"), userId}});
    if (!n)
        return n.error();
    return {};
}

Result<qint64> UserStore::activeAdmins() const
{
    const auto n =
        sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin' AND active = 1"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<std::optional<qint64>> UserStore::stationId(const QString& stationName) const
{
    const auto id = sql::scalar(m_db, QStringLiteral("SELECT id FROM stations WHERE name = :name"),
                                {{QStringLiteral(":name"), stationName}});
    if (!id)
        return id.error();
    if (!id->isValid() || id->isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(id->toLongLong());
}

Result<SignInFailures> UserStore::failures(const QString& scope, const QString& key) const
{
    auto found =
        sql::query(m_db,
                   QStringLiteral("SELECT failures, last_failed_at, retry_after FROM sign_in_failures "
                                  "WHERE scope = :scope AND key = :key"),
                   {{QStringLiteral(":scope"), scope}, {QStringLiteral(":key"), key}});
    if (!found)
        return found.error();
    SignInFailures f;
    if (found.value().next()) {
        f.count = found.value().value(0).toInt();
        f.lastFailedAt = QDateTime::fromString(found.value().value(1).toString(), Qt::ISODate);
        f.retryAfter = QDateTime::fromString(found.value().value(2).toString(), Qt::ISODate);
    }
    return f;
}

Status UserStore::saveFailures(const QString& scope, const QString& key, const SignInFailures& f) const
{
    const auto n = sql::execute(
        m_db,
        QStringLiteral("INSERT INTO sign_in_failures(scope, key, failures, last_failed_at, retry_after) "
                       "VALUES (:scope, :key, :n, :last, :retry) ON CONFLICT(scope, key) DO UPDATE SET "
                       "failures = excluded.failures, last_failed_at = excluded.last_failed_at, "
                       "retry_after = excluded.retry_after"),
        {{QStringLiteral(":scope"), scope},
         {QStringLiteral(":key"), key},
         {QStringLiteral(":n"), f.count},
         {QStringLiteral(":last"), f.lastFailedAt.toString(Qt::ISODate)},
         {QStringLiteral(":retry"), sql::orNull(f.retryAfter)}});
    if (!n)
        return n.error();
    return {};
}

Status UserStore::clearFailures(const QString& scope, const QString& key) const
{
    const auto n =
        sql::execute(m_db, QStringLiteral("DELETE FROM sign_in_failures WHERE scope = :scope AND key = :key"),
                     {{QStringLiteral(":scope"), scope}, {QStringLiteral(":key"), key}});
    if (!n)
        return n.error();
    return {};
}

} // namespace hc
