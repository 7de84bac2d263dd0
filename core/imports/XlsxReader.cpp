#include "core/imports/XlsxReader.h"

#include "core/imports/ImportDates.h"
#include "core/imports/SpilledStrings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <algorithm>
#include <cmath>
#include <optional>

namespace hc {

namespace {

constexpr qint64 kChunkSize = 64 * 1024;
// The workbook, its relationships and its styles are read whole; a real one is a few KiB.
constexpr qint64 kMaxSmallPartBytes = 16 * 1024 * 1024;
constexpr int kMaxColumns = 16384; // Excel's limit (column XFD)

// Excel's built-in number formats that show a date or a time (ECMA-376 18.8.30, with the
// East Asian ones).
bool builtinDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
           (id >= 50 && id <= 58);
}

// A custom format code shows a date when, outside quoted text, escapes and [colour] sections, it
// has a day, month, year, hour or second code.
bool customDateFormat(const QString& code)
{
    bool quoted = false;
    bool bracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i).toLower();
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\\' || c == u'_' || c == u'*')
            ++i;
        else if (c == u'[')
            bracket = true;
        else if (c == u']')
            bracket = false;
        else if (!bracket && (c == u'd' || c == u'm' || c == u'y' || c == u'h' || c == u's' || c == u'e'))
            return c != u'e' || code.contains(QLatin1String("yy"), Qt::CaseInsensitive);
    }
    return false;
}

// "AB12" -> 27 (0-based column); -1 when it does not start with letters or is past XFD.
int columnOf(QStringView ref)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref.at(i).toUpper() >= u'A' && ref.at(i).toUpper() <= u'Z'; ++i) {
        column = column * 26 + (ref.at(i).toUpper().unicode() - u'A' + 1);
        if (column > kMaxColumns)
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}

// The first control character of a value other than tab, LF and CR, or -1.
int firstControl(const QString& s)
{
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || (u >= 0x7F && u <= 0x9F))
            return u;
    }
    return -1;
}

// One part of the zip being streamed into an XML reader, with what bounds it.
struct PartStream
{
    QString name;
    qint64 bound = 0;
    QXmlStreamReader xml;
    qint64 bytes = 0; // inflated so far
    int depth = 0;    // open elements
};

// Targets in xl/_rels/workbook.xml.rels are relative to xl/, or absolute from the zip's root.
QString partName(const QString& target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    return QDir::cleanPath(QStringLiteral("xl/") + target);
}

} // namespace

struct XlsxReader::Private
{
    Private(QString p, QString s, qint64 max) : path(std::move(p)), sheet(std::move(s)), maxPartBytes(max) {}
    ~Private()
    {
        if (zip) {
            unzCloseCurrentFile(zip);
            unzClose(zip);
        }
    }
    bool openZip()
    {
        zip = unzOpen64(QFile::encodeName(path).constData());
        return zip != nullptr;
    }
    // The next inflated bytes of the part open in the zip; empty at its end or on an error.
    QByteArray readPart(const QString& name, bool* failed);
    QString displayPath() const { return QDir::toNativeSeparators(path); }
    Error broken(const QString& why) const
    {
        return Error{{},
                     tr("%1 is not a workbook that can be read: %2").arg(displayPath(), why),
                     Error::Kind::Invalid};
    }
    // Opens a part of the zip; its inflated size is checked against the bound (and the reader's).
    Status openPart(const QString& name, qint64 bound, bool* missing = nullptr);
    Status openStream(PartStream& part, bool* missing = nullptr)
    {
        return openPart(part.name, part.bound, missing);
    }
    // Feeds the part's reader its next chunk; false at the end or past the bound (error set).
    bool feed(PartStream& part);
    // The next token of a part being streamed, refilling as needed; Invalid on an error.
    QXmlStreamReader::TokenType readNext(PartStream& part);
    Result<QByteArray> readSmallPart(const QString& name, bool* missing = nullptr);
    Status readWorkbook();
    Status readStyles();
    Status readSharedStrings();
    Status readSharedString(PartStream& part, QString& text);
    bool readCell(QStringList& row);
    QString cellText(const QString& type, int style, const QString& value, const QString& inlineText);
    void setError(Error e)
    {
        if (!hasError) {
            error = std::move(e);
            hasError = true;
        }
    }

    QString path;
    QString sheet;
    const qint64 maxPartBytes;
    unzFile zip = nullptr; // minizip, the zip library libxlsxwriter uses too
    PartStream sheetStream;
    QString sheetPart;
    QString sharedStringsPart = QStringLiteral("xl/sharedStrings.xml");
    QString stylesPart = QStringLiteral("xl/styles.xml");
    QStringList sheetNames;
    bool date1904 = false;
    QList<bool> dateStyles; // per cell format (xf) index
    std::optional<SpilledStrings> strings;
    qint64 sheetBytes = 0;
    qint64 rowsSeen = 0;
    bool opened = false;
    bool finished = false;
    FieldProblem problem;
    Error error;
    bool hasError = false;
};

Status XlsxReader::Private::openPart(const QString& name, qint64 bound, bool* missing)
{
    unzCloseCurrentFile(zip); // one part at a time
    if (unzLocateFile(zip, name.toUtf8().constData(), 1) != UNZ_OK) {
        if (missing) {
            *missing = true;
            return {};
        }
        return broken(tr("the part %1 is missing.").arg(name));
    }
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return broken(tr("the part %1 cannot be read.").arg(name));
    const qint64 limit = qMin(bound, maxPartBytes);
    if (info.uncompressed_size > quint64(limit))
        return broken(tr("the part %1 would inflate to %2 bytes, more than the %3 allowed.")
                          .arg(name)
                          .arg(info.uncompressed_size)
                          .arg(limit));
    if (const int e = unzOpenCurrentFile(zip); e != UNZ_OK)
        return broken(tr("the part %1 cannot be opened (error %2).").arg(name).arg(e));
    return {};
}

QByteArray XlsxReader::Private::readPart(const QString& name, bool* failed)
{
    QByteArray chunk(kChunkSize, Qt::Uninitialized);
    const int n = unzReadCurrentFile(zip, chunk.data(), unsigned(chunk.size()));
    int e = n;
    if (n == 0) // the end: minizip checks the CRC on closing
        e = unzCloseCurrentFile(zip);
    if (e < 0) {
        setError(broken(tr("the part %1 is damaged (error %2).").arg(name).arg(e)));
        *failed = true;
        return {};
    }
    chunk.resize(qMax(n, 0));
    return chunk;
}

bool XlsxReader::Private::feed(PartStream& part)
{
    bool failed = false;
    const QByteArray chunk = readPart(part.name, &failed);
    if (chunk.isEmpty())
        return false;
    part.bytes += chunk.size();
    const qint64 bound = qMin(part.bound, maxPartBytes);
    if (part.bytes > bound) { // the size in the zip's directory lied
        setError(broken(tr("the part %1 inflates past the %2 bytes allowed.").arg(part.name).arg(bound)));
        return false;
    }
    part.xml.addData(chunk);
    return true;
}

QXmlStreamReader::TokenType XlsxReader::Private::readNext(PartStream& part)
{
    for (;;) {
        const QXmlStreamReader::TokenType token = part.xml.readNext();
        if (token == QXmlStreamReader::StartElement)
            ++part.depth;
        else if (token == QXmlStreamReader::EndElement)
            --part.depth;
        if (token != QXmlStreamReader::Invalid)
            return token;
        if (part.xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
            setError(broken(tr("the part %1 is not well-formed XML (%2, line %3).")
                                .arg(part.name, part.xml.errorString())
                                .arg(part.xml.lineNumber())));
            return QXmlStreamReader::Invalid;
        }
        if (!feed(part)) {
            if (hasError)
                return QXmlStreamReader::Invalid;
            // In incremental mode the reader cannot know the data has ended; the part has.
            if (part.depth == 0 && part.bytes > 0)
                return QXmlStreamReader::EndDocument;
            setError(broken(tr("the part %1 ends before its XML does.").arg(part.name)));
            return QXmlStreamReader::Invalid;
        }
    }
}

Result<QByteArray> XlsxReader::Private::readSmallPart(const QString& name, bool* missing)
{
    if (Status s = openPart(name, kMaxSmallPartBytes, missing); !s)
        return s.error();
    if (missing && *missing)
        return QByteArray();
    QByteArray data;
    bool failed = false;
    for (QByteArray chunk; !(chunk = readPart(name, &failed)).isEmpty();) {
        data += chunk;
        if (data.size() > kMaxSmallPartBytes)
            return broken(
                tr("the part %1 inflates past the %2 bytes allowed.").arg(name).arg(kMaxSmallPartBytes));
    }
    if (failed)
        return error;
    return data;
}

Status XlsxReader::Private::readWorkbook()
{
    const auto rels = readSmallPart(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!rels)
        return rels.error();
    QHash<QString, QString> targets; // relationship id -> part
    for (QXmlStreamReader x(*rels); !x.atEnd();) {
        if (x.readNext() != QXmlStreamReader::StartElement || x.name() != u"Relationship")
            continue;
        const QString target = partName(x.attributes().value(QLatin1String("Target")).toString());
        const QStringView type = x.attributes().value(QLatin1String("Type"));
        targets.insert(x.attributes().value(QLatin1String("Id")).toString(), target);
        if (type.endsWith(u"/sharedStrings"))
            sharedStringsPart = target;
        else if (type.endsWith(u"/styles"))
            stylesPart = target;
    }
    const auto workbook = readSmallPart(QStringLiteral("xl/workbook.xml"));
    if (!workbook)
        return workbook.error();
    for (QXmlStreamReader x(*workbook); !x.atEnd();) {
        if (x.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (x.name() == u"workbookPr") {
            const QStringView v = x.attributes().value(QLatin1String("date1904"));
            date1904 = v == u"1" || v == u"true";
        } else if (x.name() == u"sheet") {
            const QString name = x.attributes().value(QLatin1String("name")).toString();
            QString rid;
            for (const QXmlStreamAttribute& attribute : x.attributes())
                if (attribute.name() == u"id")
                    rid = attribute.value().toString();
            sheetNames << name;
            if ((sheet.isEmpty() && sheetPart.isEmpty()) || name == sheet)
                sheetPart = targets.value(rid);
        }
    }
    if (sheetNames.isEmpty())
        return broken(tr("it has no sheets."));
    if (!sheet.isEmpty() && !sheetNames.contains(sheet))
        return Error{QStringLiteral("sheet"),
                     tr("%1 has no sheet named %2; its sheets are %3.")
                         .arg(displayPath(), sheet, sheetNames.join(QStringLiteral(", "))),
                     Error::Kind::Invalid};
    if (sheetPart.isEmpty())
        return broken(tr("the sheet %1 has no part.").arg(sheet.isEmpty() ? sheetNames.first() : sheet));
    if (sheet.isEmpty())
        sheet = sheetNames.first();
    return {};
}

Status XlsxReader::Private::readStyles()
{
    bool missing = false;
    const auto styles = readSmallPart(stylesPart, &missing);
    if (!styles || missing)
        return styles ? Status{} : Status{styles.error()};
    QHash<int, bool> customDates; // numFmtId -> shows a date
    bool inCellXfs = false;
    for (QXmlStreamReader x(*styles); !x.atEnd();) {
        const auto token = x.readNext();
        if (token == QXmlStreamReader::EndElement && x.name() == u"cellXfs")
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (x.name() == u"numFmt")
            customDates.insert(
                x.attributes().value(QLatin1String("numFmtId")).toInt(),
                customDateFormat(x.attributes().value(QLatin1String("formatCode")).toString()));
        else if (x.name() == u"cellXfs")
            inCellXfs = true;
        else if (inCellXfs && x.name() == u"xf") {
            const int id = x.attributes().value(QLatin1String("numFmtId")).toInt();
            dateStyles << customDates.value(id, builtinDateFormat(id));
        }
    }
    return {};
}

// One <si>: the text of its <t> elements, without the phonetic runs (<rPh>).
Status XlsxReader::Private::readSharedString(PartStream& part, QString& text)
{
    int phonetic = 0;
    bool inText = false;
    for (;;) {
        const auto token = readNext(part);
        if (token == QXmlStreamReader::Invalid)
            return error;
        if (token == QXmlStreamReader::EndDocument)
            return broken(tr("the part %1 ends before its XML does.").arg(part.name));
        const QStringView name = part.xml.name();
        if (token == QXmlStreamReader::StartElement) {
            phonetic += name == u"rPh";
            inText = name == u"t" && phonetic == 0;
        } else if (token == QXmlStreamReader::EndElement) {
            phonetic -= name == u"rPh";
            inText = false;
            if (name == u"si")
                return {};
        } else if (token == QXmlStreamReader::Characters && inText) {
            text += part.xml.text();
        }
    }
}

Status XlsxReader::Private::readSharedStrings()
{
    strings.emplace();
    const Error ioError{{}, tr("Cannot write a temporary file for %1.").arg(displayPath()), Error::Kind::Io};
    if (!strings->begin())
        return ioError;
    PartStream part;
    part.name = sharedStringsPart;
    part.bound = maxPartBytes;
    bool missing = false;
    if (Status s = openStream(part, &missing); !s)
        return s;
    while (!missing) {
        const auto token = readNext(part);
        if (token == QXmlStreamReader::Invalid)
            return error;
        if (token == QXmlStreamReader::EndDocument)
            break;
        if (token != QXmlStreamReader::StartElement || part.xml.name() != u"si")
            continue;
        QString text;
        if (Status s = readSharedString(part, text); !s)
            return s;
        if (!strings->add(text))
            return ioError;
    }
    if (!strings->finish())
        return ioError;
    return {};
}

// A cell's value as the imports read text: shared and inline strings as they are, numbers
// in a date format as dates, whole numbers without a decimal point.
QString XlsxReader::Private::cellText(const QString& type, int style, const QString& value,
                                      const QString& inlineText)
{
    if (type == u"inlineStr")
        return inlineText;
    if (type == u"s") {
        bool ok = false;
        const qint64 i = value.trimmed().toLongLong(&ok);
        if (!ok || i < 0 || i >= strings->count()) {
            setError(broken(tr("row %1 refers to shared string %2, but there are only %3.")
                                .arg(rowsSeen)
                                .arg(value.trimmed())
                                .arg(strings->count())));
            return {};
        }
        return strings->at(i);
    }
    if (type == u"b")
        return value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (!type.isEmpty() && type != u"n")
        return value; // str (a formula's text), e (an error such as #N/A), d (an ISO date)
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok)
        return value;
    if (style >= 0 && style < dateStyles.size() && dateStyles.at(style)) {
        const QString date = excelSerialText(number, date1904);
        if (!date.isEmpty())
            return date;
    }
    if (std::floor(number) == number && std::fabs(number) < 1e15)
        return QString::number(qint64(number));
    return value;
}

// Reads one <c> (the reader is on its start) into `row`; false on an error.
bool XlsxReader::Private::readCell(QStringList& row)
{
    const QXmlStreamAttributes a = sheetStream.xml.attributes();
    const QStringView ref = a.value(QLatin1String("r"));
    const int column = ref.isEmpty() ? int(row.size()) : columnOf(ref);
    if (column < 0 || column >= kMaxColumns) {
        setError(broken(tr("row %1 has a cell outside the sheet (%2).").arg(rowsSeen).arg(ref.toString())));
        return false;
    }
    const QString type = a.value(QLatin1String("t")).toString();
    const int style = !a.value(QLatin1String("s")).isNull() ? a.value(QLatin1String("s")).toInt() : -1;
    QString value, inlineText;
    QString* target = nullptr;
    int phonetic = 0;
    for (;;) {
        const auto token = readNext(sheetStream);
        if (token == QXmlStreamReader::Invalid)
            return false;
        if (token == QXmlStreamReader::EndDocument) {
            setError(broken(tr("the part %1 ends before its XML does.").arg(sheetPart)));
            return false;
        }
        const QXmlStreamReader& xml = sheetStream.xml;
        if (token == QXmlStreamReader::StartElement) {
            phonetic += xml.name() == u"rPh";
            target = xml.name() == u"v" ? &value : xml.name() == u"t" && !phonetic ? &inlineText : nullptr;
        } else if (token == QXmlStreamReader::EndElement) {
            phonetic -= xml.name() == u"rPh";
            if (xml.name() == u"c")
                break;
            target = nullptr;
        } else if (token == QXmlStreamReader::Characters && target) {
            *target += xml.text();
        }
    }
    const QString text = cellText(type, style, value, inlineText);
    if (hasError)
        return false;
    while (row.size() <= column)
        row << QString();
    row[column] = text;
    if (problem.kind == FieldProblem::Kind::None) {
        if (text.size() * 3 > kMaxFieldBytes && text.toUtf8().size() > kMaxFieldBytes) {
            problem = FieldProblem{FieldProblem::Kind::TooLong, column, 0, text.toUtf8().size()};
            row[column].clear();
        } else if (const int c = firstControl(text); c >= 0) {
            problem = FieldProblem{FieldProblem::Kind::ControlCharacter, column, char32_t(c), 0};
        }
    }
    return true;
}

XlsxReader::XlsxReader(QString path, QString sheet, qint64 maxPartBytes)
    : d(std::make_unique<Private>(std::move(path), std::move(sheet), maxPartBytes))
{
}

XlsxReader::~XlsxReader() = default;

Result<QStringList> XlsxReader::sheetNames(const QString& path)
{
    XlsxReader reader(path);
    if (!reader.d->openZip())
        return reader.d->broken(tr("it is not an Excel workbook (.xlsx): not a zip archive."));
    if (Status s = reader.d->readWorkbook(); !s)
        return s.error();
    return reader.d->sheetNames;
}

Status XlsxReader::open()
{
    auto fail = [this](Error e) {
        d->setError(std::move(e));
        return d->error;
    };
    if (QFileInfo(d->path).isDir() || !QFileInfo::exists(d->path))
        return fail(Error{{},
                          tr("Cannot open %1: %2").arg(d->displayPath(), tr("there is no such file.")),
                          Error::Kind::Io});
    if (!d->openZip())
        return fail(d->broken(tr("it is not an Excel workbook (.xlsx): not a zip archive.")));
    for (auto step : {&Private::readWorkbook, &Private::readStyles, &Private::readSharedStrings})
        if (Status s = (d.get()->*step)(); !s)
            return fail(s.error());
    d->sheetStream.name = d->sheetPart;
    d->sheetStream.bound = d->maxPartBytes;
    if (Status s = d->openStream(d->sheetStream); !s)
        return fail(s.error());
    unz_file_info64 info{};
    unzGetCurrentFileInfo64(d->zip, &info, nullptr, 0, nullptr, 0, nullptr, 0);
    d->sheetBytes = qint64(info.uncompressed_size);
    d->opened = true;
    return {};
}

QString XlsxReader::encodingName() const
{
    return QStringLiteral("XLSX (%1)").arg(d->sheet);
}

bool XlsxReader::next(QStringList& fields)
{
    if (!d->opened || d->hasError || d->finished)
        return false;
    QStringList row;
    bool inRow = false;
    for (;;) {
        const auto token = d->readNext(d->sheetStream);
        if (token == QXmlStreamReader::Invalid)
            return false;
        if (token == QXmlStreamReader::EndDocument) {
            d->finished = true;
            return false;
        }
        const QStringView name = d->sheetStream.xml.name();
        if (token == QXmlStreamReader::StartElement && name == u"row") {
            inRow = true;
            row.clear();
            ++d->rowsSeen;
            d->problem = FieldProblem{};
        } else if (token == QXmlStreamReader::StartElement && inRow && name == u"c") {
            if (!d->readCell(row))
                return false;
        } else if (token == QXmlStreamReader::EndElement && name == u"row") {
            inRow = false;
            // An empty row is skipped, as a blank line of a CSV file is.
            if (std::any_of(row.cbegin(), row.cend(), [](const QString& s) { return !s.isEmpty(); })) {
                fields = std::move(row);
                return true;
            }
        }
    }
}

const TableReader::FieldProblem& XlsxReader::problem() const
{
    return d->problem;
}

bool XlsxReader::hasError() const
{
    return d->hasError;
}

const Error& XlsxReader::error() const
{
    return d->error;
}

qint64 XlsxReader::bytesRead() const
{
    return d->sheetStream.bytes;
}

qint64 XlsxReader::totalBytes() const
{
    return d->sheetBytes;
}

} // namespace hc
