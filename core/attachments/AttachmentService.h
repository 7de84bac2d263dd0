#pragma once
// Photos and documents on people, cases and found-person records (issue 14, outcome 5). Adding
// checks the bytes (AttachmentCheck: JPEG, PNG or PDF by decoding, at most 20 MB) and stores
// them once per content (SHA-256), in one transaction with its audit record. Rights: adding and
// removing need EditCases; on a person an officer's RecordVisits suffices too (families bring
// photos to the door). Every role reads within the owner's scope (Scope: an officer the own
// station's people, cases and found-person records only); opening the full picture or document
// is audited ("view"), and so is every refusal. Listing gives thumbnails and is not audited.

#include "core/attachments/Attachment.h"
#include "core/auth/Actor.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace hc {

class Database;
class AttachmentStore;

class AttachmentService
{
    Q_DECLARE_TR_FUNCTIONS(hc::AttachmentService)
public:
    AttachmentService(Database& db, Actor actor);

    // Adds the bytes (as read from `fileName`, kept for saving a copy) to the owner.
    Result<Attachment> add(const AttachmentOwner& owner, const QByteArray& bytes, const QString& fileName,
                           const QString& caption);
    // The same for bytes checked already (AttachmentCheck::readAndCheck on a worker thread).
    Result<Attachment> addChecked(const AttachmentOwner& owner, const QByteArray& bytes,
                                  const CheckedContent& content, const QString& fileName,
                                  const QString& caption);
    // Reads the file (refused unread when over 20 MB) and adds it.
    Result<Attachment> addFile(const AttachmentOwner& owner, const QString& path, const QString& caption);

    // The owner's attachments with thumbnails, oldest first.
    Result<QList<Attachment>> list(const AttachmentOwner& owner) const;
    // The owner's first picture, when it has one (the match dialog's side by side).
    Result<std::optional<Attachment>> firstPicture(const AttachmentOwner& owner) const;
    // The picture for one side of a match: the owner's first picture, or for a case without one
    // its registered subject's (the family's photo added to the person at the door). A person
    // owner is an unregistered person found in the sweep, a candidate for open cases.
    Result<std::optional<Attachment>> matchPicture(const AttachmentOwner& owner) const;
    // The full picture or document: audited.
    struct Opened
    {
        Attachment attachment;
        QByteArray bytes;
    };
    Result<Opened> open(qint64 attachmentId) const;
    Status remove(qint64 attachmentId);

    // The id of a case by number, a found-person record by number or a person by row id (CLI).
    Result<AttachmentOwner> resolve(AttachmentOwner::Kind kind, const QString& text) const;

    bool mayEdit(AttachmentOwner::Kind kind) const;

private:
    // The owner's station when the actor reaches it; the refusal (audited) otherwise.
    Result<qint64> reach(const AttachmentOwner& owner) const;
    Status mayWrite(const AttachmentOwner& owner, const QString& entityId) const;
    Result<Attachment> insert(const AttachmentOwner& owner, qint64 stationId, const QByteArray& bytes,
                              const CheckedContent& content, const QString& fileName, const QString& caption);
    Result<Attachment> loadReached(qint64 attachmentId) const;
    AttachmentStore store() const;

    Database& m_db;
    Actor m_actor;
};

} // namespace hc
