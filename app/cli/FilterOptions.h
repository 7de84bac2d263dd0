#pragma once
// The dashboard's filter on the command line, shared by `stats` and `report`: --from and --to
// (days), --sub-bureau, --station and --area (ids), read into a DashboardFilter.

#include "core/stats/DashboardData.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <optional>

namespace hc::cli {

class Invocation;

class FilterOptions
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::FilterOptions)
public:
    static QList<QCommandLineOption> options();
    // The usage line's part: "[--from D] [--to D] [--sub-bureau ID] [--station ID] [--area ID]".
    static QString synopsis();
    // The filter for the operation; nullopt after refusing the call (a day that is not one),
    // with the exit status in `status`.
    static std::optional<DashboardFilter> read(Invocation& call, qint64 operationId, int& status);
};

} // namespace hc::cli
