// operation create | operation list | operation close.
#include "app/cli/Commands.h"

#include "core/auth/Actor.h"
#include "core/operations/OperationService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hc::cli {

namespace {
QJsonObject operationJson(const Operation& o)
{
    QJsonObject j{{QStringLiteral("id"), o.id},
                  {QStringLiteral("name"), o.name},
                  {QStringLiteral("start"), o.start.toString(Qt::ISODate)},
                  {QStringLiteral("end"), o.end.toString(Qt::ISODate)},
                  {QStringLiteral("all_stations"), o.allStations},
                  {QStringLiteral("closed"), o.closed()}};
    if (o.targetHouseholds)
        j.insert(QStringLiteral("target_households"), *o.targetHouseholds);
    return j;
}

class OperationCreateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::OperationCreateCommand)
public:
    OperationCreateCommand()
        : Command({QStringLiteral("operation create"),
                   QStringLiteral(
                       "--db F --name N --start DATE --end DATE [--stations A,B] [--target-households N] "
                       "[--json]"),
                   tr("create an operation"),
                   {{QStringLiteral("name"), tr("Name of the operation."), tr("name")},
                    {QStringLiteral("start"), tr("First day (YYYY-MM-DD)."), tr("date")},
                    {QStringLiteral("end"), tr("Last day (YYYY-MM-DD)."), tr("date")},
                    {QStringLiteral("stations"), tr("Stations in scope, comma-separated (default: all)."),
                     tr("list")},
                    {QStringLiteral("target-households"), tr("Households to cover."), tr("n")}},
                   DatabaseUse::OpenExisting,
                   true})
    {
    }

protected:
    int check(Invocation& call) const override
    {
        if (!call.isSet("target-households"))
            return kDone;
        bool ok = false;
        call.value("target-households").toLongLong(&ok);
        return ok ? kDone
                  : call.refuse(tr("--target-households: \"%1\" is not a number.")
                                    .arg(call.value("target-households")));
    }

    int execute(Invocation& call) const override
    {
        std::optional<qint64> target;
        if (call.isSet("target-households"))
            target = call.value("target-households").toLongLong();
        QStringList stations;
        for (const QString& s : call.value("stations").split(QLatin1Char(','), Qt::SkipEmptyParts))
            stations << s.trimmed();
        const auto r = OperationService(call.db(), call.actor())
                           .create(call.value("name"), QDate::fromString(call.value("start"), Qt::ISODate),
                                   QDate::fromString(call.value("end"), Qt::ISODate), stations, target);
        if (!r)
            return call.fail(r.error());
        if (call.json())
            return call.printJson(operationJson(*r));
        call.out() << tr("Created operation %1 (%2 to %3).")
                          .arg(r->name, r->start.toString(Qt::ISODate), r->end.toString(Qt::ISODate))
                   << '\n';
        return kDone;
    }
};

class OperationListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::OperationListCommand)
public:
    OperationListCommand()
        : Command({QStringLiteral("operation list"),
                   QStringLiteral("--db F [--json]"),
                   tr("list the operations, newest first"),
                   {},
                   DatabaseUse::OpenExisting,
                   true})
    {
    }

protected:
    int execute(Invocation& call) const override
    {
        QJsonArray list;
        for (const Operation& o : OperationService(call.db(), call.actor()).list()) {
            list.append(operationJson(o));
            if (!call.json())
                call.out() << o.name << "  " << o.start.toString(Qt::ISODate) << " .. "
                           << o.end.toString(Qt::ISODate) << '\n';
        }
        return call.json() ? call.printJson(list) : kDone;
    }
};
// Closing makes the operation read-only (core refuses visits, new cases and follow-up in it).
class OperationCloseCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::OperationCloseCommand)
public:
    OperationCloseCommand()
        : Command({QStringLiteral("operation close"),
                   QStringLiteral("--db F --name N [--json]"),
                   tr("close an operation: it becomes read-only"),
                   {{QStringLiteral("name"), tr("Name of the operation."), tr("name")}},
                   DatabaseUse::OpenExisting,
                   true})
    {
    }

protected:
    int execute(Invocation& call) const override
    {
        OperationService operations(call.db(), call.actor());
        const auto op = operations.find(call.value("name"));
        if (!op)
            return call.fail(op.error());
        if (Status s = operations.close(op->id); !s)
            return call.fail(s.error());
        const auto closed = operations.find(op->id);
        if (!closed)
            return call.fail(closed.error());
        if (call.json())
            return call.printJson(operationJson(*closed));
        call.out() << tr("Closed operation %1: it is read-only now.").arg(closed->name) << '\n';
        return kDone;
    }
};
} // namespace

Commands operationCommands()
{
    Commands c;
    c.push_back(std::make_unique<OperationCreateCommand>());
    c.push_back(std::make_unique<OperationListCommand>());
    c.push_back(std::make_unique<OperationCloseCommand>());
    return c;
}

} // namespace hc::cli
