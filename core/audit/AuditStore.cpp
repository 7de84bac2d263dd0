#include "core/audit/AuditStore.h"

#include "core/storage/Sql.h"

namespace hc {

AuditStore::AuditStore(const QSqlDatabase& db) : m_insert(db)
{
    m_prepared = sql::prepare(m_insert, QStringLiteral("INSERT INTO audit_log(at, actor, action, entity, "
                                                       "entity_id, before, after) VALUES (:at, :actor, "
                                                       ":action, :entity, :entity_id, :before, :after)"));
}

Status AuditStore::append(const AuditRecord& r)
{
    if (!m_prepared)
        return m_prepared;
    return sql::exec(m_insert, {{QStringLiteral(":at"), r.at},
                                {QStringLiteral(":actor"), r.actor},
                                {QStringLiteral(":action"), r.action},
                                {QStringLiteral(":entity"), r.entity},
                                {QStringLiteral(":entity_id"), r.entityId},
                                {QStringLiteral(":before"), sql::orNull(r.before)},
                                {QStringLiteral(":after"), sql::orNull(r.after)}});
}

} // namespace hc
