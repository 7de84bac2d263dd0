#pragma once
// Streaming CSV reader: detects the file's encoding (UTF-8 with or without BOM, else GB18030),
// decodes it and hands out one record at a time. libcsv does the parsing, ICU the decoding.

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace hc {

// Reads one CSV file record by record in 64 KiB chunks. Owns the open file, the libcsv parser,
// the ICU converters (GB18030 input) and a small queue of parsed records, all behind a private
// struct; memory use does not grow with the file's size.
class CsvReader
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
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    Status open(); // Io error with the path and reason if unreadable
    Encoding encoding() const;
    QString encodingName() const;   // "UTF-8", "UTF-8 (BOM)", "GB18030"
    bool next(QStringList& fields); // false at end or on error; check hasError()
    bool hasError() const;
    const Error& error() const;
    qint64 recordNumber() const; // 1-based number of the record last returned (header = 1)
    qint64 bytesRead() const;    // raw bytes consumed so far (for progress)
    qint64 totalBytes() const;   // file size

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hc
