#include "core/links/LinkStore.h"

#include "core/storage/Sql.h"

#include <QUuid>

namespace hc {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT l.id, l.a_kind, l.a_key, l.b_kind, l.b_key, l.kind, l.confidence, coalesce(l.note, ''), "
    "coalesce(u.name || ' (' || u.badge || ')', ''), l.created_at FROM links l "
    "LEFT JOIN users u ON u.id = l.created_by ");

LinkRow rowOf(const QSqlQuery& q)
{
    return LinkRow{q.value(0).toLongLong(),
                   EntityRef{q.value(1).toString(), q.value(2).toString()},
                   EntityRef{q.value(3).toString(), q.value(4).toString()},
                   q.value(5).toString(),
                   q.value(6).toDouble(),
                   q.value(7).toString(),
                   q.value(8).toString(),
                   q.value(9).toString()};
}
} // namespace

Result<qint64> LinkStore::sameLink(const EntityRef& a, const EntityRef& b, const QString& kind) const
{
    const auto id = sql::scalar(
        m_db,
        QStringLiteral("SELECT id FROM links WHERE kind = :kind AND ((a_kind = :ak AND a_key = :akey AND "
                       "b_kind = :bk AND b_key = :bkey) OR (a_kind = :bk AND a_key = :bkey AND "
                       "b_kind = :ak AND b_key = :akey))"),
        {sql::bind(":kind", kind), sql::bind(":ak", a.kind), sql::bind(":akey", a.key),
         sql::bind(":bk", b.kind), sql::bind(":bkey", b.key)});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<qint64> LinkStore::insert(const LinkRow& l, qint64 createdBy, const QString& createdAt) const
{
    return sql::insert(
        m_db,
        QStringLiteral("INSERT INTO links(uuid, a_kind, a_key, b_kind, b_key, kind, confidence, "
                       "note, created_by, created_at) VALUES (:uuid, :ak, :akey, :bk, :bkey, "
                       ":kind, :confidence, :note, :by, :at)"),
        {sql::bind(":uuid", QUuid::createUuid().toString(QUuid::WithoutBraces)), sql::bind(":ak", l.a.kind),
         sql::bind(":akey", l.a.key), sql::bind(":bk", l.b.kind), sql::bind(":bkey", l.b.key),
         sql::bind(":kind", l.kind), sql::bind(":confidence", l.confidence),
         sql::bind(":note", sql::orNull(l.note)),
         sql::bind(":by", createdBy > 0 ? QVariant(createdBy) : QVariant()), sql::bind(":at", createdAt)});
}

Status LinkStore::remove(qint64 linkId) const
{
    const auto removed =
        sql::execute(m_db, QStringLiteral("DELETE FROM links WHERE id = :id"), {sql::bind(":id", linkId)});
    if (!removed)
        return removed.error();
    return {};
}

Result<std::optional<LinkRow>> LinkStore::find(qint64 linkId) const
{
    auto q = sql::query(m_db, kSelect + QStringLiteral("WHERE l.id = :id"), {sql::bind(":id", linkId)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<LinkRow>();
    return std::optional<LinkRow>(rowOf(*q));
}

Result<QList<LinkRow>> LinkStore::linksOf(const EntityRef& e) const
{
    auto q =
        sql::query(m_db,
                   kSelect + QStringLiteral("WHERE (l.a_kind = :k AND l.a_key = :key) OR (l.b_kind = :k AND "
                                            "l.b_key = :key) ORDER BY l.created_at DESC, l.id DESC"),
                   {sql::bind(":k", e.kind), sql::bind(":key", e.key)});
    if (!q)
        return q.error();
    QList<LinkRow> rows;
    while (q.value().next())
        rows << rowOf(*q);
    return rows;
}

} // namespace hc
