#include "core/actions/ActionService.h"

#include "core/actions/ActionStore.h"
#include "core/audit/AuditLog.h"
#include "core/auth/Scope.h"
#include "core/cases/CaseService.h"
#include "core/cases/RecordNumbers.h"
#include "core/common/Clock.h"
#include "core/registry/Vocabulary.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QJsonObject>
#include <algorithm>

namespace hc {

namespace {
Error conflict(const QString& field, const QString& message)
{
    return Error{field, message, Error::Kind::Conflict};
}

QJsonObject actionJson(const CaseAction& a)
{
    return QJsonObject{{QStringLiteral("case_id"), a.caseId},
                       {QStringLiteral("what"), a.what},
                       {QStringLiteral("allocated_to"), a.allocatedBadge},
                       {QStringLiteral("due_date"), a.due.toString(Qt::ISODate)},
                       {QStringLiteral("priority"), a.priority},
                       {QStringLiteral("status"), a.status},
                       {QStringLiteral("result"), a.result},
                       {QStringLiteral("sent_back_reason"), a.sentBackReason},
                       {QStringLiteral("lead_id"), a.leadId}};
}

QString nowText()
{
    return wallText(Clock::instance().now());
}
} // namespace

ActionService::ActionService(Database& db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

QStringList ActionService::priorities()
{
    return {QStringLiteral("high"), QStringLiteral("normal"), QStringLiteral("low")};
}

QString ActionService::number(qint64 actionId)
{
    return QStringLiteral("A%1").arg(actionId);
}

QString ActionService::statusLabel(const QString& code)
{
    if (code == u"allocated")
        return tr("Allocated");
    if (code == u"returned")
        return tr("Returned");
    if (code == u"sent_back")
        return tr("Sent back");
    if (code == u"signed_off")
        return tr("Signed off");
    return code;
}

QString ActionService::priorityLabel(const QString& code)
{
    if (code == u"high")
        return tr("High");
    if (code == u"normal")
        return tr("Normal");
    if (code == u"low")
        return tr("Low");
    return code;
}

QString ActionService::eventLabel(const QString& code)
{
    if (code == u"raised")
        return tr("Action raised");
    if (code == u"returned")
        return tr("Action returned");
    if (code == u"sent_back")
        return tr("Action sent back");
    if (code == u"signed_off")
        return tr("Action signed off");
    return code;
}

bool ActionService::mayReturn(const CaseAction& a) const
{
    // The allocated officer; an administrator may record a result handed in on paper.
    return (m_actor.userId && m_actor.userId == a.allocatedToId) || m_actor.role == Role::Admin;
}

Error ActionService::refusal(const QString& entity, qint64 id, Error why) const
{
    return refused(m_db.sql(), m_actor, entity, QString::number(id), std::move(why));
}

Status ActionService::validate(const ActionDraft& d) const
{
    if (!mayRaise())
        return denied(Roles::deniedMessage(m_actor, tr("raise actions")));
    if (d.what.trimmed().isEmpty())
        return invalid(QStringLiteral("what"), tr("Write down what is to be done."));
    if (!d.allocatedTo)
        return invalid(QStringLiteral("allocated_to"), tr("Choose the officer who does it."));
    const auto officer = ActionStore(m_db.sql()).officer(d.allocatedTo);
    if (!officer)
        return officer.error();
    if (!*officer)
        return invalid(QStringLiteral("allocated_to"),
                       tr("There is no active account number %1.").arg(d.allocatedTo));
    if (!d.due.isValid())
        return invalid(QStringLiteral("due"), tr("Enter the date it is due."));
    if (d.due < Clock::instance().now().date())
        return invalid(QStringLiteral("due"), tr("The due date is in the past."));
    if (!priorities().contains(d.priority))
        return invalid(QStringLiteral("priority"), tr("The priority is high, normal or low."));
    return {};
}

Result<qint64> ActionService::insertAction(const ActionDraft& d, qint64 stationId)
{
    const ActionStore store(m_db.sql());
    const QString at = nowText();
    const auto id = store.insert(d, stationId, m_actor.userId, at);
    if (!id)
        return id.error();
    const auto a = store.load(*id);
    if (!a)
        return a.error();
    if (Status s = store.addEvent(
            **a, QStringLiteral("raised"),
            tr("%1 (for %2, due %3)").arg((*a)->what, (*a)->allocatedTo, (*a)->due.toString(Qt::ISODate)),
            m_actor.userId, m_actor.name, at);
        !s)
        return s.error();
    if (Status s = AuditLog(m_db.sql())
                       .append(m_actor, QStringLiteral("raise"), QStringLiteral("action"),
                               QString::number(*id), {}, actionJson(**a));
        !s)
        return s.error();
    return *id;
}

Result<qint64> ActionService::raise(const ActionDraft& d)
{
    if (!mayRaise())
        return refusal(QStringLiteral("case"), d.caseId,
                       denied(Roles::deniedMessage(m_actor, tr("raise actions"))));
    if (Status s = validate(d); !s)
        return s.error();
    const auto file = CaseService(m_db, m_actor).load(d.caseId);
    if (!file)
        return file.error();
    if (file->isClosed())
        return conflict(QStringLiteral("case"),
                        tr("Case %1 is closed; actions are raised on open cases.").arg(file->caseNo));
    Transaction tx(m_db.sql());
    const auto id = insertAction(d, file->fields.stationId);
    if (!id)
        return id.error();
    if (!tx.commit())
        return tx.error();
    return *id;
}

Result<qint64> ActionService::raiseWithLead(const LeadDraft& lead, ActionDraft d)
{
    if (!mayRaise())
        return refusal(QStringLiteral("case"), d.caseId,
                       denied(Roles::deniedMessage(m_actor, tr("raise actions"))));
    if (Status s = validate(d); !s)
        return s.error();
    CaseService cases(m_db, m_actor);
    const auto file = cases.load(d.caseId);
    if (!file)
        return file.error();
    if (file->isClosed())
        return conflict(QStringLiteral("case"),
                        tr("Case %1 is closed; actions are raised on open cases.").arg(file->caseNo));
    Transaction tx(m_db.sql());
    const auto leadId = cases.writeLead(*file, lead);
    if (!leadId)
        return leadId.error();
    d.leadId = *leadId;
    const auto id = insertAction(d, file->fields.stationId);
    if (!id)
        return id.error();
    if (!tx.commit())
        return tx.error();
    return *id;
}

Result<CaseAction> ActionService::load(qint64 actionId) const
{
    const auto a = ActionStore(m_db.sql()).load(actionId);
    if (!a)
        return a.error();
    if (!*a)
        return notFound(QStringLiteral("action"), tr("There is no action %1.").arg(number(actionId)));
    const bool all = m_actor.can(Right::EditCases) || m_actor.can(Right::ViewAllStations);
    if (!all && (*a)->stationId != m_actor.stationId && (*a)->allocatedToId != m_actor.userId)
        return refusal(QStringLiteral("action"), actionId,
                       denied(tr("This action belongs to another station.")));
    CaseAction out = **a;
    out.overdue = out.isOpen() && out.due < Clock::instance().now().date();
    return out;
}

Status ActionService::step(const CaseAction& before, const QString& event, const QString& note,
                           const QString& auditAction)
{
    const ActionStore store(m_db.sql());
    const auto after = store.load(before.id);
    if (!after)
        return after.error();
    if (Status s = store.addEvent(before, event, note, m_actor.userId, m_actor.name, nowText()); !s)
        return s;
    return AuditLog(m_db.sql())
        .append(m_actor, auditAction, QStringLiteral("action"), QString::number(before.id),
                actionJson(before), actionJson(**after));
}

Status ActionService::returnResult(qint64 actionId, const QString& result)
{
    const auto a = load(actionId);
    if (!a)
        return a.error();
    if (!mayReturn(*a))
        return refusal(
            QStringLiteral("action"), actionId,
            denied(tr("Only the officer the action is allocated to (%1) returns it.").arg(a->allocatedTo)));
    if (!a->isOpen())
        return conflict(QStringLiteral("status"),
                        tr("Action %1 is %2; only an allocated or sent-back action is returned.")
                            .arg(number(actionId), statusLabel(a->status)));
    const QString text = result.trimmed();
    if (text.isEmpty())
        return invalid(QStringLiteral("result"), tr("Write down the result."));
    Transaction tx(m_db.sql());
    if (Status s = ActionStore(m_db.sql()).setReturned(actionId, text, nowText()); !s)
        return s;
    if (Status s = step(*a, QStringLiteral("returned"), text, QStringLiteral("return")); !s)
        return s;
    return tx.commitOrError();
}

Status ActionService::signOff(qint64 actionId)
{
    if (!mayReview())
        return refusal(QStringLiteral("action"), actionId,
                       denied(Roles::deniedMessage(m_actor, tr("sign off actions"))));
    const auto a = load(actionId);
    if (!a)
        return a.error();
    if (a->status != u"returned")
        return conflict(QStringLiteral("status"), tr("Action %1 is %2; only a returned action is signed off.")
                                                      .arg(number(actionId), statusLabel(a->status)));
    if (m_actor.userId && m_actor.userId == a->allocatedToId)
        return refusal(QStringLiteral("action"), actionId,
                       denied(tr("You returned this action yourself; another supervisor signs it off.")));
    Transaction tx(m_db.sql());
    if (Status s = ActionStore(m_db.sql()).setSignedOff(actionId, m_actor.userId, nowText()); !s)
        return s;
    if (Status s = step(*a, QStringLiteral("signed_off"), a->result, QStringLiteral("sign_off")); !s)
        return s;
    return tx.commitOrError();
}

Status ActionService::sendBack(qint64 actionId, const QString& reason)
{
    if (!mayReview())
        return refusal(QStringLiteral("action"), actionId,
                       denied(Roles::deniedMessage(m_actor, tr("send actions back"))));
    const auto a = load(actionId);
    if (!a)
        return a.error();
    if (a->status != u"returned")
        return conflict(QStringLiteral("status"), tr("Action %1 is %2; only a returned action is sent back.")
                                                      .arg(number(actionId), statusLabel(a->status)));
    const QString text = reason.trimmed();
    if (text.isEmpty())
        return invalid(QStringLiteral("reason"), tr("Say why the action goes back."));
    Transaction tx(m_db.sql());
    if (Status s = ActionStore(m_db.sql()).setSentBack(actionId, text, nowText()); !s)
        return s;
    if (Status s = step(*a, QStringLiteral("sent_back"), text, QStringLiteral("send_back")); !s)
        return s;
    return tx.commitOrError();
}

Result<QList<CaseAction>> ActionService::list(const ActionFilter& f) const
{
    std::optional<qint64> station;
    if (!m_actor.can(Right::EditCases) && !m_actor.can(Right::ViewAllStations))
        station = m_actor.stationId; // and the ones allocated to them
    const QDate today = Clock::instance().now().date();
    auto rows = ActionStore(m_db.sql()).list(f, station, m_actor.userId, today);
    if (!rows)
        return rows.error();
    for (CaseAction& a : rows.value())
        a.overdue = a.isOpen() && a.due < today;
    return rows;
}

Result<QList<TimelineEntry>> ActionService::timeline(const CaseFile& file) const
{
    QList<TimelineEntry> out;
    for (const Lead& l : file.leads)
        out << TimelineEntry{l.at,   l.kind,   Vocabulary::label(Vocabulary::Kind::LeadKind, l.kind),
                             l.text, l.source, l.officer,
                             l.id,   0};
    const auto events = ActionStore(m_db.sql()).events(file.id);
    if (!events)
        return events.error();
    for (const ActionEvent& e : *events)
        out << TimelineEntry{
            e.at,      QStringLiteral("action"), eventLabel(e.event), e.note, number(e.actionId), e.by, 0,
            e.actionId};
    std::stable_sort(out.begin(), out.end(),
                     [](const TimelineEntry& a, const TimelineEntry& b) { return a.at > b.at; });
    return out;
}

Result<QList<ActionOfficer>> ActionService::officers() const
{
    return ActionStore(m_db.sql()).officers();
}

Result<qint64> ActionService::officerId(const QString& badge) const
{
    const auto o = ActionStore(m_db.sql()).officerByBadge(badge.trimmed());
    if (!o)
        return o.error();
    if (!*o)
        return invalid(QStringLiteral("allocated_to"),
                       tr("There is no active account with badge %1.").arg(badge.trimmed()));
    return (*o)->id;
}

} // namespace hc
