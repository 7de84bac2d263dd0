#include "core/imports/CsvReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <csv.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <deque>
#include <optional>
#include <utility>
#include <vector>

namespace hc {

namespace {

constexpr qint64 kChunkSize = 64 * 1024;
// A field over CsvReader::kMaxFieldBytes is dropped and its record rejected; one this long is
// rather an unclosed quote swallowing the rest of the file, which refuses the file.
constexpr qint64 kRunawayFieldBytes = 64 * 1024 * 1024;
constexpr qsizetype kMaxFieldsPerRecord = 100000;
// libcsv grows its field buffer linearly by this step (default 128 bytes).
constexpr size_t kParserBlockSize = 16 * 1024;

struct ConverterCloser
{
    void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

ConverterPtr openConverter(const char* name)
{
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr c(ucnv_open(name, &status));
    if (U_FAILURE(status))
        return {};
    return c;
}

// Checks UTF-8 text given in pieces (RFC 3629: no overlong forms, no surrogates, nothing
// past U+10FFFF). A sequence cut at the end of a piece is completed by the next one.
class Utf8Check
{
public:
    // False at the first invalid byte; `last`: no more pieces follow.
    bool feed(const char* data, qsizetype size, bool last)
    {
        const auto* p = reinterpret_cast<const uchar*>(data);
        qsizetype i = 0;
        while (m_pending > 0 && i < size) { // finish the sequence the previous piece cut
            m_carry[m_carryLength++] = p[i++];
            --m_pending;
            if (m_pending == 0 && sequenceLength(m_carry.data(), m_carryLength) != m_carryLength)
                return fail(i);
        }
        while (i < size) {
            // Plain ASCII eight bytes at a time: most of a CSV file.
            while (i + 8 <= size) {
                quint64 word;
                std::memcpy(&word, p + i, 8);
                if (word & 0x8080808080808080ULL)
                    break;
                i += 8;
            }
            if (i == size)
                break;
            if (p[i] < 0x80) {
                ++i;
                continue;
            }
            const int expected = leadLength(p[i]);
            if (expected == 0)
                return fail(i);
            if (i + expected > size) { // cut by the end of this piece
                m_carryLength = int(size - i);
                std::memcpy(m_carry.data(), p + i, size_t(m_carryLength));
                m_pending = expected - m_carryLength;
                for (int k = 1; k < m_carryLength; ++k)
                    if ((m_carry[k] & 0xC0) != 0x80)
                        return fail(i);
                i = size;
                break;
            }
            if (sequenceLength(p + i, expected) != expected)
                return fail(i);
            i += expected;
        }
        m_offset += size;
        return !(last && m_pending > 0) || fail(size);
    }
    qint64 badOffset() const { return m_bad; } // byte offset of the first invalid byte

private:
    static int leadLength(uchar b)
    {
        if (b >= 0xC2 && b <= 0xDF)
            return 2;
        if ((b & 0xF0) == 0xE0)
            return 3;
        if (b >= 0xF0 && b <= 0xF4)
            return 4;
        return 0;
    }
    // `n` bytes starting with a lead byte: n when they form one valid character, else 0.
    static int sequenceLength(const uchar* s, int n)
    {
        char32_t cp = s[0] & (0x7F >> n);
        for (int k = 1; k < n; ++k) {
            if ((s[k] & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (s[k] & 0x3F);
        }
        const char32_t minimum = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        return n;
    }
    bool fail(qsizetype at)
    {
        m_bad = m_offset + at;
        return false;
    }

    std::array<uchar, 4> m_carry{};
    int m_carryLength = 0;
    int m_pending = 0;
    qint64 m_offset = 0;
    qint64 m_bad = -1;
};

// The first control character of UTF-8 text other than tab, LF and CR (C0, DEL, C1), or -1.
int firstControl(const uchar* s, size_t n)
{
    for (size_t i = 0; i < n; ++i) {
        const uchar b = s[i];
        if (b < 0x20) {
            if (b != '\t' && b != '\n' && b != '\r')
                return b;
        } else if (b == 0x7F) {
            return b;
        } else if (b == 0xC2 && i + 1 < n && s[i + 1] >= 0x80 && s[i + 1] <= 0x9F) {
            return s[i + 1];
        }
    }
    return -1;
}

size_t countNewlines(const char* data, size_t size)
{
    return size_t(std::count(data, data + size, '\n'));
}

} // namespace

struct CsvReader::Private
{
    explicit Private(QString p) : path(std::move(p)) {}
    ~Private()
    {
        if (parserReady)
            csv_free(&parser);
    }

    QString displayPath() const { return QDir::toNativeSeparators(path); }
    void fail(Error e)
    {
        if (!pendingError)
            pendingError = std::move(e);
    }
    void failParse(const QString& message) { fail(Error{{}, message, Error::Kind::Invalid}); }

    bool fill();
    bool readChunk(QByteArray& chunk);
    Status detectEncoding();
    qint64 firstNonUtf8Byte();
    void dropOversizedField();
    void noteProblem(FieldProblem::Kind kind, char32_t character, qint64 bytes);
    bool decodeAndParse(const char* data, qsizetype size, bool flush);
    bool parse(const char* data, size_t size);
    bool finish();

    static void onField(void* s, size_t len, void* self);
    static void onRecord(int c, void* self);

    QString path;
    QFile file;
    Encoding encoding = Encoding::Utf8;
    bool opened = false;
    bool finished = false;
    qint64 total = 0;
    qint64 consumed = 0;
    QByteArray sample; // first chunk, read by open() for detection, parsed by the first fill()
    bool samplePending = false;

    csv_parser parser{};
    bool parserReady = false;
    size_t linesParsed = 0; // LF bytes handed to libcsv, for the line number in parse errors

    // GB18030 -> UTF-8, streaming through a pivot buffer kept between calls.
    ConverterPtr gbConverter;
    ConverterPtr utf8Converter;
    std::vector<UChar> pivot;
    UChar* pivotSource = nullptr;
    UChar* pivotTarget = nullptr;
    bool resetConversion = true;
    std::vector<char> utf8Buffer;

    struct Record
    {
        QStringList fields;
        FieldProblem problem;
    };
    QStringList current;
    FieldProblem currentProblem;
    qint64 droppedBytes = 0; // of the field being parsed, over kMaxFieldBytes and dropped
    std::deque<Record> queue;
    FieldProblem lastProblem; // of the record last returned
    qint64 recordsParsed = 0;
    qint64 recordsReturned = 0;

    std::optional<Error> pendingError; // reported once the records before it have been returned
    Error error;
    bool hasError = false;
};

void CsvReader::Private::noteProblem(FieldProblem::Kind kind, char32_t character, qint64 bytes)
{
    if (currentProblem.kind == FieldProblem::Kind::None)
        currentProblem = FieldProblem{kind, int(current.size()), character, bytes};
}

void CsvReader::Private::onField(void* s, size_t len, void* self)
{
    auto* d = static_cast<Private*>(self);
    const qint64 bytes = d->droppedBytes + qint64(len);
    if (bytes > kMaxFieldBytes) {
        d->noteProblem(FieldProblem::Kind::TooLong, 0, bytes);
        d->droppedBytes = 0;
        d->current.append(QStringLiteral(""));
        return;
    }
    if (len == 0) {
        d->current.append(QStringLiteral(""));
        return;
    }
    if (const int c = firstControl(static_cast<const uchar*>(s), len); c >= 0)
        d->noteProblem(FieldProblem::Kind::ControlCharacter, char32_t(c), 0);
    d->current.append(QString::fromUtf8(static_cast<const char*>(s), qsizetype(len)));
}

void CsvReader::Private::onRecord(int, void* self)
{
    auto* d = static_cast<Private*>(self);
    const qsizetype width = d->current.size();
    d->queue.push_back(Record{std::move(d->current), std::exchange(d->currentProblem, FieldProblem{})});
    d->current = QStringList();
    d->current.reserve(width);
    ++d->recordsParsed;
}

// A field past the limit is not kept: libcsv's buffer is cut back (to its last bytes, which
// libcsv may still step back over at the closing quote) and the field reported as too long.
// csv.h declares the parser's fields for this kind of use; they are only touched between calls.
void CsvReader::Private::dropOversizedField()
{
    constexpr size_t kKeep = 8;
    if (parser.entry_pos <= size_t(kMaxFieldBytes))
        return;
    const size_t drop = parser.entry_pos - kKeep;
    std::memmove(parser.entry_buf, parser.entry_buf + drop, kKeep);
    parser.entry_pos = kKeep;
    droppedBytes += qint64(drop);
}

bool CsvReader::Private::readChunk(QByteArray& chunk)
{
    chunk.resize(kChunkSize);
    qint64 got = 0;
    while (got < kChunkSize) {
        const qint64 n = file.read(chunk.data() + got, kChunkSize - got);
        if (n < 0) {
            fail(Error{{}, tr("Cannot read %1: %2").arg(displayPath(), file.errorString()), Error::Kind::Io});
            return false;
        }
        if (n == 0)
            break;
        got += n;
    }
    chunk.resize(got);
    consumed += got;
    return true;
}

bool CsvReader::Private::parse(const char* data, size_t size)
{
    const size_t done = csv_parse(&parser, data, size, &Private::onField, &Private::onRecord, this);
    linesParsed += countNewlines(data, std::min(done, size));
    if (done != size) {
        const int code = csv_error(&parser);
        if (code == CSV_EPARSE) {
            failParse(tr("Record %1 (line %2): a quote is misplaced. A field containing quotes must be "
                         "enclosed in quotes and each quote inside it doubled.")
                          .arg(recordsParsed + 1)
                          .arg(linesParsed + 1));
        } else {
            failParse(tr("Record %1: the record cannot be read (%2).")
                          .arg(recordsParsed + 1)
                          .arg(QString::fromUtf8(csv_strerror(code))));
        }
        return false;
    }
    dropOversizedField();
    if (droppedBytes > kRunawayFieldBytes || current.size() > kMaxFieldsPerRecord) {
        failParse(tr("Record %1 is too large. Probably a quote is not closed.").arg(recordsParsed + 1));
        return false;
    }
    return true;
}

bool CsvReader::Private::decodeAndParse(const char* data, qsizetype size, bool flush)
{
    if (encoding != Encoding::Gb18030)
        return size == 0 || parse(data, size_t(size));

    const char* src = data;
    const char* const srcEnd = data + size;
    for (;;) {
        char* target = utf8Buffer.data();
        UErrorCode status = U_ZERO_ERROR;
        ucnv_convertEx(utf8Converter.get(), gbConverter.get(), &target, utf8Buffer.data() + utf8Buffer.size(),
                       &src, srcEnd, pivot.data(), &pivotSource, &pivotTarget, pivot.data() + pivot.size(),
                       resetConversion, flush, &status);
        resetConversion = false;
        const size_t produced = size_t(target - utf8Buffer.data());
        if (produced > 0 && !parse(utf8Buffer.data(), produced))
            return false;
        if (status == U_BUFFER_OVERFLOW_ERROR)
            continue;
        if (U_FAILURE(status)) {
            fail(Error{{},
                       tr("Cannot decode %1 as GB18030: %2")
                           .arg(displayPath(), QString::fromUtf8(u_errorName(status))),
                       Error::Kind::Io});
            return false;
        }
        return true;
    }
}

bool CsvReader::Private::finish()
{
    finished = true;
    static const char noInput = 0; // ICU reads a null source limit as "NUL-terminated"
    if (!decodeAndParse(&noInput, 0, true))
        return false;
    // CSV_STRICT_FINI: an unterminated quoted field makes csv_fini fail instead of passing silently.
    if (csv_fini(&parser, &Private::onField, &Private::onRecord, this) != 0) {
        failParse(
            tr("Record %1: a quoted field is not closed before the end of the file.").arg(recordsParsed + 1));
        return false;
    }
    file.close();
    return true;
}

// Feeds chunks to the parser until at least one record is queued, the file ends or an error occurs.
bool CsvReader::Private::fill()
{
    while (queue.empty() && !finished && !pendingError) {
        QByteArray chunk;
        if (samplePending) {
            chunk = std::exchange(sample, QByteArray());
            samplePending = false;
        } else if (!readChunk(chunk)) {
            return false;
        }
        if (chunk.isEmpty()) {
            finish();
            break;
        }
        if (!decodeAndParse(chunk.constData(), chunk.size(), false))
            return false;
    }
    return !queue.empty();
}

// The byte offset of the first byte of the file that is not UTF-8, or -1 when all of it is.
// Reads the file once more past the sample (from the page cache, usually), then goes back.
qint64 CsvReader::Private::firstNonUtf8Byte()
{
    Utf8Check check;
    if (file.isSequential()) // a pipe cannot be read twice: the sample decides
        return check.feed(sample.constData(), sample.size(), false) ? -1 : check.badOffset();
    const bool whole = sample.size() < kChunkSize;
    if (!check.feed(sample.constData(), sample.size(), whole))
        return check.badOffset();
    if (whole)
        return -1;
    const qint64 resume = file.pos();
    QByteArray block(4 * 1024 * 1024, Qt::Uninitialized);
    qint64 n = 0;
    bool valid = true;
    while (valid && (n = file.read(block.data(), block.size())) > 0)
        valid = check.feed(block.constData(), n, false);
    if (valid && n == 0)
        valid = check.feed(block.constData(), 0, true);
    file.seek(resume);
    return valid ? -1 : check.badOffset();
}

Status CsvReader::Private::detectEncoding()
{
    if (sample.startsWith("\xFF\xFE") || sample.startsWith("\xFE\xFF"))
        return invalid({}, tr("%1 is saved as UTF-16. Save it as CSV in UTF-8 or GB18030 and try again.")
                               .arg(displayPath()));
    const bool bom = sample.startsWith("\xEF\xBB\xBF");
    const qint64 bad = firstNonUtf8Byte();
    if (bom) {
        if (bad >= 0)
            return invalid({},
                           tr("%1 begins with the UTF-8 byte order mark but byte %2 is not UTF-8. Save it "
                              "as CSV in UTF-8 or GB18030 and try again.")
                               .arg(displayPath())
                               .arg(bad + 1));
        encoding = Encoding::Utf8Bom;
        sample.remove(0, 3);
        return {};
    }
    if (bad < 0) {
        encoding = Encoding::Utf8;
        return {};
    }
    encoding = Encoding::Gb18030;
    gbConverter = openConverter("GB18030");
    utf8Converter = openConverter("UTF-8");
    if (!gbConverter || !utf8Converter)
        return Error{
            {},
            tr("Cannot open %1: %2").arg(displayPath(), tr("the GB18030 converter is not available.")),
            Error::Kind::Io};
    pivot.resize(8192);
    pivotSource = pivotTarget = pivot.data();
    // One GB18030 byte never yields more than 3 UTF-8 bytes; overflow is handled anyway.
    utf8Buffer.resize(size_t(kChunkSize) * 3 + 16);
    return {};
}

CsvReader::CsvReader(QString path) : d(std::make_unique<Private>(std::move(path))) {}

CsvReader::~CsvReader() = default;

Status CsvReader::open()
{
    d = std::make_unique<Private>(std::move(d->path));
    auto ioError = [this](const QString& reason) {
        d->hasError = true;
        d->error = Error{{}, tr("Cannot open %1: %2").arg(d->displayPath(), reason), Error::Kind::Io};
        return d->error;
    };

    if (QFileInfo(d->path).isDir())
        return ioError(tr("it is a folder, not a file."));
    d->file.setFileName(d->path);
    if (!d->file.open(QIODevice::ReadOnly))
        return ioError(d->file.errorString());
    d->total = d->file.size();
    if (!d->readChunk(d->sample)) {
        d->hasError = true;
        d->error = *std::exchange(d->pendingError, std::nullopt);
        return d->error;
    }

    if (Status s = d->detectEncoding(); !s) {
        d->hasError = true;
        d->error = s.error();
        return d->error;
    }
    d->samplePending = true;

    // CSV_STRICT rejects misplaced quotes; CSV_STRICT_FINI (which needs CSV_STRICT) makes an
    // unclosed quote at the end of the file an error. Fields are passed with their length.
    if (csv_init(&d->parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
        return ioError(tr("out of memory."));
    d->parserReady = true;
    // libcsv trims spaces and tabs around unquoted fields by default; keep them for the caller.
    csv_set_space_func(&d->parser, [](unsigned char) { return 0; });
    csv_set_blk_size(&d->parser, kParserBlockSize);
    d->opened = true;
    return {};
}

CsvReader::Encoding CsvReader::encoding() const
{
    return d->encoding;
}

QString CsvReader::encodingName() const
{
    switch (d->encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Gb18030:
        return QStringLiteral("GB18030");
    }
    return {};
}

bool CsvReader::next(QStringList& fields)
{
    if (!d->opened || d->hasError)
        return false;
    if (d->queue.empty())
        d->fill();
    if (d->queue.empty()) {
        if (d->pendingError) {
            d->error = *std::exchange(d->pendingError, std::nullopt);
            d->hasError = true;
            if (d->file.isOpen())
                d->file.close();
        }
        return false;
    }
    fields = std::move(d->queue.front().fields);
    d->lastProblem = d->queue.front().problem;
    d->queue.pop_front();
    ++d->recordsReturned;
    return true;
}

const CsvReader::FieldProblem& CsvReader::problem() const
{
    return d->lastProblem;
}

bool CsvReader::hasError() const
{
    return d->hasError;
}

const Error& CsvReader::error() const
{
    return d->error;
}

qint64 CsvReader::recordNumber() const
{
    return d->recordsReturned;
}

qint64 CsvReader::bytesRead() const
{
    return d->consumed;
}

qint64 CsvReader::totalBytes() const
{
    return d->total;
}

} // namespace hc
