#include "core/audit/AuditLog.h"

#include "core/common/Clock.h"
#include "core/storage/Transaction.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlDriver>
#include <memory>

namespace hc {

AuditLog::AuditLog(QSqlDatabase db) : m_db(db), m_store(db) {}

QString AuditLog::hashOf(const AuditRecord& r)
{
    const QString content =
        QStringList{QString::number(r.id), r.at, r.actor, r.action, r.entity, r.entityId, r.before, r.after}
            .join(QChar(0x1f));
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(r.prevHash.toUtf8());
    h.addData(QByteArrayView("\x1e", 1));
    h.addData(content.toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

Status AuditLog::sealLegacy()
{
    auto rows = m_store.unsealed();
    if (!rows)
        return rows.error();
    QString prev;
    for (const AuditRecord& r : rows.value()) {
        if (!r.hash.isEmpty()) { // the last sealed record: the chain goes on from it
            prev = r.hash;
            continue;
        }
        AuditRecord sealed = r;
        sealed.prevHash = prev;
        sealed.hash = hashOf(sealed);
        if (Status s = m_store.seal(r.id, sealed.prevHash, sealed.hash); !s)
            return s;
        prev = sealed.hash;
    }
    return {};
}

Status AuditLog::append(const Actor& actor, const QString& action, const QString& entity,
                        const QString& entityId, const QJsonObject& before, const QJsonObject& after)
{
    auto json = [](const QJsonObject& o) {
        return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    AuditRecord r{0,
                  Clock::instance().now().toString(Qt::ISODate),
                  actor.name,
                  action,
                  entity,
                  entityId,
                  json(before),
                  json(after),
                  {},
                  {}};
    // PostgreSQL: the server seals the record when the transaction commits; a record appended
    // outside a transaction commits (and is sealed) on its own.
    if (m_store.sealedByServer())
        return m_store.append(r);
    // SQLite: the chain needs the last record and the new one written in one write transaction
    // (BEGIN IMMEDIATE lets one writer in at a time).
    std::unique_ptr<Transaction> own;
    if (!Transaction::isOpen(m_db)) {
        own = std::make_unique<Transaction>(m_db);
        if (!own->active())
            return own->error();
    }
    auto head = m_store.last();
    if (!head)
        return head.error();
    if (head->id != 0 && head->hash.isEmpty()) {
        if (Status s = sealLegacy(); !s)
            return s;
        head = m_store.last();
        if (!head)
            return head.error();
    }
    r.id = head->id + 1;
    r.prevHash = head->hash;
    r.hash = hashOf(r);
    if (Status s = m_store.append(r); !s)
        return s;
    if (own && !own->commit())
        return own->error();
    return {};
}

Result<AuditLog::Verification> AuditLog::verify(const QSqlDatabase& db)
{
    Verification v;
    QString expectedPrev;
    bool sealedSeen = false;
    Status s = AuditStore(db).forEach([&](const AuditRecord& r) {
        ++v.records;
        if (r.hash.isEmpty() && !sealedSeen) { // from before schema 4, nothing appended since
            ++v.unsealed;
            return true;
        }
        sealedSeen = true;
        if (r.hash.isEmpty())
            v.problem = tr("record %1 has no hash: it was inserted around the chain").arg(r.id);
        else if (v.unsealed > 0)
            v.problem = tr("record %1 is sealed while records before it are not").arg(r.id);
        else if (r.prevHash != expectedPrev)
            v.problem = tr("record %1 does not follow the record before it: a record was removed or "
                           "inserted out of order")
                            .arg(r.id);
        else if (hashOf(r) != r.hash)
            v.problem = tr("record %1 was changed").arg(r.id);
        if (!v.problem.isEmpty()) {
            v.intact = false;
            v.firstBadId = r.id;
            return false;
        }
        expectedPrev = r.hash;
        return true;
    });
    if (!s)
        return s.error();
    v.headHash = expectedPrev;
    return v;
}

Status AuditLog::mayView(const Actor& actor)
{
    if (actor.can(Right::ManageUsers))
        return {};
    const Error refusal = denied(Roles::deniedMessage(actor, tr("read the audit log")));
    if (Status s = append(actor, QStringLiteral("refused"), QStringLiteral("audit_log"), {}, {},
                          {{QStringLiteral("reason"), refusal.message}});
        !s)
        return s;
    return refusal;
}

Result<QList<AuditRecord>> AuditLog::records(const Actor& actor, const AuditFilter& filter)
{
    if (Status s = mayView(actor); !s)
        return s.error();
    auto rows = m_store.find(filter);
    if (!rows || filter.beforeId != 0)
        return rows;
    if (Status s = append(actor, QStringLiteral("view"), QStringLiteral("audit_log"), {}, {},
                          {{QStringLiteral("user"), filter.user.trimmed()},
                           {QStringLiteral("action"), filter.action},
                           {QStringLiteral("from"), filter.from.toString(Qt::ISODate)},
                           {QStringLiteral("to"), filter.to.toString(Qt::ISODate)},
                           {QStringLiteral("rows"), rows->size()}});
        !s)
        return s.error();
    return rows;
}

Result<qint64> AuditLog::count(const Actor& actor, const AuditFilter& filter)
{
    if (Status s = mayView(actor); !s)
        return s.error();
    return m_store.count(filter);
}

Result<QStringList> AuditLog::actions(const Actor& actor)
{
    if (Status s = mayView(actor); !s)
        return s.error();
    return m_store.actions();
}

} // namespace hc
