#include "ui/links/LinkJob.h"

#include "core/links/EntityDirectory.h"
#include "core/links/GraphLayout.h"
#include "core/links/LinkVocabulary.h"
#include "core/links/RelatedCases.h"
#include "core/registry/DomainCodes.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace hc {

namespace {
int clusterOf(const QList<QList<int>>& clusters, int v)
{
    for (int i = 0; i < clusters.size(); ++i)
        if (std::binary_search(clusters.at(i).begin(), clusters.at(i).end(), v))
            return i;
    return -1;
}
} // namespace

namespace {

// What an analysis picked from the graph: the vertices to show, most important first, those
// never cut, those highlighted, and the path's steps.
struct Selection
{
    QList<int> shown;
    QList<int> mustShow;
    QList<int> highlight;
    QList<PathStep> steps;
};

// One run of LinkJob::compute, as named steps: select, cut the subgraph, label, lay out.
class Analysis
{
    Q_DECLARE_TR_FUNCTIONS(hc::LinkJob)
public:
    Analysis(Database& db, const LinkRequest& request, const LinkGraph& g, LinkResult& r)
        : m_directory(db), m_request(request), m_g(g), m_r(r)
    {
    }

    // False when the entities asked for are not in the graph (the error says why).
    bool select(Selection& s, const std::function<void(const QString&, int, int)>& progress)
    {
        using Action = LinkRequest::Action;
        switch (m_request.action) {
        case Action::RelatedCases:
            selectRelated(s);
            return true;
        case Action::Cluster:
        case Action::Connectors:
            return selectCluster(s, progress);
        case Action::Neighbourhood: {
            const int v = vertex(m_request.entity);
            if (v < 0)
                return false;
            s.shown = m_g.neighbourhood(v, m_request.hops);
            s.mustShow << v;
            return true;
        }
        case Action::Path:
            return selectPath(s);
        }
        return false;
    }

    // The vertices that must be seen, then the rest up to maxNodes, and the edges among them.
    QList<QPair<int, int>> cut(const Selection& s)
    {
        QList<EntityRef>& nodes = m_r.view.nodes;
        auto take = [&](int v) {
            if (!m_local.contains(v)) {
                m_local.insert(v, int(nodes.size()));
                nodes << m_g.vertex(v);
            }
        };
        for (int v : s.mustShow)
            take(v);
        for (int v : s.shown) {
            if (nodes.size() >= m_request.maxNodes) {
                m_r.truncated = true;
                break;
            }
            take(v);
        }
        QList<QPair<int, int>> pairs;
        for (const GraphEdge& e : m_g.edges()) {
            const auto a = m_local.constFind(e.a), b = m_local.constFind(e.b);
            if (a == m_local.constEnd() || b == m_local.constEnd())
                continue;
            GraphEdge copy = e;
            copy.a = *a;
            copy.b = *b;
            m_r.view.edges << copy;
            pairs << qMakePair(*a, *b);
        }
        for (int v : s.highlight)
            m_r.highlightNodes << m_local.value(v);
        return pairs;
    }

    // Labels for the nodes, the connectors and the path's rows; false on a read error.
    bool label(const Selection& s)
    {
        const auto labels = m_directory.labels(m_r.view.nodes);
        if (!labels) {
            m_r.error = labels.error().text();
            return false;
        }
        for (const EntityRef& e : std::as_const(m_r.view.nodes))
            m_r.view.labels << labels->value(e.text());
        auto labelOf = [&](int v) { return labels->value(m_g.vertex(v).text()); };
        for (ConnectorRow& c : m_r.connectors)
            c.label = labels->value(c.entity.text());
        m_r.strength = 1;
        for (const PathStep& step : s.steps) {
            m_r.strength *= step.edge.confidence;
            m_r.path << PathStepRow{labelOf(step.from), labelOf(step.to),
                                    LinkVocabulary::linkLabel(step.edge.kind), step.edge.confidence,
                                    LinkGraph::sourceText(step.edge)};
            highlightEdge(step);
        }
        return true;
    }

private:
    int vertex(const EntityRef& e)
    {
        const int v = m_g.indexOf(e);
        if (v < 0) {
            const auto label = m_directory.labels({e});
            m_r.error =
                tr("%1 has no links with these filters.").arg(label ? label->value(e.text()) : e.text());
        }
        return v;
    }

    void selectRelated(Selection& s)
    {
        QList<RelatedCaseCluster> related = relatedCases(m_g);
        std::stable_sort(related.begin(), related.end(),
                         [](const RelatedCaseCluster& a, const RelatedCaseCluster& b) {
                             return a.cases.size() != b.cases.size() ? a.cases.size() > b.cases.size()
                                                                     : a.members.size() > b.members.size();
                         });
        // Label every case of every related cluster in one go.
        QList<EntityRef> caseRefs;
        for (const RelatedCaseCluster& c : std::as_const(related))
            for (int v : c.cases)
                caseRefs << m_g.vertex(v);
        const auto labels = m_directory.labels(caseRefs);
        for (const RelatedCaseCluster& c : std::as_const(related)) {
            QStringList texts;
            for (int v : c.cases)
                texts << (labels ? labels->value(m_g.vertex(v).text()) : m_g.vertex(v).text());
            m_r.related << RelatedCluster{int(c.cases.size()), int(c.members.size()),
                                          texts.join(QStringLiteral("; ")), m_g.vertex(c.cases.first())};
        }
        if (!related.isEmpty())
            s.shown = related.first().members;
    }

    bool selectCluster(Selection& s, const std::function<void(const QString&, int, int)>& progress)
    {
        const int v = vertex(m_request.entity);
        if (v < 0)
            return false;
        const QList<QList<int>> clusters = m_g.clusters();
        const QList<int>& cluster = clusters.at(clusterOf(clusters, v));
        m_r.clusterSize = int(cluster.size());
        s.shown = cluster.size() <= m_request.maxNodes ? cluster : m_g.neighbourhood(v, 2);
        s.mustShow << v;
        if (m_request.action != LinkRequest::Action::Connectors)
            return true;
        progress(tr("Computing key connectors…"), 0, 0);
        for (const auto& [c, score] : m_g.keyConnectors(cluster, m_request.top)) {
            m_r.connectors << ConnectorRow{{}, m_g.vertex(c), score};
            s.highlight << c;
            s.mustShow << c;
        }
        return true;
    }

    bool selectPath(Selection& s)
    {
        const int from = vertex(m_request.entity);
        if (from < 0)
            return false;
        const int to = vertex(m_request.target);
        if (to < 0)
            return false;
        const auto path = m_g.strongestPath(from, to);
        if (!path) {
            m_r.error = tr("No chain of links joins them with these filters.");
            return false;
        }
        s.steps = *path;
        s.mustShow << from;
        for (const PathStep& step : std::as_const(s.steps))
            s.mustShow << step.to;
        s.highlight = s.mustShow;
        // The path and what touches it, for context.
        for (int v : std::as_const(s.mustShow))
            s.shown << m_g.neighbourhood(v, 1);
        return true;
    }

    // Marks the subgraph's copy of a path step's edge.
    void highlightEdge(const PathStep& step)
    {
        const int from = m_local.value(step.from), to = m_local.value(step.to);
        for (int i = 0; i < m_r.view.edges.size(); ++i) {
            const GraphEdge& e = m_r.view.edges.at(i);
            const bool ends = (e.a == from && e.b == to) || (e.b == from && e.a == to);
            if (ends && e.kind == step.edge.kind && e.linkId == step.edge.linkId &&
                e.rule == step.edge.rule) {
                m_r.highlightEdges << i;
                return;
            }
        }
    }

    EntityDirectory m_directory;
    const LinkRequest& m_request;
    const LinkGraph& m_g;
    LinkResult& m_r;
    QHash<int, int> m_local; // graph vertex -> node of the subgraph shown
};

} // namespace

LinkResult LinkJob::compute(Database& db, const LinkRequest& request, const std::function<bool()>& cancelled,
                            const std::function<void(const QString&, int, int)>& progress)
{
    LinkResult r;
    r.request = request;
    progress(tr("Loading the link graph…"), 0, 0);
    auto graph = LinkGraph::load(db, request.actor, request.filter);
    if (!graph) {
        r.error = graph.error().text();
        return r;
    }
    if (cancelled()) {
        r.cancelled = true;
        return r;
    }
    progress(tr("Analysing…"), 0, 0);
    Analysis analysis(db, request, *graph, r);
    Selection selection;
    if (!analysis.select(selection, progress))
        return r;
    if (cancelled()) {
        r.cancelled = true;
        return r;
    }
    const QList<QPair<int, int>> pairs = analysis.cut(selection);
    if (!analysis.label(selection))
        return r;
    const auto positions =
        GraphLayout::compute(int(r.view.nodes.size()), pairs, LayoutOptions{}, cancelled,
                             [&](int done, int total) { progress(tr("Laying out…"), done, total); });
    if (!positions) {
        r.cancelled = true;
        return r;
    }
    r.view.positions = *positions;
    return r;
}

} // namespace hc
