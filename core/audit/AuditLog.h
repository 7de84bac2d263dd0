#pragma once
// Appends audit records (who, when, what, before/after as JSON) inside the caller's
// transaction, so a change and its record commit or roll back together (a read that is
// audited gets a transaction of its own). The log is a hash chain: each record carries the
// SHA-256 of the record before it and of its own canonical content, its id included, so a
// record changed, removed or inserted out of order breaks the chain; verify() finds the first
// such record. Schema 4's triggers refuse UPDATE and DELETE. On SQLite the writer seals each
// record as it appends it; on PostgreSQL the server does, inside the COMMIT (schema 21), so
// the many stations' writers do not hold the chain's head for each other's whole transactions.

#include "core/audit/AuditStore.h"
#include "core/auth/Actor.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

namespace hc {

class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(hc::AuditLog)
public:
    explicit AuditLog(QSqlDatabase db);
    Status append(const Actor& actor, const QString& action, const QString& entity, const QString& entityId,
                  const QJsonObject& before = {}, const QJsonObject& after = {});

    // Records written before the chain existed (schema < 4) get their hashes, in id order.
    // append() does it first when needed (on PostgreSQL the server's sealing does).
    Status sealLegacy();

    struct Verification
    {
        bool intact = true;
        qint64 records = 0;
        qint64 unsealed = 0;   // records from before schema 4 not sealed yet (no record since)
        qint64 firstBadId = 0; // the first record that was changed, or follows a removal
        QString problem;       // translated, names the record
        QString headHash;      // the last record's hash: note it down to detect a cut tail
    };
    static Result<Verification> verify(const QSqlDatabase& db);

    // Hex SHA-256 over the record's prevHash and canonical content.
    static QString hashOf(const AuditRecord& record);

    // The administrator's viewer (ManageUsers): records matching the filter, newest first, and
    // the actions to choose from. Looking at the log is itself audited (the first page of each
    // filter), and so is a refusal.
    Result<QList<AuditRecord>> records(const Actor& actor, const AuditFilter& filter);
    // How many records match the filter, its limit aside (the viewer's "N records, M shown").
    Result<qint64> count(const Actor& actor, const AuditFilter& filter);
    Result<QStringList> actions(const Actor& actor);

private:
    Status mayView(const Actor& actor);

    QSqlDatabase m_db;
    AuditStore m_store;
};

} // namespace hc
