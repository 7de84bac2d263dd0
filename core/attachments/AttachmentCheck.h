#pragma once
// Which files may be attached, decided on their bytes and never on their names: a JPEG or PNG
// picture that decodes wholly, or a PDF document (its %PDF- header, a cross-reference and the
// closing %%EOF), at most 20 MB, the size checked before a file is read. Pictures are decoded
// by an image decoder that front ends install (core stays free of QtGui, so homecoming-cli
// starts without it): core/imaging's Qt decoder, installed by the GUI, the tests and the CLI's
// report module. Without one, pictures are refused with a message saying so.

#include "core/attachments/Attachment.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <optional>

namespace hc {

class AttachmentCheck
{
    Q_DECLARE_TR_FUNCTIONS(hc::AttachmentCheck)
public:
    // Decodes a JPEG or PNG wholly: its content (mime, size, thumbnail), or nothing when the
    // bytes are no whole picture of those kinds.
    using ImageDecoder = std::optional<CheckedContent> (*)(const QByteArray& bytes);
    static void setImageDecoder(ImageDecoder decoder);
    static bool canDecodeImages();

    // The file's bytes; refused without reading when it is larger than 20 MB.
    static Result<QByteArray> readFile(const QString& path);
    // What the bytes are, or why they may not be attached (field "file").
    static Result<CheckedContent> check(const QByteArray& bytes);
    // The file's bytes and what they are: readFile and check, for a worker thread.
    struct Checked
    {
        QByteArray bytes;
        CheckedContent content;
    };
    static Result<Checked> readAndCheck(const QString& path);

    static QString sizeLimitText(); // "20 MB"

private:
    static bool isPdf(const QByteArray& bytes);
    static bool hasImageTrailer(const QByteArray& bytes, bool png);
};

} // namespace hc
