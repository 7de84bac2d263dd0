#include "core/search/SearchService.h"

#include "core/auth/Scope.h"
#include "core/search/SearchStore.h"
#include "core/storage/Database.h"

namespace hc {

SearchService::SearchService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

Result<QList<SearchHit>> SearchService::search(const QString& query, int limit) const
{
    // Full-width digits/letters typed on a Chinese keyboard match their ASCII forms.
    const QString q = query.normalized(QString::NormalizationForm_KC).simplified();
    if (q.size() < 2)
        return invalid(QStringLiteral("query"), tr("Type at least 2 characters to search."));
    // Two characters: a full name or a name prefix (trigram cannot answer those).
    const SearchStore store(m_db.sql());
    const qint64 station = Scope::stations(m_actor);
    auto hits = q.size() < 3 ? store.byNamePrefix(q, limit, station) : store.byTrigram(q, limit, station);
    if (!hits)
        return hits;
    if (Status s = auditRead(m_db.sql(), m_actor, QStringLiteral("search"), QStringLiteral("person"), {},
                             {{QStringLiteral("query"), q}, {QStringLiteral("hits"), hits->size()}});
        !s)
        return s.error();
    return hits;
}

} // namespace hc
