#pragma once
// homecoming-cli's entry: every command by its first word, the list of them (--help, help),
// the version (--version), and an unknown command refused.

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <vector>

namespace hc::cli {

class Command;
class CommandGroup;

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::CommandLine)
public:
    // With every built-in command (Commands.h).
    CommandLine(QTextStream& out, QTextStream& err);
    ~CommandLine();

    // A command from outside the library (`report`, which renders with ui/).
    void add(std::unique_ptr<Command> command);
    QString help() const;

    // args[0] is the program. Returns the exit status.
    int run(const QStringList& args);

private:
    CommandGroup* group(const QString& word) const;

    std::vector<std::unique_ptr<CommandGroup>> m_groups; // in the order --help lists them
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace hc::cli
