#pragma once
// Imports officer accounts (badge, name, station, role, optional password). Accounts are
// matched by badge; a missing password gets a random one, reported once to the caller.

#include "core/auth/Actor.h"
#include "core/imports/ImportTypes.h"

namespace hc {

class Database;

class OfficerImporter
{
    Q_DECLARE_TR_FUNCTIONS(hc::OfficerImporter)
public:
    OfficerImporter(Database& db, Actor actor);
    ImportReport run(const QString& path, const ImportOptions& options = {});
    static const QList<ColumnSpec>& columns();

private:
    Database& m_db;
    Actor m_actor;
};

} // namespace hc
