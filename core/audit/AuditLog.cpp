#include "core/audit/AuditLog.h"

#include "core/common/Clock.h"

#include <QJsonDocument>

namespace hc {

AuditLog::AuditLog(QSqlDatabase db) : m_store(db) {}

Status AuditLog::append(const Actor& actor, const QString& action, const QString& entity,
                        const QString& entityId, const QJsonObject& before, const QJsonObject& after)
{
    auto json = [](const QJsonObject& o) {
        return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    return m_store.append(AuditRecord{Clock::instance().now().toString(Qt::ISODate), actor.name, action,
                                      entity, entityId, json(before), json(after)});
}

} // namespace hc
