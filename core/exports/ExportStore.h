#pragma once
// The SQL of the CSV exports: reads the registry and an operation's field sheets in the
// column order of the import formats and hands them on row by row, so an export of 200,000
// people streams instead of filling memory.

#include "core/common/Result.h"

#include <QStringList>
#include <functional>

namespace hc {

class Database;

class ExportStore
{
public:
    using RowSink = std::function<void(const QStringList& row)>;

    explicit ExportStore(Database& db);

    // Registered people with an ID number, by household: station, area, household_no,
    // address, id_number, name, sex, birth_date, phone, relation. Returns the rows passed on.
    Result<qint64> registryRows(const RowSink& sink);
    // One row per screening of the operation's visits, plus one with blank person columns for
    // a visit with none: household_no, visited_at, badge, outcome, id_number, name, status,
    // whereabouts, verified_by, notes.
    Result<qint64> visitRows(qint64 operationId, const RowSink& sink);

private:
    Database& m_db;
};

} // namespace hc
