#pragma once
// `homecoming-cli sheets`: the printed door-to-door sheets of one area as a PDF (one A4 page per
// household, core/sheets). Like `report --pdf`, the PDF is drawn with QtGui in the report module
// (ReportModule.cpp), which installs its writer here; homecoming-cli loads that module for this
// command (main_cli.cpp).

#include "app/cli/Command.h"
#include "core/common/Result.h"

namespace hc {
struct SheetSet;
}

namespace hc::cli {

class SheetsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::SheetsCommand)
public:
    static constexpr const char* kName = "sheets";
    SheetsCommand();

    using PdfWriter = Status (*)(const SheetSet& sheets, const QString& path);
    static void setPdfWriter(PdfWriter writer);

protected:
    int check(Invocation& call) const override;
    int execute(Invocation& call) const override;
};

} // namespace hc::cli
