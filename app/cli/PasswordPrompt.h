#pragma once
// Where homecoming-cli gets a password: an environment variable (HOMECOMING_PASSWORD for the
// person signing in, HOMECOMING_NEW_PASSWORD for a password being set), else a prompt on the
// terminal with echo off. Without either (stdin is not a terminal and the variable is unset)
// there is no password: the command is refused, never left waiting.

#include <QCoreApplication>
#include <QString>
#include <QTextStream>
#include <optional>

namespace hc::cli {

class PasswordPrompt
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::PasswordPrompt)
public:
    static constexpr const char* kPasswordVariable = "HOMECOMING_PASSWORD";
    static constexpr const char* kNewPasswordVariable = "HOMECOMING_NEW_PASSWORD";

    // The signed-in person's password. On failure `why` says what to do.
    static std::optional<QString> password(const QString& badge, QTextStream& err, QString& why);
    // A password being set: from `variable`, else asked twice (both must match).
    static std::optional<QString> newPassword(const char* variable, const QString& badge, QTextStream& err,
                                              QString& why);

private:
    static std::optional<QString> ask(const QString& prompt, QTextStream& err);
};

} // namespace hc::cli
