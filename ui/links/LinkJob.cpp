#include "ui/links/LinkJob.h"

#include "core/links/EntityDirectory.h"
#include "core/links/GraphLayout.h"
#include "core/links/LinkVocabulary.h"
#include "core/links/RelatedCases.h"
#include "core/registry/DomainCodes.h"
#include "core/storage/Database.h"

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

LinkResult LinkJob::compute(Database& db, const LinkRequest& request, const std::function<bool()>& cancelled,
                            const std::function<void(const QString&, int, int)>& progress)
{
    LinkResult r;
    r.request = request;
    progress(tr("Loading the link graph…"), 0, 0);
    EntityDirectory directory(db);
    auto graph = LinkGraph::load(db, request.actor, request.filter);
    if (!graph) {
        r.error = graph.error().text();
        return r;
    }
    if (cancelled()) {
        r.cancelled = true;
        return r;
    }
    const LinkGraph& g = *graph;
    progress(tr("Analysing…"), 0, 0);
    auto vertex = [&](const EntityRef& e) {
        const int v = g.indexOf(e);
        if (v < 0) {
            const auto label = directory.labels({e});
            r.error =
                tr("%1 has no links with these filters.").arg(label ? label->value(e.text()) : e.text());
        }
        return v;
    };

    using Action = LinkRequest::Action;
    QList<int> shown;    // graph vertices to show, most important first
    QList<int> mustShow; // never cut
    QList<int> highlightVertices;
    QList<PathStep> steps;
    if (request.action == Action::RelatedCases) {
        QList<RelatedCaseCluster> related = relatedCases(g);
        std::stable_sort(related.begin(), related.end(),
                         [](const RelatedCaseCluster& a, const RelatedCaseCluster& b) {
                             return a.cases.size() != b.cases.size() ? a.cases.size() > b.cases.size()
                                                                     : a.members.size() > b.members.size();
                         });
        // Label every case of every related cluster in one go.
        QList<EntityRef> caseRefs;
        for (const RelatedCaseCluster& c : std::as_const(related))
            for (int v : c.cases)
                caseRefs << g.vertex(v);
        const auto labels = directory.labels(caseRefs);
        for (const RelatedCaseCluster& c : std::as_const(related)) {
            QStringList texts;
            for (int v : c.cases)
                texts << (labels ? labels->value(g.vertex(v).text()) : g.vertex(v).text());
            r.related << RelatedCluster{int(c.cases.size()), int(c.members.size()),
                                        texts.join(QStringLiteral("; ")), g.vertex(c.cases.first())};
        }
        if (!related.isEmpty())
            shown = related.first().members;
    } else if (request.action == Action::Cluster || request.action == Action::Connectors) {
        const int v = vertex(request.entity);
        if (v < 0)
            return r;
        const QList<QList<int>> clusters = g.clusters();
        const QList<int>& cluster = clusters.at(clusterOf(clusters, v));
        r.clusterSize = int(cluster.size());
        shown = cluster.size() <= request.maxNodes ? cluster : g.neighbourhood(v, 2);
        mustShow << v;
        if (request.action == Action::Connectors) {
            progress(tr("Computing key connectors…"), 0, 0);
            const auto top = g.keyConnectors(cluster, request.top);
            for (const auto& [c, score] : top) {
                r.connectors << ConnectorRow{{}, g.vertex(c), score};
                highlightVertices << c;
                mustShow << c;
            }
        }
    } else if (request.action == Action::Neighbourhood) {
        const int v = vertex(request.entity);
        if (v < 0)
            return r;
        shown = g.neighbourhood(v, request.hops);
        mustShow << v;
    } else {
        const int from = vertex(request.entity);
        if (from < 0)
            return r;
        const int to = vertex(request.target);
        if (to < 0)
            return r;
        const auto path = g.strongestPath(from, to);
        if (!path) {
            r.error = tr("No chain of links joins them with these filters.");
            return r;
        }
        steps = *path;
        mustShow << from;
        for (const PathStep& s : steps)
            mustShow << s.to;
        highlightVertices = mustShow;
        // The path and what touches it, for context.
        for (int v : std::as_const(mustShow))
            shown << g.neighbourhood(v, 1);
    }
    if (cancelled()) {
        r.cancelled = true;
        return r;
    }

    // The subgraph: the vertices that must be seen, then the rest up to maxNodes.
    QHash<int, int> local;
    QList<EntityRef>& nodes = r.view.nodes;
    auto take = [&](int v) {
        if (!local.contains(v)) {
            local.insert(v, int(nodes.size()));
            nodes << g.vertex(v);
        }
    };
    for (int v : std::as_const(mustShow))
        take(v);
    for (int v : std::as_const(shown)) {
        if (nodes.size() >= request.maxNodes) {
            r.truncated = true;
            break;
        }
        take(v);
    }
    QList<QPair<int, int>> pairs;
    for (const GraphEdge& e : g.edges()) {
        const auto a = local.constFind(e.a), b = local.constFind(e.b);
        if (a == local.constEnd() || b == local.constEnd())
            continue;
        GraphEdge copy = e;
        copy.a = *a;
        copy.b = *b;
        r.view.edges << copy;
        pairs << qMakePair(*a, *b);
    }
    for (int v : std::as_const(highlightVertices))
        r.highlightNodes << local.value(v);

    const auto labels = directory.labels(nodes);
    if (!labels) {
        r.error = labels.error().text();
        return r;
    }
    for (const EntityRef& e : std::as_const(nodes))
        r.view.labels << labels->value(e.text());
    auto labelOf = [&](int v) { return labels->value(g.vertex(v).text()); };
    for (ConnectorRow& c : r.connectors)
        c.label = labels->value(c.entity.text());
    r.strength = 1;
    for (const PathStep& s : std::as_const(steps)) {
        r.strength *= s.edge.confidence;
        r.path << PathStepRow{labelOf(s.from), labelOf(s.to), LinkVocabulary::linkLabel(s.edge.kind),
                              s.edge.confidence, LinkGraph::sourceText(s.edge)};
        // The same edge in the subgraph.
        for (int i = 0; i < r.view.edges.size(); ++i) {
            const GraphEdge& e = r.view.edges.at(i);
            const bool ends = (e.a == local.value(s.from) && e.b == local.value(s.to)) ||
                              (e.b == local.value(s.from) && e.a == local.value(s.to));
            if (ends && e.kind == s.edge.kind && e.linkId == s.edge.linkId && e.rule == s.edge.rule) {
                r.highlightEdges << i;
                break;
            }
        }
    }

    const auto positions =
        GraphLayout::compute(int(nodes.size()), pairs, LayoutOptions{}, cancelled,
                             [&](int done, int total) { progress(tr("Laying out…"), done, total); });
    if (!positions) {
        r.cancelled = true;
        return r;
    }
    r.view.positions = *positions;
    return r;
}

} // namespace hc
