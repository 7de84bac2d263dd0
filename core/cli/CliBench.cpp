#include "core/cli/CliBench.h"

#include "core/households/HouseholdService.h"
#include "core/links/LinkGraph.h"
#include "core/matching/DuplicateFinder.h"
#include "core/operations/OperationService.h"
#include "core/search/SearchService.h"
#include "core/stats/DashboardService.h"
#include "core/stats/StatsService.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

namespace hc {

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
} // namespace

Result<QJsonObject> benchSearch(Database& db, int queries)
{
    // The query mix an officer types: full names, 2-character names, parts of ID numbers,
    // phone tails and address fragments, drawn evenly from the people table.
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT max(id) FROM persons")) || !q.next())
        return storageError(q.lastError().text());
    const qint64 maxId = q.value(0).toLongLong();
    q.finish();
    if (maxId == 0)
        return storageError(QStringLiteral("no people to search"));
    QStringList terms;
    QSqlQuery pick(db.sql());
    pick.prepare(QStringLiteral(
        "SELECT p.name, coalesce(p.id_number, ''), coalesce(p.phone, ''), "
        "coalesce(h.address, '') FROM persons p LEFT JOIN households h ON h.id = p.household_id "
        "WHERE p.id >= ? ORDER BY p.id LIMIT 1"));
    for (int i = 0; i < queries; ++i) {
        pick.bindValue(0, 1 + (maxId * i) / queries);
        if (!pick.exec() || !pick.next())
            continue;
        const QString name = pick.value(0).toString(), id = pick.value(1).toString(),
                      phone = pick.value(2).toString(), address = pick.value(3).toString();
        pick.finish();
        switch (i % 5) {
        case 0:
            terms << name;
            break;
        case 1:
            terms << name.left(2);
            break;
        case 2:
            terms << (id.size() >= 14 ? id.mid(6, 8) : name);
            break;
        case 3:
            terms << (phone.size() >= 4 ? phone.right(4) : name);
            break;
        default:
            terms << (address.size() >= 6 ? address.mid(2, 4) : name);
        }
    }
    SearchService search(db);
    std::vector<double> ms;
    qint64 hits = 0;
    for (const QString& t : terms) {
        QElapsedTimer timer;
        timer.start();
        const auto r = search.search(t, 50);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
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
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return summarise(ms);
}

Result<QJsonObject> benchLinks(Database& db, const QString& edgeListPath)
{
    auto ms = [](QElapsedTimer& t) { return double(t.nsecsElapsed()) / 1e6; };
    QElapsedTimer t;
    t.start();
    auto graph = LinkGraph::load(db, {});
    if (!graph)
        return graph.error();
    const double buildMs = ms(t);
    t.restart();
    const auto clusters = graph->clusters();
    const double componentsMs = ms(t);
    if (clusters.isEmpty())
        return storageError(QStringLiteral("no links"));
    const QList<int>& largest = clusters.first();
    const int from = largest.first(), to = largest.last();
    // The first search sizes the working maps once per graph; time the query after it.
    (void)graph->strongestPath(to, from);
    t.restart();
    const auto path = graph->strongestPath(from, to);
    const double pathMs = ms(t);
    t.restart();
    const auto central = graph->keyConnectors(largest, 10);
    const double betweennessMs = ms(t);

    QFile f(edgeListPath);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{QStringLiteral("file"), f.errorString(), Error::Kind::Io};
    QByteArray text;
    for (const GraphEdge& e : graph->edges())
        text += QByteArray::number(e.a) + ' ' + QByteArray::number(e.b) + ' ' +
                QByteArray::number(-std::log(std::clamp(e.confidence, 1e-6, 1.0)), 'g', 17) + '\n';
    f.write(text);
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

Result<QJsonObject> benchHouseholds(Database& db, const QString& operationName, int runs)
{
    const auto op = OperationService(db, Actor{}).find(operationName);
    if (!op)
        return op.error();
    HouseholdService households(db);
    const QList<StationRow> stations = households.stations();
    if (stations.isEmpty())
        return storageError(QStringLiteral("no stations"));
    std::vector<double> pageMs, detailMs, nextMs;
    for (int i = 0; i < runs; ++i) {
        const qint64 station = i % 2 ? stations.at(i % stations.size()).id : 0;
        const Coverage coverage = Coverage(i % 4);
        QElapsedTimer timer;
        timer.start();
        auto first = households.page(HouseholdFilter{op->id, station, 0, coverage, {}}, {}, 200);
        if (!first)
            return first.error();
        // The next page too, as the view fetches it when scrolled.
        if (!first->isEmpty() && !households.page(HouseholdFilter{op->id, station, 0, coverage, {}},
                                                  first->last().householdNo, 200))
            return storageError(QStringLiteral("page failed"));
        pageMs.push_back(double(timer.nsecsElapsed()) / 2e6);
        if (!first->isEmpty()) {
            timer.restart();
            if (!households.detail(first->at(i % first->size()).id, op->id))
                return storageError(QStringLiteral("detail failed"));
            detailMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        timer.restart();
        if (!households.nextToVisit(
                HouseholdFilter{op->id, stations.at(i % stations.size()).id, 0, Coverage::Any, {}}, {}))
            return storageError(QStringLiteral("next failed"));
        nextMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return QJsonObject{{QStringLiteral("page"), summarise(pageMs)},
                       {QStringLiteral("detail"), summarise(detailMs)},
                       {QStringLiteral("next"), summarise(nextMs)}};
}

Result<QJsonObject> benchDuplicates(Database& db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("DELETE FROM name_phonetic")))
        return storageError(q.lastError().text());
    QJsonObject out;
    for (const char* run : {"cold", "warm"}) {
        QElapsedTimer t;
        t.start();
        const auto scan = DuplicateFinder(db, Actor::cli()).run();
        if (!scan)
            return scan.error();
        QJsonObject o = scan->toJson();
        o.insert(QStringLiteral("total_ms"), double(t.elapsed()));
        out.insert(QLatin1String(run), o);
    }
    return out;
}

Result<QJsonObject> benchDashboard(Database& db, const QString& operationName, int runs)
{
    const auto op = OperationService(db, Actor{}).find(operationName);
    if (!op)
        return op.error();
    QSqlQuery q(db.sql());
    qint64 subBureau = 0, station = 0, area = 0;
    if (q.exec(QStringLiteral("SELECT s.sub_bureau_id, s.id, a.id FROM areas a JOIN stations s ON s.id = "
                              "a.station_id ORDER BY s.id, a.id LIMIT 1")) &&
        q.next()) {
        subBureau = q.value(0).toLongLong();
        station = q.value(1).toLongLong();
        area = q.value(2).toLongLong();
    }
    q.finish();
    QList<DashboardFilter> filters;
    DashboardFilter all;
    all.operationId = op->id;
    filters << all;
    DashboardFilter f = all;
    f.subBureauId = subBureau;
    filters << f;
    f = all;
    f.stationId = station;
    filters << f;
    f = all;
    f.stationId = station;
    f.areaId = area;
    filters << f;
    f = all;
    f.from = op->start.addDays(7);
    f.to = op->start.addDays(13);
    filters << f;
    const QStringList names = {QStringLiteral("all"), QStringLiteral("sub_bureau"), QStringLiteral("station"),
                               QStringLiteral("area"), QStringLiteral("week")};
    DashboardService dashboard(db);
    QMap<QString, std::vector<double>> parts;
    QMap<QString, std::vector<double>> totals;
    for (int i = 0; i < runs; ++i) {
        for (int k = 0; k < filters.size(); ++k) {
            QElapsedTimer timer;
            timer.start();
            const auto d = dashboard.refresh(filters.at(k), op->end);
            if (!d)
                return d.error();
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            totals[names.at(k)].push_back(ms);
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

} // namespace hc
