#include "app/cli/Command.h"

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

QString Command::synopsis() const
{
    return m_spec.name + QLatin1Char(' ') + m_spec.arguments;
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
        if (status == kDone && m_spec.database != DatabaseUse::None)
            status = call.openDatabase(m_spec.database);
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

} // namespace hc::cli
