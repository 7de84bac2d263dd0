#pragma once
// The operation report's charts (QtCharts), drawn offscreen into images for the printed report:
// coverage per station as sorted horizontal bars, households covered day by day against the
// target, and persons by latest screening status as a donut. Needs a QApplication (QtCharts is
// built on QtWidgets); text uses the report's CJK-capable font.

#include "core/report/OperationReport.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>

namespace hc {

class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(hc::ReportCharts)
public:
    // `width` in logical pixels; the image is drawn at twice that for print sharpness.
    static QImage coverageByStation(const OperationReport& r, int width);
    static QImage cumulativeCoverage(const OperationReport& r, int width);
    static QImage statusDonut(const OperationReport& r, int width);

    // A font whose families cover Chinese and Latin text (WenQuanYi Micro Hei first).
    static QFont font(qreal pointSize);
};

} // namespace hc
