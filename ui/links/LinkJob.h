#pragma once
// One link analysis, run by LinksPage on its BackgroundRunner (off the GUI thread, on the
// worker's own Database to the session's file): loads the link graph with the filter, runs the
// analysis asked for (related cases, neighbourhood, strongest path, key connectors, one
// cluster), cuts out the subgraph to show, labels it and lays it out. Reports progress through
// a callback and stops at the next check once cancelled.

#include "core/links/LinkGraph.h"
#include "ui/links/GraphView.h"

#include <QCoreApplication>
#include <functional>

namespace hc {

struct LinkRequest
{
    enum class Action
    {
        RelatedCases, // clusters with 2+ cases; shows the first
        Cluster,      // the cluster of `entity`
        Neighbourhood,
        Path,
        Connectors
    };
    Action action = Action::RelatedCases;
    LinkFilter filter;
    EntityRef entity;
    EntityRef target; // Path only
    int hops = 2;
    int top = 10;
    int maxNodes = 400; // what the view shows at most
    Actor actor;        // who asks: core checks the right to read links
};

struct RelatedCluster
{
    int cases = 0;
    int size = 0;
    QString casesText; // the cases' labels
    EntityRef first;   // a case in it, to show the cluster
};

struct PathStepRow
{
    QString from;
    QString to;
    QString kind;
    double confidence = 1;
    QString source;
};

struct ConnectorRow
{
    QString label;
    EntityRef entity;
    double betweenness = 0;
};

struct LinkResult
{
    LinkRequest request;
    bool cancelled = false;
    QString error; // translated; empty on success
    GraphViewData view;
    QList<int> highlightEdges; // into view.edges
    QList<int> highlightNodes; // into view.nodes
    QList<RelatedCluster> related;
    QList<PathStepRow> path;
    double strength = 0;
    QList<ConnectorRow> connectors;
    int clusterSize = 0;
    bool truncated = false; // the subgraph was larger than maxNodes
};

class Database;

class LinkJob
{
    Q_DECLARE_TR_FUNCTIONS(hc::LinkJob)
public:
    // Runs in the calling thread on `db`; progress gets the stage and, where it counts, the
    // steps done out of a total (0: no count).
    static LinkResult compute(Database& db, const LinkRequest& request,
                              const std::function<bool()>& cancelled,
                              const std::function<void(const QString&, int, int)>& progress);
};

} // namespace hc
