#include "core/matching/MatchDecisionService.h"

#include "core/audit/AuditLog.h"
#include "core/cases/CaseService.h"
#include "core/cases/CaseStore.h"
#include "core/cases/FoundPersonService.h"
#include "core/cases/RecordNumbers.h"
#include "core/common/Clock.h"
#include "core/matching/MatchDecisionStore.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QJsonObject>

namespace hc {

namespace {
Error conflict(const QString& field, const QString& message)
{
    return Error{field, message, Error::Kind::Conflict};
}
} // namespace

MatchDecisionService::MatchDecisionService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

Result<ConfirmedMatch> MatchDecisionService::confirm(qint64 caseId, qint64 foundPersonId)
{
    if (!mayDecide())
        return denied(Roles::deniedMessage(m_actor, tr("confirm matches")));
    const auto file = CaseService(m_db, m_actor).load(caseId);
    if (!file)
        return file.error();
    if (file->isClosed())
        return conflict(QStringLiteral("case"), tr("Case %1 is already closed.").arg(file->caseNo));
    const auto found = FoundPersonService(m_db, m_actor).load(foundPersonId);
    if (!found)
        return found.error();
    if (found->status != u"open")
        return conflict(
            QStringLiteral("found_person"),
            tr("Found-person record %1 is no longer open (%2).").arg(found->recordNo, found->status));
    const QDateTime now = Clock::instance().now();
    ConfirmedMatch m{file->caseNo, found->recordNo,
                     found->circumstance == u"remains" ? QStringLiteral("found_deceased")
                                                       : QStringLiteral("found_alive"),
                     now.date()};
    CaseOutcome outcome;
    outcome.status = m.outcome;
    outcome.date = m.outcomeDate;
    LeadDraft lead;
    lead.at = QDateTime(now.date(), now.time(), Qt::UTC);
    lead.kind = QStringLiteral("action");
    lead.text = tr("Identified as found person %1 (%2, %3).")
                    .arg(found->recordNo, found->placeFound, found->foundDate.toString(Qt::ISODate));
    lead.source = found->recordNo;

    const CaseStore cases(m_db.sql());
    Transaction tx(m_db.sql());
    if (Status s = cases.setOutcome(caseId, outcome, 0); !s)
        return s.error();
    if (const auto leadId = cases.insertLead(caseId, lead, m_actor.userId); !leadId)
        return leadId.error();
    if (Status s = cases.touch(caseId, wallText(now)); !s)
        return s.error();
    if (Status s = MatchDecisionStore(m_db.sql()).markIdentified(foundPersonId, caseId); !s)
        return s.error();
    AuditLog audit(m_db.sql());
    const QJsonObject after{{QStringLiteral("status"), m.outcome},
                            {QStringLiteral("outcome_date"), m.outcomeDate.toString(Qt::ISODate)},
                            {QStringLiteral("found_person"), found->recordNo}};
    if (Status s = audit.append(m_actor, QStringLiteral("confirm_match"), QStringLiteral("case"),
                                QString::number(caseId),
                                QJsonObject{{QStringLiteral("status"), file->status}}, after);
        !s)
        return s.error();
    if (Status s = audit.append(m_actor, QStringLiteral("identify"), QStringLiteral("found_person"),
                                QString::number(foundPersonId),
                                QJsonObject{{QStringLiteral("status"), found->status}},
                                QJsonObject{{QStringLiteral("status"), QStringLiteral("identified")},
                                            {QStringLiteral("matched_case"), file->caseNo}});
        !s)
        return s.error();
    if (!tx.commit())
        return tx.error();
    return m;
}

Status MatchDecisionService::ruleOut(qint64 caseId, qint64 foundPersonId, const QString& reason)
{
    if (!mayDecide())
        return denied(Roles::deniedMessage(m_actor, tr("rule out matches")));
    const auto file = CaseService(m_db, m_actor).load(caseId);
    if (!file)
        return file.error();
    const auto found = FoundPersonService(m_db, m_actor).load(foundPersonId);
    if (!found)
        return found.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return invalid(QStringLiteral("reason"), tr("Say why this person is not the one missing."));
    const MatchDecisionStore store(m_db.sql());
    const auto already = store.isRuledOut(caseId, foundPersonId);
    if (!already)
        return already.error();
    if (*already)
        return conflict(QStringLiteral("reason"),
                        tr("%1 and %2 are already ruled out.").arg(file->caseNo, found->recordNo));
    Transaction tx(m_db.sql());
    if (Status s = store.insertRuleOut(caseId, foundPersonId, why, m_actor.userId, m_actor.name,
                                       wallText(Clock::instance().now()));
        !s)
        return s;
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("rule_out"), QStringLiteral("match"),
                               QStringLiteral("%1:%2").arg(caseId).arg(foundPersonId), {},
                               QJsonObject{{QStringLiteral("case"), file->caseNo},
                                           {QStringLiteral("found_person"), found->recordNo},
                                           {QStringLiteral("reason"), why}});
        !s)
        return s;
    return tx.commitOrError();
}

Status MatchDecisionService::ruleOutUnregistered(qint64 caseId, qint64 personId, const QString& reason)
{
    if (!mayDecide())
        return denied(Roles::deniedMessage(m_actor, tr("rule out matches")));
    const auto file = CaseService(m_db, m_actor).load(caseId);
    if (!file)
        return file.error();
    const MatchDecisionStore store(m_db.sql());
    const auto person = store.unregisteredPerson(personId);
    if (!person)
        return person.error();
    if (!*person)
        return notFound(QStringLiteral("person"),
                        tr("There is no person %1 found living unregistered.").arg(personId));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return invalid(QStringLiteral("reason"), tr("Say why this person is not the one missing."));
    const auto already = store.isPersonRuledOut(caseId, personId);
    if (!already)
        return already.error();
    if (*already)
        return conflict(QStringLiteral("reason"),
                        tr("%1 and person %2 are already ruled out.").arg(file->caseNo).arg(personId));
    Transaction tx(m_db.sql());
    if (Status s = store.insertPersonRuleOut(caseId, personId, why, m_actor.userId, m_actor.name,
                                             wallText(Clock::instance().now()));
        !s)
        return s;
    const QJsonObject after{{QStringLiteral("case"), file->caseNo},
                            {QStringLiteral("person"), personId},
                            {QStringLiteral("household"), (*person)->householdNo},
                            {QStringLiteral("reason"), why}};
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("rule_out"), QStringLiteral("match"),
                               QStringLiteral("%1:person:%2").arg(caseId).arg(personId), {}, after);
        !s)
        return s;
    return tx.commitOrError();
}

} // namespace hc
