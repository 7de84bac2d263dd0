#include "core/imaging/QtImageDecoder.h"

#include "core/attachments/AttachmentCheck.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>

namespace hc {

namespace {
// A picture larger than this (in pixels) is refused before it is decoded: 20 MB of JPEG may
// hold a decompression bomb.
constexpr qint64 kMaxPixels = 120LL * 1000 * 1000;
} // namespace

std::optional<CheckedContent> decodeImageWithQt(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format();
    if (format != "png" && format != "jpeg" && format != "jpg")
        return std::nullopt;
    const QSize size = reader.size();
    if (!size.isValid() || qint64(size.width()) * size.height() > kMaxPixels)
        return std::nullopt;
    const QImage image = reader.read();
    if (image.isNull())
        return std::nullopt;
    const QImage thumb =
        image.width() > kThumbnailSize || image.height() > kThumbnailSize
            ? image.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            : image;
    QByteArray png;
    QBuffer out(&png);
    out.open(QIODevice::WriteOnly);
    if (!thumb.save(&out, "PNG"))
        return std::nullopt;
    return CheckedContent{format == "png" ? QStringLiteral("image/png") : QStringLiteral("image/jpeg"),
                          image.width(), image.height(), png};
}

void installQtImageDecoder()
{
    AttachmentCheck::setImageDecoder(&decodeImageWithQt);
}

} // namespace hc
