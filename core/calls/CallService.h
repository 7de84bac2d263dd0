#pragma once
// The call log (issue 13, outcome 5): every officer logs the calls they take on the public
// hotline (96110) or on an officer's published phone (the LogCalls right, every role), with
// the call's result. A call that reports a missing person opens the case (CaseService) and one
// about a case adds a lead to it (CaseService's lead code), in the same transaction as the call;
// "no action" needs its reason. An officer logs and sees their own station's calls only (Scope).
// Every write is one transaction with its audit record; refusals and views are audited. SQL:
// CallStore.

#include "core/auth/Actor.h"
#include "core/calls/CallTypes.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace hc {

class Database;

class CallService
{
    Q_DECLARE_TR_FUNCTIONS(hc::CallService)
public:
    CallService(Database& db, Actor actor);

    // The hotline's number, as the bureau publishes it.
    static QString hotlineNumber() { return QStringLiteral("96110"); }
    // Codes and translated labels of the lines (hotline, officer) and results (case, lead, info,
    // none).
    static const QStringList& lines();
    static QString lineLabel(const QString& line);
    static const QStringList& results();
    static QString resultLabel(const QString& result);

    // Checks a draft without writing; the error names the field (at, caller_name, caller_phone,
    // line, officer, station, report_text, result, case, reason).
    Status validate(const CallDraft& draft) const;
    // Logs the call and carries out its result; returns the call's id.
    Result<qint64> log(const CallDraft& draft);
    // Audited (a view of the call).
    Result<Call> load(qint64 callId) const;
    // Newest first; officers see their own station's calls only.
    Result<QList<Call>> list(const CallFilter& filter) const;

    // Active accounts whose published phone may take a call (stationId 0: every station the
    // actor reaches; an officer asking for another station is refused, audited).
    Result<QList<CallOfficer>> officers(qint64 stationId) const;
    // One of them by badge, refused (audited) for an officer of a station the actor does not
    // reach; the error names the field "officer".
    Result<CallOfficer> officerByBadge(const QString& badge) const;

    bool mayLog() const { return m_actor.can(Right::LogCalls); }

private:
    // The draft trimmed, its phone normalised and its station resolved (the actor's by default).
    CallDraft normalised(const CallDraft& draft) const;
    // The station and the line's officer exist, and the actor reaches the station (audited).
    Status checkPlaces(const CallDraft& d) const;
    // Opens the case or adds the lead, inside the call's transaction.
    Status carryOut(const CallDraft& d, qint64& caseId, qint64& leadId);

    Database& m_db;
    Actor m_actor;
};

} // namespace hc
