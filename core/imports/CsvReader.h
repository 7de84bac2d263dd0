#pragma once
// Streaming CSV reader: detects the file's encoding (UTF-8 with or without BOM, else GB18030),
// decodes it and hands out one record at a time. libcsv does the parsing, ICU the decoding.

#include "core/imports/TableReader.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace hc {

// Reads one CSV file record by record in 64 KiB chunks. Owns the open file, the libcsv parser,
// the ICU converters (GB18030 input) and a small queue of parsed records, all behind a private
// struct; memory use does not grow with the file's size. The whole file is checked as UTF-8
// when it is opened; if it is not UTF-8 it is read as GB18030. A field holding a control
// character or longer than 1 MiB does not stop the reading: the record carries a problem
// (the field's position and what is wrong) for the caller to reject that record alone.
class CsvReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(hc::CsvReader)
public:
    enum class Encoding
    {
        Utf8,
        Utf8Bom,
        Gb18030
    };

    explicit CsvReader(QString path);
    ~CsvReader() override;

    Status open() override; // Io error with the path and reason if unreadable
    Encoding encoding() const;
    QString encodingName() const override;   // "UTF-8", "UTF-8 (BOM)", "GB18030"
    bool next(QStringList& fields) override; // false at end or on error; check hasError()
    // The problem of the record last returned by next(); Kind::None when it has none.
    const FieldProblem& problem() const override;
    bool hasError() const override;
    const Error& error() const override;
    qint64 recordNumber() const;        // 1-based number of the record last returned (header = 1)
    qint64 bytesRead() const override;  // raw bytes consumed so far (for progress)
    qint64 totalBytes() const override; // file size

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hc
