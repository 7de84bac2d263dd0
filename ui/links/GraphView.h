#pragma once
// Shows a small link graph (a cluster, a neighbourhood, a found path with its surroundings):
// one icon per entity kind with its label, edges labelled with kind and confidence (implied
// links dashed), the found path highlighted. Labels are placed where they overlap no other
// label nor icon (greedy, around each node and along each edge). Wheel zooms, dragging the background pans,
// dragging a node moves it (its edges follow), double-clicking a node emits entityActivated.
// Exports what it shows as PNG or SVG. Owns its scene and items; knows nothing of the database.

#include "core/links/LinkGraph.h"

#include <QGraphicsView>
#include <QPointF>

namespace hc {

class NodeItem;
class EdgeItem;

struct GraphViewData
{
    QList<EntityRef> nodes;
    QStringList labels;       // per node
    QList<QPointF> positions; // per node, from GraphLayout
    QList<GraphEdge> edges;   // a/b are node indexes
};

class GraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphView(QWidget* parent = nullptr);

    void setGraph(const GraphViewData& data);
    void clearGraph();
    // Path edges and nodes drawn highlighted (indexes into the data given to setGraph).
    void setHighlight(const QList<int>& edges, const QList<int>& nodes);
    void zoomBy(double factor);
    void fitAll();

    bool exportPng(const QString& path) const;
    bool exportSvg(const QString& path) const;

    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return int(m_edges.size()); }
    QList<int> highlightedEdges() const;
    QPointF nodePosition(int node) const;
    const GraphViewData& data() const { return m_data; }
    int selectedEdge() const; // -1 when no edge is selected
    // The labels as placed: the nodes' (in node order), then the edges' shown (an edge label
    // that finds no free place is left out), in scene coordinates.
    QList<QRectF> labelRects() const;
    // A node's label as shown (shortened in the middle, numbers whole; the tooltip has it all).
    QString nodeLabel(int node) const;

signals:
    void entityActivated(const hc::EntityRef& entity);
    void nodeSelected(int node);
    void edgeSelected(int edge); // -1: none

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    void onSelectionChanged();
    void placeLabels();
    QRectF exportRect() const;

    GraphViewData m_data;
    QList<NodeItem*> m_nodes;
    QList<EdgeItem*> m_edges;
};

} // namespace hc
