#include "core/crimes/CrimeService.h"

#include "core/audit/AuditLog.h"
#include "core/auth/Scope.h"
#include "core/cases/RecordNumbers.h"
#include "core/common/Clock.h"
#include "core/crimes/CrimeStore.h"
#include "core/links/EntityDirectory.h"
#include "core/registry/Vocabulary.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QJsonArray>

namespace hc {

namespace {
const QString kEntity = QStringLiteral("crime");

QJsonObject toJson(const CrimeDraft& d)
{
    return {{QStringLiteral("kind"), d.kind},
            {QStringLiteral("date"), d.date.toString(Qt::ISODate)},
            {QStringLiteral("criminal_case_no"), d.criminalCaseNo.trimmed()},
            {QStringLiteral("solved"), d.solved},
            {QStringLiteral("note"), d.note.trimmed()}};
}
} // namespace

CrimeService::CrimeService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

Status CrimeService::validate(const CrimeDraft& d) const
{
    if (!Vocabulary::codes(Vocabulary::Kind::CrimeKind).contains(d.kind))
        return invalid(QStringLiteral("kind"),
                       tr("Choose the kind of crime: homicide, kidnapping, trafficking or other."));
    if (d.date.isValid() && d.date > Clock::instance().now().date())
        return invalid(QStringLiteral("date"), tr("The date of the crime is in the future."));
    if (d.criminalCaseNo.trimmed().size() > 40)
        return invalid(QStringLiteral("criminal_case_no"),
                       tr("The criminal case number is at most 40 characters long."));
    return {};
}

Status CrimeService::mayWrite(const QString& what, qint64 crimeId) const
{
    if (m_actor.can(Right::EditCases))
        return {};
    return refused(m_db.sql(), m_actor, kEntity, crimeId ? QString::number(crimeId) : QString(),
                   denied(Roles::deniedMessage(m_actor, what)));
}

Result<CrimeCaseFacts> CrimeService::reachableCase(qint64 caseId, const QString& field) const
{
    const auto facts = CrimeStore(m_db.sql()).caseFacts(caseId);
    if (!facts)
        return facts.error();
    if (!*facts)
        return notFound(field, tr("There is no case number %1.").arg(caseId));
    if (Status s = checkStation(m_db.sql(), m_actor, (*facts)->stationId, QStringLiteral("case"),
                                QString::number(caseId), tr("link the cases of another station to a crime"));
        !s)
        return s.error();
    if ((*facts)->status == u"duplicate")
        return invalid(field,
                       tr("Case %1 is a duplicate: link the case it duplicates.").arg((*facts)->caseNo));
    return **facts;
}

Result<Crime> CrimeService::loadCrime(qint64 crimeId) const
{
    auto crime = CrimeStore(m_db.sql()).load(crimeId);
    if (!crime)
        return crime.error();
    if (!*crime)
        return notFound(QStringLiteral("crime"), tr("There is no crime number %1.").arg(crimeId));
    if (Status s = checkStation(m_db.sql(), m_actor, (*crime)->stationId, kEntity, QString::number(crimeId),
                                tr("open the crimes of another station"));
        !s)
        return s.error();
    return **crime;
}

Status CrimeService::finish(qint64 crimeId, const QString& action, const QJsonObject& before,
                            const QJsonObject& after)
{
    return AuditLog(m_db.sql()).append(m_actor, action, kEntity, QString::number(crimeId), before, after);
}

Result<qint64> CrimeService::create(qint64 caseId, const CrimeDraft& draft)
{
    if (Status s = mayWrite(tr("record crimes"), 0); !s)
        return s.error();
    if (Status s = validate(draft); !s)
        return s.error();
    const auto victim = reachableCase(caseId, QStringLiteral("case"));
    if (!victim)
        return victim.error();
    CrimeStore store(m_db.sql());
    Transaction tx(m_db.sql());
    const auto id = store.insert(draft, victim->operationId, victim->stationId, m_actor.userId,
                                 wallText(Clock::instance().now()));
    if (!id)
        return id.error();
    if (Status s = store.addVictim(*id, caseId); !s)
        return s.error();
    QJsonObject after = toJson(draft);
    after.insert(QStringLiteral("victims"), QJsonArray{victim->caseNo});
    if (Status s = finish(*id, QStringLiteral("create"), {}, after); !s)
        return s.error();
    if (!tx.commit())
        return tx.error();
    return *id;
}

Status CrimeService::update(qint64 crimeId, const CrimeDraft& draft)
{
    if (Status s = mayWrite(tr("edit crimes"), crimeId); !s)
        return s;
    if (Status s = validate(draft); !s)
        return s;
    const auto before = loadCrime(crimeId);
    if (!before)
        return before.error();
    Transaction tx(m_db.sql());
    if (Status s = CrimeStore(m_db.sql()).update(crimeId, draft); !s)
        return s;
    if (Status s = finish(crimeId, QStringLiteral("update"), toJson(before->fields), toJson(draft)); !s)
        return s;
    return tx.commitOrError();
}

Status CrimeService::addVictim(qint64 crimeId, qint64 caseId)
{
    if (Status s = mayWrite(tr("edit crimes"), crimeId); !s)
        return s;
    const auto crime = loadCrime(crimeId);
    if (!crime)
        return crime.error();
    const auto victim = reachableCase(caseId, QStringLiteral("victim"));
    if (!victim)
        return victim.error();
    for (const CrimeVictim& v : crime->victims)
        if (v.caseId == caseId)
            return invalid(QStringLiteral("victim"),
                           tr("Case %1 is already a victim of this crime.").arg(victim->caseNo));
    Transaction tx(m_db.sql());
    if (Status s = CrimeStore(m_db.sql()).addVictim(crimeId, caseId); !s)
        return s;
    if (Status s =
            finish(crimeId, QStringLiteral("add_victim"), {}, {{QStringLiteral("victim"), victim->caseNo}});
        !s)
        return s;
    return tx.commitOrError();
}

Status CrimeService::removeVictim(qint64 crimeId, qint64 caseId)
{
    if (Status s = mayWrite(tr("edit crimes"), crimeId); !s)
        return s;
    const auto crime = loadCrime(crimeId);
    if (!crime)
        return crime.error();
    const auto it = std::find_if(crime->victims.begin(), crime->victims.end(),
                                 [&](const CrimeVictim& v) { return v.caseId == caseId; });
    if (it == crime->victims.end())
        return notFound(QStringLiteral("victim"),
                        tr("Case number %1 is not a victim of this crime.").arg(caseId));
    if (crime->victims.size() == 1)
        return invalid(QStringLiteral("victim"), tr("A crime keeps at least one victim."));
    Transaction tx(m_db.sql());
    if (Status s = CrimeStore(m_db.sql()).removeVictim(crimeId, caseId); !s)
        return s;
    if (Status s =
            finish(crimeId, QStringLiteral("remove_victim"), {{QStringLiteral("victim"), it->caseNo}}, {});
        !s)
        return s;
    return tx.commitOrError();
}

Status CrimeService::addSuspect(qint64 crimeId, const EntityRef& typed, const QString& note)
{
    if (Status s = mayWrite(tr("edit crimes"), crimeId); !s)
        return s;
    const auto crime = loadCrime(crimeId);
    if (!crime)
        return crime.error();
    const auto suspect = EntityDirectory(m_db).resolve(typed, QStringLiteral("suspect"));
    if (!suspect)
        return suspect.error();
    for (const CrimeSuspect& s : crime->suspects)
        if (s.entity == *suspect)
            return invalid(QStringLiteral("suspect"), tr("This suspect is already on the crime."));
    Transaction tx(m_db.sql());
    if (Status s = CrimeStore(m_db.sql()).addSuspect(crimeId, *suspect, note); !s)
        return s;
    if (Status s =
            finish(crimeId, QStringLiteral("add_suspect"), {},
                   {{QStringLiteral("suspect"), suspect->text()}, {QStringLiteral("note"), note.trimmed()}});
        !s)
        return s;
    return tx.commitOrError();
}

Status CrimeService::removeSuspect(qint64 crimeId, const EntityRef& suspect)
{
    if (Status s = mayWrite(tr("edit crimes"), crimeId); !s)
        return s;
    const auto crime = loadCrime(crimeId);
    if (!crime)
        return crime.error();
    if (std::none_of(crime->suspects.begin(), crime->suspects.end(),
                     [&](const CrimeSuspect& s) { return s.entity == suspect; }))
        return notFound(QStringLiteral("suspect"),
                        tr("%1 is not a suspect of this crime.").arg(suspect.text()));
    Transaction tx(m_db.sql());
    if (Status s = CrimeStore(m_db.sql()).removeSuspect(crimeId, suspect); !s)
        return s;
    if (Status s = finish(crimeId, QStringLiteral("remove_suspect"),
                          {{QStringLiteral("suspect"), suspect.text()}}, {});
        !s)
        return s;
    return tx.commitOrError();
}

Result<Crime> CrimeService::load(qint64 crimeId) const
{
    auto crime = loadCrime(crimeId);
    if (!crime)
        return crime;
    QList<EntityRef> entities;
    for (const CrimeSuspect& s : crime->suspects)
        entities << s.entity;
    const auto labels = EntityDirectory(m_db).labels(entities);
    if (!labels)
        return labels.error();
    for (CrimeSuspect& s : crime.value().suspects)
        s.label = labels->value(s.entity.text(), s.entity.text());
    if (Status s = auditRead(m_db.sql(), m_actor, QStringLiteral("view"), kEntity, QString::number(crimeId));
        !s)
        return s.error();
    return crime;
}

Result<QList<CrimeRow>> CrimeService::list(const CrimeFilter& f) const
{
    const auto station = Scope::narrow(m_actor, f.stationId, tr("see the crimes of another station"));
    if (!station)
        return refused(m_db.sql(), m_actor, QStringLiteral("station"), QString::number(f.stationId),
                       station.error());
    CrimeFilter scoped = f;
    scoped.stationId = *station;
    return CrimeStore(m_db.sql()).list(scoped);
}

} // namespace hc
