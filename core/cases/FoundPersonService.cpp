#include "core/cases/FoundPersonService.h"

#include "core/audit/AuditLog.h"
#include "core/auth/Scope.h"
#include "core/cases/CaseJson.h"
#include "core/cases/CaseStore.h"
#include "core/cases/FoundPersonStore.h"
#include "core/cases/MarkEdit.h"
#include "core/cases/MarkStore.h"
#include "core/cases/RecordNumbers.h"
#include "core/common/Clock.h"
#include "core/registry/Vocabulary.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QJsonObject>

namespace hc {

FoundPersonService::FoundPersonService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

Status FoundPersonService::validate(const FoundPerson& r) const
{
    if (!m_actor.can(Right::EditCases))
        return denied(Roles::deniedMessage(m_actor, tr("record found persons")));
    if (!Vocabulary::codes(Vocabulary::Kind::FoundCircumstance).contains(r.circumstance))
        return invalid(QStringLiteral("circumstance"),
                       tr("Choose where the person was found: shelter, hospital, remains or other."));
    if (!r.sex.isEmpty() && r.sex != u"M" && r.sex != u"F")
        return invalid(QStringLiteral("sex"), tr("Choose male or female, or leave it open."));
    if (r.ageMin < -1 || r.ageMin > 120)
        return invalid(QStringLiteral("age_min"), tr("The lowest estimated age must be between 0 and 120."));
    if (r.ageMax < -1 || r.ageMax > 120)
        return invalid(QStringLiteral("age_max"), tr("The highest estimated age must be between 0 and 120."));
    if (r.ageMin >= 0 && r.ageMax >= 0 && r.ageMin > r.ageMax)
        return invalid(QStringLiteral("age_max"),
                       tr("The highest estimated age is below the lowest (%1).").arg(r.ageMin));
    if (r.heightCm < 0 || r.heightCm > 259)
        return invalid(QStringLiteral("height_cm"), tr("The height is in centimetres, between 1 and 259."));
    if (r.placeFound.trimmed().isEmpty())
        return invalid(QStringLiteral("place_found"), tr("Enter where the person was found."));
    if (!r.foundDate.isValid())
        return invalid(QStringLiteral("found_date"), tr("Enter the date the person was found."));
    if (r.foundDate > Clock::instance().now().date())
        return invalid(QStringLiteral("found_date"), tr("The date found is in the future."));
    if (!Vocabulary::codes(Vocabulary::Kind::FoundStatus).contains(r.status))
        return invalid(QStringLiteral("status"), tr("Choose the record's status."));
    if (r.matchedCaseId && r.status != u"identified")
        return invalid(QStringLiteral("matched_case"),
                       tr("Only an identified person names the case it resolved."));
    const CaseStore cases(m_db.sql());
    if (r.stationId) {
        const auto station = cases.stationExists(r.stationId);
        if (!station)
            return station.error();
        if (!*station)
            return invalid(QStringLiteral("station"), tr("There is no station number %1.").arg(r.stationId));
    }
    if (r.matchedCaseId) {
        const auto matched = cases.caseExists(r.matchedCaseId);
        if (!matched)
            return matched.error();
        if (!*matched)
            return invalid(QStringLiteral("matched_case"),
                           tr("There is no case number %1.").arg(r.matchedCaseId));
    }
    return {};
}

Result<FoundPerson> FoundPersonService::create(const FoundPerson& input)
{
    if (Status s = validate(input); !s)
        return audited(s.error(), 0);
    FoundPerson r = input;
    const QDateTime now = Clock::instance().now();
    const FoundPersonStore records(m_db.sql());
    Transaction tx(m_db.sql());
    auto number = records.nextRecordNo(now.date().year());
    if (!number)
        return number.error();
    r.recordNo = *number;
    r.createdAt = wallText(now);
    const auto id = records.insert(r, m_actor.userId);
    if (!id)
        return id.error();
    r.id = *id;
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("create"), QStringLiteral("found_person"),
                               QString::number(r.id), {}, toJson(r));
        !s)
        return s.error();
    if (!tx.commit())
        return tx.error();
    return loadRecord(r.id);
}

Status FoundPersonService::update(qint64 id, const FoundPerson& input)
{
    if (Status s = validate(input); !s)
        return audited(s.error(), id);
    auto before = loadRecord(id);
    if (!before)
        return before.error();
    FoundPerson r = input;
    r.recordNo = before->recordNo;
    Transaction tx(m_db.sql());
    if (Status s = FoundPersonStore(m_db.sql()).update(id, r); !s)
        return s;
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("update"), QStringLiteral("found_person"),
                               QString::number(id), toJson(*before), toJson(r));
        !s)
        return s;
    return tx.commitOrError();
}

Result<QList<IdentifyingMark>> FoundPersonService::marks(qint64 id) const
{
    if (auto record = loadRecord(id); !record)
        return record.error();
    return MarkStore(m_db.sql()).marks(MarkStore::Owner::FoundPerson, id);
}

Status FoundPersonService::setMarks(qint64 id, const QList<IdentifyingMark>& edited)
{
    if (!mayEdit())
        return audited(denied(Roles::deniedMessage(m_actor, tr("record found persons"))), id);
    if (auto record = loadRecord(id); !record)
        return record.error();
    return replaceMarks(m_db, MarkStore::Owner::FoundPerson, id, edited,
                        [&](const QJsonObject& before, const QJsonObject& after) {
                            return AuditLog(m_db.sql())
                                .append(m_actor, QStringLiteral("marks"), QStringLiteral("found_person"),
                                        QString::number(id), before, after);
                        });
}

Error FoundPersonService::audited(const Error& e, qint64 id) const
{
    if (e.kind != Error::Kind::Denied)
        return e;
    return refused(m_db.sql(), m_actor, QStringLiteral("found_person"), id ? QString::number(id) : QString(),
                   e);
}

Result<FoundPerson> FoundPersonService::loadRecord(qint64 id) const
{
    auto record = FoundPersonStore(m_db.sql()).load(id);
    if (!record)
        return record.error();
    if (!*record)
        return notFound(QStringLiteral("found_person"),
                        tr("There is no found-person record number %1.").arg(id));
    if (Status s = checkStation(m_db.sql(), m_actor, (*record)->stationId, QStringLiteral("found_person"),
                                QString::number(id), tr("open the found-person records of another station"));
        !s)
        return s.error();
    return **record;
}

Result<qint64> FoundPersonService::findByNumber(const QString& recordNo) const
{
    const auto id = FoundPersonStore(m_db.sql()).idOf(recordNo.trimmed().toUpper());
    if (!id)
        return id.error();
    if (!*id)
        return notFound(QStringLiteral("found_person"),
                        tr("There is no found-person record %1.").arg(recordNo.trimmed()));
    if (auto record = loadRecord(*id); !record)
        return record.error();
    return *id;
}

Result<FoundPerson> FoundPersonService::load(qint64 id) const
{
    auto record = loadRecord(id);
    if (!record)
        return record;
    if (Status s = auditRead(m_db.sql(), m_actor, QStringLiteral("view"), QStringLiteral("found_person"),
                             QString::number(id), {{QStringLiteral("record_no"), record->recordNo}});
        !s)
        return s.error();
    return record;
}

Result<QList<FoundPerson>> FoundPersonService::list(const FoundPersonFilter& f) const
{
    const auto station =
        Scope::narrow(m_actor, f.stationId, tr("see the found-person records of another station"));
    if (!station)
        return refused(m_db.sql(), m_actor, QStringLiteral("station"), QString::number(f.stationId),
                       station.error());
    FoundPersonFilter scoped = f;
    scoped.stationId = *station;
    return FoundPersonStore(m_db.sql()).list(scoped);
}

} // namespace hc
