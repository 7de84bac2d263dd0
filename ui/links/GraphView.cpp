#include "ui/links/GraphView.h"

#include "core/links/LinkVocabulary.h"
#include "ui/links/EntityIcons.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QSvgGenerator>
#include <QWheelEvent>
#include <cmath>

namespace hc {

namespace {
constexpr double kIcon = 30;
const QColor kPathColour(0xe6, 0x51, 0x00);
} // namespace

// One entity: its icon with the label underneath; movable, and its edges follow.
class NodeItem : public QGraphicsItem
{
public:
    NodeItem(int index, QString kind, QString label)
        : m_index(index), m_kind(std::move(kind)), m_label(std::move(label))
    {
        setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
        setZValue(2);
        setCursor(Qt::OpenHandCursor);
        setToolTip(m_label);
        if (m_label.size() > 22)
            m_label = m_label.left(21) + QChar(0x2026);
    }
    int index() const { return m_index; }
    void addEdge(EdgeItem* e) { m_edges << e; }
    void setHighlighted(bool on)
    {
        m_highlighted = on;
        update();
    }

    QRectF boundingRect() const override { return QRectF(-80, -kIcon / 2 - 4, 160, kIcon + 26); }
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        const QRectF icon(-kIcon / 2, -kIcon / 2, kIcon, kIcon);
        if (m_highlighted || isSelected()) {
            p->setPen(QPen(m_highlighted ? kPathColour : QColor(0x21, 0x96, 0xf3), 3));
            p->setBrush(Qt::NoBrush);
            p->drawEllipse(icon.adjusted(-4, -4, 4, 4));
        }
        paintEntityIcon(p, icon, m_kind);
        p->setPen(Qt::black);
        p->drawText(QRectF(-80, kIcon / 2 + 2, 160, 18), Qt::AlignHCenter | Qt::AlignTop, m_label);
    }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    int m_index;
    QString m_kind;
    QString m_label;
    bool m_highlighted = false;
    QList<EdgeItem*> m_edges;
};

// One link between two nodes, with its kind and confidence written at the middle. Parallel
// links between the same two nodes are drawn side by side (`lane`).
class EdgeItem : public QGraphicsItem
{
public:
    EdgeItem(int index, NodeItem* a, NodeItem* b, const GraphEdge& edge, int lane)
        : m_index(index), m_a(a), m_b(b), m_implied(edge.implied), m_lane(lane)
    {
        m_label = LinkVocabulary::linkLabel(edge.kind);
        if (!edge.implied)
            m_label += QStringLiteral(" %1").arg(edge.confidence, 0, 'f', 2);
        setToolTip(LinkGraph::sourceText(edge));
        setFlags(ItemIsSelectable);
        m_baseZ = edge.implied ? 0 : 1;
        setZValue(m_baseZ);
        a->addEdge(this);
        b->addEdge(this);
        adjust();
    }
    int index() const { return m_index; }
    void setHighlighted(bool on)
    {
        m_highlighted = on;
        setZValue(on ? 1.5 : m_baseZ);
        update();
    }
    bool highlighted() const { return m_highlighted; }
    void adjust()
    {
        prepareGeometryChange();
        QLineF line(m_a->pos(), m_b->pos());
        if (m_lane != 0 && line.length() > 0) {
            const QPointF normal = QPointF(-line.dy(), line.dx()) / line.length() * (8.0 * m_lane);
            line.translate(normal);
        }
        m_line = line;
    }

    QRectF boundingRect() const override
    {
        return QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-60, -20, 60, 20);
    }
    QPainterPath shape() const override
    {
        QPainterPath path(m_line.p1());
        path.lineTo(m_line.p2());
        QPainterPathStroker stroker;
        stroker.setWidth(10);
        return stroker.createStroke(path);
    }
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        p->setRenderHint(QPainter::Antialiasing);
        QPen pen = m_highlighted ? QPen(kPathColour, 4)
                   : m_implied   ? QPen(QColor(0x99, 0x99, 0x99), 1.2, Qt::DashLine)
                                 : QPen(QColor(0x55, 0x55, 0x55), 1.5);
        if (isSelected())
            pen.setColor(QColor(0x21, 0x96, 0xf3));
        p->setPen(pen);
        p->drawLine(m_line);
        QFont f = p->font();
        f.setPointSizeF(f.pointSizeF() * 0.8);
        p->setFont(f);
        const QPointF mid = m_line.center();
        const QRectF box = QFontMetricsF(f).boundingRect(m_label).adjusted(-3, -1, 3, 1);
        const QRectF at(mid.x() - box.width() / 2, mid.y() - box.height() / 2, box.width(), box.height());
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(255, 255, 255, 220));
        p->drawRect(at);
        p->setPen(m_highlighted ? kPathColour.darker(120) : QColor(0x33, 0x33, 0x33));
        p->drawText(at, Qt::AlignCenter, m_label);
    }

private:
    int m_index;
    NodeItem* m_a;
    NodeItem* m_b;
    bool m_implied;
    int m_lane;
    double m_baseZ = 0;
    bool m_highlighted = false;
    QString m_label;
    QLineF m_line;
};

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionHasChanged)
        for (EdgeItem* e : std::as_const(m_edges))
            e->adjust();
    return QGraphicsItem::itemChange(change, value);
}

GraphView::GraphView(QWidget* parent) : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag); // the background pans; nodes take their own drags
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setBackgroundBrush(Qt::white);
    setMinimumSize(320, 240);
    connect(scene(), &QGraphicsScene::selectionChanged, this, &GraphView::onSelectionChanged);
}

void GraphView::clearGraph()
{
    scene()->clear();
    m_nodes.clear();
    m_edges.clear();
    m_data = {};
}

void GraphView::setGraph(const GraphViewData& data)
{
    clearGraph();
    m_data = data;
    for (int i = 0; i < data.nodes.size(); ++i) {
        auto* n = new NodeItem(i, data.nodes.at(i).kind, data.labels.value(i, data.nodes.at(i).text()));
        n->setPos(data.positions.value(i));
        scene()->addItem(n);
        m_nodes << n;
    }
    QHash<QPair<int, int>, int> lanes; // parallel links side by side: 0, 1, -1, 2, ...
    for (int i = 0; i < data.edges.size(); ++i) {
        const GraphEdge& e = data.edges.at(i);
        if (e.a < 0 || e.b < 0 || e.a >= m_nodes.size() || e.b >= m_nodes.size())
            continue;
        const int k = lanes[qMakePair(qMin(e.a, e.b), qMax(e.a, e.b))]++;
        const int lane = (k + 1) / 2 * (k % 2 ? 1 : -1) * (e.a < e.b ? 1 : -1);
        auto* item = new EdgeItem(i, m_nodes.at(e.a), m_nodes.at(e.b), e, lane);
        scene()->addItem(item);
        m_edges << item;
    }
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-60, -60, 60, 60));
    fitAll();
}

void GraphView::setHighlight(const QList<int>& edges, const QList<int>& nodes)
{
    for (EdgeItem* e : std::as_const(m_edges))
        e->setHighlighted(edges.contains(e->index()));
    for (NodeItem* n : std::as_const(m_nodes))
        n->setHighlighted(nodes.contains(n->index()));
}

QList<int> GraphView::highlightedEdges() const
{
    QList<int> out;
    for (const EdgeItem* e : m_edges)
        if (e->highlighted())
            out << e->index();
    return out;
}

QPointF GraphView::nodePosition(int node) const
{
    return node >= 0 && node < m_nodes.size() ? m_nodes.at(node)->pos() : QPointF();
}

int GraphView::selectedEdge() const
{
    for (QGraphicsItem* item : scene()->selectedItems())
        if (auto* e = dynamic_cast<EdgeItem*>(item))
            return e->index();
    return -1;
}

void GraphView::onSelectionChanged()
{
    for (QGraphicsItem* item : scene()->selectedItems())
        if (auto* n = dynamic_cast<NodeItem*>(item)) {
            emit nodeSelected(n->index());
            return;
        }
    emit edgeSelected(selectedEdge());
}

void GraphView::zoomBy(double factor)
{
    const double current = transform().m11();
    if ((factor > 1 && current > 8) || (factor < 1 && current < 0.05))
        return;
    scale(factor, factor);
}

void GraphView::fitAll()
{
    if (m_nodes.isEmpty())
        return;
    fitInView(scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
    if (transform().m11() > 1.5) // a handful of nodes: do not blow them up
        setTransform(QTransform::fromScale(1.5, 1.5));
}

void GraphView::wheelEvent(QWheelEvent* event)
{
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void GraphView::mouseDoubleClickEvent(QMouseEvent* event)
{
    for (QGraphicsItem* item : items(event->position().toPoint()))
        if (auto* n = dynamic_cast<NodeItem*>(item)) {
            emit entityActivated(m_data.nodes.at(n->index()));
            event->accept();
            return;
        }
    QGraphicsView::mouseDoubleClickEvent(event);
}

QRectF GraphView::exportRect() const
{
    if (m_nodes.isEmpty())
        return {};
    return scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20);
}

bool GraphView::exportPng(const QString& path) const
{
    const QRectF source = exportRect();
    if (source.isEmpty())
        return false;
    // Twice the scene's size, capped so a large graph still makes a sensible file.
    const double factor = std::min(2.0, 8000.0 / std::max(source.width(), source.height()));
    QImage image((source.size() * factor).toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene()->render(&p, QRectF(QPointF(0, 0), source.size() * factor), source);
    p.end();
    return image.save(path, "PNG");
}

bool GraphView::exportSvg(const QString& path) const
{
    const QRectF source = exportRect();
    if (source.isEmpty())
        return false;
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(source.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
    svg.setTitle(tr("Link graph"));
    QPainter p;
    if (!p.begin(&svg))
        return false;
    p.fillRect(QRectF(QPointF(0, 0), source.size()), Qt::white);
    scene()->render(&p, QRectF(QPointF(0, 0), source.size()), source);
    return p.end();
}

} // namespace hc
