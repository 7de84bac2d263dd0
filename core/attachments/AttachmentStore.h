#pragma once
// The SQL of attachments (schema 14): the contents, stored once per SHA-256 of their bytes,
// and the attachment rows that link a content to a person, a case or a found-person record.
// AttachmentService keeps the rights, scope, audit and transactions.

#include "core/attachments/Attachment.h"
#include "core/common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace hc {

class AttachmentStore
{
public:
    explicit AttachmentStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // The owner's station (a person's: their household's); nothing when there is no such owner.
    Result<std::optional<qint64>> ownerStation(const AttachmentOwner& owner) const;
    // Stores the content unless a content with its hash is stored already; true when it was new.
    Result<bool> putContent(const QString& sha256, const QByteArray& bytes, const CheckedContent& content,
                            const QString& now) const;
    // The registered person a case is about; 0 when the subject is known by name only.
    Result<qint64> caseSubject(qint64 caseId) const;
    // The id of a case (case_no) or found-person record (record_no) by its number; 0 when none.
    Result<qint64> idByNumber(AttachmentOwner::Kind kind, const QString& number) const;
    // Inserts the attachment row as given (owner, station, caption, who and when); returns its id.
    Result<qint64> insert(const Attachment& a, qint64 addedById) const;
    // The owner's attachments, oldest first, with their thumbnails.
    Result<QList<Attachment>> list(const AttachmentOwner& owner) const;
    // The pictures of each of these cases, oldest first (the report's annex).
    Result<QList<Attachment>> casePictures(const QList<qint64>& caseIds) const;
    Result<std::optional<Attachment>> load(qint64 id) const;
    Result<QByteArray> bytes(const QString& sha256) const;
    // Deletes the attachment row, and its content when no other attachment holds it; true when
    // the content went too.
    Result<bool> remove(qint64 id, const QString& sha256) const;

private:
    QSqlDatabase m_db;
};

} // namespace hc
