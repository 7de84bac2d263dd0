#include "app/cli/Command.h"

#include "app/cli/PasswordPrompt.h"
#include "core/auth/UserService.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace hc::cli {

namespace {
QString optionNames(const QCommandLineOption& o)
{
    QStringList names;
    for (const QString& n : o.names())
        names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
    QString text = names.join(QStringLiteral(", "));
    if (!o.valueName().isEmpty())
        text += QStringLiteral(" <%1>").arg(o.valueName());
    return text;
}
} // namespace

Command::Command(CommandSpec spec) : m_spec(std::move(spec)) {}

Command::~Command() = default;

QCommandLineOption Command::operationOption()
{
    return QCommandLineOption(QStringLiteral("operation"), tr("The operation's name."), tr("name"));
}

QCommandLineOption Command::userOption()
{
    return QCommandLineOption(QStringLiteral("user"),
                              tr("Act as the account with this badge number (its password from "
                                 "HOMECOMING_PASSWORD, else asked on the terminal)."),
                              tr("badge"));
}

QString Command::synopsis() const
{
    QString arguments = m_spec.arguments;
    if (m_spec.signIn)
        arguments.replace(QStringLiteral("--db F"), QStringLiteral("--db F --user B"));
    return m_spec.name + QLatin1Char(' ') + arguments;
}

QString Command::usage() const
{
    return tr("Usage: homecoming-cli %1").arg(synopsis());
}

QList<QCommandLineOption> Command::allOptions() const
{
    QList<QCommandLineOption> options;
    if (m_spec.database != DatabaseUse::None)
        options << QCommandLineOption(QStringLiteral("db"), tr("The Homecoming database file."), tr("file"));
    if (m_spec.signIn)
        options << userOption();
    if (m_spec.json)
        options << QCommandLineOption(QStringLiteral("json"), tr("Print the result as JSON."));
    options << m_spec.options;
    options << QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    return options;
}

QString Command::help() const
{
    const QList<QCommandLineOption> options = allOptions();
    qsizetype width = 0;
    for (const QCommandLineOption& o : options)
        width = std::max(width, optionNames(o).size());
    QString text = usage() + QStringLiteral("\n\n") + m_spec.summary + QStringLiteral("\n\n") +
                   tr("Options:") + QLatin1Char('\n');
    for (const QCommandLineOption& o : options) {
        QString line = QStringLiteral("  ") + optionNames(o).leftJustified(width) + QStringLiteral("  ") +
                       o.description();
        if (!o.defaultValues().isEmpty())
            line += QLatin1Char(' ') + tr("(default: %1)").arg(o.defaultValues().join(QLatin1Char(',')));
        text += line + QLatin1Char('\n');
    }
    return text;
}

int Command::run(const QStringList& arguments, QTextStream& out, QTextStream& err) const
{
    QCommandLineParser parser;
    parser.addOptions(allOptions());
    Invocation call(*this, parser, out, err);
    int status = kDone;
    if (!parser.parse(QStringList{QStringLiteral("homecoming-cli")} + arguments)) {
        status = call.refuse(parser.errorText());
    } else if (parser.isSet(QStringLiteral("help"))) {
        out << help();
    } else {
        status = checkCommon(call);
        if (status == kDone)
            status = check(call);
        // Signing in needs the file (and a command acting as someone never creates one).
        if (status == kDone && (m_spec.database != DatabaseUse::None || m_spec.signIn))
            status = call.openDatabase(m_spec.signIn ? DatabaseUse::OpenExisting : m_spec.database);
        if (status == kDone && m_spec.signIn)
            status = call.signIn();
        // backup and restore work on the file itself, not through this connection.
        if (m_spec.database == DatabaseUse::None)
            call.m_db.reset();
        if (status == kDone)
            status = execute(call);
    }
    out.flush();
    err.flush();
    return status;
}

int Command::check(Invocation&) const
{
    return kDone;
}

int Command::checkCommon(Invocation& call) const
{
    if (m_spec.positional != kAnyCount && call.positional().size() != m_spec.positional)
        return call.refuse(tr("Expected %n unnamed argument(s).", nullptr, m_spec.positional));
    if (m_spec.database != DatabaseUse::None && call.value("db").isEmpty())
        return call.refuse(tr("--db FILE is required."));
    if (m_spec.signIn && call.value("user").trimmed().isEmpty())
        return call.refuse(
            tr("%1 needs --user BADGE: it acts as that person, with their rights.").arg(m_spec.name));
    return kDone;
}

Invocation::Invocation(const Command& command, const QCommandLineParser& parser, QTextStream& out,
                       QTextStream& err)
    : m_command(command), m_parser(parser), m_out(out), m_err(err)
{
}

Invocation::~Invocation() = default;

QString Invocation::value(const char* option) const
{
    return m_parser.value(QLatin1String(option));
}

QStringList Invocation::values(const char* option) const
{
    return m_parser.values(QLatin1String(option));
}

bool Invocation::isSet(const char* option) const
{
    return m_parser.isSet(QLatin1String(option));
}

QStringList Invocation::positional() const
{
    return m_parser.positionalArguments();
}

bool Invocation::json() const
{
    return m_command.spec().json && isSet("json");
}

Database& Invocation::db() const
{
    Q_ASSERT(m_db);
    return *m_db;
}

const Actor& Invocation::actor() const
{
    Q_ASSERT(m_actor);
    return *m_actor;
}

int Invocation::fail(const Error& error) const
{
    m_err << error.text() << '\n';
    return exitCodeFor(error.kind);
}

int Invocation::refuse(const QString& why) const
{
    m_err << why << '\n' << m_command.usage() << '\n';
    return kRefused;
}

int Invocation::printJson(const QJsonObject& object, QJsonDocument::JsonFormat format) const
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(format));
    if (format == QJsonDocument::Compact)
        m_out << '\n';
    return kDone;
}

int Invocation::printJson(const QJsonArray& array) const
{
    m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return kDone;
}

int Invocation::openDatabase(DatabaseUse use)
{
    const auto mode =
        use == DatabaseUse::CreateIfMissing ? Database::Mode::CreateIfMissing : Database::Mode::OpenExisting;
    // On a server the --user signs in as their own login role: the server checks the password.
    if (m_command.spec().signIn && Database::isServerUri(value("db")))
        return openServerAsUser(int(mode));
    auto db = Database::open(value("db"), mode, Database::builtinMigrations(), [this](int from, int to) {
        m_err << tr("Upgrading the database from schema %1 to schema %2…").arg(from).arg(to) << '\n';
        m_err.flush();
    });
    if (!db) {
        // A --db file that cannot be opened is a bad argument, whatever the reason.
        m_err << db.error().text() << '\n';
        return kRefused;
    }
    m_db = std::move(db).value();
    return kDone;
}

int Invocation::openServerAsUser(int mode)
{
    const QString badge = value("user").trimmed();
    QString why;
    const auto password = PasswordPrompt::password(badge, m_err, why);
    if (!password) {
        m_err << why << '\n';
        return kRefused;
    }
    // As the user's login role; on a database without Homecoming's roles the URI's own
    // connection, the accounts table then signing in (Database::openForUser).
    auto db = Database::openForUser(value("db"), Database::Mode(mode),
                                    Database::ServerCredentials{badge, *password});
    if (!db) {
        m_err << db.error().text() << '\n';
        return db.error().kind == Error::Kind::Denied ? kRefused : exitCodeFor(db.error().kind);
    }
    m_db = std::move(db).value();
    m_password = *password;
    return kDone;
}

int Invocation::signIn()
{
    UserService users(*m_db);
    if (!users.hasUsers()) {
        m_err << tr("This database has no accounts yet: run homecoming-cli init --db %1 --admin-badge BADGE "
                    "--admin-name NAME first.")
                     .arg(value("db"))
              << '\n';
        return kRefused;
    }
    const QString badge = value("user").trimmed();
    QString why;
    // On a server the password was asked before connecting as the user (openServerAsUser).
    const auto password = m_db->engine() == Database::Engine::Postgres
                              ? std::optional<QString>(m_password)
                              : PasswordPrompt::password(badge, m_err, why);
    if (!password) {
        m_err << why << '\n';
        return kRefused;
    }
    const auto user = users.signIn(badge, *password, QStringLiteral("cli"));
    if (!user) {
        // Refused (wrong password, disabled, waiting): 2; the file could not be written: 1.
        m_err << user.error().message << '\n';
        return exitCodeFor(user.error().kind);
    }
    m_actor = user->actor();
    m_password = *password;
    if (user->mustChangePassword && !m_command.spec().whilePasswordDue) {
        m_err << tr("%1 must set a new password first: homecoming-cli passwd --db %2 --user %1")
                     .arg(badge, value("db"))
              << '\n';
        return kRefused;
    }
    if (const auto right = m_command.spec().needs; right && !m_actor->can(*right)) {
        m_err << Roles::deniedMessage(*m_actor, tr("run %1").arg(m_command.spec().name)) << '\n';
        return kRefused;
    }
    return kDone;
}

} // namespace hc::cli
