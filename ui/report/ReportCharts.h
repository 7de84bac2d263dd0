#pragma once
// The operation report's charts (QtCharts), laid out offscreen at the size they are printed at
// and drawn as vectors into the report (PDF, printer, preview, screen): coverage per station as
// sorted horizontal bars, households covered day by day against the target, and persons by
// latest screening status as a donut. Needs a QApplication (QtCharts is built on QtWidgets);
// text uses the report's CJK-capable font.

#include "core/report/OperationReport.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QTextObjectInterface>
#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
class QGraphicsScene;
QT_END_NAMESPACE

namespace hc {

// One chart laid out once at `size` (document units, 1/96 inch). draw() paints it into any
// rectangle of the same aspect ratio as vectors: text stays text, nothing is stretched.
class ReportChart
{
public:
    ReportChart(QChart* chart, QSizeF size); // takes the chart
    ~ReportChart();
    ReportChart(const ReportChart&) = delete;
    ReportChart& operator=(const ReportChart&) = delete;

    QSizeF size() const { return m_size; }
    QChart* chart() const { return m_chart; }
    // Draws the chart scaled uniformly to fit `target`, centred in it.
    void draw(QPainter* painter, const QRectF& target) const;
    // The chart as an image, `scale` device pixels per document unit (for a look or a test).
    QImage image(qreal scale) const;

private:
    std::unique_ptr<QGraphicsScene> m_scene;
    QChart* m_chart;
    QSizeF m_size;
};

class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(hc::ReportCharts)
public:
    // `width` in document units (1/96 inch), the width they are printed at.
    static std::unique_ptr<ReportChart> coverageByStation(const OperationReport& r, int width);
    static std::unique_ptr<ReportChart> cumulativeCoverage(const OperationReport& r, int width);
    static std::unique_ptr<ReportChart> statusDonut(const OperationReport& r, int width);

    // A font whose families cover Chinese and Latin text (WenQuanYi Micro Hei first).
    static QFont font(qreal pointSize);
};

// Draws the charts inside a QTextDocument: a character of object type kObjectType whose
// format has the property kNameProperty (the chart's name) stands for the chart.
class ReportChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kObjectType = QTextFormat::UserObject + 1;
    static constexpr int kNameProperty = QTextFormat::UserProperty + 1;

    explicit ReportChartObject(QObject* parent = nullptr) : QObject(parent) {}
    void add(const QString& name, std::shared_ptr<const ReportChart> chart) { m_charts.insert(name, chart); }
    const ReportChart* chart(const QString& name) const { return m_charts.value(name).get(); }

    QSizeF intrinsicSize(QTextDocument* doc, int posInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int posInDocument,
                    const QTextFormat& format) override;

private:
    QHash<QString, std::shared_ptr<const ReportChart>> m_charts;
};

} // namespace hc
