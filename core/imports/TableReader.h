#pragma once
// What an import reads a file through, one record at a time: a CSV file (CsvReader) or a sheet
// of an Excel workbook (XlsxReader). Both hand out rows of text, flag a bad field for its row to
// be rejected, and report an error that stops the reading.

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace hc {

class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(hc::TableReader)
public:
    // What is wrong with one field of a record; the first such field of the record.
    struct FieldProblem
    {
        enum class Kind
        {
            None,
            ControlCharacter, // other than tab, line feed and carriage return
            TooLong           // over kMaxFieldBytes; the field is read as empty
        };
        Kind kind = Kind::None;
        int field = -1;         // 0-based position in the record
        char32_t character = 0; // ControlCharacter: which
        qint64 bytes = 0;       // TooLong: the field's size in bytes
    };
    static constexpr qint64 kMaxFieldBytes = 1024 * 1024;

    TableReader() = default;
    virtual ~TableReader();
    TableReader(const TableReader&) = delete;
    TableReader& operator=(const TableReader&) = delete;

    // A reader for `path`: a workbook (.xlsx, or a file that is a zip) or else CSV. `sheet`
    // chooses a workbook's sheet (empty: the first); given for a CSV file, open() fails.
    static std::unique_ptr<TableReader> create(const QString& path, const QString& sheet = {});
    static bool isWorkbook(const QString& path);

    virtual Status open() = 0;
    virtual QString encodingName() const = 0;   // "UTF-8", "GB18030", "XLSX" ...
    virtual bool next(QStringList& fields) = 0; // false at end or on error; check hasError()
    // The problem of the record last returned by next(); Kind::None when it has none.
    virtual const FieldProblem& problem() const = 0;
    virtual bool hasError() const = 0;
    virtual const Error& error() const = 0;
    virtual qint64 bytesRead() const = 0;  // for progress, in the unit of totalBytes()
    virtual qint64 totalBytes() const = 0; // the file's size (of a workbook: of its sheet's XML)
};

} // namespace hc
