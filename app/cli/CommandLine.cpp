#include "app/cli/CommandLine.h"

#include "app/cli/CommandGroup.h"
#include "app/cli/Commands.h"
#include "core/common/Version.h"

namespace hc::cli {

namespace {
constexpr qsizetype kSynopsisWidth = 52;
}

CommandLine::CommandLine(QTextStream& out, QTextStream& err) : m_out(out), m_err(err)
{
    for (auto& command : builtinCommands())
        add(std::move(command));
}

CommandLine::~CommandLine() = default;

void CommandLine::add(std::unique_ptr<Command> command)
{
    const QString word = command->spec().name.section(QLatin1Char(' '), 0, 0);
    CommandGroup* g = group(word);
    if (!g) {
        m_groups.push_back(std::make_unique<CommandGroup>(word));
        g = m_groups.back().get();
    }
    g->add(std::move(command));
}

CommandGroup* CommandLine::group(const QString& word) const
{
    for (const auto& g : m_groups)
        if (g->word() == word)
            return g.get();
    return nullptr;
}

QString CommandLine::help() const
{
    QString text = tr("Usage: homecoming-cli COMMAND [options]\n"
                      "       homecoming-cli COMMAND --help     the command's options\n"
                      "       homecoming-cli --version\n\n"
                      "Commands:\n");
    for (const auto& g : m_groups)
        for (const Command* c : g->commands()) {
            const QString synopsis = c->synopsis();
            text += QStringLiteral("  ") + synopsis.leftJustified(kSynopsisWidth) + QStringLiteral("  ") +
                    c->spec().summary + QLatin1Char('\n');
        }
    return text + QLatin1Char('\n') +
           tr("Exit status: 0 done; 1 failed (not found, conflict, storage or file error); 2 refused or bad "
              "arguments (nothing imported, for an import); 3 an import saved some rows and rejected "
              "others.") +
           QLatin1Char('\n');
}

int CommandLine::run(const QStringList& args)
{
    const QString word = args.value(1);
    int status = kRefused;
    if (args.size() < 2) {
        m_err << help();
    } else if (word == u"--help" || word == u"-h" || word == u"help") {
        const CommandGroup* g = group(args.value(2));
        m_out << (g ? g->help() : help());
        status = kDone;
    } else if (word == u"--version" || word == u"-v") {
        m_out << QStringLiteral("homecoming-cli %1\n").arg(applicationVersion());
        status = kDone;
    } else if (const CommandGroup* g = group(word)) {
        status = g->run(args.mid(2), m_out, m_err);
    } else {
        m_err << tr("Unknown command: %1").arg(word) << '\n' << help();
    }
    m_out.flush();
    m_err.flush();
    return status;
}

} // namespace hc::cli
