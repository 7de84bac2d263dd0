#include "app/cli/Benchmarks.h"

#include "core/auth/Actor.h"
#include "core/bench/BenchStore.h"
#include "core/households/HouseholdService.h"
#include "core/links/LinkGraph.h"
#include "core/matching/DuplicateFinder.h"
#include "core/operations/OperationService.h"
#include "core/search/SearchService.h"
#include "core/stats/DashboardService.h"
#include "core/stats/StatsService.h"

#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <cmath>

namespace hc::cli {

namespace {
QJsonObject summarise(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&ms](double q) { return ms[std::min(ms.size() - 1, std::size_t(q * double(ms.size())))]; };
    return QJsonObject{{QStringLiteral("runs"), qint64(ms.size())},
                       {QStringLiteral("median_ms"), at(0.5)},
                       {QStringLiteral("p95_ms"), at(0.95)},
                       {QStringLiteral("max_ms"), ms.back()}};
}

double elapsedMs(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// The query mix an officer types: full names, 2-character names, parts of ID numbers, phone
// tails and address fragments, drawn evenly from the people table.
QString searchTerm(const BenchPerson& p, int i)
{
    switch (i % 5) {
    case 0:
        return p.name;
    case 1:
        return p.name.left(2);
    case 2:
        return p.idNumber.size() >= 14 ? p.idNumber.mid(6, 8) : p.name;
    case 3:
        return p.phone.size() >= 4 ? p.phone.right(4) : p.name;
    default:
        return p.address.size() >= 6 ? p.address.mid(2, 4) : p.name;
    }
}

// The dashboard's filters: whole operation, one sub-bureau, one station, one area, one week.
QList<QPair<QString, DashboardFilter>> dashboardFilters(const Operation& op, const BenchPlace& place)
{
    DashboardFilter all;
    all.operationId = op.id;
    DashboardFilter subBureau = all, station = all, area = all, week = all;
    subBureau.subBureauId = place.subBureauId;
    station.stationId = place.stationId;
    area.stationId = place.stationId;
    area.areaId = place.areaId;
    week.from = op.start.addDays(7);
    week.to = op.start.addDays(13);
    return {{QStringLiteral("all"), all},
            {QStringLiteral("sub_bureau"), subBureau},
            {QStringLiteral("station"), station},
            {QStringLiteral("area"), area},
            {QStringLiteral("week"), week}};
}

Status writeEdgeList(const LinkGraph& graph, const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{QStringLiteral("file"), f.errorString(), Error::Kind::Io};
    QByteArray text;
    for (const GraphEdge& e : graph.edges())
        text += QByteArray::number(e.a) + ' ' + QByteArray::number(e.b) + ' ' +
                QByteArray::number(-std::log(std::clamp(e.confidence, 1e-6, 1.0)), 'g', 17) + '\n';
    f.write(text);
    return {};
}
} // namespace

Result<QJsonObject> benchSearch(Database& db, const Actor& actor, int queries)
{
    const auto people = BenchStore(db).samplePeople(queries);
    if (!people)
        return people.error();
    SearchService search(db, actor);
    std::vector<double> ms;
    qint64 hits = 0;
    for (int i = 0; i < people->size(); ++i) {
        const QString term = searchTerm(people->at(i), i);
        QElapsedTimer timer;
        timer.start();
        const auto r = search.search(term, 50);
        ms.push_back(elapsedMs(timer));
        if (r)
            hits += r->size();
    }
    QJsonObject o = summarise(ms);
    o.insert(QStringLiteral("hits"), hits);
    return o;
}

Result<QJsonObject> benchStats(Database& db, const QString& operationName, int runs)
{
    StatsService stats(db);
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto r = stats.compute(operationName);
        if (!r)
            return r.error();
        ms.push_back(elapsedMs(timer));
    }
    return summarise(ms);
}

Result<QJsonObject> benchHouseholds(Database& db, const Actor& actor, const QString& operationName, int runs)
{
    const auto op = OperationService(db, actor).find(operationName);
    if (!op)
        return op.error();
    HouseholdService households(db, actor);
    const QList<StationRow> stations = households.stations();
    if (stations.isEmpty())
        return storageError(QStringLiteral("no stations"));
    std::vector<double> pageMs, detailMs, nextMs;
    for (int i = 0; i < runs; ++i) {
        const HouseholdFilter filter{
            op->id, i % 2 ? stations.at(i % stations.size()).id : 0, 0, Coverage(i % 4), {}};
        QElapsedTimer timer;
        timer.start();
        auto first = households.page(filter, {}, 200);
        if (!first)
            return first.error();
        // The next page too, as the view fetches it when scrolled.
        if (!first->isEmpty() && !households.page(filter, first->last().householdNo, 200))
            return storageError(QStringLiteral("page failed"));
        pageMs.push_back(double(timer.nsecsElapsed()) / 2e6);
        if (!first->isEmpty()) {
            timer.restart();
            if (!households.detail(first->at(i % first->size()).id, op->id))
                return storageError(QStringLiteral("detail failed"));
            detailMs.push_back(elapsedMs(timer));
        }
        timer.restart();
        if (!households.nextToVisit(
                HouseholdFilter{op->id, stations.at(i % stations.size()).id, 0, Coverage::Any, {}}, {}))
            return storageError(QStringLiteral("next failed"));
        nextMs.push_back(elapsedMs(timer));
    }
    return QJsonObject{{QStringLiteral("page"), summarise(pageMs)},
                       {QStringLiteral("detail"), summarise(detailMs)},
                       {QStringLiteral("next"), summarise(nextMs)}};
}

Result<QJsonObject> benchLinks(Database& db, const Actor& actor, const QString& edgeListPath)
{
    QElapsedTimer t;
    t.start();
    auto graph = LinkGraph::load(db, actor, {});
    if (!graph)
        return graph.error();
    const double buildMs = elapsedMs(t);
    t.restart();
    const auto clusters = graph->clusters();
    const double componentsMs = elapsedMs(t);
    if (clusters.isEmpty())
        return storageError(QStringLiteral("no links"));
    const QList<int>& largest = clusters.first();
    const int from = largest.first(), to = largest.last();
    // The first search sizes the working maps once per graph; time the query after it.
    (void)graph->strongestPath(to, from);
    t.restart();
    const auto path = graph->strongestPath(from, to);
    const double pathMs = elapsedMs(t);
    t.restart();
    const auto central = graph->keyConnectors(largest, 10);
    const double betweennessMs = elapsedMs(t);
    if (Status s = writeEdgeList(*graph, edgeListPath); !s)
        return s.error();
    return QJsonObject{{QStringLiteral("vertices"), graph->vertexCount()},
                       {QStringLiteral("edges"), qint64(graph->edges().size())},
                       {QStringLiteral("clusters"), qint64(clusters.size())},
                       {QStringLiteral("largest"), qint64(largest.size())},
                       {QStringLiteral("from"), from},
                       {QStringLiteral("to"), to},
                       {QStringLiteral("path_steps"), path ? qint64(path->size()) : -1},
                       {QStringLiteral("top_connector"), central.isEmpty() ? -1 : central.first().first},
                       {QStringLiteral("build_ms"), buildMs},
                       {QStringLiteral("components_ms"), componentsMs},
                       {QStringLiteral("path_ms"), pathMs},
                       {QStringLiteral("betweenness_ms"), betweennessMs}};
}

Result<QJsonObject> benchDuplicates(Database& db, const Actor& actor)
{
    if (Status s = BenchStore(db).clearPhoneticCache(); !s)
        return s.error();
    QJsonObject out;
    for (const char* run : {"cold", "warm"}) {
        QElapsedTimer t;
        t.start();
        const auto scan = DuplicateFinder(db, actor).run();
        if (!scan)
            return scan.error();
        QJsonObject o = scan->toJson();
        o.insert(QStringLiteral("total_ms"), double(t.elapsed()));
        out.insert(QLatin1String(run), o);
    }
    return out;
}

Result<QJsonObject> benchDashboard(Database& db, const Actor& actor, const QString& operationName, int runs)
{
    const auto op = OperationService(db, actor).find(operationName);
    if (!op)
        return op.error();
    const auto place = BenchStore(db).firstArea();
    if (!place)
        return place.error();
    const auto filters = dashboardFilters(*op, *place);
    DashboardService dashboard(db, actor);
    QMap<QString, std::vector<double>> parts, totals;
    for (int i = 0; i < runs; ++i) {
        for (const auto& [name, filter] : filters) {
            QElapsedTimer timer;
            timer.start();
            const auto d = dashboard.refresh(filter, op->end);
            if (!d)
                return d.error();
            const double ms = elapsedMs(timer);
            totals[name].push_back(ms);
            totals[QStringLiteral("any")].push_back(ms);
            for (const auto& [part, partMs] : d->timingsMs)
                parts[part].push_back(partMs);
        }
    }
    QJsonObject perPart, perFilter;
    for (auto it = parts.begin(); it != parts.end(); ++it)
        perPart.insert(it.key(), summarise(it.value()));
    for (auto it = totals.begin(); it != totals.end(); ++it)
        perFilter.insert(it.key(), summarise(it.value()));
    return QJsonObject{{QStringLiteral("parts"), perPart}, {QStringLiteral("refresh"), perFilter}};
}

} // namespace hc::cli
