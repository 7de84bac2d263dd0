#include "app/cli/ReportCommand.h"

#include "app/cli/FilterOptions.h"
#include "core/auth/Actor.h"
#include "core/common/Translations.h"
#include "core/operations/OperationService.h"
#include "core/report/ReportCsv.h"
#include "core/report/ReportService.h"
#include "core/report/ReportXlsx.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>

namespace hc::cli {

namespace {
Q_LOGGING_CATEGORY(lcReportCli, "homecoming.cli.report")
ReportCommand::PdfWriter s_pdfWriter = nullptr;
} // namespace

void ReportCommand::setPdfWriter(PdfWriter writer)
{
    s_pdfWriter = writer;
}

ReportCommand::ReportCommand()
    : Command(
          {QLatin1String(kName),
           QStringLiteral("--db F --operation N --pdf FILE [--csv DIR] [--xlsx FILE] [--lang en|zh_CN] %1")
               .arg(FilterOptions::synopsis()),
           tr("the operation report as PDF, CSV and Excel"),
           QList<QCommandLineOption>{
               operationOption(),
               {QStringLiteral("pdf"), tr("Write the report as PDF (A4) to this file."), tr("file")},
               {QStringLiteral("csv"), tr("Write one CSV file per table into this folder."), tr("folder")},
               {QStringLiteral("xlsx"), tr("Write the tables as one Excel workbook, a sheet per table."),
                tr("file")},
               {QStringLiteral("lang"), tr("Language of the report: en or zh_CN (default: the system's)."),
                tr("language")}} +
               FilterOptions::options(),
           DatabaseUse::OpenExisting, false})
{
}

int ReportCommand::check(Invocation& call) const
{
    if (call.value("operation").isEmpty() ||
        (call.value("pdf").isEmpty() && call.value("csv").isEmpty() && call.value("xlsx").isEmpty()))
        return call.refuse(tr("Give --operation and at least one of --pdf, --csv and --xlsx."));
    if (!call.isSet("lang"))
        return kDone;
    const QString lang = call.value("lang");
    if (lang != u"en" && lang != u"zh_CN")
        return call.refuse(tr("--lang: \"%1\" is not a language of Homecoming (en, zh_CN).").arg(lang));
    installTranslation(QLocale(lang));
    QLocale::setDefault(QLocale(lang));
    return kDone;
}

int ReportCommand::execute(Invocation& call) const
{
    QElapsedTimer timer;
    timer.start();
    const auto op = OperationService(call.db(), call.actor()).find(call.value("operation"));
    if (!op)
        return call.fail(op.error());
    int refused = kDone;
    const auto filter = FilterOptions::read(call, op->id, refused);
    if (!filter)
        return refused;
    const auto report = ReportService(call.db(), call.actor()).build(*filter);
    qCInfo(lcReportCli) << "report assembled in" << timer.restart() << "ms";
    if (!report)
        return call.fail(report.error());
    if (const QString pdf = call.value("pdf"); !pdf.isEmpty()) {
        if (!s_pdfWriter)
            return call.fail(storageError(tr("The PDF report needs the report module "
                                             "(homecoming-cli-report.so), which could not be loaded.")));
        if (Status s = s_pdfWriter(*report, pdf); !s)
            return call.fail(s.error());
        qCInfo(lcReportCli) << "PDF written in" << timer.restart() << "ms";
        call.out() << tr("Report written to %1.").arg(pdf) << '\n';
    }
    if (const QString csv = call.value("csv"); !csv.isEmpty()) {
        const auto files = ReportCsv::write(*report, csv);
        if (!files)
            return call.fail(files.error());
        call.out() << tr("%n CSV file(s) written to %1.", nullptr, int(files->size())).arg(csv) << '\n';
    }
    if (const QString xlsx = call.value("xlsx"); !xlsx.isEmpty()) {
        const auto sheets = ReportXlsx::write(*report, xlsx);
        if (!sheets)
            return call.fail(sheets.error());
        call.out() << tr("%n sheet(s) written to %1.", nullptr, *sheets).arg(xlsx) << '\n';
    }
    return kDone;
}

} // namespace hc::cli
