#pragma once
// The SQL of the officer import: stations looked up, accounts matched by badge, created or
// updated. Prepared statements are made once by prepare() and reused for every row.

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace hc {

class OfficerImportStore
{
public:
    struct Account
    {
        qint64 id = 0;
        QString badge;
        QString name;
        qint64 stationId = 0;
        QString role; // code
        QString passwordHash;
    };

    explicit OfficerImportStore(QSqlDatabase db);
    Status prepare();

    Result<qint64> findStation(const QString& name); // 0 when there is none
    Result<std::optional<Account>> findAccount(const QString& badge);
    Status addAccount(const Account& a, const QString& createdAt);
    Status updateAccount(const Account& a);

private:
    QSqlQuery m_findStation, m_findAccount, m_addAccount, m_updateAccount;
};

} // namespace hc
