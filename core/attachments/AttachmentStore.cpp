#include "core/attachments/AttachmentStore.h"

#include "core/storage/Sql.h"

namespace hc {

namespace {
QString ownerColumn(AttachmentOwner::Kind kind)
{
    switch (kind) {
    case AttachmentOwner::Kind::Person:
        return QStringLiteral("person_id");
    case AttachmentOwner::Kind::Case:
        return QStringLiteral("case_id");
    case AttachmentOwner::Kind::FoundPerson:
        break;
    }
    return QStringLiteral("found_person_id");
}

const QString kSelect = QStringLiteral(
    "SELECT a.id, coalesce(a.person_id, 0), coalesce(a.case_id, 0), coalesce(a.found_person_id, 0), "
    "coalesce(a.station_id, 0), a.sha256, c.mime, c.size, coalesce(c.width, 0), coalesce(c.height, 0), "
    "c.thumbnail, coalesce(a.caption, ''), coalesce(a.file_name, ''), a.added_by_name, a.added_at "
    "FROM attachments a JOIN attachment_contents c ON c.sha256 = a.sha256 ");

Attachment readAttachment(const QSqlQuery& q)
{
    Attachment a;
    a.id = q.value(0).toLongLong();
    if (const qint64 person = q.value(1).toLongLong())
        a.owner = AttachmentOwner::person(person);
    else if (const qint64 caseId = q.value(2).toLongLong())
        a.owner = AttachmentOwner::ofCase(caseId);
    else
        a.owner = AttachmentOwner::foundPerson(q.value(3).toLongLong());
    a.stationId = q.value(4).toLongLong();
    a.sha256 = q.value(5).toString();
    a.mime = q.value(6).toString();
    a.size = q.value(7).toLongLong();
    a.width = q.value(8).toInt();
    a.height = q.value(9).toInt();
    a.thumbnail = q.value(10).toByteArray();
    a.caption = q.value(11).toString();
    a.fileName = q.value(12).toString();
    a.addedBy = q.value(13).toString();
    a.addedAt = q.value(14).toString();
    return a;
}

Result<QList<Attachment>> readAll(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QSqlQuery& query = q.value();
    QList<Attachment> out;
    while (query.next())
        out << readAttachment(query);
    return out;
}
} // namespace

QString AttachmentOwner::entity() const
{
    switch (kind) {
    case Kind::Person:
        return QStringLiteral("person");
    case Kind::Case:
        return QStringLiteral("case");
    case Kind::FoundPerson:
        break;
    }
    return QStringLiteral("found_person");
}

Result<std::optional<qint64>> AttachmentStore::ownerStation(const AttachmentOwner& owner) const
{
    QString sql;
    switch (owner.kind) {
    case AttachmentOwner::Kind::Person:
        sql = QStringLiteral("SELECT coalesce(ar.station_id, 0) FROM persons p "
                             "LEFT JOIN households h ON h.id = p.household_id "
                             "LEFT JOIN areas ar ON ar.id = h.area_id WHERE p.id = :id");
        break;
    case AttachmentOwner::Kind::Case:
        sql = QStringLiteral("SELECT coalesce(station_id, 0) FROM cases WHERE id = :id");
        break;
    case AttachmentOwner::Kind::FoundPerson:
        sql = QStringLiteral("SELECT coalesce(station_id, 0) FROM found_persons WHERE id = :id");
        break;
    }
    auto v = sql::scalar(m_db, sql, {{QStringLiteral(":id"), owner.id}});
    if (!v)
        return v.error();
    if (!v->isValid())
        return std::optional<qint64>();
    return std::optional<qint64>(v->toLongLong());
}

Result<qint64> AttachmentStore::caseSubject(qint64 caseId) const
{
    auto v =
        sql::scalar(m_db, QStringLiteral("SELECT coalesce(subject_person_id, 0) FROM cases WHERE id = :id"),
                    {{QStringLiteral(":id"), caseId}});
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> AttachmentStore::idByNumber(AttachmentOwner::Kind kind, const QString& number) const
{
    const auto id = sql::scalar(m_db,
                                kind == AttachmentOwner::Kind::Case
                                    ? QStringLiteral("SELECT id FROM cases WHERE case_no = :no")
                                    : QStringLiteral("SELECT id FROM found_persons WHERE record_no = :no"),
                                {{QStringLiteral(":no"), number}});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<bool> AttachmentStore::putContent(const QString& sha256, const QByteArray& bytes,
                                         const CheckedContent& content, const QString& now) const
{
    // ON CONFLICT DO NOTHING rather than a look first: on the server an officer may not see a
    // content that another station's attachment holds, and the same bytes are stored once.
    const QVariant thumbnail = content.thumbnail.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                                           : QVariant(content.thumbnail);
    auto changed = sql::execute(
        m_db,
        QStringLiteral(
            "INSERT INTO attachment_contents (sha256, mime, size, width, height, thumbnail, bytes, "
            "created_at) VALUES (:sha, :mime, :size, :width, :height, :thumb, :bytes, :now) "
            "ON CONFLICT (sha256) DO NOTHING"),
        {{QStringLiteral(":sha"), sha256},
         {QStringLiteral(":mime"), content.mime},
         {QStringLiteral(":size"), qint64(bytes.size())},
         {QStringLiteral(":width"), content.width ? QVariant(content.width) : QVariant()},
         {QStringLiteral(":height"), content.height ? QVariant(content.height) : QVariant()},
         {QStringLiteral(":thumb"), thumbnail},
         {QStringLiteral(":bytes"), bytes},
         {QStringLiteral(":now"), now}});
    if (!changed)
        return changed.error();
    return *changed > 0;
}

Result<qint64> AttachmentStore::insert(const Attachment& a, qint64 addedById) const
{
    return sql::insert(
        m_db,
        QStringLiteral("INSERT INTO attachments (sha256, %1, station_id, caption, file_name, added_by, "
                       "added_by_name, added_at) VALUES (:sha, :owner, :station, :caption, :file, :by, "
                       ":by_name, :at)")
            .arg(ownerColumn(a.owner.kind)),
        {{QStringLiteral(":sha"), a.sha256},
         {QStringLiteral(":owner"), a.owner.id},
         {QStringLiteral(":station"), sql::orNull(a.stationId)},
         {QStringLiteral(":caption"), sql::orNull(a.caption.trimmed())},
         {QStringLiteral(":file"), sql::orNull(a.fileName)},
         {QStringLiteral(":by"), sql::orNull(addedById)},
         {QStringLiteral(":by_name"), a.addedBy},
         {QStringLiteral(":at"), a.addedAt}});
}

Result<QList<Attachment>> AttachmentStore::list(const AttachmentOwner& owner) const
{
    return readAll(sql::query(
        m_db, kSelect + QStringLiteral("WHERE a.%1 = :id ORDER BY a.id").arg(ownerColumn(owner.kind)),
        {{QStringLiteral(":id"), owner.id}}));
}

Result<QList<Attachment>> AttachmentStore::casePictures(const QList<qint64>& caseIds) const
{
    if (caseIds.isEmpty())
        return QList<Attachment>();
    QStringList ids;
    for (qint64 id : caseIds)
        ids << QString::number(id);
    return readAll(
        sql::query(m_db, kSelect + QStringLiteral("WHERE a.case_id IN (%1) AND c.mime LIKE 'image/%' "
                                                  "ORDER BY a.case_id, a.id")
                                       .arg(ids.join(QLatin1Char(',')))));
}

Result<std::optional<Attachment>> AttachmentStore::load(qint64 id) const
{
    auto all = readAll(
        sql::query(m_db, kSelect + QStringLiteral("WHERE a.id = :id"), {{QStringLiteral(":id"), id}}));
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<Attachment>();
    return std::optional<Attachment>(all->first());
}

Result<QByteArray> AttachmentStore::bytes(const QString& sha256) const
{
    auto v = sql::scalar(m_db, QStringLiteral("SELECT bytes FROM attachment_contents WHERE sha256 = :sha"),
                         {{QStringLiteral(":sha"), sha256}});
    if (!v)
        return v.error();
    return v->toByteArray();
}

Result<bool> AttachmentStore::remove(qint64 id, const QString& sha256) const
{
    if (auto gone = sql::execute(m_db, QStringLiteral("DELETE FROM attachments WHERE id = :id"),
                                 {{QStringLiteral(":id"), id}});
        !gone)
        return gone.error();
    auto content =
        sql::execute(m_db,
                     QStringLiteral("DELETE FROM attachment_contents WHERE sha256 = :sha AND NOT EXISTS "
                                    "(SELECT 1 FROM attachments WHERE sha256 = :sha2)"),
                     {{QStringLiteral(":sha"), sha256}, {QStringLiteral(":sha2"), sha256}});
    if (!content)
        return content.error();
    return *content > 0;
}

} // namespace hc
