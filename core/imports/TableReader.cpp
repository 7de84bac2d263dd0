#include "core/imports/TableReader.h"

#include "core/imports/CsvReader.h"
#include "core/imports/XlsxReader.h"

#include <QFile>
#include <QFileInfo>

namespace hc {

TableReader::~TableReader() = default;

bool TableReader::isWorkbook(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx" || suffix == u"xlsm")
        return true;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArrayLiteral("PK\x03\x04");
}

std::unique_ptr<TableReader> TableReader::create(const QString& path, const QString& sheet)
{
    // A sheet asked of a CSV file: the workbook reader says that the file is not a workbook.
    if (!sheet.isEmpty() || isWorkbook(path))
        return std::make_unique<XlsxReader>(path, sheet);
    return std::make_unique<CsvReader>(path);
}

} // namespace hc
