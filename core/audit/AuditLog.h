#pragma once
// Appends audit records (who, when, what, before/after as JSON) inside the caller's
// transaction, so a change and its record commit or roll back together.

#include "core/auth/Actor.h"
#include "core/common/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace hc {

class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db);
    Status append(const Actor& actor, const QString& action, const QString& entity, const QString& entityId,
                  const QJsonObject& before = {}, const QJsonObject& after = {});

private:
    QSqlQuery m_insert;
};

} // namespace hc
