#pragma once
// What an import would make of a file before it runs, for the import dialog (and any other
// front end): the detected encoding, the header, which columns map to which fields, the
// required columns missing, and the first rows. Reads only the first records after the
// encoding check, so it is cheap enough for a GUI thread.

#include "core/auth/Actor.h"
#include "core/imports/ImportTypes.h"

#include <QCoreApplication>
#include <QStringList>

namespace hc {

enum class ImportKind
{
    Registry,
    Officers,
    FieldSheets
};

class ImportPreview
{
    Q_DECLARE_TR_FUNCTIONS(hc::ImportPreview)
public:
    QString encoding;
    QStringList header; // as written in the file
    QList<QStringList> rows;
    QStringList columnKeys; // per header position: the column key it maps to; empty when unused
    QStringList missing;    // required columns absent, as "key (中文)"
    QString problem;        // why the file cannot be imported; empty when it can

    QString headerKey;  // HeaderMap::headerKey of the header, to remember a mapping by
    QStringList sheets; // a workbook's sheets, in order; empty for CSV

    // Reads with the options' column mapping and sheet (its progress is not used).
    static ImportPreview read(ImportKind kind, const QString& path, int maxRows,
                              const ImportOptions& options = {});

    QStringList detected() const; // keys found, in file order
    // The header text the file uses for a column key (may be Chinese); the key when absent.
    QString headerOf(const QString& key) const;

    // The column specification of the importer that handles `kind`.
    static const QList<ColumnSpec>& columns(ImportKind kind);
    // The right an actor needs for `kind`.
    static Right requiredRight(ImportKind kind);
};

} // namespace hc
