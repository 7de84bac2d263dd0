#pragma once
// Defers the search index of people and households created by a bulk write to one
// INSERT ... SELECT at its end (see fts_deferral in schema-1.sql). Use inside the bulk
// write's transaction: begin() after the transaction starts, finish() before it commits.
// Rows changed or deleted meanwhile are handled by the triggers as usual.

#include "core/common/Result.h"

#include <QSqlDatabase>

namespace hc {

class SearchIndexDeferral
{
public:
    explicit SearchIndexDeferral(QSqlDatabase db) : m_db(std::move(db)) {}
    Status begin();
    Status finish();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace hc
