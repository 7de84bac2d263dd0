#pragma once
// The search queries: a name range for one- or two-character queries, the FTS5 trigram
// index (persons at even rowids, households at odd ones, see schema-1.sql) for longer ones;
// on PostgreSQL the pg_trgm indexes of the searched columns (resources/sql/pg/schema-1.sql).

#include "core/common/Result.h"
#include "core/search/SearchHit.h"

#include <QList>
#include <QSqlDatabase>

namespace hc {

class SearchStore
{
public:
    explicit SearchStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // People whose name is `prefix` or starts with it, the exact name first. stationId: 0 for
    // every station, else the households of that station (Scope::stations).
    Result<QList<SearchHit>> byNamePrefix(const QString& prefix, int limit, qint64 stationId) const;
    // People and households whose indexed text contains `text` (3+ characters).
    Result<QList<SearchHit>> byTrigram(const QString& text, int limit, qint64 stationId) const;

private:
    Result<QList<SearchHit>> byTrigramPostgres(const QString& text, int limit, qint64 stationId) const;

    QSqlDatabase m_db;
};

} // namespace hc
