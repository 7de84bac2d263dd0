#pragma once
// `homecoming-cli report`: builds the operation report and writes it as PDF, CSV files and/or an
// Excel workbook. The CSV files and the workbook are core's; the PDF is rendered with ui/ (QtCharts,
// QTextDocument) under a QApplication, which lives in the report module (ReportModule.cpp,
// homecoming-cli-report.so): homecoming-cli loads it only for a report with --pdf (main_cli.cpp), so every
// other command starts without the widget libraries. The module installs its renderer here.

#include "app/cli/Command.h"
#include "core/common/Result.h"

namespace hc {
struct OperationReport;
}

namespace hc::cli {

class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::ReportCommand)
public:
    static constexpr const char* kName = "report";
    ReportCommand();

    // Writes the report as PDF to a file; set by the report module.
    using PdfWriter = Status (*)(const OperationReport& report, const QString& path);
    static void setPdfWriter(PdfWriter writer);

protected:
    int check(Invocation& call) const override;
    int execute(Invocation& call) const override;
};

} // namespace hc::cli
