#include "app/cli/OptionValues.h"

#include "app/cli/Command.h"
#include "core/households/HouseholdService.h"

namespace hc::cli {

namespace {
QString optionName(const char* option)
{
    return QStringLiteral("--") + QLatin1String(option);
}
} // namespace

Result<QDate> OptionValues::date(const Invocation& call, const char* option)
{
    if (!call.isSet(option))
        return QDate();
    const QDate d = QDate::fromString(call.value(option), Qt::ISODate);
    if (!d.isValid())
        return invalid(optionName(option), tr("Give the date as YYYY-MM-DD."));
    return d;
}

Result<qint64> OptionValues::station(const Invocation& call, const char* option)
{
    if (!call.isSet(option))
        return qint64(0);
    const QString name = call.value(option);
    for (const StationRow& s : HouseholdService(call.db(), call.actor()).stations())
        if (s.name == name)
            return s.id;
    return invalid(optionName(option), tr("There is no station named %1.").arg(name));
}

} // namespace hc::cli
