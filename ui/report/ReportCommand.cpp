#include "ui/report/ReportCommand.h"

#include "core/auth/Actor.h"
#include "core/cli/Cli.h"
#include "core/common/Translations.h"
#include "core/report/ReportCsv.h"
#include "core/report/ReportService.h"
#include "core/storage/Database.h"
#include "ui/report/ReportDocument.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextDocument>

namespace hc {

namespace {
Q_LOGGING_CATEGORY(lcReportCli, "homecoming.ui.report")
} // namespace

void ReportCommand::registerInto(Cli& cli)
{
    cli.addCommand(QLatin1String(kName),
                   tr("report --db F --operation N --pdf FILE [--csv DIR] [--lang en|zh_CN]\n"
                      "                                           the operation report as PDF and CSV"),
                   &ReportCommand::run);
}

int ReportCommand::run(const QStringList& args, QTextStream& out, QTextStream& err)
{
    constexpr int kFailed = 1;
    constexpr int kBadArgs = 2;
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("db"), tr("The Homecoming database file."), tr("file")},
                  {QStringLiteral("operation"), tr("The operation's name."), tr("name")},
                  {QStringLiteral("pdf"), tr("Write the report as PDF (A4) to this file."), tr("file")},
                  {QStringLiteral("csv"), tr("Write one CSV file per table into this folder."), tr("folder")},
                  {QStringLiteral("lang"), tr("Language of the report: en or zh_CN (default: the system's)."),
                   tr("language")}});
    if (!p.parse(args)) {
        err << p.errorText() << '\n';
        return kBadArgs;
    }
    const QString db = p.value(QStringLiteral("db"));
    const QString operation = p.value(QStringLiteral("operation"));
    const QString pdf = p.value(QStringLiteral("pdf"));
    const QString csv = p.value(QStringLiteral("csv"));
    if (db.isEmpty() || operation.isEmpty() || (pdf.isEmpty() && csv.isEmpty()) ||
        !p.positionalArguments().isEmpty()) {
        err << tr("Use: report --db F --operation N --pdf FILE [--csv DIR] [--lang en|zh_CN]") << '\n';
        return kBadArgs;
    }
    if (p.isSet(QStringLiteral("lang"))) {
        const QString lang = p.value(QStringLiteral("lang"));
        if (lang != u"en" && lang != u"zh_CN") {
            err << tr("--lang: \"%1\" is not a language of Homecoming (en, zh_CN).").arg(lang) << '\n';
            return kBadArgs;
        }
        installTranslation(QLocale(lang));
        QLocale::setDefault(QLocale(lang));
    }
    auto opened = Database::open(db, Database::Mode::OpenExisting);
    if (!opened) {
        err << opened.error().text() << '\n';
        return kBadArgs;
    }
    QElapsedTimer timer;
    timer.start();
    const auto report = ReportService(*opened.value(), Actor::cli()).build(operation);
    qCInfo(lcReportCli) << "report assembled in" << timer.restart() << "ms";
    if (!report) {
        err << report.error().text() << '\n';
        return kFailed;
    }
    if (!pdf.isEmpty()) {
        const ReportDocument document(*report);
        qCInfo(lcReportCli) << "document and charts in" << timer.restart() << "ms";
        if (Status s = document.writePdf(pdf); !s) {
            err << s.error().text() << '\n';
            return kFailed;
        }
        qCInfo(lcReportCli) << "PDF written in" << timer.restart() << "ms";
        out << tr("Report written to %1.").arg(pdf) << '\n';
    }
    if (!csv.isEmpty()) {
        const auto files = ReportCsv::write(*report, csv);
        if (!files) {
            err << files.error().text() << '\n';
            return kFailed;
        }
        out << tr("%n CSV file(s) written to %1.", nullptr, int(files->size())).arg(csv) << '\n';
    }
    return 0;
}

} // namespace hc
