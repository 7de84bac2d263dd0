#pragma once
// What every import shares: the column specification (English and Chinese header names),
// the header mapping, the per-row rejection list and the summary report.

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <functional>
#include <optional>

namespace hc {

struct ColumnSpec
{
    const char* key;         // English header and the name used in messages
    const char16_t* chinese; // Chinese header
    bool required;
    int maxLength; // in characters; a longer value rejects its row
};

struct ImportIssue
{
    qint64 row = 0; // data row, counted from 1 after the header
    QString column; // English column key; empty when about the whole row
    QString reason; // translated
};

struct ImportReport
{
    qint64 rows = 0;
    qint64 imported = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    QList<ImportIssue> errors;
    QString encoding;
    std::optional<Error> fatal;                  // set when nothing was imported
    QList<QPair<QString, QString>> newPasswords; // officer import: badge, generated password

    QJsonObject toJson() const;
};

// A column key and the header, as written in the file, that holds it: for a required column
// whose header is not one of the known variants (the CLI's --map, the import dialog's choice).
using ColumnMapping = QList<QPair<QString, QString>>;

struct ImportOptions
{
    // Called now and then with bytes read and total; return false to cancel (rolls back).
    std::function<bool(qint64 done, qint64 total)> progress;
    ColumnMapping mapping;
    QString sheet; // workbooks: the sheet to read; empty for the first
};

// Maps the columns of a header row to column keys; refuses a file missing a required column.
class HeaderMap
{
    Q_DECLARE_TR_FUNCTIONS(hc::HeaderMap)
public:
    // A column given in `mapping` is taken from the header it names; the other columns are found
    // by their key, their Chinese name or a known variant (headerVariants()). A mapping naming a
    // key the spec lacks or a header the file lacks is refused.
    static Result<HeaderMap> build(const QStringList& header, const QList<ColumnSpec>& spec,
                                   const ColumnMapping& mapping = {});
    // The header names that mean `key` besides the key and the spec's Chinese name.
    static QStringList headerVariants(const char* key);
    // Header text compared without spaces, underscores, hyphens, case, or the width of brackets.
    static QString normalized(QStringView header);
    // A stable hash of a header row (hex), to remember a mapping for files that share it.
    static QString headerKey(const QStringList& header);
    // The word that makes `row` a totals or subtotals row (合计, 总计, Total …), or empty.
    static QString totalsWord(const QStringList& row);
    // -1 when the column is absent.
    int index(const char* key) const;
    bool has(const char* key) const { return index(key) >= 0; }
    // The trimmed value of a column in a row; empty when absent or short row.
    QString value(const QStringList& row, const char* key) const;
    // The same by position (from index()), for loops that look the position up once.
    static QString valueAt(const QStringList& row, int position)
    {
        return position >= 0 && position < row.size() ? row.at(position).trimmed() : QString();
    }
    QStringList detectedColumns() const;
    // What a rejection names for the column at `position`: its key, or for a column this import
    // does not read the header text as written (its position from 1 when that is empty).
    QString columnName(int position, const QStringList& header) const;

private:
    Status applyMapping(const QStringList& header, const QList<ColumnSpec>& spec,
                        const ColumnMapping& mapping);
    // Column key -> position in the row; a handful of entries, scanned (this runs for every
    // field of millions of rows, where a hash of QStrings would allocate).
    QList<QPair<QByteArray, int>> m_index;
};

} // namespace hc
