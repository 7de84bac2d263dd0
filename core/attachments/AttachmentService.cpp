#include "core/attachments/AttachmentService.h"

#include "core/attachments/AttachmentCheck.h"
#include "core/attachments/AttachmentStore.h"
#include "core/audit/AuditLog.h"
#include "core/auth/Scope.h"
#include "core/cases/RecordNumbers.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonObject>

namespace hc {

namespace {
const QString kEntity = QStringLiteral("attachment");

QJsonObject auditJson(const Attachment& a)
{
    return QJsonObject{{QStringLiteral("owner"), a.owner.entity()},
                       {QStringLiteral("owner_id"), a.owner.id},
                       {QStringLiteral("sha256"), a.sha256},
                       {QStringLiteral("mime"), a.mime},
                       {QStringLiteral("size"), a.size},
                       {QStringLiteral("caption"), a.caption},
                       {QStringLiteral("file_name"), a.fileName}};
}
} // namespace

AttachmentService::AttachmentService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

AttachmentStore AttachmentService::store() const
{
    return AttachmentStore(m_db.sql());
}

bool AttachmentService::mayEdit(AttachmentOwner::Kind kind) const
{
    return m_actor.can(Right::EditCases) ||
           (kind == AttachmentOwner::Kind::Person && m_actor.can(Right::RecordVisits));
}

Result<qint64> AttachmentService::reach(const AttachmentOwner& owner) const
{
    auto station = store().ownerStation(owner);
    if (!station)
        return station.error();
    if (!*station) {
        switch (owner.kind) {
        case AttachmentOwner::Kind::Person:
            return notFound(QStringLiteral("person"), tr("There is no person number %1.").arg(owner.id));
        case AttachmentOwner::Kind::Case:
            return notFound(QStringLiteral("case"), tr("There is no case number %1.").arg(owner.id));
        case AttachmentOwner::Kind::FoundPerson:
            break;
        }
        return notFound(QStringLiteral("found_person"),
                        tr("There is no found-person record number %1.").arg(owner.id));
    }
    if (Status s = checkStation(m_db.sql(), m_actor, **station, owner.entity(), QString::number(owner.id),
                                tr("see the photos and documents of another station"));
        !s)
        return s.error();
    return **station;
}

Status AttachmentService::mayWrite(const AttachmentOwner& owner, const QString& entityId) const
{
    if (mayEdit(owner.kind))
        return {};
    return refused(m_db.sql(), m_actor, kEntity, entityId,
                   denied(Roles::deniedMessage(m_actor, tr("add or remove photos and documents"))));
}

Result<Attachment> AttachmentService::add(const AttachmentOwner& owner, const QByteArray& bytes,
                                          const QString& fileName, const QString& caption)
{
    auto content = AttachmentCheck::check(bytes);
    if (!content)
        return content.error();
    return addChecked(owner, bytes, *content, fileName, caption);
}

Result<Attachment> AttachmentService::addFile(const AttachmentOwner& owner, const QString& path,
                                              const QString& caption)
{
    auto bytes = AttachmentCheck::readFile(path);
    if (!bytes)
        return bytes.error();
    return add(owner, *bytes, QFileInfo(path).fileName(), caption);
}

Result<Attachment> AttachmentService::addChecked(const AttachmentOwner& owner, const QByteArray& bytes,
                                                 const CheckedContent& content, const QString& fileName,
                                                 const QString& caption)
{
    if (Status s = mayWrite(owner, QString()); !s)
        return s.error();
    if (bytes.size() > kMaxAttachmentBytes)
        return invalid(
            QStringLiteral("file"),
            tr("The file is larger than %1: attach a smaller copy.").arg(AttachmentCheck::sizeLimitText()));
    const auto station = reach(owner);
    if (!station)
        return station.error();
    return Transaction::run(m_db.sql(),
                            [&] { return insert(owner, *station, bytes, content, fileName, caption); });
}

Result<Attachment> AttachmentService::insert(const AttachmentOwner& owner, qint64 stationId,
                                             const QByteArray& bytes, const CheckedContent& content,
                                             const QString& fileName, const QString& caption)
{
    Attachment a;
    a.owner = owner;
    a.stationId = stationId;
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    a.mime = content.mime;
    a.size = bytes.size();
    a.width = content.width;
    a.height = content.height;
    a.thumbnail = content.thumbnail;
    a.caption = caption.trimmed();
    a.fileName = fileName;
    a.addedBy = m_actor.name;
    a.addedAt = wallText(Clock::instance().now());
    const AttachmentStore s = store();
    const auto fresh = s.putContent(a.sha256, bytes, content, a.addedAt);
    if (!fresh)
        return fresh.error();
    const auto id = s.insert(a, m_actor.userId);
    if (!id)
        return id.error();
    a.id = *id;
    QJsonObject after = auditJson(a);
    after.insert(QStringLiteral("content"),
                 *fresh ? QStringLiteral("new") : QStringLiteral("stored_already"));
    if (Status st = AuditLog(m_db.sql())
                        .append(m_actor, QStringLiteral("create"), kEntity, QString::number(a.id), {}, after);
        !st)
        return st.error();
    return a;
}

Result<QList<Attachment>> AttachmentService::list(const AttachmentOwner& owner) const
{
    if (const auto station = reach(owner); !station)
        return station.error();
    return store().list(owner);
}

Result<std::optional<Attachment>> AttachmentService::firstPicture(const AttachmentOwner& owner) const
{
    const auto all = list(owner);
    if (!all)
        return all.error();
    for (const Attachment& a : *all)
        if (a.isImage())
            return std::optional<Attachment>(a);
    return std::optional<Attachment>();
}

Result<std::optional<Attachment>> AttachmentService::matchPicture(const AttachmentOwner& owner) const
{
    auto first = firstPicture(owner);
    if (!first || first->has_value() || owner.kind != AttachmentOwner::Kind::Case)
        return first;
    const auto subject = store().caseSubject(owner.id);
    if (!subject)
        return subject.error();
    if (*subject == 0)
        return first;
    return firstPicture(AttachmentOwner::person(*subject));
}

Result<Attachment> AttachmentService::loadReached(qint64 attachmentId) const
{
    const auto found = store().load(attachmentId);
    if (!found)
        return found.error();
    if (!*found)
        return notFound(kEntity, tr("There is no attachment number %1.").arg(attachmentId));
    if (Status s =
            checkStation(m_db.sql(), m_actor, (*found)->stationId, kEntity, QString::number(attachmentId),
                         tr("see the photos and documents of another station"));
        !s)
        return s.error();
    return **found;
}

Result<AttachmentService::Opened> AttachmentService::open(qint64 attachmentId) const
{
    auto a = loadReached(attachmentId);
    if (!a)
        return a.error();
    auto bytes = store().bytes(a->sha256);
    if (!bytes)
        return bytes.error();
    if (Status s = auditRead(m_db.sql(), m_actor, QStringLiteral("view"), kEntity,
                             QString::number(attachmentId), auditJson(*a));
        !s)
        return s.error();
    return Opened{std::move(*a), std::move(*bytes)};
}

Status AttachmentService::remove(qint64 attachmentId)
{
    auto a = loadReached(attachmentId);
    if (!a)
        return a.error();
    if (Status s = mayWrite(a->owner, QString::number(attachmentId)); !s)
        return s;
    return Transaction::run(m_db.sql(), [&]() -> Status {
        const auto contentGone = store().remove(attachmentId, a->sha256);
        if (!contentGone)
            return contentGone.error();
        QJsonObject before = auditJson(*a);
        before.insert(QStringLiteral("content_removed"), *contentGone);
        return AuditLog(m_db.sql())
            .append(m_actor, QStringLiteral("delete"), kEntity, QString::number(attachmentId), before, {});
    });
}

Result<AttachmentOwner> AttachmentService::resolve(AttachmentOwner::Kind kind, const QString& text) const
{
    const QString t = text.trimmed();
    if (kind == AttachmentOwner::Kind::Person) {
        bool ok = false;
        const qint64 id = t.toLongLong(&ok);
        if (!ok || id <= 0)
            return invalid(QStringLiteral("person"), tr("\"%1\" is not a person number.").arg(text));
        return AttachmentOwner::person(id);
    }
    const bool isCase = kind == AttachmentOwner::Kind::Case;
    const auto id = store().idByNumber(kind, t);
    if (!id)
        return id.error();
    if (*id == 0)
        return isCase ? notFound(QStringLiteral("case"), tr("There is no case %1.").arg(t))
                      : notFound(QStringLiteral("found_person"),
                                 tr("There is no found-person record %1.").arg(t));
    return AttachmentOwner{kind, *id};
}

} // namespace hc
