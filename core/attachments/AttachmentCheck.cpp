#include "core/attachments/AttachmentCheck.h"

#include <QFile>
#include <QFileInfo>
#include <atomic>

namespace hc {

namespace {
std::atomic<AttachmentCheck::ImageDecoder> s_decoder{nullptr};

const QByteArray kPng("\x89PNG\r\n\x1a\n", 8);
const QByteArray kJpeg("\xff\xd8\xff", 3);
const QByteArray kPdf("%PDF-");
// How far from the end a file's closing marker may stand (trailing blanks and line ends, or
// the few bytes some cameras and printers add).
constexpr qsizetype kTrailerWindow = 1024;

Error fileError(const QString& message)
{
    return invalid(QStringLiteral("file"), message);
}
} // namespace

void AttachmentCheck::setImageDecoder(ImageDecoder decoder)
{
    s_decoder = decoder;
}

bool AttachmentCheck::canDecodeImages()
{
    return s_decoder.load() != nullptr;
}

QString AttachmentCheck::sizeLimitText()
{
    return tr("%1 MB").arg(kMaxAttachmentBytes / (1024 * 1024));
}

Result<QByteArray> AttachmentCheck::readFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Error{QStringLiteral("file"), tr("There is no file %1.").arg(path), Error::Kind::NotFound};
    if (info.size() > kMaxAttachmentBytes)
        return fileError(
            tr("%1 is larger than %2: attach a smaller copy.").arg(info.fileName(), sizeLimitText()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("file"), tr("Cannot read %1: %2").arg(path, file.errorString()),
                     Error::Kind::Io};
    // Read at most one byte past the limit: a file that grew since it was measured is refused.
    QByteArray bytes = file.read(kMaxAttachmentBytes + 1);
    if (bytes.size() > kMaxAttachmentBytes)
        return fileError(
            tr("%1 is larger than %2: attach a smaller copy.").arg(info.fileName(), sizeLimitText()));
    return bytes;
}

bool AttachmentCheck::isPdf(const QByteArray& bytes)
{
    if (!bytes.startsWith(kPdf))
        return false;
    // A whole document ends with its cross-reference pointer and %%EOF; a cut download does not.
    const QByteArray tail = bytes.right(kTrailerWindow).trimmed();
    return tail.endsWith("%%EOF") && tail.contains("startxref") && bytes.contains(" obj");
}

bool AttachmentCheck::hasImageTrailer(const QByteArray& bytes, bool png)
{
    // libjpeg fills a cut JPEG with grey and calls it a picture: its end-of-image marker (FFD9)
    // must be there. A PNG ends with its IEND chunk.
    const QByteArray tail = bytes.right(kTrailerWindow);
    return png ? tail.contains(QByteArray("IEND\xae\x42\x60\x82", 8))
               : tail.contains(QByteArray("\xff\xd9", 2));
}

Result<CheckedContent> AttachmentCheck::check(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return fileError(tr("The file is empty."));
    if (bytes.size() > kMaxAttachmentBytes)
        return fileError(tr("The file is larger than %1: attach a smaller copy.").arg(sizeLimitText()));
    if (bytes.startsWith(kPdf)) {
        if (!isPdf(bytes))
            return fileError(tr("The file starts like a PDF document but is not a whole one (cut short?)."));
        return CheckedContent{QStringLiteral("application/pdf"), 0, 0, {}};
    }
    const bool png = bytes.startsWith(kPng);
    if (!png && !bytes.startsWith(kJpeg))
        return fileError(tr("Only JPEG and PNG pictures and PDF documents can be attached; this file is "
                            "none of them, whatever its name says."));
    const ImageDecoder decoder = s_decoder.load();
    if (!decoder)
        return fileError(tr("This program cannot check pictures (no image decoder is loaded)."));
    std::optional<CheckedContent> decoded = hasImageTrailer(bytes, png) ? decoder(bytes) : std::nullopt;
    const QString expected = png ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
    if (!decoded || decoded->mime != expected)
        return fileError(
            png ? tr("The file starts like a PNG picture but does not decode (damaged or cut short?).")
                : tr("The file starts like a JPEG picture but does not decode (damaged or cut "
                     "short?)."));
    return *decoded;
}

Result<AttachmentCheck::Checked> AttachmentCheck::readAndCheck(const QString& path)
{
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    auto content = check(*bytes);
    if (!content)
        return content.error();
    return Checked{std::move(*bytes), std::move(*content)};
}

} // namespace hc
