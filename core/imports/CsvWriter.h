#pragma once
// Small RFC 4180 CSV writer (UTF-8, optional BOM) for every export: tables, lists, error lists.

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

namespace hc {

// Writes rows to a QIODevice it does not own (the caller opens, keeps and closes it). A cell
// a spreadsheet would run as a formula (beginning with = + - @, a tab or a carriage return)
// gets a leading apostrophe; fields containing , " CR or LF (and fields with leading/trailing
// spaces or tabs, so other readers do not trim them) are quoted, quotes doubled; lines end
// with CRLF. The BOM, if wanted, is written in front of the first row. The first failed write
// is kept in status(): a caller writing to a QSaveFile then does not commit.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(hc::CsvWriter)
public:
    explicit CsvWriter(QIODevice* out, bool utf8Bom = true);

    // False once a write failed (this one or an earlier one).
    bool writeRow(const QStringList& fields);
    Status status() const;

    // A field as written: neutralised, then quoted when needed.
    static QString cell(const QString& field);
    // RFC 4180 quoting only.
    static QString quote(const QString& field);
    // The field with an apostrophe in front when a spreadsheet would take it for a formula.
    static QString neutralize(const QString& field);

    // Writes a whole file through a temporary one that replaces `path` only when every byte was
    // written (disk full, no permission: an Io error naming the file, and no file left behind).
    static Status writeFile(const QString& path, const QList<QStringList>& rows, bool utf8Bom = true);

private:
    QIODevice* m_out;
    bool m_bomPending;
    QString m_error; // the device's reason for the first failed write
};

} // namespace hc
