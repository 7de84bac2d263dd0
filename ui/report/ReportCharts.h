#pragma once
// The operation report's charts (QtCharts), laid out offscreen at the size they are printed at
// and recorded as vectors (a QPicture) on the GUI thread; the recording is then drawn into the
// report on any thread (PDF writer, printer, preview, screen) at that size's aspect ratio, so
// text stays text and a donut stays round: coverage per station as sorted horizontal bars,
// households covered day by day against the target, and persons by latest screening status as a
// donut. Building a chart needs a QApplication (QtCharts is built on QtWidgets); text uses the
// report's CJK-capable font.

#include "core/report/OperationReport.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QObject>
#include <QPicture>
#include <QTextObjectInterface>

namespace hc {

// One chart recorded at `size` (document units, 1/96 inch). Copies share the recording.
struct ReportChart
{
    QPicture picture;
    QSizeF size;
    // Draws the recording scaled uniformly to fit `target`, centred in it; returns the rectangle
    // it covers (in the painter's coordinates).
    QRectF draw(QPainter* painter, const QRectF& target) const;
};

class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(hc::ReportCharts)
public:
    // `width` in document units (1/96 inch), the width they are printed at. GUI thread only.
    static ReportChart coverageByStation(const OperationReport& r, int width);
    static ReportChart cumulativeCoverage(const OperationReport& r, int width);
    static ReportChart statusDonut(const OperationReport& r, int width);

    // A font whose families cover Chinese and Latin text (WenQuanYi Micro Hei first).
    static QFont font(qreal pointSize);
    // The same, sized in document pixels (1/96 inch): it keeps its printed size on a painter
    // scaled from document units to any device, whatever the device's resolution.
    static QFont pixelFont(qreal pointSize);
};

// Draws the charts inside a QTextDocument: a character of object type kObjectType whose format
// has the property kNameProperty (the chart's name) stands for the chart. One per document; it
// only reads its charts, so a document on another thread may have its own.
class ReportChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kObjectType = QTextFormat::UserObject + 1;
    static constexpr int kNameProperty = QTextFormat::UserProperty + 1;

    ReportChartObject(QHash<QString, ReportChart> charts, QObject* parent);

    QSizeF intrinsicSize(QTextDocument* doc, int posInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int posInDocument,
                    const QTextFormat& format) override;

    // Where each chart was last drawn, in device coordinates (for checks of size and shape).
    QHash<QString, QRectF> drawn() const { return m_drawn; }

private:
    QHash<QString, ReportChart> m_charts;
    QHash<QString, QRectF> m_drawn;
};

} // namespace hc
