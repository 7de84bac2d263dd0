#pragma once
// Imports field sheets: screenings typed in from paper forms, one row per person checked (or
// a row with blank person columns for a knock with nobody checked). Rows with the same
// household, badge and time form one visit; re-importing a sheet adds nothing.

#include "core/auth/Actor.h"
#include "core/imports/ImportTypes.h"

namespace hc {

class Database;

class VisitImporter
{
    Q_DECLARE_TR_FUNCTIONS(hc::VisitImporter)
public:
    VisitImporter(Database& db, Actor actor);
    ImportReport run(const QString& operationName, const QString& path, const ImportOptions& options = {});
    static const QList<ColumnSpec>& columns();

private:
    Database& m_db;
    Actor m_actor;
};

} // namespace hc
