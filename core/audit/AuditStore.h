#pragma once
// The audit table's one statement: appending a record. Prepared once per AuditLog, so a
// service that audits many rows in one transaction reuses it.

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace hc {

struct AuditRecord
{
    QString at; // ISO time
    QString actor;
    QString action;
    QString entity;
    QString entityId;
    QString before; // compact JSON; empty for none
    QString after;
};

class AuditStore
{
public:
    explicit AuditStore(const QSqlDatabase& db);
    Status append(const AuditRecord& record);

private:
    QSqlQuery m_insert;
    Status m_prepared;
};

} // namespace hc
