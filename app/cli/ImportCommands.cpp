// import-registry, import-officers, import-visits: a CSV file or an Excel workbook into the
// database, with a summary (or --json) and the exit status 0, 3 (some rows rejected) or 2
// (nothing imported). --map field=HEADER names the column of a field whose header is not a
// known one; --sheet NAME chooses a workbook's sheet.
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
        QStringList fields;
        for (const ColumnSpec& c : columns())
            fields << QLatin1String(c.key);
        for (const QString& m : call.values("map")) {
            const qsizetype eq = m.indexOf(QLatin1Char('='));
            if (eq <= 0 || eq == m.size() - 1)
                return call.refuse(tr("--map takes FIELD=HEADER, not %1.").arg(m));
            if (!fields.contains(m.left(eq).trimmed()))
                return call.refuse(tr("--map: this import has no field %1; its fields are %2.")
                                       .arg(m.left(eq).trimmed(), fields.join(QStringLiteral(", "))));
        }
        return kDone;
    }

    int execute(Invocation& call) const override
    {
        const QString file = call.positional().at(0);
        ImportOptions options;
        options.sheet = call.value("sheet");
        for (const QString& m : call.values("map")) {
            const qsizetype eq = m.indexOf(QLatin1Char('='));
            options.mapping << qMakePair(m.left(eq).trimmed(), m.mid(eq + 1).trimmed());
        }
        const ImportReport r =
            m_what == What::Registry ? RegistryImporter(call.db(), call.actor()).run(file, options)
            : m_what == What::Officers
                ? OfficerImporter(call.db(), call.actor()).run(file, options)
                : VisitImporter(call.db(), call.actor()).run(call.value("operation"), file, options);
        if (call.json())
            call.printJson(r.toJson());
        else if (r.fatal)
            call.err() << r.fatal->text() << '\n';
        else
            printSummary(r, call.out());
        return exitCodeFor(r);
    }

private:
    const QList<ColumnSpec>& columns() const
    {
        return m_what == What::Registry   ? RegistryImporter::columns()
               : m_what == What::Officers ? OfficerImporter::columns()
                                          : VisitImporter::columns();
    }

    static CommandSpec spec(What what)
    {
        CommandSpec s;
        s.json = true;
        s.positional = 1;
        s.options << QCommandLineOption(QStringLiteral("map"),
                                        tr("Read FIELD from the column headed HEADER (repeatable)."),
                                        tr("field=header"))
                  << QCommandLineOption(QStringLiteral("sheet"),
                                        tr("The sheet of an Excel workbook to read (default: the first)."),
                                        tr("name"));
        if (what == What::Registry) {
            s.name = QStringLiteral("import-registry");
            s.arguments = QStringLiteral("--db F FILE [--map FIELD=HEADER]... [--sheet NAME] [--json]");
            s.summary = tr("import the household registry (CSV or XLSX)");
        } else if (what == What::Officers) {
            s.name = QStringLiteral("import-officers");
            s.arguments = QStringLiteral("--db F FILE [--map FIELD=HEADER]... [--sheet NAME] [--json]");
            s.summary = tr("import officer accounts (CSV or XLSX)");
        } else {
            s.name = QStringLiteral("import-visits");
            s.arguments =
                QStringLiteral("--db F --operation N FILE [--map FIELD=HEADER]... [--sheet NAME] [--json]");
            s.summary = tr("import field sheets (CSV or XLSX) into the operation");
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
