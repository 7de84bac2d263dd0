#include "core/imports/CsvReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <csv.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <algorithm>
#include <array>
#include <deque>
#include <optional>
#include <utility>
#include <vector>

namespace hc {

namespace {

constexpr qint64 kChunkSize = 64 * 1024;
// Guards against an unclosed quote swallowing the rest of a huge file into one field.
constexpr size_t kMaxFieldBytes = 16 * 1024 * 1024;
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

// True when `data` is valid UTF-8; an incomplete sequence at the very end is not an error
// (the sample may cut a character in two). ICU does the validation.
bool isValidUtf8(const char* data, qsizetype size)
{
    ConverterPtr cnv = openConverter("UTF-8");
    if (!cnv)
        return false;
    UErrorCode status = U_ZERO_ERROR;
    ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status))
        return false;
    std::array<UChar, 8192> out;
    const char* src = data;
    const char* const end = data + size;
    for (;;) {
        UChar* target = out.data();
        status = U_ZERO_ERROR;
        // flush = false: a trailing partial sequence stays in the converter instead of failing.
        ucnv_toUnicode(cnv.get(), &target, out.data() + out.size(), &src, end, nullptr, false, &status);
        if (status != U_BUFFER_OVERFLOW_ERROR)
            return U_SUCCESS(status);
    }
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

    QStringList current;
    std::deque<QStringList> queue;
    qint64 recordsParsed = 0;
    qint64 recordsReturned = 0;

    std::optional<Error> pendingError; // reported once the records before it have been returned
    Error error;
    bool hasError = false;
};

void CsvReader::Private::onField(void* s, size_t len, void* self)
{
    auto* d = static_cast<Private*>(self);
    if (len == 0)
        d->current.append(QStringLiteral(""));
    else
        d->current.append(QString::fromUtf8(static_cast<const char*>(s), qsizetype(len)));
}

void CsvReader::Private::onRecord(int, void* self)
{
    auto* d = static_cast<Private*>(self);
    const qsizetype width = d->current.size();
    d->queue.push_back(std::move(d->current));
    d->current = QStringList();
    d->current.reserve(width);
    ++d->recordsParsed;
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
    if (csv_get_buffer_size(&parser) > kMaxFieldBytes || current.size() > kMaxFieldsPerRecord) {
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

    const QByteArray& s = d->sample;
    if (s.startsWith("\xEF\xBB\xBF")) {
        d->encoding = Encoding::Utf8Bom;
        d->sample.remove(0, 3);
    } else if (s.startsWith("\xFF\xFE") || s.startsWith("\xFE\xFF")) {
        d->hasError = true;
        d->error = invalid({}, tr("%1 is saved as UTF-16. Save it as CSV in UTF-8 or GB18030 and try again.")
                                   .arg(d->displayPath()));
        return d->error;
    } else if (isValidUtf8(s.constData(), s.size())) {
        d->encoding = Encoding::Utf8;
    } else {
        d->encoding = Encoding::Gb18030;
        d->gbConverter = openConverter("GB18030");
        d->utf8Converter = openConverter("UTF-8");
        if (!d->gbConverter || !d->utf8Converter)
            return ioError(tr("the GB18030 converter is not available."));
        d->pivot.resize(8192);
        d->pivotSource = d->pivotTarget = d->pivot.data();
        // One GB18030 byte never yields more than 3 UTF-8 bytes; overflow is handled anyway.
        d->utf8Buffer.resize(size_t(kChunkSize) * 3 + 16);
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
    fields = std::move(d->queue.front());
    d->queue.pop_front();
    ++d->recordsReturned;
    return true;
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
