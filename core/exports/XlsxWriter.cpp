#include "core/exports/XlsxWriter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <xlsxwriter.h>

namespace hc {

namespace {

bool isNumber(const QString& s)
{
    static const QRegularExpression number(QStringLiteral("^-?(0|[1-9][0-9]{0,7})(\\.[0-9]+)?$"));
    return number.match(s).hasMatch();
}

bool isPercent(const QString& s)
{
    return s.endsWith(QLatin1Char('%')) && isNumber(s.chopped(1));
}

QDateTime dateTimeOf(const QString& s)
{
    for (const QString& format :
         {QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("yyyy-MM-dd HH:mm"),
          QStringLiteral("yyyy-MM-ddTHH:mm:ss"), QStringLiteral("yyyy-MM-ddTHH:mm")}) {
        const QDateTime t = QDateTime::fromString(s, format);
        if (t.isValid())
            return t;
    }
    return {};
}

bool has(XlsxWriter::Kind kind, const QString& s)
{
    switch (kind) {
    case XlsxWriter::Kind::Number:
        return isNumber(s);
    case XlsxWriter::Kind::Percent:
        return isPercent(s);
    case XlsxWriter::Kind::Date:
        return s.size() == 10 && QDate::fromString(s, Qt::ISODate).isValid();
    case XlsxWriter::Kind::DateTime:
        return dateTimeOf(s).isValid();
    case XlsxWriter::Kind::Text:
        return true;
    }
    return true;
}

lxw_datetime excelTime(const QDateTime& t)
{
    return lxw_datetime{t.date().year(), t.date().month(),  t.date().day(),
                        t.time().hour(), t.time().minute(), double(t.time().second())};
}

// One open workbook with its formats; closes (and so writes) once.
class Workbook
{
public:
    explicit Workbook(const QString& path) : m_book(workbook_new(QFile::encodeName(path).constData())) {}
    ~Workbook()
    {
        if (m_book)
            workbook_close(m_book);
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    bool ok() const { return m_book != nullptr; }
    lxw_format* format(const char* numberFormat, bool bold = false)
    {
        lxw_format* f = workbook_add_format(m_book);
        if (numberFormat)
            format_set_num_format(f, numberFormat);
        if (bold)
            format_set_bold(f);
        return f;
    }
    lxw_worksheet* sheet(const QString& name)
    {
        // Excel's limit: 31 characters, none of []:*?/\ .
        QString safe = name.left(31);
        safe.replace(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")), QStringLiteral("_"));
        return workbook_add_worksheet(m_book, safe.isEmpty() ? nullptr : safe.toUtf8().constData());
    }
    lxw_error close()
    {
        const lxw_error e = workbook_close(std::exchange(m_book, nullptr));
        return e;
    }

private:
    lxw_workbook* m_book;
};

} // namespace

QList<XlsxWriter::Kind> XlsxWriter::kindsOf(const QList<QStringList>& rows, int columns)
{
    QList<Kind> kinds;
    for (int c = 0; c < columns; ++c) {
        Kind found = Kind::Text;
        for (Kind k : {Kind::Number, Kind::Percent, Kind::Date, Kind::DateTime}) {
            bool all = true, any = false;
            for (const QStringList& row : rows) {
                const QString cell = row.value(c).trimmed();
                if (cell.isEmpty())
                    continue;
                any = true;
                if (!has(k, cell)) {
                    all = false;
                    break;
                }
            }
            if (all && any) {
                found = k;
                break;
            }
        }
        kinds << found;
    }
    return kinds;
}

double XlsxWriter::widthOf(const QString& text)
{
    double width = 0;
    for (const QChar ch : text)
        width += ch.unicode() >= 0x2E80 ? 2.1 : 1.1; // CJK and full-width forms take two columns
    return std::clamp(width + 2, 6.0, 60.0);
}

Result<qint64> XlsxWriter::write(const QString& path, const QString& sheetName, const QStringList& headers,
                                 const QList<QStringList>& rows, const QString& note)
{
    const lxw_row_t top = note.isEmpty() ? 0 : 1; // the header's row
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    const QList<Kind> kinds = kindsOf(rows, int(headers.size()));
    {
        Workbook book(part);
        if (!book.ok())
            return storageError(tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
        lxw_worksheet* sheet = book.sheet(sheetName);
        lxw_format* bold = book.format(nullptr, true);
        lxw_format* percent = book.format("0.0%");
        lxw_format* date = book.format("yyyy-mm-dd");
        lxw_format* dateTime = book.format("yyyy-mm-dd hh:mm");
        QList<double> widths;
        if (top)
            worksheet_write_string(sheet, 0, 0, note.toUtf8().constData(), nullptr);
        for (int c = 0; c < headers.size(); ++c) {
            worksheet_write_string(sheet, top, lxw_col_t(c), headers.at(c).toUtf8().constData(), bold);
            widths << widthOf(headers.at(c));
        }
        worksheet_freeze_panes(sheet, top + 1, 0);
        for (int r = 0; r < rows.size(); ++r) {
            const lxw_row_t row = top + lxw_row_t(r + 1);
            for (int c = 0; c < headers.size(); ++c) {
                const QString cell = rows.at(r).value(c);
                const QString trimmed = cell.trimmed();
                widths[c] = std::max(widths.at(c), widthOf(cell));
                const lxw_col_t col = lxw_col_t(c);
                if (trimmed.isEmpty())
                    continue;
                switch (kinds.at(c)) {
                case Kind::Number:
                    worksheet_write_number(sheet, row, col, trimmed.toDouble(), nullptr);
                    break;
                case Kind::Percent:
                    worksheet_write_number(sheet, row, col, trimmed.chopped(1).toDouble() / 100.0, percent);
                    break;
                case Kind::Date: {
                    lxw_datetime t =
                        excelTime(QDateTime(QDate::fromString(trimmed, Qt::ISODate), QTime(0, 0)));
                    worksheet_write_datetime(sheet, row, col, &t, date);
                    break;
                }
                case Kind::DateTime: {
                    lxw_datetime t = excelTime(dateTimeOf(trimmed));
                    worksheet_write_datetime(sheet, row, col, &t, dateTime);
                    break;
                }
                case Kind::Text:
                    worksheet_write_string(sheet, row, col, cell.toUtf8().constData(), nullptr);
                    break;
                }
            }
        }
        for (int c = 0; c < widths.size(); ++c)
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths.at(c), nullptr);
        if (const lxw_error e = book.close(); e != LXW_NO_ERROR) {
            QFile::remove(part);
            return storageError(tr("Cannot write %1: %2")
                                    .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(e))));
        }
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return storageError(tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    }
    return qint64(rows.size());
}

} // namespace hc
