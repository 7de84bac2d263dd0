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
        return workbook_add_worksheet(m_book, name.toUtf8().constData());
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

QString XlsxWriter::sheetName(const QString& wanted, QStringList& taken)
{
    static const QRegularExpression forbidden(QStringLiteral("[\\[\\]:*?/\\\\]"));
    QString base = wanted.simplified();
    base.replace(forbidden, QStringLiteral("_"));
    while (base.startsWith(QLatin1Char('\'')))
        base.remove(0, 1);
    base = base.left(31);
    while (base.endsWith(QLatin1Char('\'')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("Sheet");
    QString name = base;
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(31 - suffix.size()) + suffix;
    }
    taken << name;
    return name;
}

namespace {
struct Formats
{
    lxw_format* bold;
    lxw_format* percent;
    lxw_format* date;
    lxw_format* dateTime;
};

void writeCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, XlsxWriter::Kind kind, const QString& cell,
               const Formats& f)
{
    using Kind = XlsxWriter::Kind;
    const QString trimmed = cell.trimmed();
    if (trimmed.isEmpty())
        return;
    switch (has(kind, trimmed) ? kind : Kind::Text) {
    case Kind::Number:
        worksheet_write_number(sheet, row, col, trimmed.toDouble(), nullptr);
        return;
    case Kind::Percent:
        worksheet_write_number(sheet, row, col, trimmed.chopped(1).toDouble() / 100.0, f.percent);
        return;
    case Kind::Date: {
        lxw_datetime t = excelTime(QDateTime(QDate::fromString(trimmed, Qt::ISODate), QTime(0, 0)));
        worksheet_write_datetime(sheet, row, col, &t, f.date);
        return;
    }
    case Kind::DateTime: {
        lxw_datetime t = excelTime(dateTimeOf(trimmed));
        worksheet_write_datetime(sheet, row, col, &t, f.dateTime);
        return;
    }
    case Kind::Text:
        break;
    }
    // Always a string, never a formula, whatever it begins with.
    worksheet_write_string(sheet, row, col, cell.toUtf8().constData(), nullptr);
}

void writeSheet(lxw_worksheet* sheet, const XlsxWriter::Sheet& s, const Formats& f)
{
    const lxw_row_t top = s.note.isEmpty() ? 0 : 1; // the header's row
    const QList<XlsxWriter::Kind> kinds =
        s.kinds.size() == s.headers.size() ? s.kinds : XlsxWriter::kindsOf(s.rows, int(s.headers.size()));
    QList<double> widths;
    if (top)
        worksheet_write_string(sheet, 0, 0, s.note.toUtf8().constData(), nullptr);
    for (int c = 0; c < s.headers.size(); ++c) {
        worksheet_write_string(sheet, top, lxw_col_t(c), s.headers.at(c).toUtf8().constData(), f.bold);
        widths << XlsxWriter::widthOf(s.headers.at(c));
    }
    worksheet_freeze_panes(sheet, top + 1, 0);
    for (int r = 0; r < s.rows.size(); ++r) {
        const lxw_row_t row = top + lxw_row_t(r + 1);
        for (int c = 0; c < s.headers.size(); ++c) {
            const QString cell = s.rows.at(r).value(c);
            widths[c] = std::max(widths.at(c), XlsxWriter::widthOf(cell));
            writeCell(sheet, row, lxw_col_t(c), kinds.at(c), cell, f);
        }
    }
    for (int c = 0; c < widths.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths.at(c), nullptr);
}
} // namespace

Result<qint64> XlsxWriter::write(const QString& path, const QString& sheetName, const QStringList& headers,
                                 const QList<QStringList>& rows, const QString& note)
{
    return write(path, {Sheet{sheetName, headers, rows, {}, note}});
}

Result<qint64> XlsxWriter::write(const QString& path, const QList<Sheet>& sheets)
{
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    qint64 written = 0;
    {
        Workbook book(part);
        if (!book.ok())
            return storageError(tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
        const Formats formats{book.format(nullptr, true), book.format("0.0%"), book.format("yyyy-mm-dd"),
                              book.format("yyyy-mm-dd hh:mm")};
        QStringList taken;
        for (const Sheet& s : sheets) {
            lxw_worksheet* sheet = book.sheet(XlsxWriter::sheetName(s.name, taken));
            if (!sheet) {
                (void)book.close();
                QFile::remove(part);
                return storageError(tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
            }
            writeSheet(sheet, s, formats);
            written += s.rows.size();
        }
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
    return written;
}

} // namespace hc
