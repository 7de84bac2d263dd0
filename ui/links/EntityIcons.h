#pragma once
// One icon per entity kind, drawn with QPainter so it scales and exports to SVG: a distinct
// shape and colour per kind (person circle, case square, household house, phone handset,
// address pin, vehicle car) with a white glyph; and the legend that explains them and the
// line styles of the graph view.

#include <QColor>
#include <QWidget>

class QPainter;

namespace hc {

void paintEntityIcon(QPainter* painter, const QRectF& rect, const QString& kind);
QColor entityColour(const QString& kind);

// A one-line legend: each entity kind's icon and name, then typed / implied / path lines.
class GraphLegend : public QWidget
{
    Q_OBJECT
public:
    explicit GraphLegend(QWidget* parent = nullptr);
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    int layoutEntries(int width, QPainter* painter) const;
};

} // namespace hc
