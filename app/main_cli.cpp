// homecoming-cli: headless entry point; all logic lives in core (hc::Cli).
#include "cli/Cli.h"
#include "common/Translations.h"
#include "common/Version.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("homecoming-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Homecoming"));
    QCoreApplication::setApplicationVersion(hc::applicationVersion());
    hc::installTranslation(QLocale::system());
    // Progress and results go to the terminal; the modules' info logs only when asked
    // (QT_LOGGING_RULES="homecoming.*.info=true").
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("homecoming.*.info=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    hc::Cli cli(out, err);
    const int status = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return status;
}
