#pragma once
// One homecoming-cli command ("stats", "cases list"). The base does what every command does
// alike: its options (the command's own plus --db, --user, --json and --help), parsing them, the
// command's --help, the count of unnamed arguments, opening the --db file (saying so on stderr
// while an older file is upgraded), signing the --user in (the password from
// HOMECOMING_PASSWORD or the terminal; core's UserService checks it as for the GUI), JSON output,
// and turning an error into the exit status (ExitCode.h). A command states its CommandSpec and
// writes execute(), calling core as call.actor(): the person signed in, with their rights.

#include "app/cli/ExitCode.h"
#include "core/auth/Actor.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QTextStream>
#include <memory>
#include <optional>

class QCommandLineParser;

namespace hc {
class Database;
}

namespace hc::cli {

enum class DatabaseUse
{
    None,
    OpenExisting,
    CreateIfMissing
};

inline constexpr int kAnyCount = -1; // CommandSpec::positional: not checked

struct CommandSpec
{
    QString name;                      // the words that call it: "stats", "cases list"
    QString arguments;                 // the rest of its usage line (syntax, not translated)
    QString summary;                   // one line, for homecoming-cli --help
    QList<QCommandLineOption> options; // besides --db, --json and --help
    DatabaseUse database = DatabaseUse::OpenExisting;
    bool json = false;  // takes --json
    int positional = 0; // how many unnamed arguments it takes, or kAnyCount
    // Acts as a person: takes --user BADGE and signs them in before execute(). Only init and demo
    // (a new file, nobody in it yet) run without.
    bool signIn = true;
    // A right the base checks after sign-in, for commands whose core call checks none (backup).
    std::optional<Right> needs = std::nullopt;
    // Runs for a user whose password is temporary (User::mustChangePassword): only passwd;
    // every other command acting as a person refuses them until they have set a new one.
    bool whilePasswordDue = false;
};

class Invocation;

class Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::Command)
public:
    explicit Command(CommandSpec spec);
    virtual ~Command();
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    const CommandSpec& spec() const { return m_spec; }
    QString synopsis() const; // "stats --db F --operation N [--recount] [--json]"
    QString usage() const;    // "Usage: homecoming-cli " and the synopsis
    QString help() const;     // usage, summary, options

    // `arguments`: what follows the command's words. Returns the exit status.
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) const;

    // Options several commands share.
    static QCommandLineOption operationOption();
    static QCommandLineOption userOption();

protected:
    // Checks the parsed arguments before the database is opened, so a refused call creates no
    // file; kDone to go on.
    virtual int check(Invocation& call) const;
    virtual int execute(Invocation& call) const = 0;

private:
    QList<QCommandLineOption> allOptions() const;
    int checkCommon(Invocation& call) const;

    CommandSpec m_spec;
};

// One run of a command: its parsed arguments, its database, its output, and the helpers that
// end it with an exit status.
class Invocation
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::Invocation)
public:
    Invocation(const Command& command, const QCommandLineParser& parser, QTextStream& out, QTextStream& err);
    ~Invocation();

    QTextStream& out() const { return m_out; }
    QTextStream& err() const { return m_err; }
    QString value(const char* option) const;
    QStringList values(const char* option) const; // every value of a repeatable option
    bool isSet(const char* option) const;
    QStringList positional() const;
    bool json() const; // --json was given
    Database& db() const;
    // The person --user signed in (only for a command with CommandSpec::signIn).
    const Actor& actor() const;
    // The password that signed them in (passwd asks it as the current one).
    const QString& signInPassword() const { return m_password; }

    // Prints the error; returns its exit status.
    int fail(const Error& error) const;
    // Bad arguments: prints why and the command's usage; returns kRefused.
    int refuse(const QString& why) const;
    // Print JSON; return kDone.
    int printJson(const QJsonObject& object,
                  QJsonDocument::JsonFormat format = QJsonDocument::Indented) const;
    int printJson(const QJsonArray& array) const;

private:
    friend class Command;
    int openDatabase(DatabaseUse use);
    // A server --db with --user: connected as the user's login role (password asked first).
    int openServerAsUser(int mode);
    int signIn();

    const Command& m_command;
    const QCommandLineParser& m_parser;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<Database> m_db;
    std::optional<Actor> m_actor;
    QString m_password;
};

} // namespace hc::cli
