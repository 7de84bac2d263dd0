#pragma once
// Small RFC 4180 CSV writer (UTF-8, optional BOM) for exporting tables and error lists.

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace hc {

// Writes rows to a QIODevice it does not own (the caller opens, keeps and closes it). Quotes
// fields containing , " CR or LF (and fields with leading/trailing spaces or tabs, so other
// readers do not trim them), doubles quotes, ends lines with CRLF. The BOM, if wanted, is
// written in front of the first row.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice* out, bool utf8Bom = true);

    void writeRow(const QStringList& fields);
    static QString quote(const QString& field);

private:
    QIODevice* m_out;
    bool m_bomPending;
};

} // namespace hc
