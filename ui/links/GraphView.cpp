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
#include <QRegularExpression>
#include <QStyleOptionGraphicsItem>
#include <QSvgGenerator>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <limits>

namespace hc {

namespace {
constexpr double kIcon = 30;
constexpr double kLabelWidth = 150; // a longer label is shortened in the middle
const QColor kPathColour(0xe6, 0x51, 0x00);

// The label shortened in the middle to kLabelWidth; a number (a household number, a phone, an
// ID: digits, possibly grouped by spaces or dashes) is never cut: the label is widened instead.
QString shownLabel(const QString& label, const QFontMetricsF& fm)
{
    static const QRegularExpression number(QStringLiteral("\\d(?:[\\d\\s-]*\\d)?"));
    QStringList numbers;
    for (auto it = number.globalMatch(label); it.hasNext();)
        numbers << it.next().captured();
    const qreal full = fm.horizontalAdvance(label);
    for (qreal width = kLabelWidth; width < full; width += 12) {
        const QString shown = fm.elidedText(label, Qt::ElideMiddle, width);
        if (std::all_of(numbers.begin(), numbers.end(), [&](const QString& n) { return shown.contains(n); }))
            return shown;
    }
    return label;
}

// Whether the segment passes through the rectangle.
bool crosses(const QLineF& line, const QRectF& r)
{
    if (r.contains(line.p1()) || r.contains(line.p2()))
        return true;
    const QLineF sides[] = {{r.topLeft(), r.topRight()},
                            {r.topRight(), r.bottomRight()},
                            {r.bottomRight(), r.bottomLeft()},
                            {r.bottomLeft(), r.topLeft()}};
    return std::any_of(std::begin(sides), std::end(sides), [&](const QLineF& side) {
        return line.intersects(side, nullptr) == QLineF::BoundedIntersection;
    });
}
} // namespace

// One entity: its icon with its label where GraphView placed it (setLabelOffset); movable, and
// its edges follow. The full label is its tooltip.
class NodeItem : public QGraphicsItem
{
public:
    NodeItem(int index, QString kind, const QString& label)
        : m_index(index), m_kind(std::move(kind)), m_label(shownLabel(label, QFontMetricsF(QFont())))
    {
        setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
        setZValue(2);
        setCursor(Qt::OpenHandCursor);
        setToolTip(label);
        setLabelOffset(QPointF(0, kIcon / 2 + 2 + labelSize().height() / 2));
    }
    int index() const { return m_index; }
    const QString& label() const { return m_label; }
    void addEdge(EdgeItem* e) { m_edges << e; }
    void setHighlighted(bool on)
    {
        m_highlighted = on;
        update();
    }
    // The label's size with its margin, and its centre relative to the node's.
    QSizeF labelSize() const
    {
        return QFontMetricsF(QFont()).boundingRect(m_label).adjusted(-2, 0, 2, 0).size();
    }
    void setLabelOffset(QPointF centre)
    {
        prepareGeometryChange();
        const QSizeF size = labelSize();
        m_labelRect = QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
    }
    QRectF labelSceneRect() const { return m_labelRect.translated(pos()); }
    static QRectF iconRect() { return QRectF(-kIcon / 2 - 4, -kIcon / 2 - 4, kIcon + 8, kIcon + 8); }

    QRectF boundingRect() const override { return iconRect().united(m_labelRect).adjusted(-2, -2, 2, 2); }
    QPainterPath shape() const override
    {
        QPainterPath path;
        path.addRect(iconRect());
        path.addRect(m_labelRect);
        return path;
    }
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        const QRectF icon(-kIcon / 2, -kIcon / 2, kIcon, kIcon);
        if (m_highlighted || isSelected()) {
            p->setPen(QPen(m_highlighted ? kPathColour : QColor(0x21, 0x96, 0xf3), 3));
            p->setBrush(Qt::NoBrush);
            p->drawEllipse(icon.adjusted(-4, -4, 4, 4));
        }
        paintEntityIcon(p, icon, m_kind);
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(255, 255, 255, 220));
        p->drawRect(m_labelRect);
        p->setPen(Qt::black);
        p->drawText(m_labelRect, Qt::AlignCenter, m_label);
    }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    int m_index;
    QString m_kind;
    QString m_label;
    QRectF m_labelRect;
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
        setToolTip(m_label + QLatin1Char('\n') + LinkGraph::sourceText(edge));
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
    // Where along the line the label sits (0.5: the middle; `side`: label heights off the
    // line), its rectangle there, and whether it is shown at all.
    void setLabelAt(qreal t, qreal side, bool shown)
    {
        prepareGeometryChange();
        m_labelAt = t;
        m_labelSide = side;
        m_labelShown = shown;
    }
    QRectF labelRectAt(qreal t, qreal side) const
    {
        const QRectF box = QFontMetricsF(labelFont()).boundingRect(m_label).adjusted(-3, -1, 3, 1);
        QPointF at = m_line.pointAt(t);
        if (side != 0 && m_line.length() > 0)
            at += QPointF(-m_line.dy(), m_line.dx()) / m_line.length() * (side * box.height());
        return QRectF(at.x() - box.width() / 2, at.y() - box.height() / 2, box.width(), box.height());
    }
    bool labelShown() const { return m_labelShown; }
    QRectF labelSceneRect() const { return m_labelShown ? labelRectAt(m_labelAt, m_labelSide) : QRectF(); }
    const QLineF& line() const { return m_line; }
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
        const QRectF line = QRectF(m_line.p1(), m_line.p2()).normalized();
        return (m_labelShown ? line.united(labelSceneRect()) : line).adjusted(-4, -4, 4, 4);
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
        if (!m_labelShown)
            return;
        p->setFont(labelFont());
        const QRectF at = labelSceneRect();
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(255, 255, 255, 220));
        p->drawRect(at);
        p->setPen(m_highlighted ? kPathColour.darker(120) : QColor(0x33, 0x33, 0x33));
        p->drawText(at, Qt::AlignCenter, m_label);
    }

private:
    static QFont labelFont()
    {
        QFont f;
        f.setPointSizeF(f.pointSizeF() * 0.8);
        return f;
    }

    int m_index;
    qreal m_labelAt = 0.5;
    qreal m_labelSide = 0;
    bool m_labelShown = true;
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
    placeLabels();
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-60, -60, 60, 60));
    fitAll();
}

// Greedy: each node's label goes to the first of the places around its icon (below, above,
// right, left, the corners, then further out) that meets no icon nor label placed so far,
// crossing the fewest edges; then each edge's label the same way along its edge.
void GraphView::placeLabels()
{
    QList<QRectF> taken;
    for (const NodeItem* n : std::as_const(m_nodes))
        taken << NodeItem::iconRect().translated(n->pos());
    auto cost = [&taken, this](const QRectF& r, const EdgeItem* own) {
        int c = 0;
        for (const QRectF& t : std::as_const(taken))
            c += t.intersects(r) ? 1000 : 0;
        for (const EdgeItem* e : std::as_const(m_edges))
            c += e != own && crosses(e->line(), r) ? 10 : 0;
        return c;
    };
    for (NodeItem* n : std::as_const(m_nodes)) {
        const QSizeF s = n->labelSize();
        const qreal dx = kIcon / 2 + 5 + s.width() / 2, dy = kIcon / 2 + 3 + s.height() / 2;
        QPointF best;
        int bestCost = std::numeric_limits<int>::max();
        for (const qreal ring : {1.0, 2.0, 3.0})
            for (const QPointF& o :
                 {QPointF(0, dy), QPointF(0, -dy), QPointF(dx, 0), QPointF(-dx, 0), QPointF(dx, dy),
                  QPointF(-dx, dy), QPointF(dx, -dy), QPointF(-dx, -dy)}) {
                const QPointF at(o.x() + (ring - 1) *
                                             (o.x() > 0   ? 1
                                              : o.x() < 0 ? -1
                                                          : 0) *
                                             s.width() * 0.6,
                                 o.y() + (ring - 1) *
                                             (o.y() > 0   ? 1
                                              : o.y() < 0 ? -1
                                                          : 0) *
                                             s.height() * 1.2);
                const int c =
                    cost(QRectF(n->pos() + at - QPointF(s.width() / 2, s.height() / 2), s), nullptr) +
                    int(ring - 1) * 5;
                if (c < bestCost) {
                    bestCost = c;
                    best = at;
                }
            }
        n->setLabelOffset(best);
        taken << n->labelSceneRect();
    }
    // An edge's label slides along its edge and to either side of it; where every place meets
    // another label or an icon it is left out (the edge's tooltip still says it).
    for (EdgeItem* e : std::as_const(m_edges)) {
        QPointF best(0.5, 0);
        int bestCost = std::numeric_limits<int>::max();
        for (const qreal side : {0.0, 0.8, -0.8})
            for (const qreal t : {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8}) {
                const int c = cost(e->labelRectAt(t, side), e);
                if (c < bestCost) {
                    bestCost = c;
                    best = QPointF(t, side);
                }
            }
        e->setLabelAt(best.x(), best.y(), bestCost < 1000);
        if (e->labelShown())
            taken << e->labelSceneRect();
    }
}

QList<QRectF> GraphView::labelRects() const
{
    QList<QRectF> out;
    for (const NodeItem* n : m_nodes)
        out << n->labelSceneRect();
    for (const EdgeItem* e : m_edges)
        if (e->labelShown())
            out << e->labelSceneRect();
    return out;
}

QString GraphView::nodeLabel(int node) const
{
    return node >= 0 && node < m_nodes.size() ? m_nodes.at(node)->label() : QString();
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
