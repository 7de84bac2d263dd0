#pragma once
// `homecoming-cli report`: builds the operation report and writes it as PDF and/or CSV files.
// The PDF is rendered with ui/ (QtCharts, QTextDocument), so this command is its own small
// target linking homecoming_ui, and homecoming-cli runs it under a QApplication on the
// offscreen platform (main_cli.cpp); the rest of homecoming_cli needs no widgets.

#include "app/cli/Command.h"

namespace hc::cli {

class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::ReportCommand)
public:
    static constexpr const char* kName = "report";
    ReportCommand();

protected:
    int check(Invocation& call) const override;
    int execute(Invocation& call) const override;
};

} // namespace hc::cli
