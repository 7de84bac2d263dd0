#pragma once
// Finds households and people by name, ID number, phone, household number or address:
// the FTS5 trigram index for 3+ characters, the name index for 1-2 character queries
// (trigram cannot answer those, see TOOLCHAIN.md). An officer finds their own station's people
// and households only (Scope); every search is audited with its text. The queries are
// SearchStore's.

#include "core/auth/Actor.h"
#include "core/common/Result.h"
#include "core/search/SearchHit.h"

#include <QCoreApplication>
#include <QList>

namespace hc {

class Database;

class SearchService
{
    Q_DECLARE_TR_FUNCTIONS(hc::SearchService)
public:
    SearchService(Database& db, Actor actor);
    // Needs 2+ characters (1 for a surname is too broad to be useful at 2,000,000 people).
    Result<QList<SearchHit>> search(const QString& query, int limit = 50) const;

private:
    Database& m_db;
    Actor m_actor;
};

} // namespace hc
