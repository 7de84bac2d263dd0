// stats (an operation's figures) and search (people and households).
#include "app/cli/Commands.h"

#include "app/cli/FilterOptions.h"

#include "core/auth/Actor.h"
#include "core/operations/OperationService.h"
#include "core/search/SearchService.h"
#include "core/stats/StatsService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hc::cli {

namespace {
class StatsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::StatsCommand)
public:
    StatsCommand()
        : Command(
              {QStringLiteral("stats"),
               QStringLiteral("--db F --operation N %1 [--recount] [--json]").arg(FilterOptions::synopsis()),
               tr("the operation's figures"),
               QList<QCommandLineOption>{operationOption()} + FilterOptions::options() +
                   QList<QCommandLineOption>{{QStringLiteral("recount"),
                                              tr("Recompute every figure from the visits (slow check).")}},
               DatabaseUse::OpenExisting, true})
    {
    }

protected:
    int execute(Invocation& call) const override
    {
        const auto op = OperationService(call.db(), call.actor()).find(call.value("operation"));
        if (!op)
            return call.fail(op.error());
        int refused = kDone;
        const auto read = FilterOptions::read(call, op->id, refused);
        if (!read)
            return refused;
        const DashboardFilter& f = *read;
        StatsService stats(call.db());
        const bool whole = !f.hasPlace() && !f.hasDates();
        const auto r = call.isSet("recount")
                           ? (whole ? stats.recount(op->id) : stats.recount(f))
                           : (whole ? stats.compute(op->id) : stats.compute(f, call.actor()));
        if (!r)
            return call.fail(r.error());
        if (call.json())
            return call.printJson(r->toJson());
        call.out() << op->name << '\n' << StatsService::formatTable(*r);
        return kDone;
    }
};

class SearchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::SearchCommand)
public:
    SearchCommand()
        : Command({QStringLiteral("search"),
                   QStringLiteral("--db F QUERY [--limit N] [--json]"),
                   tr("find people and households"),
                   {{QStringLiteral("limit"), tr("Most results."), tr("n"), QStringLiteral("50")}},
                   DatabaseUse::OpenExisting,
                   true,
                   1})
    {
    }

protected:
    int execute(Invocation& call) const override
    {
        const auto r = SearchService(call.db(), call.actor())
                           .search(call.positional().at(0), call.value("limit").toInt());
        if (!r)
            return call.fail(r.error());
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
            if (!call.json())
                call.out() << (person ? tr("person") : tr("household")) << "  " << h.title << "  " << h.detail
                           << "  " << h.householdNo << "  " << h.address << '\n';
        }
        return call.json() ? call.printJson(list) : kDone;
    }
};
} // namespace

Commands queryCommands()
{
    Commands c;
    c.push_back(std::make_unique<StatsCommand>());
    c.push_back(std::make_unique<SearchCommand>());
    return c;
}

} // namespace hc::cli
