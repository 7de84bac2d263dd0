#include "links/LinkGraph.h"

#include "storage/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <cmath>
#include <deque>
#include <limits>

namespace hc {

namespace {
struct EdgeProps
{
    double weight = 0; // -log(confidence)
    int index = 0;     // into LinkGraph::m_edges
};
using Graph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property, EdgeProps>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
} // namespace

struct LinkGraph::Impl
{
    Graph graph;
    QHash<QString, int> index; // EntityRef::text() -> vertex
    // Dijkstra's working maps, kept between queries and reset only where a search went, so a
    // path inside a small cluster costs the cluster, not the whole graph (not thread-safe:
    // a LinkGraph is used by one thread).
    std::vector<double> distance;
    std::vector<Vertex> predecessor;
    std::vector<boost::default_color_type> color;
};

namespace {
struct Found
{
};

// Records where the search went and stops it at the target.
class PathVisitor : public boost::default_dijkstra_visitor
{
public:
    PathVisitor(Vertex target, std::vector<Vertex>* touched) : m_target(target), m_touched(touched) {}
    void discover_vertex(Vertex u, const Graph&) { m_touched->push_back(u); }
    void examine_vertex(Vertex u, const Graph&)
    {
        if (u == m_target)
            throw Found{};
    }

private:
    Vertex m_target;
    std::vector<Vertex>* m_touched;
};
} // namespace

std::optional<EntityRef> EntityRef::parse(const QString& text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == text.size() - 1)
        return std::nullopt;
    static const QStringList kinds = {QStringLiteral("person"),    QStringLiteral("case"),
                                      QStringLiteral("household"), QStringLiteral("phone"),
                                      QStringLiteral("address"),   QStringLiteral("vehicle")};
    EntityRef e{text.left(colon).trimmed(), text.mid(colon + 1).trimmed()};
    if (!kinds.contains(e.kind))
        return std::nullopt;
    return e;
}

LinkGraph::LinkGraph(QList<EntityRef> vertices, QList<GraphEdge> edges)
    : m_vertices(std::move(vertices)), m_edges(std::move(edges)), m_impl(std::make_unique<Impl>())
{
    m_impl->graph = Graph(std::size_t(m_vertices.size()));
    for (int i = 0; i < m_vertices.size(); ++i)
        m_impl->index.insert(m_vertices.at(i).text(), i);
    for (int i = 0; i < m_edges.size(); ++i) {
        const GraphEdge& e = m_edges.at(i);
        // A confidence of 0 would be an infinite weight: keep it finite but worst.
        const double c = std::clamp(e.confidence, 1e-6, 1.0);
        boost::add_edge(Vertex(e.a), Vertex(e.b), EdgeProps{-std::log(c), i}, m_impl->graph);
    }
}

LinkGraph::~LinkGraph() = default;
LinkGraph::LinkGraph(LinkGraph&&) noexcept = default;
LinkGraph& LinkGraph::operator=(LinkGraph&&) noexcept = default;

int LinkGraph::indexOf(const EntityRef& e) const
{
    return m_impl->index.value(e.text(), -1);
}

QList<QList<int>> LinkGraph::clusters() const
{
    std::vector<int> component(boost::num_vertices(m_impl->graph));
    const int count = component.empty() ? 0 : boost::connected_components(m_impl->graph, component.data());
    QList<QList<int>> out(count);
    for (int v = 0; v < int(component.size()); ++v)
        out[component[std::size_t(v)]] << v;
    std::stable_sort(out.begin(), out.end(),
                     [](const QList<int>& a, const QList<int>& b) { return a.size() > b.size(); });
    return out;
}

std::optional<QList<PathStep>> LinkGraph::strongestPath(int from, int to) const
{
    const Graph& g = m_impl->graph;
    const std::size_t n = boost::num_vertices(g);
    if (from < 0 || to < 0 || std::size_t(from) >= n || std::size_t(to) >= n)
        return std::nullopt;
    std::vector<double>& distance = m_impl->distance;
    std::vector<Vertex>& predecessor = m_impl->predecessor;
    std::vector<boost::default_color_type>& color = m_impl->color;
    if (distance.size() != n) {
        distance.assign(n, std::numeric_limits<double>::infinity());
        predecessor.resize(n);
        for (std::size_t v = 0; v < n; ++v)
            predecessor[v] = Vertex(v);
        color.assign(n, boost::white_color);
    }
    std::vector<Vertex> touched{Vertex(from)};
    distance[std::size_t(from)] = 0;
    bool reached = from == to;
    try {
        boost::dijkstra_shortest_paths_no_init(
            g, Vertex(from), predecessor.data(), distance.data(), boost::get(&EdgeProps::weight, g),
            boost::get(boost::vertex_index, g), std::less<double>(), boost::closed_plus<double>(), 0.0,
            PathVisitor(Vertex(to), &touched), color.data());
    } catch (const Found&) {
        reached = true;
    }
    reached = reached || predecessor[std::size_t(to)] != Vertex(to);
    // Read the chain before the maps are reset.
    QList<Vertex> chain;
    if (reached)
        for (Vertex v = Vertex(to); v != Vertex(from); v = predecessor[v])
            chain.prepend(v);
    for (Vertex v : touched) {
        distance[v] = std::numeric_limits<double>::infinity();
        predecessor[v] = v;
        color[v] = boost::white_color;
    }
    if (!reached)
        return std::nullopt; // another cluster
    QList<PathStep> steps;
    Vertex u = Vertex(from);
    for (Vertex v : chain) {
        // The strongest of possibly several parallel edges between u and v.
        int best = -1;
        double bestWeight = 0;
        for (auto [e, end] = boost::out_edges(u, g); e != end; ++e)
            if (boost::target(*e, g) == v && (best < 0 || g[*e].weight < bestWeight)) {
                best = g[*e].index;
                bestWeight = g[*e].weight;
            }
        steps << PathStep{int(u), int(v), m_edges.at(best)};
        u = v;
    }
    return steps;
}
QList<QPair<int, double>> LinkGraph::keyConnectors(const QList<int>& cluster, int top) const
{
    // A subgraph of the cluster, so centrality is computed where it means something.
    QHash<int, int> local;
    for (int i = 0; i < cluster.size(); ++i)
        local.insert(cluster.at(i), i);
    Graph sub(std::size_t(cluster.size()));
    for (const GraphEdge& e : m_edges)
        if (local.contains(e.a) && local.contains(e.b))
            boost::add_edge(Vertex(local.value(e.a)), Vertex(local.value(e.b)), sub);
    std::vector<double> centrality(boost::num_vertices(sub));
    boost::brandes_betweenness_centrality(
        sub, boost::centrality_map(boost::make_iterator_property_map(centrality.begin(),
                                                                     boost::get(boost::vertex_index, sub))));
    QList<QPair<int, double>> ranked;
    for (int i = 0; i < cluster.size(); ++i)
        ranked << qMakePair(cluster.at(i), centrality[std::size_t(i)]);
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    return ranked.mid(0, top);
}

QList<int> LinkGraph::neighbourhood(int v, int hops) const
{
    const Graph& g = m_impl->graph;
    if (v < 0 || v >= vertexCount())
        return {};
    std::vector<int> depth(boost::num_vertices(g), -1);
    std::deque<Vertex> queue{Vertex(v)};
    depth[std::size_t(v)] = 0;
    QList<int> out;
    while (!queue.empty()) {
        const Vertex u = queue.front();
        queue.pop_front();
        out << int(u);
        if (depth[u] == hops)
            continue;
        for (auto [a, end] = boost::adjacent_vertices(u, g); a != end; ++a)
            if (depth[*a] < 0) {
                depth[*a] = depth[u] + 1;
                queue.push_back(*a);
            }
    }
    return out;
}

Result<LinkGraph> LinkGraph::load(Database& db, const LinkFilter& filter)
{
    QList<EntityRef> vertices;
    QList<GraphEdge> edges;
    QHash<QString, int> index;
    auto vertexOf = [&](const QString& kind, const QString& key) {
        const EntityRef e{kind, key};
        const QString t = e.text();
        auto it = index.constFind(t);
        if (it != index.constEnd())
            return *it;
        vertices << e;
        index.insert(t, int(vertices.size() - 1));
        return int(vertices.size() - 1);
    };
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT a_kind, a_key, b_kind, b_key, kind, confidence FROM links ORDER BY id")))
        return storageError(q.lastError().text());
    while (q.next()) {
        const QString kind = q.value(4).toString();
        const double confidence = q.value(5).toDouble();
        if ((!filter.kinds.isEmpty() && !filter.kinds.contains(kind)) || confidence < filter.minConfidence)
            continue;
        const int a = vertexOf(q.value(0).toString(), q.value(1).toString());
        const int b = vertexOf(q.value(2).toString(), q.value(3).toString());
        edges << GraphEdge{a, b, kind, confidence, false};
    }
    // Implied links: each case and its subject; the household of every linked person.
    if (filter.kinds.isEmpty() || filter.kinds.contains(QStringLiteral("subject"))) {
        if (!q.exec(QStringLiteral(
                "SELECT id, subject_person_id FROM cases WHERE subject_person_id IS NOT NULL")))
            return storageError(q.lastError().text());
        while (q.next())
            edges << GraphEdge{vertexOf(QStringLiteral("case"), q.value(0).toString()),
                               vertexOf(QStringLiteral("person"), q.value(1).toString()),
                               QStringLiteral("subject"), 1.0, true};
    }
    if (filter.kinds.isEmpty() || filter.kinds.contains(QStringLiteral("member"))) {
        // One query for the households of every person already in the graph.
        QStringList ids;
        for (const EntityRef& e : std::as_const(vertices))
            if (e.kind == u"person")
                ids << QString::number(e.key.toLongLong());
        if (!ids.isEmpty()) {
            if (!q.exec(QStringLiteral(
                            "SELECT id, household_id FROM persons WHERE household_id IS NOT NULL AND id IN "
                            "(%1) ORDER BY id")
                            .arg(ids.join(u','))))
                return storageError(q.lastError().text());
            while (q.next())
                edges << GraphEdge{index.value(QStringLiteral("person:") + q.value(0).toString()),
                                   vertexOf(QStringLiteral("household"), q.value(1).toString()),
                                   QStringLiteral("member"), 1.0, true};
        }
    }
    return LinkGraph(std::move(vertices), std::move(edges));
}

} // namespace hc
