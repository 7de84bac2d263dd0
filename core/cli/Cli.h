#pragma once
// homecoming-cli: every supervisor-level capability without a window. Each sub-command parses
// its own options and calls the same core services the GUI calls.

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <functional>

namespace hc {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(hc::Cli)
public:
    Cli(QTextStream& out, QTextStream& err);
    // args[0] is the program name. Returns the process exit status.
    int run(const QStringList& args);

    // A sub-command that lives outside core (e.g. `report`, which renders with ui/): the
    // executable registers it. `args[0]` is "program name"; `usage` is one translated line.
    using Command = std::function<int(const QStringList& args, QTextStream& out, QTextStream& err)>;
    void addCommand(const QString& name, const QString& usage, Command handler);

private:
    int importRegistry(const QStringList& args);
    int importOfficers(const QStringList& args);
    int importVisits(const QStringList& args);
    int operation(const QStringList& args);
    int stats(const QStringList& args);
    int search(const QStringList& args);
    int demo(const QStringList& args);
    int exportRegistry(const QStringList& args);
    int exportVisits(const QStringList& args);
    int bench(const QStringList& args);
    int usage(int status);

    struct Extra
    {
        QString name;
        QString usage;
        Command handler;
    };
    QList<Extra> m_extra;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace hc
