#include "app/cli/PasswordPrompt.h"

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace hc::cli {

namespace {
// Echo off for the scope; restored even when reading fails.
class NoEcho
{
public:
    NoEcho()
    {
        m_ok = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_ok) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= ECHONL;
            m_ok = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~NoEcho()
    {
        if (m_ok)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    NoEcho(const NoEcho&) = delete;
    NoEcho& operator=(const NoEcho&) = delete;
    bool ok() const { return m_ok; }

private:
    termios m_saved{};
    bool m_ok = false;
};

QString noTerminal(const char* variable)
{
    return PasswordPrompt::tr("No password: set %1 or run the command on a terminal, which asks for it.")
        .arg(QLatin1String(variable));
}
} // namespace

std::optional<QString> PasswordPrompt::ask(const QString& prompt, QTextStream& err)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    NoEcho quiet;
    if (!quiet.ok())
        return std::nullopt;
    err << prompt;
    err.flush();
    std::string line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line.push_back(char(c));
    return QString::fromStdString(line);
}

std::optional<QString> PasswordPrompt::password(const QString& badge, QTextStream& err, QString& why)
{
    if (qEnvironmentVariableIsSet(kPasswordVariable))
        return qEnvironmentVariable(kPasswordVariable);
    auto typed = ask(tr("Password for %1: ").arg(badge), err);
    if (!typed)
        why = noTerminal(kPasswordVariable);
    return typed;
}

std::optional<QString> PasswordPrompt::newPassword(const char* variable, const QString& badge,
                                                   QTextStream& err, QString& why)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    const auto first = ask(tr("New password for %1: ").arg(badge), err);
    if (!first) {
        why = noTerminal(variable);
        return std::nullopt;
    }
    const auto again = ask(tr("The same password again: "), err);
    if (!again || *again != *first) {
        why = tr("The two passwords differ; nothing was changed.");
        return std::nullopt;
    }
    return first;
}

} // namespace hc::cli
