#include "core/cli/Cli.h"

#include "core/auth/Actor.h"
#include "core/cli/CliBench.h"
#include "core/cli/CliCases.h"
#include "core/cli/CliExport.h"
#include "core/cli/CliLinks.h"
#include "core/cli/CliMatching.h"
#include "core/demo/DemoGenerator.h"
#include "core/imports/OfficerImporter.h"
#include "core/imports/RegistryImporter.h"
#include "core/imports/VisitImporter.h"
#include "core/operations/OperationService.h"
#include "core/search/SearchService.h"
#include "core/stats/StatsService.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace hc {

namespace {
// Exit statuses: 0 success; 1 the command ran and failed (not found, refused); 2 bad arguments
// or nothing imported; 3 an import saved some rows and rejected others.
constexpr int kFailed = 1;
constexpr int kBadArgs = 2;

struct Parsed
{
    QCommandLineParser parser;
    bool ok = false;
};

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), Cli::tr("The Homecoming database file."),
                              Cli::tr("file"));
}
QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), Cli::tr("Print the result as JSON."));
}
QCommandLineOption operationOption()
{
    return QCommandLineOption(QStringLiteral("operation"), Cli::tr("The operation's name."), Cli::tr("name"));
}

QString jsonText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}
} // namespace

Cli::Cli(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}

void Cli::addCommand(const QString& name, const QString& usage, Command handler)
{
    m_extra.append(Extra{name, usage, std::move(handler)});
}

int Cli::usage(int status)
{
    QTextStream& s = status == 0 ? m_out : m_err;
    s << tr("Usage: homecoming-cli COMMAND [options]\n\n"
            "Commands:\n"
            "  import-registry --db F FILE              import the household registry CSV\n"
            "  import-officers --db F FILE              import officer accounts CSV\n"
            "  import-visits --db F --operation N FILE  import field sheets CSV\n"
            "  operation create --db F --name N --start DATE --end DATE [--stations A,B]\n"
            "                   [--target-households N]\n"
            "  operation list --db F                    list operations\n"
            "  stats --db F --operation N [--json]      the operation's figures\n"
            "  search --db F QUERY [--json]             find people and households\n"
            "  demo --db F [--scale 1.0] [--seed 42]    build the demo city\n"
            "  export-registry --db F FILE              write the registry as CSV\n"
            "  export-visits --db F --operation N FILE  write the field sheets as CSV\n"
            "  links cluster|path|central|near --db F [...] --json   link analysis\n"
            "  duplicates --db F [--limit N] [--json]   possible duplicate people\n"
            "  duplicates merge|dismiss --db F ...      --keep ID --drop ID | A B\n"
            "  match --db F --case NO | --found NO [--json]  missing vs found candidates\n"
            "  bench search|stats|households|links|duplicates --db F [...]  timings for bench/run\n"
            "  bench dashboard --db F [--operation N] [--runs N]  dashboard refresh times\n\n"
            "Imports add --json for a machine-readable summary. Exit status: 0 success, 1 failed,\n"
            "2 bad arguments or nothing imported, 3 some rows rejected and the rest saved.\n");
    s << tr("\nCase files:\n"
            "  cases list --db F [--status S] [--station NAME] [--overdue] [--json]\n"
            "  cases show CASE_NO --db F [--json]\n"
            "  found list --db F [--status S] [--json]   people found without identification\n");
    for (const Extra& e : m_extra)
        s << "\n  " << e.usage;
    s << (m_extra.isEmpty() ? "" : "\n");
    s.flush();
    return status;
}

int Cli::run(const QStringList& args)
{
    if (args.size() < 2)
        return usage(kBadArgs);
    const QString cmd = args.at(1);
    const QStringList rest = QStringList{args.at(0) + QLatin1Char(' ') + cmd} + args.mid(2);
    if (cmd == u"import-registry")
        return importRegistry(rest);
    if (cmd == u"import-officers")
        return importOfficers(rest);
    if (cmd == u"import-visits")
        return importVisits(rest);
    if (cmd == u"operation")
        return operation(rest);
    if (cmd == u"stats")
        return stats(rest);
    if (cmd == u"search")
        return search(rest);
    if (cmd == u"demo")
        return demo(rest);
    if (cmd == u"export-registry")
        return exportRegistry(rest);
    if (cmd == u"export-visits")
        return exportVisits(rest);
    if (cmd == u"bench")
        return bench(rest);
    if (cmd == u"links")
        return runLinksCommand(rest, m_out, m_err);
    if (cmd == u"cases" || cmd == u"found")
        return (cmd == u"cases" ? runCasesCommand : runFoundCommand)(rest, m_out, m_err);
    if (cmd == u"duplicates")
        return runDuplicatesCommand(rest, m_out, m_err);
    if (cmd == u"match")
        return runMatchCommand(rest, m_out, m_err);
    for (const Extra& e : m_extra)
        if (cmd == e.name)
            return e.handler(rest, m_out, m_err);
    if (cmd == u"help" || cmd == u"--help" || cmd == u"-h")
        return usage(0);
    m_err << tr("Unknown command: %1").arg(cmd) << '\n';
    return usage(kBadArgs);
}

namespace {
// Parses `args` with the options given; prints the error and returns false on bad input.
bool parse(QCommandLineParser& p, const QStringList& args, QTextStream& err, int positional)
{
    if (!p.parse(args)) {
        err << p.errorText() << '\n';
        return false;
    }
    if (p.positionalArguments().size() != positional) {
        err << Cli::tr("Expected %n file or query argument(s).", nullptr, positional) << '\n';
        return false;
    }
    if (!p.isSet(QStringLiteral("db")) || p.value(QStringLiteral("db")).isEmpty()) {
        err << Cli::tr("--db FILE is required.") << '\n';
        return false;
    }
    return true;
}

int printReport(const ImportReport& r, bool json, QTextStream& out, QTextStream& err)
{
    if (json) {
        out << jsonText(r.toJson());
    } else if (r.fatal) {
        err << r.fatal->text() << '\n';
    } else {
        out << Cli::tr("%1 rows (%2): %3 imported, %4 updated, %5 unchanged, %6 rejected.")
                   .arg(r.rows)
                   .arg(r.encoding)
                   .arg(r.imported)
                   .arg(r.updated)
                   .arg(r.unchanged)
                   .arg(r.rejected)
            << '\n';
        for (const ImportIssue& e : r.errors)
            out << Cli::tr("row %1, %2: %3").arg(e.row).arg(e.column, e.reason) << '\n';
        if (!r.newPasswords.isEmpty()) {
            out << Cli::tr("Generated passwords (shown only now; hand them out and have them changed):")
                << '\n';
            for (const auto& [badge, pw] : r.newPasswords)
                out << "  " << badge << "  " << pw << '\n';
        }
    }
    out.flush();
    err.flush();
    return r.exitCode();
}

// Opens the --db file; prints why and returns nullptr when it cannot.
std::unique_ptr<Database> openDb(const QCommandLineParser& p, Database::Mode mode, QTextStream& err)
{
    auto db = Database::open(p.value(QStringLiteral("db")), mode);
    if (!db) {
        err << db.error().text() << '\n';
        return nullptr;
    }
    return std::move(db).value();
}
} // namespace

int Cli::importRegistry(const QStringList& args)
{
    QCommandLineParser p;
    p.addOptions({dbOption(), jsonOption()});
    if (!parse(p, args, m_err, 1))
        return kBadArgs;
    const auto db = openDb(p, Database::Mode::CreateIfMissing, m_err);
    if (!db)
        return kBadArgs;
    const ImportReport r = RegistryImporter(*db, Actor::cli()).run(p.positionalArguments().at(0));
    return printReport(r, p.isSet(QStringLiteral("json")), m_out, m_err);
}

int Cli::importOfficers(const QStringList& args)
{
    QCommandLineParser p;
    p.addOptions({dbOption(), jsonOption()});
    if (!parse(p, args, m_err, 1))
        return kBadArgs;
    const auto db = openDb(p, Database::Mode::OpenExisting, m_err);
    if (!db)
        return kBadArgs;
    const ImportReport r = OfficerImporter(*db, Actor::cli()).run(p.positionalArguments().at(0));
    return printReport(r, p.isSet(QStringLiteral("json")), m_out, m_err);
}

int Cli::importVisits(const QStringList& args)
{
    QCommandLineParser p;
    p.addOptions({dbOption(), jsonOption(), operationOption()});
    if (!parse(p, args, m_err, 1))
        return kBadArgs;
    if (p.value(QStringLiteral("operation")).isEmpty()) {
        m_err << tr("--operation NAME is required.") << '\n';
        return kBadArgs;
    }
    const auto db = openDb(p, Database::Mode::OpenExisting, m_err);
    if (!db)
        return kBadArgs;
    const ImportReport r = VisitImporter(*db, Actor::cli())
                               .run(p.value(QStringLiteral("operation")), p.positionalArguments().at(0));
    return printReport(r, p.isSet(QStringLiteral("json")), m_out, m_err);
}

int Cli::operation(const QStringList& args)
{
    if (args.size() < 2 || (args.at(1) != u"create" && args.at(1) != u"list")) {
        m_err << tr("Use: operation create|list --db F ...") << '\n';
        return kBadArgs;
    }
    const bool create = args.at(1) == u"create";
    QCommandLineParser p;
    p.addOptions(
        {dbOption(),
         jsonOption(),
         {QStringLiteral("name"), tr("Name of the operation."), tr("name")},
         {QStringLiteral("start"), tr("First day (YYYY-MM-DD)."), tr("date")},
         {QStringLiteral("end"), tr("Last day (YYYY-MM-DD)."), tr("date")},
         {QStringLiteral("stations"), tr("Stations in scope, comma-separated (default: all)."), tr("list")},
         {QStringLiteral("target-households"), tr("Households to cover."), tr("n")}});
    QStringList a = args;
    a[0] += QLatin1Char(' ') + args.at(1);
    a.removeAt(1);
    if (!parse(p, a, m_err, 0))
        return kBadArgs;
    const auto db = openDb(p, create ? Database::Mode::CreateIfMissing : Database::Mode::OpenExisting, m_err);
    if (!db)
        return kBadArgs;
    OperationService ops(*db, Actor::cli());
    const bool json = p.isSet(QStringLiteral("json"));
    auto toJson = [](const Operation& o) {
        QJsonObject j{{QStringLiteral("id"), o.id},
                      {QStringLiteral("name"), o.name},
                      {QStringLiteral("start"), o.start.toString(Qt::ISODate)},
                      {QStringLiteral("end"), o.end.toString(Qt::ISODate)},
                      {QStringLiteral("all_stations"), o.allStations}};
        if (o.targetHouseholds)
            j.insert(QStringLiteral("target_households"), *o.targetHouseholds);
        return j;
    };
    if (!create) {
        QJsonArray list;
        for (const Operation& o : ops.list()) {
            list.append(toJson(o));
            if (!json)
                m_out << o.name << "  " << o.start.toString(Qt::ISODate) << " .. "
                      << o.end.toString(Qt::ISODate) << '\n';
        }
        if (json)
            m_out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return 0;
    }
    std::optional<qint64> target;
    if (p.isSet(QStringLiteral("target-households"))) {
        bool ok = false;
        target = p.value(QStringLiteral("target-households")).toLongLong(&ok);
        if (!ok) {
            m_err << tr("--target-households: \"%1\" is not a number.")
                         .arg(p.value(QStringLiteral("target-households")))
                  << '\n';
            return kBadArgs;
        }
    }
    QStringList stations;
    for (const QString& s : p.value(QStringLiteral("stations")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        stations << s.trimmed();
    const auto r = ops.create(
        p.value(QStringLiteral("name")), QDate::fromString(p.value(QStringLiteral("start")), Qt::ISODate),
        QDate::fromString(p.value(QStringLiteral("end")), Qt::ISODate), stations, target);
    if (!r) {
        m_err << r.error().text() << '\n';
        return r.error().kind == Error::Kind::Invalid ? kBadArgs : kFailed;
    }
    if (json)
        m_out << jsonText(toJson(*r));
    else
        m_out << tr("Created operation %1 (%2 to %3).")
                     .arg(r->name, r->start.toString(Qt::ISODate), r->end.toString(Qt::ISODate))
              << '\n';
    return 0;
}

int Cli::stats(const QStringList& args)
{
    QCommandLineParser p;
    p.addOptions({dbOption(),
                  jsonOption(),
                  operationOption(),
                  {QStringLiteral("recount"), tr("Recompute every figure from the visits (slow check).")}});
    if (!parse(p, args, m_err, 0))
        return kBadArgs;
    const auto db = openDb(p, Database::Mode::OpenExisting, m_err);
    if (!db)
        return kBadArgs;
    StatsService stats(*db);
    const auto op = OperationService(*db, Actor::cli()).find(p.value(QStringLiteral("operation")));
    if (!op) {
        m_err << op.error().text() << '\n';
        return kFailed;
    }
    const auto r = p.isSet(QStringLiteral("recount")) ? stats.recount(op->id) : stats.compute(op->id);
    if (!r) {
        m_err << r.error().text() << '\n';
        return kFailed;
    }
    if (p.isSet(QStringLiteral("json")))
        m_out << jsonText(r->toJson());
    else
        m_out << op->name << '\n' << StatsService::formatTable(*r);
    return 0;
}

int Cli::search(const QStringList& args)
{
    QCommandLineParser p;
    p.addOptions({dbOption(),
                  jsonOption(),
                  {QStringLiteral("limit"), tr("Most results."), tr("n"), QStringLiteral("50")}});
    if (!parse(p, args, m_err, 1))
        return kBadArgs;
    const auto db = openDb(p, Database::Mode::OpenExisting, m_err);
    if (!db)
        return kBadArgs;
    const auto r =
        SearchService(*db).search(p.positionalArguments().at(0), p.value(QStringLiteral("limit")).toInt());
    if (!r) {
        m_err << r.error().text() << '\n';
        return kBadArgs;
    }
    QJsonArray list;
    for (const SearchHit& h : *r) {
        const bool person = h.kind == SearchHit::Kind::Person;
        list.append(QJsonObject{
            {QStringLiteral("kind"), person ? QStringLiteral("person") : QStringLiteral("household")},
            {QStringLiteral("id"), h.id},
            {QStringLiteral("title"), h.title},
            {QStringLiteral("detail"), h.detail},
            {QStringLiteral("household_no"), h.householdNo},
            {QStringLiteral("address"), h.address}});
        if (!p.isSet(QStringLiteral("json")))
            m_out << (person ? tr("person") : tr("household")) << "  " << h.title << "  " << h.detail << "  "
                  << h.householdNo << "  " << h.address << '\n';
    }
    if (p.isSet(QStringLiteral("json")))
        m_out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    return 0;
}

int Cli::demo(const QStringList& args)
{
    QCommandLineParser p;
    p.addOptions({dbOption(),
                  jsonOption(),
                  {QStringLiteral("scale"), tr("1.0 = the seed operation (200,000 residents)."), tr("x"),
                   QStringLiteral("1.0")},
                  {QStringLiteral("seed"), tr("Random seed."), tr("n"), QStringLiteral("42")}});
    if (!parse(p, args, m_err, 0))
        return kBadArgs;
    bool okScale = false, okSeed = false;
    DemoOptions options;
    options.scale = p.value(QStringLiteral("scale")).toDouble(&okScale);
    options.seed = p.value(QStringLiteral("seed")).toULongLong(&okSeed);
    if (!okScale || options.scale <= 0 || options.scale > 100 || !okSeed) {
        m_err << tr("--scale must be a number above 0 (at most 100) and --seed a whole number.") << '\n';
        return kBadArgs;
    }
    const auto db = openDb(p, Database::Mode::CreateIfMissing, m_err);
    if (!db)
        return kBadArgs;
    int lastShown = -10;
    const bool json = p.isSet(QStringLiteral("json"));
    options.progress = [&](int percent) {
        if (!json && percent >= lastShown + 10) {
            m_err << tr("building the demo city: %1%").arg(percent) << '\n';
            m_err.flush();
            lastShown = percent;
        }
        return true;
    };
    const auto r = DemoGenerator(*db, Actor::cli()).generate(options);
    if (!r) {
        m_err << r.error().text() << '\n';
        return kFailed;
    }
    const QJsonObject summary{{QStringLiteral("operation"), r->operationName},
                              {QStringLiteral("stations"), r->stations},
                              {QStringLiteral("areas"), r->areas},
                              {QStringLiteral("households"), r->households},
                              {QStringLiteral("persons"), r->persons},
                              {QStringLiteral("officers"), r->officers},
                              {QStringLiteral("visits"), r->visits},
                              {QStringLiteral("screenings"), r->screenings},
                              {QStringLiteral("cases"), r->cases}};
    if (json)
        m_out << jsonText(summary);
    else
        m_out
            << tr("Demo city: %1 stations, %2 households, %3 people, %4 officers, %5 visits, %6 screenings, "
                  "%7 cases; operation \"%8\". Every demo account's password is \"%9\".")
                   .arg(r->stations)
                   .arg(r->households)
                   .arg(r->persons)
                   .arg(r->officers)
                   .arg(r->visits)
                   .arg(r->screenings)
                   .arg(r->cases)
                   .arg(r->operationName, DemoGenerator::demoPassword())
            << '\n';
    return 0;
}

int Cli::exportRegistry(const QStringList& args)
{
    QCommandLineParser p;
    p.addOptions({dbOption()});
    if (!parse(p, args, m_err, 1))
        return kBadArgs;
    const auto db = openDb(p, Database::Mode::OpenExisting, m_err);
    if (!db)
        return kBadArgs;
    const auto r = exportRegistryCsv(*db, p.positionalArguments().at(0));
    if (!r) {
        m_err << r.error().text() << '\n';
        return kFailed;
    }
    m_out << tr("%1 rows written to %2.").arg(*r).arg(p.positionalArguments().at(0)) << '\n';
    return 0;
}

int Cli::exportVisits(const QStringList& args)
{
    QCommandLineParser p;
    p.addOptions({dbOption(), operationOption()});
    if (!parse(p, args, m_err, 1))
        return kBadArgs;
    const auto db = openDb(p, Database::Mode::OpenExisting, m_err);
    if (!db)
        return kBadArgs;
    const auto r = exportVisitsCsv(*db, p.value(QStringLiteral("operation")), p.positionalArguments().at(0));
    if (!r) {
        m_err << r.error().text() << '\n';
        return kFailed;
    }
    m_out << tr("%1 rows written to %2.").arg(*r).arg(p.positionalArguments().at(0)) << '\n';
    return 0;
}

int Cli::bench(const QStringList& args)
{
    const QStringList benches = {QStringLiteral("search"),     QStringLiteral("stats"),
                                 QStringLiteral("households"), QStringLiteral("links"),
                                 QStringLiteral("duplicates"), QStringLiteral("dashboard")};
    if (args.size() < 2 || !benches.contains(args.at(1))) {
        m_err << tr("Use: bench search|stats|households|links|duplicates|dashboard --db F [--operation N] "
                    "[--runs N] "
                    "[--edges FILE]")
              << '\n';
        return kBadArgs;
    }
    const QString what = args.at(1);
    QCommandLineParser p;
    p.addOptions({dbOption(),
                  operationOption(),
                  {QStringLiteral("runs"), tr("Repetitions."), tr("n"), QStringLiteral("100")},
                  {QStringLiteral("edges"), tr("Write the link graph's edge list here."), tr("file")}});
    QStringList a = args;
    a[0] += QLatin1Char(' ') + what;
    a.removeAt(1);
    if (!parse(p, a, m_err, 0))
        return kBadArgs;
    const auto db = openDb(p, Database::Mode::OpenExisting, m_err);
    if (!db)
        return kBadArgs;
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt());
    const QString operation = p.value(QStringLiteral("operation"));
    const auto r = what == u"search"       ? benchSearch(*db, runs)
                   : what == u"stats"      ? benchStats(*db, operation, runs)
                   : what == u"links"      ? benchLinks(*db, p.value(QStringLiteral("edges")))
                   : what == u"duplicates" ? benchDuplicates(*db)
                   : what == u"dashboard"  ? benchDashboard(*db, operation, runs)
                                           : benchHouseholds(*db, operation, runs);
    if (!r) {
        m_err << r.error().text() << '\n';
        return kFailed;
    }
    m_out << jsonText(*r);
    return 0;
}

} // namespace hc
