#include "core/audit/AuditLog.h"

#include "core/common/Clock.h"

#include <QJsonDocument>
#include <QSqlError>

namespace hc {

AuditLog::AuditLog(QSqlDatabase db) : m_insert(db)
{
    m_insert.prepare(
        QStringLiteral("INSERT INTO audit_log(at, actor, action, entity, entity_id, before, after) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
}

Status AuditLog::append(const Actor& actor, const QString& action, const QString& entity,
                        const QString& entityId, const QJsonObject& before, const QJsonObject& after)
{
    auto json = [](const QJsonObject& o) {
        return o.isEmpty() ? QVariant()
                           : QVariant(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    };
    m_insert.bindValue(0, Clock::instance().now().toString(Qt::ISODate));
    m_insert.bindValue(1, actor.name);
    m_insert.bindValue(2, action);
    m_insert.bindValue(3, entity);
    m_insert.bindValue(4, entityId);
    m_insert.bindValue(5, json(before));
    m_insert.bindValue(6, json(after));
    if (!m_insert.exec())
        return storageError(m_insert.lastError().text());
    return {};
}

} // namespace hc
