#include "core/pfif/PfifStore.h"

#include "core/storage/Sql.h"

namespace hc {

namespace {
const QString kMapping =
    QStringLiteral("SELECT record_id, kind, coalesce(person_record_id, ''), coalesce(case_id, 0), "
                   "coalesce(found_person_id, 0), coalesce(lead_id, 0), coalesce(source_name, ''), "
                   "coalesce(source_url, ''), coalesce(source_date, ''), coalesce(author_name, ''), "
                   "coalesce(author_email, '') FROM pfif_records WHERE ");
} // namespace

Result<QString> PfifStore::domain() const
{
    const auto d = sql::scalar(m_db, QStringLiteral("SELECT domain FROM pfif_repository"));
    if (!d)
        return d.error();
    return d->toString();
}

Status PfifStore::setDomain(const QString& domain, const QString& at) const
{
    const auto done = sql::execute(
        m_db,
        QStringLiteral("INSERT INTO pfif_repository(singleton, domain, created_at) VALUES (1, :d, :at)"),
        {sql::bind(":d", domain), sql::bind(":at", at)});
    if (!done)
        return done.error();
    return {};
}

Result<std::optional<PfifMapping>> PfifStore::one(const QString& where, const QVariant& key) const
{
    auto q = sql::query(m_db, kMapping + where + QStringLiteral(" ORDER BY record_id LIMIT 1"),
                        {sql::bind(":key", key)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<PfifMapping>();
    PfifMapping m;
    m.recordId = q->value(0).toString();
    m.kind = q->value(1).toString();
    m.personRecordId = q->value(2).toString();
    m.caseId = q->value(3).toLongLong();
    m.foundPersonId = q->value(4).toLongLong();
    m.leadId = q->value(5).toLongLong();
    m.sourceName = q->value(6).toString();
    m.sourceUrl = q->value(7).toString();
    m.sourceDate = q->value(8).toString();
    m.authorName = q->value(9).toString();
    m.authorEmail = q->value(10).toString();
    return std::optional<PfifMapping>(m);
}

Result<std::optional<PfifMapping>> PfifStore::mapping(const QString& recordId) const
{
    return one(QStringLiteral("record_id = :key"), recordId);
}

Result<std::optional<PfifMapping>> PfifStore::personOf(qint64 caseId, qint64 foundPersonId) const
{
    if (caseId)
        return one(QStringLiteral("kind = 'person' AND case_id = :key"), caseId);
    return one(QStringLiteral("kind = 'person' AND found_person_id = :key"), foundPersonId);
}

Result<std::optional<PfifMapping>> PfifStore::noteOfLead(qint64 leadId) const
{
    return one(QStringLiteral("kind = 'note' AND lead_id = :key"), leadId);
}

Result<std::optional<PfifMapping>> PfifStore::noteOf(qint64 caseId, qint64 foundPersonId) const
{
    if (caseId)
        return one(QStringLiteral("kind = 'note' AND lead_id IS NULL AND case_id = :key"), caseId);
    return one(QStringLiteral("kind = 'note' AND found_person_id = :key"), foundPersonId);
}

Status PfifStore::insert(const PfifMapping& m, const QString& at, qint64 userId) const
{
    const auto done = sql::execute(
        m_db,
        QStringLiteral(
            "INSERT INTO pfif_records(record_id, kind, person_record_id, case_id, found_person_id, "
            "lead_id, source_name, source_url, source_date, author_name, author_email, "
            "imported_at, imported_by) VALUES (:id, :kind, :person, :case, :found, :lead, :sname, "
            ":surl, :sdate, :author, :email, :at, :by)"),
        {sql::bind(":id", m.recordId), sql::bind(":kind", m.kind),
         sql::bind(":person", sql::orNull(m.personRecordId)), sql::bind(":case", sql::orNull(m.caseId)),
         sql::bind(":found", sql::orNull(m.foundPersonId)), sql::bind(":lead", sql::orNull(m.leadId)),
         sql::bind(":sname", sql::orNull(m.sourceName)), sql::bind(":surl", sql::orNull(m.sourceUrl)),
         sql::bind(":sdate", sql::orNull(m.sourceDate)), sql::bind(":author", sql::orNull(m.authorName)),
         sql::bind(":email", sql::orNull(m.authorEmail)), sql::bind(":at", at),
         sql::bind(":by", sql::orNull(userId))});
    if (!done)
        return done.error();
    return {};
}

Result<qint64> PfifStore::id(const QString& statement, const QVariant& key) const
{
    const auto v = sql::scalar(m_db, statement, {sql::bind(":key", key)});
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> PfifStore::caseByUuid(const QString& uuid) const
{
    return id(QStringLiteral("SELECT id FROM cases WHERE uuid = :key"), uuid);
}

Result<qint64> PfifStore::foundPersonByUuid(const QString& uuid) const
{
    return id(QStringLiteral("SELECT id FROM found_persons WHERE uuid = :key"), uuid);
}

Result<qint64> PfifStore::leadOfCase(qint64 leadId, qint64 caseId) const
{
    const auto v =
        sql::scalar(m_db, QStringLiteral("SELECT id FROM leads WHERE id = :id AND case_id = :case"),
                    {sql::bind(":id", leadId), sql::bind(":case", caseId)});
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<QString> PfifStore::caseUuid(const QString& caseNo) const
{
    const auto v = sql::scalar(m_db, QStringLiteral("SELECT uuid FROM cases WHERE case_no = :key"),
                               {sql::bind(":key", caseNo)});
    if (!v)
        return v.error();
    return v->toString();
}

Result<QString> PfifStore::foundPersonUuid(qint64 foundId) const
{
    const auto v = sql::scalar(m_db, QStringLiteral("SELECT uuid FROM found_persons WHERE id = :key"),
                               {sql::bind(":key", foundId)});
    if (!v)
        return v.error();
    return v->toString();
}

Result<QString> PfifStore::homeAddress(qint64 personId) const
{
    const auto v = sql::scalar(m_db,
                               QStringLiteral("SELECT h.address FROM persons p JOIN households h ON "
                                              "h.id = p.household_id WHERE p.id = :key"),
                               {sql::bind(":key", personId)});
    if (!v)
        return v.error();
    return v->toString();
}

} // namespace hc
