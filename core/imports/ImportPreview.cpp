#include "core/imports/ImportPreview.h"

#include "core/imports/OfficerImporter.h"
#include "core/imports/RegistryImporter.h"
#include "core/imports/TableReader.h"
#include "core/imports/VisitImporter.h"
#include "core/imports/XlsxReader.h"

namespace hc {

const QList<ColumnSpec>& ImportPreview::columns(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Officers:
        return OfficerImporter::columns();
    case ImportKind::FieldSheets:
        return VisitImporter::columns();
    case ImportKind::Registry:
        break;
    }
    return RegistryImporter::columns();
}

Right ImportPreview::requiredRight(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Officers:
        return Right::ManageUsers;
    case ImportKind::FieldSheets:
        return Right::ImportVisits;
    case ImportKind::Registry:
        break;
    }
    return Right::ImportRegistry;
}

QStringList ImportPreview::detected() const
{
    QStringList keys;
    for (const QString& key : columnKeys)
        if (!key.isEmpty())
            keys << key;
    return keys;
}

QString ImportPreview::headerOf(const QString& key) const
{
    const qsizetype i = key.isEmpty() ? -1 : columnKeys.indexOf(key);
    return i >= 0 && i < header.size() ? header.at(i).trimmed() : key;
}

ImportPreview ImportPreview::read(ImportKind kind, const QString& path, int maxRows,
                                  const ImportOptions& options)
{
    ImportPreview p;
    if (TableReader::isWorkbook(path)) {
        const auto sheets = XlsxReader::sheetNames(path);
        p.sheets = sheets ? *sheets : QStringList();
    }
    const std::unique_ptr<TableReader> table = TableReader::create(path, options.sheet);
    TableReader& reader = *table;
    if (Status s = reader.open(); !s) {
        p.problem = s.error().message;
        return p;
    }
    p.encoding = reader.encodingName();
    if (!reader.next(p.header)) {
        p.problem = reader.hasError() ? reader.error().message : tr("The file is empty.");
        return p;
    }
    for (QStringList row; p.rows.size() < maxRows && reader.next(row);)
        p.rows << row;
    if (reader.hasError())
        p.problem = reader.error().message;

    // Mapped once leniently to learn what is there, once as the importer will, to decide.
    const QList<ColumnSpec>& spec = columns(kind);
    QList<ColumnSpec> lenient = spec;
    for (ColumnSpec& c : lenient)
        c.required = false;
    p.headerKey = HeaderMap::headerKey(p.header);
    Result<HeaderMap> found = HeaderMap::build(p.header, lenient, options.mapping);
    if (!found) { // a remembered or typed mapping that does not fit this file
        if (p.problem.isEmpty())
            p.problem = found.error().message;
        found = HeaderMap::build(p.header, lenient);
    }
    p.columnKeys = QList<QString>(p.header.size());
    for (const ColumnSpec& c : spec) {
        const int i = found ? found->index(c.key) : -1;
        if (i >= 0)
            p.columnKeys[i] = QLatin1String(c.key);
        else if (c.required)
            p.missing << QStringLiteral("%1 (%2)").arg(QLatin1String(c.key), QStringView(c.chinese));
    }
    if (!HeaderMap::build(p.header, spec, options.mapping) && p.problem.isEmpty())
        p.problem = tr("The file lacks the required column(s) %1. Add them to the header row (the English "
                       "or the Chinese name); Import stays disabled until then.")
                        .arg(p.missing.join(QStringLiteral(", ")));
    return p;
}

} // namespace hc
