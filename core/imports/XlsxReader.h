#pragma once
// Reads one sheet of an Excel workbook (.xlsx) row by row, as the imports read CSV: minizip opens
// the zip, QXmlStreamReader streams the sheet's XML in chunks. (Not QuaZip: it exports its own
// copy of minizip's symbols, which libxlsxwriter's calls then reach, and crash, in the same
// process.) Shared strings are spilled to a
// temporary file and mapped, so memory does not grow with the sheet. A broken or hostile
// workbook (not a zip, a part missing, a shared string index out of range, a part that
// inflates past the bound) is refused with a message saying which.

#include "core/imports/TableReader.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace hc {

class XlsxReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(hc::XlsxReader)
public:
    // The most bytes one part of the workbook may inflate to (declared or actually read).
    static constexpr qint64 kDefaultMaxPartBytes = qint64(1) << 30;

    // `sheet`: the sheet's name; empty for the first sheet.
    explicit XlsxReader(QString path, QString sheet = {}, qint64 maxPartBytes = kDefaultMaxPartBytes);
    ~XlsxReader() override;

    // The workbook's sheet names, in order.
    static Result<QStringList> sheetNames(const QString& path);

    Status open() override;
    QString encodingName() const override; // "XLSX (sheet name)"
    bool next(QStringList& fields) override;
    const FieldProblem& problem() const override;
    bool hasError() const override;
    const Error& error() const override;
    qint64 bytesRead() const override;  // of the sheet's XML, inflated
    qint64 totalBytes() const override; // the sheet's XML size, inflated

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hc
