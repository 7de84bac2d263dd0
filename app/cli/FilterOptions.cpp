#include "app/cli/FilterOptions.h"

#include "app/cli/Command.h"

namespace hc::cli {

QList<QCommandLineOption> FilterOptions::options()
{
    return {{QStringLiteral("from"), tr("Only from this day (YYYY-MM-DD)."), tr("day")},
            {QStringLiteral("to"), tr("Only up to this day (YYYY-MM-DD)."), tr("day")},
            {QStringLiteral("sub-bureau"), tr("Only this sub-bureau's stations."), tr("id")},
            {QStringLiteral("station"), tr("Only this station."), tr("id")},
            {QStringLiteral("area"), tr("Only this area."), tr("id")}};
}

QString FilterOptions::synopsis()
{
    return QStringLiteral("[--from D] [--to D] [--sub-bureau ID] [--station ID] [--area ID]");
}

std::optional<DashboardFilter> FilterOptions::read(Invocation& call, qint64 operationId, int& status)
{
    DashboardFilter f;
    f.operationId = operationId;
    for (const auto& [name, day] : {std::pair{"from", &f.from}, std::pair{"to", &f.to}}) {
        if (!call.isSet(name))
            continue;
        *day = QDate::fromString(call.value(name), Qt::ISODate);
        if (!day->isValid()) {
            status = call.refuse(tr("--%1 takes a day as YYYY-MM-DD.").arg(QLatin1StringView(name)));
            return std::nullopt;
        }
    }
    f.subBureauId = call.value("sub-bureau").toLongLong();
    f.stationId = call.value("station").toLongLong();
    f.areaId = call.value("area").toLongLong();
    return f;
}

} // namespace hc::cli
