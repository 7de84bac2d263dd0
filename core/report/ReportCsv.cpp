#include "core/report/ReportCsv.h"

#include "core/imports/CsvWriter.h"
#include "core/report/ReportTables.h"

#include <QDir>
#include <QSaveFile>

namespace hc {

namespace {
QString plain(const QVariant& v, ReportTable::Column c)
{
    switch (c) {
    case ReportTable::Column::Count:
        return QString::number(v.toLongLong());
    case ReportTable::Column::Percent:
        return QString::number(v.toDouble() * 100.0, 'f', 1);
    case ReportTable::Column::Date:
        return v.toDate().isValid() ? v.toDate().toString(Qt::ISODate) : QString();
    case ReportTable::Column::Text:
        break;
    }
    return v.toString();
}
} // namespace

Result<QStringList> ReportCsv::write(const OperationReport& report, const QString& directory)
{
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral(".")))
        return Error{QStringLiteral("directory"), tr("Cannot create the folder %1.").arg(directory),
                     Error::Kind::Io};
    QStringList written;
    for (const ReportTable& t : ReportTables::all(report)) {
        const QString path = dir.filePath(t.key + QStringLiteral(".csv"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error{QStringLiteral("directory"), tr("Cannot write %1: %2").arg(path, file.errorString()),
                         Error::Kind::Io};
        CsvWriter csv(&file, true);
        csv.writeRow(t.header);
        for (const QVariantList& row : t.rows) {
            QStringList fields;
            for (qsizetype i = 0; i < row.size(); ++i)
                fields << plain(row.at(i), t.columns.value(i));
            csv.writeRow(fields);
        }
        if (!file.commit())
            return Error{QStringLiteral("directory"), tr("Cannot write %1: %2").arg(path, file.errorString()),
                         Error::Kind::Io};
        written << path;
    }
    return written;
}

} // namespace hc
