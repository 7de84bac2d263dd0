#include "app/cli/CommandGroup.h"

namespace hc::cli {

CommandGroup::CommandGroup(QString word) : m_word(std::move(word)) {}

void CommandGroup::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

QList<const Command*> CommandGroup::commands() const
{
    QList<const Command*> list;
    for (const auto& c : m_commands)
        list << c.get();
    return list;
}

const Command* CommandGroup::find(const QString& name) const
{
    for (const auto& c : m_commands)
        if (c->spec().name == name)
            return c.get();
    return nullptr;
}

QString CommandGroup::help() const
{
    if (m_commands.size() == 1)
        return m_commands.front()->help();
    QString text = tr("Usage:") + QLatin1Char('\n');
    for (const auto& c : m_commands)
        text += QStringLiteral("  homecoming-cli %1\n      %2\n").arg(c->synopsis(), c->spec().summary);
    return text + tr("Add --help after a command for its options.") + QLatin1Char('\n');
}

int CommandGroup::run(const QStringList& arguments, QTextStream& out, QTextStream& err) const
{
    const QString verb = arguments.value(0);
    if (!verb.isEmpty() && !verb.startsWith(QLatin1Char('-')))
        if (const Command* c = find(m_word + QLatin1Char(' ') + verb))
            return c->run(arguments.mid(1), out, err);
    if (const Command* plain = find(m_word))
        return plain->run(arguments, out, err);
    if (verb == u"--help" || verb == u"-h") {
        out << help();
        out.flush();
        return kDone;
    }
    err << (verb.isEmpty() ? tr("%1 needs one of these:").arg(m_word)
                           : tr("%1: unknown command \"%2\".").arg(m_word, verb))
        << '\n'
        << help();
    err.flush();
    return kRefused;
}

} // namespace hc::cli
