#pragma once
// Force-directed layout of a small graph (a cluster, a neighbourhood: tens to a few hundred
// vertices) with Boost.Graph's Fruchterman-Reingold, one connected part at a time, the parts
// then placed side by side in rows, largest first. Deterministic for a given seed; can be
// cancelled between iterations. Plain QPointF out; the Boost types stay in the .cpp.

#include <QList>
#include <QPair>
#include <QPointF>
#include <functional>
#include <optional>

namespace hc {

struct LayoutOptions
{
    unsigned seed = 1;
    int iterations = 150;
    double spacing = 130; // the median distance between linked vertices, in scene units
};

class GraphLayout
{
public:
    // Positions of vertices 0..vertexCount-1 for undirected `edges` (pairs of vertex numbers;
    // out-of-range pairs are ignored). `cancelled` is polled between iterations; nullopt when
    // it said yes. `progress(done, total)` is called between iterations when given.
    static std::optional<QList<QPointF>> compute(int vertexCount, const QList<QPair<int, int>>& edges,
                                                 const LayoutOptions& options = {},
                                                 const std::function<bool()>& cancelled = {},
                                                 const std::function<void(int, int)>& progress = {});
};

} // namespace hc
