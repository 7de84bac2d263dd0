#include "app/cli/CliApplication.h"

#include "app/cli/CommandLine.h"
#include "app/cli/ExitCode.h"
#include "app/cli/ReportCommand.h"
#include "app/cli/SheetsCommand.h"
#include "core/common/Translations.h"
#include "core/common/Version.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibrary>
#include <QLocale>
#include <QLoggingCategory>
#include <QStringList>
#include <QTextStream>
#include <cstdio>
#include <cstring>
#include <memory>

namespace hc::cli {

void prepareApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("homecoming-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Homecoming"));
    QCoreApplication::setApplicationVersion(applicationVersion());
    installTranslation(QLocale::system());
    // Progress and results go to the terminal; the modules' info logs only when asked
    // (QT_LOGGING_RULES="homecoming.*.info=true").
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("homecoming.*.info=false"));
}

int runCommandLine()
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine cli(out, err);
    cli.add(std::make_unique<ReportCommand>());
    cli.add(std::make_unique<SheetsCommand>());
    const int status = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return status;
}

bool needsReportModule(int argc, char* argv[])
{
    if (argc >= 2 && std::strcmp(argv[1], SheetsCommand::kName) == 0)
        return true;
    // attach checks pictures by decoding them, with QtGui's image readers (core/imaging).
    if (argc >= 2 && std::strcmp(argv[1], "attach") == 0)
        return true;
    if (argc < 2 || std::strcmp(argv[1], ReportCommand::kName) != 0)
        return false;
    for (int i = 2; i < argc; ++i)
        if (std::strncmp(argv[i], "--pdf", 5) == 0)
            return true;
    return false;
}

int runReportModule(int argc, char* argv[])
{
    // Beside the program in a build tree, in the package's library folder once installed.
    const QString here =
        QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath()).absolutePath();
    const QStringList candidates{
        here + QStringLiteral("/homecoming-cli-report.so"),
        here + QStringLiteral("/" HC_REPORT_MODULE_FROM_BIN "/homecoming-cli-report.so")};
    QStringList errors;
    for (const QString& path : candidates) {
        if (!QFileInfo::exists(path))
            continue;
        QLibrary module(path);
        using Main = int (*)(int, char**);
        if (auto run = reinterpret_cast<Main>(module.resolve("homecoming_report_main")))
            return run(argc, argv);
        errors << module.errorString();
    }
    QCoreApplication app(argc, argv); // for the message in the user's language
    prepareApplication();
    const QString why = errors.isEmpty()
                            ? QCoreApplication::translate("hc::cli::ReportCommand", "it is not installed")
                            : errors.join(QStringLiteral("; "));
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate(
                                "hc::cli::ReportCommand",
                                "homecoming-cli: the report module (homecoming-cli-report.so) could not be "
                                "loaded: %1")
                                .arg(why)));
    return kFailed;
}

} // namespace hc::cli
