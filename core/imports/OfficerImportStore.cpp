#include "core/imports/OfficerImportStore.h"

#include "core/storage/Sql.h"

namespace hc {

OfficerImportStore::OfficerImportStore(QSqlDatabase db)
    : m_findStation(db), m_findAccount(db), m_addAccount(db), m_updateAccount(db)
{
}

Status OfficerImportStore::prepare()
{
    const std::pair<QSqlQuery*, QString> statements[] = {
        {&m_findStation, QStringLiteral("SELECT id FROM stations WHERE name = :name")},
        {&m_findAccount, QStringLiteral("SELECT id, name, station_id, role, password_hash FROM users "
                                        "WHERE badge = :badge")},
        {&m_addAccount,
         QStringLiteral("INSERT INTO users(badge, name, station_id, role, password_hash, created_at) "
                        "VALUES (:badge, :name, :station, :role, :hash, :at)")},
        {&m_updateAccount,
         QStringLiteral("UPDATE users SET name = :name, station_id = :station, role = :role, "
                        "password_hash = :hash WHERE id = :id")},
    };
    for (const auto& [q, text] : statements)
        if (Status s = sql::prepare(*q, text); !s)
            return s;
    return {};
}

Result<qint64> OfficerImportStore::findStation(const QString& name)
{
    if (Status s = sql::exec(m_findStation, {{QStringLiteral(":name"), name}}); !s)
        return s.error();
    const qint64 id = m_findStation.next() ? m_findStation.value(0).toLongLong() : 0;
    m_findStation.finish();
    return id;
}

Result<std::optional<OfficerImportStore::Account>> OfficerImportStore::findAccount(const QString& badge)
{
    if (Status s = sql::exec(m_findAccount, {{QStringLiteral(":badge"), badge}}); !s)
        return s.error();
    std::optional<Account> found;
    if (m_findAccount.next())
        found = Account{m_findAccount.value(0).toLongLong(), badge,
                        m_findAccount.value(1).toString(),   m_findAccount.value(2).toLongLong(),
                        m_findAccount.value(3).toString(),   m_findAccount.value(4).toString()};
    m_findAccount.finish();
    return found;
}

Status OfficerImportStore::addAccount(const Account& a, const QString& createdAt)
{
    return sql::exec(m_addAccount, {{QStringLiteral(":badge"), a.badge},
                                    {QStringLiteral(":name"), a.name},
                                    {QStringLiteral(":station"), a.stationId},
                                    {QStringLiteral(":role"), a.role},
                                    {QStringLiteral(":hash"), a.passwordHash},
                                    {QStringLiteral(":at"), createdAt}});
}

Status OfficerImportStore::updateAccount(const Account& a)
{
    return sql::exec(m_updateAccount, {{QStringLiteral(":name"), a.name},
                                       {QStringLiteral(":station"), a.stationId},
                                       {QStringLiteral(":role"), a.role},
                                       {QStringLiteral(":hash"), a.passwordHash},
                                       {QStringLiteral(":id"), a.id}});
}

} // namespace hc
