// CaseService's officer in charge: who may be put in charge, assigning and reassigning.

#include "core/audit/AuditLog.h"
#include "core/cases/CaseService.h"
#include "core/cases/CaseStore.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

namespace hc {

namespace {
QJsonObject officerJson(qint64 id, const QString& badge, const QString& name)
{
    return QJsonObject{{QStringLiteral("officer_in_charge"), id ? QJsonValue(id) : QJsonValue()},
                       {QStringLiteral("officer_badge"), badge},
                       {QStringLiteral("officer_name"), name}};
}
} // namespace

Result<QList<CaseOfficer>> CaseService::officers() const
{
    return store().officers();
}

Result<CaseOfficer> CaseService::officerByBadge(const QString& badge) const
{
    const QString b = badge.trimmed();
    if (b.isEmpty())
        return invalid(QStringLiteral("officer"), tr("Give the badge number of the officer in charge."));
    const auto found = store().officers(b);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return invalid(
            QStringLiteral("officer"),
            tr("There is no active investigator, supervisor or administrator with badge %1.").arg(b));
    return found->first();
}

Status CaseService::assignOfficer(qint64 caseId, qint64 officerId)
{
    if (!mayAssign())
        return denied(Roles::deniedMessage(m_actor, tr("assign the officer in charge of a case")));
    auto file = load(caseId);
    if (!file)
        return file.error();
    if (file->isClosed())
        return Error{QStringLiteral("status"),
                     tr("The case is closed; reopen it to change who is in charge."), Error::Kind::Conflict};
    const auto candidates = store().officers();
    if (!candidates)
        return candidates.error();
    const CaseOfficer* officer = nullptr;
    for (const CaseOfficer& o : *candidates)
        if (o.id == officerId)
            officer = &o;
    if (!officer)
        return invalid(QStringLiteral("officer"),
                       tr("The officer in charge must be an active investigator, supervisor or "
                          "administrator."));
    if (officer->id == file->officerId)
        return {};
    Transaction tx(m_db.sql());
    if (Status s = store().setOfficer(caseId, officer->id); !s)
        return s;
    if (Status s = finishWrite(caseId, QStringLiteral("assign"),
                               officerJson(file->officerId, file->officerBadge, file->officerName),
                               officerJson(officer->id, officer->badge, officer->name));
        !s)
        return s;
    return tx.commitOrError();
}

} // namespace hc
