#pragma once
// `homecoming-cli report`: builds the operation report and writes it as PDF and/or CSV files.
// Lives in ui/ because the PDF is rendered with QtCharts and QTextDocument; homecoming-cli
// registers it into hc::Cli and runs it under a QApplication on the offscreen platform.

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace hc {

class Cli;

class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(hc::ReportCommand)
public:
    static constexpr const char* kName = "report";
    static void registerInto(Cli& cli);
    // args[0] is "program report". Exit status: 0 written, 1 failed, 2 bad arguments.
    static int run(const QStringList& args, QTextStream& out, QTextStream& err);
};

} // namespace hc
