#include "core/bench/StationLoad.h"

#include "core/common/Clock.h"
#include "core/imports/ImportDates.h"
#include "core/stats/StatsService.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/visits/VisitService.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <algorithm>
#include <cmath>

namespace hc {

namespace {
const QString kAcknowledged = QStringLiteral("acknowledged");
const QString kErrors = QStringLiteral("errors");
const QString kRetries = QStringLiteral("retries");
const QString kActiveMs = QStringLiteral("active_ms");
const QString kSaveMs = QStringLiteral("save_ms");
const QString kFirstError = QStringLiteral("first_error");

// The clock's current wall-clock time to the second, as a visit's time is kept.
QDateTime visitTime()
{
    const QDateTime now = wallClock(Clock::instance().now());
    const QTime t = now.time();
    return QDateTime(now.date(), QTime(t.hour(), t.minute(), t.second()), now.timeSpec());
}

VisitDraft allPresent(qint64 operationId, const BenchHousehold& household, const QDateTime& at)
{
    VisitDraft d;
    d.operationId = operationId;
    d.householdId = household.id;
    d.visitedAt = at;
    d.outcome = QStringLiteral("completed");
    for (const qint64 person : household.residents) {
        ScreeningDraft s;
        s.personId = person;
        s.status = QStringLiteral("present");
        d.screenings << s;
    }
    return d;
}

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}
} // namespace

QJsonObject StationRun::toJson() const
{
    QJsonArray times;
    for (const double ms : saveMs)
        times << std::round(ms * 1000.0) / 1000.0;
    return QJsonObject{{kAcknowledged, acknowledged}, {kErrors, errors}, {kRetries, retries},
                       {kActiveMs, activeMs},         {kSaveMs, times},  {kFirstError, firstError}};
}

std::optional<StationRun> StationRun::fromJson(const QByteArray& line)
{
    const QJsonDocument doc = QJsonDocument::fromJson(line);
    if (!doc.isObject() || !doc.object().contains(kAcknowledged))
        return std::nullopt;
    const QJsonObject o = doc.object();
    StationRun r;
    r.acknowledged = o.value(kAcknowledged).toInteger();
    r.errors = o.value(kErrors).toInteger();
    r.retries = o.value(kRetries).toInteger();
    r.activeMs = o.value(kActiveMs).toDouble();
    r.firstError = o.value(kFirstError).toString();
    for (const QJsonValue v : o.value(kSaveMs).toArray())
        r.saveMs.push_back(v.toDouble());
    return r;
}

Status warmUp(Database& db, const Actor& officer, const QList<BenchHousehold>& households, qint64 operationId)
{
    if (households.isEmpty())
        return {};
    Transaction outer(db.sql()); // the save joins it; the destructor rolls both back
    if (!outer.active())
        return outer.error();
    const auto saved =
        VisitService(db, officer).save(allPresent(operationId, households.first(), visitTime()));
    if (!saved)
        return saved.error();
    return {};
}

StationRun runStation(Database& db, const Actor& officer, const QList<BenchHousehold>& households,
                      const StationPace& pace)
{
    StationRun run;
    const qint64 retriesBefore = Transaction::retries();
    std::vector<qint64> lastSecond(std::size_t(households.size()), -1);
    std::size_t next = 0;
    if (pace.phaseMs > 0)
        QThread::msleep(quint64(pace.phaseMs));
    QElapsedTimer since;
    since.start();
    for (qint64 n = 0; !households.isEmpty() && since.elapsed() < qint64(pace.seconds) * 1000; ++n) {
        const QDateTime at = visitTime();
        const qint64 second = at.toSecsSinceEpoch();
        std::size_t tried = 0;
        while (tried < lastSecond.size() && lastSecond[next % lastSecond.size()] == second)
            ++next, ++tried;
        if (tried == lastSecond.size()) { // every household had its visit this second
            QThread::msleep(10);
            continue;
        }
        const std::size_t pick = next++ % lastSecond.size();
        lastSecond[pick] = second;
        QElapsedTimer save;
        save.start();
        const auto saved =
            VisitService(db, officer).save(allPresent(pace.operationId, households.at(qsizetype(pick)), at));
        run.saveMs.push_back(msSince(save));
        if (saved) {
            ++run.acknowledged;
        } else if (run.errors++ == 0) {
            run.firstError = saved.error().text();
        }
        run.activeMs = msSince(since);
        // The next save at its time on the pace's grid (at once when behind it).
        const qint64 due = std::min((n + 1) * pace.intervalMs, qint64(pace.seconds) * 1000);
        if (const qint64 wait = due - since.elapsed(); pace.intervalMs > 0 && wait > 0)
            QThread::msleep(quint64(wait));
    }
    run.retries = Transaction::retries() - retriesBefore;
    return run;
}

double percentileMs(std::vector<double> ms, double q)
{
    if (ms.empty())
        return 0;
    std::sort(ms.begin(), ms.end());
    const auto rank = std::size_t(std::ceil(q * double(ms.size())));
    return ms[std::clamp<std::size_t>(rank, 1, ms.size()) - 1];
}

Result<bool> countersEqualRecount(Database& db, qint64 operationId)
{
    const StatsService stats(db);
    const auto counted = stats.compute(operationId);
    if (!counted)
        return counted.error();
    const auto recounted = stats.recount(operationId);
    if (!recounted)
        return recounted.error();
    return *counted == *recounted;
}

QJsonObject stationsReport(const QList<StationRun>& runs, qint64 visitsFound, bool countersEqual,
                           double wallMs)
{
    qint64 acknowledged = 0, errors = 0, retries = 0;
    std::vector<double> times;
    for (const StationRun& r : runs) {
        acknowledged += r.acknowledged;
        errors += r.errors;
        retries += r.retries;
        times.insert(times.end(), r.saveMs.begin(), r.saveMs.end());
    }
    auto rounded = [](double ms) { return std::round(ms * 100.0) / 100.0; };
    return QJsonObject{{QStringLiteral("stations"), qint64(runs.size())},
                       {QStringLiteral("visits_acknowledged"), acknowledged},
                       {QStringLiteral("visits_found"), visitsFound},
                       {QStringLiteral("errors"), errors},
                       {QStringLiteral("retries"), retries},
                       {QStringLiteral("save_ms_p50"), rounded(percentileMs(times, 0.50))},
                       {QStringLiteral("save_ms_p95"), rounded(percentileMs(times, 0.95))},
                       {QStringLiteral("save_ms_p99"), rounded(percentileMs(times, 0.99))},
                       {QStringLiteral("visits_per_second"),
                        wallMs > 0 ? rounded(double(acknowledged) * 1000.0 / wallMs) : 0.0},
                       {QStringLiteral("counters_equal_recount"), countersEqual}};
}

} // namespace hc
