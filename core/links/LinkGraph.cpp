#include "core/links/LinkGraph.h"

#include <QHash>
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
    // Sized first: one allocation per cluster (thousands of small clusters at city scale).
    std::vector<int> sizes(std::size_t(count), 0);
    for (int c : component)
        ++sizes[std::size_t(c)];
    QList<QList<int>> out(count);
    for (int c = 0; c < count; ++c)
        out[c].reserve(sizes[std::size_t(c)]);
    for (int v = 0; v < int(component.size()); ++v)
        out[component[std::size_t(v)]].append(v);
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
    // Built from the cluster's own adjacency, not by scanning every edge of the graph.
    const Graph& g = m_impl->graph;
    Graph sub(std::size_t(cluster.size()));
    for (int v : cluster)
        for (auto [e, end] = boost::out_edges(Vertex(v), g); e != end; ++e) {
            const int u = int(boost::target(*e, g));
            if (v < u && local.contains(u))
                boost::add_edge(Vertex(local.value(v)), Vertex(local.value(u)), sub);
        }
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

QString LinkGraph::sourceText(const GraphEdge& edge)
{
    if (!edge.implied) {
        const QString when = edge.at.left(10);
        return edge.by.isEmpty() ? tr("Link %1, added on %2 (command line)").arg(edge.linkId).arg(when)
                                 : tr("Link %1, added by %2 on %3").arg(edge.linkId).arg(edge.by, when);
    }
    if (edge.rule == u"subject")
        return tr("Implied: the case's subject");
    if (edge.rule == u"member")
        return tr("Implied: registered in the household");
    if (edge.rule == u"person_phone")
        return tr("Implied: the person's phone number on record");
    if (edge.rule == u"reporter_phone")
        return tr("Implied: the reporter's phone number on the case");
    if (edge.rule == u"id_number")
        return tr("Implied: the same ID number written two ways (15/18 digits or x)");
    return tr("Implied");
}

} // namespace hc
