#pragma once
// The follow-up queries over one operation, optionally one station (sql::scoped): households
// to revisit, whereabouts to verify, whereabouts unknown without a case, unregistered people
// found; and their writes: revisit assignments, follow-up screenings away from the door, failed
// verification attempts and closings of the untraced list.

#include "core/common/Result.h"
#include "core/storage/Sql.h"
#include "core/visits/FollowUpRows.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace hc {

// The stations of a household and of an active officer (nullopt: no such household/officer).
struct AssignmentStations
{
    std::optional<qint64> household;
    std::optional<qint64> officer;
};

class FollowUpStore
{
public:
    explicit FollowUpStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // `me`'s own assignments first, then by the longest wait; daysSince is left 0.
    Result<QList<RevisitRow>> revisits(sql::OperationScope scope, qint64 me) const;
    Result<QList<VerificationRow>> verifications(sql::OperationScope scope) const;
    Result<QList<UnregisteredRow>> unregistered(sql::OperationScope scope) const;
    // Whereabouts unknown at the latest screening, no case (but duplicates) about the person, and
    // not closed since; oldest first. daysSince is left 0.
    Result<QList<UntracedRow>> untraced(sql::OperationScope scope) const;
    // The person's latest status in the operation; empty when never screened in it.
    Result<QString> latestStatus(qint64 operationId, qint64 personId) const;
    // Whether a case (other than a duplicate) is about the person.
    Result<bool> hasCase(qint64 personId) const;

    Result<AssignmentStations> assignmentStations(qint64 householdId, qint64 officerId) const;
    // The active officers of the household's station, by name.
    Result<QList<RevisitOfficer>> officersFor(qint64 householdId) const;
    Status assignRevisit(qint64 operationId, qint64 householdId, qint64 officerId, const QString& assignedBy,
                         const QString& assignedAt) const;
    // The station of the person's household; nullopt when there is no such person (or household).
    Result<std::optional<qint64>> stationOfPerson(qint64 personId) const;
    // A screening without a visit: whereabouts verified away from the door. Returns its id.
    Result<qint64> insertVerified(qint64 operationId, qint64 personId, qint64 officerId,
                                  const QString& screenedAt, const QString& whereabouts,
                                  const QString& verifiedBy) const;
    struct Attempt
    {
        qint64 operationId = 0;
        qint64 stationId = 0;
        qint64 personId = 0;
        qint64 officerId = 0;
        QString attemptedAt;
        QString result;
        QString notes;
    };
    Result<qint64> insertAttempt(const Attempt& a) const;
    // Closes (or closes again) the person's place on the untraced list.
    Status closeUntraced(qint64 operationId, qint64 stationId, qint64 personId, qint64 closedBy,
                         const QString& closedAt, const QString& reason) const;

private:
    QSqlDatabase m_db;
};

} // namespace hc
