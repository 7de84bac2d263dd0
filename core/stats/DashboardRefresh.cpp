// DashboardService's filtered series and drill-downs: every part of the dashboard for one
// filter, each a named step over DashboardStore's queries of the counters of schema 3.
#include "core/stats/DashboardService.h"

#include "core/common/DateText.h"
#include "core/crimes/ReunionService.h"
#include "core/operations/OperationService.h"
#include "core/registry/Vocabulary.h"
#include "core/stats/DashboardStore.h"
#include "core/stats/StatsStore.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <algorithm>
#include <functional>

namespace hc {

namespace {
// Coverage per station or area, sorted by share covered; the headline's households from the
// same rows.
void setCoverage(DashboardData& d, QList<CoverageRow> rows)
{
    DashboardHeadline& h = d.headline;
    d.coverageByArea = d.filter.stationId || d.filter.areaId;
    d.coverage = std::move(rows);
    for (const CoverageRow& r : d.coverage) {
        h.householdsInScope += r.inScope;
        h.householdsVisited += r.visited;
        h.householdsCovered += r.covered;
    }
    std::stable_sort(d.coverage.begin(), d.coverage.end(),
                     [](const CoverageRow& a, const CoverageRow& b) { return a.share() > b.share(); });
}

// Visits from the days shown; with a date range, the households first visited and covered in it.
Status addDayFigures(const DashboardStore& store, DashboardData& d)
{
    DashboardHeadline& h = d.headline;
    for (const DayRow& r : d.days)
        h.visits += r.visits;
    const auto period = store.periodFigures(d.filter);
    if (!period)
        return period.error();
    if (d.filter.hasDates()) {
        h.householdsVisited = period->newlyVisited;
        h.householdsCovered = period->newlyCovered;
    }
    h.personChecks = period->personChecks;
    return {};
}

Status addLatestStatus(const DashboardStore& store, DashboardData& d)
{
    const auto byStatus = store.latestStatus(d.filter);
    if (!byStatus)
        return byStatus.error();
    for (const QString& s : Vocabulary::codes(Vocabulary::Kind::Status))
        d.latestStatus << StatusCount{s, byStatus->value(s)};
    d.headline.whereaboutsUnknown = byStatus->value(QStringLiteral("whereabouts_unknown"));
    return {};
}

// The registration tiles as `stats` counts them: the same store query for the same filter.
Status addRegistrations(const DashboardStore& store, DashboardData& d)
{
    const auto figures = StatsStore(store.db()).unregistered(d.filter);
    if (!figures)
        return figures.error();
    d.headline.unregisteredFound = figures->found;
    d.headline.unregisteredRegistered = figures->registered;
    d.headline.unregisteredIdCards = figures->idCards;
    return {};
}

Status addCases(const DashboardStore& store, DashboardData& d)
{
    const auto figures = store.caseFigures(d.filter);
    if (!figures)
        return figures.error();
    d.headline.casesOpen = figures->open;
    d.headline.foundAlive = figures->foundAlive;
    d.headline.rescued = figures->rescued;
    d.headline.familiesReunited = figures->familiesReunited;
    // The crimes as `stats` counts them: the same store query for the same filter.
    const auto crimes = StatsStore(store.db()).crimesByKind(d.filter);
    if (!crimes)
        return crimes.error();
    for (auto it = crimes->cbegin(); it != crimes->cend(); ++it)
        d.headline.crimesByKind.insert(it.key(), it->crimes);
    auto days = store.caseDays(d.filter);
    if (!days)
        return days.error();
    d.caseDays = std::move(days).value();
    return {};
}

Status addOfficers(const DashboardStore& store, DashboardData& d)
{
    auto rows = store.officers(d.filter);
    if (!rows)
        return rows.error();
    d.officers = std::move(rows).value();
    return {};
}

Status addBacklog(const DashboardStore& store, DashboardData& d)
{
    auto rows = store.backlog(d.filter);
    if (!rows)
        return rows.error();
    d.backlog = std::move(rows).value();
    return {};
}

// Formats a drill-down's cells (`cell` formats each one, by its 1-based column).
DrillRows drillRows(DrillCells cells, QStringList headers,
                    const std::function<QString(int column, const QVariant& value)>& cell)
{
    DrillRows r;
    r.headers = std::move(headers);
    r.ids = std::move(cells.ids);
    r.truncated = cells.truncated;
    r.total = cells.total;
    for (const QVariantList& row : cells.cells) {
        QStringList texts;
        for (int c = 1; c <= row.size(); ++c)
            texts << cell(c, row.at(c - 1));
        r.rows << texts;
    }
    return r;
}

// Stored wall-clock times in the one format of the interface's language (DateText.h).
QString timeText(const QVariant& v)
{
    return storedTimeText(v.toString());
}
} // namespace

Result<QList<CoverageRow>> DashboardService::coverage(const DashboardFilter& filter) const
{
    const auto f = scoped(filter);
    if (!f)
        return f.error();
    return DashboardStore(m_db.sql()).coverage(*f);
}

Result<QList<DayRow>> DashboardService::days(const DashboardFilter& filter) const
{
    const auto f = scoped(filter);
    if (!f)
        return f.error();
    return dayRows(*f);
}

Result<QList<DayRow>> DashboardService::dayRows(const DashboardFilter& f) const
{
    const auto op = OperationService(m_db, m_actor).find(f.operationId);
    if (!op)
        return op.error();
    const auto counts = DashboardStore(m_db.sql()).dayCounts(f);
    if (!counts)
        return counts.error();
    QHash<QDate, DayCounts> byDay;
    for (const DayCounts& c : *counts)
        byDay.insert(c.day, c);
    // Every day shown, zeros included; the cumulative line starts at the first day shown, so it
    // ends at the households covered within the dates (the "covered" tile).
    const QDate from = f.from.isValid() ? std::max(f.from, op->start) : op->start;
    const QDate to = f.to.isValid() ? std::min(f.to, op->end) : op->end;
    QList<DayRow> rows;
    qint64 total = 0;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        const DayCounts c = byDay.value(d);
        total += c.newlyCovered;
        rows << DayRow{d, c.visits, c.newlyCovered, total};
    }
    return rows;
}

Result<DashboardData> DashboardService::refresh(const DashboardFilter& filter, QDate today) const
{
    const auto narrowed = scoped(filter);
    if (!narrowed)
        return narrowed.error();
    const DashboardFilter& f = *narrowed;
    DashboardData d;
    d.filter = f;
    QElapsedTimer t;
    t.start();
    auto lap = [&](const QString& part) {
        d.timingsMs.append({part, double(t.nsecsElapsed()) / 1e6});
        t.restart();
    };
    const auto op = OperationService(m_db, m_actor).find(f.operationId);
    if (!op)
        return op.error();
    d.operationName = op->name;
    d.start = f.from.isValid() ? std::max(f.from, op->start) : op->start;
    d.end = f.to.isValid() ? std::min(f.to, op->end) : op->end;
    if (!f.hasPlace() && !f.hasDates()) // the target is for the whole operation
        d.headline.target = op->targetHouseholds;

    auto cov = DashboardStore(m_db.sql()).coverage(f);
    if (!cov)
        return cov.error();
    setCoverage(d, std::move(cov).value());
    lap(QStringLiteral("coverage"));

    const DashboardStore store(m_db.sql());
    auto series = dayRows(f);
    if (!series)
        return series.error();
    d.days = std::move(series).value();
    using Step = Status (*)(const DashboardStore&, DashboardData&);
    const QList<QPair<QString, Step>> steps = {{QStringLiteral("days"), addDayFigures},
                                               {QStringLiteral("latest_status"), addLatestStatus},
                                               {QStringLiteral("registrations"), addRegistrations},
                                               {QStringLiteral("cases"), addCases},
                                               {QStringLiteral("officers"), addOfficers},
                                               {QStringLiteral("backlog"), addBacklog}};
    for (const auto& [part, step] : steps) {
        if (Status s = step(store, d); !s)
            return s.error();
        lap(part);
    }

    auto late = overdue(f, today, 7);
    if (!late)
        return late.error();
    d.overdue = std::move(late).value();
    lap(QStringLiteral("overdue"));
    return d;
}

Result<DrillRows> DashboardService::pendingHouseholds(const DashboardFilter& filter, int limit) const
{
    const auto f = scoped(filter);
    if (!f)
        return f.error();
    auto cells = DashboardStore(m_db.sql()).pendingHouseholds(*f, limit);
    if (!cells)
        return cells.error();
    return drillRows(std::move(cells).value(),
                     {tr("Household number"), tr("Address"), tr("Area"), tr("Visits"), tr("Last visit")},
                     [](int c, const QVariant& v) { return c == 5 ? timeText(v) : v.toString(); });
}

Result<DrillRows> DashboardService::personsWithStatus(const DashboardFilter& filter, const QString& status,
                                                      int limit) const
{
    const auto f = scoped(filter);
    if (!f)
        return f.error();
    auto cells = DashboardStore(m_db.sql()).personsWithStatus(*f, status, limit);
    if (!cells)
        return cells.error();
    return drillRows(std::move(cells).value(),
                     {tr("Name"), tr("ID number"), tr("Household number"), tr("Area"), tr("Screened at")},
                     [](int c, const QVariant& v) { return c == 5 ? timeText(v) : v.toString(); });
}

Result<DrillRows> DashboardService::visitsOnDay(const DashboardFilter& filter, QDate day, int limit) const
{
    const auto f = scoped(filter);
    if (!f)
        return f.error();
    auto cells = DashboardStore(m_db.sql()).visitsOnDay(*f, day, limit);
    if (!cells)
        return cells.error();
    return drillRows(std::move(cells).value(),
                     {tr("Visited at"), tr("Household number"), tr("Area"), tr("Officer"), tr("Outcome")},
                     [](int c, const QVariant& v) {
                         return c == 1   ? timeText(v)
                                : c == 5 ? Vocabulary::label(Vocabulary::Kind::Outcome, v.toString())
                                         : v.toString();
                     });
}

Result<DrillRows> DashboardService::reunions(const DashboardFilter& filter, int limit) const
{
    const auto f = scoped(filter);
    if (!f)
        return f.error();
    auto cells = DashboardStore(m_db.sql()).reunions(*f, limit);
    if (!cells)
        return cells.error();
    return drillRows(std::move(cells).value(),
                     {tr("Case number"), tr("Person"), tr("Reunited on"), tr("How"), tr("Family")},
                     [](int c, const QVariant& v) {
                         return c == 3   ? dateText(QDate::fromString(v.toString().left(10), Qt::ISODate))
                                : c == 4 ? ReunionService::wayLabel(v.toString())
                                         : v.toString();
                     });
}

} // namespace hc
