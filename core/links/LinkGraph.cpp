#include "core/links/LinkGraph.h"

#include "core/registry/IdNumber.h"
#include "core/storage/Database.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <cmath>
#include <deque>
#include <functional>
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

namespace {
// The other ways the same ID number may be written on another row: the 15-digit first-generation
// form of an 18-digit number of the 1900s (and back), and the check character x in either case.
QStringList idNumberVariants(const QString& n, const QDate& today)
{
    QStringList out;
    if (n.size() == 18) {
        const QChar last = n.at(17);
        if (last == u'X')
            out << n.left(17) + QLatin1Char('x');
        else if (last == u'x')
            out << n.left(17) + QLatin1Char('X');
        if (n.mid(6, 2) == u"19")
            out << n.left(6) + n.mid(8, 9);
    } else if (n.size() == 15) {
        if (const auto full = IdNumber::parse(n, today)) {
            out << full->text();
            if (full->text().endsWith(QLatin1Char('X')))
                out << full->text().left(17) + QLatin1Char('x');
        }
    }
    // Only digits and x reach the SQL text below.
    out.removeIf([](const QString& v) {
        return std::any_of(v.begin(), v.end(),
                           [](QChar c) { return !c.isDigit() && c != u'x' && c != u'X'; });
    });
    return out;
}

QString digitsOf(const QString& text)
{
    QString d;
    d.reserve(text.size());
    for (const QChar c : text)
        if (c >= u'0' && c <= u'9')
            d += c;
    return d;
}

struct Carrier
{
    EntityRef entity;
    QString rule;
};
} // namespace

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
    auto wanted = [&](const QString& kind) { return filter.kinds.isEmpty() || filter.kinds.contains(kind); };
    const QString kPerson = QStringLiteral("person"), kCase = QStringLiteral("case"),
                  kPhone = QStringLiteral("phone"), kSamePhone = QStringLiteral("same_phone");
    const bool wantSubject = wanted(QStringLiteral("subject")), wantMember = wanted(QStringLiteral("member")),
               wantPhone = wanted(kSamePhone), wantSameId = wanted(QStringLiteral("same_id_number"));

    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    // Who typed the links: the few users that did, once (their names are shared by every edge).
    QHash<qint64, QString> users;
    if (!q.exec(QStringLiteral("SELECT id, name || ' (' || badge || ')' FROM users WHERE id IN "
                               "(SELECT DISTINCT created_by FROM links)")))
        return storageError(q.lastError().text());
    while (q.next())
        users.insert(q.value(0).toLongLong(), q.value(1).toString());
    if (!q.exec(QStringLiteral(
            "SELECT id, a_kind, a_key, b_kind, b_key, kind, confidence, created_by, created_at "
            "FROM links ORDER BY id")))
        return storageError(q.lastError().text());
    while (q.next()) {
        const QString kind = q.value(5).toString();
        const double confidence = q.value(6).toDouble();
        if ((!filter.kinds.isEmpty() && !filter.kinds.contains(kind)) || confidence < filter.minConfidence)
            continue;
        const int a = vertexOf(q.value(1).toString(), q.value(2).toString());
        const int b = vertexOf(q.value(3).toString(), q.value(4).toString());
        GraphEdge e(a, b, kind, confidence, false);
        e.linkId = q.value(0).toLongLong();
        e.by = users.value(q.value(7).toLongLong());
        e.at = q.value(8).toString();
        edges << e;
    }

    // Phone numbers seen on records, in first-seen order (so vertex numbers are stable).
    QList<QString> phones;
    QHash<QString, QList<Carrier>> carriers;
    auto carry = [&](const QString& rawPhone, const EntityRef& who, const QString& rule) {
        const QString phone = digitsOf(rawPhone);
        if (phone.size() < 7)
            return;
        auto it = carriers.find(phone);
        if (it == carriers.end()) {
            phones << phone;
            it = carriers.insert(phone, {});
        }
        it->append(Carrier{who, rule});
    };

    // Implied links from cases: the subject; the reporter's phone.
    if (wantSubject || wantPhone) {
        if (!q.exec(
                QStringLiteral("SELECT id, subject_person_id, reporter_phone FROM cases WHERE "
                               "subject_person_id IS NOT NULL OR reporter_phone IS NOT NULL ORDER BY id")))
            return storageError(q.lastError().text());
        while (q.next()) {
            const QString caseId = q.value(0).toString();
            if (wantSubject && !q.value(1).isNull())
                edges << GraphEdge::derived(vertexOf(kCase, caseId), vertexOf(kPerson, q.value(1).toString()),
                                            QStringLiteral("subject"), QStringLiteral("subject"));
            if (wantPhone && !q.value(2).isNull())
                carry(q.value(2).toString(), EntityRef{kCase, caseId}, QStringLiteral("reporter_phone"));
        }
    }

    // People in the graph: their household, their phone, their ID number written another way.
    // `more`: rows found by another way of writing an ID number; those already in the graph had
    // their household and phone taken in the first pass.
    auto personRows = [&](const QString& where, bool more,
                          const std::function<void(int, const QString&)>& each) -> Status {
        if (!q.exec(QStringLiteral(
                        "SELECT id, coalesce(id_number, ''), household_id, phone FROM persons WHERE ") +
                    where + QStringLiteral(" ORDER BY id")))
            return storageError(q.lastError().text());
        while (q.next()) {
            const QString id = q.value(0).toString();
            const bool known = more && index.contains(kPerson + QLatin1Char(':') + id);
            const int v = vertexOf(kPerson, id);
            if (known) {
                each(v, q.value(1).toString());
                continue;
            }
            if (wantMember && !q.value(2).isNull())
                edges << GraphEdge::derived(v, vertexOf(QStringLiteral("household"), q.value(2).toString()),
                                            QStringLiteral("member"), QStringLiteral("member"));
            if (wantPhone && !q.value(3).isNull())
                carry(q.value(3).toString(), EntityRef{kPerson, id}, QStringLiteral("person_phone"));
            each(v, q.value(1).toString());
        }
        return {};
    };
    if (wantMember || wantPhone || wantSameId) {
        QStringList ids;
        for (const EntityRef& e : std::as_const(vertices))
            if (e.kind == kPerson)
                ids << QString::number(e.key.toLongLong());
        QHash<QString, int> variants; // another way of writing an ID number -> the person in the graph
        QStringList variantList;
        const QDate today = QDate::currentDate();
        if (!ids.isEmpty()) {
            const Status s = personRows(QStringLiteral("id IN (%1)").arg(ids.join(u',')), false,
                                        [&](int v, const QString& idNumber) {
                                            if (!wantSameId || idNumber.isEmpty())
                                                return;
                                            for (const QString& other : idNumberVariants(idNumber, today)) {
                                                variants.insert(other, v);
                                                variantList << QLatin1Char('\'') + other + QLatin1Char('\'');
                                            }
                                        });
            if (!s)
                return s.error();
        }
        if (!variantList.isEmpty()) {
            QSet<QPair<int, int>> joined;
            const Status s = personRows(
                QStringLiteral("id_number IN (%1)").arg(variantList.join(u',')), true,
                [&](int v, const QString& idNumber) {
                    const int other = variants.value(idNumber, -1);
                    if (other < 0 || other == v || joined.contains(qMakePair(qMin(v, other), qMax(v, other))))
                        return;
                    joined.insert(qMakePair(qMin(v, other), qMax(v, other)));
                    edges << GraphEdge::derived(other, v, QStringLiteral("same_id_number"),
                                                QStringLiteral("id_number"));
                });
            if (!s)
                return s.error();
        }
    }
    // A phone on two records (or on one record and in a typed link) joins them through its vertex.
    for (const QString& phone : std::as_const(phones)) {
        const QList<Carrier>& on = carriers[phone];
        if (on.size() < 2 && !index.contains(kPhone + QLatin1Char(':') + phone))
            continue;
        const int p = vertexOf(kPhone, phone);
        for (const Carrier& c : on)
            edges << GraphEdge::derived(vertexOf(c.entity.kind, c.entity.key), p, kSamePhone, c.rule);
    }
    return LinkGraph(std::move(vertices), std::move(edges));
}

} // namespace hc
