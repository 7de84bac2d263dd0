#pragma once
// The SQL of the typed links table: the same link already there, inserting and removing one,
// one link and an entity's links. LinkService keeps the rights, validation, audit and
// transactions.

#include "core/common/Result.h"
#include "core/links/LinkService.h"

#include <QSqlDatabase>
#include <optional>

namespace hc {

class LinkStore
{
public:
    explicit LinkStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // The id of a link of `kind` between a and b (either way round); 0 when there is none.
    Result<qint64> sameLink(const EntityRef& a, const EntityRef& b, const QString& kind) const;
    // The link as typed (ends normalised, note trimmed); returns its id.
    Result<qint64> insert(const LinkRow& link, qint64 createdBy, const QString& createdAt) const;
    Status remove(qint64 linkId) const;
    Result<std::optional<LinkRow>> find(qint64 linkId) const;
    // Newest first.
    Result<QList<LinkRow>> linksOf(const EntityRef& entity) const;

private:
    QSqlDatabase m_db;
};

} // namespace hc
