#pragma once
// Appends audit records (who, when, what, before/after as JSON) inside the caller's
// transaction, so a change and its record commit or roll back together.

#include "core/audit/AuditStore.h"
#include "core/auth/Actor.h"
#include "core/common/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace hc {

class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db);
    Status append(const Actor& actor, const QString& action, const QString& entity, const QString& entityId,
                  const QJsonObject& before = {}, const QJsonObject& after = {});

private:
    AuditStore m_store;
};

} // namespace hc
