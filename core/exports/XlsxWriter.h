#pragma once
// Tables as an Excel workbook (one sheet each), through libxlsxwriter: the header row in bold and
// frozen, columns as wide as their text (Chinese characters count double), and typed cells:
// counts as numbers, percentages as numbers shown as percent, ISO dates and times as Excel
// dates. Text is always written as text, never as a formula, so a cell beginning with "=" is
// shown as typed. Written to a temporary file beside the target and renamed into place: a
// failed write leaves no partial file.

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <functional>

namespace hc {

class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(hc::XlsxWriter)
public:
    enum class Kind
    {
        Text,
        Number,   // a count or a measure: "1680", "3.5"
        Percent,  // "87.5%"
        Date,     // "2026-03-01"
        DateTime, // "2026-03-01 14:05" or with seconds, or ISO with a T
    };

    // Each column's kind from its cells: a kind holds when every non-empty cell has it. Numbers
    // with a leading zero or more than 8 digits (ID numbers, phones, household numbers) stay text.
    static QList<Kind> kindsOf(const QList<QStringList>& rows, int columns);

    // Writes the sheet; returns the number of rows written (the header not counted). A `note`
    // (the filters the list was made with) takes the first row, above the header.
    static Result<qint64> write(const QString& path, const QString& sheetName, const QStringList& headers,
                                const QList<QStringList>& rows, const QString& note = {});

    // One sheet of a workbook. `kinds`, when given, are the columns' kinds (a cell that is not of
    // its column's kind is written as text); else kindsOf(rows).
    struct Sheet
    {
        QString name; // at most 31 characters, none of []:*?/\ (others are replaced), unique
        QStringList headers;
        QList<QStringList> rows;
        QList<Kind> kinds;
        QString note;
    };
    // Writes the sheets in order into one workbook; returns the number of rows written in all.
    static Result<qint64> write(const QString& path, const QList<Sheet>& sheets);

    // Excel's last row: a sheet holds this many rows, the note and the header among them.
    static constexpr qint64 kSheetRows = 1048576;

    // A table written as its rows come (a whole city's registry), in memory that does not grow
    // with it: libxlsxwriter's constant-memory mode puts each row in a temporary file as soon as
    // it is written. The columns' kinds must be given (the rows are not seen beforehand); widths
    // grow with the rows seen. Rows beyond a sheet's capacity continue on a new sheet, "NAME (2)",
    // with the note and the header again. `rowsPerSheet` (the data rows of one sheet) is there
    // for tests; 0 is as many as Excel holds.
    using RowSink = std::function<void(const QStringList&)>;
    using RowSource = std::function<Result<qint64>(const RowSink&)>;
    struct Stream
    {
        QString name;
        QStringList headers;
        QList<Kind> kinds;
        QString note;
        qint64 rowsPerSheet = 0;
    };
    // Returns the number of rows written; the source's error (nothing is left behind) or a write
    // error otherwise.
    static Result<qint64> write(const QString& path, const Stream& stream, const RowSource& rows);

    // A sheet name Excel accepts: forbidden characters replaced, at most 31 characters, no
    // apostrophe first or last, and none used before in `taken` (compared ignoring case; the
    // name returned is added).
    static QString sheetName(const QString& wanted, QStringList& taken);

    // How wide a column must be for this text, in Excel's character units.
    static double widthOf(const QString& text);
};

} // namespace hc
