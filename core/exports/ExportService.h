#pragma once
// CSV exports, for both front ends: the registry and an operation's field sheets in the import
// formats (English headers, no BOM), so they move between databases and feed the import
// benchmarks; and any list shown on screen (headers and rows, with a BOM for spreadsheets).
// Owns the rights and the file handling; every export is audited (what, the file, how many
// rows), and so is a refusal. The SQL is in ExportStore.

#include "core/auth/Actor.h"
#include "core/common/Result.h"
#include "core/exports/XlsxWriter.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

namespace hc {

class Database;

class ExportService
{
    Q_DECLARE_TR_FUNCTIONS(hc::ExportService)
public:
    ExportService(Database& db, Actor actor);

    // Whoever may import the registry (or field sheets) may export it. Return the rows written.
    // The registry and an operation's visits in the import formats: CSV, or a workbook when the
    // path ends in .xlsx (the imports read both).
    Result<qint64> exportRegistry(const QString& path);
    Result<qint64> exportVisits(const QString& operationName, const QString& path);

    // A table or list as the user sees it; written whole or not at all. A path ending in .xlsx
    // is written as an Excel workbook (XlsxWriter), any other as CSV with a BOM. `what` names it
    // in the audit log (e.g. "dashboard_drill", "audit_log"). `filters` describes what the list
    // was narrowed to ("Station: 东岗派出所; Status: Covered"); when given, the file's first line
    // (CSV) or row (workbook), above the header, reads "Filters: …", so the file says what it
    // holds wherever it goes.
    Result<qint64> exportList(const QString& what, const QString& path, const QStringList& headers,
                              const QList<QStringList>& rows, const QString& filters = {});
    static QString filterLine(const QString& filters);

private:
    using Rows = XlsxWriter::RowSource;
    Result<qint64> audited(const QString& what, const QString& path, Result<qint64> written);
    // CSV, or a workbook (streamed, with the columns' `kinds`) when the path ends in .xlsx.
    static Result<qint64> write(const QString& path, const QStringList& headers,
                                const QList<XlsxWriter::Kind>& kinds, bool bom, const Rows& rows,
                                const QString& note = {});

    Database& m_db;
    Actor m_actor;
};

} // namespace hc
