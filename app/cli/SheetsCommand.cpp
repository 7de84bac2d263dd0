#include "app/cli/SheetsCommand.h"

#include "core/operations/OperationService.h"
#include "core/sheets/SheetService.h"

#include <QJsonObject>

namespace hc::cli {

namespace {
SheetsCommand::PdfWriter s_pdfWriter = nullptr;
} // namespace

void SheetsCommand::setPdfWriter(PdfWriter writer)
{
    s_pdfWriter = writer;
}

SheetsCommand::SheetsCommand()
    : Command({QLatin1String(kName),
               QStringLiteral("--db F --operation N --area AREA --pdf FILE [--pending] [--json]"),
               tr("printed door-to-door sheets of an area (PDF, one page per household)"),
               {operationOption(),
                {QStringLiteral("area"), tr("The area: its number, or its name when one station has it."),
                 tr("area")},
                {QStringLiteral("pdf"), tr("Write the sheets as PDF (A4) to this file."), tr("file")},
                {QStringLiteral("pending"), tr("Only the households the operation has not covered yet.")}},
               DatabaseUse::OpenExisting,
               true})
{
}

int SheetsCommand::check(Invocation& call) const
{
    if (call.value("operation").isEmpty() || call.value("area").isEmpty() || call.value("pdf").isEmpty())
        return call.refuse(tr("Give --operation, --area and --pdf."));
    return kDone;
}

int SheetsCommand::execute(Invocation& call) const
{
    const auto op = OperationService(call.db(), call.actor()).find(call.value("operation"));
    if (!op)
        return call.fail(op.error());
    const SheetService service(call.db(), call.actor());
    const auto area = service.findArea(call.value("area"));
    if (!area)
        return call.fail(area.error());
    const auto sheets = service.sheets({op->id, *area, call.isSet("pending")});
    if (!sheets)
        return call.fail(sheets.error());
    if (!s_pdfWriter)
        return call.fail(storageError(tr("The sheets need the report module (homecoming-cli-report.so), "
                                         "which could not be loaded.")));
    const QString pdf = call.value("pdf");
    if (Status s = s_pdfWriter(*sheets, pdf); !s)
        return call.fail(s.error());
    if (call.json())
        return call.printJson({{QStringLiteral("pdf"), pdf},
                               {QStringLiteral("area"), sheets->area},
                               {QStringLiteral("station"), sheets->station},
                               {QStringLiteral("households"), sheets->sheets.size()}});
    call.out() << tr("%n household sheet(s) of %1 written to %2.", nullptr, int(sheets->sheets.size()))
                      .arg(sheets->area, pdf)
               << '\n';
    return kDone;
}

} // namespace hc::cli
