#include "core/links/RelatedCases.h"

#include "core/links/LinkGraph.h"

namespace hc {

QList<RelatedCaseCluster> relatedCases(const LinkGraph& graph)
{
    QList<RelatedCaseCluster> related;
    for (const QList<int>& cluster : graph.clusters()) {
        RelatedCaseCluster c;
        for (int v : cluster)
            if (graph.vertex(v).kind == u"case")
                c.cases << v;
        if (c.cases.size() < 2)
            continue;
        c.members = cluster;
        related << c;
    }
    return related;
}

} // namespace hc
