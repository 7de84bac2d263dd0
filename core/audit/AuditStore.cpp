#include "core/audit/AuditStore.h"

#include "core/storage/Sql.h"

namespace hc {

namespace {
const char* const kColumns = "id, at, actor, action, entity, coalesce(entity_id, ''), coalesce(before, ''), "
                             "coalesce(after, ''), coalesce(prev_hash, ''), coalesce(hash, '')";

AuditRecord readRecord(const QSqlQuery& q)
{
    AuditRecord r;
    r.id = q.value(0).toLongLong();
    r.at = q.value(1).toString();
    r.actor = q.value(2).toString();
    r.action = q.value(3).toString();
    r.entity = q.value(4).toString();
    r.entityId = q.value(5).toString();
    r.before = q.value(6).toString();
    r.after = q.value(7).toString();
    r.prevHash = q.value(8).toString();
    r.hash = q.value(9).toString();
    return r;
}
} // namespace

namespace {
// PostgreSQL: without its place (a negative id from audit_log_pending, no hashes); the server gives
// it both inside the COMMIT (pg/schema-21.sql). Run through the session's prepared statements.
const char* const kPendingInsert =
    "INSERT INTO audit_log(id, at, actor, action, entity, entity_id, before, after) "
    "VALUES (-nextval('audit_log_pending'), :at, :actor, :action, :entity, "
    ":entity_id, :before, :after)";
} // namespace

AuditStore::AuditStore(const QSqlDatabase& db)
    : m_db(db), m_insert(db), m_sealedByServer(db.driverName() == QLatin1String("QPSQL"))
{
    if (!m_sealedByServer) // SQLite: prepared once for the records of this AuditLog
        m_prepared = sql::prepare(
            m_insert,
            QStringLiteral("INSERT INTO audit_log(id, at, actor, action, entity, entity_id, before, "
                           "after, prev_hash, hash) VALUES (:id, :at, :actor, :action, :entity, "
                           ":entity_id, :before, :after, :prev_hash, :hash)"));
}

Status AuditStore::append(const AuditRecord& r)
{
    sql::Binds binds{{QStringLiteral(":at"), r.at},
                     {QStringLiteral(":actor"), r.actor},
                     {QStringLiteral(":action"), r.action},
                     {QStringLiteral(":entity"), r.entity},
                     {QStringLiteral(":entity_id"), r.entityId},
                     {QStringLiteral(":before"), sql::orNull(r.before)},
                     {QStringLiteral(":after"), sql::orNull(r.after)}};
    if (m_sealedByServer) {
        auto n = sql::execute(m_db, QLatin1String(kPendingInsert), binds);
        if (!n)
            return n.error();
        return {};
    }
    if (!m_prepared)
        return m_prepared;
    binds += {{QStringLiteral(":id"), r.id},
              {QStringLiteral(":prev_hash"), sql::orNull(r.prevHash)},
              {QStringLiteral(":hash"), sql::orNull(r.hash)}};
    return sql::exec(m_insert, binds);
}

Result<AuditRecord> AuditStore::last() const
{
    auto q = sql::query(
        m_db,
        QStringLiteral("SELECT %1 FROM audit_log ORDER BY id DESC LIMIT 1").arg(QLatin1String(kColumns)));
    if (!q)
        return q.error();
    return q.value().next() ? readRecord(q.value()) : AuditRecord{};
}

Status AuditStore::forEach(const std::function<bool(const AuditRecord&)>& visit) const
{
    auto q =
        sql::query(m_db, QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(QLatin1String(kColumns)));
    if (!q)
        return q.error();
    while (q.value().next())
        if (!visit(readRecord(q.value())))
            break;
    return {};
}

Result<QList<AuditRecord>> AuditStore::unsealed() const
{
    auto q = sql::query(
        m_db, QStringLiteral("SELECT %1 FROM audit_log WHERE id >= coalesce((SELECT max(id) FROM audit_log "
                             "WHERE hash IS NOT NULL), 0) ORDER BY id")
                  .arg(QLatin1String(kColumns)));
    return sql::rows(std::move(q), readRecord);
}

Status AuditStore::seal(qint64 id, const QString& prevHash, const QString& hash)
{
    auto n = sql::execute(
        m_db, QStringLiteral("UPDATE audit_log SET prev_hash = :prev, hash = :hash WHERE id = :id"),
        {{QStringLiteral(":prev"), sql::orNull(prevHash)},
         {QStringLiteral(":hash"), hash},
         {QStringLiteral(":id"), id}});
    if (!n)
        return n.error();
    return {};
}

namespace {
// The filter's condition (find() and count() share it) and its values. The date bounds compare
// the ISO text. An empty QString binds as NULL, hence the coalesce().
QString filterCondition(const QSqlDatabase& db)
{
    return QStringLiteral("(:before = 0 OR id < :before) AND (coalesce(:user, '') = '' OR %1) "
                          "AND (coalesce(:action, '') = '' OR action = :action) AND at >= :from AND at < :to")
        .arg(sql::containsText(db, QStringLiteral("actor"), QStringLiteral(":user")));
}

sql::Binds filterBinds(const AuditFilter& f)
{
    return {
        {QStringLiteral(":before"), f.beforeId},
        {QStringLiteral(":user"), f.user.trimmed()},
        {QStringLiteral(":action"), f.action},
        {QStringLiteral(":from"), f.from.isValid() ? f.from.toString(Qt::ISODate) : QStringLiteral("0000")},
        {QStringLiteral(":to"),
         f.to.isValid() ? f.to.addDays(1).toString(Qt::ISODate) : QStringLiteral("9999")}};
}
} // namespace

Result<QList<AuditRecord>> AuditStore::find(const AuditFilter& f) const
{
    // Newest first by id (ids grow with time).
    auto q = sql::query(m_db,
                        QStringLiteral("SELECT %1 FROM audit_log WHERE %2 ORDER BY id DESC LIMIT :limit")
                            .arg(QLatin1String(kColumns), filterCondition(m_db)),
                        filterBinds(f) + sql::Binds{{QStringLiteral(":limit"), f.limit}});
    return sql::rows(std::move(q), readRecord);
}

Result<qint64> AuditStore::count(const AuditFilter& f) const
{
    auto q =
        sql::query(m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE %1").arg(filterCondition(m_db)),
                   filterBinds(f));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : qint64(0);
}

Result<QStringList> AuditStore::actions() const
{
    auto q = sql::query(m_db, QStringLiteral("SELECT DISTINCT action FROM audit_log ORDER BY action"));
    if (!q)
        return q.error();
    QStringList actions;
    while (q.value().next())
        actions << q.value().value(0).toString();
    return actions;
}

} // namespace hc
