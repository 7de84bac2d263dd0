#pragma once
// Writes the report's tables as CSV, one file per table (ReportTables' key + ".csv"), each with
// a translated header row, UTF-8 with a BOM so that Excel reads Chinese text correctly.

#include "core/common/Result.h"
#include "core/report/OperationReport.h"

#include <QCoreApplication>
#include <QStringList>

namespace hc {

class ReportCsv
{
    Q_DECLARE_TR_FUNCTIONS(hc::ReportCsv)
public:
    // Creates `directory` when missing; returns the paths written. Existing files are replaced.
    static Result<QStringList> write(const OperationReport& report, const QString& directory);
};

} // namespace hc
