#pragma once
// Actions raised on cases, as in a major-incident enquiry: raise one (EditCases: what to do,
// for whom, due date, priority; optionally with the lead it comes from, in one transaction),
// the allocated officer returns it with a result (an administrator may record the return for
// them), a supervisor or administrator signs it off or sends it back with a reason, and the
// officer returns it again. Every step is one transaction with its audit record and an event
// on the case timeline. The lists: "my actions", overdue actions, a station's, a case's.
// Officers see their own station's actions and the ones allocated to them. SQL: ActionStore.

#include "core/actions/ActionTypes.h"
#include "core/auth/Actor.h"
#include "core/cases/CaseTypes.h"
#include "core/common/Result.h"

#include <QCoreApplication>

namespace hc {

class Database;

class ActionService
{
    Q_DECLARE_TR_FUNCTIONS(hc::ActionService)
public:
    ActionService(Database& db, Actor actor);

    // Checks a draft without writing; the error names the field (what, allocated_to, due, priority).
    Status validate(const ActionDraft& draft) const;
    // Returns the new action's id.
    Result<qint64> raise(const ActionDraft& draft);
    // Records the lead and raises the action from it, in one transaction; returns the action's id.
    Result<qint64> raiseWithLead(const LeadDraft& lead, ActionDraft draft);
    // The allocated officer's result (allocated or sent back -> returned).
    Status returnResult(qint64 actionId, const QString& result);
    // A supervisor's review of a returned action.
    Status signOff(qint64 actionId);
    Status sendBack(qint64 actionId, const QString& reason);

    Result<QList<CaseAction>> list(const ActionFilter& filter) const;
    Result<CaseAction> load(qint64 actionId) const;
    // The case's leads (from the file) and the steps of its actions, newest first.
    Result<QList<TimelineEntry>> timeline(const CaseFile& file) const;
    // Whom an action may be allocated to: active accounts, by name; one by badge.
    Result<QList<ActionOfficer>> officers() const;
    Result<qint64> officerId(const QString& badge) const;

    bool mayRaise() const { return m_actor.can(Right::EditCases); }
    bool mayReview() const { return m_actor.role == Role::Supervisor || m_actor.role == Role::Admin; }
    bool mayReturn(const CaseAction& action) const;

    static QString statusLabel(const QString& code);
    static QString priorityLabel(const QString& code);
    static QString eventLabel(const QString& code);
    static QStringList priorities();        // high, normal, low
    static QString number(qint64 actionId); // "A12"

private:
    // A refusal, written to the audit log like every other (the action's id, or the case's
    // for one not raised yet).
    Error refusal(const QString& entity, qint64 id, Error why) const;
    Result<qint64> insertAction(const ActionDraft& draft, qint64 stationId);
    Status step(const CaseAction& before, const QString& event, const QString& note,
                const QString& auditAction);

    Database& m_db;
    Actor m_actor;
};

} // namespace hc
