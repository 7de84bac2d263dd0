// export-pfif, import-pfif: PFIF 1.4 person and note records (core/pfif), to exchange missing and
// found people with other agencies and Person Finder instances. import-pfif prints a summary (or
// --json) and exits 0, 3 (some records rejected) or 2 (nothing saved).
#include "app/cli/Commands.h"
#include "app/cli/OptionValues.h"

#include "core/auth/Actor.h"
#include "core/pfif/PfifService.h"

#include <QJsonObject>

namespace hc::cli {

namespace {
class ExportPfifCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::ExportPfifCommand)
public:
    ExportPfifCommand() : Command(spec()) {}

protected:
    int check(Invocation& call) const override
    {
        if (call.isSet("cases") && call.value("cases") != u"open" && call.value("cases") != u"all")
            return call.refuse(tr("--cases takes open or all, not %1.").arg(call.value("cases")));
        return kDone;
    }

    int execute(Invocation& call) const override
    {
        const QString file = call.positional().at(0);
        // Nothing named: every case and found-person record; otherwise what is named.
        PfifExportOptions o;
        const bool named = call.isSet("cases") || call.isSet("found");
        o.cases = !named || call.isSet("cases");
        o.openCasesOnly = call.value("cases") == u"open";
        o.foundPersons = !named || call.isSet("found");
        const auto r = PfifService(call.db(), call.actor()).exportTo(file, o);
        if (!r)
            return call.fail(r.error());
        if (call.json())
            return call.printJson(QJsonObject{{QStringLiteral("file"), file},
                                              {QStringLiteral("domain"), r->domain},
                                              {QStringLiteral("cases"), r->cases},
                                              {QStringLiteral("found_persons"), r->foundPersons},
                                              {QStringLiteral("notes"), r->notes}});
        call.out()
            << tr("%1 cases, %2 found-person records and %3 notes written to %4 (PFIF 1.4, domain %5).")
                   .arg(r->cases)
                   .arg(r->foundPersons)
                   .arg(r->notes)
                   .arg(file, r->domain)
            << '\n';
        return kDone;
    }

private:
    static CommandSpec spec()
    {
        CommandSpec s;
        s.name = QStringLiteral("export-pfif");
        s.arguments = QStringLiteral("--db F FILE [--cases open|all] [--found] [--json]");
        s.summary = tr("write cases and found-person records as PFIF 1.4 XML");
        s.json = true;
        s.positional = 1;
        s.options << QCommandLineOption(QStringLiteral("cases"),
                                        tr("Cases: open (open and investigating) or all (default)."),
                                        QStringLiteral("which"))
                  << QCommandLineOption(QStringLiteral("found"), tr("Found-person records."));
        return s;
    }
};

class ImportPfifCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::ImportPfifCommand)
public:
    ImportPfifCommand() : Command(spec()) {}

protected:
    int execute(Invocation& call) const override
    {
        PfifImportOptions o;
        const auto station = OptionValues::station(call);
        if (!station)
            return call.fail(station.error());
        o.stationId = *station;
        const PfifImportReport r =
            PfifService(call.db(), call.actor()).importFrom(call.positional().at(0), o);
        if (call.json())
            call.printJson(r.toJson());
        else if (r.fatal)
            call.err() << r.fatal->text() << '\n';
        else
            printSummary(r, call.out());
        if (r.fatal)
            return kRefused; // nothing was saved, whatever the reason
        return r.rejected > 0 ? kSomeRejected : kDone;
    }

private:
    static CommandSpec spec()
    {
        CommandSpec s;
        s.name = QStringLiteral("import-pfif");
        s.arguments = QStringLiteral("--db F FILE [--station NAME] [--json]");
        s.summary = tr("import PFIF 1.4 person and note records (new ones become cases or found-person "
                       "records)");
        s.json = true;
        s.positional = 1;
        s.options << QCommandLineOption(QStringLiteral("station"),
                                        tr("The station that takes the new records (default: yours)."),
                                        QStringLiteral("name"));
        return s;
    }

    static void printSummary(const PfifImportReport& r, QTextStream& out)
    {
        out << tr("%1 records: %2 imported, %3 already known, %4 rejected.")
                   .arg(r.rows)
                   .arg(r.imported)
                   .arg(r.matched)
                   .arg(r.rejected)
            << '\n';
        for (const PfifImportIssue& e : r.errors)
            out << tr("record %1 (%2): %3").arg(e.record).arg(e.recordId, e.reason) << '\n';
    }
};
} // namespace

Commands pfifCommands()
{
    Commands c;
    c.push_back(std::make_unique<ExportPfifCommand>());
    c.push_back(std::make_unique<ImportPfifCommand>());
    return c;
}

} // namespace hc::cli
