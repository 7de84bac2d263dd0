#include "core/links/GraphLayout.h"

#include <QHash>
#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
// Kamada-Kawai's all-pairs distances (johnson_all_pairs_shortest_paths) trip a false
// -Wmaybe-uninitialized inside Boost 1.74's edge iterators with GCC 12.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/graph/kamada_kawai_spring_layout.hpp>
#pragma GCC diagnostic pop
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>
#include <boost/property_map/property_map.hpp>
#include <boost/random/linear_congruential.hpp>
#include <cmath>

namespace hc {

namespace {
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using Topology = boost::square_topology<boost::minstd_rand>;
using Point = Topology::point_type;

struct Cancelled
{
};

// Linear cooling that also polls for cancellation and reports progress between iterations.
struct Cooling
{
    int iterations;
    double startTemperature;
    int step = 0;
    const std::function<bool()>* cancelled;
    const std::function<void(int, int)>* progress;
    int* done;
    int total;

    double operator()()
    {
        if (*cancelled && (*cancelled)())
            throw Cancelled{};
        if (*progress)
            (*progress)(++*done, total);
        if (step >= iterations)
            return 0;
        return startTemperature * double(iterations - step++) / double(iterations);
    }
};

// Kamada-Kawai's stop test (energy tolerance) with a cap on its steps and the cancel poll.
struct SpringDone
{
    boost::layout_tolerance<double> tolerance{1e-4};
    long steps = 0;
    long maxSteps;
    const std::function<bool()>* cancelled;

    template <typename G>
    bool operator()(double delta, typename boost::graph_traits<G>::vertex_descriptor v, const G& g,
                    bool global)
    {
        if (global) {
            if (++steps % 64 == 0 && *cancelled && (*cancelled)())
                throw Cancelled{};
            if (steps >= maxSteps)
                return true;
        }
        return tolerance(delta, v, g, global);
    }
};

// Shelf packing: parts (largest first) left to right, a new row when the row is full.
void placeParts(QList<QList<QPointF>>& parts, double gap)
{
    double rowWidth = 0;
    for (const auto& part : parts) {
        double minX = 1e300, maxX = -1e300;
        for (const QPointF& p : part) {
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
        }
        rowWidth += maxX - minX + gap;
    }
    const double maxRow = std::max(std::sqrt(rowWidth * 600.0), 600.0);
    double x = 0, y = 0, rowHeight = 0;
    for (auto& part : parts) {
        double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;
        for (const QPointF& p : part) {
            minX = std::min(minX, p.x());
            minY = std::min(minY, p.y());
            maxX = std::max(maxX, p.x());
            maxY = std::max(maxY, p.y());
        }
        const double w = maxX - minX, h = maxY - minY;
        if (x > 0 && x + w > maxRow) {
            x = 0;
            y += rowHeight + gap;
            rowHeight = 0;
        }
        for (QPointF& p : part)
            p = QPointF(p.x() - minX + x, p.y() - minY + y);
        x += w + gap;
        rowHeight = std::max(rowHeight, h);
    }
}

// The connected parts of the graph, largest first.
QList<QList<int>> connectedParts(const Graph& whole)
{
    std::vector<int> component(boost::num_vertices(whole));
    const int count = boost::connected_components(whole, component.data());
    QList<QList<int>> members(count);
    for (int v = 0; v < int(component.size()); ++v)
        members[component[std::size_t(v)]] << v;
    std::stable_sort(members.begin(), members.end(),
                     [](const QList<int>& a, const QList<int>& b) { return a.size() > b.size(); });
    return members;
}

// The part's own graph, its vertices numbered by their place in `members`.
Graph partGraph(const QList<int>& members, const Graph& whole)
{
    QHash<int, int> at;
    for (int i = 0; i < members.size(); ++i)
        at.insert(members.at(i), i);
    Graph g(std::size_t(members.size()));
    for (int v : members)
        for (auto [e, end] = boost::out_edges(std::size_t(v), whole); e != end; ++e) {
            const int u = int(boost::target(*e, whole));
            if (v < u)
                boost::add_edge(std::size_t(at.value(v)), std::size_t(at.value(u)), g);
        }
    return g;
}

// Scales positions so that the median link is `spacing` long, whatever the square did.
QList<QPointF> scaledToSpacing(const Graph& g, const std::vector<Point>& position, double spacing)
{
    std::vector<double> lengths;
    for (auto [e, end] = boost::edges(g); e != end; ++e) {
        const Point& a = position[boost::source(*e, g)];
        const Point& b = position[boost::target(*e, g)];
        lengths.push_back(std::hypot(a[0] - b[0], a[1] - b[1]));
    }
    std::nth_element(lengths.begin(), lengths.begin() + long(lengths.size() / 2), lengths.end());
    const double median = lengths[lengths.size() / 2];
    const double factor = median > 1e-9 ? spacing / median : 1.0;
    QList<QPointF> out;
    out.reserve(qsizetype(position.size()));
    for (const Point& p : position)
        out << QPointF(p[0] * factor, p[1] * factor);
    return out;
}

// One connected part of three or more vertices: Fruchterman-Reingold from a random start, then
// Kamada-Kawai to even out the link lengths. Throws Cancelled.
QList<QPointF> layoutPart(const Graph& g, const LayoutOptions& options, boost::minstd_rand& random,
                          const std::function<bool()>& cancelled,
                          const std::function<void(int, int)>& progress, int* done, int total)
{
    const std::size_t n = boost::num_vertices(g);
    // The square's side grows with the part so that neighbours end up ~spacing apart.
    const double side = options.spacing * std::sqrt(double(n)) * 1.6;
    Topology topology(random, side / 2);
    std::vector<Point> position(n);
    auto positionMap =
        boost::make_iterator_property_map(position.begin(), boost::get(boost::vertex_index, g));
    boost::random_graph_layout(g, positionMap, topology);
    boost::fruchterman_reingold_force_directed_layout(
        g, positionMap, topology,
        boost::cooling(Cooling{options.iterations, side / 10, 0, &cancelled, &progress, done, total}));
    // Kamada-Kawai needs all-pairs distances, so only up to a few hundred vertices.
    if (n <= 300)
        boost::kamada_kawai_spring_layout(
            g, positionMap, boost::make_constant_property<Graph::edge_descriptor>(1.0), topology,
            boost::edge_length(options.spacing), SpringDone{{1e-4}, 0, 40L * long(n), &cancelled});
    return scaledToSpacing(g, position, options.spacing);
}
} // namespace

std::optional<QList<QPointF>> GraphLayout::compute(int vertexCount, const QList<QPair<int, int>>& edges,
                                                   const LayoutOptions& options,
                                                   const std::function<bool()>& cancelled,
                                                   const std::function<void(int, int)>& progress)
{
    if (vertexCount <= 0)
        return QList<QPointF>{};
    Graph whole(static_cast<std::size_t>(vertexCount));
    for (const auto& [a, b] : edges)
        if (a >= 0 && b >= 0 && a < vertexCount && b < vertexCount && a != b)
            boost::add_edge(std::size_t(a), std::size_t(b), whole);
    const QList<QList<int>> members = connectedParts(whole);
    int done = 0;
    int total = 0;
    for (const QList<int>& m : members)
        total += m.size() > 2 ? options.iterations + 1 : 0;
    boost::minstd_rand random(options.seed == 0 ? 1 : options.seed);
    QList<QList<QPointF>> parts;
    parts.reserve(members.size());
    try {
        for (const QList<int>& m : members) {
            if (m.size() == 1)
                parts << QList<QPointF>{QPointF(0, 0)};
            else if (m.size() == 2)
                parts << QList<QPointF>{QPointF(0, 0), QPointF(options.spacing, 0)};
            else
                parts << layoutPart(partGraph(m, whole), options, random, cancelled, progress, &done, total);
        }
    } catch (const Cancelled&) {
        return std::nullopt;
    }
    placeParts(parts, options.spacing);
    QList<QPointF> out(vertexCount);
    for (int i = 0; i < members.size(); ++i)
        for (int j = 0; j < members.at(i).size(); ++j)
            out[members.at(i).at(j)] = parts.at(i).at(j);
    return out;
}

} // namespace hc
