#pragma once
// The investigator's "related cases": the clusters of the link graph that join two cases or
// more. Computed here once for the links page and `homecoming-cli links cluster`.

#include <QList>

namespace hc {

class LinkGraph;

struct RelatedCaseCluster
{
    QList<int> members; // the cluster's vertices (LinkGraph indexes), ascending
    QList<int> cases;   // the case vertices among them, ascending
};

// Largest cluster first, in LinkGraph::clusters() order.
QList<RelatedCaseCluster> relatedCases(const LinkGraph& graph);

} // namespace hc
