#include "core/search/SearchService.h"

#include "core/search/SearchStore.h"
#include "core/storage/Database.h"

namespace hc {

SearchService::SearchService(Database& db) : m_db(db) {}

Result<QList<SearchHit>> SearchService::search(const QString& query, int limit) const
{
    // Full-width digits/letters typed on a Chinese keyboard match their ASCII forms.
    const QString q = query.normalized(QString::NormalizationForm_KC).simplified();
    if (q.size() < 2)
        return invalid(QStringLiteral("query"), tr("Type at least 2 characters to search."));
    // Two characters: a full name or a name prefix (trigram cannot answer those).
    const SearchStore store(m_db.sql());
    return q.size() < 3 ? store.byNamePrefix(q, limit) : store.byTrigram(q, limit);
}

} // namespace hc
