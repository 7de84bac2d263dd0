#pragma once
// One link analysis run off the GUI thread: opens its own Database on the session's file (a
// connection stays in its thread), loads the link graph with the filter, runs the analysis
// asked for (related cases, neighbourhood, strongest path, key connectors, one cluster), cuts
// out the subgraph to show, labels it and lays it out. Reports progress by signal and stops at
// the next check when the shared cancel flag is set. The page owns the thread; the job holds
// no pointer to the page.

#include "core/links/LinkGraph.h"
#include "ui/links/GraphView.h"

#include <QObject>
#include <atomic>
#include <memory>

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
    QString databasePath;
    LinkFilter filter;
    EntityRef entity;
    EntityRef target; // Path only
    int hops = 2;
    int top = 10;
    int maxNodes = 400; // what the view shows at most
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

class LinkJob : public QObject
{
    Q_OBJECT
public:
    using CancelFlag = std::shared_ptr<std::atomic_bool>;
    LinkJob(LinkRequest request, CancelFlag cancel, QObject* parent = nullptr);

    // Runs in the calling thread; emits jobFinished exactly once.
    void run();
    // The same work without signals (tests, and run() itself).
    static LinkResult compute(const LinkRequest& request, const std::function<bool()>& cancelled,
                              const std::function<void(const QString&, int, int)>& progress);

signals:
    void progressed(const QString& stage, int done, int total);
    void jobFinished(const hc::LinkResult& result);

private:
    LinkRequest m_request;
    CancelFlag m_cancel;
};

} // namespace hc
