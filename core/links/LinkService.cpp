#include "core/links/LinkService.h"

#include "core/audit/AuditLog.h"
#include "core/auth/Scope.h"
#include "core/common/Clock.h"
#include "core/links/EntityDirectory.h"
#include "core/links/LinkStore.h"
#include "core/links/LinkVocabulary.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QJsonObject>
#include <cmath>

namespace hc {

namespace {
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
        return refused(m_db.sql(), m_actor, QStringLiteral("link"), {},
                       denied(Roles::deniedMessage(m_actor, tr("link entities"))));
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

    const LinkStore links(m_db.sql());
    const auto same = links.sameLink(*a, *b, input.kind);
    if (!same)
        return same.error();
    if (*same)
        return Error{QStringLiteral("kind"),
                     tr("These two are already linked as \"%1\" (link %2).")
                         .arg(LinkVocabulary::linkLabel(input.kind), QString::number(*same)),
                     Error::Kind::Conflict};

    Transaction tx(m_db.sql());
    LinkRow row{0, *a, *b, input.kind, input.confidence, note, {}, {}};
    const auto id = links.insert(row, m_actor.userId, Clock::instance().now().toString(Qt::ISODate));
    if (!id)
        return id.error();
    row.id = *id;
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("add"), QStringLiteral("link"), QString::number(*id),
                               {}, json(row));
        !s)
        return s.error();
    if (!tx.commit())
        return tx.error();
    return *id;
}

Result<LinkRow> LinkService::find(qint64 linkId) const
{
    if (!m_actor.can(Right::EditCases))
        return refused(m_db.sql(), m_actor, QStringLiteral("link"), QString::number(linkId),
                       denied(Roles::deniedMessage(m_actor, tr("see links"))));
    const auto row = LinkStore(m_db.sql()).find(linkId);
    if (!row)
        return row.error();
    if (!*row)
        return notFound(QStringLiteral("link"), tr("There is no link number %1.").arg(linkId));
    return **row;
}

Status LinkService::remove(qint64 linkId)
{
    if (!m_actor.can(Right::EditCases))
        return refused(m_db.sql(), m_actor, QStringLiteral("link"), {},
                       denied(Roles::deniedMessage(m_actor, tr("remove links"))));
    const auto before = find(linkId);
    if (!before)
        return before.error();
    Transaction tx(m_db.sql());
    if (Status s = LinkStore(m_db.sql()).remove(linkId); !s)
        return s;
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("remove"), QStringLiteral("link"),
                               QString::number(linkId), json(*before));
        !s)
        return s;
    return tx.commitOrError();
}

Result<QList<LinkRow>> LinkService::linksOf(const EntityRef& entity) const
{
    if (!m_actor.can(Right::EditCases))
        return refused(m_db.sql(), m_actor, QStringLiteral("link"), {},
                       denied(Roles::deniedMessage(m_actor, tr("see links"))));
    const auto e = EntityDirectory(m_db).resolve(entity, QStringLiteral("entity"));
    if (!e)
        return e.error();
    return LinkStore(m_db.sql()).linksOf(*e);
}

} // namespace hc
