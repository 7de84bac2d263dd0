#pragma once
// Photos and documents on people, cases and found-person records (issue 14, outcome 5): the
// owner an attachment belongs to, one attachment as listed (with its thumbnail) and one
// opened (with its bytes), and what a content check learned of a file's bytes.

#include <QByteArray>
#include <QString>

namespace hc {

// What an attachment belongs to: exactly one person, case or found-person record.
struct AttachmentOwner
{
    enum class Kind
    {
        Person,
        Case,
        FoundPerson
    } kind = Kind::Case;
    qint64 id = 0;

    static AttachmentOwner person(qint64 id) { return {Kind::Person, id}; }
    static AttachmentOwner ofCase(qint64 id) { return {Kind::Case, id}; }
    static AttachmentOwner foundPerson(qint64 id) { return {Kind::FoundPerson, id}; }
    // "person", "case", "found_person": the audit log's entity of the owner.
    QString entity() const;
};

// One attachment as a list shows it.
struct Attachment
{
    qint64 id = 0;
    AttachmentOwner owner;
    qint64 stationId = 0; // the owner's station when it was added; 0 for none
    QString sha256;       // hex
    QString mime;         // image/jpeg, image/png, application/pdf
    qint64 size = 0;
    int width = 0; // pictures only
    int height = 0;
    QByteArray thumbnail; // PNG, at most kThumbnailSize px on its longer side; empty for a PDF
    QString caption;
    QString fileName; // the name of the file it was added from, for saving a copy
    QString addedBy;  // the badge of who added it
    QString addedAt;  // ISO local time

    bool isImage() const { return mime.startsWith(QLatin1String("image/")); }
};

// The content a file's bytes were recognised as (by decoding them, never by the file name).
struct CheckedContent
{
    QString mime;
    int width = 0;
    int height = 0;
    QByteArray thumbnail; // PNG; empty for a PDF
};

inline constexpr qint64 kMaxAttachmentBytes = 20 * 1024 * 1024;
inline constexpr int kThumbnailSize = 160;

} // namespace hc
