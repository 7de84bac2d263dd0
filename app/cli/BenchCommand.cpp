// bench search|stats|households|links|duplicates|dashboard: timings as JSON for bench/run.
#include "app/cli/Commands.h"

#include "app/cli/Benchmarks.h"

namespace hc::cli {

namespace {
class BenchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::BenchCommand)
public:
    enum class What
    {
        Search,
        Stats,
        Households,
        Links,
        Duplicates,
        Dashboard
    };

    explicit BenchCommand(What what) : Command(spec(what)), m_what(what) {}

protected:
    int execute(Invocation& call) const override
    {
        const int runs = std::max(1, call.value("runs").toInt());
        const QString operation = call.value("operation");
        Database& db = call.db();
        const auto r = m_what == What::Search       ? benchSearch(db, call.actor(), runs)
                       : m_what == What::Stats      ? benchStats(db, operation, runs)
                       : m_what == What::Households ? benchHouseholds(db, call.actor(), operation, runs)
                       : m_what == What::Links      ? benchLinks(db, call.actor(), call.value("edges"))
                       : m_what == What::Duplicates ? benchDuplicates(db, call.actor())
                                                    : benchDashboard(db, call.actor(), operation, runs);
        return r ? call.printJson(*r) : call.fail(r.error());
    }

private:
    static CommandSpec spec(What what)
    {
        CommandSpec s;
        s.options = {operationOption(),
                     {QStringLiteral("runs"), tr("Repetitions."), tr("n"), QStringLiteral("100")},
                     {QStringLiteral("edges"), tr("Write the link graph's edge list here."), tr("file")}};
        switch (what) {
        case What::Search:
            s.name = QStringLiteral("bench search");
            s.arguments = QStringLiteral("--db F [--runs N]");
            s.summary = tr("search latency over a mix of queries");
            break;
        case What::Stats:
            s.name = QStringLiteral("bench stats");
            s.arguments = QStringLiteral("--db F --operation N [--runs N]");
            s.summary = tr("time of the operation's figures");
            break;
        case What::Households:
            s.name = QStringLiteral("bench households");
            s.arguments = QStringLiteral("--db F --operation N [--runs N]");
            s.summary = tr("household pages, detail and next to visit");
            break;
        case What::Links:
            s.name = QStringLiteral("bench links");
            s.arguments = QStringLiteral("--db F --edges FILE");
            s.summary = tr("link analysis times; writes the edge list");
            break;
        case What::Duplicates:
            s.name = QStringLiteral("bench duplicates");
            s.arguments = QStringLiteral("--db F");
            s.summary = tr("duplicate detection, cold and warm");
            break;
        case What::Dashboard:
            s.name = QStringLiteral("bench dashboard");
            s.arguments = QStringLiteral("--db F --operation N [--runs N]");
            s.summary = tr("dashboard refresh times for five filters");
            break;
        }
        return s;
    }

    What m_what;
};
} // namespace

Commands benchCommands()
{
    Commands c;
    for (auto what :
         {BenchCommand::What::Search, BenchCommand::What::Stats, BenchCommand::What::Households,
          BenchCommand::What::Links, BenchCommand::What::Duplicates, BenchCommand::What::Dashboard})
        c.push_back(std::make_unique<BenchCommand>(what));
    for (auto& more : stationsBenchCommands())
        c.push_back(std::move(more));
    return c;
}

} // namespace hc::cli
