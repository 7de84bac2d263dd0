#pragma once
// The follow-up queries over one operation, optionally one station (sql::scoped): households
// to revisit, whereabouts to verify, unregistered people found; and their writes: revisit
// assignments and follow-up screenings away from the door.

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

    Result<AssignmentStations> assignmentStations(qint64 householdId, qint64 officerId) const;
    Status assignRevisit(qint64 operationId, qint64 householdId, qint64 officerId, const QString& assignedBy,
                         const QString& assignedAt) const;
    // The station of the person's household; nullopt when there is no such person (or household).
    Result<std::optional<qint64>> stationOfPerson(qint64 personId) const;
    // A screening without a visit: whereabouts verified away from the door. Returns its id.
    Result<qint64> insertVerified(qint64 operationId, qint64 personId, qint64 officerId,
                                  const QString& screenedAt, const QString& whereabouts,
                                  const QString& verifiedBy) const;

private:
    QSqlDatabase m_db;
};

} // namespace hc
