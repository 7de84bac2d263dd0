#pragma once
// The stations load (issue 11, outcome 8; `homecoming-cli bench stations`): what one station's
// client process does, saving a visit of one of its station's households (every resident
// screened) through VisitService at a pace, with the time of each save; what it reports back
// to the command that started it; and how the reports of all stations add up, with the
// percentiles of the save times and whether the counters the triggers keep equal a recount.

#include "core/auth/Actor.h"
#include "core/bench/BenchStore.h"
#include "core/common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <vector>

namespace hc {

class Database;

// One station's run, as its process reports it (JSON, one line on its standard output).
struct StationRun
{
    qint64 acknowledged = 0; // saves that returned success
    qint64 errors = 0;       // saves that returned an error, as a user would have seen it
    qint64 retries = 0;      // units run again after a server conflict (Transaction::retries)
    double activeMs = 0;     // from the start signal to the end of its last save
    std::vector<double> saveMs;
    QString firstError; // the first error's text, for the report's diagnostics

    QJsonObject toJson() const;
    static std::optional<StationRun> fromJson(const QByteArray& line);
};

struct StationPace
{
    qint64 operationId = 0;
    int seconds = 60;
    int intervalMs = 250; // 0: as fast as it can
    // Waited before the first save: bench stations spreads its stations over the interval
    // (station i of N starts at i/N of it), so their saves arrive spread out, as independent
    // officers' do, not all in the same instant every interval.
    int phaseMs = 0;
};

// Saves visits as `officer` of the households given, one after another, each at the clock's
// current time, for pace.seconds; a household is not visited twice within the same second (the
// visits' unique key has the time to the second).
// Before the clock starts: one save of the first household inside a transaction that is rolled
// back, so the connection has its statements prepared and the server process its caches and
// compiled trigger functions, as a station's client that has been open all evening has. Nothing
// is written. An error when that save failed.
Status warmUp(Database& db, const Actor& officer, const QList<BenchHousehold>& households,
              qint64 operationId);

StationRun runStation(Database& db, const Actor& officer, const QList<BenchHousehold>& households,
                      const StationPace& pace);

// Nearest-rank percentile (q in 0..1) of times in milliseconds; 0 when there are none.
double percentileMs(std::vector<double> ms, double q);

// The operation's figures from the trigger-kept counters equal their full recount.
Result<bool> countersEqualRecount(Database& db, qint64 operationId);

// All stations' runs added up, with the visits counted afterwards: the JSON keys of
// `bench stations --json` (stations, visits_acknowledged, visits_found, errors, retries,
// save_ms_p50/p95/p99, visits_per_second, counters_equal_recount).
// visits_per_second: the acknowledged visits over wallMs, the time from the start signal to the
// last station's end as the starting process measured it (stations that did not run at the same
// time show as a lower rate).
QJsonObject stationsReport(const QList<StationRun>& runs, qint64 visitsFound, bool countersEqual,
                           double wallMs);

} // namespace hc
