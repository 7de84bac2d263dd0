#pragma once
// Imports the household registry (户籍) CSV: stations, areas and households are created as met;
// persons are matched by ID number and households by household number, so a re-import updates
// rather than doubles.

#include "core/auth/Actor.h"
#include "core/imports/ImportTypes.h"

namespace hc {

class Database;

class RegistryImporter
{
    Q_DECLARE_TR_FUNCTIONS(hc::RegistryImporter)
public:
    RegistryImporter(Database& db, Actor actor);
    ImportReport run(const QString& path, const ImportOptions& options = {});
    static const QList<ColumnSpec>& columns();

private:
    Database& m_db;
    Actor m_actor;
};

} // namespace hc
