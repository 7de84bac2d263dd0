#include "ui/links/EntityIcons.h"

#include "core/links/LinkVocabulary.h"
#include "core/registry/DomainCodes.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <cmath>

namespace hc {

QColor entityColour(const QString& kind)
{
    const std::optional<EntityKind> k = enumOf<EntityKind>(kind);
    if (!k)
        return Qt::gray;
    switch (*k) {
    case EntityKind::Person:
        return QColor(0x1f, 0x6f, 0xc5);
    case EntityKind::Case:
        return QColor(0xc6, 0x28, 0x28);
    case EntityKind::Household:
        return QColor(0x2e, 0x7d, 0x32);
    case EntityKind::Phone:
        return QColor(0xef, 0x8f, 0x00);
    case EntityKind::Address:
        return QColor(0x7b, 0x1f, 0xa2);
    case EntityKind::Vehicle:
        return QColor(0x00, 0x83, 0x8f);
    }
    return Qt::gray;
}

void paintEntityIcon(QPainter* p, const QRectF& r, const QString& kind)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QColor colour = entityColour(kind);
    p->setPen(QPen(colour.darker(140), 1.2));
    p->setBrush(colour);
    const double w = r.width(), h = r.height();
    const QPointF c = r.center();
    auto at = [&](double x, double y) { return QPointF(r.left() + x * w, r.top() + y * h); };
    const std::optional<EntityKind> k = enumOf<EntityKind>(kind);
    if (k == EntityKind::Person) {
        p->drawEllipse(r);
        p->setPen(Qt::NoPen);
        p->setBrush(Qt::white);
        p->drawEllipse(QRectF(at(0.38, 0.2), QSizeF(0.24 * w, 0.24 * h)));           // head
        p->drawChord(QRectF(at(0.24, 0.5), QSizeF(0.52 * w, 0.5 * h)), 0, 180 * 16); // shoulders
    } else if (k == EntityKind::Case) {
        p->drawRoundedRect(r, 0.12 * w, 0.12 * h);
        p->setPen(Qt::NoPen);
        p->setBrush(Qt::white);
        p->drawRoundedRect(QRectF(at(0.44, 0.18), QSizeF(0.12 * w, 0.42 * h)), 0.05 * w, 0.05 * h); // "!"
        p->drawEllipse(QRectF(at(0.43, 0.68), QSizeF(0.14 * w, 0.14 * h)));
    } else if (k == EntityKind::Household) {
        p->drawPolygon(QPolygonF{at(0.5, 0.02), at(1.0, 0.45), at(0.86, 0.45), at(0.86, 0.98), at(0.14, 0.98),
                                 at(0.14, 0.45), at(0.0, 0.45)});
        p->setPen(Qt::NoPen);
        p->setBrush(Qt::white);
        p->drawRect(QRectF(at(0.4, 0.6), QSizeF(0.2 * w, 0.38 * h))); // door
    } else if (k == EntityKind::Phone) {
        p->drawRoundedRect(QRectF(at(0.22, 0.0), QSizeF(0.56 * w, h)), 0.12 * w, 0.12 * h);
        p->setPen(Qt::NoPen);
        p->setBrush(Qt::white);
        p->drawRect(QRectF(at(0.3, 0.12), QSizeF(0.4 * w, 0.6 * h))); // screen
        p->drawEllipse(QRectF(at(0.44, 0.78), QSizeF(0.12 * w, 0.12 * h)));
    } else if (k == EntityKind::Address) {
        QPainterPath pin;
        pin.moveTo(at(0.5, 1.0));
        pin.cubicTo(at(0.05, 0.55), at(0.1, 0.0), at(0.5, 0.0));
        pin.cubicTo(at(0.9, 0.0), at(0.95, 0.55), at(0.5, 1.0));
        p->drawPath(pin);
        p->setPen(Qt::NoPen);
        p->setBrush(Qt::white);
        p->drawEllipse(QRectF(at(0.35, 0.2), QSizeF(0.3 * w, 0.3 * h)));
    } else if (k == EntityKind::Vehicle) {
        QPolygonF hexagon;
        for (int i = 0; i < 6; ++i)
            hexagon << QPointF(c.x() + 0.5 * w * std::cos(M_PI / 3 * i),
                               c.y() + 0.5 * h * std::sin(M_PI / 3 * i));
        p->drawPolygon(hexagon);
        p->setPen(Qt::NoPen);
        p->setBrush(Qt::white);
        p->drawRoundedRect(QRectF(at(0.2, 0.42), QSizeF(0.6 * w, 0.2 * h)), 0.04 * w, 0.04 * h); // body
        p->drawRect(QRectF(at(0.32, 0.3), QSizeF(0.36 * w, 0.14 * h)));                          // cabin
        p->setBrush(colour.darker(160));
        p->drawEllipse(QRectF(at(0.26, 0.58), QSizeF(0.14 * w, 0.14 * h))); // wheels
        p->drawEllipse(QRectF(at(0.6, 0.58), QSizeF(0.14 * w, 0.14 * h)));
    } else {
        p->drawEllipse(r);
    }
    p->restore();
}

GraphLegend::GraphLegend(QWidget* parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

namespace {
struct LegendLine
{
    QString text;
    QPen pen;
};

QList<LegendLine> legendLines()
{
    return {{GraphLegend::tr("Typed link"), QPen(QColor(0x55, 0x55, 0x55), 1.5)},
            {GraphLegend::tr("Implied link"), QPen(QColor(0x99, 0x99, 0x99), 1.2, Qt::DashLine)},
            {GraphLegend::tr("Found path"), QPen(QColor(0xe6, 0x51, 0x00), 4)}};
}
} // namespace

// Lays the entries out left to right, wrapping at `width`; paints them when `p` is given.
// Returns the height used.
int GraphLegend::layoutEntries(int width, QPainter* p) const
{
    const int rowHeight = fontMetrics().height() + 8;
    const int icon = qMin(18, rowHeight - 4);
    int x = 4, y = 0;
    auto place = [&](int w) {
        if (x > 4 && x + w > width) {
            x = 4;
            y += rowHeight;
        }
    };
    for (const QString& kind : LinkVocabulary::entityKinds()) {
        const QString label = LinkVocabulary::entityLabel(kind);
        place(icon + 6 + fontMetrics().horizontalAdvance(label));
        if (p) {
            paintEntityIcon(p, QRectF(x, y + (rowHeight - icon) / 2.0, icon, icon), kind);
            p->setPen(palette().color(QPalette::WindowText));
            p->drawText(QRect(x + icon + 6, y, width, rowHeight), Qt::AlignVCenter | Qt::AlignLeft, label);
        }
        x += icon + 6 + fontMetrics().horizontalAdvance(label) + 12;
    }
    for (const LegendLine& l : legendLines()) {
        place(34 + fontMetrics().horizontalAdvance(l.text));
        if (p) {
            p->setPen(l.pen);
            p->drawLine(x, y + rowHeight / 2, x + 28, y + rowHeight / 2);
            p->setPen(palette().color(QPalette::WindowText));
            p->drawText(QRect(x + 34, y, width, rowHeight), Qt::AlignVCenter | Qt::AlignLeft, l.text);
        }
        x += 34 + fontMetrics().horizontalAdvance(l.text) + 12;
    }
    return y + rowHeight;
}

QSize GraphLegend::sizeHint() const
{
    return QSize(600, heightForWidth(600));
}

int GraphLegend::heightForWidth(int width) const
{
    return layoutEntries(width, nullptr);
}

void GraphLegend::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (height() != heightForWidth(width()))
        updateGeometry();
}

void GraphLegend::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    layoutEntries(width(), &p);
}

} // namespace hc
