#pragma once
// The picture decoder of AttachmentCheck built on QtGui's QImageReader (library
// homecoming_imaging, outside homecoming_core so that homecoming-cli starts without QtGui):
// a JPEG or PNG decoded wholly, turned upright by its EXIF orientation, with a PNG thumbnail
// of at most kThumbnailSize px on its longer side. No widget.

#include "core/attachments/Attachment.h"

#include <optional>

namespace hc {

std::optional<CheckedContent> decodeImageWithQt(const QByteArray& bytes);
// Installs decodeImageWithQt as AttachmentCheck's decoder (idempotent).
void installQtImageDecoder();

} // namespace hc
