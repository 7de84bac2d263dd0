// export-registry, export-visits: CSV in the import formats (core/exports).
#include "app/cli/Commands.h"

#include "core/auth/Actor.h"
#include "core/exports/ExportService.h"

namespace hc::cli {

namespace {
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::ExportCommand)
public:
    explicit ExportCommand(bool visits) : Command(spec(visits)), m_visits(visits) {}

protected:
    int execute(Invocation& call) const override
    {
        const QString file = call.positional().at(0);
        ExportService exports(call.db(), call.actor());
        const auto r =
            m_visits ? exports.exportVisits(call.value("operation"), file) : exports.exportRegistry(file);
        if (!r)
            return call.fail(r.error());
        call.out() << tr("%n row(s) written to %1.", nullptr, int(*r)).arg(file) << '\n';
        return kDone;
    }

private:
    static CommandSpec spec(bool visits)
    {
        CommandSpec s;
        s.positional = 1;
        if (visits) {
            s.name = QStringLiteral("export-visits");
            s.arguments = QStringLiteral("--db F --operation N FILE");
            s.summary = tr("write the operation's field sheets as CSV, or as an Excel workbook when FILE "
                           "ends in .xlsx (the import format)");
            s.options << operationOption();
        } else {
            s.name = QStringLiteral("export-registry");
            s.arguments = QStringLiteral("--db F FILE");
            s.summary = tr("write the registry as CSV, or as an Excel workbook when FILE ends in .xlsx (the "
                           "import format)");
        }
        return s;
    }

    bool m_visits;
};
} // namespace

Commands exportCommands()
{
    Commands c;
    c.push_back(std::make_unique<ExportCommand>(false));
    c.push_back(std::make_unique<ExportCommand>(true));
    return c;
}

} // namespace hc::cli
