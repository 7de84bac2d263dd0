#pragma once
// The audit table: appending a record with its place in the hash chain, reading the chain's
// head, sealing records written before the chain existed, and reading every record in order
// for verification. The append is prepared once per AuditLog, so a service that audits many
// rows in one transaction reuses it.

#include "core/common/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <functional>

namespace hc {

struct AuditRecord
{
    qint64 id = 0;
    QString at; // ISO time
    QString actor;
    QString action;
    QString entity;
    QString entityId;
    QString before; // compact JSON; empty for none
    QString after;
    QString prevHash; // hex SHA-256 of the record before; empty for the first
    QString hash;     // hex SHA-256 of prevHash and this record's content; empty when not sealed
};

// What the administrator's audit viewer asks for; empty fields do not filter.
struct AuditFilter
{
    QString user;        // part of the actor (a badge, "cli:")
    QString action;      // exactly
    QDate from, to;      // inclusive days of `at`
    qint64 beforeId = 0; // newer records than this are left out (paging back); 0: from the newest
    int limit = 1000;
};

class AuditStore
{
public:
    explicit AuditStore(const QSqlDatabase& db);
    // True on PostgreSQL: the server seals each record at COMMIT (pg/schema-21.sql), so a
    // writer neither reads the head nor holds the chain's lock through its transaction.
    bool sealedByServer() const { return m_sealedByServer; }
    // Inserts the record: on SQLite with its id and hashes as given; on PostgreSQL without
    // them (the server gives the next id and the hashes when the transaction commits).
    Status append(const AuditRecord& record);
    // The last record (id 0 when the log is empty); its hash is empty when it is not sealed.
    Result<AuditRecord> last() const;
    // Every record in id order; the callback returns false to stop.
    Status forEach(const std::function<bool(const AuditRecord&)>& visit) const;
    // Records without a hash, in id order, and the record just before the first of them.
    Result<QList<AuditRecord>> unsealed() const;
    Status seal(qint64 id, const QString& prevHash, const QString& hash);
    // Records matching the filter, newest first, at most filter.limit.
    Result<QList<AuditRecord>> find(const AuditFilter& filter) const;
    // How many records match the filter, the limit aside.
    Result<qint64> count(const AuditFilter& filter) const;
    // The actions the log holds, sorted (the viewer's choices).
    Result<QStringList> actions() const;

private:
    QSqlDatabase m_db;
    QSqlQuery m_insert;
    bool m_sealedByServer;
    Status m_prepared;
};

} // namespace hc
