// import-registry, import-officers, import-visits: a CSV file into the database, with a
// summary (or --json) and the exit status 0, 3 (some rows rejected) or 2 (nothing imported).
#include "app/cli/Commands.h"

#include "core/auth/Actor.h"
#include "core/imports/OfficerImporter.h"
#include "core/imports/RegistryImporter.h"
#include "core/imports/VisitImporter.h"

#include <QJsonObject>

namespace hc::cli {

namespace {
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::ImportCommand)
public:
    enum class What
    {
        Registry,
        Officers,
        Visits
    };
    explicit ImportCommand(What what) : Command(spec(what)), m_what(what) {}

protected:
    int check(Invocation& call) const override
    {
        if (m_what == What::Visits && call.value("operation").isEmpty())
            return call.refuse(tr("--operation NAME is required."));
        return kDone;
    }

    int execute(Invocation& call) const override
    {
        const QString file = call.positional().at(0);
        const ImportReport r =
            m_what == What::Registry ? RegistryImporter(call.db(), call.actor()).run(file)
            : m_what == What::Officers
                ? OfficerImporter(call.db(), call.actor()).run(file)
                : VisitImporter(call.db(), call.actor()).run(call.value("operation"), file);
        if (call.json())
            call.printJson(r.toJson());
        else if (r.fatal)
            call.err() << r.fatal->text() << '\n';
        else
            printSummary(r, call.out());
        return exitCodeFor(r);
    }

private:
    static CommandSpec spec(What what)
    {
        CommandSpec s;
        s.json = true;
        s.positional = 1;
        if (what == What::Registry) {
            s.name = QStringLiteral("import-registry");
            s.arguments = QStringLiteral("--db F FILE [--json]");
            s.summary = tr("import the household registry CSV");
        } else if (what == What::Officers) {
            s.name = QStringLiteral("import-officers");
            s.arguments = QStringLiteral("--db F FILE [--json]");
            s.summary = tr("import officer accounts CSV");
        } else {
            s.name = QStringLiteral("import-visits");
            s.arguments = QStringLiteral("--db F --operation N FILE [--json]");
            s.summary = tr("import field sheets CSV into the operation");
            s.options << operationOption();
        }
        return s;
    }

    static void printSummary(const ImportReport& r, QTextStream& out)
    {
        out << tr("%1 rows (%2): %3 imported, %4 updated, %5 unchanged, %6 rejected.")
                   .arg(r.rows)
                   .arg(r.encoding)
                   .arg(r.imported)
                   .arg(r.updated)
                   .arg(r.unchanged)
                   .arg(r.rejected)
            << '\n';
        for (const ImportIssue& e : r.errors)
            out << tr("row %1, %2: %3").arg(e.row).arg(e.column, e.reason) << '\n';
        if (r.newPasswords.isEmpty())
            return;
        out << tr("Generated passwords (shown only now; hand them out and have them changed):") << '\n';
        for (const auto& [badge, pw] : r.newPasswords)
            out << "  " << badge << "  " << pw << '\n';
    }

    What m_what;
};
} // namespace

Commands importCommands()
{
    Commands c;
    for (auto what :
         {ImportCommand::What::Registry, ImportCommand::What::Officers, ImportCommand::What::Visits})
        c.push_back(std::make_unique<ImportCommand>(what));
    return c;
}

} // namespace hc::cli
