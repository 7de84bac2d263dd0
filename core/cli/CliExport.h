#pragma once
// CSV exports in the import formats (English headers), so a registry or a set of field
// sheets can move between databases and feed the import benchmarks.

#include "core/common/Result.h"

namespace hc {

class Database;

Result<qint64> exportRegistryCsv(Database& db, const QString& path);
Result<qint64> exportVisitsCsv(Database& db, const QString& operationName, const QString& path);

} // namespace hc
