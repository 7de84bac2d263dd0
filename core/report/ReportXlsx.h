#pragma once
// Writes the report's tables as one Excel workbook (XlsxWriter), one sheet per table in
// ReportTables' order: a short translated sheet name, the table's full title in the first row,
// the translated header below it in bold and frozen, and the cells typed by the table's columns
// (counts as numbers, shares as percentages, dates as dates; text always as text, never a
// formula). The CSV export (ReportCsv) writes the same tables.

#include "core/common/Result.h"
#include "core/report/OperationReport.h"

#include <QCoreApplication>

namespace hc {

class ReportXlsx
{
    Q_DECLARE_TR_FUNCTIONS(hc::ReportXlsx)
public:
    // Creates the file's folder when missing and replaces an existing file; returns the number
    // of sheets written.
    static Result<int> write(const OperationReport& report, const QString& path);

    // The sheet's name for a table key ("stations" -> "Stations"), the key itself for another.
    static QString sheetName(const QString& key);
};

} // namespace hc
