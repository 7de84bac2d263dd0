#include "core/report/ReportXlsx.h"

#include "core/exports/XlsxWriter.h"
#include "core/report/ReportTables.h"

#include <QDir>
#include <QFileInfo>

namespace hc {

namespace {
XlsxWriter::Kind kindOf(ReportTable::Column c)
{
    switch (c) {
    case ReportTable::Column::Count:
        return XlsxWriter::Kind::Number;
    case ReportTable::Column::Percent:
        return XlsxWriter::Kind::Percent;
    case ReportTable::Column::Date:
        return XlsxWriter::Kind::Date;
    case ReportTable::Column::Text:
        break;
    }
    return XlsxWriter::Kind::Text;
}

// A cell as XlsxWriter reads it for its column's kind; a share keeps its precision ("87.512500%").
QString cellText(const QVariant& v, ReportTable::Column c)
{
    switch (c) {
    case ReportTable::Column::Count:
        return v.isNull() ? QString() : QString::number(v.toLongLong());
    case ReportTable::Column::Percent:
        return v.isNull() ? QString() : QString::number(v.toDouble() * 100.0, 'f', 6) + QLatin1Char('%');
    case ReportTable::Column::Date:
        return v.toDate().isValid() ? v.toDate().toString(Qt::ISODate) : QString();
    case ReportTable::Column::Text:
        break;
    }
    return v.toString();
}

XlsxWriter::Sheet sheetOf(const ReportTable& t)
{
    XlsxWriter::Sheet s;
    s.name = ReportXlsx::sheetName(t.key);
    s.note = t.title;
    s.headers = t.header;
    for (qsizetype i = 0; i < t.header.size(); ++i)
        s.kinds << kindOf(t.columns.value(i));
    for (const QVariantList& row : t.rows) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i)
            cells << cellText(row.at(i), t.columns.value(i));
        s.rows << cells;
    }
    return s;
}
} // namespace

QString ReportXlsx::sheetName(const QString& key)
{
    if (key == u"headline")
        return tr("Headline");
    if (key == u"sub_bureaus")
        return tr("Sub-bureaus");
    if (key == u"stations")
        return tr("Stations");
    if (key == u"days")
        return tr("Days");
    if (key == u"screening_status")
        return tr("Screening status");
    if (key == u"high_risk_cases")
        return tr("High-risk cases");
    if (key == u"league")
        return tr("League");
    return key;
}

Result<int> ReportXlsx::write(const OperationReport& report, const QString& path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error{QStringLiteral("xlsx"),
                     tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)),
                     Error::Kind::Io};
    QList<XlsxWriter::Sheet> sheets;
    for (const ReportTable& t : ReportTables::all(report))
        sheets << sheetOf(t);
    if (auto written = XlsxWriter::write(path, sheets); !written)
        return written.error();
    return int(sheets.size());
}

} // namespace hc
