#pragma once
// The officer's follow-up lists: households that need another knock (with attempts and who
// is assigned), people whose whereabouts still need verifying (with the failed attempts), people
// whose whereabouts are unknown and who have no case (nobody drops off until traced, a case is
// opened, or a supervisor closes them with a reason), and people found living with no
// registration (the registration office's list); plus the writes these lists lead to. Nothing is
// written into a closed operation.
// The SQL is FollowUpStore's.

#include "core/auth/Actor.h"
#include "core/common/Result.h"
#include "core/visits/FollowUpRows.h"

#include <QCoreApplication>
#include <QList>

namespace hc {

class Database;

class FollowUpService
{
    Q_DECLARE_TR_FUNCTIONS(hc::FollowUpService)
public:
    FollowUpService(Database& db, Actor actor);

    // Households visited but not covered, in the actor's station (Scope: officers their own, 0
    // asks for it, another is refused; other roles stationId, 0 = all); the actor's own
    // assignments first, then by the longest wait.
    Result<QList<RevisitRow>> revisits(qint64 operationId, qint64 stationId) const;
    Result<QList<VerificationRow>> verifications(qint64 operationId, qint64 stationId) const;
    Result<QList<UnregisteredRow>> unregistered(qint64 operationId, qint64 stationId) const;
    Result<QList<UntracedRow>> untraced(qint64 operationId, qint64 stationId) const;
    // Audited (what and how many rows).
    Result<qint64> exportUnregisteredCsv(qint64 operationId, qint64 stationId, const QString& path) const;

    // Supervisors hand a household to an officer (of its station).
    Status assignRevisit(qint64 operationId, qint64 householdId, qint64 officerId);
    // Whom assignRevisit() may name for the household: the active officers of its station. For
    // those who may assign (supervisors, administrators); refused, and audited, to others.
    Result<QList<RevisitOfficer>> revisitOfficers(qint64 householdId) const;
    // Records the whereabouts as verified: a follow-up screening away from the door.
    Status markVerified(qint64 operationId, qint64 personId, const QString& whereabouts,
                        const QString& verifiedBy);
    // The results of a failed attempt at verifying: unreachable, wrong_number, refused.
    static QStringList attemptResults();
    static QString attemptLabel(const QString& result);
    // Records a failed attempt for a person on the verification list; they stay on it.
    Result<qint64> recordAttempt(qint64 operationId, qint64 personId, const QString& result,
                                 const QString& notes);
    // A supervisor (or administrator) takes a person off the untraced list, with the reason.
    Status closeUntraced(qint64 operationId, qint64 personId, const QString& reason);

private:
    // The person's station once the actor may write for them into the open operation.
    Result<qint64> writableStation(qint64 operationId, qint64 personId, const QString& what) const;
    Result<qint64> scopeStation(qint64 stationId) const;
    Database& m_db;
    Actor m_actor;
};

} // namespace hc
