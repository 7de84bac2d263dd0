#include "core/links/LinkService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/links/EntityDirectory.h"
#include "core/links/LinkVocabulary.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <cmath>

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

QJsonObject json(const LinkRow& r)
{
    return {{QStringLiteral("a"), r.a.text()},
            {QStringLiteral("b"), r.b.text()},
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("confidence"), r.confidence},
            {QStringLiteral("note"), r.note}};
}
} // namespace

LinkService::LinkService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

Result<qint64> LinkService::add(const LinkInput& input)
{
    if (!m_actor.can(Right::EditCases))
        return denied(Roles::deniedMessage(m_actor, tr("link entities")));
    const EntityDirectory directory(m_db);
    const auto a = directory.resolve(input.a, QStringLiteral("a"));
    if (!a)
        return a.error();
    const auto b = directory.resolve(input.b, QStringLiteral("b"));
    if (!b)
        return b.error();
    if (*a == *b)
        return invalid(QStringLiteral("b"), tr("An entity cannot be linked to itself."));
    if (!LinkVocabulary::linkKinds().contains(input.kind))
        return invalid(QStringLiteral("kind"), tr("Choose the kind of link."));
    if (!std::isfinite(input.confidence) || input.confidence < 0 || input.confidence > 1)
        return invalid(QStringLiteral("confidence"), tr("The confidence is between 0 and 1."));
    const QString note = input.note.trimmed();
    if (note.size() > 1000)
        return invalid(QStringLiteral("note"), tr("A note has at most 1000 characters."));

    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT id FROM links WHERE kind = :kind AND ((a_kind = :ak AND a_key = :akey AND "
                       "b_kind = :bk AND b_key = :bkey) OR (a_kind = :bk AND a_key = :bkey AND "
                       "b_kind = :ak AND b_key = :akey))"));
    q.bindValue(QStringLiteral(":kind"), input.kind);
    q.bindValue(QStringLiteral(":ak"), a->kind);
    q.bindValue(QStringLiteral(":akey"), a->key);
    q.bindValue(QStringLiteral(":bk"), b->kind);
    q.bindValue(QStringLiteral(":bkey"), b->key);
    if (!q.exec())
        return storageError(q.lastError().text());
    if (q.next())
        return Error{QStringLiteral("kind"),
                     tr("These two are already linked as \"%1\" (link %2).")
                         .arg(LinkVocabulary::linkLabel(input.kind), q.value(0).toString()),
                     Error::Kind::Conflict};
    q.finish();

    Transaction tx(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO links(uuid, a_kind, a_key, b_kind, b_key, kind, confidence, note, "
                             "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(a->kind);
    q.addBindValue(a->key);
    q.addBindValue(b->kind);
    q.addBindValue(b->key);
    q.addBindValue(input.kind);
    q.addBindValue(input.confidence);
    q.addBindValue(note.isEmpty() ? QVariant() : QVariant(note));
    q.addBindValue(m_actor.userId > 0 ? QVariant(m_actor.userId) : QVariant());
    q.addBindValue(Clock::instance().now().toString(Qt::ISODate));
    if (!q.exec())
        return storageError(q.lastError().text());
    const qint64 id = q.lastInsertId().toLongLong();
    const LinkRow row{id, *a, *b, input.kind, input.confidence, note, {}, {}};
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("add"), QStringLiteral("link"), QString::number(id),
                               {}, json(row));
        !s)
        return s.error();
    if (!tx.commit())
        return storageError(m_db.sql().lastError().text());
    return id;
}

Result<LinkRow> LinkService::find(qint64 linkId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(kSelect + QStringLiteral("WHERE l.id = ?"));
    q.addBindValue(linkId);
    if (!q.exec())
        return storageError(q.lastError().text());
    if (!q.next())
        return notFound(QStringLiteral("link"), tr("There is no link number %1.").arg(linkId));
    return rowOf(q);
}

Status LinkService::remove(qint64 linkId)
{
    if (!m_actor.can(Right::EditCases))
        return denied(Roles::deniedMessage(m_actor, tr("remove links")));
    const auto before = find(linkId);
    if (!before)
        return before.error();
    Transaction tx(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM links WHERE id = ?"));
    q.addBindValue(linkId);
    if (!q.exec())
        return storageError(q.lastError().text());
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("remove"), QStringLiteral("link"),
                               QString::number(linkId), json(*before));
        !s)
        return s;
    if (!tx.commit())
        return storageError(m_db.sql().lastError().text());
    return {};
}

Result<QList<LinkRow>> LinkService::linksOf(const EntityRef& entity) const
{
    const auto e = EntityDirectory(m_db).resolve(entity, QStringLiteral("entity"));
    if (!e)
        return e.error();
    QSqlQuery q(m_db.sql());
    q.prepare(kSelect + QStringLiteral("WHERE (l.a_kind = :k AND l.a_key = :key) OR (l.b_kind = :k AND "
                                       "l.b_key = :key) ORDER BY l.created_at DESC, l.id DESC"));
    q.bindValue(QStringLiteral(":k"), e->kind);
    q.bindValue(QStringLiteral(":key"), e->key);
    if (!q.exec())
        return storageError(q.lastError().text());
    QList<LinkRow> rows;
    while (q.next())
        rows << rowOf(q);
    return rows;
}

} // namespace hc
