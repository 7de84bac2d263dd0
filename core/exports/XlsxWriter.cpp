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
    // In constant-memory mode each row goes to a temporary file as it is written (rows must come
    // in order, strings are written in the cell).
    Workbook(const QString& path, bool constantMemory)
    {
        lxw_workbook_options options{};
        options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
        m_book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    }
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
    lxw_workbook* m_book = nullptr;
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

// Rows onto a sheet, and onto a new one ("NAME (2)", ...) when a sheet is full; each sheet with
// the note, the bold frozen header and columns as wide as the text it holds.
class SheetWriter
{
public:
    SheetWriter(Workbook& book, const Formats& f, QStringList& taken, const XlsxWriter::Stream& s)
        : m_book(book), m_formats(f), m_taken(taken), m_s(s),
          m_capacity(XlsxWriter::kSheetRows - (s.note.isEmpty() ? 1 : 2))
    {
        if (s.rowsPerSheet > 0)
            m_capacity = std::min(m_capacity, s.rowsPerSheet);
        if (m_s.kinds.size() != m_s.headers.size())
            m_s.kinds = QList<XlsxWriter::Kind>(m_s.headers.size(), XlsxWriter::Kind::Text);
    }
    // Starts the first sheet; false when the workbook refused a sheet.
    bool begin() { return newSheet(); }
    bool add(const QStringList& row)
    {
        if (m_onSheet == m_capacity && !newSheet())
            return false;
        for (int c = 0; c < m_s.headers.size(); ++c) {
            const QString cell = row.value(c);
            m_widths[c] = std::max(m_widths.at(c), XlsxWriter::widthOf(cell));
            writeCell(m_sheet, m_row, lxw_col_t(c), m_s.kinds.at(c), cell, m_formats);
        }
        ++m_row;
        ++m_onSheet;
        ++m_written;
        return true;
    }
    // Sets the last sheet's widths.
    void finish() { setWidths(); }
    qint64 written() const { return m_written; }

private:
    bool newSheet()
    {
        setWidths();
        ++m_part;
        const QString name =
            m_part == 1 ? m_s.name : QStringLiteral("%1 (%2)").arg(m_s.name.left(24)).arg(m_part);
        m_sheet = m_book.sheet(XlsxWriter::sheetName(name, m_taken));
        if (!m_sheet)
            return false;
        m_row = 0;
        m_onSheet = 0;
        if (!m_s.note.isEmpty())
            worksheet_write_string(m_sheet, m_row++, 0, m_s.note.toUtf8().constData(), nullptr);
        m_widths.clear();
        for (int c = 0; c < m_s.headers.size(); ++c) {
            worksheet_write_string(m_sheet, m_row, lxw_col_t(c), m_s.headers.at(c).toUtf8().constData(),
                                   m_formats.bold);
            m_widths << XlsxWriter::widthOf(m_s.headers.at(c));
        }
        ++m_row;
        worksheet_freeze_panes(m_sheet, m_row, 0);
        return true;
    }
    void setWidths()
    {
        if (!m_sheet)
            return;
        for (int c = 0; c < m_widths.size(); ++c)
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), m_widths.at(c), nullptr);
    }

    Workbook& m_book;
    const Formats& m_formats;
    QStringList& m_taken;
    XlsxWriter::Stream m_s;
    qint64 m_capacity; // data rows a sheet holds
    lxw_worksheet* m_sheet = nullptr;
    lxw_row_t m_row = 0;
    qint64 m_onSheet = 0;
    qint64 m_written = 0;
    int m_part = 0;
    QList<double> m_widths;
};

Error cannotWrite(const QString& path)
{
    return storageError(XlsxWriter::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
}

// Writes a workbook through `body` into PATH.part and renames it into place; nothing is left
// behind when the body or the write fails.
Result<qint64> writeBook(const QString& path, bool constantMemory,
                         const std::function<Result<qint64>(Workbook&, const Formats&, QStringList&)>& body)
{
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    Result<qint64> written = qint64(0);
    {
        Workbook book(part, constantMemory);
        if (!book.ok())
            return cannotWrite(path);
        const Formats formats{book.format(nullptr, true), book.format("0.0%"), book.format("yyyy-mm-dd"),
                              book.format("yyyy-mm-dd hh:mm")};
        QStringList taken;
        written = body(book, formats, taken);
        const lxw_error e = book.close();
        if (!written) {
            QFile::remove(part);
            return written;
        }
        if (e != LXW_NO_ERROR) {
            QFile::remove(part);
            return storageError(XlsxWriter::tr("Cannot write %1: %2")
                                    .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(e))));
        }
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return cannotWrite(path);
    }
    return written;
}
} // namespace

Result<qint64> XlsxWriter::write(const QString& path, const QString& sheetName, const QStringList& headers,
                                 const QList<QStringList>& rows, const QString& note)
{
    return write(path, {Sheet{sheetName, headers, rows, {}, note}});
}

Result<qint64> XlsxWriter::write(const QString& path, const QList<Sheet>& sheets)
{
    return writeBook(
        path, false, [&](Workbook& book, const Formats& f, QStringList& taken) -> Result<qint64> {
            qint64 written = 0;
            for (const Sheet& s : sheets) {
                const QList<Kind> kinds =
                    s.kinds.size() == s.headers.size() ? s.kinds : kindsOf(s.rows, int(s.headers.size()));
                SheetWriter w(book, f, taken, Stream{s.name, s.headers, kinds, s.note, 0});
                if (!w.begin())
                    return cannotWrite(path);
                for (const QStringList& row : s.rows)
                    if (!w.add(row))
                        return cannotWrite(path);
                w.finish();
                written += w.written();
            }
            return written;
        });
}

Result<qint64> XlsxWriter::write(const QString& path, const Stream& stream, const RowSource& rows)
{
    return writeBook(path, true, [&](Workbook& book, const Formats& f, QStringList& taken) -> Result<qint64> {
        SheetWriter w(book, f, taken, stream);
        bool ok = w.begin();
        const auto source = rows([&](const QStringList& row) { ok = ok && w.add(row); });
        if (!source)
            return source.error();
        if (!ok)
            return cannotWrite(path);
        w.finish();
        return w.written();
    });
}

} // namespace hc
